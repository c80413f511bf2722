// A gRPC status from a table without a `grpc` column, and the table from a status.
use codetable::OrUnknown;

codetable::define_codes! {
    /// Errors without a gRPC code.
    pub enum ApiError(http: u16) {
        40401 => NO_SUCH_FILE, "文件不存在", http = 404,
    }
}

fn stat(name: &str) -> Result<u64, tonic::Status> {
    match name {
        "a.txt" => Ok(42),
        _ => Err(ApiError::NoSuchFile)?,
    }
}

fn main() {
    let status = tonic::Status::from(ApiError::NoSuchFile);
    let _ = ApiError::try_from(&status);
    let _ = OrUnknown::<ApiError>::try_from(&status);
    let _ = stat("b.txt");
}
