//! The enum check (`guard`): every valid table's enum carries the `CheckEnum` derive and its
//! data block requires the digest of the table; the derive implements `CheckedEnum` with the
//! digest of the enum it is given, and only for an enum it can read whole. Whether rustc then
//! compiles each case is the UI tests' (`codetable/tests/ui/rewritten_*.rs`).

use codetable_pipeline::define_codes;
use codetable_pipeline::guard::{check_enum, digest};
use proc_macro2::TokenStream;
use std::str::FromStr;

fn expand(input: &str) -> String {
    define_codes(TokenStream::from_str(input).expect("the table lexes")).to_string()
}

/// The derive's output for an enum written as `enum`, with the helper attribute the expansion
/// writes for the rows `1 => A`, `2 => B` of an `i32` table.
fn derive(attributes: &str, body: &str) -> String {
    let input = format!(
        "#[repr(i32)] {attributes} #[codetable_check(::codetable::__private_0_1_0, \
         r\"i32\nA 1\nB 2\")] pub enum E {body}"
    );
    check_enum(TokenStream::from_str(&input).expect("the enum lexes")).to_string()
}

fn derive_after(attributes: &str) -> String {
    let input = format!(
        "#[repr(i32)] #[codetable_check(::codetable::__private_0_1_0, r\"i32\nA 1\nB 2\")] \
         {attributes} pub enum E {{ A = 1, B = 2 }}"
    );
    check_enum(TokenStream::from_str(&input).expect("the enum lexes")).to_string()
}

/// The digest literal pair of the table `1 => A`, `2 => B` of an `i32` table, as tokens print.
fn table_digest() -> String {
    let (high, low) = digest("i32", [("A", 1), ("B", 2)]);
    format!("{high}u128 , {low}u128")
}

#[test]
fn every_table_carries_the_check_whatever_its_attributes() {
    for attributes in [
        "",
        "/// Docs.\n#[non_exhaustive]",
        "#[my_attribute]",
        "#[repr(u8)]",
    ] {
        let output = expand(&format!(
            "{attributes} pub enum E {{ 1 => A, \"a\", 2 => B, \"b\", }}"
        ));
        assert!(!output.contains("compile_error"), "errors in:\n{output}");
        assert!(
            output.contains("CheckEnum"),
            "no derive with {attributes:?}:\n{output}"
        );
        assert!(
            output.contains("checked :: < E"),
            "no requirement:\n{output}"
        );
    }
}

#[test]
fn the_requirement_is_the_digest_of_the_table() {
    let output = expand("pub enum E { 1 => A, \"a\", 2 => B, \"b\", }");
    assert!(output.contains(&table_digest()), "{output}");
    // Another code is another digest.
    let output = expand("pub enum E { 1 => A, \"a\", 3 => B, \"b\", }");
    assert!(!output.contains(&table_digest()), "{output}");
}

#[test]
fn the_derive_implements_the_digest_of_the_enum_it_is_given() {
    let output = derive(
        "#[doc = \"Docs.\"]",
        "{ /// A.\n A = 1, #[deprecated] B = 2, }",
    );
    assert!(!output.contains("compile_error"), "{output}");
    assert!(
        output.contains(&format!("CheckedEnum < {} > for E", table_digest())),
        "{output}"
    );
}

#[test]
fn a_raw_identifier_is_the_name_rustc_reads() {
    let output = derive("", "{ r#A = 1, B = 2 }");
    assert!(output.contains(&table_digest()), "{output}");
    let output = derive("#[r#repr(i32)]", "{ A = 1, B = 2 }");
    // Two `#[repr]`s are not the table's one.
    assert!(!output.contains("unsafe impl"), "{output}");
}

#[test]
fn an_enum_that_is_not_the_table_gets_no_impl_and_errors_naming_the_rows() {
    for (body, says) in [
        ("{ A = 1 }", "the row `B` (code 2) has no variant"),
        (
            "{ A = 1, B = 7 }",
            "the row `B` (code 2) has the discriminant 7",
        ),
        (
            "{ A = 1, B = 2, C = 3 }",
            "has a variant `C` that its table has no row for",
        ),
        ("{ B = 2, A = 1 }", "not in its rows' order"),
        (
            "{ A = 1, B = 0x2 }",
            "has a discriminant in the enum `E` that is not its code",
        ),
        (
            "{ A = 1, B = 1 + 1 }",
            "has a discriminant in the enum `E` that is not its code",
        ),
    ] {
        let output = derive("", body);
        assert!(!output.contains("unsafe impl"), "{body}: {output}");
        assert!(output.contains(says), "{body}: no {says:?} in {output}");
    }
}

#[test]
fn another_repr_gets_no_impl() {
    let input =
        "#[repr(u32)] #[codetable_check(::codetable::__private_0_1_0, r\"i32\nA 1\nB 2\")] \
                 pub enum E { A = 1, B = 2 }";
    let output = check_enum(TokenStream::from_str(input).unwrap()).to_string();
    assert!(!output.contains("unsafe impl"), "{output}");
    assert!(
        output.contains("`#[repr(u32)]` where its table has `#[repr(i32)]`"),
        "{output}"
    );
}

#[test]
fn an_attribute_after_the_check_fails_closed() {
    for attribute in ["#[my_attribute]", "#[doc = \"docs\"]", "#[r#cfg(any())]"] {
        let output = derive_after(attribute);
        assert!(!output.contains("unsafe impl"), "{attribute}: {output}");
        assert!(
            output.contains("an attribute after define_codes!'s check"),
            "{attribute}: {output}"
        );
    }
}

#[test]
fn what_the_derive_cannot_read_gets_no_impl() {
    for body in ["< T > { A = 1, B = 2 }", "{ A = 1, B (u8) = 2 }"] {
        let output = derive("", body);
        assert!(!output.contains("unsafe impl"), "{body}: {output}");
        assert!(output.contains("compile_error"), "{body}: {output}");
    }
    // No helper attribute: nothing says which table the enum is.
    let output = check_enum(TokenStream::from_str("#[repr(i32)] enum E { A = 1 }").unwrap());
    assert!(!output.to_string().contains("unsafe impl"), "{output}");
}

#[test]
fn digests_of_different_enums_differ() {
    let base = digest("i32", [("A", 1), ("B", 2)]);
    for other in [
        digest("u32", [("A", 1), ("B", 2)]),
        digest("i32", [("A", 1), ("B", 3)]),
        digest("i32", [("A", 1), ("C", 2)]),
        digest("i32", [("B", 2), ("A", 1)]),
        digest("i32", [("A", 1)]),
        digest("i32", [("A", 1), ("B", 2), ("C", 3)]),
        // The separators keep a name and a code apart.
        digest("i32", [("A", 12)]),
        digest("i32", [("A1", 2)]),
    ] {
        assert_ne!(base, other);
    }
    assert_eq!(base, digest("i32", [("A", 1), ("B", 2)]));
}
