"""The JSON export is valid against its JSON Schema, and the schema catches what is wrong.

`codes.json` (CODES_JSON) is `codes export --format json` of the seeds (and of `tricky.rs`,
MariaDB's server errors and the generated table of `generated/`, 30 000 rows in CI); the
schema is `codetable-cli/schema/codes-export-v1.schema.json` (CODES_SCHEMA), checked with the
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
    schema: Any
    export: Any
    validator: Draft202012Validator

    @classmethod
    def setUpClass(cls) -> None:
        # Read once: the export of 30 000 generated rows is 10 MB.
        cls.schema = load("CODES_SCHEMA")
        cls.export = load("CODES_JSON")
        Draft202012Validator.check_schema(cls.schema)
        cls.validator = Draft202012Validator(cls.schema)

    def test_the_export_is_valid(self) -> None:
        errors = [error.message for error in self.validator.iter_errors(self.export)]
        self.assertEqual(errors, [])
        self.assertEqual(self.export["$schema"], self.schema["$id"])
        self.assertEqual(self.export["version"], self.schema["properties"]["version"]["const"])
        self.assertIn(f"-v{self.export['version']}.", self.schema["$id"])
        names = [table["name"] for table in self.export["tables"]]
        self.assertEqual(len(names), 16)
        # String codes as strings, sections by prefix; a hex table's codes numbers.
        tables = {table["name"]: table for table in self.export["tables"]}
        sqlstate = tables["SqlState"]
        self.assertEqual(sqlstate["repr"], "str")
        self.assertIn({"code": "23505", "name": "ERRCODE_UNIQUE_VIOLATION"}.items(), [
            {key: row[key] for key in ("code", "name")}.items() for row in sqlstate["rows"]
        ])
        self.assertEqual(sqlstate["sections"][0]["prefix"], "00")
        self.assertEqual(tables["Hresult"]["hex"], 8)
        self.assertEqual(tables["Hresult"]["rows"][-1]["code"], 0xFFFFFFFF)
        self.assertEqual(names[-1], "Generated")

    def test_mistakes_are_invalid(self) -> None:
        # Each mistake in a document of the first table alone, which the schema checks as it
        # checks each table of a whole export, in a fraction of the time.
        document = {**self.export, "tables": self.export["tables"][:1]}
        self.assertTrue(self.validator.is_valid(document))

        def broken(change: Any) -> Any:
            export = copy.deepcopy(document)
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

        # In a table of string codes: a number for a code, a range for a prefix.
        strings = next(t for t in self.export["tables"] if t["name"] == "SqlState")
        document = {**self.export, "tables": [strings]}
        self.assertTrue(self.validator.is_valid(document))
        for mistake in [
            lambda e: e["tables"][0]["rows"][0].update(code=0),
            lambda e: e["tables"][0]["sections"][0].pop("prefix"),
            lambda e: e["tables"][0]["sections"][0].update(range=[0, 0]),
            lambda e: e["tables"][0].update(hex=8),
        ]:
            with self.subTest(mistake=mistake):
                self.assertFalse(self.validator.is_valid(broken(mistake)))


if __name__ == "__main__":
    unittest.main()
