// A `cfg_attr` that can apply `cfg` at any depth, on a section, a column and the table.
codetable::define_codes! {
    #[cfg_attr(feature = "a", cfg_attr(feature = "b", cfg(feature = "c")))]
    pub enum E(
        #[cfg_attr(not(feature = "en"), doc = "English", cfg(any()))]
        en: &'static str = "",
    ) {
        1 => A, "a",
        #[cfg_attr(not(feature = "beta"), cfg_attr(all(), cfg(any())))]
        10..=19 => Beta, "beta codes" {
            11 => B, "b",
        },
    }
}

fn main() {}
