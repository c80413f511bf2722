//! Attribute macros that rewrite an enum as an attribute on a `define_codes!` table can, to
//! test that the table then fails to compile instead of its lookups misreading the enum
//! (`codetable/tests/ui/rewritten_*.rs`), and one that leaves it as it is, to test that such
//! attributes still work (`codetable/tests/attributes.rs`).

use proc_macro::TokenStream;
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::parse::Parser;
use syn::punctuated::Punctuated;
use syn::{parse_macro_input, DeriveInput, Expr, Ident, Token};

/// `#[strip_variant(Name)]`: removes the variant `Name`.
#[proc_macro_attribute]
pub fn strip_variant(args: TokenStream, item: TokenStream) -> TokenStream {
    let name = parse_macro_input!(args as Ident);
    rewrite(item, |input| {
        if let syn::Data::Enum(data) = &mut input.data {
            data.variants = data
                .variants
                .clone()
                .into_iter()
                .filter(|variant| variant.ident != name)
                .collect();
        }
    })
}

/// `#[set_discriminant(Name = 7)]`: gives the variant `Name` another discriminant.
#[proc_macro_attribute]
pub fn set_discriminant(args: TokenStream, item: TokenStream) -> TokenStream {
    let parser = |input: syn::parse::ParseStream| {
        let name: Ident = input.parse()?;
        input.parse::<Token![=]>()?;
        let value: Expr = input.parse()?;
        Ok((name, value))
    };
    let (name, value) = match parser.parse(args) {
        Ok(parsed) => parsed,
        Err(error) => return error.into_compile_error().into(),
    };
    rewrite(item, |input| {
        if let syn::Data::Enum(data) = &mut input.data {
            for variant in &mut data.variants {
                if variant.ident == name {
                    if let Some((_, discriminant)) = &mut variant.discriminant {
                        *discriminant = value.clone();
                    }
                }
            }
        }
    })
}

/// `#[set_repr(u32)]`: replaces the enum's `#[repr]`.
#[proc_macro_attribute]
pub fn set_repr(args: TokenStream, item: TokenStream) -> TokenStream {
    let repr = parse_macro_input!(args as Ident);
    rewrite(item, |input| {
        for attr in &mut input.attrs {
            // By the unraw'd name, as rustc reads `#[r#repr]` too.
            if attr
                .path()
                .get_ident()
                .is_some_and(|ident| ident.unraw() == "repr")
            {
                *attr = syn::parse_quote!(#[repr(#repr)]);
            }
        }
    })
}

/// `#[drop_attribute(name)]`: removes the enum's attributes whose path ends in `name`, and
/// `name` from its derives.
#[proc_macro_attribute]
pub fn drop_attribute(args: TokenStream, item: TokenStream) -> TokenStream {
    let name = parse_macro_input!(args as Ident);
    let last_is = |path: &syn::Path| path.segments.last().is_some_and(|last| last.ident == name);
    rewrite(item, |input| {
        input.attrs.retain(|attr| !last_is(attr.path()));
        for attr in &mut input.attrs {
            let derive = attr.path().clone();
            if derive
                .segments
                .last()
                .is_none_or(|last| last.ident != "derive")
            {
                continue;
            }
            let parser = Punctuated::<syn::Path, Token![,]>::parse_terminated;
            if let Ok(paths) = attr.parse_args_with(parser) {
                let kept = paths.into_iter().filter(|path| !last_is(path));
                *attr = syn::parse_quote!(#[#derive(#(#kept),*)]);
            }
        }
    })
}

/// `#[drop_last_variant(..)]`: removes the enum's last variant, whatever its arguments (a
/// `derive` of a crate that stands for `core`).
#[proc_macro_attribute]
pub fn drop_last_variant(_args: TokenStream, item: TokenStream) -> TokenStream {
    rewrite(item, |input| {
        if let syn::Data::Enum(data) = &mut input.data {
            data.variants.pop();
        }
    })
}

/// `#[also(ITEMS)]`: the item, then `ITEMS`: what an attribute macro on an alias constant or a
/// column accessor can add beside it.
#[proc_macro_attribute]
pub fn also(args: TokenStream, item: TokenStream) -> TokenStream {
    let mut item = item;
    item.extend(args);
    item
}

/// `#[unchanged]`: gives the enum back as it came, through syn, as attribute macros that
/// only read an item do.
#[proc_macro_attribute]
pub fn unchanged(_args: TokenStream, item: TokenStream) -> TokenStream {
    rewrite(item, |_| {})
}

/// `#[derive(VariantCount)]`: `const VARIANT_COUNT: usize` in an impl of the enum, counted
/// from what the derive sees.
#[proc_macro_derive(VariantCount)]
pub fn variant_count(item: TokenStream) -> TokenStream {
    let input = parse_macro_input!(item as DeriveInput);
    let ident = &input.ident;
    let count = match &input.data {
        syn::Data::Enum(data) => data.variants.len(),
        _ => 0,
    };
    quote::quote! {
        impl #ident {
            /// The number of variants.
            pub const VARIANT_COUNT: usize = #count;
        }
    }
    .into()
}

fn rewrite(item: TokenStream, edit: impl FnOnce(&mut DeriveInput)) -> TokenStream {
    let mut input = parse_macro_input!(item as DeriveInput);
    edit(&mut input);
    input.into_token_stream().into()
}
