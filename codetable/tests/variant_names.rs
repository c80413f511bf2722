//! How rows' variants are named from their wire names, and that `Debug` writes each variant's
//! name whether the table stores it or makes it again from the wire name.

codetable::define_codes! {
    /// Names of every shape.
    pub enum Shapes {
        1 => INVALID_CREDENTIAL, "one case, capitals",
        2 => not_found, "one case, small",
        3 => ERROR_2RSP, "digits in a word",
        4 => BadIDChoice, "UpperCamelCase already: kept as written",
        5 => TaskPause, "UpperCamelCase already",
        6 => Bad_Request, "mixed case with `_`: heck's UpperCamelCase, stored",
        7 => errDecodeReq, "mixed case starting small: heck's, stored",
        8 => 错误码, "not ASCII: heck's, stored",
        9 => _, "nameless",
        -9 => _, "nameless, negative",
    }
}

#[test]
fn variants_are_named_by_the_rule() {
    use Shapes::*;
    let expected = [
        (InvalidCredential, "InvalidCredential"),
        (NotFound, "NotFound"),
        (Error2rsp, "Error2rsp"),
        (BadIDChoice, "BadIDChoice"),
        (TaskPause, "TaskPause"),
        (BadRequest, "BadRequest"),
        (ErrDecodeReq, "ErrDecodeReq"),
        (错误码, "错误码"),
        (Code9, "Code9"),
        (CodeMinus9, "CodeMinus9"),
    ];
    assert_eq!(expected.len(), Shapes::COUNT);
    for (variant, name) in expected {
        assert_eq!(format!("{variant:?}"), name);
        assert_eq!(
            format!("{:?}", codetable::OrUnknown::Known(variant)),
            format!("Known({name})")
        );
    }
}

#[test]
fn wire_names_stay_as_written() {
    assert_eq!(Shapes::BadRequest.name(), "Bad_Request");
    assert_eq!(Shapes::from_name("Bad_Request"), Some(Shapes::BadRequest));
    assert_eq!(Shapes::from_name("BadRequest"), None);
    assert_eq!(Shapes::NotFound.name(), "not_found");
    assert_eq!(Shapes::错误码.name(), "错误码");
}

codetable::define_codes! {
    /// curl's codes, their common prefix taken off the variants.
    #[codetable(strip_prefix = "CURLE_")]
    pub enum CurlCode {
        0 => CURLE_OK, "no error",
        1 => CURLE_UNSUPPORTED_PROTOCOL, "unsupported protocol",
        6 => CURLE_COULDNT_RESOLVE_HOST, "couldn't resolve host",
        28 => CURLE_OPERATION_TIMEDOUT as TimedOut, "timeout: chosen by the table",
        99 => NOT_PREFIXED, "a name without the prefix keeps its words",
        100 => CURLE_Mixed_Case, "heck's after the prefix: stored",
        CURLE_OPERATION_TIMEOUTED = CURLE_OPERATION_TIMEDOUT,
    }
}

#[test]
fn a_prefix_comes_off_the_variants_not_the_names() {
    let expected = [
        (CurlCode::Ok, "Ok", "CURLE_OK"),
        (
            CurlCode::UnsupportedProtocol,
            "UnsupportedProtocol",
            "CURLE_UNSUPPORTED_PROTOCOL",
        ),
        (
            CurlCode::CouldntResolveHost,
            "CouldntResolveHost",
            "CURLE_COULDNT_RESOLVE_HOST",
        ),
        (CurlCode::TimedOut, "TimedOut", "CURLE_OPERATION_TIMEDOUT"),
        (CurlCode::NotPrefixed, "NotPrefixed", "NOT_PREFIXED"),
        (CurlCode::MixedCase, "MixedCase", "CURLE_Mixed_Case"),
    ];
    assert_eq!(expected.len(), CurlCode::COUNT);
    for (variant, debug, name) in expected {
        assert_eq!(format!("{variant:?}"), debug);
        assert_eq!(variant.name(), name);
        assert_eq!(CurlCode::from_name(name), Some(variant));
    }
    // The alias's constant is named as a row's variant would be: the prefix off.
    assert_eq!(CurlCode::OperationTimeouted, CurlCode::TimedOut);
    assert_eq!(
        CurlCode::from_name("CURLE_OPERATION_TIMEOUTED"),
        Some(CurlCode::TimedOut)
    );
}

codetable::define_codes! {
    /// A name longer than `Debug`'s buffer.
    pub enum Long {
        1 => THE_VALUE_OF_KEY_VALUE_IN_PCS_RESPONSE_HEADERS_IS_INVALID_AND_ALSO_MUCH_LONGER_THAN_64_BYTES, "long",
    }
}

#[test]
fn long_names_are_written_whole() {
    let variant = Long::TheValueOfKeyValueInPcsResponseHeadersIsInvalidAndAlsoMuchLongerThan64Bytes;
    assert_eq!(
        format!("{variant:?}"),
        "TheValueOfKeyValueInPcsResponseHeadersIsInvalidAndAlsoMuchLongerThan64Bytes"
    );
}

#[test]
fn variant_names_written_by_hand_are_sound() {
    use codetable::__private_0_1_0::VariantName;
    // What the generated code never builds: words that are not ASCII, as they are.
    assert_eq!(VariantName::Words("中文_NAME").to_string(), "中文_NAME");
    assert_eq!(VariantName::Words("A_B").to_string(), "AB");
    assert_eq!(VariantName::AsIs("A_B").to_string(), "A_B");
}
