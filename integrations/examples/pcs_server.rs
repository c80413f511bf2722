//! Seed 003's file API served with axum: handlers return `PcsError` as their error, and each
//! answers with its row's HTTP status and `{"code", "name", "message"}`.
//!
//! ```sh
//! cargo run --manifest-path integrations/Cargo.toml --example pcs_server                # serves, asks itself, exits
//! cargo run --manifest-path integrations/Cargo.toml --example pcs_server -- 127.0.0.1:8080  # serves until stopped
//! ```
//!
//! Without an address it serves on a free loopback port, sends itself a few requests over
//! that socket, prints each answer, checks it against seed 003's document (the row's status
//! and JSON) and exits, non-zero on a wrong answer: what CI runs.

use codetable_integrations::http::{router, Files};
use std::error::Error;
use std::net::SocketAddr;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    let files = Files::from([
        ("docs/readme.txt".to_owned(), 1024),
        ("photos/2024/cat.jpg".to_owned(), 524_288),
    ]);
    let app = router(files);
    if let Some(address) = std::env::args().nth(1) {
        let listener = TcpListener::bind(&address).await?;
        println!(
            "serving seed 003's file API on http://{}",
            listener.local_addr()?
        );
        axum::serve(listener, app).await?;
        return Ok(());
    }
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let address = listener.local_addr()?;
    println!("serving seed 003's file API on http://{address}");
    tokio::spawn(async move { axum::serve(listener, app).await });
    // Each request, and the status line and body it must get: a file, then the rows' own
    // statuses and JSON (seed 003 answers 403 for a missing file), and 500 with no name or
    // message for a code the table lacks.
    let expected = [
        (
            "/files/docs/readme.txt",
            "200 OK",
            r#"{"path":"docs/readme.txt","size":1024}"#,
        ),
        (
            "/files/docs/missing.txt",
            "403 Forbidden",
            r#"{"code":31066,"name":"FILE_DOES_NOT_EXIST","message":"文件不存在"}"#,
        ),
        (
            "/files/docs/../secret",
            "400 Bad Request",
            r#"{"code":31062,"name":"FILE_NAME_IS_INVALID","message":"文件名非法"}"#,
        ),
        (
            "/errors/31021",
            "503 Service Unavailable",
            r#"{"code":31021,"name":"NETWORK_ERROR","message":"网络错误"}"#,
        ),
        (
            "/errors/110",
            "401 Unauthorized",
            r#"{"code":110,"name":"ACCESS_TOKEN_INVALID_OR_NO_LONGER_VALID","message":"Access Token不正确或者已经过期"}"#,
        ),
        (
            "/errors/40099",
            "500 Internal Server Error",
            r#"{"code":40099,"name":null,"message":null}"#,
        ),
    ];
    for (path, want_status, want_body) in expected {
        let (status, body) = get(address, path).await?;
        println!("GET {path}\n  {status}\n  {body}");
        assert_eq!(status, format!("HTTP/1.1 {want_status}"), "GET {path}");
        assert_eq!(body, want_body, "GET {path}");
    }
    Ok(())
}

/// The status line and body of `GET path`, over a socket of its own.
async fn get(address: SocketAddr, path: &str) -> Result<(String, String), Box<dyn Error>> {
    let mut stream = TcpStream::connect(address).await?;
    let request = format!("GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await?;
    let mut response = String::new();
    stream.read_to_string(&mut response).await?;
    let (head, body) = response
        .split_once("\r\n\r\n")
        .ok_or("a response without a body")?;
    let status = head.lines().next().unwrap_or_default().to_owned();
    Ok((status, body.to_owned()))
}
