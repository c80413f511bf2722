//! Messages in several languages: the table declares them, rows give their message in the
//! first and may give it in the others, and a missing one falls back to the first.

codetable::define_codes! {
    /// A table in Chinese and English, with a column beside.
    #[codetable(languages(zh, en, zh_hant))]
    pub enum Pcs(http: u16) {
        0 => NO_ERROR, "没有错误", http = 200, en = "no error", zh_hant = "沒有錯誤",
        31021 => NETWORK_ERROR, "网络错误", en = "network error", http = 503,
        31023 => PARAM_ERROR, "输入参数错误", http = 400,
    }
}

#[test]
fn messages_in_each_language() {
    use PcsLanguage::*;
    assert_eq!(PcsLanguage::ALL, [Zh, En, ZhHant]);
    let cases = [
        (Pcs::NoError, ["没有错误", "no error", "沒有錯誤"]),
        (Pcs::NetworkError, ["网络错误", "network error", "网络错误"]),
        (
            Pcs::ParamError,
            ["输入参数错误", "输入参数错误", "输入参数错误"],
        ),
    ];
    for (row, messages) in cases {
        assert_eq!(row.message(), messages[0]);
        for (language, message) in PcsLanguage::ALL.iter().zip(messages) {
            assert_eq!(
                row.message_in(*language),
                message,
                "{row:?} in {language:?}"
            );
            assert_eq!(
                row.display_in(*language).to_string(),
                format!("{}: {message}", row.code())
            );
        }
    }
    assert_eq!(Pcs::NetworkError.http(), 503);
}

#[test]
fn languages_by_tag() {
    assert_eq!(PcsLanguage::En.tag(), "en");
    assert_eq!(PcsLanguage::from_tag("zh_hant"), Some(PcsLanguage::ZhHant));
    assert_eq!(PcsLanguage::from_tag("fr"), None);
    assert_eq!(format!("{:?}", PcsLanguage::Zh), "zh");
}

// `message_in` is a `const fn`.
const _: () = assert!(Pcs::NetworkError.message_in(PcsLanguage::En).len() == 13);

#[test]
fn markdown_has_a_column_per_language() {
    assert!(
        Pcs::MARKDOWN.contains(
            "| code | name | message:zh | message:en | message:zh_hant | http |\n\
             |---:|---|---|---|---|---|\n\
             | 0 | `NO_ERROR` | 没有错误 | no error | 沒有錯誤 | 200 |\n\
             | 31021 | `NETWORK_ERROR` | 网络错误 | network error |  | 503 |\n"
        ),
        "{}",
        Pcs::MARKDOWN
    );
}
