//! Property tests of the pipeline (proptest):
//! - random valid tables (codes anywhere in the code type, its extremes too; names unique,
//!   some rows nameless; messages of any text; nested sections, reserved ranges, typed columns,
//!   `in` ranges, a prefix to strip, chosen variants, aliases, retired names, several tables;
//!   made valid by `codetable-random-tables`) expand without `compile_error!`, identically on
//!   a second run, and check into a model whose rows, in declaration order, are the table's;
//! - the lookup layouts of `index` (the model) for any set of codes or names find each one at
//!   its slot, and nothing else, when probed as the generated code probes them (with the
//!   runtime's functions). This probes the model, not the emitted code: `cargo xtask
//!   random-tables` (a step of `.ci/run`) compiles a few hundred random tables and checks
//!   every lookup of their generated code;
//! - every random mistake in a valid table (a code or name used twice, a code outside its type
//!   or range or inside a reserved range, a column value of the wrong type, a part of a row left
//!   out, ...) gives a `compile_error!`, one of whose messages names it (the code, name, range,
//!   column or token put in), and never a panic;
//! - deleting or replacing any token never makes the pipeline panic.

use codetable_pipeline::define_codes;
use codetable_pipeline::errors::Errors;
use codetable_pipeline::index::{self, CodeIndex, EMPTY};
// The tables, as written, and how they are made valid: shared with `cargo xtask
// random-tables`, which compiles such tables and checks their generated code.
use codetable_random_tables::{build, Broken, Item, Repr, Rng, Table, REPRS};
// The runtime half of the lookups, which the generated code calls (through `codes`).
use codetable_shared as runtime;
use heck::ToUpperCamelCase;
use proc_macro2::TokenStream;
use proptest::prelude::*;
use std::collections::BTreeSet;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::str::FromStr;

/// The tokens of `tables`, as a macro gets them.
fn render(tables: &[Table]) -> TokenStream {
    let mut text = String::new();
    for table in tables {
        table.render(&mut text);
    }
    TokenStream::from_str(&text).unwrap_or_else(|error| panic!("{error:?} in\n{text}"))
}

/// Codes of a type: scattered anywhere, near zero, at the extremes, or a run.
fn codes(repr: Repr) -> BoxedStrategy<Vec<i128>> {
    let (low, high) = repr.bounds();
    let extremes = vec![low, high, 0.max(low), (-1).max(low), low + 1, high - 1];
    let one = prop_oneof![
        3 => low..=high,
        2 => prop::sample::select(extremes),
        3 => (-40i128..40).prop_map(move |code| code.clamp(low, high)),
    ];
    let scattered = prop::collection::vec(one.clone(), 1..40);
    let run = (one, 1..40i128).prop_map(move |(start, count)| {
        let start = start.min(high - count + 1);
        (start..start + count).collect()
    });
    prop_oneof![2 => scattered, 1 => run].boxed()
}

fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[A-BD-Z][A-Z0-9_]{0,12}",
        2 => "[a-bd-z][a-zA-Z0-9]{0,8}",
        1 => "_[A-BD-Za-bd-z][a-z0-9_]{0,5}",
        1 => "[错误码名]{1,3}[0-9]{0,2}",
        1 => prop::sample::select(vec!["type", "match", "fn", "async", "union", "Ok", "Error"])
            .prop_map(str::to_owned),
    ]
}

/// Any text but the empty one: quotes, backslashes, newlines, NULs and emoji included.
fn message() -> impl Strategy<Value = String> {
    prop_oneof!["(?s).{1,16}", "[\"\\\\'\n\t\r{}|`\\[\\]<>*_中文😀 ]{1,12}",]
}

fn table(index: usize) -> impl Strategy<Value = Table> {
    (0..REPRS.len())
        .prop_flat_map(|repr| {
            let repr = REPRS[repr];
            (
                Just(repr),
                codes(repr),
                prop::collection::vec(name(), 1..40),
                prop::collection::vec(message(), 1..8),
                any::<u64>(),
            )
        })
        .prop_map(move |(repr, codes, names, messages, seed)| {
            build(index, repr, codes, names, messages, seed)
        })
}

/// One table, sometimes two.
fn tables() -> impl Strategy<Value = Vec<Table>> {
    prop_oneof![
        4 => table(0).prop_map(|table| vec![table]),
        1 => (table(0), table(1)).prop_map(|(a, b)| vec![a, b]),
    ]
}

fn expand(tokens: TokenStream) -> Result<String, TestCaseError> {
    catch_unwind(AssertUnwindSafe(|| define_codes(tokens).to_string()))
        .map_err(|_| TestCaseError::fail("the pipeline panicked"))
}

/// The slot the generated `lookup(code)` finds, computed as it computes it.
fn probe_code(index: &CodeIndex, count: usize, code: i128) -> Result<Option<usize>, TestCaseError> {
    let widened = index::widen(code);
    match index {
        CodeIndex::Sequential { first } => {
            let offset = widened.wrapping_sub(index::widen(*first));
            Ok((offset < count as u64).then_some(offset as usize))
        }
        CodeIndex::Dense { low, slots } => {
            let offset = widened.wrapping_sub(index::widen(*low));
            if offset < slots.len() as u64 {
                let slot = slots[offset as usize];
                if slot != EMPTY {
                    return Ok(Some(slot as usize));
                }
            }
            Ok(None)
        }
        CodeIndex::Hash {
            table,
            vacant,
            narrow,
        } => {
            if code == *vacant {
                return Ok(None);
            }
            let keys: Vec<i128> = table
                .buckets
                .iter()
                .map(|bucket| bucket.map_or(*vacant, |(code, _)| code))
                .collect();
            let slots: Vec<u32> = table
                .buckets
                .iter()
                .map(|bucket| bucket.map_or(EMPTY, |(_, slot)| slot))
                .collect();
            let mask = keys.len() - 1;
            let home = if *narrow {
                runtime::hash_code32(widened as u32, table.seed as u32, table.shift)
            } else {
                runtime::hash_code(widened, table.seed, table.shift)
            };
            for probe in 0..keys.len() {
                let bucket = (home + probe) & mask;
                let key = keys[bucket];
                if key == code {
                    return Ok(Some(slots[bucket] as usize));
                }
                if key == *vacant {
                    return Ok(None);
                }
            }
            Err(TestCaseError::fail("the probe went round the whole table"))
        }
    }
}

/// The lookups laid out for these codes, in declaration order, find each at its slot, and
/// no other code of the type (`low..=high`).
fn check_code_index(
    codes: &[i128],
    (low, high): (i128, i128),
    others: impl IntoIterator<Item = i128>,
) -> Result<(), TestCaseError> {
    // A type of 32 bits or fewer hashes in 32 bits, as the expansion does.
    let narrow = i128::from(i32::MIN) <= low && high <= i128::from(u32::MAX);
    let index = index::code_index(codes, low, narrow);
    for (slot, &code) in codes.iter().enumerate() {
        prop_assert_eq!(
            probe_code(&index, codes.len(), code)?,
            Some(slot),
            "code {}",
            code
        );
    }
    let taken: BTreeSet<i128> = codes.iter().copied().collect();
    let neighbours = codes.iter().flat_map(|&code| [code - 1, code + 1]);
    for other in others.into_iter().chain(neighbours).chain([low, high, 0]) {
        if (low..=high).contains(&other) && !taken.contains(&other) {
            prop_assert_eq!(
                probe_code(&index, codes.len(), other)?,
                None,
                "non-code {}",
                other
            );
        }
    }
    Ok(())
}

/// The name index of these names finds each at its slot through the runtime's `find_name`,
/// and none of the others.
fn check_name_index<'a>(
    names: &[&str],
    others: impl IntoIterator<Item = &'a str>,
) -> Result<(), TestCaseError> {
    let index = index::name_index(names);
    let (blob, starts) = index::blob(names.iter().copied());
    let blob: &'static str = Box::leak(blob.into_boxed_str());
    let starts = runtime::u32_table(starts);
    // As the generated code stores them: `u16` slots below 65 535 rows.
    let buckets: Vec<u16> = index
        .table
        .buckets
        .iter()
        .map(|bucket| bucket.map_or(u16::MAX, |slot| slot as u16))
        .collect();
    let find = |name: &str| {
        let name_index = runtime::NameIndex {
            buckets: &buckets,
            seed: index.table.seed,
            shift: index.table.shift,
            from_start: index.from_start,
            from_end: index.from_end,
        };
        // SAFETY: `blob` and `starts` are what `index::blob` made, as the macro emits them,
        // and the buckets hold slots of its strings.
        unsafe { runtime::find_name(name, name_index, blob, &starts) }
    };
    for (slot, name) in names.iter().enumerate() {
        prop_assert_eq!(find(name), Some(slot), "name {:?}", name);
    }
    for other in others {
        if !names.contains(&other) {
            prop_assert_eq!(find(other), None, "non-name {:?}", other);
        }
    }
    Ok(())
}

/// A mistake made in a valid table: what it is, and what an error must name to report it.
struct Mistake {
    /// The mistake, for the failure message.
    what: String,
    /// What the error names: one message of the expansion's errors must contain one of these
    /// (the code, name, range, column or token the mistake put in).
    named: Vec<String>,
}

impl Mistake {
    fn new(what: String, named: impl IntoIterator<Item = String>) -> Mistake {
        Mistake {
            what,
            named: named.into_iter().collect(),
        }
    }

    /// Whether `message` names the mistake: it holds one of [`Mistake::named`], not as the
    /// start of a longer number or word (`code 5` is not named by `code 55`).
    fn is_named_by(&self, message: &str) -> bool {
        self.named.iter().any(|named| {
            message.match_indices(named.as_str()).any(|(at, _)| {
                let next = message[at + named.len()..].chars().next();
                !next.is_some_and(|next| next.is_alphanumeric() || next == '_')
            })
        })
    }
}

/// How an error names a code: `code 41001`.
fn code_named(code: i128) -> String {
    format!("code {code}")
}

/// How an error names a name, a column or a token: in backticks.
fn ticked(name: &str) -> String {
    format!("`{name}`")
}

/// A mistake in a valid table, made with the drawn seed.
fn make_mistake(tables: &mut [Table], kind: usize, seed: u64) -> Mistake {
    let mut rng = Rng::new(seed);
    let table = &mut tables[0];
    let (type_low, type_high) = table.repr.bounds();
    let row_count = table.rows().len();
    let a = rng.below(row_count);
    let b = rng.below(row_count);
    let duplicate_row = |table: &mut Table, rng: &mut Rng| {
        let copy = table.rows()[a].clone();
        let at = rng.below(table.items.len() + 1);
        table.items.insert(at, Item::Row(copy.clone()));
        copy
    };
    match kind {
        0 if a != b => {
            let code = table.rows()[a].code;
            table.rows_mut()[b].code = code;
            Mistake::new(
                format!("code of row {a} given to row {b}"),
                [code_named(code)],
            )
        }
        1 if a != b => {
            let name = table.rows()[a]
                .name
                .clone()
                .unwrap_or_else(|| "TWICE".to_owned());
            let mut rows = table.rows_mut();
            rows[a].name = Some(name.clone());
            rows[b].name = Some(name.clone());
            Mistake::new(format!("name of row {a} given to row {b}"), [ticked(&name)])
        }
        0 | 1 => {
            let copy = duplicate_row(table, &mut rng);
            Mistake::new(format!("row {a} written twice"), [code_named(copy.code)])
        }
        2 => {
            let code = if rng.chance(50) {
                type_high + 1
            } else {
                type_low - 1
            };
            table.rows_mut()[a].code = code;
            Mistake::new(
                format!("row {a} given code {code}, outside the type"),
                [code_named(code)],
            )
        }
        3 => {
            let (code, what) = match table.range {
                Some((low, _, _)) if low > type_low => (low - 1, "below the table's range"),
                Some((_, end, half_open))
                    if (if half_open { end - 1 } else { end }) < type_high =>
                {
                    let high = if half_open { end - 1 } else { end };
                    (high + 1, "above the table's range")
                }
                _ => (type_high + 1, "above the type"),
            };
            table.rows_mut()[a].code = code;
            Mistake::new(
                format!("row {a} given code {code}, {what}"),
                [code_named(code)],
            )
        }
        4 => {
            let code = table.rows()[a].code;
            let reserved = Item::Reserved {
                low: code,
                high: code,
                message: None,
            };
            // Beside the row, in its scope: a reserved range at another level overlaps the
            // section holding the row, also an error, which names the range.
            let at = rng.below(table.items.len() + 1);
            table.items.insert(at, reserved);
            Mistake::new(
                format!("reserved range {code}..={code} over the code of row {a}"),
                [code_named(code), format!("{code}..={code}")],
            )
        }
        5 => {
            let columns = table.columns.clone();
            let row = &mut table.rows_mut()[a];
            match columns.first() {
                Some(column) => {
                    let wrong = match column.ty {
                        "&'static str" => "404",
                        "u16" | "i64" | "u128" => "\"404\"",
                        "f64" => "true",
                        _ => "\"text\"",
                    };
                    row.columns.retain(|(name, _)| name != column.name);
                    row.columns.push((column.name.to_owned(), wrong.to_owned()));
                    Mistake::new(
                        format!("row {a} sets `{}` to {wrong}", column.name),
                        [ticked(column.name), ticked(wrong)],
                    )
                }
                None => {
                    row.columns.push(("undeclared".to_owned(), "1".to_owned()));
                    Mistake::new(
                        format!("row {a} sets an undeclared column"),
                        [ticked("undeclared")],
                    )
                }
            }
        }
        6 => {
            let broken = [
                Broken::NoCode,
                Broken::NoArrow,
                Broken::NoName,
                Broken::Suffix,
                Broken::NotIdent,
            ][rng.below(5)];
            // Every row with its message: after a row without one, a code left without its
            // `=>` would read as that row's message, and the error would name that instead.
            for row in table.rows_mut() {
                row.no_message = false;
            }
            let row = &mut table.rows_mut()[a];
            row.broken = Some(broken);
            // What the error must say is missing, or the token it must quote.
            let named = match broken {
                Broken::NoCode => vec!["expected integer literal".to_owned()],
                Broken::NoArrow => vec![ticked("=>")],
                Broken::NoName => vec!["name".to_owned()],
                Broken::Suffix => vec![ticked(&format!("{}i64", row.code)), "suffix".to_owned()],
                Broken::NotIdent => vec![ticked("2RSP")],
            };
            Mistake::new(format!("row {a} broken: {broken:?}"), named)
        }
        7 => {
            // `""` written out: a row written without a message is no mistake.
            let row = &mut table.rows_mut()[a];
            row.message.clear();
            row.no_message = false;
            Mistake::new(
                format!("row {a} has an empty message"),
                ["empty message".to_owned()],
            )
        }
        _ => {
            let required = table
                .columns
                .iter()
                .find(|column| column.default.is_none() && !column.ty.starts_with("Option"))
                .map(|column| column.name);
            match required {
                Some(column) => {
                    table.rows_mut()[a]
                        .columns
                        .retain(|(name, _)| name != column);
                    Mistake::new(
                        format!("row {a} leaves out the required column `{column}`"),
                        [ticked(column)],
                    )
                }
                None => {
                    let code = type_low - 1;
                    table.rows_mut()[a].code = code;
                    Mistake::new(
                        format!("row {a} given code {code}, below the type"),
                        [code_named(code)],
                    )
                }
            }
        }
    }
}

const MISTAKES: usize = 9;

/// Every token of a stream, depth first, as text and whether it joins the next (`=>` is two
/// joined `Punct`s), with the group marks: what deleting or replacing one token is done on.
fn token_texts(tokens: TokenStream, out: &mut Vec<(String, bool)>) {
    use proc_macro2::{Delimiter, Spacing, TokenTree};
    for tree in tokens {
        match tree {
            TokenTree::Group(group) => {
                let (open, close) = match group.delimiter() {
                    Delimiter::Brace => ("{", "}"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::None => ("", ""),
                };
                out.push((open.to_owned(), false));
                token_texts(group.stream(), out);
                out.push((close.to_owned(), false));
            }
            TokenTree::Punct(punct) => {
                out.push((punct.to_string(), punct.spacing() == Spacing::Joint));
            }
            other => out.push((other.to_string(), false)),
        }
    }
}

fn join(tokens: &[(String, bool)]) -> String {
    let mut text = String::new();
    for (token, joint) in tokens {
        text.push_str(token);
        if !joint {
            text.push(' ');
        }
    }
    text
}

proptest! {
    // Cheap: many cases, so that every kind of word the fast path takes is met.
    #![proptest_config(ProptestConfig {
        cases: 20_000,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// A name in one ASCII case gets heck's UpperCamelCase (`OK` → `Ok`); one in
    /// UpperCamelCase already is kept; any other gets heck's. What the generated code makes again from a wire name
    /// (`VariantName::Words`, `VariantName::AsIs`) is the same name, wherever the rule lets it.
    #[test]
    fn variant_names_follow_the_rule(name in prop_oneof![
        "[A-Z0-9_]{0,24}",
        "[a-z0-9_]{0,24}",
        "[A-Z][A-Za-z0-9]{0,24}",
        "[A-Za-z0-9_]{0,24}",
        "[A-Zσςß_0-9]{0,8}",
    ]) {
        use codetable_shared::naming::{is_one_case, is_upper_camel_case};
        let variant = codetable_shared::variant_name(&name);
        if is_upper_camel_case(&name) && !is_one_case(&name) {
            prop_assert_eq!(&variant, &name);
        } else {
            prop_assert_eq!(&variant, &name.to_upper_camel_case());
        }
        if is_one_case(&name) || is_upper_camel_case(&name) {
            prop_assert!(codetable_shared::variant_name_is_made(&name, &variant));
            let made = if is_one_case(&name) {
                codetable_shared::VariantName::Words(&name)
            } else {
                codetable_shared::VariantName::AsIs(&name)
            };
            prop_assert_eq!(made.to_string(), variant);
        }
    }
}

#[test]
fn variant_names_of_table_names() {
    for (name, variant) in [
        ("ERROR_2RSP", "Error2rsp"),
        ("_SUCCESS", "Success"),
        ("A__B_", "AB"),
        ("task_pause", "TaskPause"),
        ("", ""),
        ("HTTPRequest", "HTTPRequest"),
        ("BadIDChoice", "BadIDChoice"),
        ("Bad_Request", "BadRequest"),
    ] {
        assert_eq!(codetable_shared::variant_name(name), variant, "{name}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 128,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn valid_tables_expand_without_errors(tables in tables()) {
        let input = render(&tables);
        let first = expand(input.clone())?;
        prop_assert!(!first.contains("compile_error"), "errors for a valid table:\n{}\n{}", input, first);
        // The same again: nothing depends on hash order or other state.
        prop_assert!(expand(input.clone())? == first, "a second expansion differs");
        // Checked into a model whose rows are the table's, in declaration order.
        let mut errors = Errors::default();
        let checked = codetable_pipeline::valid::tables(codetable_pipeline::parse::input(input, &mut errors), &mut errors);
        prop_assert_eq!(errors.count(), 0);
        prop_assert_eq!(checked.len(), tables.len());
        for (model, table) in checked.iter().zip(&tables) {
            prop_assert!(model.valid);
            let rows = table.rows();
            prop_assert_eq!(model.rows.len(), rows.len());
            for (got, want) in model.rows.iter().zip(&rows) {
                prop_assert_eq!(got.code, want.code);
                prop_assert_eq!(got.nameless, want.name.is_none());
                if let Some(name) = &want.name {
                    prop_assert_eq!(&got.name, name);
                }
                prop_assert_eq!(&got.message, &want.message);
            }
            // The lookups laid out for the model find every row, by code and by name.
            let codes: Vec<i128> = model.rows.iter().map(|row| row.code).collect();
            check_code_index(&codes, model.repr.bounds(), [])?;
            let names: Vec<&str> = model.rows.iter().map(|row| row.name.as_str()).collect();
            check_name_index(&names, ["", "OK", "NOT_A_NAME_IN_ANY_TABLE"])?;
        }
    }

    #[test]
    fn code_lookups_find_every_code_and_nothing_else(
        (repr, codes, others) in (0..REPRS.len()).prop_flat_map(|repr| {
            let repr = REPRS[repr];
            let (low, high) = repr.bounds();
            (Just(repr), prop_oneof![codes(repr), prop::collection::vec(low..=high, 1..300)], prop::collection::vec(low..=high, 0..50))
        })
    ) {
        let mut seen = BTreeSet::new();
        let codes: Vec<i128> = codes.into_iter().filter(|code| seen.insert(*code)).collect();
        check_code_index(&codes, repr.bounds(), others)?;
    }

    #[test]
    fn name_lookups_find_every_name_and_nothing_else(
        names in prop::collection::vec("(?s).{0,20}", 1..200),
        others in prop::collection::vec("(?s).{0,20}", 0..50),
    ) {
        let mut seen = BTreeSet::new();
        let names: Vec<&str> = names.iter().map(String::as_str).filter(|name| seen.insert(*name)).collect();
        check_name_index(&names, others.iter().map(String::as_str))?;
    }

    #[test]
    fn mistakes_always_give_an_error_and_never_a_panic(
        mut tables in tables(),
        kind in 0..MISTAKES,
        seed in any::<u64>(),
    ) {
        let mistake = make_mistake(&mut tables, kind, seed);
        let input = render(&tables);
        let output = expand(input.clone())?;
        prop_assert!(output.contains("compile_error"), "no error for the mistake ({}):\n{}", mistake.what, input);
        // One of the errors names the mistake: the code, name, range, column or token put in,
        // not just any error (one for a follow-on mistake, or a wrong one, would not do).
        let (_, errors) = codetable_pipeline::check(input.clone());
        let messages: Vec<String> = errors.iter().map(|error| error.to_string()).collect();
        prop_assert!(
            messages.iter().any(|message| mistake.is_named_by(message)),
            "no error names the mistake ({}: one of {:?}); the errors:\n{}\nfor\n{}",
            mistake.what, mistake.named, messages.join("\n"), input
        );
    }

    #[test]
    fn deleting_or_replacing_any_token_never_panics(
        tables in tables(),
        at in any::<prop::sample::Index>(),
        replacement in prop::sample::select(vec![
            "", ",", "=>", "_", "-", "..", "..=", "reserved", "enum", "1u8", "\"\"", "'c'", "1.5",
            "340282366920938463463374607431768211456", "#", "in", "{", "}", "(", ")", "[", "]",
        ]),
    ) {
        let mut tokens = Vec::new();
        token_texts(render(&tables), &mut tokens);
        let at = at.index(tokens.len());
        tokens[at] = (replacement.to_owned(), false);
        // An unbalanced group does not lex: rustc hands a macro no such tokens.
        if let Ok(input) = TokenStream::from_str(&join(&tokens)) {
            expand(input)?;
        }
    }
}

/// Names that share their length and every word a name key can read (they differ only in the
/// middle) share a key, whatever offsets the index picks: linear probing and the full
/// comparison still tell each apart. Short and empty names too.
#[test]
fn names_that_share_a_key_are_told_apart() {
    let middles: Vec<String> = (0..200)
        .map(|i| format!("ERROR_PROXY_SIGNATURE_{i:03}_BUCKET_MISMATCH_IN_REQUEST"))
        .collect();
    let mut names: Vec<&str> = middles.iter().map(String::as_str).collect();
    names.extend(["", "A", "AB_C", "SEVEN_7", "EIGHT_88", "NINE_9999"]);
    let others = [
        "ERROR_PROXY_SIGNATURE_200_BUCKET_MISMATCH_IN_REQUEST",
        "ERROR_PROXY_SIGNATURE_0_BUCKET_MISMATCH_IN_REQUEST",
        "B",
        "EIGHT_89",
        "NINE_99999",
    ];
    check_name_index(&names, others).expect("every name found, no other");
}
