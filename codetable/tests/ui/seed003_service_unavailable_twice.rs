// Seed 003, lines 60-63, transcribed as published, each name made from the English text: 31212
// and 31213 are both `service unavailable`, so both are SERVICE_UNAVAILABLE.
codetable::define_codes! {
    #[codetable(languages(zh, en))]
    pub enum PcsError(http: u16) in 0..=31299 {
        31211 => ACCESS_DENIED, "禁止访问", http = 403, en = "access denied",
        31212 => SERVICE_UNAVAILABLE, "服务不可用", http = 503, en = "service unavailable",
        31213 => SERVICE_UNAVAILABLE, "重试出错", http = 503, en = "service unavailable",
        31214 => PUT_OBJECT_DATA_ERROR, "上传文件data失败", http = 503, en = "put object data error",
    }
}

fn main() {}
