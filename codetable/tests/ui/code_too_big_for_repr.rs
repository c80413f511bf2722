codetable::define_codes! {
    #[repr(u8)]
    pub enum E {
        0 => OK, "ok",
        300 => TOO_BIG, "does not fit u8",
    }
}

fn main() {}
