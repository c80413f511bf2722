codetable::define_codes! {
    pub enum E in 0.. {
        0 => OK, "ok",
    }
}

fn main() {
    let _ = E::Ok;
}
