codetable::define_codes! {
    pub enum E {
        0 => OK, "ok",
        #[cfg(feature = "extra")]
        1 => EXTRA, "only with the extra feature",
    }
}

fn main() {}
