"""The OpenAPI export agrees with the Rust tables on every row.

`codes.yaml` is `codes export --format openapi` of the seeds (and of `tricky.rs`), which
`openapi-spec-validator` checks first; the file named by CODES_ROWS is what the compiled Rust
enums give (`cargo run -p codetable-cli --example compiled_rows`). Each table's schema lists its
codes (`enum`), wire names (`x-enum-varnames`) and messages (`x-enum-descriptions`) in the
table's order; a table with languages lists them (`x-enum-languages`) and each other
language's messages (`x-enum-descriptions-LANG`), a table with aliases maps each to its row's
code (`x-enum-aliases`), a table shown in hex lists its codes so (`x-enum-hex`). Run by
scripts/export-check.sh.
"""

from __future__ import annotations

import json
import os
import unittest
from typing import Any

import yaml


def load() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    with open(os.environ["CODES_OPENAPI"], encoding="utf-8") as file:
        document: dict[str, Any] = yaml.safe_load(file)
    with open(os.environ["CODES_ROWS"], encoding="utf-8") as file:
        tables: list[dict[str, Any]] = json.load(file)["tables"]
    return document, tables


class AgreesWithRust(unittest.TestCase):
    def test_every_table_has_its_schema(self) -> None:
        document, tables = load()
        self.assertEqual(document["openapi"], "3.1.0")
        schemas = document["components"]["schemas"]
        self.assertEqual(sorted(schemas), sorted(table["name"] for table in tables))
        for table in tables:
            with self.subTest(table=table["name"]):
                schema = schemas[table["name"]]
                rows = table["rows"]
                # A string code as the string, an integer as the number.
                code = str if table["text_codes"] else int
                self.assertEqual(schema["type"], "string" if table["text_codes"] else "integer")
                self.assertEqual(schema["enum"], [code(row["code"]) for row in rows])
                self.assertEqual(schema["x-enum-varnames"], [row["name"] for row in rows])
                self.assertEqual(
                    schema["x-enum-descriptions"], [row["message"] for row in rows]
                )
                # A table shown in hex: each code as it shows it, the same number.
                hexes = schema.get("x-enum-hex")
                if table["name"] == "Hresult":
                    self.assertIsNotNone(hexes)
                if hexes is not None:
                    self.assertTrue(all(h.lstrip("-").startswith("0x") for h in hexes), hexes)
                    self.assertEqual(
                        [int(h, 16) for h in hexes], [int(row["code"]) for row in rows]
                    )
                for key, field in [
                    ("x-enum-help-urls", "help_url"),
                    ("x-enum-explanations", "explanation"),
                ]:
                    if any(row[field] for row in rows):
                        self.assertEqual(schema[key], [row[field] for row in rows])
                    else:
                        self.assertNotIn(key, schema)
                languages = table["languages"]
                if languages:
                    self.assertEqual(schema["x-enum-languages"], languages)
                else:
                    self.assertNotIn("x-enum-languages", schema)
                for language in languages:
                    key = (
                        "x-enum-descriptions"
                        if language == languages[0]
                        else f"x-enum-descriptions-{language}"
                    )
                    self.assertEqual(schema[key], [row["messages"][language] for row in rows])
                extensions = {
                    key for key in schema if key.startswith("x-enum-descriptions-")
                }
                self.assertEqual(
                    extensions, {f"x-enum-descriptions-{tag}" for tag in languages[1:]}
                )
                aliases = {
                    alias: code(row["code"]) for row in rows for alias in row["aliases"]
                }
                self.assertEqual(schema.get("x-enum-aliases", {}), aliases)


if __name__ == "__main__":
    unittest.main()
