//! What a table says of a code beyond its message: its explanation, the row's doc comment, and
//! its help link, made from the table's template (`#[codetable(help_url = "..")]`) or the
//! row's own (`, help_url = ".."`). One definition of each, for the expansion
//! (`explanation()`, `help_url()`), `MARKDOWN` and `codes` (the exports, `codes explain`).

use crate::attr;
use std::fmt::Write;

/// The doc comment of some attributes (`///` lines and `#[doc = ".."]`) as rustdoc reads its
/// text: the lines joined with `\n`, each without the one space after `///` and without
/// trailing spaces, blank lines at either end dropped; `None` when there is none. A row's is its
/// explanation.
pub fn doc_text(attrs: &[syn::Attribute]) -> Option<String> {
    let mut lines: Vec<String> = Vec::new();
    for attr in attrs
        .iter()
        .filter(|attr| attr::of(attr) == attr::Kind::Doc)
    {
        let syn::Meta::NameValue(syn::MetaNameValue {
            value:
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(text),
                    ..
                }),
            ..
        }) = &attr.meta
        else {
            continue;
        };
        // `split`, not `lines`: an empty `///` is an empty line.
        for line in text.value().split('\n') {
            lines.push(line.strip_prefix(' ').unwrap_or(line).trim_end().to_owned());
        }
    }
    let text = lines.join("\n").trim_matches('\n').to_owned();
    (!text.is_empty()).then_some(text)
}

/// A help template checked: text, and the placeholders in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Template {
    parts: Vec<Part>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Part {
    Text(String),
    /// `{code}`: the code as the table shows it.
    Code,
    /// `{name}`: the wire name.
    Name,
    /// `{section}`: the innermost section's name.
    Section,
}

/// The placeholders a template takes, as errors list them.
pub const PLACEHOLDERS: &str = "`{code}`, `{name}` and `{section}`";

impl Template {
    /// Reads a template: text with `{code}`, `{name}` and `{section}` in it, `{{` and `}}` for
    /// a brace. Why not, as a sentence for the error at the literal.
    pub fn parse(text: &str) -> Result<Template, String> {
        if text.trim().is_empty() {
            return Err(
                "an empty help link: give the URL of the code's documentation, or leave \
                 `help_url` out"
                    .to_owned(),
            );
        }
        let mut parts = Vec::new();
        let mut literal = String::new();
        let mut rest = text;
        while let Some(at) = rest.find(['{', '}']) {
            literal.push_str(&rest[..at]);
            let brace = &rest[at..at + 1];
            let after = &rest[at + 1..];
            if after.starts_with(brace) {
                literal.push_str(brace);
                rest = &after[1..];
                continue;
            }
            if brace == "}" {
                return Err(format!(
                    "a `}}` that closes nothing in the help link `{text}`: write `}}}}` for a \
                     brace"
                ));
            }
            let Some(end) = after.find('}') else {
                return Err(format!(
                    "a `{{` left open in the help link `{text}`: close the placeholder, or \
                     write `{{{{` for a brace"
                ));
            };
            let part = match &after[..end] {
                "code" => Part::Code,
                "name" => Part::Name,
                "section" => Part::Section,
                other => {
                    return Err(format!(
                        "`{{{other}}}` is no placeholder of a help link: it takes \
                         {PLACEHOLDERS} (`{{{{` and `}}}}` write a brace)"
                    ))
                }
            };
            if !literal.is_empty() {
                parts.push(Part::Text(std::mem::take(&mut literal)));
            }
            parts.push(part);
            rest = &after[end + 1..];
        }
        literal.push_str(rest);
        if !literal.is_empty() {
            parts.push(Part::Text(literal));
        }
        Ok(Template { parts })
    }

    /// Whether it names the row's section.
    pub fn uses_section(&self) -> bool {
        self.parts.contains(&Part::Section)
    }

    /// The link of a row: `code` as the table shows it, `name` its wire name, `section` the
    /// name of its innermost section (`""` for none), the name and section percent-encoded.
    pub fn link(&self, code: &str, name: &str, section: &str) -> String {
        let mut out = String::new();
        for part in &self.parts {
            match part {
                Part::Text(text) => out.push_str(text),
                Part::Code => push_encoded(&mut out, code),
                Part::Name => push_encoded(&mut out, name),
                Part::Section => push_encoded(&mut out, section),
            }
        }
        out
    }
}

/// A template as written: what its text would be read back as, braces doubled (a link
/// written as a row's own template).
pub fn literal_template(link: &str) -> String {
    link.replace('{', "{{").replace('}', "}}")
}

/// `text` percent-encoded as a URL's path segment or fragment needs it: every byte but
/// RFC 3986's unreserved characters (ASCII letters and digits, `-`, `.`, `_`, `~`) as `%XX`.
fn push_encoded(out: &mut String, text: &str) {
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{doc_text, literal_template, Template};

    #[test]
    fn placeholders_are_filled_and_encoded() {
        let template = Template::parse("https://docs.example.com/{section}/{name}#{code}").unwrap();
        assert!(template.uses_section());
        assert_eq!(
            template.link("40001", "INVALID_TOKEN", "Auth"),
            "https://docs.example.com/Auth/INVALID_TOKEN#40001"
        );
        // A wire name may be any identifier: what a URL cannot hold is encoded.
        assert_eq!(
            template.link("0x7B", "成功", "Ü"),
            "https://docs.example.com/%C3%9C/%E6%88%90%E5%8A%9F#0x7B"
        );
        let braces = Template::parse("https://x.example/{{code}}/{code}}}").unwrap();
        assert!(!braces.uses_section());
        assert_eq!(braces.link("-1", "A", ""), "https://x.example/{code}/-1}");
        let plain = "https://x.example/a{b}";
        assert_eq!(
            Template::parse(&literal_template(plain))
                .unwrap()
                .link("1", "A", ""),
            plain
        );
    }

    #[test]
    fn what_is_no_template_says_why() {
        for (text, says) in [
            ("", "an empty help link"),
            ("  ", "an empty help link"),
            ("https://x.example/{id}", "`{id}` is no placeholder"),
            ("https://x.example/{Code}", "`{Code}` is no placeholder"),
            ("https://x.example/{code", "a `{` left open"),
            ("https://x.example/code}", "a `}` that closes nothing"),
        ] {
            let error = Template::parse(text).unwrap_err();
            assert!(error.contains(says), "{text:?}: {error}");
        }
    }

    #[test]
    fn doc_text_is_rustdocs() {
        let item: syn::ItemStruct = syn::parse_quote! {
            ///
            /// The token expired.
            ///
            #[doc = "   Indented, kept.   "]
            #[doc = "Joined."]
            #[derive(Clone)]
            ///
            struct S;
        };
        assert_eq!(
            doc_text(&item.attrs).as_deref(),
            Some("The token expired.\n\n  Indented, kept.\nJoined.")
        );
        let none: syn::ItemStruct = syn::parse_quote!(
            #[derive(Clone)]
            struct S;
        );
        assert_eq!(doc_text(&none.attrs), None);
    }
}
