codetable::define_codes! {
    #[repr(u8)]
    pub enum E in 0..=300 {
        0 => OK, "ok",
    }
}

fn main() {}
