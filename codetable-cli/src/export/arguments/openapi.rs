//! Rows with arguments in the `openapi` format: `x-enum-arguments`, a map of each such row's
//! wire name to the JSON Schema of its arguments as a built message's JSON carries them
//! (serde's `arguments`, axum's body): an object of each argument by name, of its type.
//!
//! ```yaml
//!       x-enum-arguments:
//!         "ER_NO_SUCH_TABLE":
//!           type: object
//!           properties:
//!             "db":
//!               type: string
//!           required:
//!             - "db"
//!           additionalProperties: false
//! ```

use super::rows;
use crate::export::escape::quoted;
use crate::export::table::ExportedTable;
use codetable_pipeline::model::ArgType;
use std::fmt::Write as _;

/// A table's `x-enum-arguments`, at the indentation of its schema's members; nothing for a
/// table without rows with arguments.
pub fn table(out: &mut String, table: &ExportedTable) {
    let rows = rows(table);
    if rows.is_empty() {
        return;
    }
    out.push_str("      x-enum-arguments:\n");
    for row in rows {
        let _ = writeln!(out, "        {}:", quoted(&row.row.name));
        out.push_str("          type: object\n          properties:\n");
        for (name, ty) in &row.args {
            let _ = writeln!(out, "            {}:", quoted(name));
            for line in schema(*ty) {
                let _ = writeln!(out, "              {line}");
            }
        }
        out.push_str("          required:\n");
        for (name, _) in &row.args {
            let _ = writeln!(out, "            - {}", quoted(name));
        }
        out.push_str("          additionalProperties: false\n");
    }
}

/// The schema of an argument's value, as serde writes it: a string, a one-character string,
/// a boolean, an integer within its type's bounds, or a number (`null` for NaN and the
/// infinities, which JSON has no number for).
fn schema(ty: ArgType) -> Vec<String> {
    match ty {
        ArgType::Str => vec!["type: string".to_owned()],
        ArgType::Char => vec![
            "type: string".to_owned(),
            "minLength: 1".to_owned(),
            "maxLength: 1".to_owned(),
        ],
        ArgType::Bool => vec!["type: boolean".to_owned()],
        ArgType::F64 => vec![
            "type: [number, \"null\"]".to_owned(),
            "format: double".to_owned(),
        ],
        integer => {
            let (bits, signed) = integer.integer().unwrap_or((64, true));
            let (low, high): (i128, u128) = if signed {
                (-(1i128 << (bits - 1)), (1u128 << (bits - 1)) - 1)
            } else {
                (0, (1u128 << bits) - 1)
            };
            let mut lines = vec!["type: integer".to_owned()];
            // OpenAPI's integer formats are signed.
            match (bits, signed) {
                (64, true) => lines.push("format: int64".to_owned()),
                (bits, _) if bits <= 32 && (signed || bits < 32) => {
                    lines.push("format: int32".to_owned())
                }
                (32, false) => lines.push("format: int64".to_owned()),
                _ => {}
            }
            lines.push(format!("minimum: {low}"));
            lines.push(format!("maximum: {high}"));
            lines
        }
    }
}
