//! Seed 003 (`fixtures/003_d6a198459831153e.txt`): a cloud file-storage (PCS) data API's
//! error codes (文件数据API错误码).
//!
//! The document is one Markdown table, `HTTP状态码 | 错误码 | 错误信息 | 备注` (HTTP status |
//! code | English message | Chinese message): 67 rows (lines 5–71), codes 0..=31299, and no
//! names. Each row is one row of [`PcsError`], in the document's order: the code; a wire name
//! made from the English message; the Chinese message as the message, and the English one,
//! verbatim, as its message in `en`; and the HTTP status as the typed column `http`.
//!
//! # Languages
//!
//! Every row has its message in two languages, so the table declares them,
//! `#[codetable(languages(zh, en))]`, the Chinese (备注) first: it is the message of `message()`
//! and `Display`, and each row gives the English (错误信息) as `en = ".."`, which
//! `message_in(PcsErrorLanguage::En)` and `display_in(PcsErrorLanguage::En)` return.
//!
//! # Names
//!
//! The wire names (`name()`, `from_name`, `FromStr`, serde) are the English text in
//! SCREAMING_SNAKE_CASE, made mechanically by the rules of `heck`'s `ToShoutySnakeCase` (the
//! crate the macro makes its variant names with), as `codes import` makes them: every run of
//! characters that is neither a letter nor a digit separates words and is dropped, so
//! `thumbnail failed, internal error` is `THUMBNAIL_FAILED_INTERNAL_ERROR` and
//! `the value of KEY[VALUE] in pcs response headers is invalid` is
//! `THE_VALUE_OF_KEY_VALUE_IN_PCS_RESPONSE_HEADERS_IS_INVALID`. They keep the English
//! text's typos (`SOPPORT`, `DIRECTORYS`, `NOT_IMPLEMENT`), as the `en` messages do.
//!
//! The variants are made from the wire names, but where a wire name is a sentence rather than
//! a name (more than six words; `NO_KEY_IN_PCS_RESPONSE_HEADERS`, six, reads well as a
//! variant), or a duplicate gave it a code: those rows name their variant, `NAME as Variant`,
//! in a few words of what the row says (its Chinese message first, the table's first
//! language):
//!
//! | code | wire name | variant |
//! |---:|---|---|
//! | 31113 | `THE_QUOTA_IS_BIGGER_THAN_ONE_OF_ITS_PARENT_DIRECTORYS` | `QuotaAboveParent` |
//! | 31114 | `THE_QUOTA_IS_SMALLER_THAN_ONE_OF_ITS_SUB_DIRECTORYS` | `QuotaBelowSubdirectory` |
//! | 110 | `ACCESS_TOKEN_INVALID_OR_NO_LONGER_VALID` | `AccessTokenInvalid` |
//! | 31079 | `FILE_MD5_NOT_FOUND_YOU_SHOULD_USE_UPLOAD_API_TO_UPLOAD_THE_WHOLE_FILE` | `FileMd5NotFound` |
//! | 31206 | `ACL_GET_ERROR_31206` | `AclNotFound` (acl不存在, HTTP 404) |
//! | 31213 | `SERVICE_UNAVAILABLE_31213` | `RetryFailed` (重试出错) |
//! | 31298 | `THE_VALUE_OF_KEY_VALUE_IN_PCS_RESPONSE_HEADERS_IS_INVALID` | `InvalidHeaderValue` |
//!
//! `#[codetable(strip_prefix = "..")]` would not help: no prefix is shared by the names (`FILE_`,
//! the most common, starts 12 of 67). The wire names are unchanged, so what goes over the
//! wire, and what `codes import` makes of the document, are as before.
//!
//! # The document's defects, and how the table resolves them
//!
//! - Two rows share the English text `acl get error` (31205, line 52, 获取acl失败; 31206,
//!   line 55, acl不存在), and two `service unavailable` (31212, line 61, 服务不可用; 31213,
//!   line 62, 重试出错), so the names made from them collide. The first row of each pair keeps
//!   the name; the later one gets its code appended: `ACL_GET_ERROR_31206`,
//!   `SERVICE_UNAVAILABLE_31213` (and its variant says what its Chinese message says). Their
//!   `en` messages stay as published. The rows as published are kept in
//!   `tests/ui/seed003_acl_get_error_twice.rs` and
//!   `tests/ui/seed003_service_unavailable_twice.rs`, which show the compiler rejecting them.
//! - The 中文 cell of 31079 (line 53) is broken in three, with a full-width comma in a cell of
//!   its own: `| 未找到文件MD5 |，| 请使用上传API上传整个文件。 |`. The message is the broken
//!   cells joined, without the `|` and the padding: `未找到文件MD5，请使用上传API上传整个文件。`.
//! - The rows are out of order: 110 comes after 31141 (line 48), and 31079 and 31202 after
//!   31205 (lines 53 and 54). The table keeps the document's order, which is that of
//!   [`PcsError::iter`]; `in 0..=31299` is the span of the codes.
//!
//! No row is dropped: the table has the document's 67 rows. What only a person can judge is
//! kept as published: the typos of the English text (`sopport`, `directorys`, `not
//! implement`) and of the Chinese (用户未登陆, 31042); and two rows with one Chinese message,
//! 文件不存在 (31066 `file does not exist`, HTTP 403; 31202 `object not exists`, HTTP 404).
//!
//! # Help links
//!
//! The document links no code to a page. The table links each to its entry in the page that
//! `codes export --format html` makes of it, `errors.html#31066`, as published at
//! `docs.example.com` (a host for examples: an SDK names its own): the `type` of its problem
//! details and the `Help` of its gRPC statuses in `integrations/`.

codetable::define_codes! {
    /// The PCS data API's error codes, in the document's order: `0` (no error) and the errors,
    /// each with the HTTP status the server answers it with, and its message in Chinese (备注)
    /// and in English (错误信息, verbatim).
    #[codetable(languages(zh, en), help_url = "https://docs.example.com/pcs/errors.html#{code}")]
    pub enum PcsError(
        /// The HTTP status the server answers with (HTTP状态码).
        http: u16,
    ) in 0..=31299 {
        0 => NO_ERROR, "没有错误", http = 200, en = "no error",
        3 => UNSUPPORTED_OPEN_API, "不支持此接口", http = 400, en = "Unsupported open api",
        4 => NO_PERMISSION_TO_DO_THIS_OPERATION, "没有权限执行此操作",
            http = 403, en = "No permission to do this operation",
        5 => UNAUTHORIZED_CLIENT_IP_ADDRESS, "IP未授权",
            http = 403, en = "Unauthorized client IP address",
        31001 => DB_QUERY_ERROR, "数据库查询错误", http = 503, en = "db query error",
        31002 => DB_CONNECT_ERROR, "数据库连接错误", http = 503, en = "db connect error",
        31003 => DB_RESULT_SET_IS_EMPTY, "数据库返回空结果",
            http = 503, en = "db result set is empty",
        31021 => NETWORK_ERROR, "网络错误", http = 503, en = "network error",
        31022 => CAN_NOT_ACCESS_SERVER, "暂时无法连接服务器",
            http = 503, en = "can not access server",
        31023 => PARAM_ERROR, "输入参数错误", http = 400, en = "param error",
        31024 => APP_ID_IS_EMPTY, "app id为空", http = 400, en = "app id is empty",
        31025 => BCS_ERROR, "后端存储错误", http = 503, en = "bcs error",
        31041 => BDUSS_IS_INVALID, "用户的cookie不是合法的百度cookie",
            http = 403, en = "bduss is invalid",
        31042 => USER_IS_NOT_LOGIN, "用户未登陆", http = 403, en = "user is not login",
        31043 => USER_IS_NOT_ACTIVE, "用户未激活", http = 403, en = "user is not active",
        31044 => USER_IS_NOT_AUTHORIZED, "用户未授权", http = 403, en = "user is not authorized",
        31045 => USER_NOT_EXISTS, "用户不存在", http = 403, en = "user not exists",
        31046 => USER_ALREADY_EXISTS, "用户已经存在", http = 403, en = "user already exists",
        31061 => FILE_ALREADY_EXISTS, "文件已经存在", http = 400, en = "file already exists",
        31062 => FILE_NAME_IS_INVALID, "文件名非法", http = 400, en = "file name is invalid",
        31063 => FILE_PARENT_PATH_DOES_NOT_EXIST, "文件父目录不存在",
            http = 400, en = "file parent path does not exist",
        31064 => FILE_IS_NOT_AUTHORIZED, "无权访问此文件",
            http = 403, en = "file is not authorized",
        31065 => DIRECTORY_IS_FULL, "目录已满", http = 400, en = "directory is full",
        31066 => FILE_DOES_NOT_EXIST, "文件不存在", http = 403, en = "file does not exist",
        31067 => FILE_DEAL_FAILED, "文件处理出错", http = 503, en = "file deal failed",
        31068 => FILE_CREATE_FAILED, "文件创建失败", http = 503, en = "file create failed",
        31069 => FILE_COPY_FAILED, "文件拷贝失败", http = 503, en = "file copy failed",
        31070 => FILE_DELETE_FAILED, "文件删除失败", http = 503, en = "file delete failed",
        31071 => GET_FILE_META_FAILED, "不能读取文件元信息",
            http = 503, en = "get file meta failed",
        31072 => FILE_MOVE_FAILED, "文件移动失败", http = 503, en = "file move failed",
        31073 => FILE_RENAME_FAILED, "文件重命名失败", http = 503, en = "file rename failed",
        31081 => SUPERFILE_CREATE_FAILED, "superfile创建失败",
            http = 503, en = "superfile create failed",
        31082 => SUPERFILE_BLOCK_LIST_IS_EMPTY, "superfile 块列表为空",
            http = 503, en = "superfile block list is empty",
        31083 => SUPERFILE_UPDATE_FAILED, "superfile 更新失败",
            http = 503, en = "superfile update failed",
        31101 => TAG_INTERNAL_ERROR, "tag系统内部错误", http = 503, en = "tag internal error",
        31102 => TAG_PARAM_ERROR, "tag参数错误", http = 503, en = "tag param error",
        31103 => TAG_DATABASE_ERROR, "tag系统错误", http = 503, en = "tag database error",
        31110 => ACCESS_DENIED_TO_SET_QUOTA, "未授权设置此目录配额",
            http = 403, en = "access denied to set quota",
        31111 => QUOTA_ONLY_SOPPORT_2_LEVEL_DIRECTORIES, "配额管理只支持两级目录",
            http = 400, en = "quota only sopport 2 level directories",
        31112 => EXCEED_QUOTA, "超出配额", http = 400, en = "exceed quota",
        31113 => THE_QUOTA_IS_BIGGER_THAN_ONE_OF_ITS_PARENT_DIRECTORYS as QuotaAboveParent,
            "配额不能超出目录祖先的配额",
            http = 403, en = "the quota is bigger than one of its parent directorys",
        31114 => THE_QUOTA_IS_SMALLER_THAN_ONE_OF_ITS_SUB_DIRECTORYS as QuotaBelowSubdirectory,
            "配额不能比子目录配额小",
            http = 403, en = "the quota is smaller than one of its sub directorys",
        31141 => THUMBNAIL_FAILED_INTERNAL_ERROR, "请求缩略图服务失败",
            http = 503, en = "thumbnail failed, internal error",
        // Line 48: listed after 31141, out of order; kept where the document has it.
        110 => ACCESS_TOKEN_INVALID_OR_NO_LONGER_VALID as AccessTokenInvalid,
            "Access Token不正确或者已经过期",
            http = 401, en = "Access token invalid or no longer valid",
        31201 => SIGNATURE_ERROR, "签名错误", http = 400, en = "signature error",
        31203 => ACL_PUT_ERROR, "设置acl失败", http = 400, en = "acl put error",
        31204 => ACL_QUERY_ERROR, "请求acl验证失败", http = 400, en = "acl query error",
        31205 => ACL_GET_ERROR, "获取acl失败", http = 400, en = "acl get error",
        // Line 53: listed after 31205, out of order. Its 中文 cell is broken in three,
        // `| 未找到文件MD5 |，| 请使用上传API上传整个文件。 |`: the message is the three cells
        // joined, without the `|` or the padding.
        31079 => FILE_MD5_NOT_FOUND_YOU_SHOULD_USE_UPLOAD_API_TO_UPLOAD_THE_WHOLE_FILE
            as FileMd5NotFound,
            "未找到文件MD5，请使用上传API上传整个文件。", http = 404,
            en = "File md5 not found, you should use upload API to upload the whole file.",
        // Line 54: also after 31205.
        31202 => OBJECT_NOT_EXISTS, "文件不存在", http = 404, en = "object not exists",
        // Line 55: the English text of 31205 again, `acl get error`, so its name is taken:
        // the code is appended, and the variant says what the Chinese says. `en` keeps the
        // text as published.
        31206 => ACL_GET_ERROR_31206 as AclNotFound, "acl不存在",
            http = 404, en = "acl get error",
        31207 => BUCKET_ALREADY_EXISTS, "bucket已存在", http = 400, en = "bucket already exists",
        31208 => BAD_REQUEST, "用户请求错误", http = 400, en = "bad request",
        31209 => BAIDUBS_INTERNAL_ERROR, "服务器错误", http = 500, en = "baidubs internal error",
        31210 => NOT_IMPLEMENT, "服务器不支持", http = 501, en = "not implement",
        31211 => ACCESS_DENIED, "禁止访问", http = 403, en = "access denied",
        31212 => SERVICE_UNAVAILABLE, "服务不可用", http = 503, en = "service unavailable",
        // Line 62: the English text of 31212 again, `service unavailable`, so its name is
        // taken: the code is appended, and the variant says what the Chinese says. `en` keeps
        // the text as published.
        31213 => SERVICE_UNAVAILABLE_31213 as RetryFailed, "重试出错",
            http = 503, en = "service unavailable",
        31214 => PUT_OBJECT_DATA_ERROR, "上传文件data失败",
            http = 503, en = "put object data error",
        31215 => PUT_OBJECT_META_ERROR, "上传文件meta失败",
            http = 503, en = "put object meta error",
        31216 => GET_OBJECT_DATA_ERROR, "下载文件data失败",
            http = 503, en = "get object data error",
        31217 => GET_OBJECT_META_ERROR, "下载文件meta失败",
            http = 503, en = "get object meta error",
        31218 => STORAGE_EXCEED_LIMIT, "容量超出限额", http = 403, en = "storage exceed limit",
        31219 => REQUEST_EXCEED_LIMIT, "请求数超出限额", http = 403, en = "request exceed limit",
        31220 => TRANSFER_EXCEED_LIMIT, "流量超出限额", http = 403, en = "transfer exceed limit",
        31298 => THE_VALUE_OF_KEY_VALUE_IN_PCS_RESPONSE_HEADERS_IS_INVALID as InvalidHeaderValue,
            "服务器返回值KEY非法",
            http = 500, en = "the value of KEY[VALUE] in pcs response headers is invalid",
        31299 => NO_KEY_IN_PCS_RESPONSE_HEADERS, "服务器返回值KEY不存在",
            http = 500, en = "no KEY in pcs response headers",
    }
}
