codetable::define_codes! {
    pub enum E {
        1 => ONE as Self, "a keyword as the variant",
        2 => TWO as Three, "the variant of another row",
        3 => THREE as Three, "fine",
    }
}

fn main() {}
