//! Proof that `codes` and the code `define_codes!` generates build without std: CI builds
//! this crate for `thumbv7em-none-eabihf`, which has no `std`, with no features (so no
//! `alloc`), with `alloc` and with `serde`; and for `s390x-unknown-linux-gnu`, whose byte
//! order is big-endian, where the assertions below check that the arrays the macro writes
//! as byte strings read back as the table says. The tables cover the generated surface (sections,
//! rows with arguments and their built messages,
//! reserved ranges, nameless rows, typed columns, every lookup layout, several code types) and
//! the functions below call it, so none of it is left unchecked as dead code.
#![no_std]
#![deny(warnings, missing_docs)]

use codetable::{Code, OrUnknown, UnknownCode, UnknownName};
use core::fmt::{self, Write};
use core::str::FromStr;

codetable::define_codes! {
    /// Sparse codes (a hashed lookup), sections nested two deep, a reserved range.
    #[repr(i32)]
    pub enum Daemon in 0..=99999 {
        0 => OK, "成功",
        10000..20000 => RequestError, "请求错误" {
            10001 => BAD_REQUEST, "无效请求",
            11000..=11999 => ParamError, "参数错误" {
                11001 => BAD_PARAM, "类型错误",
                11500..=11599 => reserved,
            },
        },
        40000..=59999 => reserved, "保留错误段",
        60000..=99999 => OtherError, "其它错误段" {
            60001 => SHUTTING_DOWN, "正在关闭",
        },
    }

    /// Nameless rows, with negative codes.
    #[repr(i16)]
    pub enum CosV4 in -6000..=101 {
        -5999 => _, "请求参数错误",
        -5997 => _, "内部错误，联系官方处理",
        -1 => SYSTEM_BUSY, "系统繁忙",
        101 => _, "内部错误，联系官方处理",
    }

    /// Typed columns (required, optional and defaulted) and messages in two languages.
    #[repr(u16)]
    #[codetable(languages(zh, en))]
    pub enum Pcs(
        /// The HTTP status the server answers with.
        http: u16,
        /// A hint for the user, on the rows that have one.
        hint: Option<&'static str>,
        /// Whether a retry may succeed.
        retryable: bool = false,
    ) {
        0 => OK, "ok", http = 200, en = "ok",
        31021 => NETWORK_ERROR, "网络错误", http = 503, en = "network error", retryable = true,
            hint = "retry later",
        31023 => _, "输入参数错误", http = 400, en = "param error",
        31066 => FILE_DOES_NOT_EXIST(path: &str, tries: u8, ratio: f64), "文件 {path:>8} 不存在 ({tries:#x}, {ratio})",
            en = "file {path:.4} does not exist after {tries} tries ({ratio:.1})", http = 404,
    }

    /// Consecutive codes (an offset lookup).
    #[repr(u8)]
    pub enum TaskState {
        0 => None, "无",
        1 => TASK_PAUSE, "任务暂停",
        2 => TASK_RUNNING, "任务运行中",
    }

    /// Dense codes with gaps (a direct table).
    #[repr(u64)]
    pub enum Dense {
        1 => ONE, "one",
        2 => TWO, "two",
        4 => FOUR, "four",
        5 => FIVE, "five",
        7 => SEVEN, "seven",
    }

    /// Codes at the extremes of `i64`.
    #[repr(i64)]
    pub enum Wide {
        -9223372036854775808 => MIN, "i64::MIN",
        9223372036854775807 => MAX, "i64::MAX",
    }

    /// Sparse `i64` codes (a hashed lookup of 8-byte keys) and a column of each width and
    /// kind the macro stores as bytes.
    #[repr(i64)]
    pub enum Widths(
        /// One byte, signed.
        small: i8 = -1,
        /// One byte, unsigned and optional.
        level: Option<u8>,
        /// Two bytes.
        port: u16 = 0x0102,
        /// Eight bytes, signed.
        wide: i64 = -0x0102_0304_0506_0708,
        /// Sixteen bytes.
        huge: u128 = 0x0102_0304_0506_0708_090A_0B0C_0D0E_0F10,
        /// A `char`, four bytes.
        grade: char = '中',
        /// An optional number.
        limit: Option<u32>,
        /// An optional flag.
        flag: Option<bool>,
    ) {
        -0x0102_0304_0506_0708 => LOW, "low", small = -128, limit = 0x0A0B_0C0D,
        0x0102_0304_0506_0708 => HIGH, "high", port = 65535, wide = 9223372036854775807, flag = true,
        1 => ONE, "one", huge = 1, grade = 'A', flag = false, level = 255,
    }
}

/// The category of `BAD_PARAM`, computed at compile time.
pub const BAD_PARAM_CATEGORY: Option<DaemonCategory> = Daemon::BadParam.category();

/// The parent of `ParamError` and the range of `RequestError`, computed at compile time.
pub const REQUEST_ERROR: (Option<DaemonCategory>, core::ops::RangeInclusive<i32>) = (
    DaemonCategory::ParamError.parent(),
    DaemonCategory::RequestError.range(),
);

/// The HTTP status, English message, hint and retryability of `NETWORK_ERROR`, computed at
/// compile time.
pub const NETWORK_ERROR: (u16, &str, Option<&str>, bool) = (
    Pcs::NetworkError.http(),
    Pcs::NetworkError.message_in(PcsLanguage::En),
    Pcs::NetworkError.hint(),
    Pcs::NetworkError.retryable(),
);

/// How many codes the tables have, through `COUNT` and `ALL`.
pub const COUNTS: [usize; 7] = [
    Daemon::COUNT,
    CosV4::ALL.len(),
    Pcs::COUNT,
    TaskState::COUNT,
    Dense::COUNT,
    Wide::COUNT,
    Widths::COUNT,
];

// The generated const fns, evaluated by the compiler for the target.
const _: () = {
    assert!(matches!(
        BAD_PARAM_CATEGORY,
        Some(DaemonCategory::ParamError)
    ));
    assert!(matches!(
        REQUEST_ERROR.0,
        Some(DaemonCategory::RequestError)
    ));
    assert!(*REQUEST_ERROR.1.start() == 10000 && *REQUEST_ERROR.1.end() == 19999);
    assert!(NETWORK_ERROR.0 == 503 && NETWORK_ERROR.2.is_some() && NETWORK_ERROR.3);
    // "network error", not the first language's "网络错误" (12 bytes).
    assert!(NETWORK_ERROR.1.len() == 13);
    assert!(COUNTS[0] == 4 && COUNTS[1] == 4 && COUNTS[2] == 4 && COUNTS[5] == 2);
    assert!(matches!(daemon(11001), Some(Daemon::BadParam)) && daemon(40001).is_none());
    assert!(cos_v4(-5999).is_some() && cos_v4(-5998).is_none());
    assert!(TaskState::TaskPause.code() == 1 && Dense::Seven as u64 == 7);
    assert!(matches!(Wide::from_code(i64::MIN), Some(Wide::Min)));
    // Byte order: every value below is stored in a byte string written by the macro.
    assert!(matches!(
        Widths::from_code(0x0102_0304_0506_0708),
        Some(Widths::High)
    ));
    assert!(matches!(
        Widths::from_code(-0x0102_0304_0506_0708),
        Some(Widths::Low)
    ));
    assert!(Widths::from_code(0x0807_0605_0403_0201).is_none());
    assert!(Widths::Low.small() == -128 && Widths::High.small() == -1);
    assert!(Widths::High.port() == 65535 && Widths::Low.port() == 0x0102);
    assert!(Widths::High.wide() == i64::MAX && Widths::One.wide() == -0x0102_0304_0506_0708);
    assert!(
        Widths::One.huge() == 1 && Widths::Low.huge() == 0x0102_0304_0506_0708_090A_0B0C_0D0E_0F10
    );
    assert!(Widths::One.grade() == 'A' && Widths::Low.grade() == '中');
    assert!(matches!(Widths::Low.limit(), Some(0x0A0B_0C0D)) && Widths::High.limit().is_none());
    assert!(matches!(Widths::High.flag(), Some(true)) && matches!(Widths::One.flag(), Some(false)));
    assert!(Widths::Low.flag().is_none() && Widths::ALL[2].code() == 1);
    assert!(matches!(Widths::One.level(), Some(255)) && Widths::Low.level().is_none());
};

/// A daemon code by number, in a const context.
pub const fn daemon(code: i32) -> Option<Daemon> {
    Daemon::from_code(code)
}

/// The name and message of a `CosV4` code, if the table has it.
pub const fn cos_v4(code: i16) -> Option<(&'static str, &'static str)> {
    match CosV4::from_code(code) {
        Some(found) => Some((found.name(), found.message())),
        None => None,
    }
}

/// The category names of a daemon code, innermost first (at most two levels here).
pub const fn categories(code: Daemon) -> [Option<&'static str>; 2] {
    match code.category() {
        Some(inner) => [
            Some(inner.name()),
            match inner.parent() {
                Some(outer) => Some(outer.message()),
                None => None,
            },
        ],
        None => [None, None],
    }
}

/// A `Pcs` code by its wire name.
pub fn pcs_by_name(name: &str) -> Option<Pcs> {
    Pcs::from_name(name)
}

/// A daemon code by its wire name, through `FromStr`.
pub fn parse_daemon(name: &str) -> Result<Daemon, UnknownName> {
    Daemon::from_str(name)
}

/// A task state by number, through `TryFrom`.
pub fn task_state(code: u8) -> Result<TaskState, UnknownCode<u8>> {
    TaskState::try_from(code)
}

/// A `Dense` code by number, and the number back through `From`.
pub fn dense_round_trip(code: u64) -> Option<u64> {
    Dense::from_code(code).map(u64::from)
}

/// A `Wide` code by number, through the `Code` trait.
pub fn wide(code: i64) -> Option<Wide> {
    <Wide as Code>::from_code(code)
}

/// Any table's message for a number, through the `Code` trait.
pub fn message_of<C: Code>(code: codetable::CodeInput<'_, C>) -> Option<&'static str> {
    C::from_code(code).map(C::message)
}

/// How many `Pcs` codes are retryable, through `iter()`.
pub fn retryable() -> usize {
    Pcs::iter().filter(|code| code.retryable()).count()
}

/// A `CosV4` number, known or not.
pub fn or_unknown(code: i16) -> OrUnknown<CosV4> {
    OrUnknown::from(code)
}

/// Writes a value's `Display` into `out`, returning what was written, or `None` when it does
/// not fit: `Display` of the tables and of the errors, without an allocator.
pub fn display<'a>(value: &dyn fmt::Display, out: &'a mut [u8]) -> Option<&'a str> {
    let mut cursor = Cursor { out, len: 0 };
    write!(cursor, "{value}").ok()?;
    let Cursor { out, len } = cursor;
    core::str::from_utf8(&out[..len]).ok()
}

/// A built message with its arguments, shown in both languages into `out`, without an
/// allocator: its code and message in English, and its arguments back.
pub fn file_does_not_exist<'a>(path: &str, tries: u8, out: &'a mut [u8]) -> Option<&'a str> {
    const TEMPLATE: codetable::Built<'static, Pcs> = Pcs::file_does_not_exist("/a", 3, 0.5);
    let built = Pcs::file_does_not_exist(path, tries, 0.25);
    let same = TEMPLATE.code() == built.code() && built.args().len() == 3;
    let shown = built.display_in(PcsLanguage::En);
    let _ = built.message_in(PcsLanguage::Zh);
    let plain: codetable::Built<'_, Pcs> = Pcs::Ok.into();
    (same && plain.args().len() == 0).then_some(())?;
    display(&shown, out)
}

/// Formats a daemon number into `out`: the row if the table has it, else the unknown code.
pub fn describe(code: i32, out: &mut [u8]) -> Option<&str> {
    match Daemon::try_from(code) {
        Ok(known) => display(&known, out),
        Err(unknown) => display(&unknown, out),
    }
}

/// A fixed buffer that `core::fmt::Write` fills.
struct Cursor<'a> {
    out: &'a mut [u8],
    len: usize,
}

impl Write for Cursor<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = self.len.checked_add(s.len()).ok_or(fmt::Error)?;
        self.out
            .get_mut(self.len..end)
            .ok_or(fmt::Error)?
            .copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_built_message_is_shown_without_an_allocator() {
        let mut out = [0; 96];
        assert_eq!(
            super::file_does_not_exist("/tmp/x", 3, &mut out),
            Some("31066: file /tmp does not exist after 3 tries (0.2)")
        );
        let mut short = [0; 8];
        assert_eq!(super::file_does_not_exist("/tmp/x", 3, &mut short), None);
    }
}
