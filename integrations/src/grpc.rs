//! Seed 003's files over gRPC, with tonic: a service `pcs.Files` with one method, `Stat`,
//! whose errors are [`FileError`]s, and its client. Written by hand, as `tonic-build` would
//! write them from
//!
//! ```text
//! service Files { rpc Stat(StatRequest) returns (StatReply); }
//! message StatRequest { string path = 1; }
//! message StatReply { uint64 size = 1; }
//! ```
//!
//! so that no `protoc` is needed.

use crate::http::Files;
use http::uri::PathAndQuery;
use std::convert::Infallible;
use std::future::{ready, Future, Ready};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use tonic::body::Body;
use tonic::server::UnaryService;
use tonic::transport::server::TcpIncoming;
use tonic::transport::{Channel, Server};
use tonic::{Request, Response, Status};
use tonic_prost::ProstCodec;

codetable::define_codes! {
    /// Seed 003's file errors, each with the gRPC code the service answers it with (the
    /// document gives none: chosen by what each says) and its HTTP status; each links to its
    /// entry in seed 003's page, as `PcsError` does.
    #[codetable(languages(zh, en), help_url = "https://docs.example.com/pcs/errors.html#{code}")]
    pub enum FileError(
        /// The HTTP status the file API answers with.
        http: StatusCode,
        /// The gRPC code the file service answers with.
        grpc: tonic::Code,
    ) in 0..=31299 {
        31021 => NETWORK_ERROR, "网络错误", http = 503, grpc = Unavailable,
            en = "network error",
        31023 => PARAM_ERROR, "输入参数错误", http = 400, grpc = InvalidArgument,
            en = "param error",
        31062 => FILE_NAME_IS_INVALID, "文件名非法", http = 400, grpc = InvalidArgument,
            en = "file name is invalid",
        31064 => FILE_IS_NOT_AUTHORIZED, "无权访问此文件", http = 403,
            grpc = PermissionDenied, en = "file is not authorized",
        /// The path names no file of the user's: check its spelling, or list the directory.
        31066 => FILE_DOES_NOT_EXIST, "文件不存在", http = 403, grpc = NotFound,
            en = "file does not exist",
        110 => ACCESS_TOKEN_INVALID_OR_NO_LONGER_VALID as AccessTokenInvalid,
            "Access Token不正确或者已经过期", http = 401, grpc = Unauthenticated,
            en = "Access token invalid or no longer valid",
    }
}

/// The request of `Stat`: the path of a file.
#[derive(Clone, PartialEq, prost::Message)]
pub struct StatRequest {
    /// The file's path.
    #[prost(string, tag = "1")]
    pub path: String,
}

/// The reply of `Stat`: the file's size.
#[derive(Clone, PartialEq, prost::Message)]
pub struct StatReply {
    /// The size in bytes.
    #[prost(uint64, tag = "1")]
    pub size: u64,
}

/// The method's path, as gRPC names it.
pub const STAT: &str = "/pcs.Files/Stat";

/// What `Stat` answers for a path: the file's size, or the [`FileError`] that says why not.
/// A path under `private/` is not the caller's, and one under `offline/` is on a server that
/// cannot be reached.
pub fn stat(files: &Files, path: &str) -> Result<u64, FileError> {
    if path.split('/').any(|part| part.is_empty() || part == "..") {
        return Err(FileError::FileNameIsInvalid);
    }
    if path.starts_with("private/") {
        return Err(FileError::FileIsNotAuthorized);
    }
    if path.starts_with("offline/") {
        return Err(FileError::NetworkError);
    }
    files.get(path).copied().ok_or(FileError::FileDoesNotExist)
}

/// The service, as a tower service of HTTP/2 requests: what `tonic-build` generates.
#[derive(Clone)]
pub struct FilesServer {
    files: Arc<Files>,
}

impl FilesServer {
    /// The service of these files.
    pub fn new(files: Files) -> FilesServer {
        FilesServer {
            files: Arc::new(files),
        }
    }

    /// Serves the files on `listener` until the future is dropped.
    pub async fn serve(
        self,
        listener: tokio::net::TcpListener,
    ) -> Result<(), tonic::transport::Error> {
        Server::builder()
            .serve_with_incoming(self, TcpIncoming::from(listener))
            .await
    }
}

/// `Stat` as tonic's unary service: a `FileError` becomes the status, by its `From`.
struct StatMethod(Arc<Files>);

impl UnaryService<StatRequest> for StatMethod {
    type Response = StatReply;
    type Future = Ready<Result<Response<StatReply>, Status>>;

    fn call(&mut self, request: Request<StatRequest>) -> Self::Future {
        let reply = stat(&self.0, &request.get_ref().path)
            .map(|size| Response::new(StatReply { size }))
            .map_err(Status::from);
        ready(reply)
    }
}

type ResponseFuture =
    Pin<Box<dyn Future<Output = Result<http::Response<Body>, Infallible>> + Send>>;

impl tower::Service<http::Request<Body>> for FilesServer {
    type Response = http::Response<Body>;
    type Error = Infallible;
    type Future = ResponseFuture;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: http::Request<Body>) -> ResponseFuture {
        if request.uri().path() != STAT {
            let unknown = Status::unimplemented(format!("no method {}", request.uri().path()));
            return Box::pin(ready(Ok(unknown.into_http())));
        }
        let method = StatMethod(Arc::clone(&self.files));
        Box::pin(async move {
            let mut grpc = tonic::server::Grpc::new(ProstCodec::default());
            Ok(grpc.unary(method, request).await)
        })
    }
}

/// The client of the service.
pub struct FilesClient {
    grpc: tonic::client::Grpc<Channel>,
}

impl FilesClient {
    /// Connects to the service at `address` (`127.0.0.1:50051`).
    pub async fn connect(
        address: std::net::SocketAddr,
    ) -> Result<FilesClient, Box<dyn std::error::Error + Send + Sync>> {
        let channel = Channel::from_shared(format!("http://{address}"))?
            .connect()
            .await?;
        Ok(FilesClient {
            grpc: tonic::client::Grpc::new(channel),
        })
    }

    /// The size of the file at `path`, or the status the service answered with.
    pub async fn stat(&mut self, path: &str) -> Result<u64, Status> {
        self.grpc
            .ready()
            .await
            .map_err(|error| Status::unavailable(error.to_string()))?;
        let request = Request::new(StatRequest {
            path: path.to_owned(),
        });
        let reply: Response<StatReply> = self
            .grpc
            .unary(
                request,
                PathAndQuery::from_static(STAT),
                ProstCodec::default(),
            )
            .await?;
        Ok(reply.into_inner().size)
    }
}
