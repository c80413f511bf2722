// A row may leave its message out (`1 => FAILED,`), but then gives none in another language
// either; and a message is a string literal.
codetable::define_codes! {
    #[codetable(languages(en, zh))]
    pub enum E {
        0 => OK, "ok",
        1 => FAILED, zh = "失败",
        2 => OTHER, 42,
        4 => CHAR, 'c',
        3 => EMPTY, "",
    }
}

fn main() {}
