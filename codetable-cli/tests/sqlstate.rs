//! The SQLSTATE seed is what `codes import` makes of its page: `seeds/fixtures/sqlstate.md`
//! (PostgreSQL's `errcodes.txt` laid out as its manual's appendix, by `examples/documents.rs`)
//! imports, with `--name SqlState --shape '[0-9A-Z]{5}' --strip-prefix ERRCODE_`, without a
//! problem or a note, to `seeds/src/sqlstate/table.rs` exactly: the seed's table is written
//! by the tool, not by hand. (`seeds/tests/seed_sqlstate.rs` checks the table against the file.)
//!
//! `UPDATE_SNAPSHOTS=1 cargo test -p codetable-cli --test sqlstate` writes the table again.

mod common;

use std::path::Path;
use std::process::Command;

#[test]
fn the_page_imports_to_the_seed() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
    let output = Command::new(env!("CARGO_BIN_EXE_codes"))
        .current_dir(&seeds)
        .args([
            "import",
            "fixtures/sqlstate.md",
            "--name",
            "SqlState",
            "--shape",
            "[0-9A-Z]{5}",
            "--strip-prefix",
            "ERRCODE_",
        ])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    assert_eq!(output.status.code(), Some(0));
    let source = String::from_utf8(output.stdout).unwrap();
    common::tidy(&source).unwrap();
    assert!(source.contains(
        "    #[codetable(strip_prefix = \"ERRCODE_\", shape = \"[0-9A-Z]{5}\")]\n    pub enum SqlState(\n"
    ));
    assert!(source.contains(
        "        \"0A\" => FeatureNotSupported, \"Feature Not Supported\" {\n            \"0A000\" => ERRCODE_FEATURE_NOT_SUPPORTED, condition_name = \"feature_not_supported\", kind = \"E\",\n"
    ));
    assert!(source.contains("        ERRCODE_UNDEFINED_CURSOR = ERRCODE_INVALID_CURSOR_NAME,\n"));
    common::snapshot(&seeds.join("src/sqlstate/table.rs"), &source);
}
