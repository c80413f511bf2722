codetable::define_codes! {
    #[codetable(help_url = "https://docs.example.com/{id}")]
    pub enum UnknownPlaceholder {
        1 => A, "a",
    }

    #[codetable(help_url = "https://docs.example.com/{code")]
    pub enum LeftOpen {
        1 => A, "a",
    }

    #[codetable(help_url = "")]
    pub enum Empty {
        1 => A, "a",
    }

    #[codetable(help_url = "https://docs.example.com/{section}#{code}")]
    pub enum Sectionless {
        1 => A, "a",
        2 => B, "b",
        3 => C, "c", help_url = "https://docs.example.com/c",
        10..=19 => Tens, "tens" {
            11 => ELEVEN, "eleven",
        },
    }

    pub enum Rows {
        1 => A, "a", help_url = 7,
        2 => B, "b", help_url = "https://x.example/b", help_url = "https://x.example/b2",
        3 => C, "c", help_url = "https://x.example/{section}",
        4 => D, help_url = "https://x.example/{nom}",
    }

    #[codetable(problem_json)]
    pub enum NoHttp {
        1 => A, "a",
    }

    #[codetable(languages(zh, help_url))]
    pub enum Names(explanation: &'static str = "") {
        1 => A, "a",
    }
}

fn main() {}
