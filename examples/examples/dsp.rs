//! Seed 000: a DSP node's API error codes, its Go SDK's, and its transfer-task states: three
//! tables in one `define_codes!` invocation, two of which reuse each other's codes.
//!
//! Run with `cargo run --example dsp`. It checks each answer it prints against the document
//! (`seeds/fixtures/000_*.txt`), and panics on a wrong one.

use codetable_seeds::dsp::{DspError, DspSdkError, TransferState};

fn main() {
    println!("DspError:      {:>3} codes", DspError::COUNT);
    println!("DspSdkError:   {:>3} codes", DspSdkError::COUNT);
    println!("TransferState: {:>3} states", TransferState::COUNT);
    assert_eq!(
        (DspError::COUNT, DspSdkError::COUNT, TransferState::COUNT),
        (111, 64, 32)
    );

    // The API and the SDK number their errors independently: 40001 is a row of each.
    let api = DspError::from_code(40001).expect("40001 is an API code");
    let sdk = DspSdkError::from_code(40001).expect("40001 is an SDK code");
    println!(
        "40001 in DspError:    {api:?} {} {:?}",
        api.name(),
        api.message()
    );
    println!(
        "40001 in DspSdkError: {sdk:?} {} {:?}",
        sdk.name(),
        sdk.message()
    );
    // One wire name, two rows with their own messages.
    assert_eq!(
        (api.name(), api.message()),
        ("INTERNAL_ERROR", "内部服务器错误")
    );
    assert_eq!((sdk.name(), sdk.message()), ("INTERNAL_ERROR", "内部错误"));

    // By code, with `try_from`: each code's wire name and message; 12345 is in neither table.
    let lookups = [
        (0, Some(("SUCCESS", "成功"))),
        (
            50003,
            Some(("CHAIN_WAIT_TX_COMFIRMED_TIMEOUT", "等待交易确认超时")),
        ),
        (55101, Some(("DSP_FILE_NOT_EXISTS", "wenj"))),
        (12345, None),
    ];
    for (code, expected) in lookups {
        match DspError::try_from(code) {
            Ok(found) => {
                println!(
                    "{code:>5} => {found:?} {} {:?}",
                    found.name(),
                    found.message()
                );
                assert_eq!(Some((found.name(), found.message())), expected, "{code}");
            }
            Err(unknown) => {
                println!("{code:>5} => {unknown}");
                assert_eq!((unknown.code(), expected), (code, None));
            }
        }
    }
    let state = TransferState::try_from(11).expect("state 11 is in the table");
    println!("state 11 => {state:?} (wire name {})", state.name());
    assert_eq!(state.name(), "TaskUploadFileGeneratePDPData");

    // By name: the wire names keep the document's typos, so the corrected spelling is unknown.
    let typo = "DSP_PAUSE_UPLOAD_FAIELD".parse::<DspError>();
    let corrected = "DSP_PAUSE_UPLOAD_FAILED".parse::<DspError>();
    for (name, parsed) in [
        ("DSP_PAUSE_UPLOAD_FAIELD", &typo),
        ("DSP_PAUSE_UPLOAD_FAILED", &corrected),
    ] {
        match parsed {
            Ok(found) => println!("{name:?}.parse() => {found:?} ({})", found.code()),
            Err(unknown) => println!("{name:?}.parse() => {unknown}"),
        }
    }
    assert_eq!(typo.map(DspError::code), Ok(55023));
    assert!(corrected.is_err());
    let none = TransferState::from_name("None").expect("state 0 is named `None`");
    println!("TransferState::from_name(\"None\") => TransferState::{none:?} ({none})");
    assert_eq!(none.to_string(), "0: 无");

    // Display shows the code and the message; 50057's message says the opposite of its name.
    let error = DspSdkError::TaskNotExist;
    println!("{} says: {error}", error.name());
    assert_eq!(
        (error.name(), error.to_string()),
        ("TASK_NOT_EXIST", "50057: 任务已存在".to_owned())
    );
}
