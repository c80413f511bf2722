//! Mutations of a seed table, driven by the fuzz input's bytes: each byte (or few) chooses what
//! to change and where, so that libFuzzer's own mutations of the bytes explore the tables.

use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use std::str::FromStr;

/// The bytes of the fuzz input, read front to back; zeros once they run out.
struct Bytes<'a>(&'a [u8]);

impl Bytes<'_> {
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn byte(&mut self) -> u8 {
        match self.0.split_first() {
            Some((&first, rest)) => {
                self.0 = rest;
                first
            }
            None => 0,
        }
    }

    /// A number below `n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        let wide = usize::from(self.byte()) << 8 | usize::from(self.byte());
        wide % n
    }

    fn pick<'t, T>(&mut self, items: &'t [T]) -> &'t T {
        &items[self.below(items.len())]
    }

    fn text(&mut self, items: &[&'static str]) -> &'static str {
        items[self.below(items.len())]
    }
}

/// A token tree that can be edited in place.
#[derive(Clone)]
enum Node {
    Leaf(TokenTree),
    Group(Delimiter, Vec<Node>),
}

fn nodes(stream: TokenStream) -> Vec<Node> {
    stream
        .into_iter()
        .map(|tree| match tree {
            TokenTree::Group(group) => Node::Group(group.delimiter(), nodes(group.stream())),
            leaf => Node::Leaf(leaf),
        })
        .collect()
}

fn stream(nodes: &[Node]) -> TokenStream {
    nodes
        .iter()
        .map(|node| match node {
            Node::Leaf(leaf) => leaf.clone(),
            Node::Group(delimiter, inner) => {
                TokenTree::Group(Group::new(*delimiter, stream(inner)))
            }
        })
        .collect()
}

thread_local! {
    /// The seeds' trees, made once (tokens are not `Sync`, hence per thread).
    static SEEDS: Vec<Vec<Node>> = crate::seeds::all().into_iter().map(nodes).collect();
}

/// Literals that stress the rules on numbers and literals.
const LITERALS: &[&str] = &[
    "0",
    "1",
    "-1",
    "127",
    "128",
    "255",
    "256",
    "32767",
    "65535",
    "65536",
    "2147483647",
    "2147483648",
    "4294967295",
    "4294967296",
    "9223372036854775807",
    "9223372036854775808",
    "18446744073709551615",
    "18446744073709551616",
    "170141183460469231731687303715884105727",
    "170141183460469231731687303715884105728",
    "340282366920938463463374607431768211455",
    "340282366920938463463374607431768211456",
    "99999999999999999999999999999999999999999999999999999999",
    "0x7fff_ffff",
    "0xffff_ffff_ffff_ffff",
    "0xffff_ffff_ffff_ffff_ffff_ffff_ffff_ffff_f",
    "0b1010",
    "0o777",
    "1_000_000",
    "1u8",
    "1i128",
    "255u8",
    "1usize",
    "1f32",
    "1.5",
    "1.0e308",
    "1e309",
    "1e-400",
    "3.4e39f32",
    "0.",
    "1.5f64",
    "'a'",
    "'\\u{10FFFF}'",
    "'\\''",
    "b'a'",
    "\"\"",
    "\"text\"",
    "\"\\\"quoted\\\" \\\\ \\u{0}\"",
    "\"multi\nline\"",
    "r#\"raw \"str\"\"#",
    "b\"bytes\"",
    "c\"cstr\"",
    "1suffix",
    "2RSP",
    "\"s\"suffix",
    "true",
    "false",
];

/// Tokens to insert or replace with.
const JUNK: &[&str] = &[
    ",",
    ";",
    "=>",
    "=",
    "..",
    "..=",
    "...",
    "-",
    "--",
    "#",
    "!",
    "_",
    "::",
    ":",
    "&",
    "'static",
    "'a",
    "reserved",
    "enum",
    "pub",
    "in",
    "self",
    "Self",
    "crate",
    "super",
    "r#type",
    "type",
    "async",
    "FOO",
    "foo_bar",
    "错误",
    "ß",
    "{}",
    "()",
    "[]",
    "{ 1 => A, \"a\" }",
    "(x: u8)",
    "#[repr(u8)]",
    "#[repr(C)]",
    "#[cfg(test)]",
    "#[derive(Debug)]",
    "#[doc = \"d\"]",
    "#[deprecated]",
    "#[default]",
    "/// doc",
    "$",
    "?",
    "@",
    "~",
    "^",
];

const REPRS: &[&str] = &[
    "i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "C", "u128", "x",
];

const COLUMN_DECLS: &[&str] = &[
    "http: u16",
    "en: &'static str",
    "flag: bool = true",
    "ratio: f32 = 0.5",
    "grade: Option<char>",
    "big: u128 = 340282366920938463463374607431768211455",
    "tiny: i8 = -128",
    "name: u8",
    "Http: u16",
    "bad: Vec<u8>",
    "s: &str",
    "o: Option<Option<u8>>",
    "p: core::option::Option<i64>",
    "x: (u8)",
];

const COLUMN_SETS: &[&str] = &[
    "http = 404",
    "http = -1",
    "http = 70000",
    "http = \"404\"",
    "en = \"network error\"",
    "en = 'c'",
    "flag = false",
    "ratio = 1e39",
    "ratio = -0.0",
    "grade = 'z'",
    "big = 0",
    "tiny = -129",
    "undeclared = 1",
    "http = 1u8",
    "http = 1u16",
    "ratio = 2f64",
];

const MOST_MUTATIONS: usize = 24;
const MOST_ADDED_NESTING: usize = 600;
/// The most tokens (and groups) a mutated seed may grow to before duplicating and repeating
/// stop: the largest seed has about 3 000, and mutations compounding unchecked made 8 and
/// 31 MB of text, which took seconds to make and to expand (linearly: a timeout, no bug).
const MOST_TOKENS: usize = 5_000;

/// A mutated seed, or `None` when text edits made it no longer lex.
pub fn mutated_seed(data: &[u8]) -> Option<TokenStream> {
    let mut bytes = Bytes(data);
    // Most runs (63 in 64) work on a window of a big table's rows: cheaper (a whole seed
    // takes 10 to 30 times longer), and as good at finding bugs.
    let mut tree = SEEDS.with(|seeds| {
        let seed = bytes.pick(seeds);
        if bytes.byte() % 64 != 0 {
            let len = 1 + bytes.below(12);
            let start = bytes.byte();
            window(seed, usize::from(start), len)
        } else {
            seed.clone()
        }
    });
    let mut text_edits = 0;
    // Groups the mutations may add around each other: the fuzzer's own token handling
    // (printing for text edits) recurses into groups, on the pipeline's small stack. The
    // pipeline rejects inputs nesting more than 256 groups before it recurses.
    let mut nesting_left = MOST_ADDED_NESTING;
    // A few mutations each: more make a table no rule can tell apart from noise.
    for _ in 0..MOST_MUTATIONS {
        if bytes.is_empty() {
            break;
        }
        match bytes.byte() % 22 {
            0 => swap_items(&mut tree, &mut bytes),
            1 | 19 if too_many_tokens(&tree) => {}
            1 => duplicate_item(&mut tree, &mut bytes),
            2 => drop_item(&mut tree, &mut bytes),
            3 | 4 => replace_literal(&mut tree, &mut bytes),
            5 => replace_leaf(&mut tree, &mut bytes),
            6 => insert_junk(&mut tree, &mut bytes),
            7 => delete_token(&mut tree, &mut bytes),
            8 => wrap_in_section(&mut tree, &mut bytes),
            9 => declare_column(&mut tree, &mut bytes),
            10 => set_column(&mut tree, &mut bytes),
            11 => negate(&mut tree, &mut bytes),
            12 => set_repr(&mut tree, &mut bytes),
            13 => set_range(&mut tree, &mut bytes),
            14 => invisible_group(&mut tree, &mut bytes),
            15 => rename(&mut tree, &mut bytes),
            16 => copy_code(&mut tree, &mut bytes),
            17 => add_reserved(&mut tree, &mut bytes),
            18 => nest(&mut tree, &mut bytes, &mut nesting_left),
            19 => repeat_token(&mut tree, &mut bytes),
            20 => nest_groups(&mut tree, &mut bytes, &mut nesting_left),
            _ => text_edits += 1,
        }
    }
    let tokens = stream(&tree);
    if text_edits == 0 {
        return Some(tokens);
    }
    let mut text = tokens.to_string();
    let mut bytes = Bytes(data);
    for _ in 0..text_edits {
        text_edit(&mut text, &mut bytes);
    }
    TokenStream::from_str(&text).ok()
}

/// Whether the tree holds more than [`MOST_TOKENS`] tokens, groups counted.
fn too_many_tokens(tree: &[Node]) -> bool {
    fn count(list: &[Node]) -> usize {
        list.iter()
            .map(|node| match node {
                Node::Leaf(_) => 1,
                Node::Group(_, inner) => 1 + count(inner),
            })
            .sum()
    }
    count(tree) > MOST_TOKENS
}

/// A copy of `tree` keeping `len` items from `start` (wrapping) of every list with more:
/// copies only what it keeps, since seeds are large and most runs keep a dozen rows.
fn window(tree: &[Node], start: usize, len: usize) -> Vec<Node> {
    tree.iter()
        .map(|node| match node {
            Node::Group(Delimiter::Brace, inner) => {
                let mut items = item_ranges(inner);
                if items.len() > len {
                    let from = start % (items.len() - len + 1);
                    items = items[from..from + len].to_vec();
                }
                let kept = items
                    .into_iter()
                    .flat_map(|range| window(&inner[range], start, len))
                    .collect();
                Node::Group(Delimiter::Brace, kept)
            }
            other => other.clone(),
        })
        .collect()
}

/// Whether a node can start an item: `#`, `-` or a literal.
fn starts_item(node: Option<&Node>) -> bool {
    match node {
        None => true,
        Some(Node::Leaf(TokenTree::Punct(punct))) => matches!(punct.as_char(), '#' | '-'),
        Some(Node::Leaf(TokenTree::Literal(_))) => true,
        _ => false,
    }
}

/// A list's items, each with its trailing comma: cut after a comma or a brace group that is
/// followed by what can start an item (so a row's columns and a section's message stay in it).
fn item_ranges(list: &[Node]) -> Vec<std::ops::Range<usize>> {
    let mut items = Vec::new();
    let mut start = 0;
    for (index, node) in list.iter().enumerate() {
        let ends = match node {
            Node::Leaf(TokenTree::Punct(punct)) => punct.as_char() == ',',
            Node::Group(Delimiter::Brace, _) => {
                !matches!(list.get(index + 1), Some(Node::Leaf(TokenTree::Punct(p))) if p.as_char() == ',')
            }
            _ => false,
        };
        if ends && starts_item(list.get(index + 1)) {
            items.push(start..index + 1);
            start = index + 1;
        }
    }
    if start < list.len() {
        items.push(start..list.len());
    }
    items
}

fn split_items(list: &[Node]) -> Vec<Vec<Node>> {
    item_ranges(list)
        .into_iter()
        .map(|range| list[range].to_vec())
        .collect()
}

/// How many groups `list` holds, nested ones too (brace groups only, when `braces`).
fn count_groups(list: &[Node], braces: bool) -> usize {
    list.iter()
        .map(|node| match node {
            Node::Group(delimiter, inner) => {
                usize::from(!braces || *delimiter == Delimiter::Brace) + count_groups(inner, braces)
            }
            Node::Leaf(_) => 0,
        })
        .sum()
}

/// The contents of the `n`-th group of `list`, depth first, as `count_groups` counts them.
fn nth_group(list: &mut [Node], mut n: usize, braces: bool) -> Option<&mut Vec<Node>> {
    let mut at = None;
    for (index, node) in list.iter().enumerate() {
        if let Node::Group(delimiter, inner) = node {
            let here = usize::from(!braces || *delimiter == Delimiter::Brace);
            let count = here + count_groups(inner, braces);
            if n < count {
                at = Some((index, here));
                break;
            }
            n -= count;
        }
    }
    let (index, here) = at?;
    match &mut list[index] {
        Node::Group(_, inner) => {
            if n < here {
                Some(inner)
            } else {
                nth_group(inner, n - here, braces)
            }
        }
        Node::Leaf(_) => None,
    }
}

/// A list to edit: the contents of a brace group (a table's or a section's items) most of the
/// time, else of any group; the top level when there is no group.
fn pick_list<'t>(tree: &'t mut Vec<Node>, bytes: &mut Bytes) -> &'t mut Vec<Node> {
    let braces = bytes.byte() % 4 != 0 && count_groups(tree, true) > 0;
    let total = count_groups(tree, braces);
    if total == 0 {
        return tree;
    }
    let n = bytes.below(total);
    nth_group(tree, n, braces).expect("n is below the count")
}

fn with_items(
    tree: &mut Vec<Node>,
    bytes: &mut Bytes,
    edit: impl FnOnce(&mut Vec<Vec<Node>>, &mut Bytes),
) {
    let list = pick_list(tree, bytes);
    let mut items = split_items(list);
    edit(&mut items, bytes);
    *list = items.concat();
}

fn swap_items(tree: &mut Vec<Node>, bytes: &mut Bytes) {
    with_items(tree, bytes, |items, bytes| {
        let (a, b) = (bytes.below(items.len()), bytes.below(items.len()));
        if a < items.len() && b < items.len() {
            items.swap(a, b);
        }
    });
}

fn duplicate_item(tree: &mut Vec<Node>, bytes: &mut Bytes) {
    with_items(tree, bytes, |items, bytes| {
        if items.is_empty() {
            return;
        }
        let copy = items[bytes.below(items.len())].clone();
        let at = bytes.below(items.len() + 1);
        items.insert(at, copy);
    });
}

fn drop_item(tree: &mut Vec<Node>, bytes: &mut Bytes) {
    with_items(tree, bytes, |items, bytes| {
        if !items.is_empty() {
            items.remove(bytes.below(items.len()));
        }
    });
}

/// Which leaves a mutation picks from.
#[derive(Clone, Copy)]
enum Leaves {
    Any,
    Literals,
    Idents,
}

/// How many of the leaves `node` holds are of the kind.
fn count_leaves(node: &Node, kind: Leaves) -> usize {
    match node {
        Node::Leaf(tree) => usize::from(match kind {
            Leaves::Any => true,
            Leaves::Literals => matches!(tree, TokenTree::Literal(_)),
            Leaves::Idents => matches!(tree, TokenTree::Ident(_)),
        }),
        Node::Group(_, inner) => inner.iter().map(|node| count_leaves(node, kind)).sum(),
    }
}

/// The list holding the `n`-th leaf of the kind, depth first, and its index there.
fn nth_leaf(list: &mut Vec<Node>, mut n: usize, kind: Leaves) -> Option<(&mut Vec<Node>, usize)> {
    let mut at = None;
    for (index, node) in list.iter().enumerate() {
        let count = count_leaves(node, kind);
        if n < count {
            at = Some(index);
            break;
        }
        n -= count;
    }
    let index = at?;
    if matches!(list[index], Node::Leaf(_)) {
        return Some((list, index));
    }
    match &mut list[index] {
        Node::Group(_, inner) => nth_leaf(inner, n, kind),
        Node::Leaf(_) => None,
    }
}

/// A leaf of the kind: its list and its index there.
fn pick_leaf<'t>(
    tree: &'t mut Vec<Node>,
    bytes: &mut Bytes,
    kind: Leaves,
) -> Option<(&'t mut Vec<Node>, usize)> {
    let total: usize = tree.iter().map(|node| count_leaves(node, kind)).sum();
    if total == 0 {
        return None;
    }
    let n = bytes.below(total);
    nth_leaf(tree, n, kind)
}

fn tokens(text: &str) -> Vec<Node> {
    nodes(TokenStream::from_str(text).expect("the fuzzer's own tokens lex"))
}

/// A literal, as text, from the list or made from the input's bytes: any `i64`, `u64` or
/// `i128`, possibly with a suffix, or a literal proc_macro2 makes negative in one token.
fn literal(bytes: &mut Bytes) -> Vec<Node> {
    match bytes.byte() % 4 {
        0 | 1 => tokens(bytes.text(LITERALS)),
        2 => {
            let mut raw = [0; 16];
            raw.iter_mut().for_each(|byte| *byte = bytes.byte());
            let value = i128::from_le_bytes(raw) >> (bytes.byte() % 128);
            tokens(&value.to_string())
        }
        _ => {
            // One token with a minus, as `Literal::i64_unsuffixed` and `macro_rules!`'s
            // `$x:literal` can give.
            let value = i64::from(bytes.byte() as i8) << (bytes.byte() % 56);
            let literal = match bytes.byte() % 3 {
                0 => Literal::i64_unsuffixed(value),
                1 => Literal::i64_suffixed(value),
                _ => Literal::f64_unsuffixed(value as f64 / 3.0),
            };
            vec![Node::Leaf(TokenTree::Literal(literal))]
        }
    }
}

fn replace_literal(tree: &mut Vec<Node>, bytes: &mut Bytes) {
    let replacement = literal(bytes);
    if let Some((list, index)) = pick_leaf(tree, bytes, Leaves::Literals) {
        list.splice(index..=index, replacement);
    }
}

fn replace_leaf(tree: &mut Vec<Node>, bytes: &mut Bytes) {
    let replacement = tokens(bytes.text(JUNK));
    if let Some((list, index)) = pick_leaf(tree, bytes, Leaves::Any) {
        list.splice(index..=index, replacement);
    }
}

fn insert_junk(tree: &mut Vec<Node>, bytes: &mut Bytes) {
    let junk = if bytes.byte() % 2 == 0 {
        tokens(bytes.text(JUNK))
    } else {
        literal(bytes)
    };
    let list = pick_list(tree, bytes);
    let at = bytes.below(list.len() + 1);
    list.splice(at..at, junk);
}

fn delete_token(tree: &mut Vec<Node>, bytes: &mut Bytes) {
    let list = pick_list(tree, bytes);
    if !list.is_empty() {
        list.remove(bytes.below(list.len()));
    }
}

/// The first integer of an item, for section bounds.
fn first_code(item: &[Node]) -> Option<i128> {
    let mut negative = false;
    for node in item {
        match node {
            Node::Leaf(TokenTree::Punct(punct)) if punct.as_char() == '-' => negative = true,
            Node::Leaf(TokenTree::Literal(literal)) => {
                let value: i128 = literal.to_string().parse().ok()?;
                return if negative {
                    value.checked_neg()
                } else {
                    Some(value)
                };
            }
            Node::Leaf(TokenTree::Punct(punct)) if punct.as_char() == '#' => {}
            Node::Group(Delimiter::Bracket, _) => {}
            _ => return None,
        }
    }
    None
}

/// Wraps a run of items in a section spanning their codes (or, sometimes, something else).
fn wrap_in_section(tree: &mut Vec<Node>, bytes: &mut Bytes) {
    with_items(tree, bytes, |items, bytes| {
        if items.is_empty() {
            return;
        }
        let from = bytes.below(items.len());
        let to = from + 1 + bytes.below(items.len() - from);
        let inner: Vec<Node> = items.drain(from..to).flatten().collect();
        let codes: Vec<i128> = split_items(&inner)
            .iter()
            .filter_map(|item| first_code(item))
            .collect();
        let low = codes.iter().copied().min().unwrap_or(0);
        let high = codes.iter().copied().max().unwrap_or(0);
        let (low, high) = match bytes.byte() % 4 {
            0 => (low.saturating_sub(1), high.saturating_add(1)),
            1 => (high, low),
            _ => (low, high),
        };
        let dots = if bytes.byte() % 3 == 0 { ".." } else { "..=" };
        let name = format!("Section{}", bytes.byte());
        let mut section = tokens(&format!("{low}{dots}{high} => {name}, \"a section\""));
        section.push(Node::Group(Delimiter::Brace, inner));
        if bytes.byte() % 2 == 0 {
            section.extend(tokens(","));
        }
        items.insert(from, section);
    });
}

/// The index, in the top-level list, of the identifier after `enum`: the table's name.
fn table_names(tree: &[Node]) -> Vec<usize> {
    tree.windows(2)
        .enumerate()
        .filter_map(|(index, pair)| match pair {
            [Node::Leaf(TokenTree::Ident(keyword)), Node::Leaf(TokenTree::Ident(_))]
                if keyword == "enum" =>
            {
                Some(index + 1)
            }
            _ => None,
        })
        .collect()
}

/// Adds a column declaration to a table, creating its parentheses if it has none.
fn declare_column(tree: &mut Vec<Node>, bytes: &mut Bytes) {
    let names = table_names(tree);
    if names.is_empty() {
        return;
    }
    let at = *bytes.pick(&names) + 1;
    let mut decl = tokens(bytes.text(COLUMN_DECLS));
    match tree.get_mut(at) {
        Some(Node::Group(Delimiter::Parenthesis, inner)) => {
            if !inner.is_empty() {
                inner.extend(tokens(","));
            }
            inner.append(&mut decl);
        }
        _ => tree.insert(at, Node::Group(Delimiter::Parenthesis, decl)),
    }
}

/// Sets a column after some row's message (after a string literal followed by a comma or the
/// end of its list).
fn set_column(tree: &mut Vec<Node>, bytes: &mut Bytes) {
    let set = tokens(bytes.text(COLUMN_SETS));
    let list = pick_list(tree, bytes);
    let after_strings: Vec<usize> = list
        .iter()
        .enumerate()
        .filter(|(_, node)| matches!(node, Node::Leaf(TokenTree::Literal(l)) if l.to_string().starts_with('"')))
        .map(|(index, _)| index + 1)
        .collect();
    if after_strings.is_empty() {
        return;
    }
    let at = *bytes.pick(&after_strings);
    let mut inserted = tokens(",");
    inserted.extend(set);
    list.splice(at..at, inserted);
}

/// Puts a `-` before a literal, or takes one away.
fn negate(tree: &mut Vec<Node>, bytes: &mut Bytes) {
    if let Some((list, index)) = pick_leaf(tree, bytes, Leaves::Literals) {
        let minus_before = index > 0
            && matches!(&list[index - 1], Node::Leaf(TokenTree::Punct(p)) if p.as_char() == '-');
        if minus_before {
            list.remove(index - 1);
        } else {
            let minus = Punct::new('-', Spacing::Alone);
            list.insert(index, Node::Leaf(TokenTree::Punct(minus)));
        }
    }
}

/// Puts a `#[repr(..)]` before a table (before its other attributes, its visibility or `enum`).
fn set_repr(tree: &mut Vec<Node>, bytes: &mut Bytes) {
    let names = table_names(tree);
    if names.is_empty() {
        return;
    }
    let name = *bytes.pick(&names);
    // Back over `enum` and the visibility.
    let mut at = name - 1;
    while at > 0 {
        match &tree[at - 1] {
            Node::Leaf(TokenTree::Ident(ident)) if ident == "pub" => at -= 1,
            Node::Group(Delimiter::Parenthesis, _) if at >= 2 => at -= 1,
            _ => break,
        }
    }
    let repr = format!("#[repr({})]", bytes.text(REPRS));
    tree.splice(at..at, tokens(&repr));
}

/// Sets or replaces a table's `in RANGE`.
fn set_range(tree: &mut Vec<Node>, bytes: &mut Bytes) {
    let names = table_names(tree);
    if names.is_empty() {
        return;
    }
    let mut at = *bytes.pick(&names) + 1;
    if matches!(tree.get(at), Some(Node::Group(Delimiter::Parenthesis, _))) {
        at += 1;
    }
    // Drop an existing `in RANGE`: everything up to the body.
    let body = tree[at..]
        .iter()
        .position(|node| matches!(node, Node::Group(Delimiter::Brace, _)))
        .map_or(tree.len(), |offset| at + offset);
    let low = literal(bytes);
    let high = literal(bytes);
    let mut range = tokens("in");
    if bytes.byte() % 3 != 0 {
        range.extend(tokens("-"));
    }
    range.extend(low);
    range.extend(tokens(if bytes.byte() % 2 == 0 { "..=" } else { ".." }));
    if bytes.byte() % 3 == 0 {
        range.extend(tokens("-"));
    }
    range.extend(high);
    if bytes.byte() % 4 == 0 {
        range.clear();
    }
    tree.splice(at..body, range);
}

/// Wraps a run of tokens in a `Delimiter::None` group, as `macro_rules!` passes `$x:expr`.
fn invisible_group(tree: &mut Vec<Node>, bytes: &mut Bytes) {
    let list = pick_list(tree, bytes);
    if list.is_empty() {
        return;
    }
    let from = bytes.below(list.len());
    let to = from + 1 + bytes.below((list.len() - from).min(3));
    let inner: Vec<Node> = list.drain(from..to).collect();
    list.insert(from, Node::Group(Delimiter::None, inner));
}

/// Replaces an identifier with another name.
fn rename(tree: &mut Vec<Node>, bytes: &mut Bytes) {
    const NAMES: &[&str] = &[
        "_",
        "__",
        "_1",
        "FOO_BAR",
        "FooBar",
        "foo_bar",
        "A",
        "a",
        "Self",
        "self_",
        "r#type",
        "r#Self_",
        "match",
        "Ok",
        "Error",
        "None",
        "错误",
        "ÆØÅ",
        "x_1_2",
        "Code1",
        "CodeMinus1",
        "reserved",
        "in",
        "enum",
    ];
    let name = bytes.text(NAMES);
    let Some((list, index)) = pick_leaf(tree, bytes, Leaves::Idents) else {
        return;
    };
    match name.strip_prefix("r#") {
        Some(raw) => {
            let ident = Ident::new_raw(raw, Span::call_site());
            list[index] = Node::Leaf(TokenTree::Ident(ident));
        }
        None => drop(list.splice(index..=index, tokens(name))),
    }
}

/// Gives a row the code of another (a duplicate) or a neighbour of it.
fn copy_code(tree: &mut Vec<Node>, bytes: &mut Bytes) {
    let Some((list, index)) = pick_leaf(tree, bytes, Leaves::Literals) else {
        return;
    };
    let Node::Leaf(TokenTree::Literal(literal)) = list[index].clone() else {
        return;
    };
    let delta: i128 = match bytes.byte() % 4 {
        0 => 1,
        1 => -1,
        _ => 0,
    };
    let replacement = match literal.to_string().parse::<i128>() {
        Ok(value) => tokens(&value.saturating_add(delta).to_string()),
        Err(_) => vec![Node::Leaf(TokenTree::Literal(literal))],
    };
    if let Some((list, index)) = pick_leaf(tree, bytes, Leaves::Literals) {
        list.splice(index..=index, replacement);
    }
}

/// Adds a reserved range around the code of an item, or around nothing in particular.
fn add_reserved(tree: &mut Vec<Node>, bytes: &mut Bytes) {
    with_items(tree, bytes, |items, bytes| {
        let code = items
            .get(bytes.below(items.len()))
            .and_then(|item| first_code(item))
            .unwrap_or(0);
        let spread = i128::from(bytes.byte());
        let message = if bytes.byte() % 2 == 0 {
            ", \"reserved for later\""
        } else {
            ""
        };
        let reserved = tokens(&format!(
            "{}..={} => reserved{message},",
            code.saturating_sub(spread),
            code.saturating_add(i128::from(bytes.byte()))
        ));
        let at = bytes.below(items.len() + 1);
        items.insert(at, reserved);
    });
}

/// Nests sections deeply, or tables in tables: an item's list wrapped many times.
fn nest(tree: &mut Vec<Node>, bytes: &mut Bytes, nesting_left: &mut usize) {
    let depth = (1 + bytes.below(64)).min(*nesting_left);
    *nesting_left -= depth;
    let list = pick_list(tree, bytes);
    let mut inner = std::mem::take(list);
    for _ in 0..depth {
        let mut section = tokens("0..=100 => Deep, \"deep\"");
        section.push(Node::Group(Delimiter::Brace, inner));
        inner = section;
    }
    *list = inner;
}

/// An edit of the input's text, read from the start of the fuzz input again: cut it, or put
/// a quote, backslash, bracket or comment marker somewhere.
fn text_edit(text: &mut String, bytes: &mut Bytes) {
    const INSERTS: &[&str] = &[
        "\"", "\\", "'", "{", "}", "(", ")", "/*", "*/", "//", "#", "r#", "\u{0}", "é",
    ];
    let mut at = bytes.below(text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    if bytes.byte() % 4 == 0 {
        text.truncate(at);
    } else {
        text.insert_str(at, bytes.text(INSERTS));
    }
}

/// Repeats a token many times: `&&&&u8`, `- - - -1`, `# # #`.
fn repeat_token(tree: &mut Vec<Node>, bytes: &mut Bytes) {
    let times = 1 + bytes.below(1024);
    if let Some((list, index)) = pick_leaf(tree, bytes, Leaves::Any) {
        let copies = vec![list[index].clone(); times];
        list.splice(index..index, copies);
    }
}

/// Wraps a token in many nested groups: `((((u8))))`, `[[[[1]]]]`, invisible groups.
fn nest_groups(tree: &mut Vec<Node>, bytes: &mut Bytes, nesting_left: &mut usize) {
    let depth = (1 + bytes.below(400)).min(*nesting_left);
    *nesting_left -= depth;
    let delimiter = [
        Delimiter::Parenthesis,
        Delimiter::Bracket,
        Delimiter::Brace,
        Delimiter::None,
    ][bytes.below(4)];
    if let Some((list, index)) = pick_leaf(tree, bytes, Leaves::Any) {
        let mut node = list[index].clone();
        for _ in 0..depth {
            node = Node::Group(delimiter, vec![node]);
        }
        list[index] = node;
    }
}
