//! Sections (`codetable::guide::syntax`, `guide::generated_api`): nested three levels deep like the
//! daemon response codes of `seeds/002`, rows before, between and after sections, reserved
//! ranges with and without a message at the top level and inside sections, exclusive ranges,
//! and sections at the extremes of the code types. Checked: `category()` is the innermost
//! section for every row and `None` outside, `parent()` walks up to the top, and the category
//! enum's `ALL`, `name()`, `message()`, `range()` and traits.

use std::collections::{BTreeSet, HashSet};

codetable::define_codes! {
    /// 响应码 (seeds/002): 20000 server → 21000 file → 21100 upload / download.
    pub enum Daemon in 0..100000 {
        0 => OK, "成功",
        10000..20000 => RequestError, "请求错误" {
            10001 => BAD_REQUEST, "无效请求",
            10002 => UNKNOWN_ACTION, "未知操作",
            10003 => PERMISSION_DENIED, "权限不足",
            10004 => ACTION_UNAVAILABLE, "暂不可用",
            10005 => RATE_LIMIT_EXCEEDED, "频率过快",
            11000..=11999 => PARAM_ERROR, "参数错误" {
                11001 => BAD_PARAM, "类型错误",
                11002 => BAD_FORMAT, "格式错误",
            },
            19999 => REQUEST_LAST, "after a subsection, back in RequestError",
        },
        20000..=29999 => ServerError, "服务器错误" {
            20001 => UNEXPECTED_ERROR, "意外错误",
            21000..=21999 => FileError, "文件错误" {
                21000 => FILE_FIRST, "the section's lower bound",
                21001 => FILE_NOT_FOUND, "文件不存在",
                21002 => FILE_ALREADY_EXISTS, "文件已存在",
                21003 => FILE_IN_USE, "文件已占用",
                21004 => ITS_A_DIRECTORY, "那是目录",
                21005 => ITS_A_FILE, "那是文件",
                21006 => FILE_ACCESS_FAILED, "无法访问文件",
                21007 => DISK_FULL, "磁盘已满",
                21100..21200 => UploadDownloadError, "上传 / 下载错误" {
                    21100 => UPLOAD_FIRST, "the innermost lower bound",
                    21101 => ALREADY_UPLOADING, "已在上传",
                    21102 => NOT_UPLOADING, "不在上传",
                    21103 => FILE_TOO_BIG, "文件过大",
                    21104 => ALREADY_DOWNLOADING, "已在下载",
                    21105 => NOT_DOWNLOADING, "不在下载",
                    21199 => UPLOAD_LAST, "the innermost upper bound (21200 excluded)",
                    21150..=21159 => reserved, "保留给断点续传",
                }
                21999 => FILE_LAST, "after a subsection, back in FileError",
            },
            22000..=22999 => reserved, "保留给文件以外的服务器错误",
            29999 => SERVER_LAST, "the last code of ServerError",
        },
        30000..=39999 => InstanceError, "实例错误" {
            30001 => INSTANCE_NOT_FOUND, "实例不存在",
            30002 => INSTANCE_ALREADY_EXISTS, "实例已存在",
            30003 => BAD_INSTANCE_STATE, "实例状态错误",
            30004 => BAD_INSTANCE_TYPE, "实例类型错误",
            39000..=39999 => reserved,
        },
        40000..=59999 => reserved, "保留错误段",
        60000..=99999 => OtherError, "其它错误段" {
            60000 => OTHER_FIRST, "the first free code",
            99999 => OTHER_LAST, "the last free code",
            70000..=70999 => EmptySection, "a section without rows" {},
        },
        32..=99 => reserved,
        5 => TOP_AFTER_SECTIONS, "declared after the sections, in none",
    }
}

use Daemon as D;
use DaemonCategory as C;

/// Every row as written: (variant, code, innermost section).
const ROWS: &[(D, i32, Option<C>)] = &[
    (D::Ok, 0, None),
    (D::BadRequest, 10001, Some(C::RequestError)),
    (D::UnknownAction, 10002, Some(C::RequestError)),
    (D::PermissionDenied, 10003, Some(C::RequestError)),
    (D::ActionUnavailable, 10004, Some(C::RequestError)),
    (D::RateLimitExceeded, 10005, Some(C::RequestError)),
    (D::BadParam, 11001, Some(C::ParamError)),
    (D::BadFormat, 11002, Some(C::ParamError)),
    (D::RequestLast, 19999, Some(C::RequestError)),
    (D::UnexpectedError, 20001, Some(C::ServerError)),
    (D::FileFirst, 21000, Some(C::FileError)),
    (D::FileNotFound, 21001, Some(C::FileError)),
    (D::FileAlreadyExists, 21002, Some(C::FileError)),
    (D::FileInUse, 21003, Some(C::FileError)),
    (D::ItsADirectory, 21004, Some(C::FileError)),
    (D::ItsAFile, 21005, Some(C::FileError)),
    (D::FileAccessFailed, 21006, Some(C::FileError)),
    (D::DiskFull, 21007, Some(C::FileError)),
    (D::UploadFirst, 21100, Some(C::UploadDownloadError)),
    (D::AlreadyUploading, 21101, Some(C::UploadDownloadError)),
    (D::NotUploading, 21102, Some(C::UploadDownloadError)),
    (D::FileTooBig, 21103, Some(C::UploadDownloadError)),
    (D::AlreadyDownloading, 21104, Some(C::UploadDownloadError)),
    (D::NotDownloading, 21105, Some(C::UploadDownloadError)),
    (D::UploadLast, 21199, Some(C::UploadDownloadError)),
    (D::FileLast, 21999, Some(C::FileError)),
    (D::ServerLast, 29999, Some(C::ServerError)),
    (D::InstanceNotFound, 30001, Some(C::InstanceError)),
    (D::InstanceAlreadyExists, 30002, Some(C::InstanceError)),
    (D::BadInstanceState, 30003, Some(C::InstanceError)),
    (D::BadInstanceType, 30004, Some(C::InstanceError)),
    (D::OtherFirst, 60000, Some(C::OtherError)),
    (D::OtherLast, 99999, Some(C::OtherError)),
    (D::TopAfterSections, 5, None),
];

/// Every section as written: (variant, name, message, range, parent).
#[allow(clippy::type_complexity)]
const SECTIONS: &[(C, &str, &str, (i32, i32), Option<C>)] = &[
    (
        C::RequestError,
        "RequestError",
        "请求错误",
        (10000, 19999),
        None,
    ),
    (
        C::ParamError,
        "PARAM_ERROR",
        "参数错误",
        (11000, 11999),
        Some(C::RequestError),
    ),
    (
        C::ServerError,
        "ServerError",
        "服务器错误",
        (20000, 29999),
        None,
    ),
    (
        C::FileError,
        "FileError",
        "文件错误",
        (21000, 21999),
        Some(C::ServerError),
    ),
    (
        C::UploadDownloadError,
        "UploadDownloadError",
        "上传 / 下载错误",
        (21100, 21199),
        Some(C::FileError),
    ),
    (
        C::InstanceError,
        "InstanceError",
        "实例错误",
        (30000, 39999),
        None,
    ),
    (
        C::OtherError,
        "OtherError",
        "其它错误段",
        (60000, 99999),
        None,
    ),
    (
        C::EmptySection,
        "EmptySection",
        "a section without rows",
        (70000, 70999),
        Some(C::OtherError),
    ),
];

#[test]
fn rows_are_only_the_rows() {
    let all: Vec<D> = ROWS.iter().map(|row| row.0).collect();
    assert_eq!(D::ALL, all.as_slice());
    assert_eq!(D::COUNT, ROWS.len());
    for &(d, code, _) in ROWS {
        assert_eq!(d.code(), code);
        assert_eq!(D::from_code(code), Some(d));
        assert_eq!(D::from_name(d.name()), Some(d));
    }
    // Section names and bounds, and reserved ranges, are no rows.
    for name in [
        "RequestError",
        "PARAM_ERROR",
        "ParamError",
        "FileError",
        "reserved",
        "EmptySection",
    ] {
        assert_eq!(D::from_name(name), None, "{name}");
    }
    for code in [
        10000, 11000, 11999, 20000, 21200, 21150, 21155, 21159, 22000, 22500, 39000, 39999, 40000,
        50000, 59999, 70000, 32, 99,
    ] {
        assert_eq!(D::from_code(code), None, "{code}");
    }
}

#[test]
fn category_is_the_innermost_section() {
    for &(d, code, category) in ROWS {
        assert_eq!(d.category(), category, "{d:?}");
        if let Some(c) = category {
            assert!(c.range().contains(&code), "{d:?} in {c:?}");
            // No section nested in it holds the code.
            for &child in C::ALL {
                if child.parent() == Some(c) {
                    assert!(!child.range().contains(&code), "{d:?} in {child:?}");
                }
            }
        }
    }
    assert_eq!(D::Ok.category(), None);
    assert_eq!(D::TopAfterSections.category(), None);
    assert_eq!(D::BadParam.category(), Some(C::ParamError));
    assert_eq!(D::FileTooBig.category(), Some(C::UploadDownloadError));
    assert_eq!(D::FileLast.category(), Some(C::FileError));
    assert_eq!(D::RequestLast.category(), Some(C::RequestError));
}

#[test]
fn parent_walks_up_to_the_top() {
    fn chain(c: C) -> Vec<C> {
        let mut chain = vec![c];
        let mut at = c;
        while let Some(parent) = at.parent() {
            assert!(chain.len() < C::ALL.len(), "parent() loops");
            chain.push(parent);
            at = parent;
        }
        chain
    }
    assert_eq!(
        chain(C::UploadDownloadError),
        [C::UploadDownloadError, C::FileError, C::ServerError]
    );
    assert_eq!(chain(C::ParamError), [C::ParamError, C::RequestError]);
    assert_eq!(chain(C::InstanceError), [C::InstanceError]);
    assert_eq!(chain(C::EmptySection), [C::EmptySection, C::OtherError]);
    // A row's sections, innermost first.
    let sections: Vec<C> = D::AlreadyUploading
        .category()
        .map(chain)
        .unwrap_or_default();
    let names: Vec<&str> = sections.iter().map(|c| c.name()).collect();
    assert_eq!(names, ["UploadDownloadError", "FileError", "ServerError"]);
    // Every parent's range holds its children's.
    for &c in C::ALL {
        if let Some(parent) = c.parent() {
            assert!(parent.range().start() <= c.range().start());
            assert!(c.range().end() <= parent.range().end());
        }
    }
}

#[test]
fn category_enum_all_name_message_range_parent() {
    let all: Vec<C> = SECTIONS.iter().map(|s| s.0).collect();
    assert_eq!(C::ALL, all.as_slice());
    for &(c, name, message, (low, high), parent) in SECTIONS {
        assert_eq!(c.name(), name);
        assert_eq!(c.message(), message);
        assert_eq!(c.range(), low..=high, "{name}");
        assert_eq!(*c.range().start(), low);
        assert_eq!(*c.range().end(), high);
        assert_eq!(c.parent(), parent, "{name}");
    }
    // Exclusive ranges as written: `10000..20000` and `21100..21200`.
    assert_eq!(C::RequestError.range(), 10000..=19999);
    assert!(!C::RequestError.range().contains(&20000));
    assert_eq!(C::UploadDownloadError.range(), 21100..=21199);
    // Debug of a section written in UpperCamelCase is its name.
    assert_eq!(format!("{:?}", C::FileError), "FileError");
    assert_eq!(
        format!("{:?}", D::FileTooBig.category()),
        "Some(UploadDownloadError)"
    );
}

#[test]
fn category_enum_traits() {
    fn traits<
        T: Copy + Clone + Eq + Ord + std::hash::Hash + std::fmt::Debug + Send + Sync + 'static,
    >() {
    }
    traits::<C>();
    let set: HashSet<C> = C::ALL.iter().copied().collect();
    assert_eq!(set.len(), C::ALL.len());
    // Ordered in declaration order (a parent before its children).
    let sorted: BTreeSet<C> = C::ALL.iter().copied().collect();
    assert_eq!(sorted.into_iter().collect::<Vec<_>>(), C::ALL);
    assert!(C::RequestError < C::ParamError);
    assert_eq!(C::FileError, C::FileError);
    assert_ne!(C::FileError, C::ServerError);
}

#[test]
fn rows_by_category() {
    let in_file: Vec<&str> = D::ALL
        .iter()
        .filter(|d| d.category() == Some(C::FileError))
        .map(|d| d.name())
        .collect();
    assert_eq!(
        in_file,
        [
            "FILE_FIRST",
            "FILE_NOT_FOUND",
            "FILE_ALREADY_EXISTS",
            "FILE_IN_USE",
            "ITS_A_DIRECTORY",
            "ITS_A_FILE",
            "FILE_ACCESS_FAILED",
            "DISK_FULL",
            "FILE_LAST"
        ]
    );
    assert!(D::ALL.iter().all(|d| d.category() != Some(C::EmptySection)));
    let uncategorised: Vec<D> = D::ALL
        .iter()
        .copied()
        .filter(|d| d.category().is_none())
        .collect();
    assert_eq!(uncategorised, [D::Ok, D::TopAfterSections]);
}

const FILE_TOO_BIG: Option<C> = D::FileTooBig.category();
const UPLOAD_PARENT: Option<C> = C::UploadDownloadError.parent();
const FILE_RANGE: std::ops::RangeInclusive<i32> = C::FileError.range();
const FILE_NAME: &str = C::FileError.name();
const FILE_MESSAGE: &str = C::FileError.message();
const SECTIONS_COUNT: usize = C::ALL.len();

#[test]
fn category_api_in_const_context() {
    assert_eq!(FILE_TOO_BIG, Some(C::UploadDownloadError));
    assert_eq!(UPLOAD_PARENT, Some(C::FileError));
    assert_eq!(FILE_RANGE, 21000..=21999);
    assert_eq!(FILE_NAME, "FileError");
    assert_eq!(FILE_MESSAGE, "文件错误");
    assert_eq!(SECTIONS_COUNT, 8);
}

// ---------------------------------------------------------------------------------------------
// Other code types, exclusive ranges at the end of a type, negative and extreme sections.

codetable::define_codes! {
    /// u8 with a section up to `256` (exclusive: all of u8's top).
    #[repr(u8)]
    pub enum Byte in 0..256 {
        0 => ZERO, "zero",
        200..256 => High, "200 to 255" {
            200 => TWO_HUNDRED, "200",
            250..=255 => Top, "250 to 255" {
                255 => MAX, "255",
            },
        },
        100..=109 => reserved, "reserved without rows",
        1..=9 => reserved,
    }

    /// i16 with negative sections and exclusive negative ends.
    #[repr(i16)]
    pub enum Signed {
        -32768..-1000 => Negative, "below -1000" {
            -32768 => MIN, "i16::MIN",
            -2000..-1000 => NearZero, "-2000 to -1001" {
                -1001 => MINUS_1001, "-1001",
                -1500..-1400 => Deep, "-1500 to -1401" {
                    -1401 => MINUS_1401, "-1401",
                    -1500 => MINUS_1500, "-1500",
                },
            },
        },
        0 => ZERO, "zero",
        1..=32767 => Positive, "positive" {
            32767 => MAX, "i16::MAX",
        },
    }

    /// i64 sections at both extremes.
    #[repr(i64)]
    pub enum Wide {
        -9223372036854775808..=-1 => Negative, "all the negative codes" {
            -1 => MINUS_ONE, "-1",
            -9223372036854775808..-9223372036854775807 => Lowest, "only i64::MIN" {
                -9223372036854775808 => MIN, "i64::MIN",
            },
        },
        0..=9223372036854775807 => NonNegative, "zero and up" {
            9223372036854775807 => MAX, "i64::MAX",
        },
    }

    /// u64 sections up to u64::MAX, exclusive end past it.
    #[repr(u64)]
    pub enum Unsigned {
        9223372036854775808..18446744073709551616 => HighHalf, "2^63 and up" {
            18446744073709551615 => MAX, "u64::MAX",
            9223372036854775808 => HIGH_BIT, "2^63",
        },
        0 => ZERO, "zero",
    }
}

#[test]
fn u8_sections() {
    use ByteCategory as BC;
    assert_eq!(Byte::ALL, [Byte::Zero, Byte::TwoHundred, Byte::Max]);
    assert_eq!(BC::ALL, [BC::High, BC::Top]);
    assert_eq!(BC::High.range(), 200..=255);
    assert_eq!(BC::Top.range(), 250..=255);
    assert_eq!(BC::Top.parent(), Some(BC::High));
    assert_eq!(BC::High.parent(), None);
    assert_eq!(Byte::Max.category(), Some(BC::Top));
    assert_eq!(Byte::TwoHundred.category(), Some(BC::High));
    assert_eq!(Byte::Zero.category(), None);
    for code in (1..=9).chain(100..=109) {
        assert_eq!(Byte::from_code(code), None);
    }
    let _: std::ops::RangeInclusive<u8> = BC::High.range();
}

#[test]
fn signed_sections() {
    use SignedCategory as SC;
    assert_eq!(
        SC::ALL,
        [SC::Negative, SC::NearZero, SC::Deep, SC::Positive]
    );
    assert_eq!(SC::Negative.range(), -32768..=-1001);
    assert_eq!(SC::NearZero.range(), -2000..=-1001);
    assert_eq!(SC::Deep.range(), -1500..=-1401);
    assert_eq!(SC::Positive.range(), 1..=32767);
    assert_eq!(SC::Deep.parent(), Some(SC::NearZero));
    assert_eq!(SC::NearZero.parent(), Some(SC::Negative));
    assert_eq!(SC::Negative.parent(), None);
    let expected = [
        (Signed::Min, Some(SC::Negative)),
        (Signed::Minus1001, Some(SC::NearZero)),
        (Signed::Minus1401, Some(SC::Deep)),
        (Signed::Minus1500, Some(SC::Deep)),
        (Signed::Zero, None),
        (Signed::Max, Some(SC::Positive)),
    ];
    assert_eq!(Signed::ALL, expected.map(|e| e.0));
    for (s, category) in expected {
        assert_eq!(s.category(), category, "{s:?}");
    }
    assert_eq!(SC::Deep.name(), "Deep");
    assert_eq!(SC::NearZero.message(), "-2000 to -1001");
}

#[test]
fn i64_sections_at_the_extremes() {
    use WideCategory as WC;
    assert_eq!(WC::ALL, [WC::Negative, WC::Lowest, WC::NonNegative]);
    assert_eq!(WC::Negative.range(), i64::MIN..=-1);
    assert_eq!(WC::Lowest.range(), i64::MIN..=i64::MIN);
    assert_eq!(WC::NonNegative.range(), 0..=i64::MAX);
    assert_eq!(WC::Lowest.parent(), Some(WC::Negative));
    assert_eq!(Wide::Min.category(), Some(WC::Lowest));
    assert_eq!(Wide::MinusOne.category(), Some(WC::Negative));
    assert_eq!(Wide::ALL, [Wide::MinusOne, Wide::Min, Wide::Max]);
    assert_eq!(Wide::Max.category(), Some(WC::NonNegative));
}

#[test]
fn u64_sections_at_the_top() {
    use UnsignedCategory as UC;
    assert_eq!(UC::ALL, [UC::HighHalf]);
    assert_eq!(UC::HighHalf.range(), 1 << 63..=u64::MAX);
    assert_eq!(Unsigned::Max.category(), Some(UC::HighHalf));
    assert_eq!(Unsigned::HighBit.category(), Some(UC::HighHalf));
    assert_eq!(Unsigned::Zero.category(), None);
    assert_eq!(
        Unsigned::ALL,
        [Unsigned::Max, Unsigned::HighBit, Unsigned::Zero]
    );
}

#[test]
fn category_debug_shows_the_variant_and_name_the_section_as_written() {
    codetable::define_codes! {
        enum Written {
            100..=199 => FILE_ERROR, "file errors" {
                101 => NOT_FOUND, "not found",
            },
        }
    }
    assert_eq!(format!("{:?}", WrittenCategory::FileError), "FileError");
    assert_eq!(WrittenCategory::FileError.name(), "FILE_ERROR");
    assert_eq!(
        Written::NotFound.category(),
        Some(WrittenCategory::FileError)
    );
}
