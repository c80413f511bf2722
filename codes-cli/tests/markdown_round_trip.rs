//! `MARKDOWN` export and `codes import` are inverse to the character: a table's Markdown
//! imports back to every row, name, message and column value, whitespace included, whatever
//! characters they hold. (`tests/resolved.rs` does the same for the seeds' tables,
//! `tests/documents.rs` for 1 218 real rows.)

mod common;

use common::{import, problems};
use proc_macro2::TokenStream;

codes::define_codes! {
    /// Messages and values with what Markdown cells make hard.
    pub enum Tricky(
        en: &'static str,
        hint: Option<&'static str>,
        mark: char,
        http: u16,
    ) {
        1 => LEADING, "  two leading spaces", en = " lead", mark = ' ', http = 200,
        2 => TRAILING, "trailing space ", en = "tab\t", mark = '|', http = 404, hint = "",
        3 => BARS, "a | b || c \\| d |", en = "|", mark = '\\', http = 500, hint = "\\",
        4 => TICKS, "Table %`s.%`s and ``x``", en = "`", mark = '`', http = 1,
        5 => MARKS, "*x* _y_ **z** <b>tag</b> [link](u) &amp; &#32; #h ~s~ !", en = "&#38;",
            mark = '&', http = 2, hint = "&#10;",
        6 => CJK, "中文　全角空格　", en = "混合 mixed ", mark = '中', http = 3,
        7 => LINES, "two\nlines\r\nand\ttab\t", en = "\"\"", mark = '"', http = 4, hint = "\"",
        8 => _, "nameless \\", en = "&", mark = '\t', http = 5, hint = " ",
        9 => r#type, "\\", en = "\\|", mark = '\n', http = 6, hint = "---",
    }
}

/// Every row of `Tricky` as (code, name, message, [en, hint, mark, http]).
type Row = (i128, String, String, Vec<Option<String>>);

fn compiled() -> Vec<Row> {
    Tricky::iter()
        .map(|row| {
            let values = vec![
                Some(row.en().to_owned()),
                row.hint().map(str::to_owned),
                Some(row.mark().to_string()),
                Some(row.http().to_string()),
            ];
            (
                i128::from(row.code()),
                row.name().to_owned(),
                row.message().to_owned(),
                values,
            )
        })
        .collect()
}

fn imported(import: &codes_cli::Import) -> Vec<Row> {
    let table = &import.document.tables[0];
    let names: Vec<&str> = table.columns.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["en", "hint", "mark", "http"]);
    table
        .rows()
        .iter()
        .map(|row| {
            let name = match &row.name {
                codes_cli::model::Name::Given(name) => name.clone(),
                codes_cli::model::Name::Nameless => codes_shared::nameless_variant_name(row.code),
                made => panic!("an exported name is given: {made:?}"),
            };
            (row.code, name, row.message.clone(), row.values.clone())
        })
        .collect()
}

#[test]
fn a_tricky_table_imports_back_to_the_character() {
    let import = import(Tricky::MARKDOWN, "tricky.md");
    assert_eq!(problems(&import), []);
    assert_eq!(imported(&import), compiled());
    // What comes back compiles to the same table: the macro reads it as it read the original.
    let (tables, errors) = codes_cli::check::macro_check(&import.source);
    assert_eq!(errors, []);
    let messages: Vec<&str> = tables[0].rows.iter().map(|r| r.message.as_str()).collect();
    let expected: Vec<String> = compiled().into_iter().map(|row| row.2).collect();
    assert_eq!(messages, expected);
}

/// A small deterministic generator (xorshift64*), so failures reproduce.
struct Random(u64);

impl Random {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n as u64) as usize
    }
}

/// The characters (and pieces) messages are made of: what cells, escapes and Markdown make
/// hard, and plain text.
const PIECES: &[&str] = &[
    " ", " ", "\t", "\n", "\r", "|", "\\", "\\|", "&", "#", ";", "&#32;", "&#10;", "&#38;", "&#",
    "\"", "\"\"", "`", "``", "*", "_", "<b>", "[", "]", "!", "~", "-", ":", "中", "　", "é", "x",
    "yz", "%`s", "1", "32",
];

/// The `MARKDOWN` constant of the table these tokens define: the pipeline's document, which
/// the expansion writes into the constant.
fn markdown_of(tokens: TokenStream) -> Option<String> {
    let (tables, errors) = codes_pipeline::check(tokens);
    if errors.iter().next().is_some() {
        return None;
    }
    tables.first().map(codes_pipeline::markdown::document)
}

/// Random messages and values of every hard character: the export of each table imports back
/// to them exactly.
#[test]
fn random_messages_and_values_import_back() {
    let mut random = Random(0x5EED_CAFE_F00D_1234);
    for round in 0..40 {
        let mut expected = Vec::new();
        let mut source = String::from("pub enum Random(note: Option<&'static str>) {\n");
        for code in 0..25 {
            let text = |random: &mut Random, least: usize| {
                let length = least + random.below(8);
                (0..length)
                    .map(|_| PIECES[random.below(PIECES.len())])
                    .collect::<String>()
            };
            let message = text(&mut random, 1);
            let note = (random.below(3) > 0).then(|| text(&mut random, 0));
            source.push_str(&format!(
                "{code} => R{code}, {}",
                codes_cli::write::string(&message)
            ));
            if let Some(note) = &note {
                source.push_str(&format!(", note = {}", codes_cli::write::string(note)));
            }
            source.push_str(",\n");
            expected.push((code as i128, format!("R{code}"), message, vec![note]));
        }
        source.push('}');
        let tokens: TokenStream = source.parse().unwrap();
        let markdown = markdown_of(tokens)
            .unwrap_or_else(|| panic!("no MARKDOWN in the expansion of\n{source}"));
        let import = import(&markdown, "random.md");
        assert_eq!(problems(&import), [], "round {round}:\n{markdown}");
        let rows: Vec<Row> = import.document.tables[0]
            .rows()
            .iter()
            .map(|row| {
                let name = row.name.as_str().unwrap().to_owned();
                (row.code, name, row.message.clone(), row.values.clone())
            })
            .collect();
        assert_eq!(rows, expected, "round {round}:\n{markdown}");
    }
}
