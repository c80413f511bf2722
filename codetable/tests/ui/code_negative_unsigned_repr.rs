codetable::define_codes! {
    #[repr(u16)]
    pub enum E {
        0 => OK, "ok",
        -1 => FAILED, "failed",
    }
}

fn main() {}
