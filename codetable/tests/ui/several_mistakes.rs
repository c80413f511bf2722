// Four different mistakes across two tables, all reported by one compile.
codetable::define_codes! {
    pub enum First {
        1 => ONE, "one",
        1 => UNO, "duplicate code",
        2 => TWO, "",
    }

    #[repr(u8)]
    pub enum Second {
        0 => OK, "ok",
        1 FAILED, "missing =>",
        300 => TOO_BIG, "does not fit u8",
    }
}

fn main() {}
