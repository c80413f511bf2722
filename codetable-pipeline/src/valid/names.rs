//! The rules of a table's names beyond its rows': aliases (`ALIAS = NAME`), which name a named
//! row of the table and must not collide with a row's name or variant or each other, and
//! retired names (`NAME => retired`), which no row or alias may take.

use super::{error, RowDraft};
use crate::errors::Errors;
use crate::model;
use heck::ToSnakeCase;
use proc_macro2::Ident;
use std::collections::HashMap;
use syn::ext::IdentExt;
use syn::Attribute;

/// An alias as written, its constant made.
pub struct AliasDraft {
    pub attrs: Vec<Attribute>,
    /// The alias, verbatim.
    pub name: String,
    pub ident: Ident,
    /// The associated constant, named as a row's variant would be; `None` when the name
    /// gives none (reported).
    pub variant: Option<(Ident, String)>,
    /// The name of the row it names, as written.
    pub row: Ident,
    /// Written after a row, as its settings are (`1 => A, "a", B = A`): a mistake in it may
    /// be a column the table does not declare (when it is named as one, in snake_case).
    pub after_row: bool,
}

/// A retired name as written.
pub struct RetiredDraft {
    pub name: String,
    pub ident: Ident,
    pub message: Option<String>,
}

/// Checks each alias against the rows and the other aliases: the row each names (an index
/// into `rows`), `None` for one in error (reported).
pub fn check_aliases(
    table: &Ident,
    rows: &[RowDraft],
    aliases: &[AliasDraft],
    errors: &mut Errors,
) -> Vec<Option<usize>> {
    // Most tables have no alias: no maps of every row to build for them.
    if aliases.is_empty() {
        return Vec::new();
    }
    let by_name: HashMap<&str, usize> = rows
        .iter()
        .enumerate()
        .map(|(index, row)| (row.name.as_str(), index))
        .collect();
    let by_variant: HashMap<&str, usize> = rows
        .iter()
        .enumerate()
        .filter(|(_, row)| row.variant.is_some())
        .map(|(index, row)| (row.variant_name.as_str(), index))
        .collect();
    let mut alias_names: HashMap<&str, &AliasDraft> = HashMap::new();
    let mut alias_variants: HashMap<&str, &AliasDraft> = HashMap::new();
    let mut targets = Vec::with_capacity(aliases.len());
    for alias in aliases {
        let mut ok = true;
        if let Some(&index) = by_name.get(alias.name.as_str()) {
            let row = &rows[index];
            let code = row
                .code
                .map_or_else(String::new, |code| format!(" (code {code})"));
            errors.push(error(
                &alias.ident,
                format_args!(
                    "`{}` is the name of a row{code} already: an alias is another name; \
                     rename the alias, or remove it",
                    alias.name
                ),
            ));
            ok = false;
        } else if let Some(first) = alias_names.get(alias.name.as_str()) {
            errors.push(error(
                &alias.ident,
                format_args!("alias `{}` is defined twice: remove one", alias.name),
            ));
            errors.push(error(
                &first.ident,
                format_args!("alias `{}` first defined here", alias.name),
            ));
            ok = false;
        } else {
            alias_names.insert(&alias.name, alias);
        }
        match &alias.variant {
            // The name gives no variant (reported).
            None => ok = false,
            // An alias that is a row's name or another alias's (reported above) is not also
            // reported for the constant it gives, which is theirs.
            Some(_) if !ok => {}
            Some((variant, variant_name)) => {
                if let Some(&index) = by_variant.get(variant_name.as_str()) {
                    errors.push(error(
                        variant,
                        format_args!(
                            "alias `{}` gives the constant `{variant_name}`, which is the \
                             variant of {} already: rename the alias",
                            alias.name,
                            rows[index].describe()
                        ),
                    ));
                    ok = false;
                } else if let Some(first) = alias_variants.get(variant_name.as_str()) {
                    errors.push(error(
                        variant,
                        format_args!(
                            "aliases `{}` and `{}` both give the constant `{variant_name}`: \
                             rename one",
                            alias.name, first.name
                        ),
                    ));
                    ok = false;
                } else {
                    alias_variants.insert(variant_name, alias);
                }
            }
        }
        let target_name = alias.row.unraw().to_string();
        let target = match by_name.get(target_name.as_str()) {
            Some(&index) if rows[index].nameless => {
                errors.push(error(
                    &alias.row,
                    format_args!(
                        "`{target_name}` is a nameless row's variant: an alias names a row's \
                         wire name, and this row has none; give the row a name"
                    ),
                ));
                None
            }
            Some(&index) => Some(index),
            None => {
                let (at, why) = match aliases.iter().find(|other| other.name == target_name) {
                    Some(other) => (
                        &alias.row,
                        format!(
                            "`{target_name}` is an alias of `{}` itself: write `{} = {}`",
                            other.row.unraw(),
                            alias.name,
                            other.row.unraw()
                        ),
                    ),
                    // A column's name is in snake_case: one that is not is an alias.
                    None if alias.after_row && alias.name.to_snake_case() == alias.name => {
                        let name = &alias.name;
                        (
                            &alias.ident,
                            format!(
                                "`{table}` has no column `{name}`, nor a row named \
                                 `{target_name}`: after a row, `{name} = {target_name}` sets \
                                 the column `{name}` (declare it: `enum {table}({name}: TYPE)`) \
                                 or makes `{name}` an alias of the row `{target_name}`"
                            ),
                        )
                    }
                    None => (
                        &alias.row,
                        format!(
                            "`{table}` has no row named `{target_name}`: an alias names a row \
                             of its table"
                        ),
                    ),
                };
                errors.push(error(at, why));
                None
            }
        };
        targets.push(target.filter(|_| ok));
    }
    targets
}

/// Refuses a retired name given to a row or an alias, saying why it was retired, and a name
/// retired twice.
pub fn check_retired(
    rows: &[RowDraft],
    aliases: &[AliasDraft],
    retired: &[RetiredDraft],
    errors: &mut Errors,
) {
    let mut by_name: HashMap<&str, &RetiredDraft> = HashMap::with_capacity(retired.len());
    for name in retired {
        if let Some(first) = by_name.insert(&name.name, name) {
            errors.push(error(
                &name.ident,
                format_args!("`{}` is retired twice: remove one", name.name),
            ));
            by_name.insert(&first.name, first);
        }
    }
    if by_name.is_empty() {
        return;
    }
    let mut taken = |name: &str, at: &Ident, what: &str| {
        let Some(retired) = by_name.get(name) else {
            return;
        };
        let why = retired
            .message
            .as_deref()
            .map_or_else(String::new, |message| format!(" ({message})"));
        errors.push(error(
            at,
            format_args!("`{name}` was retired{why}: give the {what} another name"),
        ));
        errors.push(error(&retired.ident, format_args!("`{name}` retired here")));
    };
    for row in rows {
        if let Some(variant) = &row.variant {
            taken(&row.name, variant, "row");
        }
    }
    for alias in aliases {
        taken(&alias.name, &alias.ident, "alias");
    }
}

/// The aliases of the model: those that name a row (the others are reported), with the row's
/// slot and variant.
pub fn model_aliases(
    aliases: Vec<AliasDraft>,
    targets: Vec<Option<usize>>,
    rows: &[RowDraft],
) -> Vec<model::Alias> {
    aliases
        .into_iter()
        .zip(targets)
        .filter_map(|(alias, target)| {
            let (variant, _) = alias.variant?;
            let row = target?;
            Some(model::Alias {
                attrs: alias.attrs,
                name: alias.name,
                variant,
                row,
                row_variant: rows[row].variant.clone()?,
            })
        })
        .collect()
}
