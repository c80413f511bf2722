codetable::define_codes! {
    pub enum E {}
}

fn main() {}
