codetable::define_codes! {
    pub enum E {
        1 => UNCLOSED(db: &str), "database {db",
        2 => BRACE_AS_TEXT(db: &str), "database {db} {literal",
        // A row without arguments keeps its braces: no error.
        3 => VERBATIM, "a { brace",
    }
}

fn main() {}
