//! Messages in several languages (`#[codetable(languages(zh, en))]`): the table's language enum,
//! a blob of messages per language after the first, and `message_in` / `display_in`.

use super::literals::{self, u32_bytes, NumberArray};
use super::quote_mixed;
use crate::index;
use crate::model::Table;
use proc_macro2::{Ident, Span, TokenStream};
use quote::format_ident;
use syn::ext::IdentExt;

/// The language enum's name: `PcsErrorLanguage`.
pub fn ident(table: &Table) -> Ident {
    format_ident!("{}Language", table.ident)
}

/// The language enum, for a table that declares languages, with `attrs` (its derives, and
/// `#[non_exhaustive]` when the table is).
pub fn definition(table: &Table, attrs: &TokenStream) -> TokenStream {
    if table.languages.is_empty() {
        return TokenStream::new();
    }
    let vis = &table.vis;
    let ident = ident(table);
    let doc = format!(
        "The languages of [`{}`]'s messages: what [`{}::message_in`] takes. The first is \
         that of every row's message.",
        table.ident, table.ident
    );
    let variants = table.languages.iter().map(|language| {
        let doc = format!("`{}`.", language.ident.unraw());
        let variant = &language.variant;
        quote_mixed!(#[doc = #doc] #variant)
    });
    quote_mixed! {
        #[doc = #doc]
        #attrs
        #vis enum #ident {
            #(#variants,)*
        }
    }
}

/// The statics of the messages in each language after the first: a blob and its offsets, and,
/// when some row leaves the language out, which rows give it.
pub fn data(table: &Table) -> TokenStream {
    let mut tokens = TokenStream::new();
    for (index, _) in table.languages.iter().enumerate().skip(1) {
        let texts = table
            .rows
            .iter()
            .map(|row| row.translations.get(index - 1).cloned().flatten());
        let (blob, starts) = index::blob(
            table
                .rows
                .iter()
                .map(|row| row.translations[index - 1].as_deref().unwrap_or("")),
        );
        let Statics {
            messages,
            starts: starts_ident,
            given,
        } = statics(index);
        let blob = literals::string(&blob);
        let starts = u32_bytes(starts);
        tokens.extend(quote_mixed! {
            static #messages: &::core::primitive::str = #blob;
            static #starts_ident: #starts;
        });
        if texts.clone().any(|text| text.is_none()) {
            let mut flags = NumberArray::new(quote_mixed!(::core::primitive::bool), 1);
            for text in texts {
                flags.push(text.is_some().into());
            }
            tokens.extend(flags.to_static(&given, &table.runtime));
        }
    }
    tokens
}

/// `message_in` and `display_in`, and the language enum's impls; inert bodies for an invalid
/// table (see `Bodies::stub`).
pub fn api(table: &Table, stub: bool) -> TokenStream {
    if table.languages.is_empty() {
        return TokenStream::new();
    }
    let table_ident = &table.ident;
    let language = ident(table);
    let repr = super::repr_type(table.repr);
    let runtime = crate::paths::runtime(&table.runtime);
    let display_in_doc = display_in_doc(table);
    // `display_in` shows the code as `Display` does (see `api::formatting`).
    let in_hex = table.hex.map(|digits| {
        let digits = proc_macro2::Literal::u8_suffixed(digits.min(u8::MAX.into()) as u8);
        quote_mixed!(.in_hex(#digits))
    });
    let arms = (0..table.languages.len()).map(|index| message_arm(table, index, stub));
    let language_impls = language_impls(table);
    let first = table.languages[0].ident.unraw().to_string();
    let message_in_doc = format!(
        "The message in `language`; where the row gives none in it, the message (in `{first}`)."
    );
    quote_mixed! {
        impl #table_ident {
            #[doc = #message_in_doc]
            #[inline]
            pub const fn message_in(self, language: #language) -> &'static ::core::primitive::str {
                match language {
                    #(#arms)*
                }
            }

            #[doc = #display_in_doc]
            #[inline]
            pub const fn display_in(self, language: #language) -> #runtime::CodeMessage<#repr> {
                #runtime::CodeMessage::new(#table_ident::code(self), #table_ident::name(self), #table_ident::message_in(self, language))#in_hex
            }
        }

        #language_impls
    }
}

/// `message_in`'s arm for the `index`-th language: the row's message, or its message in that
/// language from the language's blob where the row gives one.
fn message_arm(table: &Table, index: usize, stub: bool) -> TokenStream {
    let table_ident = &table.ident;
    let language = ident(table);
    let repr = super::repr_type(table.repr);
    let private = crate::paths::private(&table.runtime);
    let variant = &table.languages[index].variant;
    let message = if stub {
        quote_mixed!("")
    } else if index == 0 {
        quote_mixed!(#table_ident::message(self))
    } else {
        let Statics {
            messages,
            starts,
            given,
        } = statics(index);
        let all_given = table
            .rows
            .iter()
            .all(|row| row.translations[index - 1].is_some());
        // SAFETY: `slot` gives every variant a slot below the row count, and `#starts`
        // holds an offset per row and one more, each at a char boundary of `#messages`
        // (`codetable_shared::blob`): what `str_at` requires.
        let read = quote_mixed!(unsafe { #private::str_at(#messages, &#starts, __slot) });
        if all_given {
            quote_mixed!({
                let __slot = slot(self as #repr);
                #read
            })
        } else {
            quote_mixed!({
                let __slot = slot(self as #repr);
                if #given[__slot] { #read } else { #table_ident::message(self) }
            })
        }
    };
    quote_mixed!(#language::#variant => #message,)
}

/// The language enum's `ALL`, `tag`, `from_tag` and `Debug`.
fn language_impls(table: &Table) -> TokenStream {
    let language = ident(table);
    let tags = table.languages.iter().map(|lang| {
        let variant = &lang.variant;
        let tag = lang.ident.unraw().to_string();
        quote_mixed!(#language::#variant => #tag,)
    });
    let from_tags = table.languages.iter().map(|lang| {
        let variant = &lang.variant;
        let tag = lang.ident.unraw().to_string();
        quote_mixed!(#tag => ::core::option::Option::Some(#language::#variant),)
    });
    let all = table.languages.iter().map(|lang| &lang.variant);
    quote_mixed! {
        impl #language {
            /// Every language, the first that of every row's message.
            pub const ALL: &'static [Self] = &[#(Self::#all),*];

            /// The language as the table declares it (`"en"`).
            #[inline]
            pub const fn tag(self) -> &'static ::core::primitive::str {
                match self {
                    #(#tags)*
                }
            }

            /// The language the table declares as `tag`, if any.
            pub fn from_tag(tag: &::core::primitive::str) -> ::core::option::Option<Self> {
                match tag {
                    #(#from_tags)*
                    _ => ::core::option::Option::None,
                }
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Debug for #language {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(#language::tag(*self))
            }
        }
    }
}

/// The body of the `Code` impl's `own_message_in(self, language)`: the row's message in the
/// `language`-th of the table's languages where the row gives one (its message, in the first,
/// where it has one), else `None`; `None` always for a table without languages.
pub fn own_message(table: &Table, stub: bool) -> TokenStream {
    let none = quote_mixed!(::core::option::Option::None);
    if stub || table.languages.is_empty() {
        return quote_mixed!({
            let _ = (self, language);
            #none
        });
    }
    let table_ident = &table.ident;
    let repr = super::repr_type(table.repr);
    let private = crate::paths::private(&table.runtime);
    let others = (1..table.languages.len()).map(|index| {
        let Statics {
            messages,
            starts,
            given,
        } = statics(index);
        // SAFETY: as `message_in`'s read of the same statics.
        let read = quote_mixed!(::core::option::Option::Some(unsafe { #private::str_at(#messages, &#starts, __slot) }));
        let all_given = table
            .rows
            .iter()
            .all(|row| row.translations[index - 1].is_some());
        let answer = if all_given {
            read
        } else {
            quote_mixed!(if #given[__slot] { #read } else { #none })
        };
        quote_mixed!(#index => {
            let __slot = slot(self as #repr);
            #answer
        })
    });
    quote_mixed! {
        match language {
            0 => {
                let __message = #table_ident::message(self);
                if __message.is_empty() { #none } else { ::core::option::Option::Some(__message) }
            }
            #(#others)*
            _ => #none,
        }
    }
}

/// The names of a language's statics.
struct Statics {
    messages: Ident,
    starts: Ident,
    given: Ident,
}

fn statics(index: usize) -> Statics {
    let span = Span::mixed_site();
    Statics {
        messages: format_ident!("MESSAGES_{}", index, span = span),
        starts: format_ident!("MESSAGE_STARTS_{}", index, span = span),
        given: format_ident!("MESSAGE_GIVEN_{}", index, span = span),
    }
}

/// The docs of `display_in`, with the table's own first row in its second language.
fn display_in_doc(table: &Table) -> String {
    let mut doc = String::from(
        "Shows the code and its message in `language`, as `Display` shows it in the first",
    );
    let shown = table.rows.first().and_then(|row| {
        let language = table.languages.get(1)?;
        let message = row.translations.first()?.as_deref()?;
        Some((row, language, message))
    });
    if let Some((row, language, message)) = shown {
        doc.push_str(&format!(
            ": in `{}`, {}",
            language.ident.unraw(),
            crate::markdown::code_span(&format!("{}: {message}", table.row_code(row)))
        ));
    }
    doc.push('.');
    doc
}
