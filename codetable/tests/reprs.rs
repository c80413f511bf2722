//! Every code type (`#[repr(T)]`, see `codetable::guide::syntax`): i8 i16 i32 i64 u8 u16 u32 u64, with
//! negative codes where the type is signed and the extremes of each type, in each lookup
//! layout (sequential runs at both ends of the type, dense runs, sparse tables that hash).
//! Every row is checked against the table as written (`common::check_table`), and the
//! neighbours of every code and the extremes of the type must miss.

mod common;

use codetable::{Code, UnknownCode};
use common::{check_table, checked_rows, sweep, table};

// ---------------------------------------------------------------------------------------------
// Sparse tables spanning each type, rows out of code order: hashed lookups.

table!(
    /// i8, both extremes.
    I8Extremes: i8 = [
        0 => ZERO, "zero";
        -128 => MIN, "i8::MIN";
        127 => MAX, "i8::MAX";
        -1 => MINUS_ONE, "minus one";
        1 => ONE, "one";
        -127 => MIN_PLUS_ONE, "i8::MIN + 1";
        126 => MAX_MINUS_ONE, "i8::MAX - 1";
        -64 => MINUS_SIXTY_FOUR, "-64";
    ]
);

table!(
    /// i16, both extremes.
    I16Extremes: i16 = [
        -32768 => MIN, "i16::MIN";
        32767 => MAX, "i16::MAX";
        0 => ZERO, "zero";
        -1 => MINUS_ONE, "minus one";
        -129 => BELOW_I8, "below i8";
        128 => ABOVE_I8, "above i8";
        -300 => MINUS_300, "-300";
        255 => U8_MAX, "u8::MAX";
        256 => U8_MAX_PLUS_ONE, "u8::MAX + 1";
    ]
);

table!(
    /// i32, both extremes.
    I32Extremes: i32 = [
        -2147483648 => MIN, "i32::MIN";
        2147483647 => MAX, "i32::MAX";
        -2147483647 => MIN_PLUS_ONE, "i32::MIN + 1";
        2147483646 => MAX_MINUS_ONE, "i32::MAX - 1";
        0 => ZERO, "zero";
        -1 => MINUS_ONE, "minus one";
        -65536 => MINUS_2_16, "-2^16";
        65536 => TWO_16, "2^16";
        -32769 => BELOW_I16, "below i16";
    ]
);

table!(
    /// i64, both extremes: `-9223372036854775808` is one literal to the macro.
    I64Extremes: i64 = [
        -9223372036854775808 => MIN, "i64::MIN";
        9223372036854775807 => MAX, "i64::MAX";
        -9223372036854775807 => MIN_PLUS_ONE, "i64::MIN + 1";
        9223372036854775806 => MAX_MINUS_ONE, "i64::MAX - 1";
        0 => ZERO, "zero";
        -1 => MINUS_ONE, "minus one";
        1 => ONE, "one";
        4294967296 => TWO_32, "2^32, which truncates to 0 as u32";
        -4294967296 => MINUS_2_32, "-2^32";
        4294967295 => U32_MAX, "u32::MAX, which is -1 as i32";
        -2147483649 => BELOW_I32, "i32::MIN - 1";
        2147483648 => ABOVE_I32, "i32::MAX + 1";
        -4611686018427387904 => MINUS_2_62, "-2^62";
    ]
);

table!(
    /// u8, 0 and 255.
    U8Extremes: u8 = [
        255 => MAX, "u8::MAX";
        0 => ZERO, "zero";
        128 => HIGH_BIT, "128, which is -128 as i8";
        127 => I8_MAX, "i8::MAX";
        1 => ONE, "one";
        254 => MAX_MINUS_ONE, "u8::MAX - 1";
    ]
);

table!(
    /// u16, 0 and 65535.
    U16Extremes: u16 = [
        65535 => MAX, "u16::MAX";
        0 => ZERO, "zero";
        32768 => HIGH_BIT, "2^15";
        32767 => I16_MAX, "i16::MAX";
        256 => ABOVE_U8, "u8::MAX + 1";
        65534 => MAX_MINUS_ONE, "u16::MAX - 1";
    ]
);

table!(
    /// u32, 0 and 4294967295.
    U32Extremes: u32 = [
        4294967295 => MAX, "u32::MAX";
        0 => ZERO, "zero";
        2147483648 => HIGH_BIT, "2^31";
        2147483647 => I32_MAX, "i32::MAX";
        65536 => ABOVE_U16, "u16::MAX + 1";
        4294967294 => MAX_MINUS_ONE, "u32::MAX - 1";
    ]
);

table!(
    /// u64, 0 and 18446744073709551615.
    U64Extremes: u64 = [
        18446744073709551615 => MAX, "u64::MAX, which is -1 as i64";
        0 => ZERO, "zero";
        9223372036854775808 => HIGH_BIT, "2^63, which is i64::MIN as i64";
        9223372036854775807 => I64_MAX, "i64::MAX";
        4294967296 => ABOVE_U32, "u32::MAX + 1";
        18446744073709551614 => MAX_MINUS_ONE, "u64::MAX - 1";
        1 => ONE, "one";
    ]
);

// ---------------------------------------------------------------------------------------------
// Runs at the ends of each type: sequential (codes first, first + 1, ... in declaration order)
// and dense (the span at most twice the rows, out of order or with gaps).

table!(
    /// Sequential from i64::MIN.
    I64SeqLow: i64 = [
        -9223372036854775808 => A, "i64::MIN";
        -9223372036854775807 => B, "i64::MIN + 1";
        -9223372036854775806 => C, "i64::MIN + 2";
        -9223372036854775805 => D, "i64::MIN + 3";
    ]
);

table!(
    /// Sequential up to i64::MAX.
    I64SeqHigh: i64 = [
        9223372036854775804 => A, "i64::MAX - 3";
        9223372036854775805 => B, "i64::MAX - 2";
        9223372036854775806 => C, "i64::MAX - 1";
        9223372036854775807 => D, "i64::MAX";
    ]
);

table!(
    /// Sequential across zero.
    I64SeqZero: i64 = [
        -2 => A, "-2";
        -1 => B, "-1";
        0 => C, "0";
        1 => D, "1";
        2 => E, "2";
    ]
);

table!(
    /// Dense with gaps at i64::MIN, out of order.
    I64DenseLow: i64 = [
        -9223372036854775805 => A, "i64::MIN + 3";
        -9223372036854775808 => B, "i64::MIN";
        -9223372036854775800 => C, "i64::MIN + 8";
        -9223372036854775802 => D, "i64::MIN + 6";
        -9223372036854775807 => E, "i64::MIN + 1";
    ]
);

table!(
    /// Dense with gaps at i64::MAX, out of order.
    I64DenseHigh: i64 = [
        9223372036854775807 => A, "i64::MAX";
        9223372036854775800 => B, "i64::MAX - 7";
        9223372036854775803 => C, "i64::MAX - 4";
        9223372036854775805 => D, "i64::MAX - 2";
    ]
);

table!(
    /// Sequential up to u64::MAX.
    U64SeqHigh: u64 = [
        18446744073709551612 => A, "u64::MAX - 3";
        18446744073709551613 => B, "u64::MAX - 2";
        18446744073709551614 => C, "u64::MAX - 1";
        18446744073709551615 => D, "u64::MAX";
    ]
);

table!(
    /// Sequential across 2^63 (where i64 would wrap).
    U64SeqMiddle: u64 = [
        9223372036854775806 => A, "2^63 - 2";
        9223372036854775807 => B, "2^63 - 1";
        9223372036854775808 => C, "2^63";
        9223372036854775809 => D, "2^63 + 1";
    ]
);

table!(
    /// Dense with gaps at u64::MAX, out of order.
    U64DenseHigh: u64 = [
        18446744073709551615 => A, "u64::MAX";
        18446744073709551609 => B, "u64::MAX - 6";
        18446744073709551612 => C, "u64::MAX - 3";
        18446744073709551610 => D, "u64::MAX - 5";
    ]
);

table!(
    /// Dense with gaps from 0, out of order.
    U64DenseLow: u64 = [
        3 => A, "3";
        0 => B, "0";
        5 => C, "5";
        1 => D, "1";
    ]
);

table!(
    /// Sequential up to u32::MAX.
    U32SeqHigh: u32 = [
        4294967293 => A, "u32::MAX - 2";
        4294967294 => B, "u32::MAX - 1";
        4294967295 => C, "u32::MAX";
    ]
);

table!(
    /// Dense at u16::MAX.
    U16DenseHigh: u16 = [
        65535 => A, "u16::MAX";
        65532 => B, "u16::MAX - 3";
        65533 => C, "u16::MAX - 2";
    ]
);

table!(
    /// Sequential from i16::MIN.
    I16SeqLow: i16 = [
        -32768 => A, "i16::MIN";
        -32767 => B, "i16::MIN + 1";
        -32766 => C, "i16::MIN + 2";
    ]
);

table!(
    /// Dense across zero in i32.
    I32DenseZero: i32 = [
        2 => A, "2";
        -2 => B, "-2";
        0 => C, "0";
        -3 => D, "-3";
        1 => E, "1";
    ]
);

table!(
    /// One row at i8::MIN.
    I8One: i8 = [
        -128 => ONLY, "the only row";
    ]
);

table!(
    /// One row at u64::MAX.
    U64One: u64 = [
        18446744073709551615 => ONLY, "the only row";
    ]
);

codetable::define_codes! {
    /// No `#[repr]`: the codes are i32.
    pub enum DefaultRepr {
        -1 => MINUS_ONE, "minus one",
        2147483647 => MAX, "i32::MAX",
        -2147483648 => MIN, "i32::MIN",
    }
}

macro_rules! check {
    ($table:ident, $($miss:expr),* $(,)?) => {
        check_table::<$table>($table::EXPECTED, $table::cast, &[$($miss),*])
    };
}

#[test]
fn i8_extremes() {
    check!(I8Extremes, -2, 2, 100, -100);
    assert_eq!(sweep::<I8Extremes>(I8Extremes::EXPECTED, -128..=127), 8);
    assert_eq!(I8Extremes::Min.code(), i8::MIN);
    assert_eq!(I8Extremes::Max.code(), i8::MAX);
    assert_eq!(I8Extremes::from_code(-128), Some(I8Extremes::Min));
    assert_eq!(I8Extremes::Min as i8, -128);
    assert_eq!(I8Extremes::MinusOne.to_string(), "-1: minus one");
}

#[test]
fn i16_extremes() {
    check!(I16Extremes, 1, -2, 10000, -10000);
    assert_eq!(
        sweep::<I16Extremes>(I16Extremes::EXPECTED, -32768..=32767),
        9
    );
    assert_eq!(I16Extremes::Min.code(), i16::MIN);
    assert_eq!(I16Extremes::Max.code(), i16::MAX);
}

#[test]
fn i32_extremes() {
    check!(I32Extremes, 1, -2, 65535, -65535, 32768);
    assert_eq!(
        sweep::<I32Extremes>(I32Extremes::EXPECTED, -70_000..=70_000),
        5
    );
    assert_eq!(I32Extremes::Min.code(), i32::MIN);
    assert_eq!(I32Extremes::Max.code(), i32::MAX);
    assert_eq!(I32Extremes::from_code(i32::MIN), Some(I32Extremes::Min));
}

#[test]
fn i64_extremes() {
    check!(
        I64Extremes,
        2,
        -2,
        i64::from(i32::MIN),
        i64::from(i32::MAX),
        i64::from(u32::MAX) + 2,
        i64::MIN / 2 + 1,
        i64::MAX / 2,
    );
    assert_eq!(I64Extremes::Min.code(), i64::MIN);
    assert_eq!(I64Extremes::Max.code(), i64::MAX);
    assert_eq!(I64Extremes::Min as i64, i64::MIN);
    assert_eq!(I64Extremes::from_code(i64::MIN), Some(I64Extremes::Min));
    assert_eq!(I64Extremes::from_code(i64::MAX), Some(I64Extremes::Max));
    assert_eq!(I64Extremes::from_code(1 << 32), Some(I64Extremes::Two32));
    assert_eq!(
        I64Extremes::from_code(-(1 << 32)),
        Some(I64Extremes::Minus232)
    );
    assert_eq!(
        I64Extremes::from_code(u32::MAX.into()),
        Some(I64Extremes::U32Max)
    );
    assert_eq!(
        I64Extremes::Min.to_string(),
        "-9223372036854775808: i64::MIN"
    );
    assert_eq!(
        I64Extremes::Max.to_string(),
        "9223372036854775807: i64::MAX"
    );
    assert_eq!(
        I64Extremes::Min.cmp(&I64Extremes::Max),
        std::cmp::Ordering::Less
    );
    assert_eq!(I64Extremes::ALL.iter().min(), Some(&I64Extremes::Min));
    assert_eq!(I64Extremes::ALL.iter().max(), Some(&I64Extremes::Max));
    // Codes that agree with a row in their low 32 bits only.
    for code in [1i64 << 33, (1 << 32) + 1, -(1 << 32) - 1, (1 << 40) - 1] {
        assert_eq!(I64Extremes::from_code(code), None, "{code}");
    }
}

#[test]
fn u8_extremes() {
    check!(U8Extremes, 2, 100, 200);
    assert_eq!(sweep::<U8Extremes>(U8Extremes::EXPECTED, 0..=255), 6);
    assert_eq!(U8Extremes::Max.code(), u8::MAX);
    assert_eq!(U8Extremes::Zero.code(), 0);
    assert_eq!(U8Extremes::from_code(255), Some(U8Extremes::Max));
    assert_eq!(U8Extremes::HighBit as u8, 128);
    assert!(U8Extremes::HighBit > U8Extremes::I8Max);
}

#[test]
fn u16_extremes() {
    check!(U16Extremes, 2, 255, 40000);
    assert_eq!(sweep::<U16Extremes>(U16Extremes::EXPECTED, 0..=65535), 6);
    assert_eq!(U16Extremes::Max.code(), u16::MAX);
    assert!(U16Extremes::HighBit > U16Extremes::I16Max);
}

#[test]
fn u32_extremes() {
    check!(U32Extremes, 2, 65535, 3_000_000_000);
    assert_eq!(U32Extremes::Max.code(), u32::MAX);
    assert_eq!(U32Extremes::from_code(u32::MAX), Some(U32Extremes::Max));
    assert_eq!(U32Extremes::from_code(1 << 31), Some(U32Extremes::HighBit));
    assert!(U32Extremes::HighBit > U32Extremes::I32Max);
    assert!(U32Extremes::Max > U32Extremes::HighBit);
    assert_eq!(U32Extremes::Max.to_string(), "4294967295: u32::MAX");
}

#[test]
fn u64_extremes() {
    check!(
        U64Extremes,
        2,
        u64::from(u32::MAX),
        1 << 63 | 1,
        u64::MAX / 2 - 1
    );
    assert_eq!(U64Extremes::Max.code(), u64::MAX);
    assert_eq!(U64Extremes::Max as u64, u64::MAX);
    assert_eq!(U64Extremes::from_code(u64::MAX), Some(U64Extremes::Max));
    assert_eq!(U64Extremes::from_code(1 << 63), Some(U64Extremes::HighBit));
    assert_eq!(
        U64Extremes::Max.to_string(),
        "18446744073709551615: u64::MAX, which is -1 as i64"
    );
    // Ordered as u64, not as i64: 2^63 and u64::MAX sort last.
    let mut sorted = U64Extremes::ALL.to_vec();
    sorted.sort();
    assert_eq!(
        sorted.iter().map(|c| c.code()).collect::<Vec<_>>(),
        [
            0,
            1,
            1 << 32,
            (1 << 63) - 1,
            1 << 63,
            u64::MAX - 1,
            u64::MAX
        ]
    );
}

#[test]
fn runs_at_the_ends_of_the_types() {
    check!(I64SeqLow, i64::MAX, -1, i64::MIN + 10);
    check!(I64SeqHigh, i64::MIN, -1, i64::MAX - 10);
    check!(I64SeqZero, i64::MIN, i64::MAX, -3, 3);
    check!(
        I64DenseLow,
        i64::MIN + 2,
        i64::MIN + 4,
        i64::MIN + 5,
        i64::MIN + 7,
        i64::MAX
    );
    check!(
        I64DenseHigh,
        i64::MAX - 1,
        i64::MAX - 3,
        i64::MAX - 5,
        i64::MAX - 6,
        i64::MIN
    );
    check!(U64SeqHigh, 0, u64::MAX - 4, u64::MAX - 10);
    check!(U64SeqMiddle, 0, u64::MAX, 1 << 62);
    check!(
        U64DenseHigh,
        u64::MAX - 1,
        u64::MAX - 2,
        u64::MAX - 4,
        u64::MAX - 7,
        0
    );
    check!(U64DenseLow, 2, 4, 6, 7, u64::MAX);
    check!(U32SeqHigh, 0, u32::MAX - 3);
    check!(U16DenseHigh, 0, 65534, 65531);
    check!(I16SeqLow, 0, i16::MAX, -32765);
    check!(I32DenseZero, -1, 3, -4, i32::MIN, i32::MAX);
    check!(I8One, -127, 127, 0);
    check!(U64One, 0, u64::MAX - 1);
    assert_eq!(sweep::<I16SeqLow>(I16SeqLow::EXPECTED, -32768..=32767), 3);
    assert_eq!(sweep::<U16DenseHigh>(U16DenseHigh::EXPECTED, 0..=65535), 3);
    assert_eq!(sweep::<I32DenseZero>(I32DenseZero::EXPECTED, -100..=100), 5);
    assert_eq!(sweep::<I8One>(I8One::EXPECTED, -128..=127), 1);
    // Values that wrap onto a row when widened or narrowed the wrong way.
    assert_eq!(U64SeqHigh::from_code(u64::MAX), Some(U64SeqHigh::D));
    assert_eq!(U64SeqHigh::from_code(3), None);
    assert_eq!(I64SeqLow::from_code(i64::MIN), Some(I64SeqLow::A));
    assert_eq!(I64SeqHigh::from_code(i64::MAX), Some(I64SeqHigh::D));
    assert_eq!(U64SeqMiddle::from_code(1 << 63), Some(U64SeqMiddle::C));
    assert_eq!(U64DenseHigh::from_code(u64::MAX), Some(U64DenseHigh::A));
}

#[test]
fn default_repr_is_i32() {
    let code: i32 = DefaultRepr::MinusOne.code();
    assert_eq!(code, -1);
    let err: UnknownCode<i32> = DefaultRepr::try_from(0).unwrap_err();
    assert_eq!(err.code(), 0);
    assert_eq!(size_of::<DefaultRepr>(), 4);
    assert_eq!(
        <DefaultRepr as Code>::from_code(i32::MIN),
        Some(DefaultRepr::Min)
    );
    assert_eq!(DefaultRepr::from_code(i32::MAX), Some(DefaultRepr::Max));
    assert_eq!(DefaultRepr::Max as i32, i32::MAX);
}

#[test]
fn enum_sizes_and_repr_types() {
    assert_eq!(size_of::<I8Extremes>(), 1);
    assert_eq!(size_of::<I16Extremes>(), 2);
    assert_eq!(size_of::<I32Extremes>(), 4);
    assert_eq!(size_of::<I64Extremes>(), 8);
    assert_eq!(size_of::<U8Extremes>(), 1);
    assert_eq!(size_of::<U16Extremes>(), 2);
    assert_eq!(size_of::<U32Extremes>(), 4);
    assert_eq!(size_of::<U64Extremes>(), 8);
    assert_eq!(size_of::<U8Full>(), 1);
    assert_eq!(size_of::<I8Full>(), 1);
    // The code type of each table, by the types its API takes and gives.
    let _: i8 = I8Extremes::Max.code();
    let _: i16 = I16Extremes::Max.into();
    let _: u8 = U8Extremes::Max.code();
    let _: u16 = U16Extremes::Max.into();
    let _: u32 = <U32Extremes as Code>::code(U32Extremes::Max);
    let _: u64 = U64Extremes::Max.code();
    let _: Option<I8Extremes> = I8Extremes::from_code(-128i8);
    let err: UnknownCode<u8> = U8Extremes::try_from(3u8).unwrap_err();
    assert_eq!((err.code(), err.table()), (3, "U8Extremes"));
    let err: UnknownCode<i64> = I64Extremes::try_from(i64::MIN + 5).unwrap_err();
    assert_eq!(err.code(), i64::MIN + 5);
    assert_eq!(
        err.to_string(),
        "-9223372036854775803 is not a I64Extremes code"
    );
    let err: UnknownCode<u64> = U64Extremes::try_from(u64::MAX - 2).unwrap_err();
    assert_eq!(
        err.to_string(),
        "18446744073709551613 is not a U64Extremes code"
    );
    // Literals infer the table's code type.
    assert_eq!(U8Extremes::try_from(255), Ok(U8Extremes::Max));
    assert_eq!(
        I64Extremes::try_from(-9223372036854775808),
        Ok(I64Extremes::Min)
    );
    assert_eq!(
        U64Extremes::try_from(18446744073709551615),
        Ok(U64Extremes::Max)
    );
}

// const evaluation at the extremes.
const I64_MIN: Option<I64Extremes> = I64Extremes::from_code(i64::MIN);
const U64_MAX_NAME: &str = U64Extremes::Max.name();
const U8_FULL_LAST: Option<U8Full> = U8Full::from_code(255);
const I8_FULL_FIRST: &str = I8Full::ALL[0].name();

#[test]
fn const_lookups_at_the_extremes() {
    assert_eq!(I64_MIN, Some(I64Extremes::Min));
    assert_eq!(U64_MAX_NAME, "MAX");
    assert_eq!(U8_FULL_LAST.map(U8Full::code), Some(255));
    assert_eq!(I8_FULL_FIRST, "I8_M128");
}

// ---------------------------------------------------------------------------------------------
// Every value of u8 and of i8 is a row.

#[test]
fn u8_every_value() {
    check!(U8Full,);
    assert_eq!(U8Full::COUNT, 256);
    assert_eq!(sweep::<U8Full>(U8Full::EXPECTED, 0..=255), 256);
    for (i, c) in checked_rows(U8Full::ALL) {
        assert_eq!(c.code(), i as u8);
        assert_eq!(c.name(), format!("U8_{i}"));
        assert_eq!(c.message(), format!("u8 code {i}"));
        assert_eq!(U8Full::from_code(i as u8), Some(*c));
    }
    assert_eq!(U8Full::ALL.first().map(|c| c.code()), Some(0));
    assert_eq!(U8Full::ALL.last().map(|c| c.code()), Some(255));
    for value in 0..=u8::MAX {
        let err = U8Full::try_from(value);
        assert!(err.is_ok(), "{value}");
    }
}

#[test]
fn i8_every_value() {
    check!(I8Full,);
    assert_eq!(I8Full::COUNT, 256);
    assert_eq!(sweep::<I8Full>(I8Full::EXPECTED, -128..=127), 256);
    for (i, c) in checked_rows(I8Full::ALL) {
        let code = i as i16 - 128;
        assert_eq!(i16::from(c.code()), code);
        let name = if code < 0 {
            format!("I8_M{}", -code)
        } else {
            format!("I8_{code}")
        };
        assert_eq!(c.name(), name);
        assert_eq!(c.message(), format!("i8 code {code}"));
    }
}

#[test]
fn u8_every_value_descending() {
    check!(U8FullDescending,);
    assert_eq!(
        sweep::<U8FullDescending>(U8FullDescending::EXPECTED, 0..=255),
        256
    );
    for (i, c) in checked_rows(U8FullDescending::ALL) {
        assert_eq!(c.code(), 255 - i as u8);
    }
}

// ---------------------------------------------------------------------------------------------
// The full tables, written out.

table!(
    /// Every u8, in order: sequential.
    U8Full: u8 = [
        0 => U8_0, "u8 code 0";
        1 => U8_1, "u8 code 1";
        2 => U8_2, "u8 code 2";
        3 => U8_3, "u8 code 3";
        4 => U8_4, "u8 code 4";
        5 => U8_5, "u8 code 5";
        6 => U8_6, "u8 code 6";
        7 => U8_7, "u8 code 7";
        8 => U8_8, "u8 code 8";
        9 => U8_9, "u8 code 9";
        10 => U8_10, "u8 code 10";
        11 => U8_11, "u8 code 11";
        12 => U8_12, "u8 code 12";
        13 => U8_13, "u8 code 13";
        14 => U8_14, "u8 code 14";
        15 => U8_15, "u8 code 15";
        16 => U8_16, "u8 code 16";
        17 => U8_17, "u8 code 17";
        18 => U8_18, "u8 code 18";
        19 => U8_19, "u8 code 19";
        20 => U8_20, "u8 code 20";
        21 => U8_21, "u8 code 21";
        22 => U8_22, "u8 code 22";
        23 => U8_23, "u8 code 23";
        24 => U8_24, "u8 code 24";
        25 => U8_25, "u8 code 25";
        26 => U8_26, "u8 code 26";
        27 => U8_27, "u8 code 27";
        28 => U8_28, "u8 code 28";
        29 => U8_29, "u8 code 29";
        30 => U8_30, "u8 code 30";
        31 => U8_31, "u8 code 31";
        32 => U8_32, "u8 code 32";
        33 => U8_33, "u8 code 33";
        34 => U8_34, "u8 code 34";
        35 => U8_35, "u8 code 35";
        36 => U8_36, "u8 code 36";
        37 => U8_37, "u8 code 37";
        38 => U8_38, "u8 code 38";
        39 => U8_39, "u8 code 39";
        40 => U8_40, "u8 code 40";
        41 => U8_41, "u8 code 41";
        42 => U8_42, "u8 code 42";
        43 => U8_43, "u8 code 43";
        44 => U8_44, "u8 code 44";
        45 => U8_45, "u8 code 45";
        46 => U8_46, "u8 code 46";
        47 => U8_47, "u8 code 47";
        48 => U8_48, "u8 code 48";
        49 => U8_49, "u8 code 49";
        50 => U8_50, "u8 code 50";
        51 => U8_51, "u8 code 51";
        52 => U8_52, "u8 code 52";
        53 => U8_53, "u8 code 53";
        54 => U8_54, "u8 code 54";
        55 => U8_55, "u8 code 55";
        56 => U8_56, "u8 code 56";
        57 => U8_57, "u8 code 57";
        58 => U8_58, "u8 code 58";
        59 => U8_59, "u8 code 59";
        60 => U8_60, "u8 code 60";
        61 => U8_61, "u8 code 61";
        62 => U8_62, "u8 code 62";
        63 => U8_63, "u8 code 63";
        64 => U8_64, "u8 code 64";
        65 => U8_65, "u8 code 65";
        66 => U8_66, "u8 code 66";
        67 => U8_67, "u8 code 67";
        68 => U8_68, "u8 code 68";
        69 => U8_69, "u8 code 69";
        70 => U8_70, "u8 code 70";
        71 => U8_71, "u8 code 71";
        72 => U8_72, "u8 code 72";
        73 => U8_73, "u8 code 73";
        74 => U8_74, "u8 code 74";
        75 => U8_75, "u8 code 75";
        76 => U8_76, "u8 code 76";
        77 => U8_77, "u8 code 77";
        78 => U8_78, "u8 code 78";
        79 => U8_79, "u8 code 79";
        80 => U8_80, "u8 code 80";
        81 => U8_81, "u8 code 81";
        82 => U8_82, "u8 code 82";
        83 => U8_83, "u8 code 83";
        84 => U8_84, "u8 code 84";
        85 => U8_85, "u8 code 85";
        86 => U8_86, "u8 code 86";
        87 => U8_87, "u8 code 87";
        88 => U8_88, "u8 code 88";
        89 => U8_89, "u8 code 89";
        90 => U8_90, "u8 code 90";
        91 => U8_91, "u8 code 91";
        92 => U8_92, "u8 code 92";
        93 => U8_93, "u8 code 93";
        94 => U8_94, "u8 code 94";
        95 => U8_95, "u8 code 95";
        96 => U8_96, "u8 code 96";
        97 => U8_97, "u8 code 97";
        98 => U8_98, "u8 code 98";
        99 => U8_99, "u8 code 99";
        100 => U8_100, "u8 code 100";
        101 => U8_101, "u8 code 101";
        102 => U8_102, "u8 code 102";
        103 => U8_103, "u8 code 103";
        104 => U8_104, "u8 code 104";
        105 => U8_105, "u8 code 105";
        106 => U8_106, "u8 code 106";
        107 => U8_107, "u8 code 107";
        108 => U8_108, "u8 code 108";
        109 => U8_109, "u8 code 109";
        110 => U8_110, "u8 code 110";
        111 => U8_111, "u8 code 111";
        112 => U8_112, "u8 code 112";
        113 => U8_113, "u8 code 113";
        114 => U8_114, "u8 code 114";
        115 => U8_115, "u8 code 115";
        116 => U8_116, "u8 code 116";
        117 => U8_117, "u8 code 117";
        118 => U8_118, "u8 code 118";
        119 => U8_119, "u8 code 119";
        120 => U8_120, "u8 code 120";
        121 => U8_121, "u8 code 121";
        122 => U8_122, "u8 code 122";
        123 => U8_123, "u8 code 123";
        124 => U8_124, "u8 code 124";
        125 => U8_125, "u8 code 125";
        126 => U8_126, "u8 code 126";
        127 => U8_127, "u8 code 127";
        128 => U8_128, "u8 code 128";
        129 => U8_129, "u8 code 129";
        130 => U8_130, "u8 code 130";
        131 => U8_131, "u8 code 131";
        132 => U8_132, "u8 code 132";
        133 => U8_133, "u8 code 133";
        134 => U8_134, "u8 code 134";
        135 => U8_135, "u8 code 135";
        136 => U8_136, "u8 code 136";
        137 => U8_137, "u8 code 137";
        138 => U8_138, "u8 code 138";
        139 => U8_139, "u8 code 139";
        140 => U8_140, "u8 code 140";
        141 => U8_141, "u8 code 141";
        142 => U8_142, "u8 code 142";
        143 => U8_143, "u8 code 143";
        144 => U8_144, "u8 code 144";
        145 => U8_145, "u8 code 145";
        146 => U8_146, "u8 code 146";
        147 => U8_147, "u8 code 147";
        148 => U8_148, "u8 code 148";
        149 => U8_149, "u8 code 149";
        150 => U8_150, "u8 code 150";
        151 => U8_151, "u8 code 151";
        152 => U8_152, "u8 code 152";
        153 => U8_153, "u8 code 153";
        154 => U8_154, "u8 code 154";
        155 => U8_155, "u8 code 155";
        156 => U8_156, "u8 code 156";
        157 => U8_157, "u8 code 157";
        158 => U8_158, "u8 code 158";
        159 => U8_159, "u8 code 159";
        160 => U8_160, "u8 code 160";
        161 => U8_161, "u8 code 161";
        162 => U8_162, "u8 code 162";
        163 => U8_163, "u8 code 163";
        164 => U8_164, "u8 code 164";
        165 => U8_165, "u8 code 165";
        166 => U8_166, "u8 code 166";
        167 => U8_167, "u8 code 167";
        168 => U8_168, "u8 code 168";
        169 => U8_169, "u8 code 169";
        170 => U8_170, "u8 code 170";
        171 => U8_171, "u8 code 171";
        172 => U8_172, "u8 code 172";
        173 => U8_173, "u8 code 173";
        174 => U8_174, "u8 code 174";
        175 => U8_175, "u8 code 175";
        176 => U8_176, "u8 code 176";
        177 => U8_177, "u8 code 177";
        178 => U8_178, "u8 code 178";
        179 => U8_179, "u8 code 179";
        180 => U8_180, "u8 code 180";
        181 => U8_181, "u8 code 181";
        182 => U8_182, "u8 code 182";
        183 => U8_183, "u8 code 183";
        184 => U8_184, "u8 code 184";
        185 => U8_185, "u8 code 185";
        186 => U8_186, "u8 code 186";
        187 => U8_187, "u8 code 187";
        188 => U8_188, "u8 code 188";
        189 => U8_189, "u8 code 189";
        190 => U8_190, "u8 code 190";
        191 => U8_191, "u8 code 191";
        192 => U8_192, "u8 code 192";
        193 => U8_193, "u8 code 193";
        194 => U8_194, "u8 code 194";
        195 => U8_195, "u8 code 195";
        196 => U8_196, "u8 code 196";
        197 => U8_197, "u8 code 197";
        198 => U8_198, "u8 code 198";
        199 => U8_199, "u8 code 199";
        200 => U8_200, "u8 code 200";
        201 => U8_201, "u8 code 201";
        202 => U8_202, "u8 code 202";
        203 => U8_203, "u8 code 203";
        204 => U8_204, "u8 code 204";
        205 => U8_205, "u8 code 205";
        206 => U8_206, "u8 code 206";
        207 => U8_207, "u8 code 207";
        208 => U8_208, "u8 code 208";
        209 => U8_209, "u8 code 209";
        210 => U8_210, "u8 code 210";
        211 => U8_211, "u8 code 211";
        212 => U8_212, "u8 code 212";
        213 => U8_213, "u8 code 213";
        214 => U8_214, "u8 code 214";
        215 => U8_215, "u8 code 215";
        216 => U8_216, "u8 code 216";
        217 => U8_217, "u8 code 217";
        218 => U8_218, "u8 code 218";
        219 => U8_219, "u8 code 219";
        220 => U8_220, "u8 code 220";
        221 => U8_221, "u8 code 221";
        222 => U8_222, "u8 code 222";
        223 => U8_223, "u8 code 223";
        224 => U8_224, "u8 code 224";
        225 => U8_225, "u8 code 225";
        226 => U8_226, "u8 code 226";
        227 => U8_227, "u8 code 227";
        228 => U8_228, "u8 code 228";
        229 => U8_229, "u8 code 229";
        230 => U8_230, "u8 code 230";
        231 => U8_231, "u8 code 231";
        232 => U8_232, "u8 code 232";
        233 => U8_233, "u8 code 233";
        234 => U8_234, "u8 code 234";
        235 => U8_235, "u8 code 235";
        236 => U8_236, "u8 code 236";
        237 => U8_237, "u8 code 237";
        238 => U8_238, "u8 code 238";
        239 => U8_239, "u8 code 239";
        240 => U8_240, "u8 code 240";
        241 => U8_241, "u8 code 241";
        242 => U8_242, "u8 code 242";
        243 => U8_243, "u8 code 243";
        244 => U8_244, "u8 code 244";
        245 => U8_245, "u8 code 245";
        246 => U8_246, "u8 code 246";
        247 => U8_247, "u8 code 247";
        248 => U8_248, "u8 code 248";
        249 => U8_249, "u8 code 249";
        250 => U8_250, "u8 code 250";
        251 => U8_251, "u8 code 251";
        252 => U8_252, "u8 code 252";
        253 => U8_253, "u8 code 253";
        254 => U8_254, "u8 code 254";
        255 => U8_255, "u8 code 255";
    ]
);

table!(
    /// Every i8, in order: sequential from i8::MIN.
    I8Full: i8 = [
        -128 => I8_M128, "i8 code -128";
        -127 => I8_M127, "i8 code -127";
        -126 => I8_M126, "i8 code -126";
        -125 => I8_M125, "i8 code -125";
        -124 => I8_M124, "i8 code -124";
        -123 => I8_M123, "i8 code -123";
        -122 => I8_M122, "i8 code -122";
        -121 => I8_M121, "i8 code -121";
        -120 => I8_M120, "i8 code -120";
        -119 => I8_M119, "i8 code -119";
        -118 => I8_M118, "i8 code -118";
        -117 => I8_M117, "i8 code -117";
        -116 => I8_M116, "i8 code -116";
        -115 => I8_M115, "i8 code -115";
        -114 => I8_M114, "i8 code -114";
        -113 => I8_M113, "i8 code -113";
        -112 => I8_M112, "i8 code -112";
        -111 => I8_M111, "i8 code -111";
        -110 => I8_M110, "i8 code -110";
        -109 => I8_M109, "i8 code -109";
        -108 => I8_M108, "i8 code -108";
        -107 => I8_M107, "i8 code -107";
        -106 => I8_M106, "i8 code -106";
        -105 => I8_M105, "i8 code -105";
        -104 => I8_M104, "i8 code -104";
        -103 => I8_M103, "i8 code -103";
        -102 => I8_M102, "i8 code -102";
        -101 => I8_M101, "i8 code -101";
        -100 => I8_M100, "i8 code -100";
        -99 => I8_M99, "i8 code -99";
        -98 => I8_M98, "i8 code -98";
        -97 => I8_M97, "i8 code -97";
        -96 => I8_M96, "i8 code -96";
        -95 => I8_M95, "i8 code -95";
        -94 => I8_M94, "i8 code -94";
        -93 => I8_M93, "i8 code -93";
        -92 => I8_M92, "i8 code -92";
        -91 => I8_M91, "i8 code -91";
        -90 => I8_M90, "i8 code -90";
        -89 => I8_M89, "i8 code -89";
        -88 => I8_M88, "i8 code -88";
        -87 => I8_M87, "i8 code -87";
        -86 => I8_M86, "i8 code -86";
        -85 => I8_M85, "i8 code -85";
        -84 => I8_M84, "i8 code -84";
        -83 => I8_M83, "i8 code -83";
        -82 => I8_M82, "i8 code -82";
        -81 => I8_M81, "i8 code -81";
        -80 => I8_M80, "i8 code -80";
        -79 => I8_M79, "i8 code -79";
        -78 => I8_M78, "i8 code -78";
        -77 => I8_M77, "i8 code -77";
        -76 => I8_M76, "i8 code -76";
        -75 => I8_M75, "i8 code -75";
        -74 => I8_M74, "i8 code -74";
        -73 => I8_M73, "i8 code -73";
        -72 => I8_M72, "i8 code -72";
        -71 => I8_M71, "i8 code -71";
        -70 => I8_M70, "i8 code -70";
        -69 => I8_M69, "i8 code -69";
        -68 => I8_M68, "i8 code -68";
        -67 => I8_M67, "i8 code -67";
        -66 => I8_M66, "i8 code -66";
        -65 => I8_M65, "i8 code -65";
        -64 => I8_M64, "i8 code -64";
        -63 => I8_M63, "i8 code -63";
        -62 => I8_M62, "i8 code -62";
        -61 => I8_M61, "i8 code -61";
        -60 => I8_M60, "i8 code -60";
        -59 => I8_M59, "i8 code -59";
        -58 => I8_M58, "i8 code -58";
        -57 => I8_M57, "i8 code -57";
        -56 => I8_M56, "i8 code -56";
        -55 => I8_M55, "i8 code -55";
        -54 => I8_M54, "i8 code -54";
        -53 => I8_M53, "i8 code -53";
        -52 => I8_M52, "i8 code -52";
        -51 => I8_M51, "i8 code -51";
        -50 => I8_M50, "i8 code -50";
        -49 => I8_M49, "i8 code -49";
        -48 => I8_M48, "i8 code -48";
        -47 => I8_M47, "i8 code -47";
        -46 => I8_M46, "i8 code -46";
        -45 => I8_M45, "i8 code -45";
        -44 => I8_M44, "i8 code -44";
        -43 => I8_M43, "i8 code -43";
        -42 => I8_M42, "i8 code -42";
        -41 => I8_M41, "i8 code -41";
        -40 => I8_M40, "i8 code -40";
        -39 => I8_M39, "i8 code -39";
        -38 => I8_M38, "i8 code -38";
        -37 => I8_M37, "i8 code -37";
        -36 => I8_M36, "i8 code -36";
        -35 => I8_M35, "i8 code -35";
        -34 => I8_M34, "i8 code -34";
        -33 => I8_M33, "i8 code -33";
        -32 => I8_M32, "i8 code -32";
        -31 => I8_M31, "i8 code -31";
        -30 => I8_M30, "i8 code -30";
        -29 => I8_M29, "i8 code -29";
        -28 => I8_M28, "i8 code -28";
        -27 => I8_M27, "i8 code -27";
        -26 => I8_M26, "i8 code -26";
        -25 => I8_M25, "i8 code -25";
        -24 => I8_M24, "i8 code -24";
        -23 => I8_M23, "i8 code -23";
        -22 => I8_M22, "i8 code -22";
        -21 => I8_M21, "i8 code -21";
        -20 => I8_M20, "i8 code -20";
        -19 => I8_M19, "i8 code -19";
        -18 => I8_M18, "i8 code -18";
        -17 => I8_M17, "i8 code -17";
        -16 => I8_M16, "i8 code -16";
        -15 => I8_M15, "i8 code -15";
        -14 => I8_M14, "i8 code -14";
        -13 => I8_M13, "i8 code -13";
        -12 => I8_M12, "i8 code -12";
        -11 => I8_M11, "i8 code -11";
        -10 => I8_M10, "i8 code -10";
        -9 => I8_M9, "i8 code -9";
        -8 => I8_M8, "i8 code -8";
        -7 => I8_M7, "i8 code -7";
        -6 => I8_M6, "i8 code -6";
        -5 => I8_M5, "i8 code -5";
        -4 => I8_M4, "i8 code -4";
        -3 => I8_M3, "i8 code -3";
        -2 => I8_M2, "i8 code -2";
        -1 => I8_M1, "i8 code -1";
        0 => I8_0, "i8 code 0";
        1 => I8_1, "i8 code 1";
        2 => I8_2, "i8 code 2";
        3 => I8_3, "i8 code 3";
        4 => I8_4, "i8 code 4";
        5 => I8_5, "i8 code 5";
        6 => I8_6, "i8 code 6";
        7 => I8_7, "i8 code 7";
        8 => I8_8, "i8 code 8";
        9 => I8_9, "i8 code 9";
        10 => I8_10, "i8 code 10";
        11 => I8_11, "i8 code 11";
        12 => I8_12, "i8 code 12";
        13 => I8_13, "i8 code 13";
        14 => I8_14, "i8 code 14";
        15 => I8_15, "i8 code 15";
        16 => I8_16, "i8 code 16";
        17 => I8_17, "i8 code 17";
        18 => I8_18, "i8 code 18";
        19 => I8_19, "i8 code 19";
        20 => I8_20, "i8 code 20";
        21 => I8_21, "i8 code 21";
        22 => I8_22, "i8 code 22";
        23 => I8_23, "i8 code 23";
        24 => I8_24, "i8 code 24";
        25 => I8_25, "i8 code 25";
        26 => I8_26, "i8 code 26";
        27 => I8_27, "i8 code 27";
        28 => I8_28, "i8 code 28";
        29 => I8_29, "i8 code 29";
        30 => I8_30, "i8 code 30";
        31 => I8_31, "i8 code 31";
        32 => I8_32, "i8 code 32";
        33 => I8_33, "i8 code 33";
        34 => I8_34, "i8 code 34";
        35 => I8_35, "i8 code 35";
        36 => I8_36, "i8 code 36";
        37 => I8_37, "i8 code 37";
        38 => I8_38, "i8 code 38";
        39 => I8_39, "i8 code 39";
        40 => I8_40, "i8 code 40";
        41 => I8_41, "i8 code 41";
        42 => I8_42, "i8 code 42";
        43 => I8_43, "i8 code 43";
        44 => I8_44, "i8 code 44";
        45 => I8_45, "i8 code 45";
        46 => I8_46, "i8 code 46";
        47 => I8_47, "i8 code 47";
        48 => I8_48, "i8 code 48";
        49 => I8_49, "i8 code 49";
        50 => I8_50, "i8 code 50";
        51 => I8_51, "i8 code 51";
        52 => I8_52, "i8 code 52";
        53 => I8_53, "i8 code 53";
        54 => I8_54, "i8 code 54";
        55 => I8_55, "i8 code 55";
        56 => I8_56, "i8 code 56";
        57 => I8_57, "i8 code 57";
        58 => I8_58, "i8 code 58";
        59 => I8_59, "i8 code 59";
        60 => I8_60, "i8 code 60";
        61 => I8_61, "i8 code 61";
        62 => I8_62, "i8 code 62";
        63 => I8_63, "i8 code 63";
        64 => I8_64, "i8 code 64";
        65 => I8_65, "i8 code 65";
        66 => I8_66, "i8 code 66";
        67 => I8_67, "i8 code 67";
        68 => I8_68, "i8 code 68";
        69 => I8_69, "i8 code 69";
        70 => I8_70, "i8 code 70";
        71 => I8_71, "i8 code 71";
        72 => I8_72, "i8 code 72";
        73 => I8_73, "i8 code 73";
        74 => I8_74, "i8 code 74";
        75 => I8_75, "i8 code 75";
        76 => I8_76, "i8 code 76";
        77 => I8_77, "i8 code 77";
        78 => I8_78, "i8 code 78";
        79 => I8_79, "i8 code 79";
        80 => I8_80, "i8 code 80";
        81 => I8_81, "i8 code 81";
        82 => I8_82, "i8 code 82";
        83 => I8_83, "i8 code 83";
        84 => I8_84, "i8 code 84";
        85 => I8_85, "i8 code 85";
        86 => I8_86, "i8 code 86";
        87 => I8_87, "i8 code 87";
        88 => I8_88, "i8 code 88";
        89 => I8_89, "i8 code 89";
        90 => I8_90, "i8 code 90";
        91 => I8_91, "i8 code 91";
        92 => I8_92, "i8 code 92";
        93 => I8_93, "i8 code 93";
        94 => I8_94, "i8 code 94";
        95 => I8_95, "i8 code 95";
        96 => I8_96, "i8 code 96";
        97 => I8_97, "i8 code 97";
        98 => I8_98, "i8 code 98";
        99 => I8_99, "i8 code 99";
        100 => I8_100, "i8 code 100";
        101 => I8_101, "i8 code 101";
        102 => I8_102, "i8 code 102";
        103 => I8_103, "i8 code 103";
        104 => I8_104, "i8 code 104";
        105 => I8_105, "i8 code 105";
        106 => I8_106, "i8 code 106";
        107 => I8_107, "i8 code 107";
        108 => I8_108, "i8 code 108";
        109 => I8_109, "i8 code 109";
        110 => I8_110, "i8 code 110";
        111 => I8_111, "i8 code 111";
        112 => I8_112, "i8 code 112";
        113 => I8_113, "i8 code 113";
        114 => I8_114, "i8 code 114";
        115 => I8_115, "i8 code 115";
        116 => I8_116, "i8 code 116";
        117 => I8_117, "i8 code 117";
        118 => I8_118, "i8 code 118";
        119 => I8_119, "i8 code 119";
        120 => I8_120, "i8 code 120";
        121 => I8_121, "i8 code 121";
        122 => I8_122, "i8 code 122";
        123 => I8_123, "i8 code 123";
        124 => I8_124, "i8 code 124";
        125 => I8_125, "i8 code 125";
        126 => I8_126, "i8 code 126";
        127 => I8_127, "i8 code 127";
    ]
);

table!(
    /// Every u8, from 255 down: dense.
    U8FullDescending: u8 = [
        255 => D255, "descending 255";
        254 => D254, "descending 254";
        253 => D253, "descending 253";
        252 => D252, "descending 252";
        251 => D251, "descending 251";
        250 => D250, "descending 250";
        249 => D249, "descending 249";
        248 => D248, "descending 248";
        247 => D247, "descending 247";
        246 => D246, "descending 246";
        245 => D245, "descending 245";
        244 => D244, "descending 244";
        243 => D243, "descending 243";
        242 => D242, "descending 242";
        241 => D241, "descending 241";
        240 => D240, "descending 240";
        239 => D239, "descending 239";
        238 => D238, "descending 238";
        237 => D237, "descending 237";
        236 => D236, "descending 236";
        235 => D235, "descending 235";
        234 => D234, "descending 234";
        233 => D233, "descending 233";
        232 => D232, "descending 232";
        231 => D231, "descending 231";
        230 => D230, "descending 230";
        229 => D229, "descending 229";
        228 => D228, "descending 228";
        227 => D227, "descending 227";
        226 => D226, "descending 226";
        225 => D225, "descending 225";
        224 => D224, "descending 224";
        223 => D223, "descending 223";
        222 => D222, "descending 222";
        221 => D221, "descending 221";
        220 => D220, "descending 220";
        219 => D219, "descending 219";
        218 => D218, "descending 218";
        217 => D217, "descending 217";
        216 => D216, "descending 216";
        215 => D215, "descending 215";
        214 => D214, "descending 214";
        213 => D213, "descending 213";
        212 => D212, "descending 212";
        211 => D211, "descending 211";
        210 => D210, "descending 210";
        209 => D209, "descending 209";
        208 => D208, "descending 208";
        207 => D207, "descending 207";
        206 => D206, "descending 206";
        205 => D205, "descending 205";
        204 => D204, "descending 204";
        203 => D203, "descending 203";
        202 => D202, "descending 202";
        201 => D201, "descending 201";
        200 => D200, "descending 200";
        199 => D199, "descending 199";
        198 => D198, "descending 198";
        197 => D197, "descending 197";
        196 => D196, "descending 196";
        195 => D195, "descending 195";
        194 => D194, "descending 194";
        193 => D193, "descending 193";
        192 => D192, "descending 192";
        191 => D191, "descending 191";
        190 => D190, "descending 190";
        189 => D189, "descending 189";
        188 => D188, "descending 188";
        187 => D187, "descending 187";
        186 => D186, "descending 186";
        185 => D185, "descending 185";
        184 => D184, "descending 184";
        183 => D183, "descending 183";
        182 => D182, "descending 182";
        181 => D181, "descending 181";
        180 => D180, "descending 180";
        179 => D179, "descending 179";
        178 => D178, "descending 178";
        177 => D177, "descending 177";
        176 => D176, "descending 176";
        175 => D175, "descending 175";
        174 => D174, "descending 174";
        173 => D173, "descending 173";
        172 => D172, "descending 172";
        171 => D171, "descending 171";
        170 => D170, "descending 170";
        169 => D169, "descending 169";
        168 => D168, "descending 168";
        167 => D167, "descending 167";
        166 => D166, "descending 166";
        165 => D165, "descending 165";
        164 => D164, "descending 164";
        163 => D163, "descending 163";
        162 => D162, "descending 162";
        161 => D161, "descending 161";
        160 => D160, "descending 160";
        159 => D159, "descending 159";
        158 => D158, "descending 158";
        157 => D157, "descending 157";
        156 => D156, "descending 156";
        155 => D155, "descending 155";
        154 => D154, "descending 154";
        153 => D153, "descending 153";
        152 => D152, "descending 152";
        151 => D151, "descending 151";
        150 => D150, "descending 150";
        149 => D149, "descending 149";
        148 => D148, "descending 148";
        147 => D147, "descending 147";
        146 => D146, "descending 146";
        145 => D145, "descending 145";
        144 => D144, "descending 144";
        143 => D143, "descending 143";
        142 => D142, "descending 142";
        141 => D141, "descending 141";
        140 => D140, "descending 140";
        139 => D139, "descending 139";
        138 => D138, "descending 138";
        137 => D137, "descending 137";
        136 => D136, "descending 136";
        135 => D135, "descending 135";
        134 => D134, "descending 134";
        133 => D133, "descending 133";
        132 => D132, "descending 132";
        131 => D131, "descending 131";
        130 => D130, "descending 130";
        129 => D129, "descending 129";
        128 => D128, "descending 128";
        127 => D127, "descending 127";
        126 => D126, "descending 126";
        125 => D125, "descending 125";
        124 => D124, "descending 124";
        123 => D123, "descending 123";
        122 => D122, "descending 122";
        121 => D121, "descending 121";
        120 => D120, "descending 120";
        119 => D119, "descending 119";
        118 => D118, "descending 118";
        117 => D117, "descending 117";
        116 => D116, "descending 116";
        115 => D115, "descending 115";
        114 => D114, "descending 114";
        113 => D113, "descending 113";
        112 => D112, "descending 112";
        111 => D111, "descending 111";
        110 => D110, "descending 110";
        109 => D109, "descending 109";
        108 => D108, "descending 108";
        107 => D107, "descending 107";
        106 => D106, "descending 106";
        105 => D105, "descending 105";
        104 => D104, "descending 104";
        103 => D103, "descending 103";
        102 => D102, "descending 102";
        101 => D101, "descending 101";
        100 => D100, "descending 100";
        99 => D99, "descending 99";
        98 => D98, "descending 98";
        97 => D97, "descending 97";
        96 => D96, "descending 96";
        95 => D95, "descending 95";
        94 => D94, "descending 94";
        93 => D93, "descending 93";
        92 => D92, "descending 92";
        91 => D91, "descending 91";
        90 => D90, "descending 90";
        89 => D89, "descending 89";
        88 => D88, "descending 88";
        87 => D87, "descending 87";
        86 => D86, "descending 86";
        85 => D85, "descending 85";
        84 => D84, "descending 84";
        83 => D83, "descending 83";
        82 => D82, "descending 82";
        81 => D81, "descending 81";
        80 => D80, "descending 80";
        79 => D79, "descending 79";
        78 => D78, "descending 78";
        77 => D77, "descending 77";
        76 => D76, "descending 76";
        75 => D75, "descending 75";
        74 => D74, "descending 74";
        73 => D73, "descending 73";
        72 => D72, "descending 72";
        71 => D71, "descending 71";
        70 => D70, "descending 70";
        69 => D69, "descending 69";
        68 => D68, "descending 68";
        67 => D67, "descending 67";
        66 => D66, "descending 66";
        65 => D65, "descending 65";
        64 => D64, "descending 64";
        63 => D63, "descending 63";
        62 => D62, "descending 62";
        61 => D61, "descending 61";
        60 => D60, "descending 60";
        59 => D59, "descending 59";
        58 => D58, "descending 58";
        57 => D57, "descending 57";
        56 => D56, "descending 56";
        55 => D55, "descending 55";
        54 => D54, "descending 54";
        53 => D53, "descending 53";
        52 => D52, "descending 52";
        51 => D51, "descending 51";
        50 => D50, "descending 50";
        49 => D49, "descending 49";
        48 => D48, "descending 48";
        47 => D47, "descending 47";
        46 => D46, "descending 46";
        45 => D45, "descending 45";
        44 => D44, "descending 44";
        43 => D43, "descending 43";
        42 => D42, "descending 42";
        41 => D41, "descending 41";
        40 => D40, "descending 40";
        39 => D39, "descending 39";
        38 => D38, "descending 38";
        37 => D37, "descending 37";
        36 => D36, "descending 36";
        35 => D35, "descending 35";
        34 => D34, "descending 34";
        33 => D33, "descending 33";
        32 => D32, "descending 32";
        31 => D31, "descending 31";
        30 => D30, "descending 30";
        29 => D29, "descending 29";
        28 => D28, "descending 28";
        27 => D27, "descending 27";
        26 => D26, "descending 26";
        25 => D25, "descending 25";
        24 => D24, "descending 24";
        23 => D23, "descending 23";
        22 => D22, "descending 22";
        21 => D21, "descending 21";
        20 => D20, "descending 20";
        19 => D19, "descending 19";
        18 => D18, "descending 18";
        17 => D17, "descending 17";
        16 => D16, "descending 16";
        15 => D15, "descending 15";
        14 => D14, "descending 14";
        13 => D13, "descending 13";
        12 => D12, "descending 12";
        11 => D11, "descending 11";
        10 => D10, "descending 10";
        9 => D9, "descending 9";
        8 => D8, "descending 8";
        7 => D7, "descending 7";
        6 => D6, "descending 6";
        5 => D5, "descending 5";
        4 => D4, "descending 4";
        3 => D3, "descending 3";
        2 => D2, "descending 2";
        1 => D1, "descending 1";
        0 => D0, "descending 0";
    ]
);
