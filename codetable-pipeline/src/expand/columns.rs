//! A table's typed columns: one static of values per column, read by slot, and one `const fn`
//! accessor each, named after the column.

use super::literals::{self, u32_bytes, NumberArray};
use super::quote_mixed;
use crate::index;
use crate::model::{Column, ColumnType, Foreign, Runtime, Scalar, Table, Value};
use proc_macro2::{Literal, Span, TokenStream};
use quote::{format_ident, quote_spanned};
use syn::ext::IdentExt;
use syn::spanned::Spanned;

/// The statics holding every column's values, in slot order. Strings are one blob with
/// offsets, as names and messages are; integers, `bool`s and `char`s a [`NumberArray`]; floats
/// a typed array. An optional column has a `[bool; N]` beside its values, which hold a
/// placeholder where the row sets none.
pub fn data(table: &Table) -> TokenStream {
    let count = table.rows.len();
    let ident = &table.ident;
    let repr = super::repr_type(table.repr);
    let private = crate::paths::private(&table.runtime);
    let mut tokens = TokenStream::new();
    for (index, column) in table.columns.iter().enumerate() {
        let Some(ty) = column.ty else { continue };
        let values = table.rows.iter().map(|row| row.values[index].as_ref());
        let Statics {
            values: name,
            starts,
            set,
            value_of,
        } = statics(index);
        let value = match stored(ty.scalar) {
            // SAFETY: `slot` gives every variant a slot below the row count, and `#starts` holds
            // an offset per row and one more, each at a char boundary of `#name`
            // (`codetable_shared::blob`): what `str_at` requires.
            Stored::Blob => quote_mixed!(unsafe { #private::str_at(#name, &#starts, __slot) }),
            Stored::Bytes(_) | Stored::Typed => quote_mixed!(#name[__slot]),
        };
        let value = if flagged(ty) {
            quote_mixed! {
                if #set[__slot] {
                    ::core::option::Option::Some(#value)
                } else {
                    ::core::option::Option::None
                }
            }
        } else {
            value
        };
        let value_type = rust_type(ty);
        // Here, not in the accessor, which carries the column's attributes: an attribute
        // macro there can rewrite the accessor's body, not this `unsafe` block.
        tokens.extend(quote_mixed! {
            /// The column's value for a row: sound for any variant.
            #[inline]
            const fn #value_of(__row: #ident) -> #value_type {
                let __slot = slot(__row as #repr);
                #value
            }
        });
        if flagged(ty) {
            let mut flags = NumberArray::new(quote_mixed!(::core::primitive::bool), 1);
            for value in values.clone() {
                flags.push(value.is_some().into());
            }
            tokens.extend(flags.to_static(&set, &table.runtime));
        }
        match stored(ty.scalar) {
            Stored::Blob => {
                let (blob, offsets) = index::blob(values.map(|value| match value {
                    Some(Value::Str(string)) => string.as_str(),
                    _ => "",
                }));
                let offsets = u32_bytes(offsets);
                let blob = literals::string(&blob);
                tokens.extend(quote_mixed! {
                    static #name: &::core::primitive::str = #blob;
                    static #starts: #offsets;
                });
            }
            Stored::Bytes(width) => {
                let mut array = match ty.scalar {
                    Scalar::Int { name: "u8", .. } => NumberArray::of_u8(),
                    _ => NumberArray::new(
                        rust_type(ColumnType {
                            optional: false,
                            ..ty
                        }),
                        width,
                    ),
                };
                for value in values {
                    array.push(value.map_or(0, number));
                }
                tokens.extend(array.to_static(&name, &table.runtime));
            }
            Stored::Typed => {
                let values = values.map(|value| option_value(ty, value));
                tokens.extend(quote_mixed! {
                    static #name: [#value_type; #count] = [#(#values),*];
                });
            }
        }
    }
    tokens
}

/// How a column's values are stored.
#[derive(PartialEq, Eq)]
enum Stored {
    /// One string blob with offsets.
    Blob,
    /// A [`NumberArray`] of elements this many bytes wide.
    Bytes(usize),
    /// A typed array written element by element: floats, whose bits the macro would have to
    /// round exactly as rustc does, and `isize`/`usize`, whose width is the target's.
    Typed,
}

fn stored(scalar: Scalar) -> Stored {
    match scalar {
        Scalar::Str => Stored::Blob,
        Scalar::Bool => Stored::Bytes(1),
        Scalar::Char => Stored::Bytes(4),
        Scalar::Int { name, .. } => match name.trim_start_matches(['i', 'u']).parse::<usize>() {
            Ok(bits) => Stored::Bytes(bits / 8),
            Err(_) => Stored::Typed,
        },
        Scalar::Float { .. } => Stored::Typed,
    }
}

/// Whether an optional column keeps a `[bool; N]` of the rows that set it beside its values
/// (all but typed arrays, whose elements are `Option`s).
fn flagged(ty: ColumnType) -> bool {
    ty.optional && stored(ty.scalar) != Stored::Typed
}

/// An integer, `bool` or `char` value as the number its bytes hold.
fn number(value: &Value) -> i128 {
    match value {
        Value::Int {
            negative: true,
            magnitude,
        } => (*magnitude as i128).wrapping_neg(),
        Value::Int { magnitude, .. } => *magnitude as i128,
        Value::Bool(value) => (*value).into(),
        Value::Char(value) => u32::from(*value).into(),
        Value::Float { .. } | Value::Str(_) => 0,
    }
}

/// The accessors, with real bodies for a valid table, inert ones for an invalid table (see
/// `Bodies::stub`).
pub fn accessors(table: &Table, stub: bool) -> TokenStream {
    if table.columns.is_empty() {
        return TokenStream::new();
    }
    let ident = &table.ident;
    let vis = &table.vis;
    let with_accessors = table.columns.iter().enumerate();
    let methods = with_accessors
        .filter(|(_, column)| column.accessor)
        .map(|(index, column)| {
            let Column {
                attrs,
                ident: column_ident,
                ty,
                written,
                foreign,
                ..
            } = column;
            let rust_type = match (ty, foreign) {
                (Some(ty), Some(foreign)) => foreign_type(&table.runtime, *ty, *foreign, written),
                (Some(ty), None) => rust_type(*ty),
                (None, _) => quote_mixed!(#written),
            };
            let body = match ty {
                // The read is a function of the data's, out of reach of the attributes the
                // accessor carries (see `value_of`).
                Some(ty) if !stub => {
                    let value_of = statics(index).value_of;
                    let value = quote_mixed!(#value_of(self));
                    match foreign {
                        Some(foreign) => foreign_value(&table.runtime, *ty, *foreign, value),
                        None => value,
                    }
                }
                Some(ty) => match foreign {
                    Some(foreign) => foreign_value(&table.runtime, *ty, *foreign, inert_value(*ty)),
                    None => inert_value(*ty),
                },
                // A type no column can have: reported, and no value to give.
                None => quote_mixed!(::core::panic!("define_codes! reported errors")),
            };
            let doc = (!super::docs::has_docs(attrs)).then(|| {
                let doc = format!("The `{}` column of the code's row.", column_ident.unraw());
                quote_mixed!(#[doc = #doc])
            });
            quote_mixed! {
                #doc
                #(#attrs)*
                #[inline]
                #vis const fn #column_ident(self) -> #rust_type {
                    #body
                }
            }
        });
    quote_mixed! {
        impl #ident {
            #(#methods)*
        }
    }
}

/// The type of another crate a column returns, by the macro of `codes` that its feature
/// defines (without the feature, the number the column stores: `needs_http!` or
/// `needs_tonic!`, called in [`feature_impls`], reports it).
fn foreign_type(
    runtime: &Runtime,
    ty: ColumnType,
    foreign: Foreign,
    written: &syn::Type,
) -> TokenStream {
    let span = foreign_span(written);
    let private = crate::paths::private_at(runtime, span);
    let scalar = match foreign {
        Foreign::HttpStatus => quote_spanned!(span=> #private::http_status_type!()),
        Foreign::GrpcCode => quote_spanned!(span=> #private::grpc_code_type!()),
    };
    if ty.optional {
        quote_mixed!(::core::option::Option<#scalar>)
    } else {
        scalar
    }
}

/// Where errors about a column's type of another crate point: the type's own name
/// (`StatusCode` of `Option<http::StatusCode>`), the last identifier written.
fn foreign_span(written: &syn::Type) -> Span {
    quote::ToTokens::to_token_stream(written)
        .into_iter()
        .filter_map(|token| match token {
            proc_macro2::TokenTree::Ident(ident) => Some(ident.span()),
            _ => None,
        })
        .last()
        .unwrap_or_else(|| written.span())
}

/// The value of a column of a type of another crate, from the number it stores (`number`, an
/// `Option` of it for an optional column), in a `const fn`.
fn foreign_value(
    runtime: &Runtime,
    ty: ColumnType,
    foreign: Foreign,
    number: TokenStream,
) -> TokenStream {
    let private = crate::paths::private(runtime);
    let convert = |number: TokenStream| match foreign {
        Foreign::HttpStatus => quote_mixed!(#private::http_status!(#number)),
        Foreign::GrpcCode => quote_mixed!(#private::grpc_code!(#number)),
    };
    if !ty.optional {
        return convert(number);
    }
    let value = convert(quote_mixed!(__number));
    quote_mixed! {
        match #number {
            ::core::option::Option::Some(__number) => ::core::option::Option::Some(#value),
            ::core::option::Option::None => ::core::option::Option::None,
        }
    }
}

/// What the features of `codetable` add to a table, which the macro cannot see: each column of a
/// type of another crate requires its feature (an error at the type without it); a table with
/// an `http` column gets `HttpStatus` and axum's `IntoResponse`, one with a `grpc` column
/// `GrpcStatus` and the conversions to and from `tonic::Status`; a table without gets an
/// `IntoResponse` and a `From<Table> for tonic::Status` whose bounds fail, when they are used,
/// with a message that says what it lacks.
pub fn feature_impls(table: &Table, stub: bool) -> TokenStream {
    let private = crate::paths::private(&table.runtime);
    let ident = &table.ident;
    let mut tokens = TokenStream::new();
    for column in &table.columns {
        let Some(foreign) = column.foreign else {
            continue;
        };
        let span = foreign_span(&column.written);
        let private = crate::paths::private_at(&table.runtime, span);
        tokens.extend(match foreign {
            Foreign::HttpStatus => quote_spanned!(span=> #private::needs_http!();),
            Foreign::GrpcCode => quote_spanned!(span=> #private::needs_tonic!();),
        });
    }
    let row = format_ident!("__row", span = Span::mixed_site());
    // The row's number, as an `Option`, read from the column's data (not by the accessor,
    // whose attributes may deprecate it).
    let number = |index: usize, ty: ColumnType| {
        if stub {
            return quote_mixed!({
                let _ = #row;
                ::core::option::Option::None
            });
        }
        let value_of = statics(index).value_of;
        if ty.optional {
            quote_mixed!(#value_of(#row))
        } else {
            quote_mixed!(::core::option::Option::Some(#value_of(#row)))
        }
    };
    let http = Foreign::HttpStatus.served_by(&table.columns);
    tokens.extend(match http {
        Some((index, ty)) => {
            let number = number(index, ty);
            let problem = table.problem_json;
            quote_mixed! {
                #private::http_impls!(#ident, #problem, |#row| #number);
                #private::axum_impls!(#ident);
            }
        }
        None => quote_mixed!(#private::axum_impls!(no_http #ident);),
    });
    let grpc = Foreign::GrpcCode.served_by(&table.columns);
    tokens.extend(match grpc {
        Some((index, ty)) => {
            let number = number(index, ty);
            quote_mixed!(#private::tonic_impls!(#ident, |#row| #number);)
        }
        None => quote_mixed!(#private::tonic_impls!(no_grpc #ident);),
    });
    tokens
}

/// Some value of the type, for the accessors of an invalid table.
fn inert_value(ty: ColumnType) -> TokenStream {
    if ty.optional {
        return quote_mixed!(::core::option::Option::None);
    }
    match ty.scalar {
        Scalar::Int { .. } => quote_mixed!(0),
        Scalar::Float { .. } => quote_mixed!(0.0),
        Scalar::Bool => quote_mixed!(false),
        Scalar::Char => quote_mixed!('\0'),
        Scalar::Str => quote_mixed!(""),
    }
}

/// The names of a column's statics.
struct Statics {
    /// Its values, or its strings' blob.
    values: syn::Ident,
    /// Its strings' offsets in the blob.
    starts: syn::Ident,
    /// Which rows set a value, for an optional column.
    set: syn::Ident,
    /// The function that reads a row's value, which the accessor calls.
    value_of: syn::Ident,
}

fn statics(index: usize) -> Statics {
    let span = Span::mixed_site();
    Statics {
        values: format_ident!("COLUMN_{}", index, span = span),
        starts: format_ident!("COLUMN_{}_STARTS", index, span = span),
        set: format_ident!("COLUMN_{}_SET", index, span = span),
        value_of: format_ident!("column_{}", index, span = span),
    }
}

/// The column's type, with paths that no user item can shadow.
fn rust_type(ty: ColumnType) -> TokenStream {
    let scalar = match ty.scalar {
        Scalar::Int { name, .. } | Scalar::Float { name } => {
            let name = format_ident!("{}", name);
            quote_mixed!(::core::primitive::#name)
        }
        Scalar::Bool => quote_mixed!(::core::primitive::bool),
        Scalar::Char => quote_mixed!(::core::primitive::char),
        Scalar::Str => quote_mixed!(&'static ::core::primitive::str),
    };
    if ty.optional {
        quote_mixed!(::core::option::Option<#scalar>)
    } else {
        scalar
    }
}

/// A row's value as an expression of the column's type.
fn option_value(ty: ColumnType, value: Option<&Value>) -> TokenStream {
    match (ty.optional, value) {
        (false, Some(value)) => scalar_value(value),
        (true, Some(value)) => {
            let value = scalar_value(value);
            quote_mixed!(::core::option::Option::Some(#value))
        }
        (true, None) => quote_mixed!(::core::option::Option::None),
        // Only in an invalid table, whose statics are not expanded.
        (false, None) => TokenStream::new(),
    }
}

fn scalar_value(value: &Value) -> TokenStream {
    let minus = |negative: bool| negative.then(|| quote_mixed!(-));
    match value {
        Value::Int {
            negative,
            magnitude,
        } => {
            let minus = minus(*negative);
            let literal = Literal::u128_unsuffixed(*magnitude);
            quote_mixed!(#minus #literal)
        }
        Value::Float { negative, digits } => {
            let minus = minus(*negative);
            let literal = syn::LitFloat::new(digits, Span::call_site());
            quote_mixed!(#minus #literal)
        }
        Value::Bool(true) => quote_mixed!(true),
        Value::Bool(false) => quote_mixed!(false),
        Value::Char(value) => {
            let literal = Literal::character(*value);
            quote_mixed!(#literal)
        }
        Value::Str(value) => {
            let literal = Literal::string(value);
            quote_mixed!(#literal)
        }
    }
}
