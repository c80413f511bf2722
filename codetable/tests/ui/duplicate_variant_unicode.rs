// rustc reads identifiers in Unicode's NFC: `ΐ_a` gives the variant `ΐ`'s capital and `A`,
// which heck writes decomposed (Ι, diaeresis, acute) and `B as Ϊ́A` writes composed:
// one name to rustc, and to define_codes!.
codetable::define_codes! {
    pub enum E {
        1 => ΐ_a, "made from the wire name",
        2 => B as Ϊ́A, "chosen",
    }
}

fn main() {}
