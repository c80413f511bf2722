//! Tables drawn from a seed: codes of every shape the lookups lay out differently, names of
//! every shape the variants and the name index treat differently, messages of any text.

use crate::{build, Repr, Rng, Table, REPRS};

/// How many rows a table has: mostly a few dozen, sometimes hundreds (hash tables with long
/// probe runs, name indexes with many buckets), rarely over a thousand.
fn row_count(rng: &mut Rng) -> usize {
    match rng.below(100) {
        0..=4 => 1 + rng.below(3),
        5..=79 => 2 + rng.below(40),
        80..=97 => 40 + rng.below(300),
        _ => 300 + rng.below(1200),
    }
}

/// `count` codes of the type `repr`, of one of the shapes the code lookup lays out
/// differently (`codetable_pipeline::index`): a run in order (`Sequential`), a run out of
/// order or with gaps, up to twice as wide as it has codes (`Dense`, its widest included),
/// and spread, clustered, low-bit-free or anywhere in the type, its extremes included
/// (`Hash`, its narrowest included). Repeats may be among them (the table drops them).
pub fn codes(rng: &mut Rng, repr: Repr, count: usize) -> Vec<i128> {
    let (low, high) = repr.bounds();
    let span = high - low + 1;
    let count = count.min(usize::try_from(span).unwrap_or(usize::MAX));
    let n = count as i128;
    // A start from which `width` codes fit in the type: near zero, at either end, or anywhere.
    let start = |rng: &mut Rng, width: i128| {
        let room = span - width;
        let anywhere = low + (u128::from(rng.next_u64()) % (room as u128 + 1)) as i128;
        match rng.below(4) {
            0 => low,
            1 => high - width + 1,
            2 => (-(width / 2)).clamp(low, low + room),
            _ => anywhere,
        }
    };
    let anywhere = |rng: &mut Rng| low + (u128::from(rng.next_u64()) % span as u128) as i128;
    let mut codes: Vec<i128> = match rng.below(9) {
        0 => {
            let first = start(rng, n);
            (first..first + n).collect()
        }
        1 => {
            let first = start(rng, n);
            (first..first + n).rev().collect()
        }
        2 => {
            let first = start(rng, n);
            let mut run: Vec<i128> = (first..first + n).collect();
            rng.shuffle(&mut run);
            run
        }
        3 | 4 => {
            // `count` codes of a span of `2 * count` (the widest dense one) or one more (the
            // narrowest hashed one), both ends among them.
            let width = (2 * n + i128::from(rng.chance(50))).min(span);
            let first = start(rng, width);
            let mut all: Vec<i128> = (first + 1..first + width - 1).collect();
            rng.shuffle(&mut all);
            all.truncate(count.saturating_sub(2));
            all.extend([first, first + width - 1]);
            rng.shuffle(&mut all);
            all
        }
        5 => {
            // Clusters of consecutive codes, far apart.
            let clusters = 1 + rng.below(4);
            let size = (count / clusters).max(1) as i128;
            let mut all = Vec::new();
            for _ in 0..clusters {
                let first = start(rng, size);
                all.extend(first..first + size);
            }
            rng.shuffle(&mut all);
            all
        }
        6 => {
            // Multiples of a power of two: the low bits all zero.
            let shift = 1 + rng.below(if span > 1 << 40 { 40 } else { 6 });
            let step = 1i128 << shift;
            (0..n)
                .map(|_| (anywhere(rng) / step * step).clamp(low, high))
                .collect()
        }
        _ => {
            let mut all: Vec<i128> = (0..count).map(|_| anywhere(rng)).collect();
            // The type's extremes, and the codes next to them and to zero.
            for code in [low, high, low + 1, high - 1, 0, -1, 1] {
                if rng.chance(30) && (low..=high).contains(&code) {
                    all.push(code);
                }
            }
            all
        }
    };
    if codes.is_empty() {
        codes.push(anywhere(rng));
    }
    codes
}

/// Words of the names: short, long, with digits.
const WORDS: [&str; 16] = [
    "INVALID",
    "PARAM",
    "NOT",
    "FOUND",
    "TIMEOUT",
    "QUOTA_EXCEEDED_FOR_THIS_ACCOUNT_TODAY",
    "X1",
    "E2BIG",
    "DENIED",
    "GONE",
    "HTTP",
    "ID",
    "TOO",
    "LARGE",
    "AUTH",
    "V2",
];

/// Names in other scripts, in one case or mixed, each a valid identifier.
const UNICODE: [&str; 12] = [
    "错误码",
    "参数错误",
    "ОШИБКА_ДОСТУПА",
    "ошибка_доступа",
    "ΣΦΑΛΜΑ_ΟΔΟΣ",
    "σφάλμα_οδός",
    "ÉCHEC_RÉSEAU",
    "échec_réseau",
    "Straße",
    "HTTP_错误",
    "Ärger",
    "データ_なし",
];

/// Keywords and prelude names, which a wire name may be.
const KEYWORDS: [&str; 10] = [
    "type", "match", "fn", "async", "union", "Ok", "Error", "None", "Some", "loop",
];

/// A wire name, of one of the shapes that variants and the name index treat differently:
/// SCREAMING_SNAKE, snake_case, UpperCamelCase with acronyms, mixed, with leading, trailing
/// or doubled underscores, in other scripts (cases that change length, final sigma), a
/// keyword, one letter, or long names that share their start and end (the name index
/// reads words at fixed offsets). None starts with `C`, so none gives a nameless row's
/// variant (`Code41`).
pub fn name(rng: &mut Rng) -> String {
    // One to three words.
    let words = |rng: &mut Rng| -> Vec<String> {
        let count = 1 + rng.below(3);
        (0..count).map(|_| rng.pick(&WORDS).to_string()).collect()
    };
    let number = rng.below(1000);
    match rng.below(12) {
        0 | 1 => words(rng).join("_"),
        2 => words(rng).join("_").to_lowercase(),
        3 => {
            // UpperCamelCase, acronyms kept: `HTTPRequestID`.
            words(rng)
                .iter()
                .map(|word| {
                    if word.len() <= 4 {
                        word.replace('_', "")
                    } else {
                        let lower = word.to_lowercase().replace('_', "");
                        format!("{}{}", &lower[..1].to_uppercase(), &lower[1..])
                    }
                })
                .collect()
        }
        4 => format!("Bad_Request{number}"),
        5 => {
            let core = words(rng).join("__");
            match rng.below(3) {
                0 => format!("_{core}"),
                1 => format!("{core}_"),
                _ => format!("__{core}{number}"),
            }
        }
        6 | 7 => {
            let word = rng.pick(&UNICODE).to_string();
            if rng.chance(50) {
                format!("{word}{number}")
            } else {
                word
            }
        }
        8 => rng.pick(&KEYWORDS).to_string(),
        9 => ["A", "z", "B", "x", "Q"][rng.below(5)].to_owned(),
        10 => format!("ERROR_PROXY_SIGNATURE_{number:03}_BUCKET_MISMATCH_IN_REQUEST"),
        _ => format!("{}{number}", rng.pick(&WORDS)),
    }
}

/// A message: any text but the empty one, quotes, backslashes, newlines, NULs, braces,
/// Markdown and other scripts included; sometimes long.
pub fn message(rng: &mut Rng) -> String {
    const PIECES: [&str; 14] = [
        "not found",
        "参数错误",
        "\"quoted\"",
        "back\\slash",
        "new\nline",
        "tab\there",
        "\0",
        "{braces}",
        "a | b",
        "`code` *em* _u_ [link]",
        "😀",
        "ошибка",
        "  spaced  ",
        "'",
    ];
    let most = if rng.chance(5) { 40 } else { 4 };
    let pieces = 1 + rng.below(most);
    (0..pieces).map(|_| *rng.pick(&PIECES)).collect()
}

/// One table of a random code type, named `Table{index}`.
pub fn table(rng: &mut Rng, index: usize) -> Table {
    let repr = *rng.pick(&REPRS);
    let count = row_count(rng);
    let codes = codes(rng, repr, count);
    let names = (0..count + 4).map(|_| name(rng)).collect();
    let messages = (0..1 + rng.below(8)).map(|_| message(rng)).collect();
    build(index, repr, codes, names, messages, rng.next_u64())
}

/// `count` tables drawn from `seed`, numbered from 0, in invocations of one table or,
/// sometimes, two.
pub fn invocations(seed: u64, count: usize) -> Vec<Vec<Table>> {
    let mut rng = Rng::new(seed);
    let mut invocations = Vec::new();
    let mut index = 0;
    while index < count {
        let tables = if count - index >= 2 && rng.chance(15) {
            2
        } else {
            1
        };
        invocations.push(
            (index..index + tables)
                .map(|i| table(&mut rng, i))
                .collect(),
        );
        index += tables;
    }
    invocations
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_fit_their_type() {
        let mut rng = Rng::new(1);
        for _ in 0..2000 {
            let repr = *rng.pick(&REPRS);
            let (low, high) = repr.bounds();
            let count = 1 + rng.below(300);
            let codes = codes(&mut rng, repr, count);
            assert!(!codes.is_empty());
            assert!(
                codes.iter().all(|code| (low..=high).contains(code)),
                "{repr:?}: {codes:?}"
            );
        }
    }

    #[test]
    fn names_never_start_with_c() {
        let mut rng = Rng::new(2);
        for _ in 0..2000 {
            let name = name(&mut rng);
            assert!(!name.starts_with(['C', 'c']), "{name}");
            assert!(!name.is_empty());
        }
    }

    #[test]
    fn the_same_seed_draws_the_same_tables() {
        let render = |seed| {
            let mut text = String::new();
            for table in invocations(seed, 20).iter().flatten() {
                table.render(&mut text);
            }
            text
        };
        assert_eq!(render(5), render(5));
        assert_ne!(render(5), render(6));
    }
}
