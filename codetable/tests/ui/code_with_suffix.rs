codetable::define_codes! {
    #[repr(u8)]
    pub enum E {
        0 => OK, "ok",
        5u8 => FIVE, "five",
    }
}

fn main() {}
