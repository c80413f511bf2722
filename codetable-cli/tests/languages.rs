//! Messages in several languages: two message-like columns (a message, an English or Chinese
//! one, `message:LANG`) whose languages differ become the table's languages, the message's
//! first, `#[codetable(languages(..))]`, each row giving the others as `en = ".."`; seed 003's
//! bilingual page is one.

mod common;

use common::{import, problems};

/// The tags, columns and each row's (message, translations) of an import's first table.
type Read = (Vec<String>, Vec<String>, Vec<(String, Vec<Option<String>>)>);

fn read(import: &codetable_cli::Import) -> Read {
    let table = &import.document.tables[0];
    (
        table.languages.clone(),
        table.columns.iter().map(|c| c.name.clone()).collect(),
        table
            .rows()
            .iter()
            .map(|row| (row.message.clone(), row.translations.clone()))
            .collect(),
    )
}

fn owned(tags: &[&str]) -> Vec<String> {
    tags.iter().map(|tag| tag.to_string()).collect()
}

fn rows(rows: ExpectedRows) -> Vec<(String, Vec<Option<String>>)> {
    rows.iter()
        .map(|(message, translations)| {
            (
                message.to_string(),
                translations.iter().map(|t| t.map(str::to_owned)).collect(),
            )
        })
        .collect()
}

/// Seed 003: `HTTP状态码 | 错误码 | 错误信息 | 备注`, English in 错误信息 and Chinese in 备注.
#[test]
fn seed_003_is_in_chinese_and_english() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../seeds/fixtures/003_d6a198459831153e.txt"
    );
    let text = std::fs::read_to_string(path).unwrap();
    let import = import(&text, "003_d6a198459831153e.txt");
    let (languages, columns, rows) = read(&import);
    assert_eq!(languages, ["zh", "en"]);
    assert_eq!(columns, ["http"]);
    assert_eq!(rows.len(), 67);
    assert_eq!(
        rows[0],
        ("没有错误".to_owned(), vec![Some("no error".to_owned())])
    );
    assert!(import
        .source
        .contains("    #[codetable(languages(zh, en))]\n    pub enum Api(\n        /// HTTP状态码\n        http: u16,\n    ) {\n"));
    assert!(import
        .source
        .contains("        0 => NO_ERROR, \"没有错误\", en = \"no error\", http = 200,\n"));
    // The names are still made from the English text.
    assert!(import.source.contains(
        "        31298 => THE_VALUE_OF_KEY_VALUE_IN_PCS_RESPONSE_HEADERS_IS_INVALID, \"服务器返回值KEY非法\", \
         en = \"the value of KEY[VALUE] in pcs response headers is invalid\", http = 500,\n"
    ));
}

/// A document, the languages it has, and its rows' (message, translations).
type Case = (&'static str, &'static [&'static str], ExpectedRows);
type ExpectedRows = &'static [(&'static str, &'static [Option<&'static str>])];

/// The message's language first, whichever column comes first; a language named by its
/// header, or told by its text's script.
#[test]
fn two_message_columns_in_two_languages_are_two_languages() {
    let cases: &[Case] = &[
        (
            "| code | 中文 | English |\n|---|---|---|\n| 1 | 未找到 | not found |\n| 2 | 忙 | |\n",
            &["zh", "en"],
            &[("未找到", &[Some("not found")]), ("忙", &[None])],
        ),
        (
            "| code | English | 中文 |\n|---|---|---|\n| 1 | not found | 未找到 |\n",
            &["zh", "en"],
            &[("未找到", &[Some("not found")])],
        ),
        (
            "| code | message | 中文 |\n|---|---|---|\n| 1 | not found | 未找到 |\n",
            &["en", "zh"],
            &[("not found", &[Some("未找到")])],
        ),
        (
            "| 错误码 | 错误信息 | 英文信息 |\n|---|---|---|\n| 1 | 未找到 | not found |\n",
            &["zh", "en"],
            &[("未找到", &[Some("not found")])],
        ),
        (
            "| code | 中文 | 日文 | English |\n|---|---|---|---|\n\
             | 1 | 未找到 | 見つかりません | not found |\n",
            &["zh", "ja", "en"],
            &[("未找到", &[Some("見つかりません"), Some("not found")])],
        ),
        (
            "| code | message | message:fr |\n|---|---|---|\n| 1 | not found | introuvable |\n",
            &["en", "fr"],
            &[("not found", &[Some("introuvable")])],
        ),
    ];
    for &(text, languages, expected) in cases {
        let import = import(text, "errors.md");
        assert_eq!(problems(&import), [], "{text}");
        let (tags, columns, read) = read(&import);
        assert_eq!(tags, owned(languages), "{text}");
        assert_eq!(columns, Vec::<String>::new(), "{text}");
        assert_eq!(read, rows(expected), "{text}");
        let declared = format!("    #[codetable(languages({}))]\n", languages.join(", "));
        assert!(import.source.contains(&declared), "{}", import.source);
        common::checked_rows(&import.source);
    }
}

/// One language only: an English column beside English messages is a column, as before; a
/// description in another language than the message is the rows' docs.
#[test]
fn one_language_is_no_languages() {
    let english = import(
        "| code | message | English |\n|---|---|---|\n| 1 | not found | Not Found |\n",
        "errors.md",
    );
    let (tags, columns, _) = read(&english);
    assert_eq!((tags, columns), (owned(&[]), owned(&["en"])));
    assert!(english
        .source
        .contains("        1 => NOT_FOUND, \"not found\", en = \"Not Found\",\n"));
    let described = import(
        "| code | 中文 | description |\n|---|---|---|\n| 1 | 未找到 | the file is gone |\n",
        "errors.md",
    );
    let (tags, columns, _) = read(&described);
    assert_eq!((tags, columns), (owned(&[]), owned(&[])));
    assert!(described
        .source
        .contains("        /// the file is gone\n        1 => _, \"未找到\",\n"));
}
