// Tables made to trip exporters up, exported beside the seeds by `scripts/export-check.sh`
// (and included by `tests/export.rs` and `examples/compiled_rows.rs`, which compare the
// exports with them): quotes, backslashes, line breaks, comment ends, bidirectional controls
// and separators in messages; codes beyond what a double holds exactly, and at the ends of
// `i64` and `u64`; names that are keywords elsewhere, none, or not ASCII; columns of every
// type, optional, with defaults, named like keywords of other languages; a deprecated row; a
// section and a reserved range; aliases (of a keyword, named like a function of the Go
// export, beyond 2^53, deprecated), retired names, a prefix, a chosen variant and messages
// in two languages; codes written and shown in hex, with a section and an alias; string codes
// with quotes, a backslash, letters that are not ASCII and `__proto__`, sections and a reserved
// item by prefix.

codetable::define_codes! {
    /// Messages and names that trip exporters up: `*/`, `"""`, `${x}`, `\`.
    ///
    /// A second paragraph, with a tab:	here.
    #[repr(i64)]
    pub enum Tricky(
        /// A hint, on some rows: */ ends a comment.
        hint: Option<&'static str>,
        /// One character.
        mark: char = 'x',
        /// A ratio.
        ratio: f32 = 0.5,
        /// A number beyond `u64`.
        big: u128 = 340282366920938463463374607431768211455,
        /// A flag.
        flag: bool = false,
        /// A column named like a keyword of TypeScript and Go.
        r#type: u8 = 0,
        /// A column named like a keyword of Python.
        class: i16 = -1,
        /// A column named like what other languages' enums have.
        value: Option<u32>,
    ) {
        -9223372036854775808 => MINIMUM, "the smallest i64",
        -9007199254740993 => BELOW_DOUBLE, "one below -2^53", hint = "a double cannot hold it",
        0 => OK, "quote \" backslash \\ line\nbreak\ttab", hint = "*/ /* -- --> \"\"\"",
        1 => r#type, "a keyword as the wire name", mark = '\'', class = 1, r#type = 255,
        2 => _, "nameless", mark = '\\', flag = true, value = 4294967295,
        3 => None, "named None", mark = '中', ratio = -2.25, big = 0,
        4 => 成功, "a name that is not ASCII", mark = '\n',
        5 => TRIPLE, "\"\"\" ''' `backticks` ${template} %s {0} <b>&amp;</b>",
        6 => BIDI, "bidi \u{202e}override\u{202c}, a line separator \u{2028} and a BOM \u{feff}",
        /// A row with a doc comment
        /// of two lines.
        #[deprecated(since = "1.2.0", note = "use `OK`")]
        7 => OLD, "deprecated",
        #[deprecated]
        8 => OLDER, "deprecated, without a note",
        10..=19 => Group, "a section: \"quoted\"" {
            11 => IN_GROUP, "in the group",
            15..=19 => reserved, "reserved */ \"inside\"",
        },
        100..=199 => reserved,
        9007199254740993 => ABOVE_DOUBLE, "one above 2^53",
        9223372036854775807 => MAXIMUM, "the largest i64", hint = "",
        /// The old name of `OK`.
        #[deprecated(note = "use `OK`")]
        FINE = OK,
        // Go's `TrickyValues` is the function of the codes: the constant is another name.
        VALUES = MAXIMUM,
        r#match = r#type,
    }

    /// The ends of `u64`.
    #[repr(u64)]
    pub enum Wide {
        0 => ZERO, "zero",
        18446744073709551615 => MAX, "the largest u64",
        TOP = MAX,
    }

    /// Aliases, retired names, a prefix, a chosen variant, messages in two languages, help
    /// links (a template's, a row's own) and explanations.
    #[codetable(strip_prefix = "E_", languages(zh, en), help_url = "https://docs.example.com/curly#{name}")]
    pub enum Curly(http: u16 = 200) {
        /// All went well.
        0 => E_OK, "成功", en = "success", help_url = "https://docs.example.com/ok?q=\"*/\"",
        /// Try again later: `*/` and "quotes",
        ///
        /// and a second paragraph.
        1 => E_AGAIN, "再试", en = "try again", http = 503,
        2 => E_GONE as Vanished, "不见了",
        3 => PLAIN, "无前缀", en = "no prefix \"quoted\"",
        E_WOULDBLOCK = E_AGAIN,
        OLD_NAME => retired, "replaced by E_GONE",
        E_OLDER => retired,
    }

    /// Codes written in hex, which the table shows in hex padded to eight digits (HRESULTs): a
    /// section of them, an alias, and the largest `u32`.
    #[repr(u32)]
    pub enum Hresult {
        0x00000000 => S_OK, "success",
        0x00000001 => S_FALSE, "success, but false",
        0x80004000..=0x80004FFF => Generic, "generic errors" {
            0x80004001 => E_NOTIMPL, "not implemented",
            0x80004005 => E_FAIL, "unspecified failure",
        },
        0x8007000E => E_OUTOFMEMORY, "out of memory",
        0xFFFFFFFF => E_LAST, "the largest u32",
        E_NOMEMORY = E_OUTOFMEMORY,
    }

    /// String codes that trip exporters up: a quote and a backslash, `__proto__`, letters that
    /// are not ASCII, leading zeros; a section and a subsection by prefix, a reserved prefix and
    /// an alias.
    pub enum Textual(
        /// A column beside string codes.
        retry: bool = false,
    ) {
        "00000" => ZERO, "leading zeros kept",
        "__proto__" => PROTO, "a key an object literal takes as its prototype",
        "say \"hi\" \\" => QUOTED, "a quote and a backslash in the code",
        "E" => Errors, "errors" {
            "E1" => DiskErrors, "disk errors" {
                "E1-FULL" => DISK_FULL, "the disk is full", retry = true,
            },
            "E2" => ERR_TWO, "an error",
            "EX" => reserved, "reserved for later",
        },
        "错误" => NOT_ASCII, "a code that is not ASCII",
        FULL = DISK_FULL,
    }
}
