//! Seed 000 (`seeds/fixtures/000_497f9ebfc5b29a4b.txt`) against its document: row counts,
//! sampled lookups, the document's quirks, and every row of the document read at test time.

use codetable::Code;
use codetable_seeds::dsp::{DspError, DspSdkError, TransferState};

/// The document itself.
const DOCUMENT: &str = include_str!("../fixtures/000_497f9ebfc5b29a4b.txt");

/// A row as the document writes it: code, wire name, message.
type Row = (i32, &'static str, &'static str);

/// The document's three tables, in order, each the rows under its `###` heading. A row is a
/// line `| code | NAME | 中文 |` whose first cell is a number (the header and the `| --- |`
/// line are not), its cells trimmed of their padding.
fn document_tables() -> Vec<Vec<Row>> {
    let mut tables: Vec<Vec<Row>> = Vec::new();
    for line in DOCUMENT.lines() {
        if line.starts_with("### ") {
            tables.push(Vec::new());
            continue;
        }
        let Some(cells) = line.strip_prefix('|') else {
            continue;
        };
        let cells: Vec<&str> = cells.split('|').map(str::trim).collect();
        let Ok(code) = cells[0].parse() else {
            continue;
        };
        assert!(
            cells.len() == 4 && cells[3].is_empty(),
            "row with other than three cells: {line}"
        );
        let table = tables.last_mut().expect("a row before the first heading");
        table.push((code, cells[1], cells[2]));
    }
    tables
}

/// Checks that table `C` holds exactly `rows`, in their order, and finds each by code and name.
fn assert_holds_every_row<C: Code<Repr = i32>>(rows: &[Row]) {
    assert_eq!(C::COUNT, rows.len(), "{} rows", C::TABLE);
    for (shipped, &(code, name, message)) in C::iter().zip(rows) {
        assert_eq!(
            (shipped.code(), shipped.name(), shipped.message()),
            (code, name, message),
            "{} row {code}",
            C::TABLE
        );
        assert_eq!(C::from_code(code), Some(shipped));
        assert_eq!(C::from_name(name), Some(shipped));
    }
}

/// Checks sampled rows by code (name and message) and by name (code).
fn assert_samples<C: Code<Repr = i32>>(samples: &[Row]) {
    for &(code, name, message) in samples {
        let found = C::from_code(code).unwrap_or_else(|| panic!("{code} not in {}", C::TABLE));
        assert_eq!((found.name(), found.message()), (name, message));
        assert_eq!(C::from_name(name).map(C::code), Some(code));
    }
}

#[test]
fn row_counts_match_the_document() {
    // Counted by a script over the fixture (the lines `| <digits> | NAME | 中文 |` under each
    // `###` heading) and by the fixtures' README: 111, 64 and 32 rows. No row is dropped.
    assert_eq!(DspError::COUNT, 111);
    assert_eq!(DspSdkError::COUNT, 64);
    assert_eq!(TransferState::COUNT, 32);
    let counts: Vec<usize> = document_tables().iter().map(Vec::len).collect();
    assert_eq!(counts, [111, 64, 32]);
}

#[test]
fn every_row_of_the_document_is_in_its_table() {
    let tables = document_tables();
    let [api, sdk, states] = &tables[..] else {
        panic!("the document has {} tables, not 3", tables.len());
    };
    assert_holds_every_row::<DspError>(api);
    assert_holds_every_row::<DspSdkError>(sdk);
    assert_holds_every_row::<TransferState>(states);
}

#[test]
fn api_samples() {
    assert_samples::<DspError>(&[
        (0, "SUCCESS", "成功"),
        (40001, "INTERNAL_ERROR", "内部服务器错误"),
        (40002, "INVALID_PARAMS", "参数不正确（缺少）"),
        (50003, "CHAIN_WAIT_TX_COMFIRMED_TIMEOUT", "等待交易确认超时"),
        (50012, "ACCOUNT_NOT_LOGIN", "钱包文件不存在"),
        (
            54005,
            "FS_CANT_REVOKE_OF_EXISTS_FILE",
            "不能撤销有存储文件的空间",
        ),
        (55023, "DSP_PAUSE_UPLOAD_FAIELD", "暂停上传失败"),
        (55101, "DSP_FILE_NOT_EXISTS", "wenj"),
        (56016, "DSP_CHANNEL_OPEN_TO_NO_DNS", "禁止向非DNS账号开通道"),
        (58000, "DSP_TASK_NOT_EXIST", "操作的任务不存在"),
        (59101, "NET_PROXY_DISCONNECTED", "PROXY断开连接"),
    ]);
}

#[test]
fn sdk_samples() {
    assert_samples::<DspSdkError>(&[
        (40000, "INVALID_PARAMS", "参数不对"),
        (40001, "INTERNAL_ERROR", "内部错误"),
        (40003, "CLOSE_DB_ERROR", "内部错误"),
        (50000, "NEW_TASK_FAILED", "创建任务失败"),
        (50004, "SHARDING_FAIELD", "分片失败"),
        (
            50017,
            "FILE_UPLOADED_CHECK_PDP_FAILED",
            "文件已上传，存储节点提交PDP证明失败",
        ),
        (
            50029,
            "GET_DOWNLOAD_INFO_FAILED_FROM_PEERS",
            "从下载节点获取信息失败",
        ),
        (50043, "DOWNLOAD_FILE_RESUSED", "下载文件被拒绝"),
        (50057, "TASK_NOT_EXIST", "任务已存在"),
        (50059, "CHECK_FILE_FAILED", "检查文件失败"),
    ]);
}

#[test]
fn state_samples() {
    assert_samples::<TransferState>(&[
        (0, "None", "无"),
        (1, "TaskPause", "任务暂停"),
        (11, "TaskUploadFileGeneratePDPData", "生成PDP证明数据"),
        (17, "TaskUploadFileRegisterDNSDone", "注册信息到DNS节点完成"),
        (18, "TaskDownloadFileStart", "开始下载文件"),
        (
            25,
            "TaskDownloadFileMakeSeed",
            "文件下载完成，向DNS节点提交分享信息",
        ),
        (26, "TaskDownloadPayForBlocksFailed", "为数据块支付失败"),
        (28, "TaskDownloadCheckingFileFailed", "检查文件失败"),
        (31, "TaskWaitForBlockConfirmedDone", "等待区块确认完成"),
    ]);
}

#[test]
fn api_and_sdk_are_separate_code_spaces() {
    // 40001 is INTERNAL_ERROR in both tables, with two messages.
    let api = DspError::from_code(40001);
    let sdk = DspSdkError::from_code(40001);
    assert_eq!(api, Some(DspError::InternalError));
    assert_eq!(sdk, Some(DspSdkError::InternalError));
    assert_eq!(DspError::InternalError.to_string(), "40001: 内部服务器错误");
    assert_eq!(DspSdkError::InternalError.to_string(), "40001: 内部错误");
    // One name, two codes; one code, two names.
    assert_eq!(
        DspError::from_name("INVALID_PARAMS").map(DspError::code),
        Some(40002)
    );
    assert_eq!(
        DspSdkError::from_name("INVALID_PARAMS").map(DspSdkError::code),
        Some(40000)
    );
    assert_eq!(
        DspSdkError::from_code(40002),
        Some(DspSdkError::InvalidAddress)
    );
    // Each table has codes the other has not.
    assert_eq!(DspError::from_code(40000), None);
    assert_eq!(DspSdkError::from_code(40010), None);
    assert_eq!(
        DspSdkError::try_from(59101).unwrap_err().to_string(),
        "59101 is not a DspSdkError code"
    );
}

#[test]
fn quirks_are_kept_as_published() {
    // Typos are the wire names; the corrected spellings are not.
    assert_eq!(
        DspError::ChainWaitTxComfirmedTimeout.name(),
        "CHAIN_WAIT_TX_COMFIRMED_TIMEOUT"
    );
    assert_eq!(DspError::from_name("CHAIN_WAIT_TX_CONFIRMED_TIMEOUT"), None);
    assert!("DSP_RETRY_DOWNLOAD_FAILED".parse::<DspError>().is_err());
    assert_eq!(
        "DSP_RETRY_DOWNLOAD_FAIELD".parse::<DspError>(),
        Ok(DspError::DspRetryDownloadFaield)
    );
    assert_eq!(DspSdkError::from_name("SHARDING_FAILED"), None);
    // 50057: the message says the opposite of the name.
    assert_eq!(DspSdkError::TaskNotExist.to_string(), "50057: 任务已存在");
    // A state named None, beside Option::None.
    assert_eq!(TransferState::from_code(0), Some(TransferState::None));
    assert_eq!(TransferState::from_code(32), None);
    assert_eq!("None".parse::<TransferState>(), Ok(TransferState::None));
    // A wire name in UpperCamelCase already, acronyms included, is its own variant.
    assert_eq!(
        TransferState::TaskUploadFileGeneratePDPData.name(),
        "TaskUploadFileGeneratePDPData"
    );
    assert_eq!(TransferState::TaskUploadFileRegisterDNSDone as i32, 17);
}
