//! Syntax only: tokens to [`ast`](crate::ast) nodes.
//!
//! ```text
//! INPUT    := ([ PATH ])? TABLE*
//! TABLE    := OUTER_ATTR* VIS enum IDENT COLUMNS? (in RANGE)? { ITEM,* }
//! COLUMNS  := ( COLUMN_DECL,* )
//! COLUMN_DECL := OUTER_ATTR* IDENT : TYPE (= VALUE)?
//! ITEM     := ROW | SECTION | RESERVED | ALIAS | RETIRED
//! ROW      := OUTER_ATTR* CODE => NAME ARGS? (as IDENT)? (, "MESSAGE")? (, IDENT = VALUE)*
//! ARGS     := ( IDENT : TYPE,* )
//! SECTION  := OUTER_ATTR* (RANGE | "PREFIX") => IDENT , "MESSAGE" { ITEM,* }
//! RESERVED := (RANGE | "PREFIX") => reserved (, "MESSAGE")?
//! ALIAS    := OUTER_ATTR* IDENT = IDENT
//! RETIRED  := IDENT => retired (, "MESSAGE")?
//! CODE     := -? INTEGER_LITERAL | "STRING"
//! RANGE    := CODE ..= CODE  |  CODE .. CODE
//! NAME     := IDENT | _
//! VALUE    := -? LITERAL | IDENT
//! ```
//!
//! Items are separated by commas; a trailing comma is allowed, and the comma after a `}` is
//! optional. A row's `, IDENT = IDENT` may be a column it sets or an alias after it:
//! validation tells, knowing the columns. A syntax error in an item is recorded and parsing
//! resumes at the next comma, and one in a table's header resumes after the table's braces, so
//! every syntax error of an invocation is reported in one compile. Numbers are not evaluated
//! here.

use crate::ast::{
    Alias, Arg, Args, Code, CodeLit, CodeRange, Codes, ColumnDecl, ColumnSet, ColumnValue, Input,
    Item, Name, RangeLimits, Reserved, Retired, Row, Section, Table,
};
use crate::errors::Errors;
use proc_macro2::{Delimiter, TokenStream, TokenTree};
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{braced, parenthesized, token, Attribute, Ident, Lit, LitInt, LitStr, Token, Visibility};

mod kw {
    syn::custom_keyword!(reserved);
    syn::custom_keyword!(retired);
}

/// How deep sections may nest. Parsing recurses into each, and so does syn: a bound keeps the
/// macro's stack (rustc's, 8 MiB) safe from any input; documents nest three deep.
const MOST_SECTION_DEPTH: usize = 32;
/// How deep groups may nest in the whole input: syn recurses into each group when it buffers
/// the tokens, before any of our bounds apply.
const MOST_GROUP_DEPTH: usize = 256;
/// The most tokens an attribute, and a column's type, may have, groups' contents included,
/// and how deep they may nest (groups and `<`): syn parses both by recursion, which a long
/// enough `&&&&..u8` or `#[doc = - - - ..1]` turns into a stack overflow.
const MOST_ATTRIBUTE_TOKENS: usize = 256;
const MOST_TYPE_TOKENS: usize = 32;
const MOST_NESTING: usize = 32;

/// Parses a whole invocation. Never fails: what cannot be parsed is left out and its error
/// pushed to `errors`.
pub fn input(tokens: TokenStream, errors: &mut Errors) -> Input {
    if let Some(span) = nested_too_deep(&tokens) {
        // syn builds its token buffer by recursion: tokens this deep would overflow the stack.
        errors.push(syn::Error::new(
            span,
            format_args!(
                "this group is nested more than {MOST_GROUP_DEPTH} deep: define_codes! reads \
                 tokens nested at most {MOST_GROUP_DEPTH} groups deep"
            ),
        ));
        return Input {
            runtime: None,
            tables: Vec::new(),
        };
    }
    let mut tokens = tokens.into_iter().peekable();
    // `codetable::define_codes!` passes its `$crate` first, in brackets: no table starts so.
    let runtime = match tokens.peek() {
        Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Bracket => {
            let runtime = group.stream();
            tokens.next();
            Some(runtime)
        }
        _ => None,
    };
    let parser = |stream: ParseStream| Ok(tables(stream, errors));
    // `tables` consumes every token, so this cannot fail; an empty input is the fallback.
    let tables = parser.parse2(tokens.collect()).unwrap_or_default();
    Input { runtime, tables }
}

fn tables(input: ParseStream, errors: &mut Errors) -> Vec<Table> {
    let mut tables = Vec::new();
    while !input.is_empty() {
        match table(input, errors) {
            Ok(table) => tables.push(table),
            Err(error) => {
                errors.push(error);
                skip_past_braces(input);
            }
        }
    }
    tables
}

fn table(input: ParseStream, errors: &mut Errors) -> syn::Result<Table> {
    let attrs = outer_attributes(input)?;
    let vis: Visibility = input.parse()?;
    input.parse::<Token![enum]>()?;
    let ident: Ident = input.parse()?;
    let errors_before = errors.count();
    let columns = if input.peek(token::Paren) {
        let content;
        parenthesized!(content in input);
        column_decls(&content, errors)
    } else {
        Vec::new()
    };
    let range = if input.peek(Token![in]) {
        input.parse::<Token![in]>()?;
        Some(code_range(input)?)
    } else {
        None
    };
    let content;
    braced!(content in input);
    let items = items(&content, errors, 0);
    Ok(Table {
        attrs,
        vis,
        ident,
        columns,
        range,
        items,
        syntax_ok: errors.count() == errors_before,
    })
}

/// `COLUMN_DECL,*` inside the parentheses. A syntax error drops the declarations after it,
/// but keeps those before and the table.
fn column_decls(input: ParseStream, errors: &mut Errors) -> Vec<ColumnDecl> {
    let mut columns = Vec::new();
    while !input.is_empty() {
        let parsed = column_decl(input).and_then(|column| {
            columns.push(column);
            if input.is_empty() {
                Ok(())
            } else {
                input.parse::<Token![,]>().map(drop)
            }
        });
        if let Err(error) = parsed {
            errors.push(error);
            let _ = input.parse::<TokenStream>();
        }
    }
    columns
}

fn column_decl(input: ParseStream) -> syn::Result<ColumnDecl> {
    let attrs = outer_attributes(input)?;
    let ident = input.parse()?;
    input.parse::<Token![:]>()?;
    if too_big(&tokens_to_comma(input), MOST_TYPE_TOKENS) {
        return Err(input.error(
            "expected a column type: an integer type, `f32`, `f64`, `bool`, `char`, \
             `&'static str`, or an `Option` of one (this one is too long to be any of them)",
        ));
    }
    let ty = input.parse()?;
    let default = if input.peek(Token![=]) {
        input.parse::<Token![=]>()?;
        Some(column_value(input)?)
    } else {
        None
    };
    Ok(ColumnDecl {
        attrs,
        ident,
        ty,
        default,
    })
}

/// Whether a message follows: a comma, then a string that is no code of the next item (in
/// a table of string codes, `"A" => NAME, "B" => ..` gives `A` no message: `"B"` starts the
/// next row).
fn message_follows(input: ParseStream) -> bool {
    let starts = input
        .cursor()
        .punct()
        .is_some_and(|(comma, rest)| comma.as_char() == ',' && starts_string(rest));
    starts && !input.peek3(Token![=>])
}

/// Whether a string literal comes next: what `peek(LitStr)` tells, without reading the
/// string's value as syn's peek does (a row's message was read twice, once to peek and once
/// to parse: a sixth of the parse of a table, in a proc macro that cargo builds unoptimised).
/// A literal the lexer made that starts with `"`, `r"` or `r#` is a string literal; syn's
/// cursor looks through invisible groups as its peek does.
fn starts_string(cursor: syn::buffer::Cursor<'_>) -> bool {
    cursor.literal().is_some_and(|(literal, _)| {
        let text = literal.to_string();
        let text = text.as_bytes();
        match text.first() {
            Some(b'"') => true,
            Some(b'r') => matches!(text.get(1), Some(b'"' | b'#')),
            _ => false,
        }
    })
}

/// The error at a literal after a row's name that is not a string, where the row's message
/// would be (`1 => A, 42,`): not the code of the next row, which `=>` or a range follows.
fn not_a_message(input: ParseStream) -> Option<syn::Error> {
    if !(input.peek(Token![,]) && (input.peek2(Lit) || input.peek2(Token![-]))) {
        return None;
    }
    let ahead = input.fork();
    ahead.parse::<Token![,]>().ok()?;
    let at = ahead.span();
    ahead.parse::<Option<Token![-]>>().ok()?;
    ahead.parse::<Lit>().ok()?;
    if ahead.peek(Token![=>]) || ahead.peek(Token![..]) {
        return None;
    }
    Some(syn::Error::new(
        at,
        "a message is a string literal: `\"what the code means\"`",
    ))
}

/// `, IDENT = VALUE` after a row's message, as long as they come. An identifier after the
/// comma starts a setting unless `=>` follows it (a retired name). A setting whose value is an
/// identifier may be an alias written after the row (`1 => A, "a", B = A`): validation, which
/// knows the table's columns, tells (see [`ColumnSet`]).
fn column_sets(input: ParseStream) -> syn::Result<Vec<ColumnSet>> {
    let mut columns = Vec::new();
    while input.peek(Token![,]) && input.peek2(Ident::peek_any) && !starts_retired(input) {
        input.parse::<Token![,]>()?;
        let ident = input.call(Ident::parse_any)?;
        input.parse::<Token![=]>()?;
        let value = column_value(input)?;
        columns.push(ColumnSet { ident, value });
    }
    Ok(columns)
}

fn column_value(input: ParseStream) -> syn::Result<ColumnValue> {
    if input.peek(Ident::peek_any) && !input.peek(Lit) {
        return Ok(ColumnValue::Ident(input.call(Ident::parse_any)?));
    }
    let minus = input.parse()?;
    if !input.peek(Lit) {
        return Err(input.error(
            "expected a value: a literal number, string, character, `true` or `false`, or a \
             name (`NotFound` for a `tonic::Code`)",
        ));
    }
    Ok(ColumnValue::Literal {
        minus,
        lit: input.parse()?,
    })
}

/// `ITEM,*` up to the end of a brace group, `depth` sections deep.
fn items(input: ParseStream, errors: &mut Errors, depth: usize) -> Vec<Item> {
    let mut items = Vec::new();
    while !input.is_empty() {
        match item(input, errors, depth) {
            Ok(item) => {
                // A section needs no comma after its `}`; a broken row has recovered already.
                let no_comma_needed = match &item {
                    Item::Section(_) => !input.peek(Token![,]),
                    Item::Row(row) => row.recovered,
                    Item::Reserved(_) | Item::Alias(_) | Item::Retired(_) => false,
                };
                let what = match &item {
                    Item::Row(_) => "row",
                    Item::Section(_) => "section",
                    Item::Reserved(_) => "reserved range",
                    Item::Alias(_) => "alias",
                    Item::Retired(_) => "retired name",
                };
                items.push(item);
                if input.is_empty() || no_comma_needed {
                    continue;
                }
                // The error where the comma is missing: after the item's last token, which is
                // what to change (the next token is not wrong).
                let end = input.cursor().prev_span();
                if input.parse::<Token![,]>().is_err() {
                    errors.push(syn::Error::new(
                        end,
                        format_args!(
                            "expected `,` after this {what}: items are separated by commas"
                        ),
                    ));
                    recover(input);
                }
            }
            Err(error) => {
                errors.push(error);
                recover(input);
            }
        }
    }
    items
}

fn item(input: ParseStream, errors: &mut Errors, depth: usize) -> syn::Result<Item> {
    let attrs = outer_attributes(input)?;
    if input.peek(Ident::peek_any) {
        return named_item(input, attrs);
    }
    if starts_string(input.cursor()) {
        return text_item(input, attrs, errors, depth);
    }
    let start = code(input)?;
    let limits = if input.peek(Token![..=]) {
        Some(RangeLimits::Closed(input.parse()?))
    } else if input.peek(Token![..]) {
        Some(RangeLimits::HalfOpen(input.parse()?))
    } else {
        None
    };
    let Some(limits) = limits else {
        if let Err(error) = input.parse::<Token![=>]>() {
            // `1 FAILED, "failed"`: the name is plain, so report the missing `=>` and read on.
            if !(input.peek(Ident::peek_any) && input.peek2(Token![,])) {
                return Err(error);
            }
            errors.push(error);
        }
        return Ok(Item::Row(
            row_tail(input, errors)?.row(attrs, Code::Int(start)),
        ));
    };
    let end = code(input)?;
    let range = CodeRange { start, limits, end };
    input.parse::<Token![=>]>()?;
    if input.peek(kw::reserved) {
        input.parse::<kw::reserved>()?;
        let message = if message_follows(input) {
            input.parse::<Token![,]>()?;
            Some(input.parse()?)
        } else {
            None
        };
        return Ok(Item::Reserved(Reserved {
            attrs,
            codes: Codes::Range(range),
            message,
        }));
    }
    let ident: Ident = input.parse()?;
    input.parse::<Token![,]>()?;
    let message = input.parse()?;
    section_body(
        input,
        errors,
        depth,
        attrs,
        Codes::Range(range),
        ident,
        message,
    )
}

/// The rest of a row, after its code and `=>`: `NAME ARGS? (as IDENT)? (, "MESSAGE")? (,
/// IDENT = VALUE)*`.
fn row_tail(input: ParseStream, errors: &mut Errors) -> syn::Result<RowTail> {
    let name = name(input)?;
    let args = if input.peek(token::Paren) {
        Some(args(input)?)
    } else {
        None
    };
    let variant = if input.peek(Token![as]) {
        input.parse::<Token![as]>()?;
        Some(input.call(Ident::parse_any)?)
    } else {
        None
    };
    // The message, if the row gives one: a string after the comma.
    let message = if message_follows(input) {
        input.parse::<Token![,]>()?;
        Some(input.parse()?)
    } else {
        if let Some(error) = not_a_message(input) {
            // Read past it, so that the row keeps its variant and the next item is read.
            errors.push(error);
            input.parse::<Token![,]>()?;
            input.parse::<Option<Token![-]>>()?;
            input.parse::<Lit>()?;
        }
        None
    };
    // Past the name, a broken row still gives its variant, so the user's uses of it add
    // no errors of their own.
    let mut recovered = false;
    let columns = column_sets(input).unwrap_or_else(|error| {
        errors.push(error);
        recover(input);
        recovered = true;
        Vec::new()
    });
    Ok(RowTail {
        name,
        args,
        variant,
        message,
        columns,
        recovered,
    })
}

/// What follows a row's `=>`.
struct RowTail {
    name: Name,
    args: Option<Args>,
    variant: Option<Ident>,
    message: Option<LitStr>,
    columns: Vec<ColumnSet>,
    /// Parsing recovered from an error in the row's settings.
    recovered: bool,
}

impl RowTail {
    fn row(self, attrs: Vec<Attribute>, code: Code) -> Row {
        Row {
            attrs,
            code,
            name: self.name,
            args: self.args,
            variant: self.variant,
            message: self.message,
            columns: self.columns,
            recovered: self.recovered,
        }
    }
}

/// `( IDENT : TYPE,* )` after a row's name. A type is bounded as a column's is (see
/// [`MOST_TYPE_TOKENS`]); validation checks it is one an argument may have.
fn args(input: ParseStream) -> syn::Result<Args> {
    let content;
    let paren = parenthesized!(content in input);
    let mut args = Vec::new();
    while !content.is_empty() {
        let ident = content.call(Ident::parse_any)?;
        content.parse::<Token![:]>()?;
        if too_big(&tokens_to_comma(&content), MOST_TYPE_TOKENS) {
            return Err(content.error(
                "expected an argument's type: `&str`, an integer type, `f64`, `bool` or `char` \
                 (this one is too long to be any of them)",
            ));
        }
        let ty = content.parse()?;
        args.push(Arg { ident, ty });
        if !content.is_empty() {
            content.parse::<Token![,]>()?;
        }
    }
    Ok(Args { paren, args })
}

/// An item of a table of string codes: `"CODE" => NAME ..` (a row), `"PREFIX" => IDENT,
/// "MESSAGE" { .. }` (a section: the braces tell it from a row) or `"PREFIX" => reserved`.
fn text_item(
    input: ParseStream,
    attrs: Vec<Attribute>,
    errors: &mut Errors,
    depth: usize,
) -> syn::Result<Item> {
    let code: LitStr = input.parse()?;
    input.parse::<Token![=>]>()?;
    if input.peek(kw::reserved) {
        input.parse::<kw::reserved>()?;
        let message = if message_follows(input) {
            input.parse::<Token![,]>()?;
            Some(input.parse()?)
        } else {
            None
        };
        return Ok(Item::Reserved(Reserved {
            attrs,
            codes: Codes::Prefix(code),
            message,
        }));
    }
    let ahead = input.fork();
    let is_section = ahead.parse::<Ident>().is_ok()
        && ahead.parse::<Token![,]>().is_ok()
        && ahead.parse::<LitStr>().is_ok()
        && ahead.peek(token::Brace);
    if is_section {
        let ident: Ident = input.parse()?;
        input.parse::<Token![,]>()?;
        let message = input.parse()?;
        return section_body(
            input,
            errors,
            depth,
            attrs,
            Codes::Prefix(code),
            ident,
            message,
        );
    }
    Ok(Item::Row(
        row_tail(input, errors)?.row(attrs, Code::Text(code)),
    ))
}

/// A section's items, in braces, after its header.
fn section_body(
    input: ParseStream,
    errors: &mut Errors,
    depth: usize,
    attrs: Vec<Attribute>,
    codes: Codes,
    ident: Ident,
    message: LitStr,
) -> syn::Result<Item> {
    if depth >= MOST_SECTION_DEPTH {
        // Recovery skips the section's braces.
        return Err(syn::Error::new(
            ident.span(),
            format_args!(
                "section `{ident}` nests more than {MOST_SECTION_DEPTH} sections deep: \
                 define_codes! takes at most {MOST_SECTION_DEPTH} levels"
            ),
        ));
    }
    let content;
    braced!(content in input);
    let items = items(&content, errors, depth + 1);
    Ok(Item::Section(Section {
        attrs,
        codes,
        ident,
        message,
        items,
    }))
}

/// Whether the `, IDENT ..` ahead starts a retired name rather than a setting of the row.
fn starts_retired(input: ParseStream) -> bool {
    let fork = input.fork();
    let _ = fork.parse::<Token![,]>();
    fork.call(Ident::parse_any).is_ok() && fork.peek(Token![=>])
}

/// An item that starts with a name: `ALIAS = NAME` or `NAME => retired (, "MESSAGE")?`.
fn named_item(input: ParseStream, attrs: Vec<syn::Attribute>) -> syn::Result<Item> {
    let name = input.call(Ident::parse_any)?;
    // `=>` before `=`: syn's `=` also matches the first character of `=>`.
    if input.peek(Token![=>]) {
        input.parse::<Token![=>]>()?;
        input.parse::<kw::retired>()?;
        let message = if message_follows(input) {
            input.parse::<Token![,]>()?;
            Some(input.parse()?)
        } else {
            None
        };
        return Ok(Item::Retired(Retired {
            attrs,
            name,
            message,
        }));
    }
    if !input.peek(Token![=]) {
        return Err(input.error(format_args!(
            "expected `=` and the name of a row (`{name} = NAME` makes an alias), or \
             `=> retired` (`{name} => retired` retires the name)"
        )));
    }
    input.parse::<Token![=]>()?;
    let row = input.call(Ident::parse_any)?;
    Ok(Item::Alias(Alias {
        attrs,
        alias: name,
        row,
    }))
}

fn code(input: ParseStream) -> syn::Result<CodeLit> {
    let minus = input.parse()?;
    // An integer literal, read once: `peek(LitInt)` then `parse` would read its digits twice.
    let int = input.step(|cursor| match cursor.literal() {
        Some((literal, rest)) => match Lit::new(literal) {
            Lit::Int(int) => Ok((int, rest)),
            _ => Err(cursor.error("not an integer")),
        },
        None => Err(cursor.error("not an integer")),
    });
    if let Ok(lit) = int {
        return Ok(CodeLit { minus, lit });
    }
    // Not one: the lookahead's error says what was expected.
    let lookahead = input.lookahead1();
    if !lookahead.peek(syn::LitInt) {
        return Err(lookahead.error());
    }
    Ok(CodeLit {
        minus,
        lit: input.parse()?,
    })
}

fn code_range(input: ParseStream) -> syn::Result<CodeRange> {
    let start = code(input)?;
    let lookahead = input.lookahead1();
    let limits = if lookahead.peek(Token![..=]) {
        RangeLimits::Closed(input.parse()?)
    } else if lookahead.peek(Token![..]) {
        RangeLimits::HalfOpen(input.parse()?)
    } else {
        return Err(lookahead.error());
    };
    let end = code(input)?;
    Ok(CodeRange { start, limits, end })
}

/// A row's wire name, or `_` for none. Keywords are accepted (`type` is a fine wire name); a
/// literal such as `2RSP` is kept as [`Name::NotIdent`] for validation to reject.
fn name(input: ParseStream) -> syn::Result<Name> {
    if input.peek(Token![_]) {
        return Ok(Name::Nameless(input.parse()?));
    }
    if input.peek(Ident::peek_any) {
        return Ok(Name::Ident(input.call(Ident::parse_any)?));
    }
    if input.peek(syn::Lit) && !input.peek(LitStr) {
        let lit: syn::Lit = input.parse()?;
        return Ok(Name::NotIdent(lit.into_token_stream()));
    }
    Err(input.error("expected a name: an identifier such as `INVALID_CREDENTIAL`"))
}

/// The first group nested more than [`MOST_GROUP_DEPTH`] deep, found without recursion.
fn nested_too_deep(tokens: &TokenStream) -> Option<proc_macro2::Span> {
    let mut open = vec![tokens.clone().into_iter()];
    while let Some(innermost) = open.last_mut() {
        match innermost.next() {
            Some(TokenTree::Group(group)) => {
                if open.len() > MOST_GROUP_DEPTH {
                    return Some(group.span());
                }
                open.push(group.stream().into_iter());
            }
            Some(_) => {}
            None => {
                open.pop();
            }
        }
    }
    None
}

/// `Attribute::parse_outer`, once no attribute is too big for it (see [`MOST_NESTING`]). One
/// that is is skipped, so that recovery goes on after it.
fn outer_attributes(input: ParseStream) -> syn::Result<Vec<Attribute>> {
    // Doc comments, the only attributes of most rows, are read here: syn's attribute parser
    // reads each one's literal twice, a fifth of the parse of a table of 100 000 rows.
    let mut attrs = Vec::new();
    while let Some(doc) = doc_comment(input) {
        attrs.push(doc);
    }
    if input.peek(Token![#]) {
        attrs.extend(syn_attributes(input)?);
    }
    Ok(attrs)
}

/// `#[doc = "text"]`, which a `///` comment is, as the attribute syn would parse, if that is
/// what comes next.
fn doc_comment(input: ParseStream) -> Option<Attribute> {
    fn read(cursor: syn::buffer::Cursor<'_>) -> Option<(Attribute, syn::buffer::Cursor<'_>)> {
        let (pound, rest) = cursor.punct()?;
        let (inside, brackets, after) = rest.group(Delimiter::Bracket)?;
        let (path, inside) = inside.ident()?;
        let (eq, inside) = inside.punct()?;
        let (literal, inside) = inside.literal()?;
        if pound.as_char() != '#' || path != "doc" || eq.as_char() != '=' || !inside.eof() {
            return None;
        }
        let Lit::Str(text) = Lit::new(literal) else {
            return None;
        };
        let attribute = Attribute {
            pound_token: Token![#](pound.span()),
            style: syn::AttrStyle::Outer,
            bracket_token: token::Bracket { span: brackets },
            meta: syn::Meta::NameValue(syn::MetaNameValue {
                path: path.into(),
                eq_token: Token![=](eq.span()),
                value: syn::Expr::Lit(syn::ExprLit {
                    attrs: Vec::new(),
                    lit: Lit::Str(text),
                }),
            }),
        };
        Some((attribute, after))
    }
    // Stays put, without building an error, when the next tokens are not a doc comment.
    input
        .step(|cursor| {
            Ok(match read(*cursor) {
                Some((attribute, after)) => (Some(attribute), after),
                None => (None, *cursor),
            })
        })
        .ok()
        .flatten()
}

/// The other attributes, through syn.
fn syn_attributes(input: ParseStream) -> syn::Result<Vec<Attribute>> {
    let mut cursor = input.cursor();
    let mut before = 0;
    while let Some((pound, next)) = cursor.punct() {
        let Some((TokenTree::Group(group), after)) = next.token_tree() else {
            break;
        };
        if pound.as_char() != '#' || group.delimiter() != Delimiter::Bracket {
            break;
        }
        if too_big(&group.stream(), MOST_ATTRIBUTE_TOKENS) {
            // Past this attribute and those before it.
            for _ in 0..=before {
                input.parse::<Token![#]>()?;
                input.parse::<TokenTree>()?;
            }
            return Err(syn::Error::new(
                group.span(),
                format_args!(
                    "attribute too long for define_codes!: it takes attributes of at most \
                     {MOST_ATTRIBUTE_TOKENS} tokens, nested at most {MOST_NESTING} deep"
                ),
            ));
        }
        before += 1;
        cursor = after;
    }
    input.call(Attribute::parse_outer)
}

/// The tokens up to the next `,` outside groups, or to the end.
fn tokens_to_comma(input: ParseStream) -> TokenStream {
    let mut tokens = TokenStream::new();
    let mut cursor = input.cursor();
    while let Some((tree, next)) = cursor.token_tree() {
        if matches!(&tree, TokenTree::Punct(punct) if punct.as_char() == ',') {
            break;
        }
        tokens.extend([tree]);
        cursor = next;
    }
    tokens
}

/// Whether `tokens` hold more than `most` tokens, groups' contents included, or nest deeper
/// than [`MOST_NESTING`] (groups and `<`). Stops counting past either bound, so it never
/// recurses deeper than that itself.
fn too_big(tokens: &TokenStream, most: usize) -> bool {
    fn walk(tokens: TokenStream, depth: usize, budget: &mut usize) -> bool {
        let mut angles = 0;
        for tree in tokens {
            if *budget == 0 {
                return true;
            }
            *budget -= 1;
            let too_deep = match tree {
                TokenTree::Group(group) => {
                    depth + angles >= MOST_NESTING
                        || walk(group.stream(), depth + angles + 1, budget)
                }
                TokenTree::Punct(punct) if punct.as_char() == '<' => {
                    angles += 1;
                    depth + angles > MOST_NESTING
                }
                TokenTree::Punct(punct) if punct.as_char() == '>' => {
                    angles = angles.saturating_sub(1);
                    false
                }
                _ => false,
            };
            if too_deep {
                return true;
            }
        }
        false
    }
    let mut budget = most;
    walk(tokens.clone(), 0, &mut budget)
}

/// Whether the next token can start an item: an attribute, a `-` or a number.
fn starts_item(input: ParseStream) -> bool {
    input.peek(Token![#]) || input.peek(Token![-]) || input.peek(LitInt)
}

/// Recovers from a broken item: resumes at the next token that starts an item and is the
/// first after a comma (or the very next token, when the error was that it came too soon),
/// so that a comma inside the broken row does not make its message read as a new row.
fn recover(input: ParseStream) {
    if starts_item(input) {
        return;
    }
    while !input.is_empty() {
        let comma = input.parse::<Token![,]>().is_ok();
        if !comma {
            let _ = input.parse::<TokenTree>();
        } else if input.is_empty() || starts_item(input) {
            return;
        }
    }
}

/// Recovers from a broken table header: drops tokens up to and including the next `{ ... }`.
fn skip_past_braces(input: ParseStream) {
    while !input.is_empty() {
        if let Ok(TokenTree::Group(group)) = input.parse::<TokenTree>() {
            if group.delimiter() == Delimiter::Brace {
                return;
            }
        }
    }
}
