"""The JSON export is valid against its JSON Schema, and the schema catches what is wrong.

`codes.json` (CODES_JSON) is `codes export --format json` of the seeds (and of `tricky.rs`);
the schema is `codetable-cli/schema/codes-export.schema.json` (CODES_SCHEMA), checked with the
reference validator (`jsonschema`, Draft 2020-12). Run by scripts/export-check.sh.
"""

from __future__ import annotations

import copy
import json
import os
import unittest
from typing import Any

from jsonschema import Draft202012Validator


def load(variable: str) -> Any:
    with open(os.environ[variable], encoding="utf-8") as file:
        return json.load(file)


class Schema(unittest.TestCase):
    def setUp(self) -> None:
        self.schema = load("CODES_SCHEMA")
        self.export = load("CODES_JSON")
        Draft202012Validator.check_schema(self.schema)
        self.validator = Draft202012Validator(self.schema)

    def test_the_export_is_valid(self) -> None:
        errors = [error.message for error in self.validator.iter_errors(self.export)]
        self.assertEqual(errors, [])
        self.assertEqual(self.export["$schema"], self.schema["$id"])
        self.assertEqual(self.export["version"], self.schema["properties"]["version"]["const"])
        self.assertIn(f"-v{self.export['version']}.", self.schema["$id"])
        self.assertEqual(len(self.export["tables"]), 10)

    def test_mistakes_are_invalid(self) -> None:
        def broken(change: Any) -> Any:
            export = copy.deepcopy(self.export)
            change(export)
            return export

        table = 0
        for mistake in [
            lambda e: e.update(version=2),
            lambda e: e["tables"][table]["rows"][0].pop("code"),
            lambda e: e["tables"][table]["rows"][0].update(code="1"),
            lambda e: e["tables"][table]["rows"][0].update(messages={}),
            lambda e: e["tables"][table].update(repr="i128"),
            lambda e: e["tables"][table].update(languages=[]),
            lambda e: e["tables"][table]["sections"].append({"name": "S"}),
            lambda e: e["tables"][table]["rows"][0].update(extra=True),
        ]:
            with self.subTest(mistake=mistake):
                self.assertFalse(self.validator.is_valid(broken(mistake)))


if __name__ == "__main__":
    unittest.main()
