codetable::define_codes! {
    pub enum E {
        1 => ONE, "one",
        2 => TWO, "two",
        1 => UNO, "uno",
    }
}

fn main() {}
