//! The lookup benchmark's table as plain arrays, what a person writes without a macro: the
//! rows sorted by code and by name and searched by bisection (`sorted_array`), and their
//! codes, names and messages indexed by the row's slot (`str_arrays`: one load per
//! `&'static str`, and a pointer, a length and a relocation each). The arrays are generated
//! by `build.rs` (`codetable_bench_gen::source::arrays`).
use std::fmt;

include!(concat!(env!("OUT_DIR"), "/arrays.rs"));

/// A row, as its slot: its place in declaration order.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Row(u32);

impl Row {
    /// The row at `slot`, if there is one.
    pub fn at(slot: usize) -> Option<Row> {
        (slot < CODES.len()).then_some(Row(slot as u32))
    }

    /// The row of `code`, by bisection of the codes sorted.
    pub fn from_code(code: i32) -> Option<Row> {
        let found = SORTED_CODES.binary_search_by_key(&code, |&(code, _)| code);
        found.ok().map(|at| Row(SORTED_CODES[at].1))
    }

    /// The row named `name`, by bisection of the names sorted.
    pub fn from_name(name: &str) -> Option<Row> {
        let found = SORTED_NAMES.binary_search_by(|&(probe, _)| probe.cmp(name));
        found.ok().map(|at| Row(SORTED_NAMES[at].1))
    }

    /// The code.
    pub fn code(self) -> i32 {
        CODES[self.0 as usize]
    }

    /// The wire name.
    pub fn name(self) -> &'static str {
        NAMES[self.0 as usize]
    }

    /// The message.
    pub fn message(self) -> &'static str {
        MESSAGES[self.0 as usize]
    }
}

impl fmt::Debug for Row {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(VARIANTS[self.0 as usize])
    }
}

impl fmt::Display for Row {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code(), self.message())
    }
}
