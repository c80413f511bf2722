//! A table's typed columns: one static of values per column, read by slot, and one `const fn`
//! accessor each, named after the column.

use super::u32_bytes;
use crate::index;
use crate::model::{Column, ColumnType, Scalar, Table, Value};
use proc_macro2::{Literal, Span, TokenStream};
use quote::{format_ident, quote_spanned};
use syn::ext::IdentExt;

/// The statics holding every column's values, in slot order. Strings are one blob with
/// offsets, as names and messages are; other values a typed array.
pub fn data(table: &Table) -> TokenStream {
    let count = table.rows.len();
    let mut tokens = TokenStream::new();
    for (index, column) in table.columns.iter().enumerate() {
        let Some(ty) = column.ty else { continue };
        let values = table.rows.iter().map(|row| &row.values[index]);
        let (name, starts) = statics(index);
        if ty == STR {
            let (blob, offsets) = index::blob(values.map(|value| match value {
                Some(Value::Str(string)) => string.as_str(),
                _ => "",
            }));
            let offsets = u32_bytes(offsets);
            tokens.extend(quote! {
                static #name: &::core::primitive::str = #blob;
                static #starts: #offsets;
            });
        } else {
            let rust_type = rust_type(ty);
            let values = values.map(|value| option_value(ty, value.as_ref()));
            tokens.extend(quote! {
                static #name: [#rust_type; #count] = [#(#values),*];
            });
        }
    }
    tokens
}

/// The accessors, with real bodies for a valid table, inert ones for an invalid table (see
/// `Bodies::stub`).
pub fn accessors(table: &Table, stub: bool) -> TokenStream {
    if table.columns.is_empty() {
        return TokenStream::new();
    }
    let ident = &table.ident;
    let repr = super::repr_type(table.repr);
    let vis = &table.vis;
    let with_accessors = table.columns.iter().enumerate();
    let methods = with_accessors.filter(|(_, column)| column.accessor).map(|(index, column)| {
        let Column {
            attrs,
            ident: column_ident,
            ty,
            written,
            ..
        } = column;
        let rust_type = ty.map_or_else(|| quote!(#written), rust_type);
        let body = match ty {
            Some(ty) if !stub => {
                let (name, starts) = statics(index);
                if *ty == STR {
                    quote!(unsafe { ::codes::__private::str_at(#name, &#starts, slot(self as #repr)) })
                } else {
                    quote!(#name[slot(self as #repr)])
                }
            }
            Some(ty) => inert_value(*ty),
            // A type no column can have: reported, and no value to give.
            None => quote!(::core::panic!("define_codes! reported errors")),
        };
        let doc = (!super::docs::has_docs(attrs)).then(|| {
            let doc = format!("The `{}` column of the code's row.", column_ident.unraw());
            quote!(#[doc = #doc])
        });
        quote! {
            #doc
            #(#attrs)*
            #[inline]
            #vis const fn #column_ident(self) -> #rust_type {
                #body
            }
        }
    });
    quote! {
        impl #ident {
            #(#methods)*
        }
    }
}

/// A required string column: stored as a blob with offsets.
const STR: ColumnType = ColumnType {
    scalar: Scalar::Str,
    optional: false,
};

/// Some value of the type, for the accessors of an invalid table.
fn inert_value(ty: ColumnType) -> TokenStream {
    if ty.optional {
        return quote!(::core::option::Option::None);
    }
    match ty.scalar {
        Scalar::Int { .. } => quote!(0),
        Scalar::Float { .. } => quote!(0.0),
        Scalar::Bool => quote!(false),
        Scalar::Char => quote!('\0'),
        Scalar::Str => quote!(""),
    }
}

/// The static of a column, and of its string offsets.
fn statics(index: usize) -> (syn::Ident, syn::Ident) {
    let span = Span::mixed_site();
    (
        format_ident!("COLUMN_{}", index, span = span),
        format_ident!("COLUMN_{}_STARTS", index, span = span),
    )
}

/// The column's type, with paths that no user item can shadow.
fn rust_type(ty: ColumnType) -> TokenStream {
    let scalar = match ty.scalar {
        Scalar::Int { name, .. } | Scalar::Float { name } => {
            let name = format_ident!("{}", name);
            quote!(::core::primitive::#name)
        }
        Scalar::Bool => quote!(::core::primitive::bool),
        Scalar::Char => quote!(::core::primitive::char),
        Scalar::Str => quote!(&'static ::core::primitive::str),
    };
    if ty.optional {
        quote!(::core::option::Option<#scalar>)
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
            quote!(::core::option::Option::Some(#value))
        }
        (true, None) => quote!(::core::option::Option::None),
        // Only in an invalid table, whose statics are not expanded.
        (false, None) => TokenStream::new(),
    }
}

fn scalar_value(value: &Value) -> TokenStream {
    let minus = |negative: bool| negative.then(|| quote!(-));
    match value {
        Value::Int {
            negative,
            magnitude,
        } => {
            let minus = minus(*negative);
            let literal = Literal::u128_unsuffixed(*magnitude);
            quote!(#minus #literal)
        }
        Value::Float { negative, digits } => {
            let minus = minus(*negative);
            let literal = syn::LitFloat::new(digits, Span::call_site());
            quote!(#minus #literal)
        }
        Value::Bool(true) => quote!(true),
        Value::Bool(false) => quote!(false),
        Value::Char(value) => {
            let literal = Literal::character(*value);
            quote!(#literal)
        }
        Value::Str(value) => {
            let literal = Literal::string(value);
            quote!(#literal)
        }
    }
}
