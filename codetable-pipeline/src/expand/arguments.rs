//! Rows with arguments: each one's builder (`Table::er_no_such_table(db, table)`), which
//! returns the runtime's `WithArgs`, and the function that formats its messages, a
//! `format_args!` of each, the literal as the row wrote it (rustc's errors about a spec then
//! point into the message). Per row with arguments: a `static` of its names and that function,
//! no match over the rows; per table: `From<Table>` for the rows without, and `HasArgs`.

use super::enums::generated;
use super::{languages, quote_mixed};
use crate::attr;
use crate::markdown::code_span;
use crate::model::{ArgType, Argument, Row, Table};
use crate::paths;
use proc_macro2::{Literal, Span, TokenStream};
use quote::{format_ident, quote_spanned};

/// The builders, formatting functions and impls of a table with a row with arguments; nothing
/// for any other table.
pub(super) fn api(table: &Table, stub: bool) -> TokenStream {
    let most = table.rows.iter().map(|row| row.args().len()).max();
    let Some(most) = most.filter(|&most| most > 0) else {
        return TokenStream::new();
    };
    let runtime = paths::runtime(&table.runtime);
    let private = paths::private(&table.runtime);
    let ident = &table.ident;
    let mut tokens = shared(table, most, stub);
    let mut builders = TokenStream::new();
    for (slot, row) in table.rows.iter().enumerate() {
        let Some(arguments) = &row.arguments else {
            continue;
        };
        let statics = format_ident!("ROW_ARGS_{}", slot, span = Span::mixed_site());
        let format = format_ident!("format_row_{}", slot, span = Span::mixed_site());
        let names = arguments.args.iter().map(|arg| arg.ident.to_string());
        let format_body = if stub {
            quote_mixed!({
                let _ = (__args, __language, __f);
                ::core::result::Result::Ok(())
            })
        } else {
            format_body(table, &arguments.args, &arguments.literals)
        };
        tokens.extend(quote_mixed! {
            static #statics: #private::RowArgs<#ident> =
                #private::RowArgs::new(&[#(#names),*], #format, write_code);

            fn #format(
                _: #ident,
                __args: &[#runtime::Arg<'_>],
                __language: ::core::primitive::usize,
                __f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result #format_body
        });
        builders.extend(builder(table, slot, row, &arguments.args, most, stub));
    }
    tokens.extend(quote_mixed! {
        impl #ident {
            #builders
        }
    });
    tokens
}

/// What every row of the table shares: how its code is written, `From<Table>` (a row without
/// arguments, its message as written), `HasArgs`, and `Language` for its language enum.
fn shared(table: &Table, most: usize, stub: bool) -> TokenStream {
    let runtime = paths::runtime(&table.runtime);
    let private = paths::private(&table.runtime);
    let ident = &table.ident;
    // The code as the table's `Display` writes it (see `api::formatting`).
    let code_format = match table.hex {
        Some(digits) => format!("{{:#0{}X}}", digits + 2),
        None => "{}".to_owned(),
    };
    let message = if stub {
        quote_mixed!("")
    } else if table.languages.is_empty() {
        quote_mixed!(#ident::message(__row))
    } else {
        let language = languages::ident(table);
        quote_mixed! {
            match #language::ALL.get(__language) {
                ::core::option::Option::Some(__in) => #ident::message_in(__row, *__in),
                ::core::option::Option::None => #ident::message(__row),
            }
        }
    };
    let language_impl = (!table.languages.is_empty()).then(|| {
        let language = languages::ident(table);
        quote_mixed! {
            #[automatically_derived]
            impl #runtime::Language for #language {
                type Table = #ident;

                #[inline]
                fn index(self) -> ::core::primitive::usize {
                    self as ::core::primitive::usize
                }
            }
        }
    });
    let unused = std::iter::repeat_n(quote_mixed!(#private::UNUSED), most);
    quote_mixed! {
        /// Writes a row's code as the table's `Display` does.
        fn write_code(__row: #ident, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::write!(__f, #code_format, #ident::code(__row))
        }

        /// A row's message as written, in the language of that index: a row without
        /// arguments made a `WithArgs` (or one with arguments, which shows its template).
        fn write_plain(
            __row: #ident,
            _: &[#runtime::Arg<'_>],
            __language: ::core::primitive::usize,
            __f: &mut ::core::fmt::Formatter<'_>,
        ) -> ::core::fmt::Result {
            let _ = __language;
            __f.write_str(#message)
        }

        static PLAIN_ARGS: #private::RowArgs<#ident> =
            #private::RowArgs::new(&[], write_plain, write_code);

        /// The row, without arguments: its message as written (the template, for a row
        /// with arguments: build that with its builder).
        #[automatically_derived]
        impl<'a> ::core::convert::From<#ident> for #runtime::WithArgs<'a, #ident, #most> {
            #[inline]
            fn from(__row: #ident) -> Self {
                #runtime::WithArgs::new(__row, &PLAIN_ARGS, [#(#unused),*])
            }
        }

        #[automatically_derived]
        impl #runtime::HasArgs for #ident {
            type Built<'a> = #runtime::WithArgs<'a, #ident, #most>;
        }

        #language_impl
    }
}

/// The body of a row's formatting function: its arguments read back, then a `write!` of the
/// message in the language asked for (the first where the row gives none in it).
fn format_body(table: &Table, args: &[Argument], literals: &[Option<Literal>]) -> TokenStream {
    let private = paths::private(&table.runtime);
    let reads = args.iter().enumerate().map(|(index, arg)| {
        let local = local(arg);
        let ty = rust_type(arg.ty, None);
        quote_mixed!(let #local: #ty = #private::arg_at(__args, #index);)
    });
    // `name = value`, the value located at the message: rustc's error about what a spec asks
    // of its type (`{db:x}` of a `&str`, a width that is no `usize`) points there.
    let write = |literal: &Literal| {
        let named = args.iter().map(|arg| {
            let name = &arg.ident;
            let mut local = local(arg);
            local.set_span(local.span().located_at(literal.span()));
            quote_spanned!(literal.span()=> #name = #local)
        });
        quote_mixed!(::core::write!(__f, #literal, #(#named),*))
    };
    let first = literals
        .first()
        .and_then(Option::as_ref)
        .map(write)
        .unwrap_or_else(|| quote_mixed!(::core::result::Result::Ok(())));
    let others: Vec<TokenStream> = literals
        .iter()
        .enumerate()
        .skip(1)
        .filter_map(|(index, literal)| {
            let write = write(literal.as_ref()?);
            Some(quote_mixed!(#index => #write,))
        })
        .collect();
    if others.is_empty() {
        quote_mixed!({
            #(#reads)*
            let _ = __language;
            #first
        })
    } else {
        quote_mixed!({
            #(#reads)*
            match __language {
                #(#others)*
                _ => #first,
            }
        })
    }
}

/// A row's builder: a `const fn` named as its variant in snake_case, taking its arguments.
fn builder(
    table: &Table,
    slot: usize,
    row: &Row,
    args: &[Argument],
    most: usize,
    stub: bool,
) -> TokenStream {
    let runtime = paths::runtime(&table.runtime);
    let private = paths::private(&table.runtime);
    let Some(arguments) = &row.arguments else {
        return TokenStream::new();
    };
    let builder = generated(&arguments.builder);
    // The table's visibility with the expansion's hygiene: a lint on the builder (clippy's
    // `too_many_arguments`) is then one on the macro's output, which rustc leaves to the
    // macro, as it does for the rest of the builder.
    let vis: TokenStream = quote::ToTokens::to_token_stream(&table.vis)
        .into_iter()
        .map(|mut token| {
            token.set_span(token.span().resolved_at(Span::mixed_site()));
            token
        })
        .collect();
    // `'a`, not a `__` name: rustdoc shows it in the builder's signature, and no lifetime of
    // the user's is in scope to meet it.
    let lifetime = quote_mixed!('a);
    let params = args.iter().map(|arg| {
        let name = &arg.ident;
        let ty = rust_type(arg.ty, Some(&lifetime));
        quote_mixed!(#name: #ty)
    });
    let values = args.iter().map(|arg| {
        let name = &arg.ident;
        match arg.ty {
            ArgType::Str => quote_mixed!(#runtime::Arg::Str(#name)),
            ArgType::F64 => quote_mixed!(#runtime::Arg::Float(#name)),
            ArgType::Bool => quote_mixed!(#runtime::Arg::Bool(#name)),
            ArgType::Char => quote_mixed!(#runtime::Arg::Char(#name)),
            // Widened with `as`, which keeps every value of a narrower integer.
            ty => match ty.integer() {
                Some((_, true)) => {
                    quote_mixed!(#runtime::Arg::Int(#name as ::core::primitive::i64))
                }
                _ => quote_mixed!(#runtime::Arg::UInt(#name as ::core::primitive::u64)),
            },
        }
    });
    let unused = std::iter::repeat_n(quote_mixed!(#private::UNUSED), most - args.len());
    let statics = format_ident!("ROW_ARGS_{}", slot, span = Span::mixed_site());
    let variant = generated(&row.variant);
    let code = if stub {
        let _ = args;
        quote_mixed!(Self::#variant)
    } else {
        // By slot, not `Self::Variant`: that would be a use of a `#[deprecated]` row.
        quote_mixed!(variant_at_slot(#slot))
    };
    let doc = format!(
        "Builds the message of `{}` ({}) with its arguments: {}.",
        row.name,
        table.row_code(row),
        code_span(&row.message)
    );
    let deprecated = row
        .attrs
        .iter()
        .filter(|attr| attr::of(attr) == attr::Kind::Deprecated);
    quote_mixed! {
        #[doc = #doc]
        #(#deprecated)*
        #[inline]
        #vis const fn #builder<#lifetime>(#(#params),*) -> #runtime::WithArgs<#lifetime, Self, #most> {
            #runtime::WithArgs::new(#code, &#statics, [#(#values,)* #(#unused),*])
        }
    }
}

/// The local a formatting function reads an argument into: the argument's name, with the
/// expansion's hygiene.
fn local(arg: &Argument) -> proc_macro2::Ident {
    proc_macro2::Ident::new(&arg.ident.to_string(), Span::mixed_site())
}

/// An argument's type as Rust writes it, a `&str` with `lifetime` where given.
fn rust_type(ty: ArgType, lifetime: Option<&TokenStream>) -> TokenStream {
    if ty == ArgType::Str {
        return quote_mixed!(&#lifetime ::core::primitive::str);
    }
    let name = proc_macro2::Ident::new(ty.name(), Span::mixed_site());
    quote_mixed!(::core::primitive::#name)
}
