// The mistakes of a table of string codes, each at its token: a code twice (both rows named),
// a code without the table's shape, a code outside its section's prefix, a row written beside
// the section its code belongs to, a code in a reserved prefix, an empty code, and prefixes that
// overlap or leave their section.
codetable::define_codes! {
    #[codetable(shape = "[0-9A-Z]{5}")]
    pub enum SqlState {
        "23505" => UNIQUE_VIOLATION, "unique violation",
        "23505" => DUPLICATE, "the same code again",
        "0350" => TOO_SHORT, "four characters",
        "22" => DataException, "data exception" {
            "23001" => NOT_IN_CLASS_22, "in class 23",
            "2" => TooShort, "a prefix shorter than its section's" {
                "22001" => INSIDE, "inside",
            },
        },
        "22002" => BESIDE_ITS_SECTION, "written outside class 22",
        "22P" => reserved, "overlaps class 22",
        "XX" => reserved, "internal",
        "XX000" => INTERNAL_ERROR, "in the reserved prefix",
        "" => EMPTY, "an empty code",
    }
}

fn main() {}
