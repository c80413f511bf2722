//! The seed tables against their documents: row counts, lookups, sections.

use codetable::Code;
use codetable_seeds::daemon::{DaemonCode, DaemonCodeCategory as Daemon};
use codetable_seeds::legacy_cos::{LegacyCosError, LegacyCosErrorCategory as Legacy};

/// Seed 002: every row, with the innermost section its heading puts it in.
const DAEMON_ROWS: &[(i32, &str, &str, Option<Daemon>)] = &[
    (0, "OK", "成功", None),
    (10001, "BAD_REQUEST", "无效请求", Some(Daemon::RequestError)),
    (
        10002,
        "UNKNOWN_ACTION",
        "未知操作",
        Some(Daemon::RequestError),
    ),
    (
        10003,
        "PERMISSION_DENIED",
        "权限不足",
        Some(Daemon::RequestError),
    ),
    (
        10004,
        "ACTION_UNAVAILABLE",
        "暂不可用",
        Some(Daemon::RequestError),
    ),
    (
        10005,
        "RATE_LIMIT_EXCEEDED",
        "频率过快",
        Some(Daemon::RequestError),
    ),
    (11001, "BAD_PARAM", "类型错误", Some(Daemon::ParamError)),
    (11002, "BAD_FORMAT", "格式错误", Some(Daemon::ParamError)),
    (
        20001,
        "UNEXPECTED_ERROR",
        "意外错误",
        Some(Daemon::ServerError),
    ),
    (
        21001,
        "FILE_NOT_FOUND",
        "文件不存在",
        Some(Daemon::FileError),
    ),
    (
        21002,
        "FILE_ALREADY_EXISTS",
        "文件已存在",
        Some(Daemon::FileError),
    ),
    (21003, "FILE_IN_USE", "文件已占用", Some(Daemon::FileError)),
    (
        21004,
        "ITS_A_DIRECTORY",
        "那是目录",
        Some(Daemon::FileError),
    ),
    (21005, "ITS_A_FILE", "那是文件", Some(Daemon::FileError)),
    (
        21006,
        "FILE_ACCESS_FAILED",
        "无法访问文件",
        Some(Daemon::FileError),
    ),
    (21007, "DISK_FULL", "磁盘已满", Some(Daemon::FileError)),
    (
        21101,
        "ALREADY_UPLOADING",
        "已在上传",
        Some(Daemon::UploadDownloadError),
    ),
    (
        21102,
        "NOT_UPLOADING",
        "不在上传",
        Some(Daemon::UploadDownloadError),
    ),
    (
        21103,
        "FILE_TOO_BIG",
        "文件过大",
        Some(Daemon::UploadDownloadError),
    ),
    (
        21104,
        "ALREADY_DOWNLOADING",
        "已在下载",
        Some(Daemon::UploadDownloadError),
    ),
    (
        21105,
        "NOT_DOWNLOADING",
        "不在下载",
        Some(Daemon::UploadDownloadError),
    ),
    (
        30001,
        "INSTANCE_NOT_FOUND",
        "实例不存在",
        Some(Daemon::InstanceError),
    ),
    (
        30002,
        "INSTANCE_ALREADY_EXISTS",
        "实例已存在",
        Some(Daemon::InstanceError),
    ),
    (
        30003,
        "BAD_INSTANCE_STATE",
        "实例状态错误",
        Some(Daemon::InstanceError),
    ),
    (
        30004,
        "BAD_INSTANCE_TYPE",
        "实例类型错误",
        Some(Daemon::InstanceError),
    ),
    (
        60001,
        "CONFIG_UNREADABLE",
        "配置文件无法读取",
        Some(Daemon::OtherError),
    ),
    (60002, "SHUTTING_DOWN", "正在关闭", Some(Daemon::OtherError)),
];

#[test]
fn daemon_rows_match_the_document() {
    // 25 rows in the document, plus the two this implementation adds in 60000..=99999.
    assert_eq!(DaemonCode::COUNT, DAEMON_ROWS.len());
    assert_eq!(DaemonCode::ALL.len(), 27);
    for (&code, &(number, name, message, category)) in DaemonCode::ALL.iter().zip(DAEMON_ROWS) {
        assert_eq!(code.code(), number);
        assert_eq!(code.name(), name);
        assert_eq!(code.message(), message);
        assert_eq!(code.category(), category, "category of {number}");
        assert_eq!(DaemonCode::from_code(number), Some(code));
        assert_eq!(DaemonCode::from_name(name), Some(code));
    }
}

#[test]
fn daemon_sections_nest_as_the_document_does() {
    let chain = |category: Daemon| -> Vec<Daemon> {
        std::iter::successors(Some(category), |category| category.parent()).collect()
    };
    assert_eq!(
        chain(Daemon::UploadDownloadError),
        [
            Daemon::UploadDownloadError,
            Daemon::FileError,
            Daemon::ServerError
        ]
    );
    assert_eq!(
        chain(Daemon::ParamError),
        [Daemon::ParamError, Daemon::RequestError]
    );
    for top in [
        Daemon::RequestError,
        Daemon::ServerError,
        Daemon::InstanceError,
        Daemon::OtherError,
    ] {
        assert_eq!(top.parent(), None);
    }
    // Every row's section chain ends at a top-level section, each range holding the next.
    for code in DaemonCode::ALL {
        let Some(innermost) = code.category() else {
            continue;
        };
        let mut inner = innermost;
        assert!(inner.range().contains(&code.code()));
        while let Some(parent) = inner.parent() {
            assert!(parent.range().start() <= inner.range().start());
            assert!(inner.range().end() <= parent.range().end());
            inner = parent;
        }
    }
    assert_eq!(Daemon::FileError.range(), 21000..=21999);
    assert_eq!(Daemon::OtherError.range(), 60000..=99999);
    assert_eq!(Daemon::UploadDownloadError.name(), "UploadDownloadError");
    assert_eq!(Daemon::UploadDownloadError.message(), "上传 / 下载错误");
}

#[test]
fn daemon_reserved_range_holds_no_code() {
    for code in 40000..=59999 {
        assert_eq!(DaemonCode::from_code(code), None);
    }
}

#[test]
fn legacy_cos_sections_and_defects() {
    // The document's 201 code lines, less the second -61.
    assert_eq!(LegacyCosError::COUNT, 200);
    assert_eq!(
        LegacyCosError::from_code(-61).map(LegacyCosError::name),
        Some("ERROR_PROXY_SIGN_BUCKET_NOTMATCH")
    );
    assert_eq!(
        LegacyCosError::from_name("ERROR_PROXY_INVALID_CMD_REQ"),
        None
    );
    assert_eq!(
        LegacyCosError::from_code(-296).map(LegacyCosError::message),
        Some("打包失败")
    );
    assert_eq!(LegacyCosError::from_code(0), Some(LegacyCosError::Success));
    assert_eq!(LegacyCosError::Success.name(), "_SUCCESS");
    let counts: Vec<(Legacy, usize)> = Legacy::ALL
        .iter()
        .map(|&category| {
            let rows = LegacyCosError::ALL
                .iter()
                .filter(|code| code.category() == Some(category))
                .count();
            (category, rows)
        })
        .collect();
    assert_eq!(
        counts,
        [
            (Legacy::Sdk, 4),
            (Legacy::Http, 10),
            (Legacy::Proxy, 36),
            (Legacy::Cmd, 56),
            (Legacy::FileCache, 19),
            (Legacy::Plugin, 27),
            (Legacy::Cgi, 29),
            (Legacy::Oss, 9),
        ]
    );
    assert_eq!(Legacy::Proxy.range(), -99..=-60);
    assert_eq!(Legacy::Cgi.range(), -5999..=-5971);
    assert_eq!(<LegacyCosError as Code>::TABLE, "LegacyCosError");
}

/// Seed 001's document, line by line: `CODE NAME MESSAGE`, `CODE MESSAGE` under the headings
/// whose rows have no names, and `_SUCCESS 0 成功` written name-first.
const LEGACY_COS_DOCUMENT: &str = include_str!("../fixtures/001_2c2f3daa39d578d8.txt");

#[test]
fn legacy_cos_has_every_row_of_its_document() {
    let mut heading = "";
    let mut rows = 0;
    for (number, line) in LEGACY_COS_DOCUMENT.lines().enumerate() {
        let line = line.trim();
        if let Some(title) = line.strip_prefix("###") {
            heading = title.trim();
            continue;
        }
        if line.is_empty() {
            continue;
        }
        rows += 1;
        let (first, rest) = line.split_once(char::is_whitespace).unwrap();
        let rest = rest.trim();
        let (code, name, message) = if first == "_SUCCESS" {
            let (code, message) = rest.split_once(' ').unwrap();
            (code.parse::<i32>().unwrap(), "_SUCCESS".to_owned(), message)
        } else if heading.contains("SDK") || heading.contains("下载") {
            let code: i32 = first.parse().unwrap();
            (code, format!("CodeMinus{}", -code), rest)
        } else {
            let (name, message) = rest.split_once(' ').unwrap();
            (first.parse().unwrap(), name.to_owned(), message.trim())
        };
        let found = LegacyCosError::from_code(code)
            .unwrap_or_else(|| panic!("line {}: {code} is missing", number + 1));
        if code == -61 && name == "ERROR_PROXY_INVALID_CMD_REQ" {
            // The document's second -61 (line 129): the table keeps the first.
            assert_eq!(found.name(), "ERROR_PROXY_SIGN_BUCKET_NOTMATCH");
            continue;
        }
        let name = if name == "2RSP" {
            "ERROR_PROCESS_2RSP".to_owned()
        } else {
            name
        };
        assert_eq!(found.name(), name, "line {}", number + 1);
        assert_eq!(found.message(), message, "line {}", number + 1);
        assert_eq!(LegacyCosError::from_name(&name), Some(found));
    }
    assert_eq!(rows, 201);
    assert_eq!(LegacyCosError::COUNT, rows - 1);
}

#[test]
fn legacy_cos_nameless_rows() {
    assert_eq!(LegacyCosError::CodeMinus1.message(), "指定的上传文件不存在");
    assert_eq!(LegacyCosError::CodeMinus1.category(), Some(Legacy::Sdk));
    assert_eq!(LegacyCosError::CodeMinus45062.name(), "CodeMinus45062");
    assert_eq!(LegacyCosError::CodeMinus45062.category(), None);
    assert_eq!(
        LegacyCosError::from_code(-6101),
        Some(LegacyCosError::CodeMinus6101)
    );
    assert_eq!(LegacyCosError::CodeMinus200.to_string(), "-200: 正常");
}
