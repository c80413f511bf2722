//! What a table says of a code beyond its message (`codetable::guide::explained`): the
//! row's doc comment as `explanation()`, the help link from the table's template or the row's
//! own as `help_url()`, and the `Code` trait's items that generic code reads them and each
//! language's message through.

use codetable::Code;

codetable::define_codes! {
    /// A table with a template that names the section.
    #[codetable(help_url = "https://docs.example.com/errors/{section}/{name}#{code}", languages(zh, en))]
    pub enum ApiError in 0..=99999 {
        /// Outside every section, with a link of its own (a template too).
        0 => OK, "成功", en = "ok", help_url = "https://docs.example.com/ok?code={code}&x={{y}}",
        40000..=40999 => Auth, "认证错误" {
            /// The token expired or was revoked.
            ///
            /// Ask the user to sign in again;
            ///   retrying with the same token fails again.
            40001 => INVALID_TOKEN, "无效的令牌", en = "invalid token",
            #[doc = "One attribute,\nwith two lines."]
            40002 => TOKEN_EXPIRED, "令牌过期",
            40003 => _, "未命名",
        },
        50000..=50999 => Server, "服务器错误" {
            50001 => 成功了吗, "名字不是 ASCII",
        },
    }

    /// A table without a template: only the rows that give a link have one.
    #[repr(u8)]
    pub enum Plain {
        1 => LINKED, "linked", help_url = "https://x.example/{name}",
        2 => UNLINKED, "unlinked",
        /// Docs, no link.
        3 => DOCUMENTED,
    }

    /// A hex table: `{code}` is the code as the table shows it.
    #[repr(u32)]
    #[codetable(help_url = "https://learn.example.com/hresult/{code}")]
    pub enum Hresult {
        0x00000000 => S_OK, "Operation successful",
        0x80004001 => E_NOTIMPL, "Not implemented",
    }

    /// Nothing beyond messages.
    pub enum Bare {
        1 => A, "a",
    }

    /// String codes: `{code}` is the string.
    #[codetable(help_url = "https://www.postgresql.org/docs/current/errcodes-appendix.html#{section}-{code}")]
    pub enum SqlState {
        "23" => IntegrityConstraintViolation, "integrity constraint violation" {
            /// A row would repeat a key of a unique index.
            "23505" => UNIQUE_VIOLATION, "unique violation",
        },
    }
}

#[test]
fn a_string_codes_link_has_its_string() {
    assert_eq!(
        SqlState::UniqueViolation.help_url(),
        Some("https://www.postgresql.org/docs/current/errcodes-appendix.html#IntegrityConstraintViolation-23505")
    );
    assert_eq!(
        SqlState::UniqueViolation.explanation(),
        "A row would repeat a key of a unique index."
    );
}

#[test]
fn links_are_filled_in_from_the_template_or_the_row() {
    assert_eq!(
        ApiError::InvalidToken.help_url(),
        Some("https://docs.example.com/errors/Auth/INVALID_TOKEN#40001")
    );
    // A nameless row's name is its variant's.
    assert_eq!(
        ApiError::Code40003.help_url(),
        Some("https://docs.example.com/errors/Auth/Code40003#40003")
    );
    // What a URL cannot hold is percent-encoded.
    assert_eq!(
        ApiError::from_code(50001).and_then(ApiError::help_url),
        Some("https://docs.example.com/errors/Server/%E6%88%90%E5%8A%9F%E4%BA%86%E5%90%97#50001")
    );
    // The row's own, its braces written doubled.
    assert_eq!(
        ApiError::Ok.help_url(),
        Some("https://docs.example.com/ok?code=0&x={y}")
    );
    assert_eq!(Plain::Linked.help_url(), Some("https://x.example/LINKED"));
    assert_eq!(Plain::Unlinked.help_url(), None);
    assert_eq!(Plain::Documented.help_url(), None);
    assert_eq!(
        Hresult::ENotimpl.help_url(),
        Some("https://learn.example.com/hresult/0x80004001")
    );
    assert_eq!(
        Hresult::SOk.help_url(),
        Some("https://learn.example.com/hresult/0x00000000")
    );
    assert_eq!(Bare::A.help_url(), None);
    // In constants too.
    const LINK: Option<&str> = Hresult::SOk.help_url();
    assert!(LINK.is_some());
}

#[test]
fn the_explanation_is_the_doc_comment() {
    assert_eq!(
        ApiError::InvalidToken.explanation(),
        "The token expired or was revoked.\n\nAsk the user to sign in again;\n  retrying with \
         the same token fails again."
    );
    assert_eq!(
        ApiError::TokenExpired.explanation(),
        "One attribute,\nwith two lines."
    );
    assert_eq!(
        ApiError::Ok.explanation(),
        "Outside every section, with a link of its own (a template too)."
    );
    assert_eq!(ApiError::Code40003.explanation(), "");
    assert_eq!(Plain::Documented.explanation(), "Docs, no link.");
    assert_eq!(Plain::Linked.explanation(), "");
    assert_eq!(Bare::A.explanation(), "");
    const EXPLAINED: &str = Plain::Documented.explanation();
    assert_eq!(EXPLAINED.len(), 14);
}

/// What the `axum` and `tonic` features read of any table.
fn described<C: Code>(
    code: C,
) -> (
    Vec<(&'static str, &'static str)>,
    &'static str,
    Option<&'static str>,
) {
    let messages = C::LANGUAGES
        .iter()
        .enumerate()
        .filter_map(|(index, tag)| Some((*tag, code.own_message_in(index)?)))
        .collect();
    (messages, code.explanation(), code.help_url())
}

#[test]
fn generic_code_reads_them_through_the_trait() {
    assert_eq!(<ApiError as Code>::LANGUAGES, ["zh", "en"]);
    assert_eq!(
        described(ApiError::InvalidToken).0,
        [("zh", "无效的令牌"), ("en", "invalid token")]
    );
    // A row that gives no message in `en`: none, where `message_in` falls back.
    assert_eq!(described(ApiError::TokenExpired).0, [("zh", "令牌过期")]);
    assert_eq!(ApiError::TokenExpired.own_message_in(2), None);
    assert_eq!(
        described(ApiError::InvalidToken).2,
        ApiError::InvalidToken.help_url()
    );
    assert_eq!(
        described(Plain::Documented),
        (Vec::new(), "Docs, no link.", None)
    );
    assert_eq!(<Plain as Code>::LANGUAGES, [] as [&str; 0]);
    assert_eq!(Plain::Linked.own_message_in(0), None);
    for code in ApiError::iter() {
        assert_eq!(Code::explanation(code), code.explanation());
        assert_eq!(Code::help_url(code), code.help_url());
    }
}
