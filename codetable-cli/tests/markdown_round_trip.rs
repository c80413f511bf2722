//! `MARKDOWN` export and `codes import` are inverse to the character: a table's Markdown
//! imports back to every row, name, message (in every language), column value, alias and
//! retired name, whitespace included, whatever characters they hold. (`tests/resolved.rs` does
//! the same for the seeds' tables, `tests/documents.rs` for 1 218 real rows.)
//!
//! The export heads the message column `message`, or `message:LANG` with the first language's
//! tag: both are read, so each table with languages is imported in both forms.

mod common;

use common::{import, problems};
use proc_macro2::TokenStream;

codetable::define_codes! {
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

/// A table compiled by the macro, and its tokens as a string, `codetable_pipeline` to check them
/// as the macro does.
macro_rules! compiled_with_source {
    ($source:ident: $($tokens:tt)*) => {
        codetable::define_codes! { $($tokens)* }
        const $source: &str = stringify!($($tokens)*);
    };
}

compiled_with_source! { WORDED:
    /// Messages in three languages, some rows without some; aliases and retired names, in a
    /// section too; cells that are hard to hold.
    #[codetable(languages(zh, en, fr))]
    pub enum Worded(http: u16, hint: Option<&'static str>) in -10..=300 {
        -1 => _, "无名 | 行", en = "nameless | row", http = 500,
        0 => OK, "成功", en = "ok", fr = "  d'accord ", http = 200,
        1 => AGAIN, "再试一次", en = "try\nagain", fr = "réessayez\t", http = 503, hint = "wait",
        /// The BSD name.
        WOULD_BLOCK = AGAIN,
        OLD_OK => retired, "replaced by `OK` | in v2 ",
        GONE => retired,
        100..=199 => Client, "客户端错误" {
            100 => BAD, "错误的请求", en = "\"\"", http = 400,
            101 => WORSE, "更错", fr = "&#32; pire *x*", http = 400, hint = "",
            VERY_BAD = WORSE,
            BAD_OLD => retired, "",
            150..=159 => reserved, "保留",
        },
        r#type => retired, "a keyword",
    }
}

compiled_with_source! { FRENCH:
    /// French first: a script nothing tells from English.
    #[codetable(languages(fr, en))]
    pub enum French {
        1 => DEJA_VU, "déjà vu", en = "already seen",
        2 => ETE, "été", en = "summer",
    }
}

/// The export with its message column headed `message:LANG`, `LANG` the first language.
fn stated(markdown: &str, first: &str) -> String {
    markdown.replace(
        "| code | name | message |",
        &format!("| code | name | message:{first} |"),
    )
}

/// The export with its message column headed `message`.
fn unstated(markdown: &str, first: &str) -> String {
    markdown.replace(
        &format!("| code | name | message:{first} |"),
        "| code | name | message |",
    )
}

/// A row as the macro checks it: (code, wire name or `None` for a nameless row, message,
/// translations, values as text, section).
type CheckedRow = (
    i128,
    Option<String>,
    String,
    Vec<Option<String>>,
    Vec<Option<String>>,
    Option<String>,
);

/// A section as the macro checks it: (name, message, range, parent's name).
type CheckedSection = (String, String, (i128, i128), Option<String>);

/// What a table is, as the macro checks it: all that its `MARKDOWN` states, as text (the
/// import infers its columns' types, so values are compared as written).
#[derive(Debug, PartialEq)]
struct Checked {
    name: String,
    languages: Vec<String>,
    columns: Vec<String>,
    /// By code.
    rows: Vec<CheckedRow>,
    /// (name, message, range, parent's name), by range.
    sections: Vec<CheckedSection>,
    reserved: Vec<((i128, i128), Option<String>)>,
    /// (alias, row's name), in declaration order.
    aliases: Vec<(String, String)>,
    retired: Vec<(String, Option<String>)>,
}

fn checked(table: &codetable_pipeline::model::Table) -> Checked {
    use codetable_pipeline::model::Value;
    let text = |value: &Value| match value {
        Value::Int {
            negative,
            magnitude,
        } => format!("{}{magnitude}", if *negative { "-" } else { "" }),
        Value::Float { negative, digits } => {
            format!("{}{digits}", if *negative { "-" } else { "" })
        }
        Value::Bool(value) => value.to_string(),
        Value::Char(value) => value.to_string(),
        Value::Str(value) => value.clone(),
    };
    let section_name = |index: Option<usize>| index.map(|index| table.sections[index].name.clone());
    let mut rows: Vec<CheckedRow> = table
        .rows
        .iter()
        .map(|row| {
            (
                row.code,
                (!row.nameless).then(|| row.name.clone()),
                row.message.clone(),
                row.translations.clone(),
                row.values
                    .iter()
                    .map(|value| value.as_ref().map(text))
                    .collect(),
                section_name(row.section),
            )
        })
        .collect();
    rows.sort_by_key(|row| row.0);
    let mut sections: Vec<_> = table
        .sections
        .iter()
        .map(|section| {
            (
                section.name.clone(),
                section.message.clone(),
                section.range,
                section_name(section.parent),
            )
        })
        .collect();
    sections.sort_by_key(|section| section.2);
    let mut reserved: Vec<_> = table
        .reserved
        .iter()
        .map(|reserved| (reserved.range, reserved.message.clone()))
        .collect();
    reserved.sort_by_key(|reserved| reserved.0);
    Checked {
        name: table.ident.to_string(),
        languages: table
            .languages
            .iter()
            .map(|l| l.ident.to_string())
            .collect(),
        columns: table.columns.iter().map(|c| c.ident.to_string()).collect(),
        rows,
        sections,
        reserved,
        aliases: table
            .aliases
            .iter()
            .map(|alias| (alias.name.clone(), table.rows[alias.row].name.clone()))
            .collect(),
        retired: table
            .retired
            .iter()
            .map(|retired| (retired.name.clone(), retired.message.clone()))
            .collect(),
    }
}

/// The table an invocation declares, as the macro checks it, which must be without error.
fn checked_invocation(invocation: &str) -> Checked {
    let (tables, errors) = codetable_cli::import::check::macro_check(invocation);
    assert_eq!(errors, [], "{invocation}");
    checked(&tables[0])
}

/// The table a body of `define_codes!` declares.
fn checked_source(source: &str) -> Checked {
    checked_invocation(&format!("codetable::define_codes! {{\n{source}\n}}"))
}

/// The table an import's source declares.
fn checked_import(import: &codetable_cli::Import) -> Checked {
    checked_invocation(&import.source)
}

#[test]
fn languages_aliases_and_retired_names_import_back() {
    let original = checked_source(WORDED);
    assert_eq!(original.aliases.len(), 2);
    assert_eq!(original.retired.len(), 4);
    for markdown in [
        unstated(Worded::MARKDOWN, "zh"),
        stated(Worded::MARKDOWN, "zh"),
    ] {
        let import = import(&markdown, "worded.md");
        assert_eq!(problems(&import), [], "{markdown}");
        let table = &import.document.tables[0];
        assert_eq!(table.languages, ["zh", "en", "fr"]);
        assert!(import
            .source
            .contains("\n    #[codetable(languages(zh, en, fr))]\n"));
        assert!(import.source.contains("        WOULD_BLOCK = AGAIN,\n"));
        assert!(import.source.contains("        GONE => retired,\n"));
        assert_eq!(checked_import(&import), original, "{markdown}");
    }
    // What the compiled table says of them.
    use WordedLanguage::{En, Fr};
    assert_eq!(Worded::from_name("WOULD_BLOCK"), Some(Worded::Again));
    assert_eq!(Worded::Ok.message_in(Fr), "  d'accord ");
    assert_eq!(Worded::Bad.message_in(Fr), "错误的请求");
    assert_eq!(Worded::Worse.message_in(En), "更错");
}

/// The export of a table whose first language its script does not tell apart (French beside
/// English), its message column headed `message`: declared as `default`, and reported. Headed
/// `message:fr`, it is `fr`, without a word.
#[test]
fn a_first_language_nothing_tells_is_declared_default_and_reported() {
    let original = checked_source(FRENCH);
    let unstated = import(&unstated(French::MARKDOWN, "fr"), "french.md");
    assert_eq!(
        problems(&unstated),
        [(
            // The table's header row: after the title and the line of the code type.
            5,
            "the language of the `message` column is not stated, and its text's script does \
             not tell it from the other languages: declared as `default`; put its tag in \
             `languages(..)` (a header `message:LANG` states it)"
                .to_owned()
        )]
    );
    assert!(unstated
        .source
        .contains("    // FIXME(codes import): the language of the `message` column"));
    let imported = checked_import(&unstated);
    assert_eq!(imported.languages, ["default", "en"]);
    assert_eq!(imported.rows, original.rows);
    let stated = import(&stated(French::MARKDOWN, "fr"), "french.md");
    assert_eq!(problems(&stated), []);
    assert_eq!(checked_import(&stated), original);
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

fn imported(import: &codetable_cli::Import) -> Vec<Row> {
    let table = &import.document.tables[0];
    let names: Vec<&str> = table.columns.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["en", "hint", "mark", "http"]);
    table
        .rows()
        .iter()
        .map(|row| {
            let name = match &row.name {
                codetable_cli::import::model::Name::Given(name) => name.clone(),
                codetable_cli::import::model::Name::Nameless => {
                    codetable_shared::nameless_variant_name(row.code)
                }
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
    let (tables, errors) = codetable_cli::import::check::macro_check(&import.source);
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
    let (tables, errors) = codetable_pipeline::check(tokens);
    if errors.iter().next().is_some() {
        return None;
    }
    tables.first().map(codetable_pipeline::markdown::document)
}

/// Random messages, messages in a second language and values of every hard character, and
/// aliases: the export of each table imports back to them exactly.
#[test]
fn random_messages_and_values_import_back() {
    let mut random = Random(0x5EED_CAFE_F00D_1234);
    for round in 0..40 {
        let mut source = String::from(
            "#[codetable(languages(zh, en))]\npub enum Random(note: Option<&'static str>) {\n",
        );
        for code in 0..25 {
            let text = |random: &mut Random, least: usize| {
                let length = least + random.below(8);
                (0..length)
                    .map(|_| PIECES[random.below(PIECES.len())])
                    .collect::<String>()
            };
            let message = text(&mut random, 1);
            let en = (random.below(2) > 0).then(|| text(&mut random, 1));
            let note = (random.below(3) > 0).then(|| text(&mut random, 0));
            source.push_str(&format!(
                "{code} => R{code}, {}",
                codetable_pipeline::expand::literals::quoted(&message)
            ));
            if let Some(en) = &en {
                source.push_str(&format!(
                    ", en = {}",
                    codetable_pipeline::expand::literals::quoted(en)
                ));
            }
            if let Some(note) = &note {
                source.push_str(&format!(
                    ", note = {}",
                    codetable_pipeline::expand::literals::quoted(note)
                ));
            }
            source.push_str(",\n");
            if random.below(4) == 0 {
                source.push_str(&format!("A{code} = R{code},\n"));
            }
        }
        source.push('}');
        let original = checked_source(&source);
        let tokens: TokenStream = source.parse().unwrap();
        let markdown = markdown_of(tokens)
            .unwrap_or_else(|| panic!("no MARKDOWN in the expansion of\n{source}"));
        // Random text has no script to tell its language by: the header states it.
        let markdown = stated(&markdown, "zh");
        let import = import(&markdown, "random.md");
        assert_eq!(problems(&import), [], "round {round}:\n{markdown}");
        assert_eq!(
            checked_import(&import),
            original,
            "round {round}:\n{markdown}"
        );
    }
}
