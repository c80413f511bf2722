#![forbid(unsafe_code)]
codetable::define_codes! {
    pub enum E {
        1 => A, "a",
        #[cfg_attr(all(), cfg(any()))]
        2 => B, "b",
    }
}

fn main() {
    let e = E::from_code(2).unwrap();
    println!("{} {}", e as i32, matches!(e, E::A));
}
