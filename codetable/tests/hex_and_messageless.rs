//! Tables that write their codes in hex show them so (`codetable::guide::syntax`, "Hex
//! codes"); rows without a message get no text made up for them (`codetable::guide::syntax`,
//! "Rows without a message").

codetable::define_codes! {
    /// HRESULTs, written in hex as winerror.h writes them.
    #[repr(u32)]
    pub enum Hresult {
        0x00000000 => S_OK, "Operation successful",
        0x80004001 => E_NOTIMPL, "Not implemented",
        0x80070000..=0x8007FFFF => Win32, "Win32 errors wrapped" {
            0x80070005 => E_ACCESSDENIED, "General access denied error",
            0x8007000E => E_OUTOFMEMORY,
        },
        0x80040000..=0x800401FF => reserved, "interface-defined",
    }

    /// LDAP result codes, two hex digits each.
    #[repr(u8)]
    #[codetable(languages(en, fr))]
    pub enum Ldap {
        0x00 => LDAP_SUCCESS, "success", fr = "succès",
        0x7B => LDAP_X_PROXY_AUTHZ_FAILURE, "proxy authorization failure",
        0x0A => LDAP_REFERRAL,
    }

    /// Hex and decimal mixed: decimal, unless the table asks for hex.
    pub enum Mixed {
        0x10 => SIXTEEN, "sixteen",
        17 => SEVENTEEN, "seventeen",
    }

    /// Hex and decimal mixed, shown in hex.
    #[repr(i8)]
    #[codetable(hex)]
    pub enum Forced {
        -1 => MINUS_ONE, "minus one",
        0x10 => SIXTEEN, "sixteen",
    }

    /// libgit2's codes: a name, no message.
    pub enum GitErrorCode {
        0 => GIT_OK,
        -1 => GIT_ERROR,
        -3 => GIT_ENOTFOUND, "Requested object could not be found",
    }
}

#[test]
fn a_hex_table_shows_its_codes_in_hex() {
    assert_eq!(Hresult::ENotimpl.code(), 0x8000_4001);
    assert_eq!(Hresult::ENotimpl.to_string(), "0x80004001: Not implemented");
    assert_eq!(Hresult::SOk.to_string(), "0x00000000: Operation successful");
    assert_eq!(
        Hresult::from_code(0x8007_0005)
            .map(|row| row.to_string())
            .as_deref(),
        Some("0x80070005: General access denied error")
    );
    let markdown = Hresult::MARKDOWN;
    assert!(
        markdown.contains("| 0x80004001 | `E_NOTIMPL` | Not implemented |"),
        "{markdown}"
    );
    assert!(
        markdown.contains("`0x80070000` ~ `0x8007FFFF`"),
        "{markdown}"
    );
    assert!(
        markdown.contains("`0x80040000` ~ `0x800401FF` reserved"),
        "{markdown}"
    );
}

#[test]
fn hex_is_padded_to_the_digits_the_table_writes() {
    assert_eq!(Ldap::LdapSuccess.to_string(), "0x00: success");
    assert_eq!(
        Ldap::LdapXProxyAuthzFailure.to_string(),
        "0x7B: proxy authorization failure"
    );
    assert_eq!(
        Ldap::LdapSuccess.display_in(LdapLanguage::Fr).to_string(),
        "0x00: succès"
    );
    assert_eq!(
        Ldap::LdapReferral.display_in(LdapLanguage::Fr).to_string(),
        "0x0A: LDAP_REFERRAL"
    );
}

#[test]
fn a_mixed_table_is_decimal_unless_it_asks_for_hex() {
    assert_eq!(Mixed::Sixteen.to_string(), "16: sixteen");
    assert_eq!(Forced::Sixteen.to_string(), "0x10: sixteen");
    // Two's complement in the type's width.
    assert_eq!(Forced::MinusOne.to_string(), "0xFF: minus one");
    assert!(
        Forced::MARKDOWN.contains("| 0xFF | `MINUS_ONE` |"),
        "{}",
        Forced::MARKDOWN
    );
}

#[test]
fn a_row_without_a_message_has_none() {
    assert_eq!(GitErrorCode::GitOk.message(), "");
    assert_eq!(GitErrorCode::GitOk.to_string(), "0: GIT_OK");
    assert_eq!(GitErrorCode::GitError.to_string(), "-1: GIT_ERROR");
    assert_eq!(
        GitErrorCode::GitEnotfound.to_string(),
        "-3: Requested object could not be found"
    );
    assert_eq!(Hresult::EOutofmemory.message(), "");
    assert_eq!(
        Hresult::EOutofmemory.to_string(),
        "0x8007000E: E_OUTOFMEMORY"
    );
    assert_eq!(Ldap::LdapReferral.message_in(LdapLanguage::Fr), "");
    assert!(
        GitErrorCode::MARKDOWN.contains("| 0 | `GIT_OK` |  |"),
        "{}",
        GitErrorCode::MARKDOWN
    );
}
