//! What makes a code a variant: the promise, made by `define_codes!`'s `CheckEnum` derive
//! alone, that the enum rustc compiles is the table the lookups were laid out from.
//!
//! The lookups turn a code they found into its variant with a `transmute`, sound only if every
//! code of the table is a discriminant of the enum and the enum has the table's `#[repr]`.
//! The expansion writes such an enum, but attributes may change it before rustc compiles it:
//! an attribute macro on the table, a `cfg` in any spelling. So the promise is not taken from
//! the expansion. The derive sees the enum after every attribute (it is the enum's last), and
//! implements [`CheckedEnum`] with the digest of what it found: the `#[repr]` and every
//! variant's name and discriminant. The expansion's data block compiles only if the enum
//! implements [`CheckedEnum`] with the digest of the table itself ([`checked`]), which no
//! attribute can reach: a missing, added, renamed or renumbered variant, or another repr, is
//! a failed trait bound, whatever spelled it.

/// Implemented for an enum whose `#[repr]` and variants, as rustc compiles it, have the digest
/// `(HIGH, LOW)`: the SHA-256 of their description, as `codetable_pipeline::guard::digest`
/// writes it.
///
/// # Safety
///
/// Implemented only by the `CheckEnum` derive, from the enum it was given, which rustc then
/// compiles unchanged: code that transmutes an integer to the enum relies on the digest
/// describing its layout.
#[diagnostic::on_unimplemented(
    message = "the enum `{Self}` is not the table `define_codes!` wrote",
    label = "an attribute on the table changed this enum",
    note = "define_codes! checks that the enum rustc compiles has its table's `#[repr]` and a \
            variant for each row, with the row's code; an attribute on the table (or a `cfg` on \
            a row, in any spelling) removed, added, renamed or renumbered a variant, changed the \
            `#[repr]`, or removed the check: remove that attribute, or change the table instead"
)]
pub unsafe trait CheckedEnum<const HIGH: u128, const LOW: u128> {}

/// Compiles only for an enum that [`CheckedEnum`] is implemented for with this digest: what
/// the expansion's data block evaluates before it transmutes a code.
pub const fn checked<T: CheckedEnum<HIGH, LOW>, const HIGH: u128, const LOW: u128>() {}
