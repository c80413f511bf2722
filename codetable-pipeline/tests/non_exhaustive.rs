//! `#[non_exhaustive]` on a table: it goes to the enum, as any attribute of the table does, and
//! to the category and language enums, which grow with the table (a section, a language), so
//! that a row, a section or a language added is a compatible change for other crates. Its
//! effect on another crate's `match` is a UI test of the seeds
//! (`seeds/tests/ui/seed000_non_exhaustive_match_needs_a_wildcard.rs`).

use codetable_pipeline::define_codes;
use proc_macro2::TokenStream;
use std::str::FromStr;

/// The expansion of a table with sections and languages, with these attributes.
fn expand(table_attributes: &str) -> String {
    let input = format!(
        "{table_attributes}
        #[codetable(languages(zh, en))]
        pub enum E {{
            1 => A, \"a\", en = \"a\",
            10..=19 => Group, \"a group\" {{
                11 => B, \"b\", en = \"b\",
            }},
        }}"
    );
    let output = define_codes(TokenStream::from_str(&input).expect("the table lexes")).to_string();
    assert!(!output.contains("compile_error"), "errors in:\n{output}");
    output
}

/// Whether the enum `name` carries `#[non_exhaustive]`: among its attributes, which follow
/// the end of the item before it.
fn marked(output: &str, name: &str) -> bool {
    let definition = output
        .find(&format!("pub enum {name} "))
        .unwrap_or_else(|| panic!("no enum {name} in:\n{output}"));
    let attributes = output[..definition].rfind('}').map_or(0, |end| end + 1);
    output[attributes..definition].contains("# [non_exhaustive]")
}

#[test]
fn the_table_and_its_category_and_language_enums_are_non_exhaustive() {
    let output = expand("#[non_exhaustive]");
    assert!(marked(&output, "ECategory"), "{output}");
    assert!(marked(&output, "ELanguage"), "{output}");
    // The table's own attribute, passed on with the others before the enum's own.
    let table = output.find("pub enum E ").expect("the enum");
    assert!(output[..table].contains("# [non_exhaustive]"), "{output}");
    assert_eq!(output.matches("non_exhaustive").count(), 3, "{output}");
}

#[test]
fn without_it_no_enum_is() {
    let output = expand("/// Exhaustive.");
    assert!(!marked(&output, "ECategory"), "{output}");
    assert!(!marked(&output, "ELanguage"), "{output}");
    assert!(!output.contains("non_exhaustive"), "{output}");
}
