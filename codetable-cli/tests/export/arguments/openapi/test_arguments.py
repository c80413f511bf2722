"""The OpenAPI export describes every row with arguments as the Rust tables build it.

`codes.yaml` (CODES_OPENAPI) is `codes export --format openapi` of tests/export/arguments.rs
and of MariaDB's imported table; the file named by CODES_ARGS is what the compiled Rust tables
build (`cargo run -p codetable-cli --example compiled_args`). Each row's `x-enum-arguments`
names its arguments in order, and each built case's values, as serde writes them, are valid
against it. Run by scripts/export-check.sh, after openapi-spec-validator.
"""

from __future__ import annotations

import json
import math
import os
import unittest

import jsonschema
import yaml


def serialized(rust: str, text: str) -> object:
    """A value as serde writes it in a built message's `arguments`."""
    if rust in ("&str", "char"):
        return text
    if rust == "bool":
        return text == "true"
    if rust == "f64":
        number = float(text)
        return number if math.isfinite(number) else None
    return int(text)


class Describes(unittest.TestCase):
    def test_every_row_with_arguments(self) -> None:
        with open(os.environ["CODES_OPENAPI"], encoding="utf-8") as file:
            schemas = yaml.safe_load(file)["components"]["schemas"]
        with open(os.environ["CODES_ARGS"], encoding="utf-8") as file:
            tables = json.load(file)["tables"]
        checked = 0
        for table in tables:
            schema = schemas[table["name"]]
            names = dict(zip(schema["x-enum-varnames"], schema["enum"]))
            described = schema["x-enum-arguments"]
            by_code = {str(names[name]): (name, arguments) for name, arguments in described.items()}
            for case in table["cases"]:
                name, arguments = by_code[case["code"]]
                self.assertEqual(list(arguments["properties"]), [arg["name"] for arg in case["args"]], name)
                self.assertEqual(arguments["required"], [arg["name"] for arg in case["args"]], name)
                value = {arg["name"]: serialized(arg["type"], arg["value"]) for arg in case["args"]}
                jsonschema.validate(value, arguments)
                checked += 1
        self.assertGreater(checked, 700)


if __name__ == "__main__":
    unittest.main()
