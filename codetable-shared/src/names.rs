//! The names the generated API takes: what a variant, an alias or a column cannot be named,
//! which the macro rejects and `codes import` must not write.

/// The associated items the expansion gives a table's enum (those of a table with sections,
/// languages or help links included). A variant or alias constant of one of these names would
/// hide it (`E::COUNT` is the variant), and the expansion itself calls them so.
pub const GENERATED_ITEMS: &[&str] = &[
    "ALL",
    "COUNT",
    "MARKDOWN",
    "iter",
    "code",
    "name",
    "message",
    "from_code",
    "from_name",
    "classify",
    "category",
    "message_in",
    "display_in",
    "explanation",
    "help_url",
];

/// Method names of the traits the enum implements, which an inherent method of the same name
/// would shadow in method calls.
pub const TRAIT_METHODS: &[&str] = &[
    "clone",
    "clone_from",
    "eq",
    "ne",
    "cmp",
    "partial_cmp",
    "lt",
    "le",
    "gt",
    "ge",
    "max",
    "min",
    "clamp",
    "hash",
    "fmt",
    "to_string",
    "into",
    "try_into",
    "from",
    "try_from",
    "from_str",
    "source",
    "description",
    "cause",
    "type_id",
];

/// Whether a column cannot be named `name`: its accessor would be one of the enum's generated
/// items, or hide a trait's method.
pub fn is_taken_by_the_api(name: &str) -> bool {
    GENERATED_ITEMS.contains(&name) || TRAIT_METHODS.contains(&name)
}
