codetable::define_codes! {
    #[codetable(strip_prefix = "")]
    pub enum A {
        0 => CURLE_OK, "ok",
    }

    #[codetable(prefix = "CURLE_")]
    pub enum B {
        0 => CURLE_OK, "ok",
    }

    #[codetable(strip_prefix = "CURLE_")]
    pub enum C {
        0 => CURLE_OK, "ok",
        1 => CURLE_, "the prefix alone",
        2 => CURLE_2BIG, "a digit after the prefix",
        3 => CURLE_Ok, "gives the variant of `CURLE_OK` too",
    }
}

fn main() {}
