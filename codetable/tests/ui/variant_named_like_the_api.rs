// A variant named like an item the expansion gives the enum would hide it
// (`E::COUNT` is the variant): refused at the name.
codetable::define_codes! {
    pub enum E(retries: u8 = 0) {
        1 => A as COUNT, "a",
        2 => B as MARKDOWN, "b",
        3 => C as ALL, "c",
        4 => D as code, "d",
        5 => F as name, "f",
        6 => G as message, "g",
        7 => H as from_code, "h",
        8 => I as from_name, "i",
        9 => J as classify, "j",
        10 => K as iter, "k",
        11 => L as category, "l",
        12 => M as retries, "m",
        13 => N, "n",
    }
}

fn main() {}
