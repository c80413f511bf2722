//! The macro's docs are the README, written out as doc comments before `define_codes`: what
//! docs.rs shows on the macro's page and an editor on hovering the macro (rust-analyzer does
//! not read `#[doc = include_str!(..)]`). This test holds them to the README; after editing
//! the README, `UPDATE_GUIDE=1 cargo test -p codetable-macro --test guide` writes them again.

use std::path::Path;

const BEGIN: &str = "// The README, as the macro's docs (`tests/guide.rs` keeps them equal):\n";
const END: &str = "// End of the README.\n";

#[test]
fn the_macro_docs_are_the_readme() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // The repository's README (`codetable`'s crate page); this crate's own README.md is the
    // short one crates.io shows for it.
    let readme = std::fs::read_to_string(root.join("../README.md")).expect("../README.md");
    let lib_path = root.join("src/lib.rs");
    let lib = std::fs::read_to_string(&lib_path).expect("src/lib.rs");
    let mut docs = String::from(BEGIN);
    for line in readme.lines() {
        docs.push_str(if line.is_empty() { "///" } else { "/// " });
        docs.push_str(line);
        docs.push('\n');
    }
    docs.push_str(END);
    let (Some(start), Some(end)) = (lib.find(BEGIN), lib.find(END)) else {
        panic!("src/lib.rs has no block between {BEGIN:?} and {END:?}");
    };
    let current = &lib[start..end + END.len()];
    if current == docs {
        return;
    }
    if std::env::var_os("UPDATE_GUIDE").is_some() {
        let updated = format!("{}{docs}{}", &lib[..start], &lib[end + END.len()..]);
        std::fs::write(&lib_path, updated).expect("write src/lib.rs");
        return;
    }
    panic!(
        "the macro's docs in src/lib.rs are not the README: run \
         `UPDATE_GUIDE=1 cargo test -p codetable-macro --test guide`"
    );
}
