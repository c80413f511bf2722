//! Where the expansion puts the enum check (`guard`): on an enum that an attribute macro may
//! rewrite, or whose rows carry a `cfg_attr`; elsewhere the expansion marks the enum checked
//! itself, as nothing else writes it.

use codetable_pipeline::define_codes;
use proc_macro2::TokenStream;
use std::str::FromStr;

/// Whether the expansion of a table with these attributes (on the enum, then on its second
/// row) carries the `CheckEnum` derive; asserts it implements the marker either way.
fn guarded(table_attributes: &str, row_attributes: &str) -> bool {
    let input = format!(
        "{table_attributes} pub enum E {{ 1 => A, \"a\", {row_attributes} 2 => B, \"b\", }}"
    );
    let output = define_codes(TokenStream::from_str(&input).expect("the table lexes")).to_string();
    assert!(!output.contains("compile_error"), "errors in:\n{output}");
    let derived = output.contains("CheckEnum");
    let marked = output.contains("CheckedEnum for E");
    assert!(
        derived != marked,
        "the enum is checked by the derive or marked by the expansion, once:\n{output}"
    );
    derived
}

#[test]
fn a_table_with_no_attribute_is_marked_without_the_derive() {
    assert!(!guarded("", ""));
}

#[test]
fn rusts_inert_attributes_need_no_derive() {
    let attributes = "/// Docs.\n#[doc = \"more\"] #[allow(dead_code)] #[warn(missing_docs)] \
                      #[deprecated] #[must_use] #[non_exhaustive]";
    assert!(!guarded(
        attributes,
        "/// A row.\n#[deprecated = \"old\"] #[allow(unused)]"
    ));
}

#[test]
fn an_attribute_that_may_be_a_macro_needs_the_derive() {
    for attribute in [
        "#[my_attribute]",
        "#[some::attribute(with, args)]",
        // The prelude's `derive` may be shadowed by an imported attribute macro.
        "#[derive(Foo)]",
        "#[serde(rename_all = \"lowercase\")]",
        "#[cfg_attr(all(), doc = \"docs\")]",
        "#[doc = \"docs\"] #[my_attribute]",
    ] {
        assert!(guarded(attribute, ""), "no derive with {attribute}");
    }
}

#[test]
fn a_rows_cfg_attr_needs_the_derive() {
    assert!(guarded("", "#[cfg_attr(feature = \"beta\", deprecated)]"));
    assert!(guarded("", "#[cfg_attr(all(), doc = \"docs\")]"));
}

#[test]
fn the_tables_own_options_need_no_derive() {
    // `#[repr]` and `#[codetable(..)]` are read by the macro, not left on the enum for a macro.
    assert!(!guarded(
        "#[repr(i64)] #[codetable(languages(zh, en))] #[codetable(strip_prefix = \"E_\")]",
        ""
    ));
}
