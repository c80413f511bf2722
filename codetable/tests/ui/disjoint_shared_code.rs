// Two small tables that share a negative code; a third that shares none passes.
codetable::define_codes! {
    pub enum Api {
        -61 => SIGN_BUCKET_NOTMATCH, "bucket与签名中的bucket不匹配",
        1 => ONE, "one",
    }
    #[repr(i64)]
    pub enum Sdk {
        -61 => INVALID_CMD_REQ, "非法的CMD请求",
    }
    #[repr(u8)]
    pub enum States {
        200 => DONE, "done",
    }
}

codetable::assert_disjoint!(Api, States);
codetable::assert_disjoint!(Api, Sdk);

fn main() {}
