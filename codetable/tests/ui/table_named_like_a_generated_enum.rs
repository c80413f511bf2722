// The section enum of `Api` is `ApiCategory`, its language enum `ApiLanguage`: a table of
// either name in the same invocation would be a second type of that name.
codetable::define_codes! {
    #[codetable(languages(en, zh))]
    pub enum Api {
        1 => A, "a",
        10..=19 => Tens, "tens" {
            11 => B, "b",
        },
    }

    pub enum ApiCategory {
        1 => C, "c",
    }

    pub enum ApiLanguage {
        1 => D, "d",
    }
}

fn main() {}
