// Rows with arguments made to trip exporters up, exported by `scripts/export-check.sh` beside
// MariaDB's (`tests/imported/mariadb_errors_zh.rs`), whose functions each language's test
// holds to the Rust output (`examples/compiled_args.rs`): every argument type, every spec
// (fill, alignment, sign, `#`, `0`, widths and precisions as numbers and as arguments, `x`
// `X` `o` `b`), braces and quotes in the text, argument names that are keywords of the other
// languages, a nameless row, rows without the second language, a row without arguments,
// codes beyond 2^53 shown in hex, and string codes (one with a quote).

codetable::define_codes! {
    /// Every type and spec, in two languages.
    #[codetable(languages(en, zh))]
    pub enum Formats {
        1 => TEXT(text: &str, width: usize, most: usize),
            "[{text}] [{text:>6}] [{text:*^7}] [{text:.2}] [{text:>width$.most$}] [{text:<4}] [{text:05}] [{text:+}]",
            zh = "文 [{text:^width$}] [{text:.most$}]",
        2 => SIGNED(a: i8, b: i16, c: i32, d: i64, e: isize),
            "{a} {b:+} {c:05} {d:x} {e:#X} {a:#b} {b:o} {c:+08} {d:<6}|{e:^7}|{a:#010x} {c:X}",
            zh = "{e} {d} {c} {b} {a}",
        3 => UNSIGNED(a: u8, b: u16, c: u32, d: u64, e: usize),
            "{a:#x} {b:08b} {c:>+6} {d} {e:^5} {d:X} {c:#o} {a:.3}",
        4 => FLOAT(value: f64),
            "{value} {value:.3} {value:+.1} {value:08.2} {value:<7}| {value:.0} {value:^+12.4} {value:.20}",
            zh = "值 {value:e<9}",
        5 => OTHERS(flag: bool, letter: char),
            "{flag} {flag:>6} {letter} {letter:-^3} {flag:.2} {letter:.0}|{flag:06}",
            zh = "{letter}{flag}",
        6 => QUOTES(text: &str), "quote \" backslash \\ {{braces}} ${{x}} */ `{text}` %s \n line",
            zh = "引号 \" {{ {text} }}",
        7 => _(value: i32), "nameless {value}",
        8 => PLAIN, "no arguments {here} %s",
        9 => KEYWORDS(class: &str, func: u8, default: bool, var: char, lambda: f64, range: i64, from: u32),
            "{class} {func} {default} {var} {lambda} {range} {from}",
    }

    /// Codes beyond 2^53, shown in hex, without languages.
    #[repr(u64)]
    pub enum Wide {
        0x0000000000000001 => LOW(n: u64), "{n:#x} of {n}",
        0xFFFFFFFFFFFFFFFF => HIGH(n: u64, m: i64), "{n:#X} {m:x}",
    }

    /// String codes: the functions from strings find a row by its code itself.
    pub enum Named {
        "NoSuchKey" => NO_SUCH_KEY(key: &str), "The key {key} does not exist.",
        "SlowDown" => SLOW_DOWN(rate: u32), "Reduce your request rate below {rate}/s.",
        "say \"hi\"" => SAID(who: &str), "{who} said \"hi\"",
    }
}
