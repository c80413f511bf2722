//! Every rule of `define_codes!`: a table's syntax tree in, a checked
//! [`model::Table`] out, each mistake pushed to [`Errors`] with the span of the token to change.
//!
//! Rules that compare rows (duplicates, overlaps, reserved ranges) sort instead of comparing
//! every pair, so a table of 100 000 rows checks in well under a second.

mod arguments;
mod attrs;
mod columns;
mod help;
mod names;
mod text;

use attrs::Place;

use crate::ast::{self, CodeLit, CodeRange, Item, Name, RangeLimits};
use crate::errors::Errors;
use crate::model::{self, Repr};
use codetable_shared::{nameless_variant_name, variant_name};
use proc_macro2::Span;
use quote::ToTokens;
use std::collections::hash_map::{Entry, HashMap};
use std::fmt::Display;
use syn::ext::IdentExt;
use syn::{Attribute, Ident, LitStr};

/// Checks every table of an invocation: one checked table each, valid or not, and every
/// mistake pushed to `errors`.
pub fn tables(input: ast::Input, errors: &mut Errors) -> Vec<model::Table> {
    let runtime = input.runtime.map(model::Runtime).unwrap_or_default();
    let mut tables: Vec<model::Table> = input
        .tables
        .into_iter()
        .map(|table| check_table(table, runtime.clone(), errors))
        .collect();
    check_type_names(&mut tables, errors);
    tables
}

/// A table named as the section or language enum of another table of the invocation: two
/// types of one name, of which the table is left out of the expansion, so that rustc adds no
/// errors about the two. (Tables of one name are rustc's to report, as any two items.)
fn check_type_names(tables: &mut Vec<model::Table>, errors: &mut Errors) {
    let mut generated: HashMap<String, (String, &'static str)> = HashMap::new();
    for table in tables.iter() {
        let name = table.ident.unraw().to_string();
        if !table.sections.is_empty() {
            generated.insert(format!("{name}Category"), (name.clone(), "section enum"));
        }
        if !table.languages.is_empty() {
            generated.insert(format!("{name}Language"), (name, "language enum"));
        }
    }
    tables.retain(|table| {
        let name = table.ident.unraw().to_string();
        let Some((owner, what)) = generated.get(&name) else {
            return true;
        };
        errors.push(error(
            &table.ident,
            format_args!(
                "`{name}` is the name of the {what} of the table `{owner}`: rename this table"
            ),
        ));
        false
    });
}

fn check_table(table: ast::Table, runtime: model::Runtime, errors: &mut Errors) -> model::Table {
    let errors_before = errors.count();
    let (repr, mut options, attrs) = attrs::table(table.attrs, errors);
    let columns = columns::declarations(table.columns, errors);
    help::check_languages(&options.languages, errors);
    help::check_problem_json(options.problem_json, &columns, errors);
    let languages = languages(std::mem::take(&mut options.languages), &columns, errors);

    let shape = options
        .shape
        .as_ref()
        .and_then(|written| text::Shape::new(written).map_err(|e| errors.push(e)).ok());
    let mut walk = Walk {
        repr,
        kind: text::KindSeen::default(),
        shape,
        table: &table.ident,
        strip_prefix: options.strip_prefix.as_deref(),
        columns: &columns,
        languages: &languages,
        errors,
        rows: Vec::new(),
        sections: Vec::new(),
        reserved: Vec::new(),
        aliases: Vec::new(),
        retired: Vec::new(),
    };
    let (low, high) = repr.bounds();
    let mut scope = Scope {
        low,
        high,
        prefix: String::new(),
        section: None,
        describe: None,
    };
    if let Some(range) = &table.range {
        if let Some((low, high)) = walk.range(range) {
            scope.low = low;
            scope.high = high;
            scope.describe = Some(format!(
                "the range of `{}` ({})",
                table.ident,
                show(low, high)
            ));
        }
    }
    walk.items(table.items, &scope);
    let text_codes = walk.kind.kind() == Some(text::Kind::Strings);
    let Walk {
        mut rows,
        sections,
        reserved,
        aliases,
        retired,
        ..
    } = walk;
    let repr = if text_codes {
        check_text_table(&table.ident, table.range.as_ref(), &options, errors);
        // The discriminants are the slots.
        Repr::first_holding([Repr::U8, Repr::U16, Repr::U32], 0, rows.len() as i128 - 1)
            .unwrap_or(Repr::U32)
    } else {
        if let Some(shape) = &options.shape {
            errors.push(error(
                shape,
                "`shape` is what every string code matches: this table's codes are numbers",
            ));
        }
        repr
    };

    if rows.is_empty() {
        errors.push(error(
            &table.ident,
            format_args!(
                "`{}` has no rows: a table needs at least one code",
                table.ident
            ),
        ));
    }
    check_duplicate_names(&rows, errors);
    check_generated_names(&mut rows, &columns, errors);
    let builders = arguments::builders(&rows, &columns, errors);
    for (row, builder) in rows.iter_mut().zip(builders) {
        row.builder = builder;
    }
    let alias_rows = names::check_aliases(&table.ident, &rows, &aliases, errors);
    names::check_retired(&rows, &aliases, &retired, errors);
    check_duplicate_sections(&sections, errors);
    if text_codes {
        text::check_duplicate_codes(&rows, errors);
        text::check_overlaps(&sections, &reserved, errors);
        text::check_rows(&rows, &sections, &reserved, errors);
    } else {
        check_duplicate_codes(&rows, errors);
        check_overlaps(&sections, &reserved, errors);
        check_reserved_rows(&rows, &reserved, errors);
        check_rows_in_subsections(&rows, &sections, errors);
    }

    // Hex where the option says so, or where every row writes its code so.
    let hex = (!text_codes
        && (options.hex || (!rows.is_empty() && rows.iter().all(|row| row.hex_digits.is_some()))))
    .then(|| {
        rows.iter()
            .filter_map(|row| row.hex_digits)
            .max()
            .unwrap_or(0)
    });
    help::links(
        options.help_url.as_ref(),
        &mut rows,
        &sections,
        |code| repr.text(hex, code),
        errors,
    );
    let valid = errors.count() == errors_before && table.syntax_ok;
    let aliases = names::model_aliases(aliases, alias_rows, &rows);
    model::Table {
        attrs,
        vis: table.vis,
        ident: table.ident,
        runtime,
        repr,
        text_codes,
        hex,
        strip_prefix: options.strip_prefix,
        help_url: options.help_url.map(|template| template.value()),
        problem_json: options.problem_json.is_some(),
        languages,
        columns,
        rows: model_rows(rows, valid),
        aliases,
        retired: retired
            .into_iter()
            .map(|retired| model::Retired {
                name: retired.name,
                message: retired.message,
            })
            .collect(),
        sections: model_sections(sections, valid),
        reserved: reserved
            .into_iter()
            .filter_map(|reserved| {
                Some(model::Reserved {
                    range: reserved
                        .range
                        .or_else(|| reserved.prefix.as_ref().map(|_| (0, 0)))?,
                    prefix: reserved.prefix,
                    message: reserved.message,
                    parent: reserved.parent.filter(|_| valid),
                })
            })
            .collect(),
        valid,
    }
}

/// What a table of string codes cannot say: a `#[repr]` (the macro picks the type of its
/// discriminants), an `in RANGE` (its sections' prefixes say which codes they hold), `hex`.
fn check_text_table(
    ident: &Ident,
    range: Option<&CodeRange>,
    options: &attrs::Options,
    errors: &mut Errors,
) {
    if let Some(span) = options.repr_written {
        errors.push(syn::Error::new(
            span,
            "a table of string codes takes no `#[repr(..)]`: its codes are strings, and its \
             enum's discriminants are its rows' places",
        ));
    }
    if let Some(range) = range {
        errors.push(error(
            range,
            "a table of string codes has no `in RANGE`: a section's prefix says which codes it \
             holds; remove it",
        ));
    }
    if options.hex {
        errors.push(error(
            ident,
            "`hex` shows numbers in hex: this table's codes are strings; remove it",
        ));
    }
}

/// The table's languages, each with its variant; a column named as a language is refused
/// (a row's `en = ..` could not say which it sets).
fn languages(
    declared: Vec<Ident>,
    columns: &[model::Column],
    errors: &mut Errors,
) -> Vec<model::Language> {
    declared
        .into_iter()
        .filter_map(|ident| {
            let tag = ident.unraw().to_string();
            if let Some(column) = columns.iter().find(|column| column.ident.unraw() == tag) {
                errors.push(error(
                    &column.ident,
                    format_args!(
                        "column `{tag}` has the name of a language of the table: rename the \
                         column, or the language"
                    ),
                ));
            }
            let (variant, _) = variant_ident(&tag, &tag, ident.span(), errors)?;
            Some(model::Language { ident, variant })
        })
        .collect()
}

/// Where items are being declared: the table or a section.
struct Scope {
    low: i128,
    high: i128,
    /// In a table of string codes: what every code of the scope starts with (`""` at the top).
    prefix: String,
    section: Option<usize>,
    /// How errors name this scope's range; `None` for a table without `in RANGE`, where the
    /// only bounds are those of the code type.
    describe: Option<String>,
}

struct RowDraft {
    attrs: Vec<Attribute>,
    /// Written `_`: the name is made from the code (a number's), or is the code (a string).
    nameless: bool,
    values: Vec<Option<model::Value>>,
    written: ast::Code,
    code: Option<i128>,
    /// A string code.
    text: Option<String>,
    name: String,
    variant: Option<Ident>,
    /// The variant's name, empty without a variant.
    variant_name: String,
    /// Empty when the row gives none.
    message: String,
    translations: Vec<Option<String>>,
    section: Option<usize>,
    /// The code's hex digits, if it is written in hex.
    hex_digits: Option<usize>,
    /// `, help_url = ".."`: the row's own help template.
    help_url: Option<LitStr>,
    /// The help link, filled in once the table's rows are known (`help::links`).
    link: Option<String>,
    /// The arguments of a row that declares some (`NAME(db: &str)`), as far as they check.
    args: Option<Vec<model::Argument>>,
    /// The message and each later language's, as written: for a row with arguments.
    literals: Vec<Option<proc_macro2::Literal>>,
    /// The builder of a row with arguments (see `arguments::builders`).
    builder: Option<Ident>,
}

impl RowDraft {
    /// How errors name the row: its name, or its code when it has none.
    fn describe(&self) -> String {
        match self.code.filter(|_| self.nameless) {
            Some(code) => format!("the nameless row {code}"),
            None => format!("`{}`", self.name),
        }
    }
}

struct SectionDraft {
    attrs: Vec<Attribute>,
    ident: Ident,
    variant: Option<Ident>,
    message: String,
    written: ast::Codes,
    range: Option<(i128, i128)>,
    /// A table of string codes': what its codes start with.
    prefix: Option<String>,
    parent: Option<usize>,
}

struct ReservedDraft {
    written: ast::Codes,
    message: Option<String>,
    range: Option<(i128, i128)>,
    /// A table of string codes': what its codes start with.
    prefix: Option<String>,
    parent: Option<usize>,
}

/// One pass over a table's items, depth first, checking what each item can check alone.
struct Walk<'a> {
    repr: Repr,
    /// Whether the table's codes are numbers or strings: its first code's.
    kind: text::KindSeen,
    /// `#[codetable(shape = "..")]`: what every string code must match.
    shape: Option<text::Shape>,
    table: &'a Ident,
    /// Taken off wire names before their variants are made.
    strip_prefix: Option<&'a str>,
    columns: &'a [model::Column],
    languages: &'a [model::Language],
    errors: &'a mut Errors,
    rows: Vec<RowDraft>,
    sections: Vec<SectionDraft>,
    reserved: Vec<ReservedDraft>,
    aliases: Vec<names::AliasDraft>,
    retired: Vec<names::RetiredDraft>,
}

impl Walk<'_> {
    fn items(&mut self, items: Vec<Item>, scope: &Scope) {
        for item in items {
            match item {
                Item::Row(row) => self.row(row, scope),
                Item::Section(section) => self.section(section, scope),
                Item::Reserved(reserved) => self.reserved(reserved, scope),
                Item::Alias(alias) => self.alias(alias, false),
                Item::Retired(retired) => self.retired(retired),
            }
        }
    }

    fn row(&mut self, mut row: ast::Row, scope: &Scope) {
        // `, B = A` after a row whose table has no column or language `B`: an alias written
        // after the row, which the parser could not tell from a setting.
        let (help_sets, settings): (Vec<ast::ColumnSet>, Vec<ast::ColumnSet>) =
            std::mem::take(&mut row.columns)
                .into_iter()
                .partition(help::is_setting);
        let help_url = help::row_setting(help_sets, self.errors);
        let (alias_sets, settings): (Vec<ast::ColumnSet>, Vec<ast::ColumnSet>) =
            settings.into_iter().partition(|set| self.is_alias(set));
        let attrs = attrs::conditions(row.attrs, Place::Row, self.errors);
        let (code, text) = match &row.code {
            ast::Code::Int(written) => (self.int_code(written, scope), None),
            ast::Code::Text(written) => (None, self.text_code(written, scope)),
        };
        let (name, variant) = match &row.name {
            Name::Ident(ident) => {
                let name = ident.unraw().to_string();
                let variant = match &row.variant {
                    Some(written) => chosen_variant(written, self.errors),
                    None => self.variant(&name, ident.span()),
                };
                (name, variant)
            }
            // Made from the literal, so that a code outside the range still gives its variant.
            Name::Nameless(underscore) => match &row.code {
                ast::Code::Int(written) => match literal_value(written) {
                    Ok(value) => {
                        let (variant, name) = nameless_variant(value, underscore.span);
                        (name.clone(), Some((variant, name)))
                    }
                    Err(_) => (String::new(), None),
                },
                // A string code that is its own wire name: written once.
                ast::Code::Text(written) => {
                    let name = written.value();
                    let variant = match &row.variant {
                        Some(chosen) => chosen_variant(chosen, self.errors),
                        None => self.variant(&name, written.span()),
                    };
                    (name, variant)
                }
            },
            Name::NotIdent(tokens) => {
                self.errors.push(error(
                    tokens,
                    format_args!(
                        "`{tokens}` is not an identifier: a name starts with a letter or `_` (`_{tokens}` would do)"
                    ),
                ));
                (tokens.to_string(), None)
            }
        };
        let (variant, variant_name) = variant.unzip();
        let message = row.message.as_ref().map_or_else(String::new, LitStr::value);
        if let Some(literal) = row.message.as_ref().filter(|_| message.is_empty()) {
            self.errors.push(error(
                literal,
                "empty message: say what the code means, or leave the message out \
                 (`CODE => NAME,`)",
            ));
        }
        // `, en = "..."` sets a message when the table declares the language `en`.
        let (translations, column_sets): (Vec<&ast::ColumnSet>, Vec<&ast::ColumnSet>) = settings
            .iter()
            .partition(|set| self.is_language(&set.ident));
        if row.message.is_none() {
            for set in &translations {
                self.errors.push(error(
                    &set.ident,
                    format_args!(
                        "the row gives no message, so none in `{}` either: give the row its \
                         message first",
                        set.ident
                    ),
                ));
            }
        }
        let literals = match &row.args {
            Some(_) => {
                let mut literals = vec![row.message.as_ref().map(LitStr::token)];
                literals.extend(arguments::translation_literals(
                    &translations,
                    self.languages,
                ));
                literals
            }
            None => Vec::new(),
        };
        let translations = self.translations(&translations);
        let args = row.args.and_then(|args| {
            let args = arguments::declarations(args, self.errors)?;
            if row.message.is_none() {
                self.errors.push(error(
                    &row.name,
                    "a row with arguments needs a message that uses them: give it one, \
                     `\"... {name} ...\"`",
                ));
            }
            arguments::check_messages(&args, &literals, self.languages, self.errors);
            Some(args)
        });
        let values = columns::row_values(
            self.table,
            self.columns,
            self.languages,
            &row.code,
            &column_sets,
            !row.recovered,
            self.errors,
        );
        self.rows.push(RowDraft {
            attrs,
            values,
            hex_digits: match &row.code {
                ast::Code::Int(written) => written.hex_digits(),
                ast::Code::Text(_) => None,
            },
            // A string code that is its own name is a name: only a number's `_` is nameless.
            nameless: matches!(
                (&row.name, &row.code),
                (Name::Nameless(_), ast::Code::Int(_))
            ),
            written: row.code,
            code,
            text,
            name,
            variant,
            variant_name: variant_name.unwrap_or_default(),
            message,
            translations,
            section: scope.section,
            help_url,
            link: None,
            args,
            literals,
            builder: None,
        });
        for set in alias_sets {
            if let ast::ColumnValue::Ident(target) = set.value {
                let alias = ast::Alias {
                    attrs: Vec::new(),
                    alias: set.ident,
                    row: target,
                };
                self.alias(alias, true);
            }
        }
    }

    /// Whether `ident` is a language of the table, a row's message in which it sets.
    fn is_language(&self, ident: &Ident) -> bool {
        self.languages
            .iter()
            .any(|language| ident.unraw() == language.ident.unraw())
    }

    /// Whether a row's `, NAME = VALUE` is an alias: its value a name, and `NAME` none of the
    /// table's columns or languages.
    fn is_alias(&self, set: &ast::ColumnSet) -> bool {
        matches!(set.value, ast::ColumnValue::Ident(_))
            && !self.is_language(&set.ident)
            && !self
                .columns
                .iter()
                .any(|column| column.ident.unraw() == set.ident.unraw())
    }

    /// A row's messages in the table's languages after the first, from its `language = "text"`
    /// settings.
    fn translations(&mut self, sets: &[&ast::ColumnSet]) -> Vec<Option<String>> {
        let mut translations = vec![None; self.languages.len().saturating_sub(1)];
        let mut set_by: Vec<Option<&Ident>> = vec![None; translations.len()];
        for set in sets {
            let Some(index) = self
                .languages
                .iter()
                .position(|language| set.ident.unraw() == language.ident.unraw())
            else {
                continue;
            };
            let Some(index) = index.checked_sub(1) else {
                self.errors.push(error(
                    &set.ident,
                    format_args!(
                        "`{}` is the table's first language, that of the row's message: remove \
                         this, or change the message",
                        set.ident
                    ),
                ));
                continue;
            };
            if let Some(first) = set_by[index] {
                self.errors.push(error(
                    &set.ident,
                    format_args!(
                        "the `{}` message is set twice in this row: remove one",
                        set.ident
                    ),
                ));
                self.errors
                    .push(error(first, format_args!("`{}` first set here", set.ident)));
                continue;
            }
            set_by[index] = Some(&set.ident);
            let text = match &set.value {
                ast::ColumnValue::Literal {
                    minus: None,
                    lit: syn::Lit::Str(text),
                } => text.value(),
                _ => {
                    self.errors.push(error(
                        &set.value,
                        format_args!("a message is a string: `{} = \"...\"`", set.ident),
                    ));
                    continue;
                }
            };
            if text.is_empty() {
                self.errors.push(error(
                    &set.value,
                    "empty message: say what the code means, or leave the language out (the \
                     first language's message stands in)",
                ));
            }
            translations[index] = Some(text);
        }
        translations
    }

    /// The variant made from a wire name, the table's prefix taken off it first.
    fn variant(&mut self, name: &str, span: Span) -> Option<(Ident, String)> {
        let base = self
            .strip_prefix
            .and_then(|prefix| name.strip_prefix(prefix))
            .unwrap_or(name);
        variant_ident(base, name, span, self.errors)
    }

    fn alias(&mut self, alias: ast::Alias, after_row: bool) {
        let attrs = attrs::conditions(alias.attrs, Place::Alias, self.errors);
        let name = alias.alias.unraw().to_string();
        let variant = self.variant(&name, alias.alias.span());
        self.aliases.push(names::AliasDraft {
            attrs,
            name,
            ident: alias.alias,
            variant,
            row: alias.row,
            after_row,
        });
    }

    fn retired(&mut self, retired: ast::Retired) {
        if let Some(attr) = retired.attrs.first() {
            self.errors
                .push(error(attr, "a retired name takes no attributes"));
        }
        self.retired.push(names::RetiredDraft {
            name: retired.name.unraw().to_string(),
            ident: retired.name,
            message: retired.message.map(|message| message.value()),
        });
    }

    fn section(&mut self, section: ast::Section, scope: &Scope) {
        let attrs = attrs::conditions(section.attrs, Place::Section, self.errors);
        let what = format!("section `{}`", section.ident);
        let (range, prefix) = self.codes(&section.codes, &what, scope);
        let name = section.ident.unraw().to_string();
        let variant =
            variant_ident(&name, &name, section.ident.span(), self.errors).map(|(ident, _)| ident);
        let message = section.message.value();
        if message.is_empty() {
            self.errors.push(error(
                &section.message,
                "empty message: say what the section holds",
            ));
        }
        let index = self.sections.len();
        let inner = Scope {
            low: range.map_or(scope.low, |range| range.0),
            high: range.map_or(scope.high, |range| range.1),
            prefix: prefix.clone().unwrap_or_else(|| scope.prefix.clone()),
            section: Some(index),
            describe: match (&range, &prefix) {
                (Some((low, high)), _) => Some(format!(
                    "section `{}` ({})",
                    section.ident,
                    show(*low, *high)
                )),
                (None, Some(prefix)) => Some(format!("section `{}` (`{prefix}`)", section.ident)),
                (None, None) => None,
            },
        };
        self.sections.push(SectionDraft {
            attrs,
            ident: section.ident,
            variant,
            message,
            written: section.codes,
            range,
            prefix,
            parent: scope.section,
        });
        self.items(section.items, &inner);
    }

    /// A section's or a reserved item's codes: a range inside the scope's, or a prefix that
    /// extends the scope's; `what` names the item in errors.
    fn codes(
        &mut self,
        codes: &ast::Codes,
        what: &str,
        scope: &Scope,
    ) -> (Option<(i128, i128)>, Option<String>) {
        match codes {
            ast::Codes::Range(written) => {
                if !self.kind.expect(text::Kind::Integers, written, self.errors) {
                    return (None, None);
                }
                let range = self.range(written).filter(|&(low, high)| {
                    let inside = scope.low <= low && high <= scope.high;
                    if !inside {
                        if let Some(describe) = &scope.describe {
                            self.errors.push(error(
                                written,
                                format_args!(
                                    "{what} ({}) is not inside {describe}: narrow it, or widen \
                                     the outer range",
                                    show(low, high)
                                ),
                            ));
                        }
                    }
                    inside
                });
                (range, None)
            }
            ast::Codes::Prefix(written) => {
                if !self.kind.expect(text::Kind::Strings, written, self.errors) {
                    return (None, None);
                }
                let prefix = written.value();
                (
                    None,
                    text::check_prefix(written, &prefix, what, scope, self.errors)
                        .then_some(prefix),
                )
            }
        }
    }

    fn reserved(&mut self, reserved: ast::Reserved, scope: &Scope) {
        if let Some(attr) = reserved.attrs.first() {
            self.errors
                .push(error(attr, "a reserved range takes no attributes"));
        }
        let (range, prefix) = self.codes(&reserved.codes, "the reserved range", scope);
        self.reserved.push(ReservedDraft {
            written: reserved.codes,
            message: reserved.message.map(|message| message.value()),
            range,
            prefix,
            parent: scope.section,
        });
    }

    /// A row's integer code, if it fits the code type and the scope's range.
    fn int_code(&mut self, written: &CodeLit, scope: &Scope) -> Option<i128> {
        if !self.kind.expect(text::Kind::Integers, written, self.errors) {
            return None;
        }
        self.code(written).filter(|&code| {
            let inside = scope.low <= code && code <= scope.high;
            if !inside {
                if let Some(describe) = &scope.describe {
                    self.errors.push(error(
                        written,
                        format_args!(
                            "code {code} is outside {describe}: change the code, or widen the range"
                        ),
                    ));
                }
            }
            inside
        })
    }

    /// A row's string code, if it is not empty, starts with the scope's prefix and has the
    /// table's shape.
    fn text_code(&mut self, written: &syn::LitStr, scope: &Scope) -> Option<String> {
        if !self.kind.expect(text::Kind::Strings, written, self.errors) {
            return None;
        }
        let code = written.value();
        let fits = text::check_code(written, &code, scope, self.shape.as_ref(), self.errors);
        fits.then_some(code)
    }

    /// The value of a code, if it is a plain integer that fits the code type.
    fn code(&mut self, code: &CodeLit) -> Option<i128> {
        let value = self.literal(code)?;
        self.fits(code, value, format_args!("code {value}"))
    }

    fn literal(&mut self, code: &CodeLit) -> Option<i128> {
        literal_value(code)
            .map_err(|error| self.errors.push(error))
            .ok()
    }

    /// `value` if it fits the code type; else an error on `tokens` about `what`.
    fn fits(&mut self, tokens: impl ToTokens, value: i128, what: impl Display) -> Option<i128> {
        let (low, high) = self.repr.bounds();
        if value < low || high < value {
            self.errors.push(error(
                tokens,
                format_args!(
                    "{what} does not fit the code type `{}` ({}): change it, or choose a wider `#[repr(..)]`",
                    self.repr.name(),
                    show(low, high)
                ),
            ));
            return None;
        }
        Some(value)
    }

    /// Both bounds of a range, inclusive, if they fit the code type and the range is not empty.
    fn range(&mut self, range: &CodeRange) -> Option<(i128, i128)> {
        let start = self.literal(&range.start);
        let end = self.literal(&range.end);
        let (start, end) = (start?, end?);
        let (dots, last) = match range.limits {
            RangeLimits::Closed(_) => ("..=", end),
            // `0..256` is all of u8: the excluded end need not fit the type.
            // Saturating: `..-170141183460469231731687303715884105728` ends below any code.
            RangeLimits::HalfOpen(_) => ("..", end.saturating_sub(1)),
        };
        let written = format!("{start}{dots}{end}");
        let low = self.fits(
            &range.start,
            start,
            format_args!("range {written} starts at {start}, which"),
        );
        let high = self.fits(
            &range.end,
            last,
            format_args!("range {written} reaches {last}, which"),
        );
        let (low, high) = (low?, high?);
        if high < low {
            let why = if start == end {
                "holds no code (`..` leaves out its end): write `..=` for the one code"
            } else {
                "is backwards: write the lower bound first"
            };
            self.errors
                .push(error(range, format_args!("range {written} {why}")));
            return None;
        }
        Some((low, high))
    }
}

/// A code literal's value: an integer without suffix, negated by its `-`.
fn literal_value(code: &CodeLit) -> syn::Result<i128> {
    if !code.lit.suffix().is_empty() {
        return Err(error(
            &code.lit,
            format_args!(
                "code `{}` has a type suffix: write the number alone, `#[repr(..)]` sets the type",
                code.lit
            ),
        ));
    }
    let too_big = || {
        error(
            code,
            format_args!(
                "code {} does not fit any code type (the widest are i64 and u64)",
                code.to_token_stream()
            ),
        )
    };
    let magnitude: u128 = code.lit.base10_digits().parse().map_err(|_| too_big())?;
    let value = if code.minus.is_some() {
        0i128.checked_sub_unsigned(magnitude)
    } else {
        i128::try_from(magnitude).ok()
    };
    value.ok_or_else(too_big)
}

/// The enum variant for a wire name (`base`, the name with the table's prefix taken off), and
/// its name: UpperCamelCase, as rustc's lints want it (`codetable_shared::variant_name`).
fn variant_ident(
    base: &str,
    name: &str,
    span: Span,
    errors: &mut Errors,
) -> Option<(Ident, String)> {
    let camel = variant_name(base);
    // What nearly every name gives: an identifier of ASCII letters and digits starting with a
    // capital, which no keyword but `Self` is. Checked here instead of lexed by syn below:
    // lexing one identifier per row was a tenth of this file's time at 100 000 rows.
    let plain = camel.starts_with(|c: char| c.is_ascii_uppercase())
        && camel.bytes().all(|b| b.is_ascii_alphanumeric())
        && camel != "Self";
    if plain {
        return Some((Ident::new(&camel, span), camel));
    }
    if let Ok(mut ident) = syn::parse_str::<Ident>(&camel) {
        ident.set_span(span);
        return Some((ident, camel));
    }
    let why = if camel.is_empty() {
        "UpperCamelCase leaves nothing of it; a name needs a letter or a digit".to_owned()
    } else if camel.starts_with(|c: char| c.is_ascii_digit()) {
        format!("its variant would be `{camel}`, which starts with a digit")
    } else {
        format!("its variant would be `{camel}`, a reserved word")
    };
    let message = if base.is_empty() && !name.is_empty() {
        format!(
            "`{name}` is the table's prefix and nothing more: it gives no variant name; write \
             `{name} as Variant` to choose one"
        )
    } else if base.len() < name.len() {
        format!(
            "`{name}` gives no variant name once the table's prefix is taken off (`{base}`): \
             {why}; write `{name} as Variant` to choose one"
        )
    } else {
        format!("`{name}` gives no variant name: {why}; write `{name} as Variant` to choose one")
    };
    errors.push(syn::Error::new(span, message));
    None
}

/// A variant the table chose, `NAME as Variant`: any identifier but a keyword.
fn chosen_variant(written: &Ident, errors: &mut Errors) -> Option<(Ident, String)> {
    let text = written.unraw().to_string();
    if syn::parse_str::<Ident>(&written.to_string()).is_err() || text == "Self" {
        errors.push(error(
            written,
            format_args!("`{text}` is a keyword, which cannot name a variant: choose another"),
        ));
        return None;
    }
    // As rustc holds it, so that two spellings of one name are one variant here too.
    let normal = codetable_shared::nfc(&text);
    if normal == text {
        return Some((written.clone(), normal));
    }
    Some((Ident::new(&normal, written.span()), normal))
}

/// The variant, and name, of a row written `_` (see `codetable_shared::nameless_variant_name`).
fn nameless_variant(code: i128, span: Span) -> (Ident, String) {
    let name = nameless_variant_name(code);
    (Ident::new(&name, span), name)
}

/// A code used by two rows: the error on the later row, "first defined here" on the first.
fn check_duplicate_codes(rows: &[RowDraft], errors: &mut Errors) {
    let mut by_code: Vec<(i128, usize)> = rows
        .iter()
        .enumerate()
        .filter_map(|(index, row)| Some((row.code?, index)))
        .collect();
    by_code.sort_unstable();
    for group in by_code.chunk_by(|a, b| a.0 == b.0).filter(|g| g.len() > 1) {
        let first = &rows[group[0].1];
        let code = group[0].0;
        for &(_, later) in &group[1..] {
            let later = &rows[later];
            let holder = if first.nameless {
                String::new()
            } else {
                format!(": `{}` has it already", first.name)
            };
            let alias = if !first.nameless && !later.nameless && later.message == first.message {
                format!(
                    ", or, if `{}` is another name of the code, write it as an alias: `{} = {}`",
                    later.name, later.name, first.name
                )
            } else {
                String::new()
            };
            errors.push(error(
                &later.written,
                format_args!(
                    "code {code} is defined twice{holder}; remove one of the rows, or give it its own code{alias}"
                ),
            ));
        }
        errors.push(error(
            &first.written,
            format_args!("code {code} first defined here"),
        ));
    }
}

/// A wire name used twice, or two names that give one variant (`FOO_BAR` and `FooBar`).
fn check_duplicate_names(rows: &[RowDraft], errors: &mut Errors) {
    // Sized up front: growing maps of 100 000 keys rehash every key at each doubling.
    let mut by_name: HashMap<&str, usize> = HashMap::with_capacity(rows.len());
    let mut by_variant: HashMap<&str, usize> = HashMap::with_capacity(rows.len());
    let mut firsts_reported = Vec::new();
    for (index, row) in rows.iter().enumerate() {
        let Some(variant) = &row.variant else {
            continue;
        };
        if let Some(&first) = by_name.get(row.name.as_str()) {
            if row.nameless && rows[first].nameless {
                // Two `_` rows share a name only when they share a code: reported already.
                continue;
            }
            let first_row = &rows[first];
            if row.nameless || first_row.nameless {
                errors.push(error(
                    variant,
                    format_args!(
                        "{} and {} both have the name `{}`: rename one",
                        row.describe(),
                        first_row.describe(),
                        row.name
                    ),
                ));
                firsts_reported.push((first, format!("`{}` first taken here", row.name)));
                continue;
            }
            let first_code = rows[first]
                .code
                .map_or_else(String::new, |code| format!(" (code {code})"));
            errors.push(error(
                variant,
                format_args!(
                    "name `{}` is defined twice: the row{first_code} above has it already; \
                     rename one of them",
                    row.name
                ),
            ));
            firsts_reported.push((first, format!("name `{}` first defined here", row.name)));
            continue;
        }
        by_name.insert(&row.name, index);
        let first = match by_variant.entry(&row.variant_name) {
            Entry::Occupied(first) => *first.get(),
            Entry::Vacant(vacant) => {
                vacant.insert(index);
                continue;
            }
        };
        let first_row = rows[first].describe();
        errors.push(error(
            variant,
            format_args!(
                "{} and {first_row} both give the variant `{variant}`: rename one, or choose its variant with `NAME as Variant`",
                row.describe()
            ),
        ));
        firsts_reported.push((first, format!("{first_row} first gives `{variant}` here")));
    }
    firsts_reported.sort();
    firsts_reported.dedup_by_key(|(first, _)| *first);
    for (first, message) in firsts_reported {
        if let Some(variant) = &rows[first].variant {
            errors.push(error(variant, message));
        }
    }
}

/// A variant chosen with `as` named as an item the expansion gives the enum, or as a column
/// accessor: `E::COUNT` would be the variant, and the generated code would not compile. (A
/// variant or alias constant made from a wire name is UpperCamelCase, which none of them is.)
fn check_generated_names(rows: &mut [RowDraft], columns: &[model::Column], errors: &mut Errors) {
    let taken = |name: &str| {
        codetable_shared::GENERATED_ITEMS.contains(&name)
            || columns.iter().any(|column| column.ident.unraw() == name)
    };
    for row in rows {
        let Some(variant) = row.variant.as_ref().filter(|_| taken(&row.variant_name)) else {
            continue;
        };
        errors.push(error(
            variant,
            format_args!(
                "{} would be the variant `{variant}`, which hides the table's own \
                 `{variant}` (`Table::{variant}` names the variant): choose another with \
                 `NAME as Variant`",
                row.describe()
            ),
        ));
        // Left out of the enum, as a row without a variant is: the expansion's calls stay its.
        row.variant = None;
    }
}

fn check_duplicate_sections(sections: &[SectionDraft], errors: &mut Errors) {
    let mut by_variant: HashMap<String, usize> = HashMap::new();
    for (index, section) in sections.iter().enumerate() {
        let Some(variant) = &section.variant else {
            continue;
        };
        match by_variant.get(&variant.to_string()) {
            Some(&first) => {
                let first_ident = &sections[first].ident;
                let also = if *first_ident == section.ident {
                    String::new()
                } else {
                    format!(" (`{first_ident}` gives the same variant)")
                };
                errors.push(error(
                    &section.ident,
                    format_args!(
                        "section `{}` is defined twice{also}: rename one of them",
                        section.ident
                    ),
                ));
                errors.push(error(
                    &sections[first].ident,
                    format_args!("section `{}` first defined here", sections[first].ident),
                ));
            }
            None => {
                by_variant.insert(variant.to_string(), index);
            }
        }
    }
}

/// A section or a reserved range, as the overlap check sees it.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct Extent {
    parent: Option<usize>,
    low: i128,
    high: i128,
    /// Declaration order among sections, then reserved ranges.
    order: usize,
    /// The section's index; `None` for a reserved range.
    section: Option<usize>,
}

/// Sections and reserved ranges that share a parent must not overlap. Two reserved ranges may.
fn check_overlaps(sections: &[SectionDraft], reserved: &[ReservedDraft], errors: &mut Errors) {
    let section_extents = sections.iter().enumerate().filter_map(|(index, section)| {
        let (low, high) = section.range?;
        Some(Extent {
            parent: section.parent,
            low,
            high,
            order: index,
            section: Some(index),
        })
    });
    let reserved_extents = reserved.iter().enumerate().filter_map(|(index, item)| {
        let (low, high) = item.range?;
        Some(Extent {
            parent: item.parent,
            low,
            high,
            order: sections.len() + index,
            section: None,
        })
    });
    let mut extents: Vec<Extent> = section_extents.chain(reserved_extents).collect();
    extents.sort_unstable();
    for siblings in extents.chunk_by(|a, b| a.parent == b.parent) {
        // The sibling reaching furthest so far: anything starting at or below its end overlaps.
        let mut furthest: Option<&Extent> = None;
        for next in siblings {
            if let Some(before) = furthest.filter(|before| next.low <= before.high) {
                report_overlap(before, next, sections, errors);
            }
            if furthest.is_none_or(|before| next.high > before.high) {
                furthest = Some(next);
            }
        }
    }
}

/// The error goes on a section: the later declared where both are sections.
fn report_overlap(a: &Extent, b: &Extent, sections: &[SectionDraft], errors: &mut Errors) {
    let (at, other) = match (a.section, b.section) {
        (None, None) => return,
        (Some(_), None) => (a, b),
        (None, Some(_)) => (b, a),
        (Some(_), Some(_)) if a.order > b.order => (a, b),
        (Some(_), Some(_)) => (b, a),
    };
    let describe = |extent: &Extent| match extent.section {
        Some(section) => format!(
            "section `{}` ({})",
            sections[section].ident,
            show(extent.low, extent.high)
        ),
        None => format!("the reserved range {}", show(extent.low, extent.high)),
    };
    let Some(section) = at.section else { return };
    errors.push(error(
        &sections[section].written,
        format_args!(
            "{} overlaps {}: make them disjoint, or nest one inside the other",
            describe(at),
            describe(other)
        ),
    ));
}

/// No row may have a code inside a reserved range, whether it is written before or after it.
fn check_reserved_rows(rows: &[RowDraft], reserved: &[ReservedDraft], errors: &mut Errors) {
    // (low, high, index into `reserved`)
    let mut ranges: Vec<(i128, i128, usize)> = reserved
        .iter()
        .enumerate()
        .filter_map(|(index, item)| Some((item.range?.0, item.range?.1, index)))
        .collect();
    if ranges.is_empty() {
        return;
    }
    ranges.sort_unstable();
    // reach[i]: the range among ranges[..=i] that ends highest, so one binary search finds
    // a reserved range holding a code even where reserved ranges overlap.
    let mut reach: Vec<usize> = Vec::with_capacity(ranges.len());
    for (index, range) in ranges.iter().enumerate() {
        let best = match reach.last() {
            Some(&previous) if ranges[previous].1 >= range.1 => previous,
            _ => index,
        };
        reach.push(best);
    }
    for row in rows {
        let Some(code) = row.code else { continue };
        let candidates = ranges.partition_point(|range| range.0 <= code);
        let Some(&holder) = candidates.checked_sub(1).map(|last| &reach[last]) else {
            continue;
        };
        let (low, high, index) = ranges[holder];
        if code <= high {
            let why = reserved[index]
                .message
                .as_ref()
                .map(|message| format!(" ({message})"))
                .unwrap_or_default();
            errors.push(error(
                &row.written,
                format_args!(
                    "code {code} is inside the reserved range {}{why}: pick another code",
                    show(low, high)
                ),
            ));
        }
    }
}

/// A row must be written inside the innermost section whose range holds its code, so that
/// `category()` tells where the code is; a row written beside a section but inside its range
/// would silently miss it.
fn check_rows_in_subsections(rows: &[RowDraft], sections: &[SectionDraft], errors: &mut Errors) {
    // (parent, low, high, section): the children of each scope, by their lower bound.
    let mut children: Vec<(Option<usize>, i128, i128, usize)> = sections
        .iter()
        .enumerate()
        .filter_map(|(index, section)| {
            let (low, high) = section.range?;
            Some((section.parent, low, high, index))
        })
        .collect();
    if children.is_empty() {
        return;
    }
    children.sort_unstable();
    for row in rows {
        let Some(code) = row.code else { continue };
        let scope = children.partition_point(|child| child.0 < row.section);
        let scope_end = children.partition_point(|child| child.0 <= row.section);
        let siblings = &children[scope..scope_end];
        let before = siblings.partition_point(|child| child.1 <= code);
        let Some(&(_, low, high, section)) = before.checked_sub(1).map(|last| &siblings[last])
        else {
            continue;
        };
        if code <= high {
            errors.push(error(
                &row.written,
                format_args!(
                    "code {code} lies in section `{}` ({}) but is written outside it: move the row into the section",
                    sections[section].ident,
                    show(low, high)
                ),
            ));
        }
    }
}

fn model_rows(rows: Vec<RowDraft>, valid: bool) -> Vec<model::Row> {
    // Only an invalid table can give a variant twice (reported): keep the first, so that the
    // stub enum compiles.
    let mut seen = std::collections::HashSet::new();
    rows.into_iter()
        .filter_map(|row| {
            let variant = row.variant?;
            if !valid && !seen.insert(row.variant_name.clone()) {
                return None;
            }
            Some(model::Row {
                attrs: row.attrs,
                code: row.code.unwrap_or(0),
                code_span: row.written.span(),
                text: row.text,
                name: row.name,
                nameless: row.nameless,
                variant,
                variant_name: row.variant_name,
                message: row.message,
                translations: row.translations,
                section: row.section.filter(|_| valid),
                values: row.values,
                own_help_url: row.help_url.is_some(),
                help_url: row.link,
                arguments: match (row.args, row.builder) {
                    (Some(args), Some(builder)) => Some(Box::new(model::Arguments {
                        args,
                        builder,
                        literals: row.literals,
                    })),
                    _ => None,
                },
            })
        })
        .enumerate()
        // A string code's row: its number is its slot, its variant's discriminant.
        .map(|(slot, mut row)| {
            if row.text.is_some() {
                row.code = slot as i128;
            }
            row
        })
        .collect()
}

fn model_sections(sections: Vec<SectionDraft>, valid: bool) -> Vec<model::Section> {
    // As for rows: only an invalid table gives a section's variant twice.
    let mut seen = std::collections::HashSet::new();
    sections
        .into_iter()
        .filter_map(|section| {
            let variant = section.variant?;
            if !valid && !seen.insert(variant.to_string()) {
                return None;
            }
            Some(model::Section {
                attrs: section.attrs,
                name: section.ident.unraw().to_string(),
                variant,
                message: section.message,
                range: section.range.unwrap_or((0, 0)),
                prefix: section.prefix,
                parent: section.parent.filter(|_| valid),
            })
        })
        .collect()
}

/// `low..=high`, as errors show a range.
fn show(low: i128, high: i128) -> String {
    format!("{low}..={high}")
}

fn error(tokens: impl ToTokens, message: impl Display) -> syn::Error {
    syn::Error::new_spanned(tokens, message)
}
