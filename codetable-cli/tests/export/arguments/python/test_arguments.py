"""The Python export's argument functions agree with the Rust tables on every row with arguments.

`codes.py` is `codes export --format python` of tests/export/arguments.rs and of MariaDB's
imported table; the file named by CODES_ARGS is what the compiled Rust tables build (`cargo run
-p codetable-cli --example compiled_args`). Each case is formatted twice: by the row's typed
static method, with values of its types, and by `format` from the values as strings; both must
write what Rust writes, in every language. Run by scripts/export-check.sh, after `mypy
--strict`.
"""

from __future__ import annotations

import json
import keyword
import math
import os
import unittest
from collections.abc import Callable
from enum import Enum
from typing import cast

import codes

ARGS: dict[str, tuple[type, type[Enum] | None]] = {
    "Formats": (codes.FormatsArgs, codes.FormatsLanguage),
    "Wide": (codes.WideArgs, None),
    "Named": (codes.NamedArgs, None),
    "MariaDbErrors": (codes.MariaDbErrorsArgs, codes.MariaDbErrorsLanguage),
}
"""Each table's class of argument functions, and its language enum."""


def typed(rust: str, text: str) -> object:
    """A value as the typed function takes it: by its Rust type."""
    if rust in ("&str", "char"):
        return text
    if rust == "bool":
        return text == "true"
    if rust == "f64":
        return float(text)
    return int(text)


class Agree(unittest.TestCase):
    def setUp(self) -> None:
        with open(os.environ["CODES_ARGS"], encoding="utf-8") as file:
            self.tables = json.load(file)["tables"]

    def test_every_table_with_arguments_is_exported(self) -> None:
        self.assertEqual(sorted(ARGS), sorted(table["name"] for table in self.tables))

    def test_every_row_typed_and_from_strings_in_every_language(self) -> None:
        for table in self.tables:
            functions, languages = ARGS[table["name"]]
            self.assertTrue(table["cases"])
            for case in table["cases"]:
                # A method named as a word of Python's, or a type its annotations name, takes `_`.
                name = case["builder"]
                if keyword.iskeyword(name) or name in ("float", "int", "str", "bool", "format"):
                    name += "_"
                function = cast(Callable[..., str], getattr(functions, name))
                values = [typed(arg["type"], arg["value"]) for arg in case["args"]]
                strings = {arg["name"]: arg["value"] for arg in case["args"]}
                format_ = cast(Callable[..., str | None], getattr(functions, "format"))
                at = f"{table['name']} {case['code']}"
                # A string code as it is, else the number.
                code: str | int = case["code"] if table["text_codes"] else int(case["code"])
                self.assertEqual(function(*values), case["message"], at)
                self.assertEqual(format_(code, strings), case["message"], at)
                for tag, message in case["messages"].items():
                    assert languages is not None
                    language = languages(tag)
                    self.assertEqual(function(*values, language), message, f"{at} {tag}")
                    self.assertEqual(format_(code, strings, language), message, f"{at} {tag}")

    def test_what_is_wrong_is_a_value_error(self) -> None:
        with self.assertRaises(ValueError):
            codes.FormatsArgs.signed(128, 0, 0, 0, 0)
        with self.assertRaises(ValueError):
            codes.FormatsArgs.unsigned(-1, 0, 0, 0, 0)
        with self.assertRaises(ValueError):
            codes.FormatsArgs.others(True, "ab")
        with self.assertRaises(ValueError):
            codes.FormatsArgs.format(4, {})
        with self.assertRaises(ValueError):
            codes.FormatsArgs.format(4, {"value": "x"})
        with self.assertRaises(ValueError):
            codes.FormatsArgs.format(5, {"flag": "yes", "letter": "x"})
        self.assertIsNone(codes.FormatsArgs.format(8, {}))
        self.assertEqual(codes.FormatsArgs.float_(-math.inf, codes.FormatsLanguage.ZH), "值 -infeeeee")
        self.assertEqual(
            codes.MariaDbErrorsArgs.er_no_such_table("shop", "orders", codes.MariaDbErrorsLanguage.ZH),
            "表 'shop.orders' 不存在",
        )
        # A table of string codes: the code itself, not a row's place.
        self.assertEqual(codes.NamedArgs.format('say "hi"', {"who": "he"}), 'he said "hi"')
        self.assertIsNone(codes.NamedArgs.format("NoSuchCode", {}))
        self.assertIsNone(codes.NamedArgs.format("0", {"key": "k"}))


if __name__ == "__main__":
    unittest.main()
