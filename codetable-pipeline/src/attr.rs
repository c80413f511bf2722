//! What an attribute is, by its name as rustc resolves it: the one place a rule asks, so that
//! `#[r#cfg]`, which rustc reads as `#[cfg]`, is a `cfg` to every rule too.
//!
//! Only diagnostics rest on this: what an attribute does to the enum is checked on the enum
//! rustc compiles (`guard`), whatever its spelling.

use syn::ext::IdentExt;
use syn::{Attribute, Path};

/// The attributes the pipeline treats apart from the others.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `cfg`: configures the item out, or not.
    Cfg,
    /// `cfg_attr`: applies attributes under a condition.
    CfgAttr,
    /// `repr`: the code type, on a table.
    Repr,
    /// `derive`.
    Derive,
    /// `doc`, as doc comments are written.
    Doc,
    /// `deprecated`.
    Deprecated,
    /// `codetable`: the table's options.
    Codetable,
    /// Any other.
    Other,
}

/// The kind of an attribute with this path: by its one segment, without `r#`.
pub fn kind(path: &Path) -> Kind {
    let Some(ident) = path.get_ident() else {
        return Kind::Other;
    };
    match ident.unraw().to_string().as_str() {
        "cfg" => Kind::Cfg,
        "cfg_attr" => Kind::CfgAttr,
        "repr" => Kind::Repr,
        "derive" => Kind::Derive,
        "doc" => Kind::Doc,
        "deprecated" => Kind::Deprecated,
        "codetable" => Kind::Codetable,
        _ => Kind::Other,
    }
}

/// The kind of an attribute.
pub fn of(attr: &Attribute) -> Kind {
    kind(attr.path())
}

/// Whether `path` is the one identifier `name`, compared as rustc resolves it (without `r#`):
/// for the options inside an attribute (`languages`, `strip_prefix`).
pub fn is(path: &Path, name: &str) -> bool {
    path.get_ident().is_some_and(|ident| ident.unraw() == name)
}

#[cfg(test)]
mod tests {
    use super::{kind, Kind};

    #[test]
    fn raw_names_are_the_attribute_rustc_reads() {
        for (written, expected) in [
            ("cfg", Kind::Cfg),
            ("r#cfg", Kind::Cfg),
            ("r#cfg_attr", Kind::CfgAttr),
            ("r#repr", Kind::Repr),
            ("r#derive", Kind::Derive),
            ("r#doc", Kind::Doc),
            ("r#deprecated", Kind::Deprecated),
            ("r#codetable", Kind::Codetable),
            ("configure", Kind::Other),
            ("core::cfg", Kind::Other),
        ] {
            let path: syn::Path = syn::parse_str(written).unwrap();
            assert_eq!(kind(&path), expected, "{written}");
        }
    }
}
