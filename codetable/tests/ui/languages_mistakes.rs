codetable::define_codes! {
    #[codetable(languages(zh, en, en))]
    pub enum Twice {
        1 => A, "一",
    }

    #[codetable(languages(zh, en))]
    pub enum Rows(en: &'static str = "") {
        1 => A, "一", en = "one", fr = "un",
        2 => B, "二", zh = "二",
        3 => C, "三", en = 3,
        4 => D, "四", en = "four", en = "FOUR",
        5 => E, "五", en = "",
    }
}

fn main() {}
