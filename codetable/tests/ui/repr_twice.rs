codetable::define_codes! {
    #[repr(u8)]
    #[repr(u16)]
    pub enum E {
        0 => OK, "ok",
    }
}

fn main() {}
