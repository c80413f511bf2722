//! No input makes the importer panic, whatever it reads it writes as one invocation, and
//! every error the macro finds in that source is one of its problems (so it never exits 0
//! with source that does not compile): random text made of the pieces documents are made of,
//! and the seeds cut and shuffled.

mod common;

use common::tidy;

/// A small deterministic generator (xorshift64*), so failures reproduce.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "|",
    "| ",
    " |",
    "\n",
    "\n\n",
    "# ",
    "## ",
    "### ",
    "`",
    "``",
    "-",
    "--",
    "---",
    "|---|",
    ":-",
    "~",
    " ~ ",
    "0",
    "1",
    "-61",
    "40000",
    "99999999999999999999999999999999999999999",
    "0x1F",
    "错误码",
    "名称",
    "中文",
    "说明",
    "HTTP状态码",
    "code",
    "name",
    "message",
    "reserved",
    "保留",
    "ERROR_X",
    "2RSP",
    "_SUCCESS",
    "_",
    "__",
    "Bad Request",
    "It's",
    "\"",
    "\"a|b\"",
    "\\",
    "\\|",
    "*",
    "_x_",
    "[a](b)",
    "<br>",
    "<tooltip>",
    "```",
    "    ",
    "\t",
    "\r\n",
    "\u{202E}",
    "\0",
    "é",
    "，",
    "−",
    " - ",
    "true",
    "1.5",
    "Self",
    "type",
    "{",
    "}",
    "alias",
    "Retired names",
    "message:en",
    "message:zh",
    "English",
    "日文",
    "no error",
];

fn random_document(random: &mut Random) -> String {
    let length = random.below(120);
    (0..length)
        .map(|_| PIECES[random.below(PIECES.len())])
        .collect()
}

fn check(text: &str) {
    for options in [
        codetable_cli::Options::default(),
        codetable_cli::Options {
            name: Some("Named".to_owned()),
            repr: Some(codetable_pipeline::model::Repr::U8),
            ..codetable_cli::Options::default()
        },
    ] {
        let import = codetable_cli::import(text, "garbage.md", &options);
        assert!(
            import.source.starts_with("codetable::define_codes! {\n"),
            "{text:?}"
        );
        assert!(import.source.ends_with("}\n"), "{text:?}");
        if let Err(error) = tidy(&import.source) {
            panic!("{error} in\n{}\nfrom {text:?}", import.source);
        }
        let (_, errors) = codetable_cli::import::check::macro_check(&import.source);
        for error in &errors {
            assert!(
                import
                    .problems
                    .iter()
                    .any(|problem| problem.message.starts_with(&error.message)),
                "{error:?} is no problem of {text:?}"
            );
        }
        // Every problem is on a line of the document.
        let lines = text.lines().count().max(1);
        for problem in &import.problems {
            assert!(
                problem.line >= 1 && problem.line <= lines,
                "{problem:?} in {text:?}"
            );
        }
    }
}

#[test]
fn random_pieces() {
    let mut random = Random(0x9E37_79B9_7F4A_7C15);
    for _ in 0..3000 {
        check(&random_document(&mut random));
    }
}

#[test]
fn seeds_cut_and_shuffled() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds/fixtures");
    let mut lines: Vec<String> = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        lines.extend(text.lines().map(str::to_owned));
    }
    let mut random = Random(42);
    for _ in 0..300 {
        let mut document = String::new();
        for _ in 0..random.below(60) {
            let line = &lines[random.below(lines.len())];
            // Cut the line at a random character.
            let cut = line
                .char_indices()
                .map(|(index, _)| index)
                .nth(random.below(line.chars().count() + 1))
                .unwrap_or(line.len());
            document.push_str(if random.below(4) == 0 {
                &line[..cut]
            } else {
                line
            });
            document.push('\n');
        }
        check(&document);
    }
}

#[test]
fn edge_cases() {
    for text in [
        "",
        "\n",
        "|",
        "| code |\n|---|\n",
        "| code |\n|---|\n| 1 |\n",
        "| 错误码 | 中文 |\n|---|---|\n| x | 无 |\n",
        "# `A`\n# `A`\n",
        "## `10` ~ `1` reserved\n",
        "-1 x\n-1 x\n",
        "_A 1 b\n",
        "# t\n\n`0`\n",
        "| a | b |\n|---|---|\n| \"x|y |\n",
        "# `99999999999999999999999999999999999999999`\n\n-1 a\n",
        "## `170141183460469231731687303715884105727` x\n\n-1 a\n",
        "## `-170141183460469231731687303715884105728` x\n\n-1 a\n",
        // Aliases, retired names and languages without rows, or naming nothing.
        "| alias | name |\n|---|---|\n| A | B |\n",
        "| alias | name |\n|---|---|\n| `a b` | \"x |\n| type | self |\n",
        "## Retired names\n\n| name | message |\n|---|---|\n| A | |\n| B | \"\" |\n",
        "| code | name | message | message:en |\n|---|---|---|---|\n| 1 | | | |\n| 1 | A | | |\n",
        "| code | name | message:default | message:default_ |\n|---|---|---|---|\n| 1 | A | x | y |\n",
        "| code | name | message | message:en | message:default |\n|---|---|---|---|---|\n| 1 | A | x | y | z |\n",
        "| code | 中文 | English | en |\n|---|---|---|---|\n| 1 | 无 | none | x |\n",
        "1 A x\n1 B x\n1 C x\n1 A x\n",
    ] {
        check(text);
    }
}
