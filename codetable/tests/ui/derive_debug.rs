codetable::define_codes! {
    #[derive(Debug)]
    pub enum E {
        0 => OK, "ok",
    }
}

fn main() {}
