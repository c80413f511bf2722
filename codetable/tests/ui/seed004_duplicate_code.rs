// Seed 004, lines 13-22, transcribed as published, as nameless rows: -5965 is defined twice.
codetable::define_codes! {
    pub enum CosV4Error {
        -5969 => _, "cname数量必须小于等于10",
        -5968 => _, "refer黑名单数量必须小于等于10",
        -5967 => _, "密钥数量必须小于等于10",
        -5966 => _, "list参数非数字或者大于1000",
        -5965 => _, "分片上传init时未指定slice_size参数",
        -5965 => _, "分片上传init时uploadparts参数不合法",
        -5964 => _, "参数op填写错误，没有此操作",
        -5963 => _, "读取数据超时，检查网络是否过慢或上传并发数过大",
        -5962 => _, "XML解析失败，请求携带的XML不符合规范",
        -5961 => _, "请求body体的Content-MD5不符合预期",
    }
}

fn main() {}
