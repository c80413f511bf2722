//! The expansion of each seed table is the same, byte for byte, on every run: in one process
//! (each run's hash maps have their own random keys, so their iteration orders differ) and
//! across processes (the test runs itself again as a child, whose hash keys differ too).

use codetable_pipeline::define_codes;
// The tokens inside a seed's `define_codes! { .. }`, as the fuzzer reads them too.
use codetable_fuzz_input::seeds::body;
use std::hash::{DefaultHasher, Hasher};

/// The seed tables' sources, each holding one `codetable::define_codes! { .. }`.
const SEEDS: [(&str, &str); 5] = [
    ("dsp", include_str!("../../seeds/src/dsp.rs")),
    ("legacy_cos", include_str!("../../seeds/src/legacy_cos.rs")),
    ("daemon", include_str!("../../seeds/src/daemon.rs")),
    ("pcs", include_str!("../../seeds/src/pcs.rs")),
    ("cos_v4", include_str!("../../seeds/src/cos_v4.rs")),
];

/// The expansion of a seed, as text.
fn expansion(source: &str) -> String {
    define_codes(body(source)).to_string()
}

/// A digest of each seed's expansion that is the same in every process: SipHash with fixed
/// keys, and the length.
fn digests() -> Vec<String> {
    SEEDS
        .iter()
        .map(|(name, source)| {
            let text = expansion(source);
            let mut hasher = DefaultHasher::new();
            hasher.write(text.as_bytes());
            format!("{name}:{}:{:016x}", text.len(), hasher.finish())
        })
        .collect()
}

/// Set in the child process, to the file it writes its digests to instead of testing.
const CHILD: &str = "CODES_MACRO_DETERMINISM_CHILD";

#[test]
fn seeds_expand_identically_on_every_run() {
    if let Some(path) = std::env::var_os(CHILD) {
        std::fs::write(path, digests().join("\n")).expect("the child writes its digests");
        return;
    }
    for (name, source) in SEEDS {
        let first = expansion(source);
        assert!(
            !first.contains("compile_error"),
            "seed {name} expands with errors"
        );
        for run in 1..4 {
            assert!(
                expansion(source) == first,
                "seed {name}: run {run} differs from the first"
            );
        }
    }
}

#[test]
fn seeds_expand_identically_in_another_process() {
    if std::env::var_os(CHILD).is_some() {
        return;
    }
    let path = std::env::temp_dir().join(format!(
        "codetable-pipeline-determinism-{}.txt",
        std::process::id()
    ));
    let exe = std::env::current_exe().expect("the test binary's path");
    let status = std::process::Command::new(exe)
        .args([
            "--exact",
            "seeds_expand_identically_on_every_run",
            "--test-threads=1",
        ])
        .env(CHILD, &path)
        .stdout(std::process::Stdio::null())
        .status()
        .expect("the test binary runs again");
    assert!(status.success(), "the child failed: {status}");
    let theirs = std::fs::read_to_string(&path).expect("the child's digests");
    let _ = std::fs::remove_file(&path);
    assert_eq!(
        theirs.lines().collect::<Vec<_>>(),
        digests(),
        "another process expands the seeds differently"
    );
}
