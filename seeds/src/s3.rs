//! Amazon S3's error codes, a handful of the "List of error codes" of the S3 API Reference
//! (Error responses), with the message and HTTP status that page gives each.
//!
//! S3 sends its codes as names, `<Code>NoSuchKey</Code>`: each code is its own wire name, so
//! every row is written `"NoSuchKey" => _` and no name is written twice; the variant is the
//! name as written (`S3Error::NoSuchKey`), and `name()`, `from_name` and serde's by-name form
//! take the code. A code S3 adds later than this table is kept whole by
//! [`OrUnknown`](codetable::OrUnknown), whatever its length.

codetable::define_codes! {
    /// Errors of the S3 REST API: the `Code` of an `<Error>` response, with its `Message`.
    pub enum S3Error(
        /// The HTTP status S3 answers with.
        http: u16,
    ) {
        "AccessDenied" => _, "Access Denied", http = 403,
        "BucketAlreadyExists" => _, "The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.", http = 409,
        "BucketNotEmpty" => _, "The bucket you tried to delete is not empty.", http = 409,
        "EntityTooLarge" => _, "Your proposed upload exceeds the maximum allowed object size.", http = 400,
        "InternalError" => _, "We encountered an internal error. Please try again.", http = 500,
        "InvalidArgument" => _, "Invalid Argument", http = 400,
        "InvalidBucketName" => _, "The specified bucket is not valid.", http = 400,
        "InvalidRange" => _, "The requested range cannot be satisfied.", http = 416,
        "NoSuchBucket" => _, "The specified bucket does not exist.", http = 404,
        "NoSuchKey" => _, "The specified key does not exist.", http = 404,
        "NoSuchUpload" => _, "The specified multipart upload does not exist. The upload ID might be invalid, or the multipart upload might have been aborted or completed.", http = 404,
        "SlowDown" => _, "Reduce your request rate.", http = 503,
    }
}
