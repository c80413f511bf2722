codetable::define_codes! {
    pub enum E {
        0 => OK, "ok",
        100..=199 => Client, "client errors" {
            100 => BAD_REQUEST, "bad request",
            150..=250 => Param, "parameter errors" {
                150 => MISSING_PARAM, "missing parameter",
            },
        },
    }
}

fn main() {}
