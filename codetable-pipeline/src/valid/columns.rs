//! The rules of typed columns: what a column may be called and typed, and what a row may set.
//!
//! A table declares its columns once, `enum PcsError(http: u16, en: &'static str)`; each row
//! then sets them after its message, `, http = 404, en = "network error"`. Each value is a
//! literal checked here against its column's type, so that a mistake is reported at the
//! literal and not, as rustc would, inside the expansion.

use super::error;
use crate::ast::{self, ColumnSet, ColumnValue};
use crate::errors::Errors;
use crate::model::{Column, ColumnType, Foreign, Language, Scalar, Value, GRPC_CODES};
use codetable_shared::is_taken_by_the_api;
use heck::ToSnakeCase;
use std::collections::HashMap;
use syn::ext::IdentExt;
use syn::{Ident, Lit, Type};

const TYPES: &str = "an integer type, `f32`, `f64`, `bool`, `char`, `&'static str`, \
                     `http::StatusCode` (the column `http`), `tonic::Code` (the column `grpc`), \
                     or an `Option` of one";

/// Checks a table's column declarations: names, types and defaults.
pub fn declarations(decls: Vec<ast::ColumnDecl>, errors: &mut Errors) -> Vec<Column> {
    let mut seen: HashMap<String, Ident> = HashMap::new();
    let mut columns = Vec::with_capacity(decls.len());
    for decl in decls {
        let name = decl.ident.unraw().to_string();
        if let Some(first) = seen.get(&name) {
            errors.push(error(
                &decl.ident,
                format_args!("column `{name}` is declared twice: remove one"),
            ));
            errors.push(error(first, format_args!("`{name}` first declared here")));
            continue;
        }
        seen.insert(name.clone(), decl.ident.clone());
        let takes_a_method = is_taken_by_the_api(&name);
        if takes_a_method {
            errors.push(error(
                &decl.ident,
                format_args!(
                    "a column named `{name}` would hide the method `{name}` of the table: \
                     call it something else"
                ),
            ));
        } else if name.to_snake_case() != name {
            errors.push(error(
                &decl.ident,
                format_args!(
                    "column `{name}` names a method: write it in snake_case, `{}`",
                    name.to_snake_case()
                ),
            ));
        }
        let (ty, foreign) = match foreign_type(&decl.ty) {
            Some((foreign, optional)) => {
                check_foreign_name(&name, &decl.ident, foreign, errors);
                let scalar = foreign.scalar();
                (Some(ColumnType { scalar, optional }), Some(foreign))
            }
            None => (column_type(&decl.ty, errors), None),
        };
        let default = match (ty, &decl.default) {
            (Some(ty), Some(value)) => self::value(&name, ty.scalar, foreign, value, errors),
            _ => None,
        };
        columns.push(Column {
            attrs: super::attrs::conditions(decl.attrs, super::Place::Column, errors),
            accessor: !takes_a_method,
            ident: decl.ident,
            ty,
            written: decl.ty,
            foreign,
            default,
        });
    }
    columns
}

/// The type of a column, if it is one a literal can have.
fn column_type(ty: &Type, errors: &mut Errors) -> Option<ColumnType> {
    let found = match option_inner(ty) {
        Some(inner) => scalar(inner).map(|scalar| ColumnType {
            scalar,
            optional: true,
        }),
        None => scalar(ty).map(|scalar| ColumnType {
            scalar,
            optional: false,
        }),
    };
    if found.is_none() {
        errors.push(error(ty, format_args!("a column's type is {TYPES}")));
    }
    if found.is_some_and(|found| found.scalar == Scalar::Str) && !is_static_str(ty) {
        // Taken as meant, so that the accessor's type adds no error of rustc's.
        errors.push(error(
            ty,
            "a string column is `&'static str`, with the lifetime written",
        ));
    }
    found
}

/// The type of another crate a column has, and whether it is an `Option` of it: the type
/// written as `StatusCode`, `http::StatusCode` or `::http::StatusCode`, or as `Code`,
/// `tonic::Code` or `::tonic::Code`. The macro cannot resolve paths: these are the ways to
/// name the two types, and the accessor returns the type of the crate `codetable` depends on.
fn foreign_type(ty: &Type) -> Option<(Foreign, bool)> {
    let (inner, optional) = match option_inner(ty) {
        Some(inner) => (inner, true),
        None => (ty, false),
    };
    let Type::Path(path) = ungroup(inner) else {
        return None;
    };
    if path.qself.is_some()
        || path
            .path
            .segments
            .iter()
            .any(|segment| !segment.arguments.is_none())
    {
        return None;
    }
    let segments: Vec<String> = path
        .path
        .segments
        .iter()
        .map(|segment| segment.ident.to_string())
        .collect();
    let segments: Vec<&str> = segments.iter().map(String::as_str).collect();
    let foreign = match segments.as_slice() {
        ["StatusCode"] => Foreign::HttpStatus,
        ["http", "StatusCode"] => Foreign::HttpStatus,
        ["Code"] => Foreign::GrpcCode,
        ["tonic", "Code"] => Foreign::GrpcCode,
        _ => return None,
    };
    // `::Code` alone names a crate, not the type.
    if path.path.leading_colon.is_some() && segments.len() == 1 {
        return None;
    }
    Some((foreign, optional))
}

/// A column of a type of another crate has the name that type goes with: `http` for the
/// status an HTTP response answers with, `grpc` for the code of a gRPC status.
fn check_foreign_name(name: &str, ident: &Ident, foreign: Foreign, errors: &mut Errors) {
    let column = foreign.column();
    if name == column {
        return;
    }
    let what = match foreign {
        Foreign::HttpStatus => "the status an HTTP response of the table answers with",
        Foreign::GrpcCode => "the code of a gRPC status made from the table",
    };
    errors.push(error(
        ident,
        format_args!(
            "a column of type `{}` is named `{column}`: it is {what}; rename `{name}` to \
             `{column}`, or give it an integer type",
            foreign.type_name()
        ),
    ));
}

/// `T` of `Option<T>` (also written with a path, `core::option::Option<T>`).
fn option_inner(ty: &Type) -> Option<&Type> {
    let Type::Path(path) = ungroup(ty) else {
        return None;
    };
    let last = path.path.segments.last()?;
    let syn::PathArguments::AngleBracketed(arguments) = &last.arguments else {
        return None;
    };
    match (
        last.ident == "Option",
        arguments.args.len(),
        arguments.args.first(),
    ) {
        (true, 1, Some(syn::GenericArgument::Type(inner))) => Some(inner),
        _ => None,
    }
}

fn scalar(ty: &Type) -> Option<Scalar> {
    match ungroup(ty) {
        Type::Path(path) if path.qself.is_none() => {
            let ident = path.path.get_ident()?.to_string();
            Scalar::from_name(&ident)
        }
        // Any `&str`; `is_static_str` checks the rest.
        Type::Reference(reference) => {
            let is_str =
                matches!(ungroup(&reference.elem), Type::Path(path) if path.path.is_ident("str"));
            is_str.then_some(Scalar::Str)
        }
        _ => None,
    }
}

/// `&'static str`, or `Option` of it.
fn is_static_str(ty: &Type) -> bool {
    match ungroup(option_inner(ty).unwrap_or(ty)) {
        Type::Reference(reference) => {
            reference.mutability.is_none()
                && reference
                    .lifetime
                    .as_ref()
                    .is_some_and(|lifetime| lifetime.ident == "static")
        }
        _ => false,
    }
}

/// The bounds of an integer type. `isize` and `usize` are taken at 64 bits: a value beyond
/// a smaller target's is then reported by rustc.
fn ungroup(ty: &Type) -> &Type {
    match ty {
        Type::Group(group) => ungroup(&group.elem),
        Type::Paren(paren) => ungroup(&paren.elem),
        _ => ty,
    }
}

/// One value per column for a row: those it sets, else the defaults; an error for a column
/// it does not know, sets twice, or (when `complete`, the row having parsed whole) leaves out
/// when the column is required.
pub fn row_values(
    table: &Ident,
    columns: &[Column],
    languages: &[Language],
    row_code: &ast::Code,
    sets: &[&ColumnSet],
    complete: bool,
    errors: &mut Errors,
) -> Vec<Option<Value>> {
    let mut values: Vec<Option<Value>> = columns.iter().map(|c| c.default.clone()).collect();
    let mut set_by: Vec<Option<&Ident>> = vec![None; columns.len()];
    for set in sets {
        let name = set.ident.unraw().to_string();
        let Some(index) = columns.iter().position(|c| c.ident.unraw() == name) else {
            errors.push(error(
                &set.ident,
                unknown_column(table, &name, columns, languages),
            ));
            continue;
        };
        if let Some(first) = set_by[index] {
            errors.push(error(
                &set.ident,
                format_args!("column `{name}` is set twice in this row: remove one"),
            ));
            errors.push(error(first, format_args!("`{name}` first set here")));
            continue;
        }
        set_by[index] = Some(&set.ident);
        if let Some(ty) = columns[index].ty {
            values[index] = value(&name, ty.scalar, columns[index].foreign, &set.value, errors);
        }
    }
    let missing: Vec<String> = columns
        .iter()
        .zip(&set_by)
        .filter(|(column, set)| {
            set.is_none() && column.default.is_none() && column.ty.is_some_and(|ty| !ty.optional)
        })
        .map(|(column, _)| format!("`{}`", column.ident.unraw()))
        .collect();
    // A row cut short by a syntax error may have lost its columns: that error says enough.
    if complete && !missing.is_empty() {
        let (noun, verb) = match missing.len() {
            1 => ("column", "it is"),
            _ => ("columns", "they are"),
        };
        errors.push(error(
            row_code,
            format_args!(
                "this row does not set the {noun} {}: {verb} required (give the column an \
                 `Option` type or a default, `= VALUE`, to make it optional)",
                missing.join(", ")
            ),
        ));
    }
    values
}

fn unknown_column(table: &Ident, name: &str, columns: &[Column], languages: &[Language]) -> String {
    let languages = if languages.is_empty() {
        String::new()
    } else {
        let declared: Vec<String> = languages
            .iter()
            .map(|language| format!("`{}`", language.ident.unraw()))
            .collect();
        format!(
            " nor language (its languages are {}: declare `{name}` in `#[codetable(languages(..))]` \
             to give messages in it)",
            declared.join(", ")
        )
    };
    if columns.is_empty() {
        return format!(
            "`{table}` has no column `{name}`{languages}: declare it after the table's name, \
             `enum {table}({name}: TYPE)`"
        );
    }
    let declared: Vec<String> = columns
        .iter()
        .map(|c| format!("`{}`", c.ident.unraw()))
        .collect();
    format!(
        "`{table}` has no column `{name}`{languages}; its columns are {}",
        declared.join(", ")
    )
}

/// A value checked against a column's type.
fn value(
    column: &str,
    scalar: Scalar,
    foreign: Option<Foreign>,
    value: &ColumnValue,
    errors: &mut Errors,
) -> Option<Value> {
    let checked = match foreign {
        Some(foreign) => check_foreign(foreign, value),
        None => check_value(scalar, value),
    };
    match checked {
        Ok(value) => Some(value),
        Err(why) => {
            let described = match foreign {
                Some(foreign) => format!("`{}`", foreign.type_name()),
                None => describe(scalar),
            };
            errors.push(error(
                value,
                format_args!("column `{column}` is {described}: {why}"),
            ));
            None
        }
    }
}

fn describe(scalar: Scalar) -> String {
    match scalar {
        Scalar::Int { name, .. } | Scalar::Float { name } => format!("`{name}`"),
        Scalar::Bool => "`bool`".to_owned(),
        Scalar::Char => "`char`".to_owned(),
        Scalar::Str => "`&'static str`".to_owned(),
    }
}

/// What a value is, for errors: "a string", "an integer".
fn kind(value: &ColumnValue) -> &'static str {
    let ColumnValue::Literal { lit, .. } = value else {
        return "a name";
    };
    match lit {
        Lit::Str(_) => "a string",
        Lit::ByteStr(_) => "a byte string",
        Lit::CStr(_) => "a C string",
        Lit::Byte(_) => "a byte",
        Lit::Char(_) => "a character",
        Lit::Int(_) => "an integer",
        Lit::Float(_) => "a float",
        Lit::Bool(_) => "a boolean",
        _ => "this literal",
    }
}

fn check_value(scalar: Scalar, value: &ColumnValue) -> Result<Value, String> {
    let mismatch = || format!("{} does not fit it", kind(value));
    let ColumnValue::Literal { minus, lit } = value else {
        return Err(mismatch());
    };
    let negative = minus.is_some();
    let signed = matches!(scalar, Scalar::Int { min, .. } if min < 0)
        || matches!(scalar, Scalar::Float { .. });
    if negative && !signed {
        return Err("it cannot be negative".to_owned());
    }
    match (scalar, lit) {
        (Scalar::Int { name, min, max }, Lit::Int(lit)) => {
            let magnitude = integer(lit, name)?;
            let fits = if negative {
                magnitude <= min.unsigned_abs()
            } else {
                magnitude <= max
            };
            if !fits {
                let sign = if negative { "-" } else { "" };
                return Err(format!("{sign}{magnitude} is outside {min}..={max}",));
            }
            Ok(Value::Int {
                negative: negative && magnitude != 0,
                magnitude,
            })
        }
        (Scalar::Float { name }, Lit::Float(lit)) => {
            suffix(lit.suffix(), name)?;
            float(lit.base10_digits(), name, negative)
        }
        (Scalar::Float { name }, Lit::Int(lit)) => {
            suffix(lit.suffix(), name)?;
            float(lit.base10_digits(), name, negative)
        }
        (Scalar::Bool, Lit::Bool(lit)) if !negative => Ok(Value::Bool(lit.value)),
        (Scalar::Char, Lit::Char(lit)) if !negative => Ok(Value::Char(lit.value())),
        (Scalar::Str, Lit::Str(lit)) if !negative => Ok(Value::Str(lit.value())),
        _ => Err(mismatch()),
    }
}

/// An integer literal's value, its suffix empty or `name`.
fn integer(lit: &syn::LitInt, name: &str) -> Result<u128, String> {
    suffix(lit.suffix(), name)?;
    lit.base10_digits()
        .parse()
        .map_err(|_| "the number is too big".to_owned())
}

/// A value of a column of a type of another crate, as the number it is stored as.
fn check_foreign(foreign: Foreign, value: &ColumnValue) -> Result<Value, String> {
    let Scalar::Int { name, min, max } = foreign.scalar() else {
        return Err("the column stores no number".to_owned());
    };
    let number = |magnitude: u128| Value::Int {
        negative: false,
        magnitude,
    };
    match (foreign, value) {
        (
            _,
            ColumnValue::Literal {
                minus: None,
                lit: Lit::Int(lit),
            },
        ) => {
            let magnitude = integer(lit, name)?;
            if magnitude < min.unsigned_abs() || magnitude > max {
                let what = match foreign {
                    Foreign::HttpStatus => "an HTTP status",
                    Foreign::GrpcCode => "a gRPC code",
                };
                return Err(format!("{magnitude} is not {what}, which is {min}..={max}"));
            }
            Ok(number(magnitude))
        }
        (
            _,
            ColumnValue::Literal {
                minus: Some(_),
                lit: Lit::Int(_),
            },
        ) => Err("it cannot be negative".to_owned()),
        (Foreign::GrpcCode, ColumnValue::Ident(ident)) => {
            let written = ident.unraw().to_string();
            if let Some(code) = GRPC_CODES.iter().position(|code| *code == written) {
                return Ok(number(code as u128));
            }
            // `NOT_FOUND`, gRPC's own spelling, or `notfound`: the variant meant.
            let squashed = |name: &str| name.replace('_', "").to_ascii_lowercase();
            match GRPC_CODES
                .iter()
                .find(|code| squashed(code) == squashed(&written))
            {
                Some(meant) => Err(format!("`{written}` is no variant of it: write `{meant}`")),
                None => Err(format!(
                    "`{written}` is no variant of it; they are {} (or their numbers, 0..=16)",
                    GRPC_CODES.join(", ")
                )),
            }
        }
        (Foreign::HttpStatus, _) => Err(format!(
            "{} does not fit it: write the status as an integer, `404`",
            kind(value)
        )),
        (Foreign::GrpcCode, _) => Err(format!(
            "{} does not fit it: write the code as its name, `NotFound`, or its number",
            kind(value)
        )),
    }
}

/// A literal's suffix must be empty or the column's type.
fn suffix(suffix: &str, name: &str) -> Result<(), String> {
    if suffix.is_empty() || suffix == name {
        Ok(())
    } else {
        Err(format!("the literal says `{suffix}`"))
    }
}

fn float(digits: &str, name: &str, negative: bool) -> Result<Value, String> {
    let finite = match name {
        "f32" => digits.parse::<f32>().is_ok_and(f32::is_finite),
        _ => digits.parse::<f64>().is_ok_and(f64::is_finite),
    };
    if !finite {
        return Err(format!("{digits} is beyond the largest `{name}`"));
    }
    let digits = if digits.contains(['.', 'e', 'E']) {
        digits.to_owned()
    } else {
        format!("{digits}.0")
    };
    Ok(Value::Float { negative, digits })
}
