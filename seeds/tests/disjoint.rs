//! `codetable::assert_disjoint!` on tables that share no code (those that do are UI tests), and
//! seed 000's umbrella error type that keeps two overlapping tables apart.

use codetable::OrUnknown;
use codetable_seeds::dsp::{DspAnyError, DspError, DspSdkError};

codetable::define_codes! {
    /// Negative codes.
    pub enum Negative {
        -61 => SIGN_BUCKET_NOTMATCH, "bucket与签名中的bucket不匹配",
        -1 => _, "minus one",
    }
    /// Codes of another type, one of them numerically next to a code above.
    #[repr(u8)]
    pub enum Small {
        0 => ZERO, "zero",
        1 => ONE, "one",
    }
    /// 64-bit codes at the extremes.
    #[repr(i64)]
    pub enum Wide {
        -9223372036854775808 => MIN, "i64::MIN",
        9223372036854775807 => MAX, "i64::MAX",
    }
    /// Unsigned 64-bit codes beyond i64.
    #[repr(u64)]
    pub enum Huge {
        18446744073709551615 => MAX, "u64::MAX",
    }
}

// Every pair of these four is checked; none shares a code, so this compiles to nothing.
codetable::assert_disjoint!(Negative, Small, Wide, Huge);
// One table alone, and a trailing comma.
codetable::assert_disjoint!(Negative,);
// Seed 000's transfer states (0..=31) and its SDK table (40000..) share nothing.
codetable::assert_disjoint!(codetable_seeds::dsp::TransferState, DspSdkError);

#[test]
fn the_umbrella_error_keeps_shared_codes_apart() {
    let api = DspAnyError::from(DspError::InternalError);
    let sdk = DspAnyError::from(DspSdkError::InternalError);
    assert_eq!(api.code(), sdk.code());
    assert_ne!(api, sdk);
    assert_eq!(api.to_string(), "api 40001: 内部服务器错误");
    assert_eq!(sdk.to_string(), "sdk 40001: 内部错误");
}

#[test]
fn the_umbrella_error_keeps_unknown_api_codes() {
    let newer = DspAnyError::from(OrUnknown::<DspError>::from(40099));
    assert_eq!(newer.code(), 40099);
    assert_eq!(newer, DspAnyError::Api(OrUnknown::Unknown(40099)));
    assert_eq!(newer.to_string(), "api 40099: not a known DspError code");
}
