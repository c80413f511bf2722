//! The `serde` feature and `codetable::OrUnknown`, against the JSON an SDK of seed 000's DSP node
//! really receives (`{"code": 40001, "msg": "内部服务器错误", "data": null}`): a table field
//! takes the table's codes and rejects any other number with an error naming the number and
//! the table; `OrUnknown` takes any number of the code type and gives it back unchanged;
//! `codetable::serde::by_name` uses the wire names, typos and all; and the traits of `OrUnknown`
//! (equality, hashing and ordering by number, Display, `into_result`, the integer conversions).

use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::hash::{Hash, Hasher};

use codetable::{OrUnknown, UnknownCode};
use codetable_seeds::dsp::{DspError, DspSdkError, TransferState};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

/// A node API response whose code must be one of the table's.
#[derive(Debug, Deserialize, Serialize)]
struct Strict {
    code: DspError,
    msg: String,
    data: Option<Value>,
}

/// A node API response as an SDK should read it: any code, known or not.
#[derive(Debug, Deserialize, Serialize)]
struct Response<T> {
    code: OrUnknown<DspError>,
    msg: String,
    data: Option<T>,
}

/// The `data` of a task query: its state as the node sends it, a number.
#[derive(Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
struct Task {
    task_id: String,
    file_hash: String,
    state: TransferState,
}

/// The node's reply with `code` and `msg`, no data, compact as serde_json writes it.
fn error_body(code: i64, msg: &str) -> String {
    format!(r#"{{"code":{code},"msg":"{msg}","data":null}}"#)
}

/// The line and column serde_json appends to an error's message (none for an error raised
/// after the whole input was read, which serde_json reports at line 0).
fn at(err: &serde_json::Error) -> String {
    match err.line() {
        0 => String::new(),
        line => format!(" at line {line} column {}", err.column()),
    }
}

/// The hash `DefaultHasher` gives `value`.
fn hash_of<T: Hash>(value: &T) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

// ---------------------------------------------------------------------------------------------
// A table as a field: its codes only.

#[test]
fn table_field_decodes_every_code_of_the_table() {
    for known in DspError::iter() {
        let body = error_body(known.code().into(), known.message());
        let response: Strict = serde_json::from_str(&body).unwrap();
        assert_eq!(response.code, known, "{body}");
        assert_eq!(response.msg, known.message());
        assert_eq!(serde_json::to_string(&response).unwrap(), body);
    }

    let success =
        r#"{"code": 0, "msg": "", "data": {"taskId": "t1", "fileHash": "QmZ", "state": 5}}"#;
    let response: Strict = serde_json::from_str(success).unwrap();
    assert_eq!(response.code, DspError::Success);
    let task: Task = serde_json::from_value(response.data.unwrap()).unwrap();
    assert_eq!(task.state, TransferState::TaskUploadFilePaying);
}

#[test]
fn table_field_rejects_an_unknown_code_naming_the_number_and_the_table() {
    // 40099 is in neither table; 40000 is an SDK code the API table lacks.
    for (code, msg) in [(40099, "新的错误"), (40000, "参数不对"), (-1, "失败")] {
        let body = error_body(code, msg);
        let err = serde_json::from_str::<Strict>(&body).unwrap_err();
        assert!(err.is_data(), "{err}");
        assert_eq!(
            err.to_string(),
            format!("{code} is not a DspError code{}", at(&err))
        );
    }
    // The same text as `TryFrom`'s error, which is where it comes from.
    let err = serde_json::from_str::<DspError>("40099").unwrap_err();
    let try_from = DspError::try_from(40099).unwrap_err();
    assert_eq!(err.to_string(), format!("{try_from}{}", at(&err)));
    // The other tables name themselves.
    let err = serde_json::from_str::<TransferState>("32").unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("32 is not a TransferState code{}", at(&err))
    );
    let err = serde_json::from_str::<DspSdkError>("0").unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("0 is not a DspSdkError code{}", at(&err))
    );
}

#[test]
fn table_field_rejects_a_number_out_of_the_code_type_and_a_string() {
    let beyond_i32 = i64::from(i32::MAX) + 1;
    for body in [
        error_body(beyond_i32, "太大"),
        error_body(i64::from(i32::MIN) - 1, "太小"),
    ] {
        let err = serde_json::from_str::<Strict>(&body).unwrap_err();
        assert!(err.is_data(), "{err}");
        assert!(err.to_string().contains("expected i32"), "{err}");
    }
    let err = serde_json::from_str::<Strict>(&error_body(beyond_i32, "")).unwrap_err();
    assert!(err.to_string().contains(&beyond_i32.to_string()), "{err}");

    // A code sent as a string, or as a float, is not a code: serde_json does not convert.
    for body in [
        r#"{"code": "40001", "msg": "内部服务器错误", "data": null}"#,
        r#"{"code": 40001.0, "msg": "内部服务器错误", "data": null}"#,
        r#"{"code": null, "msg": "内部服务器错误", "data": null}"#,
    ] {
        let err = serde_json::from_str::<Strict>(body).unwrap_err();
        assert!(err.is_data(), "{err}");
        assert!(err.to_string().starts_with("invalid type: "), "{err}");
        assert!(err.to_string().contains("expected i32"), "{err}");
        // Nor does `OrUnknown` take them.
        assert!(
            serde_json::from_str::<Response<Value>>(body).is_err(),
            "{body}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// `OrUnknown` as a field: any number, kept as it came.

#[test]
fn or_unknown_decodes_known_and_unknown_codes() {
    let body = r#"{"code": 40001, "msg": "内部服务器错误", "data": null}"#;
    let response: Response<Value> = serde_json::from_str(body).unwrap();
    assert_eq!(response.code, OrUnknown::Known(DspError::InternalError));
    assert_eq!(response.code.known(), Some(DspError::InternalError));
    assert!(response.data.is_none());

    let body = r#"{"code": 40099, "msg": "新的错误", "data": null}"#;
    let response: Response<Value> = serde_json::from_str(body).unwrap();
    assert!(matches!(response.code, OrUnknown::Unknown(40099)));
    assert_eq!(response.code.known(), None);
    assert_eq!(response.msg, "新的错误");

    let body = r#"{"code": 0, "msg": "", "data": {"taskId": "t1", "fileHash": "QmZ", "state": 0}}"#;
    let response: Response<Task> = serde_json::from_str(body).unwrap();
    assert!(matches!(response.code, OrUnknown::Known(DspError::Success)));
    let task = response.data.unwrap();
    assert_eq!(
        (task.task_id.as_str(), task.state),
        ("t1", TransferState::None)
    );

    // Every code of each table comes back as itself.
    for known in DspError::iter() {
        let code: OrUnknown<DspError> = serde_json::from_str(&known.code().to_string()).unwrap();
        assert!(
            matches!(code, OrUnknown::Known(k) if k == known),
            "{known:?}"
        );
    }
    for state in TransferState::iter() {
        let code: OrUnknown<TransferState> = serde_json::from_value(json!(state.code())).unwrap();
        assert_eq!(code.known(), Some(state));
    }
}

#[test]
fn or_unknown_response_re_encodes_to_the_same_number() {
    // Codes only the SDK's table has: a node API code space would know none of them.
    let sdk_only: Vec<i32> = DspSdkError::iter()
        .map(DspSdkError::code)
        .filter(|&code| DspError::from_code(code).is_none())
        .collect();
    assert!(sdk_only.contains(&40000) && sdk_only.contains(&50042));
    let mut codes = vec![
        0, 40001, 50003, 55101, 59101, 40099, 59102, 60000, -1, -40001,
    ];
    codes.extend([i32::MAX, i32::MIN]);
    codes.extend(&sdk_only);

    for code in codes {
        let body = error_body(code.into(), "服务器的消息");
        let response: Response<Value> = serde_json::from_str(&body).unwrap();
        assert_eq!(response.code.code(), code);
        assert_eq!(
            response.code.is_known(),
            DspError::from_code(code).is_some()
        );
        let again = serde_json::to_string(&response).unwrap();
        assert_eq!(again, body);
        assert_eq!(
            serde_json::to_value(&response).unwrap(),
            serde_json::from_str::<Value>(&body).unwrap()
        );
        // And decoding it again gives the same value.
        let twice: Response<Value> = serde_json::from_str(&again).unwrap();
        assert!(twice.code == response.code && twice.msg == response.msg);
    }

    for code in &sdk_only {
        let api: OrUnknown<DspError> = serde_json::from_str(&code.to_string()).unwrap();
        let sdk: OrUnknown<DspSdkError> = serde_json::from_str(&code.to_string()).unwrap();
        assert!(matches!(api, OrUnknown::Unknown(c) if c == *code));
        assert_eq!(sdk.known().map(DspSdkError::code), Some(*code));
        assert_eq!(serde_json::to_string(&api).unwrap(), code.to_string());
    }

    // A success with data, through `serde_json::Value` and back.
    let body = r#"{"code":0,"msg":"","data":{"taskId":"t1","fileHash":"QmZ","state":31}}"#;
    let response: Response<Task> = serde_json::from_str(body).unwrap();
    assert_eq!(
        response.data.as_ref().map(|task| task.state),
        Some(TransferState::TaskWaitForBlockConfirmedDone)
    );
    assert_eq!(serde_json::to_string(&response).unwrap(), body);
    let value = serde_json::to_value(&response).unwrap();
    let back: Response<Task> = serde_json::from_value(value).unwrap();
    assert_eq!((back.code, back.data), (response.code, response.data));
}

#[test]
fn optional_and_missing_fields_behave_as_serde_does() {
    #[derive(Debug, Deserialize, Serialize)]
    struct Maybe {
        code: Option<OrUnknown<DspError>>,
    }
    #[derive(Debug, Deserialize)]
    struct Required {
        #[allow(dead_code)]
        code: OrUnknown<DspError>,
    }

    let maybe = |body: &str| serde_json::from_str::<Maybe>(body).unwrap().code;
    assert_eq!(maybe("{}"), None);
    assert_eq!(maybe(r#"{"code": null}"#), None);
    assert_eq!(
        maybe(r#"{"code": 40001}"#),
        Some(DspError::InternalError.into())
    );
    assert_eq!(maybe(r#"{"code": 40099}"#), Some(OrUnknown::Unknown(40099)));
    let some = Maybe {
        code: Some(OrUnknown::Unknown(40099)),
    };
    assert_eq!(serde_json::to_string(&some).unwrap(), r#"{"code":40099}"#);
    assert_eq!(
        serde_json::to_string(&Maybe { code: None }).unwrap(),
        r#"{"code":null}"#
    );

    let err = serde_json::from_str::<Required>("{}").unwrap_err();
    assert_eq!(err.to_string(), format!("missing field `code`{}", at(&err)));
    let err = serde_json::from_str::<Required>(r#"{"code": null}"#).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("invalid type: null, expected i32"),
        "{err}"
    );
}

// ---------------------------------------------------------------------------------------------
// By wire name.

#[test]
fn by_name_round_trips_wire_names_and_rejects_unknown_ones() {
    #[derive(Debug, PartialEq, Deserialize, Serialize)]
    struct Named {
        #[serde(with = "codetable::serde::by_name")]
        error: DspError,
        #[serde(with = "codetable::serde::by_name")]
        state: TransferState,
    }

    let typo = r#"{"error":"CHAIN_WAIT_TX_COMFIRMED_TIMEOUT","state":"None"}"#;
    let named: Named = serde_json::from_str(typo).unwrap();
    assert_eq!(named.error, DspError::ChainWaitTxComfirmedTimeout);
    assert_eq!(named.state, TransferState::None);
    assert_eq!(serde_json::to_string(&named).unwrap(), typo);

    // Every row of the three tables, with the name exactly as the document writes it.
    for (error, state) in DspError::iter().zip(TransferState::iter().cycle()) {
        let named = Named { error, state };
        let body = serde_json::to_string(&named).unwrap();
        let expected = json!({ "error": error.name(), "state": state.name() });
        assert_eq!(serde_json::from_str::<Value>(&body).unwrap(), expected);
        assert_eq!(serde_json::from_str::<Named>(&body).unwrap(), named);
    }
    for sdk in DspSdkError::iter() {
        #[derive(Deserialize, Serialize)]
        struct Sdk(#[serde(with = "codetable::serde::by_name")] DspSdkError);
        let body = serde_json::to_string(&Sdk(sdk)).unwrap();
        assert_eq!(body, format!("\"{}\"", sdk.name()));
        assert_eq!(serde_json::from_str::<Sdk>(&body).unwrap().0, sdk);
    }
    assert_eq!(
        TransferState::TaskUploadFileGeneratePDPData.name(),
        "TaskUploadFileGeneratePDPData"
    );

    // The spelling fixed, a variant's name, another table's name, another case: all unknown.
    for (error, state, bad, table) in [
        (
            "CHAIN_WAIT_TX_CONFIRMED_TIMEOUT",
            "None",
            "CHAIN_WAIT_TX_CONFIRMED_TIMEOUT",
            "DspError",
        ),
        (
            "ChainWaitTxComfirmedTimeout",
            "None",
            "ChainWaitTxComfirmedTimeout",
            "DspError",
        ),
        ("SHARDING_FAIELD", "None", "SHARDING_FAIELD", "DspError"),
        ("SUCCESS", "none", "none", "TransferState"),
        (
            "SUCCESS",
            "TaskUploadFileGeneratePdpData",
            "TaskUploadFileGeneratePdpData",
            "TransferState",
        ),
    ] {
        let body = json!({ "error": error, "state": state }).to_string();
        let err = serde_json::from_str::<Named>(&body).unwrap_err();
        assert!(err.is_data(), "{err}");
        assert_eq!(
            err.to_string(),
            format!("`{bad}` is not a {table} name{}", at(&err))
        );
    }

    // A number where a name is expected says what was expected.
    let err = serde_json::from_str::<Named>(r#"{"error": 50003, "state": "None"}"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "invalid type: integer `50003`, expected a DspError wire name{}",
            at(&err)
        )
    );
}

// ---------------------------------------------------------------------------------------------
// What serialization writes.

#[test]
fn tables_and_or_unknown_serialize_as_their_numbers() {
    assert_eq!(
        serde_json::to_string(&DspError::InternalError).unwrap(),
        "40001"
    );
    assert_eq!(serde_json::to_value(DspError::Success).unwrap(), json!(0));
    assert_eq!(
        serde_json::to_string(&OrUnknown::<DspError>::Unknown(40099)).unwrap(),
        "40099"
    );
    assert_eq!(
        serde_json::to_string(&OrUnknown::Known(DspError::InternalError)).unwrap(),
        "40001"
    );
    for known in DspError::iter() {
        let number = known.code().to_string();
        assert_eq!(serde_json::to_string(&known).unwrap(), number);
        assert_eq!(
            serde_json::to_string(&OrUnknown::from(known)).unwrap(),
            number
        );
    }
    assert_eq!(serde_json::to_string(&TransferState::None).unwrap(), "0");
    assert_eq!(
        serde_json::to_string(&[DspSdkError::InvalidParams, DspSdkError::CheckFileFailed]).unwrap(),
        "[40000,50059]"
    );
}

#[test]
fn codes_as_map_keys() {
    // serde_json writes integer map keys as strings, and reads them back.
    let mut seen: HashMap<OrUnknown<DspError>, u32> = HashMap::new();
    for code in [40001, 40099, 40001, 0] {
        *seen.entry(OrUnknown::from(code)).or_default() += 1;
    }
    let body = serde_json::to_string(&seen).unwrap();
    let back: HashMap<OrUnknown<DspError>, u32> = serde_json::from_str(&body).unwrap();
    assert_eq!(back, seen);
    assert_eq!(back[&OrUnknown::Known(DspError::InternalError)], 2);
    assert_eq!(back[&OrUnknown::Unknown(40099)], 1);

    let by_table: HashMap<DspError, &str> = serde_json::from_str(r#"{"50003": "retry"}"#).unwrap();
    assert_eq!(by_table[&DspError::ChainWaitTxComfirmedTimeout], "retry");
}

// ---------------------------------------------------------------------------------------------
// Other code types.

codetable::define_codes! {
    /// A one-byte status, both ends of `u8`.
    #[repr(u8)]
    pub enum ByteStatus {
        0 => OK, "成功",
        1 => BUSY, "忙",
        255 => MAX, "u8::MAX",
    }

    /// A 64-bit code, both ends of `i64`.
    #[repr(i64)]
    pub enum WideError {
        -9223372036854775808 => MIN, "i64::MIN",
        -1 => FAILED, "失败",
        0 => OK, "成功",
        9223372036854775807 => MAX, "i64::MAX",
    }

    /// An unsigned 64-bit code: `u64::MAX` is beyond `i64`.
    #[repr(u64)]
    pub enum HugeError {
        0 => OK, "成功",
        18446744073709551615 => MAX, "u64::MAX",
    }
}

#[test]
fn other_code_types_round_trip_their_extremes() {
    for status in ByteStatus::iter() {
        let body = serde_json::to_string(&status).unwrap();
        assert_eq!(body, status.code().to_string());
        assert_eq!(serde_json::from_str::<ByteStatus>(&body).unwrap(), status);
    }
    assert_eq!(serde_json::to_string(&ByteStatus::Max).unwrap(), "255");
    let err = serde_json::from_str::<ByteStatus>("254").unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("254 is not a ByteStatus code{}", at(&err))
    );
    for out_of_u8 in ["256", "-1"] {
        let err = serde_json::from_str::<ByteStatus>(out_of_u8).unwrap_err();
        assert!(err.to_string().contains("expected u8"), "{err}");
        assert!(serde_json::from_str::<OrUnknown<ByteStatus>>(out_of_u8).is_err());
    }
    for number in [0u8, 2, 254, u8::MAX] {
        let code: OrUnknown<ByteStatus> = serde_json::from_str(&number.to_string()).unwrap();
        assert_eq!((code.code(), u8::from(code)), (number, number));
        assert_eq!(serde_json::to_string(&code).unwrap(), number.to_string());
    }

    for wide in WideError::iter() {
        let body = serde_json::to_string(&wide).unwrap();
        assert_eq!(body, wide.code().to_string());
        assert_eq!(serde_json::from_str::<WideError>(&body).unwrap(), wide);
    }
    assert_eq!(
        serde_json::to_string(&WideError::Min).unwrap(),
        i64::MIN.to_string()
    );
    for number in [i64::MIN, i64::MIN + 1, -1, 0, 1, i64::MAX - 1, i64::MAX] {
        let body = number.to_string();
        let code: OrUnknown<WideError> = serde_json::from_str(&body).unwrap();
        assert_eq!(code.is_known(), WideError::from_code(number).is_some());
        assert_eq!(i64::from(code), number);
        assert_eq!(serde_json::to_string(&code).unwrap(), body);
    }
    let err = serde_json::from_str::<WideError>("9223372036854775808").unwrap_err();
    assert!(err.to_string().contains("expected i64"), "{err}");

    for number in [0, 1, u64::MAX - 1, u64::MAX] {
        let body = number.to_string();
        let code: OrUnknown<HugeError> = serde_json::from_str(&body).unwrap();
        assert_eq!(code.is_known(), HugeError::from_code(number).is_some());
        assert_eq!(serde_json::to_string(&code).unwrap(), body);
    }
    assert_eq!(
        serde_json::from_str::<HugeError>(&u64::MAX.to_string()).unwrap(),
        HugeError::Max
    );
}

// ---------------------------------------------------------------------------------------------
// The traits of `OrUnknown`.

#[test]
fn or_unknown_compares_hashes_and_orders_by_number() {
    let internal = OrUnknown::Known(DspError::InternalError);
    assert_eq!(OrUnknown::<DspError>::from(40001), internal);
    assert_eq!(internal, DspError::InternalError);
    assert_ne!(internal, DspError::InvalidParams);
    assert_ne!(
        OrUnknown::<DspError>::Unknown(40099),
        OrUnknown::Unknown(40098)
    );

    // Built by hand, `Unknown` of a known number is the same code as its `Known`.
    let by_hand = OrUnknown::<DspError>::Unknown(40001);
    assert_eq!(by_hand, internal);
    assert_eq!(hash_of(&by_hand), hash_of(&internal));
    assert_eq!(hash_of(&internal), hash_of(&40001i32));
    let set: HashSet<OrUnknown<DspError>> = [internal, by_hand, OrUnknown::Unknown(40099)].into();
    assert_eq!(set.len(), 2);

    let numbers = [59102, 0, 40099, 59101, -1, 40001, i32::MAX, 50003, i32::MIN];
    let mut codes: Vec<OrUnknown<DspError>> = numbers.iter().map(|&n| n.into()).collect();
    codes.sort();
    let mut sorted = numbers;
    sorted.sort();
    assert_eq!(codes.iter().map(|c| c.code()).collect::<Vec<_>>(), sorted);
    assert!(OrUnknown::<DspError>::Unknown(-1) < OrUnknown::Known(DspError::Success));
    assert!(OrUnknown::Known(DspError::NetProxyDisconnected) < OrUnknown::Unknown(59102));
    let tree: BTreeSet<OrUnknown<DspError>> = numbers.iter().map(|&n| n.into()).collect();
    assert_eq!(tree.first().map(|c| c.code()), Some(i32::MIN));
    assert_eq!(tree.last().map(|c| c.code()), Some(i32::MAX));
}

#[test]
fn or_unknown_display_debug_and_into_result() {
    let known = OrUnknown::Known(DspError::DspFileNotExists);
    assert_eq!(known.to_string(), DspError::DspFileNotExists.to_string());
    assert_eq!(known.to_string(), "55101: wenj");
    assert_eq!(format!("{known:?}"), "Known(DspFileNotExists)");
    assert_eq!(known.name(), Some("DSP_FILE_NOT_EXISTS"));
    assert_eq!(known.message(), Some("wenj"));
    assert_eq!(known.into_result(), Ok(DspError::DspFileNotExists));

    let unknown = OrUnknown::<DspError>::Unknown(40099);
    assert_eq!(unknown.to_string(), "40099: not a known DspError code");
    assert_eq!(format!("{unknown:?}"), "Unknown(40099)");
    assert_eq!((unknown.name(), unknown.message()), (None, None));
    let err: UnknownCode<i32> = unknown.into_result().unwrap_err();
    assert_eq!((err.code(), err.table()), (40099, "DspError"));
    assert_eq!(err, UnknownCode::new(40099, "DspError"));
    assert_eq!(Err(err), DspError::try_from(40099));
    assert_eq!(err.to_string(), "40099 is not a DspError code");

    // Usable as an error itself.
    let boxed: Box<dyn std::error::Error> = Box::new(unknown);
    assert_eq!(boxed.to_string(), unknown.to_string());

    let state = OrUnknown::<TransferState>::from(0);
    assert_eq!(state.to_string(), "0: 无");
    assert_eq!(format!("{state:?}"), "Known(None)");
    assert_eq!(
        OrUnknown::<TransferState>::from(32).to_string(),
        "32: not a known TransferState code"
    );
}

#[test]
fn or_unknown_converts_from_and_to_the_integer() {
    for number in [0, 40001, 40000, 40099, -1, i32::MIN, i32::MAX] {
        let code = OrUnknown::<DspError>::from(number);
        assert_eq!(i32::from(code), number);
        assert_eq!(code.known(), DspError::from_code(number));
        assert_eq!(code, OrUnknown::from_code(number));
        let as_int: i32 = code.into();
        assert_eq!(as_int, number);
    }
    let from_table: OrUnknown<DspError> = DspError::NoDb.into();
    assert_eq!(from_table, OrUnknown::Known(DspError::NoDb));
    assert_eq!(i32::from(from_table), DspError::NoDb as i32);
    assert_eq!(
        OrUnknown::<DspSdkError>::from(40000).known(),
        Some(DspSdkError::InvalidParams)
    );
}

#[test]
fn or_unknown_compares_both_ways_and_with_numbers() {
    let body = error_body(40001, "内部服务器错误");
    let response: Response<Value> = serde_json::from_str(&body).unwrap();
    assert!(DspError::InternalError == response.code);
    assert!(response.code == DspError::InternalError);
    assert!(response.code == 40001);
    assert!(response.code != 0);
    assert!(DspError::Success != response.code);
}

#[test]
fn a_hand_built_unknown_of_a_known_number_acts_as_the_code() {
    let by_hand = OrUnknown::<DspError>::Unknown(40001);
    assert_eq!(by_hand.known(), Some(DspError::InternalError));
    assert!(by_hand.is_known());
    assert_eq!(by_hand.name(), Some("INTERNAL_ERROR"));
    assert_eq!(by_hand.into_result(), Ok(DspError::InternalError));
    assert_eq!(by_hand.to_string(), DspError::InternalError.to_string());
    assert_eq!(by_hand, OrUnknown::Known(DspError::InternalError));
}

#[test]
fn by_name_option_takes_null_absent_and_names() {
    #[derive(Debug, PartialEq, Deserialize, Serialize)]
    struct Query {
        #[serde(with = "codetable::serde::by_name::option", default)]
        state: Option<TransferState>,
    }
    let named: Query = serde_json::from_str(r#"{"state": "TaskPause"}"#).unwrap();
    assert_eq!(named.state, Some(TransferState::TaskPause));
    assert_eq!(
        serde_json::to_string(&named).unwrap(),
        r#"{"state":"TaskPause"}"#
    );
    let null: Query = serde_json::from_str(r#"{"state": null}"#).unwrap();
    assert_eq!(null.state, None);
    assert_eq!(serde_json::to_string(&null).unwrap(), r#"{"state":null}"#);
    let absent: Query = serde_json::from_str("{}").unwrap();
    assert_eq!(absent.state, None);
    let unknown = serde_json::from_str::<Query>(r#"{"state": "Paused"}"#).unwrap_err();
    assert!(unknown
        .to_string()
        .starts_with("`Paused` is not a TransferState name"));
}

codetable::define_codes! {
    /// A table with an alias, for the by-name form.
    pub enum Errno {
        11 => EAGAIN, "Try again",
        EWOULDBLOCK = EAGAIN,
    }
}

#[test]
fn by_name_reads_an_alias_and_writes_the_row_name() {
    #[derive(Deserialize, Serialize, PartialEq, Debug)]
    struct Body(#[serde(with = "codetable::serde::by_name")] Errno);
    let read: Body = serde_json::from_str("\"EWOULDBLOCK\"").unwrap();
    assert_eq!(read, Body(Errno::Eagain));
    assert_eq!(serde_json::to_string(&read).unwrap(), "\"EAGAIN\"");
    assert!(serde_json::from_str::<Body>("\"Ewouldblock\"").is_err());
}
