codetable::define_codes! {
    #[cfg(feature = "errors")]
    pub enum E(
        #[cfg(feature = "http")]
        http: u16 = 500,
    ) {
        1 => A, "a",
    }
}

fn main() {}
