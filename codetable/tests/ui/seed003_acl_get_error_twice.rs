// Seed 003, lines 50-55, transcribed as published, each name made from the English text: 31205
// and 31206 are both `acl get error`, so both are ACL_GET_ERROR. (31079, line 53, has its
// broken 中文 cells joined, as in seeds/src/pcs.rs.)
codetable::define_codes! {
    #[codetable(languages(zh, en))]
    pub enum PcsError(http: u16) in 0..=31299 {
        31203 => ACL_PUT_ERROR, "设置acl失败", http = 400, en = "acl put error",
        31204 => ACL_QUERY_ERROR, "请求acl验证失败", http = 400, en = "acl query error",
        31205 => ACL_GET_ERROR, "获取acl失败", http = 400, en = "acl get error",
        31079 => FILE_MD5_NOT_FOUND_YOU_SHOULD_USE_UPLOAD_API_TO_UPLOAD_THE_WHOLE_FILE,
            "未找到文件MD5，请使用上传API上传整个文件。", http = 404,
            en = "File md5 not found, you should use upload API to upload the whole file.",
        31202 => OBJECT_NOT_EXISTS, "文件不存在", http = 404, en = "object not exists",
        31206 => ACL_GET_ERROR, "acl不存在", http = 404, en = "acl get error",
    }
}

fn main() {}
