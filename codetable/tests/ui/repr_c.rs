codetable::define_codes! {
    #[repr(C)]
    pub enum E {
        0 => OK, "ok",
    }
}

fn main() {}
