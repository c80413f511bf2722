// Seed 001, section "CGI 错误码": `-296 2RSP 打包失败`, a name that is not an identifier.
codetable::define_codes! {
    pub enum CgiError {
        -297 => ERROR_PROCESS_FRAME, "框架handleprocess错误",
        -296 => 2RSP, "打包失败",
        -295 => ERROR_PROCESS_WRITEFILE, "文件数据异常",
    }
}

fn main() {}
