//! A client for a DSP node's HTTP API (seed 000), as an SDK would write it with `codes`.
//!
//! Every reply is `{"code": …, "msg": …, "data": …}`. serde decodes it into a `Response<T>`
//! whose code is an `OrUnknown<DspError>`, and the client turns that into `Result<T, SdkError>`.
//! Known codes stay typed, so callers match on them: the upload retries a chain timeout, and a
//! deletion treats a missing file as done. A code from a newer node, which the table lacks, is
//! logged and kept as the very number the node sent, so it can be passed on unchanged.
//!
//! There is no network: the node's replies are canned bodies, in the order it gives them.
//! Run with `cargo run --example sdk_client`. It checks what each call gave against the replies,
//! and panics on a wrong one.

use std::cell::RefCell;
use std::fmt;

use codetable::OrUnknown;
use codetable_seeds::dsp::{DspError, TransferState};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// What the node says, in the order it says it.
const REPLIES: &[&str] = &[
    r#"{"code":50003,"msg":"等待交易确认超时","data":null}"#,
    r#"{"code":0,"msg":"","data":{"taskId":"4c1e9a","fileHash":"QmYwAPJzv5CZ","state":5}}"#,
    r#"{"code":55101,"msg":"wenj","data":null}"#,
    r#"{"code":40001,"msg":"内部服务器错误","data":null}"#,
    r#"{"code":0,"msg":"","data":"8f3a0c61d2e4b7"}"#,
    // From a newer node: 55064 is in no version of the table this SDK was built with.
    r#"{"code":55064,"msg":"文件已被冻结","data":null}"#,
];

/// Every reply of the node: `code` 0 and `data` on success, else an error code and its text.
#[derive(Debug, Deserialize, Serialize)]
struct Response<T> {
    code: OrUnknown<DspError>,
    msg: String,
    data: Option<T>,
}

/// The `data` of an upload: the task the node started, and its state.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct UploadTask {
    task_id: String,
    state: TransferState,
}

/// Why a call failed.
#[derive(Debug)]
enum SdkError {
    /// The node answered an error code: one of `DspError`'s, or a newer one kept as sent.
    Api {
        code: OrUnknown<DspError>,
        msg: String,
    },
    /// The node answered success (`0`) without `data`.
    NoData,
    /// The body is not a reply of the API.
    Decode(serde_json::Error),
}

impl SdkError {
    /// Whether the same call may succeed if made again.
    fn is_retryable(&self) -> bool {
        use DspError::{ChainGetHeightFailed, ChainWaitTxComfirmedTimeout, DspChannelSyncing};
        let SdkError::Api { code, .. } = self else {
            return false;
        };
        matches!(
            code.known(),
            Some(ChainWaitTxComfirmedTimeout | ChainGetHeightFailed | DspChannelSyncing)
        )
    }
}

impl fmt::Display for SdkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SdkError::Api { code, msg } => {
                let name = code.name().unwrap_or("a code unknown to this SDK");
                write!(f, "the node answered {} ({name}): {msg}", code.code())
            }
            SdkError::NoData => f.write_str("the node answered success without data"),
            SdkError::Decode(err) => write!(f, "the reply is not one of the API: {err}"),
        }
    }
}

impl std::error::Error for SdkError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SdkError::Decode(err) => Some(err),
            SdkError::Api { .. } | SdkError::NoData => None,
        }
    }
}

/// A client of one node; its transport hands out the canned replies.
struct Client {
    replies: RefCell<std::slice::Iter<'static, &'static str>>,
}

impl Client {
    /// Sends a request and decodes the node's reply.
    fn call<T: DeserializeOwned>(&self, request: &str) -> Result<T, SdkError> {
        let body = self.replies.borrow_mut().next().expect("a canned reply");
        println!("  {request} -> {body}");
        let Response { code, msg, data } = serde_json::from_str(body).map_err(SdkError::Decode)?;
        match code {
            OrUnknown::Known(DspError::Success) => data.ok_or(SdkError::NoData),
            code => Err(SdkError::Api { code, msg }),
        }
    }

    /// Uploads a file, trying up to three times while the node says a retry may succeed.
    fn upload(&self, path: &str) -> Result<UploadTask, SdkError> {
        let mut attempt = 1;
        loop {
            match self.call(&format!("POST /api/v1/dsp/file/upload {path}")) {
                Err(err) if err.is_retryable() && attempt < 3 => println!("  retrying: {err}"),
                result => return result,
            }
            attempt += 1;
        }
    }

    /// Deletes a stored file; gives the hash of the transaction that deleted it.
    fn delete(&self, file_hash: &str) -> Result<String, SdkError> {
        self.call(&format!("POST /api/v1/dsp/file/delete {file_hash}"))
    }
}

fn main() {
    let client = Client {
        replies: RefCell::new(REPLIES.iter()),
    };

    println!("upload photos/cat.jpg:");
    // The chain timeout is retried, and the second reply starts the task.
    match client.upload("photos/cat.jpg") {
        Ok(task) => {
            let (id, state) = (task.task_id, task.state);
            println!("  task {id}: {state:?} ({})", state.message());
            assert_eq!((id.as_str(), state.code()), ("4c1e9a", 5));
            assert_eq!(state, TransferState::TaskUploadFilePaying);
        }
        Err(err) => panic!("upload failed: {err}"),
    }

    // What each deletion comes to, as the client's caller sees it.
    let expected = [
        ("QmGone", "already gone"),
        (
            "QmBusy",
            "failed: the node answered 40001 (INTERNAL_ERROR): 内部服务器错误",
        ),
        ("QmOld", "deleted in 8f3a0c61d2e4b7"),
        (
            "QmFrozen",
            r#"kept {"code":55064,"msg":"文件已被冻结","data":null}"#,
        ),
    ];
    for (file_hash, outcome) in expected {
        println!("\ndelete {file_hash}:");
        let got = match client.delete(file_hash) {
            Ok(tx_hash) => {
                println!("  deleted in transaction {tx_hash}");
                format!("deleted in {tx_hash}")
            }
            Err(SdkError::Api { code, .. }) if code == DspError::DspFileNotExists => {
                println!("  already gone, nothing to delete");
                "already gone".to_owned()
            }
            Err(SdkError::Api { code, msg }) if !code.is_known() => {
                // A newer node's code: log it, and keep it as sent (encoded again, it is the
                // same number), to pass it on or report it.
                println!("  [warn] code {} is new to this SDK: {msg}", code.code());
                let kept: Response<()> = Response {
                    code,
                    msg,
                    data: None,
                };
                let again = serde_json::to_string(&kept).expect("a response encodes");
                println!("  kept as sent, encoded again: {again}");
                format!("kept {again}")
            }
            Err(err) => {
                println!("  failed, reported to the user: {err}");
                format!("failed: {err}")
            }
        };
        assert_eq!(got, outcome, "delete {file_hash}");
    }
    // Every canned reply was asked for: the retry made one call more.
    assert_eq!(client.replies.borrow().len(), 0, "replies left unread");
}
