//! Nameless rows (`CODE => _, "MESSAGE"`): the variant and name made from the code.

codetable::define_codes! {
    /// A table whose document gives no names.
    pub enum Anonymous in -6000..=200 {
        -5999 => _, "请求参数错误",
        -1 => _, "minus one",
        0 => _, "zero",
        1 => _, "one",
        101 => _, "一百零一",
        7 => NAMED, "a named row beside them",
    }

    /// Nameless rows in sections and in a table of another code type.
    #[repr(i8)]
    pub enum Small {
        -128..=-1 => Negative, "below zero" {
            -128 => _, "the lowest",
        },
        127 => _, "the highest",
    }
}

#[test]
fn the_variant_is_made_from_the_code() {
    assert_eq!(Anonymous::CodeMinus5999.code(), -5999);
    assert_eq!(Anonymous::CodeMinus1.code(), -1);
    assert_eq!(Anonymous::Code0.code(), 0);
    assert_eq!(Anonymous::Code1.code(), 1);
    assert_eq!(Anonymous::Code101.code(), 101);
    assert_eq!(Small::CodeMinus128.code(), -128);
    assert_eq!(Small::Code127.code(), 127);
}

#[test]
fn the_name_is_the_variant_name() {
    for code in Anonymous::iter() {
        if code != Anonymous::Named {
            assert_eq!(code.name(), format!("{code:?}"));
        }
    }
    assert_eq!(Anonymous::CodeMinus5999.name(), "CodeMinus5999");
    assert_eq!(Anonymous::Named.name(), "NAMED");
}

#[test]
fn from_name_finds_the_made_name() {
    for code in Anonymous::iter() {
        assert_eq!(Anonymous::from_name(code.name()), Some(code));
    }
    assert_eq!(
        Anonymous::from_name("CodeMinus1"),
        Some(Anonymous::CodeMinus1)
    );
    assert_eq!("Code101".parse(), Ok(Anonymous::Code101));
    // The code alone is not a name.
    assert_eq!(Anonymous::from_name("-1"), None);
    assert_eq!(Anonymous::from_name("_"), None);
}

#[test]
fn lookups_by_code_and_message() {
    assert_eq!(Anonymous::from_code(-5999), Some(Anonymous::CodeMinus5999));
    assert_eq!(Anonymous::CodeMinus5999.message(), "请求参数错误");
    assert_eq!(Anonymous::CodeMinus5999.to_string(), "-5999: 请求参数错误");
    assert_eq!(
        Small::CodeMinus128.category(),
        Some(SmallCategory::Negative)
    );
    assert_eq!(Small::Code127.category(), None);
}
