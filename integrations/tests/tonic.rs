//! The file service on a loopback socket: its errors reach a tonic client as statuses that
//! carry the table's code as google.rpc's `ErrorInfo`, which the client reads back into the
//! table's variants; a client with an older table keeps a newer code as `OrUnknown::Unknown`.

use codetable::tonic::Mismatch;
use codetable::OrUnknown;
use codetable_integrations::grpc::{stat, FileError, FilesClient, FilesServer};
use codetable_integrations::http::Files;
use tokio::net::TcpListener;
use tonic::Code;
use tonic_types::StatusExt;

/// The client's version of the table: that of a release before `NETWORK_ERROR` (31021).
mod older {
    codetable::define_codes! {
        /// The file errors the client knows.
        pub enum FileError(grpc: tonic::Code) in 0..=31299 {
            31062 => FILE_NAME_IS_INVALID, "文件名非法", grpc = InvalidArgument,
            31066 => FILE_DOES_NOT_EXIST, "文件不存在", grpc = NotFound,
        }
    }
}

fn files() -> Files {
    Files::from([("docs/a.txt".to_owned(), 42)])
}

/// A server on a loopback port, and a client connected to it.
async fn serve() -> (tokio::task::JoinHandle<()>, FilesClient) {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a loopback port");
    let address = listener.local_addr().expect("its address");
    let server = tokio::spawn(async move {
        FilesServer::new(files())
            .serve(listener)
            .await
            .expect("the server runs");
    });
    let client = FilesClient::connect(address).await.expect("a connection");
    (server, client)
}

#[tokio::test]
async fn a_table_error_reaches_the_client_as_its_variant() {
    let (server, mut client) = serve().await;
    assert_eq!(client.stat("docs/a.txt").await.expect("a file"), 42);

    let status = client.stat("docs/b.txt").await.expect_err("no such file");
    assert_eq!(status.code(), Code::NotFound);
    assert_eq!(status.message(), "文件不存在");
    assert_eq!(
        FileError::try_from(&status),
        Ok(FileError::FileDoesNotExist)
    );
    assert_eq!(
        OrUnknown::<FileError>::try_from(&status),
        Ok(OrUnknown::Known(FileError::FileDoesNotExist))
    );
    // As google.rpc.ErrorInfo: what a client in another language reads.
    let info = status.get_details_error_info().expect("an ErrorInfo");
    assert_eq!(info.reason, "FILE_DOES_NOT_EXIST");
    assert_eq!(info.domain, "FileError");
    assert_eq!(info.metadata["code"], "31066");

    for (path, expected) in [
        ("docs//a.txt", FileError::FileNameIsInvalid),
        ("private/key.pem", FileError::FileIsNotAuthorized),
        ("offline/a.txt", FileError::NetworkError),
    ] {
        let status = client.stat(path).await.expect_err(path);
        assert_eq!(status.code(), expected.grpc());
        assert_eq!(FileError::try_from(&status), Ok(expected));
    }
    server.abort();
}

#[tokio::test]
async fn an_older_client_keeps_a_newer_code() {
    let (server, mut client) = serve().await;
    let status = client.stat("offline/a.txt").await.expect_err("offline");
    assert_eq!(status.code(), Code::Unavailable);
    assert_eq!(
        OrUnknown::<older::FileError>::try_from(&status),
        Ok(OrUnknown::Unknown(31021))
    );
    let strict = older::FileError::try_from(&status).expect_err("31021 is unknown to it");
    assert_eq!(
        strict.mismatch(),
        &Mismatch::UnknownCode("31021".to_owned())
    );
    assert_eq!(strict.to_string(), "31021 is not a FileError code");

    let status = client.stat("docs/b.txt").await.expect_err("no such file");
    assert_eq!(
        older::FileError::try_from(&status),
        Ok(older::FileError::FileDoesNotExist)
    );
    server.abort();
}

#[tokio::test]
async fn statuses_of_no_table_or_another_are_errors() {
    // tonic's own status: no ErrorInfo.
    let deadline = tonic::Status::deadline_exceeded("too slow");
    let error = FileError::try_from(&deadline).expect_err("no ErrorInfo");
    assert_eq!(error.mismatch(), &Mismatch::NoErrorInfo);
    assert_eq!(error.table(), "FileError");
    assert!(OrUnknown::<FileError>::try_from(&deadline).is_err());

    // Another table's, through the same service.
    let other = tonic::Status::from(codes_integrations_other::OtherError::Busy);
    let error = FileError::try_from(&other).expect_err("another domain");
    assert_eq!(
        error.mismatch(),
        &Mismatch::OtherDomain("OtherError".to_owned())
    );
    assert_eq!(
        error.to_string(),
        "the status's ErrorInfo is of the domain `OtherError`, not `FileError`"
    );
}

/// A server with the older table passes on a code it does not know, as it came.
#[test]
fn unknown_codes_pass_through_a_server_unchanged() {
    let newer = OrUnknown::<older::FileError>::from(31021);
    let status = tonic::Status::from(newer);
    assert_eq!(status.code(), Code::Unknown);
    assert_eq!(OrUnknown::<older::FileError>::try_from(&status), Ok(newer));
    // A client with the newer table, of the same domain, knows it.
    assert_eq!(FileError::try_from(&status), Ok(FileError::NetworkError));
    // `stat` itself, without the network.
    assert_eq!(stat(&files(), "docs/a.txt"), Ok(42));
}

mod codes_integrations_other {
    codetable::define_codes! {
        /// Another table, of another domain.
        pub enum OtherError(grpc: tonic::Code) {
            1 => BUSY, "busy", grpc = Unavailable,
        }
    }
}
