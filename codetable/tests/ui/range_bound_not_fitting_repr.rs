codetable::define_codes! {
    #[repr(u8)]
    pub enum E {
        0 => OK, "ok",
        200..=300 => High, "ends beyond u8" {
            200 => TWO_HUNDRED, "two hundred",
        },
    }
}

fn main() {}
