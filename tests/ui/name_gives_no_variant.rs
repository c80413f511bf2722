codes::define_codes! {
    pub enum E {
        0 => OK, "ok",
        1 => _, "underscore only",
    }
}

fn main() {}
