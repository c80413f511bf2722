//! A table as written: its items, rows and columns, and its source.

use crate::{string_literal, Repr, Rng};
use proc_macro2::Literal;

/// One row, as written.
#[derive(Clone, Debug)]
pub struct Row {
    /// The code.
    pub code: i128,
    /// The wire name; `None` for a row written `_`.
    pub name: Option<String>,
    /// The variant the row chooses, `NAME as Variant`.
    pub variant: Option<String>,
    /// The message.
    pub message: String,
    /// Written without a message (`0 => GIT_OK,`): its message is `""`.
    pub no_message: bool,
    /// Whether the row has a doc comment and `#[deprecated]`.
    pub docs: bool,
    /// The columns it sets: `name = value`, the value as tokens.
    pub columns: Vec<(String, String)>,
    /// Aliases written after the row, `, ALIAS = NAME` (of this row or another).
    pub aliases: Vec<(String, String)>,
    /// A mistake in the row's own tokens, for the tests of errors.
    pub broken: Option<Broken>,
}

/// A mistake in a row's own tokens.
#[derive(Clone, Copy, Debug)]
pub enum Broken {
    /// The code left out.
    NoCode,
    /// The `=>` left out.
    NoArrow,
    /// The name left out.
    NoName,
    /// The code with a suffix, `1i64`.
    Suffix,
    /// `2RSP` for the name, which is no identifier.
    NotIdent,
}

/// An item of a table or section.
#[derive(Clone, Debug)]
pub enum Item {
    /// A row.
    Row(Row),
    /// A section, `low..=high => name, "message" { items }` (`low..high + 1` when half-open).
    Section {
        /// Its lowest code.
        low: i128,
        /// Its highest code.
        high: i128,
        /// Whether it is written `low..high + 1`.
        half_open: bool,
        /// Its name, the category's variant.
        name: String,
        /// Its message.
        message: String,
        /// What it holds.
        items: Vec<Item>,
    },
    /// A reserved range, `low..=high => reserved`.
    Reserved {
        /// Its lowest code.
        low: i128,
        /// Its highest code.
        high: i128,
        /// Why, if the table says.
        message: Option<String>,
    },
    /// `ALIAS = NAME`: another wire name of the row named `NAME`.
    Alias {
        /// The alias.
        alias: String,
        /// The wire name of its row.
        row: String,
    },
    /// `NAME => retired`: a name no row or alias may take.
    Retired {
        /// The name.
        name: String,
        /// Why, if the table says.
        message: Option<String>,
    },
}

/// A column a table may declare: its name, type and default.
#[derive(Clone, Debug)]
pub struct Column {
    /// Its name.
    pub name: &'static str,
    /// Its type, as written.
    pub ty: &'static str,
    /// Its default, as written.
    pub default: Option<&'static str>,
}

/// A table as written.
#[derive(Clone, Debug)]
pub struct Table {
    /// The enum's name.
    pub name: String,
    /// Its code type.
    pub repr: Repr,
    /// `#[codetable(strip_prefix = "...")]`.
    pub prefix: Option<String>,
    /// `in low..=end`, or `in low..end` when half-open.
    pub range: Option<(i128, i128, bool)>,
    /// The columns it declares.
    pub columns: Vec<Column>,
    /// Its items, in declaration order.
    pub items: Vec<Item>,
}

/// The columns a table may declare: one of each kind of type, defaults and `Option`s.
pub const COLUMNS: [Column; 7] = [
    Column {
        name: "http",
        ty: "u16",
        default: None,
    },
    Column {
        name: "en",
        ty: "&'static str",
        default: None,
    },
    Column {
        name: "retry",
        ty: "Option<bool>",
        default: None,
    },
    Column {
        name: "weight",
        ty: "i64",
        default: Some("-1"),
    },
    Column {
        name: "ratio",
        ty: "f64",
        default: Some("0.5"),
    },
    Column {
        name: "grade",
        ty: "Option<char>",
        default: None,
    },
    Column {
        name: "big",
        ty: "u128",
        default: Some("340282366920938463463374607431768211455"),
    },
];

impl Column {
    /// A value of the column's type, as tokens (`message` for a text column).
    pub fn value(&self, rng: &mut Rng, message: &str) -> String {
        match self.name {
            "http" => rng.below(65536).to_string(),
            "en" => string_literal(message),
            "retry" => rng.chance(50).to_string(),
            "weight" => (rng.next_u64() as i64).to_string(),
            "ratio" => format!(
                "{}{}.{}",
                if rng.chance(30) { "-" } else { "" },
                rng.below(100_000),
                rng.below(1000)
            ),
            "grade" => {
                let chars = ['a', '\'', '\\', '"', '中', '😀', '\0', '\n'];
                Literal::character(*rng.pick(&chars)).to_string()
            }
            _ => (rng.next_u64() as u128 * rng.next_u64() as u128).to_string(),
        }
    }

    /// Whether a row must set it: no default, and no `Option`.
    pub fn required(&self) -> bool {
        self.default.is_none() && !self.ty.starts_with("Option")
    }
}

impl Row {
    fn render(&self, out: &mut String) {
        if self.docs {
            out.push_str("/// A row's docs.\n#[deprecated]\n");
        }
        let code = match self.broken {
            Some(Broken::NoCode) => String::new(),
            Some(Broken::Suffix) => format!("{}i64", self.code),
            _ => self.code.to_string(),
        };
        let arrow = if matches!(self.broken, Some(Broken::NoArrow)) {
            ""
        } else {
            "=>"
        };
        let mut name = match (self.broken, &self.name) {
            (Some(Broken::NoName), _) => String::new(),
            (Some(Broken::NotIdent), _) => "2RSP".to_owned(),
            (_, Some(name)) => name.clone(),
            (_, None) => "_".to_owned(),
        };
        // A row whose name is left out has no `as` either: `as` alone would read as the name.
        if let Some(variant) = self.variant.as_ref().filter(|_| !name.is_empty()) {
            name = format!("{name} as {variant}");
        }
        out.push_str(&format!("{code} {arrow} {name}"));
        if !self.no_message {
            out.push_str(&format!(", {}", string_literal(&self.message)));
        }
        for (column, value) in &self.columns {
            out.push_str(&format!(", {column} = {value}"));
        }
        for (alias, row) in &self.aliases {
            out.push_str(&format!(", {alias} = {row}"));
        }
        out.push_str(",\n");
    }
}

fn render_items(items: &[Item], out: &mut String) {
    let with_message = |message: &Option<String>| {
        message.as_deref().map_or_else(String::new, |message| {
            format!(", {}", string_literal(message))
        })
    };
    for item in items {
        match item {
            Item::Row(row) => row.render(out),
            Item::Section {
                low,
                high,
                half_open,
                name,
                message,
                items,
            } => {
                let range = if *half_open {
                    format!("{low}..{}", high + 1)
                } else {
                    format!("{low}..={high}")
                };
                out.push_str(&format!(
                    "{range} => {name}, {} {{\n",
                    string_literal(message)
                ));
                render_items(items, out);
                out.push_str("}\n");
            }
            Item::Reserved { low, high, message } => {
                let message = with_message(message);
                out.push_str(&format!("{low}..={high} => reserved{message},\n"));
            }
            Item::Alias { alias, row } => out.push_str(&format!("{alias} = {row},\n")),
            Item::Retired { name, message } => {
                let message = with_message(message);
                out.push_str(&format!("{name} => retired{message},\n"));
            }
        }
    }
}

/// The rows of `items` (a slice of [`Item`]s), depth first, borrowed shared or, with `mut`,
/// mutably.
macro_rules! rows_of {
    ($items:expr $(, $mut:ident)?) => {{
        fn walk<'a>(items: &'a $($mut)? [Item], rows: &mut Vec<&'a $($mut)? Row>) {
            for item in items {
                match item {
                    Item::Row(row) => rows.push(row),
                    Item::Section { items, .. } => walk(items, rows),
                    _ => {}
                }
            }
        }
        let mut rows = Vec::new();
        walk($items, &mut rows);
        rows
    }};
}

impl Table {
    /// Appends the table's source, as `define_codes!` reads it.
    pub fn render(&self, out: &mut String) {
        out.push_str("/// A generated table.\n");
        if let Some(prefix) = &self.prefix {
            out.push_str(&format!(
                "#[codetable(strip_prefix = {})]\n",
                string_literal(prefix)
            ));
        }
        out.push_str(&format!(
            "#[repr({})]\npub enum {}",
            self.repr.name(),
            self.name
        ));
        if !self.columns.is_empty() {
            let decls: Vec<String> = self
                .columns
                .iter()
                .map(|column| match column.default {
                    Some(default) => format!("{}: {} = {default}", column.name, column.ty),
                    None => format!("{}: {}", column.name, column.ty),
                })
                .collect();
            out.push_str(&format!("({})", decls.join(", ")));
        }
        if let Some((low, end, half_open)) = self.range {
            let dots = if half_open { ".." } else { "..=" };
            out.push_str(&format!(" in {low}{dots}{end}"));
        }
        out.push_str(" {\n");
        render_items(&self.items, out);
        out.push_str("}\n");
    }

    /// The rows, depth first: declaration order, each row's slot.
    pub fn rows(&self) -> Vec<&Row> {
        rows_of!(&self.items)
    }

    /// The rows, as [`Table::rows`], to change.
    pub fn rows_mut(&mut self) -> Vec<&mut Row> {
        rows_of!(&mut self.items, mut)
    }
}
