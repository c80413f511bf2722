// `#[r#cfg]` is `#[cfg]` to rustc, and so is a `cfg` a `cfg_attr` applies in any spelling:
// each is refused at the attribute, as `#[cfg]` is.
codetable::define_codes! {
    #[repr(u8)]
    pub enum E {
        1 => ONE, "one",
        #[r#cfg(any())]
        2 => TWO, "two",
        #[r#cfg_attr(all(), cfg(any()))]
        3 => THREE, "three",
        #[cfg_attr(all(), r#cfg(any()))]
        4 => FOUR, "four",
        5 => FIVE, "five",
    }
}

fn main() {}
