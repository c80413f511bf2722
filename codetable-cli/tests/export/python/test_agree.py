"""The Python export's lookups agree with the Rust tables on every row.

`codes.py` is `codes export --format python` of the seeds (and of `tricky.rs`, MariaDB's server
errors and the generated table of `generated/`, 30 000 rows in CI); the file named by
CODES_ROWS is what the compiled Rust enums give (`cargo run -p codetable-cli --example
compiled_rows`, and the generated table's binary). Run by scripts/export-check.sh, after
`mypy --strict`.
"""

from __future__ import annotations

import json
import os
import unittest
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Protocol

import codes


class Member(Protocol):
    """What every member of an exported table has."""

    @property
    def wire_name(self) -> str: ...

    @property
    def message(self) -> str: ...

    @property
    def category(self) -> str | None: ...

    @property
    def help_url(self) -> str | None: ...

    @property
    def explanation(self) -> str: ...


class Table(Protocol):
    """What every exported table class has."""

    def from_name(self, name: str) -> Member | None: ...


class NumberTable(Table, Protocol):
    """A table of integer codes."""

    def from_code(self, code: int) -> Member | None: ...


class StringTable(Table, Protocol):
    """A table of string codes."""

    def from_code(self, code: str) -> Member | None: ...


Columns = Callable[[str], dict[str, str | None]]
"""A code's columns, the code as the compiled rows write it (`10001`, `23505`)."""

MessageIn = Callable[[str, str], str]
"""A code's message in a language, named by its tag."""


@dataclass(frozen=True)
class Languages:
    """The languages of an exported table: its language class, and a code's message in each."""

    tags: list[str]
    message_in: MessageIn


@dataclass(frozen=True)
class Exported:
    """An exported table: its class, its lookup by code (of the code as the compiled rows
    write it), its members in order, its columns by code and its languages."""

    table: Table
    from_code: Callable[[str], Member | None]
    members: list[Member]
    columns: Columns
    languages: Languages | None
    text_codes: bool


def exported(
    table: NumberTable,
    members: Iterable[Member],
    columns: Columns | None = None,
    languages: Languages | None = None,
) -> Exported:
    """A table of integer codes."""
    return Exported(
        table,
        lambda text: table.from_code(int(text)),
        list(members),
        columns or (lambda code: {}),
        languages,
        False,
    )


def strings(table: StringTable, members: Iterable[Member], columns: Columns) -> Exported:
    """A table of string codes: `from_code` takes the code as it is."""
    return Exported(table, table.from_code, list(members), columns, None, True)


def code_text(member: Member) -> str:
    """A code as the compiled rows write it: an integer's digits, a string code itself."""
    if isinstance(member, int):
        return str(int(member))
    assert isinstance(member, str), member
    return str.__str__(member)


def languages(language: type[Enum], message_in: MessageIn) -> Languages:
    return Languages([str(member.value) for member in language], message_in)


def shown(value: object) -> str | None:
    """A column's value as Rust's `Display` shows it."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def pcs_columns(code: str) -> dict[str, str | None]:
    row = codes.PcsError(int(code)).row
    return {"http": shown(row.http)}


def tricky_columns(code: str) -> dict[str, str | None]:
    row = codes.Tricky(int(code)).row
    return {
        "hint": shown(row.hint),
        "mark": shown(row.mark),
        "ratio": shown(row.ratio),
        "big": shown(row.big),
        "flag": shown(row.flag),
        "type": shown(row.type),
        "class": shown(row.class_),
        "value": shown(row.value),
    }


def curly_columns(code: str) -> dict[str, str | None]:
    return {"http": shown(codes.Curly(int(code)).row.http)}


def generated_columns(code: str) -> dict[str, str | None]:
    row = codes.Generated(int(code)).row
    return {"http": shown(row.http), "hint": shown(row.hint)}


TABLES: dict[str, Exported] = {
    "DspError": exported(codes.DspError, codes.DspError),
    "DspSdkError": exported(codes.DspSdkError, codes.DspSdkError),
    "TransferState": exported(codes.TransferState, codes.TransferState),
    "LegacyCosError": exported(codes.LegacyCosError, codes.LegacyCosError),
    "DaemonCode": exported(codes.DaemonCode, codes.DaemonCode),
    "PcsError": exported(
        codes.PcsError,
        codes.PcsError,
        pcs_columns,
        languages(
            codes.PcsErrorLanguage,
            lambda code, tag: codes.PcsError(int(code)).message_in(codes.PcsErrorLanguage(tag)),
        ),
    ),
    "CosV4Error": exported(codes.CosV4Error, codes.CosV4Error),
    "Tricky": exported(codes.Tricky, codes.Tricky, tricky_columns),
    "Wide": exported(codes.Wide, codes.Wide),
    "Curly": exported(
        codes.Curly,
        codes.Curly,
        curly_columns,
        languages(
            codes.CurlyLanguage,
            lambda code, tag: codes.Curly(int(code)).message_in(codes.CurlyLanguage(tag)),
        ),
    ),
    "Hresult": exported(codes.Hresult, codes.Hresult),
    "Textual": strings(
        codes.Textual,
        codes.Textual,
        lambda code: {"retry": shown(codes.Textual(code).row.retry)},
    ),
    "SqlState": strings(
        codes.SqlState,
        codes.SqlState,
        lambda code: {
            "condition_name": shown(codes.SqlState(code).row.condition_name),
            "kind": shown(codes.SqlState(code).row.kind),
        },
    ),
    "S3Error": strings(
        codes.S3Error, codes.S3Error, lambda code: {"http": shown(codes.S3Error(code).row.http)}
    ),
    "MariaDbServerErrors": exported(codes.MariaDbServerErrors, codes.MariaDbServerErrors),
    "Generated": exported(
        codes.Generated,
        codes.Generated,
        generated_columns,
        languages(
            codes.GeneratedLanguage,
            lambda code, tag: codes.Generated(int(code)).message_in(
                codes.GeneratedLanguage(tag)
            ),
        ),
    ),
}


def compiled() -> list[dict[str, object]]:
    with open(os.environ["CODES_ROWS"], encoding="utf-8") as file:
        tables: list[dict[str, object]] = json.load(file)["tables"]
    return tables


class AgreesWithRust(unittest.TestCase):
    def test_every_table_is_exported_and_no_other(self) -> None:
        self.assertEqual(sorted(TABLES), sorted(str(table["name"]) for table in compiled()))

    def test_every_row(self) -> None:
        for table in compiled():
            name = str(table["name"])
            rows = table["rows"]
            assert isinstance(rows, list)
            tags = table["languages"]
            assert isinstance(tags, list)
            with self.subTest(table=name):
                self.check(TABLES[name], [str(tag) for tag in tags], rows)

    def check(self, exported: Exported, tags: list[str], rows: list[dict[str, object]]) -> None:
        self.assertEqual(exported.languages.tags if exported.languages else [], tags)
        self.assertEqual(len(exported.members), len(rows))
        for member, row in zip(exported.members, rows):
            code = str(row["code"])
            found = exported.from_code(code)
            assert found is not None, code
            self.assertEqual(code_text(found), code)
            self.assertIsInstance(found, str if exported.text_codes else int)
            self.assertIs(found, member, "the table's order")
            self.assertEqual(found.wire_name, row["name"])
            self.assertEqual(found.message, row["message"])
            self.assertEqual(found.category, row["category"])
            self.assertEqual(found.help_url, row["help_url"])
            self.assertEqual(found.explanation, row["explanation"])
            self.assertIs(exported.table.from_name(str(row["name"])), found)
            self.assertEqual(exported.columns(code), row["columns"])
            aliases = row["aliases"]
            assert isinstance(aliases, list)
            for alias in aliases:
                self.assertIs(exported.table.from_name(str(alias)), found, alias)
            messages = row["messages"]
            assert isinstance(messages, dict)
            self.assertEqual(len(messages), len(tags))
            for tag in tags:
                assert exported.languages is not None
                self.assertEqual(exported.languages.message_in(code, tag), messages[tag], tag)
        self.assertIsNone(exported.table.from_name("NO SUCH NAME"))
        if exported.text_codes:
            self.assertIsNone(exported.from_code("NO SUCH CODE"))
        else:
            above = max(int(str(row["code"])) for row in rows) + 1
            self.assertIsNone(exported.from_code(str(above)))

    def test_a_code_is_an_int_of_its_tables_class(self) -> None:
        self.assertIs(codes.DaemonCode(10001), codes.DaemonCode.BAD_REQUEST)
        self.assertIsInstance(codes.DaemonCode.BAD_REQUEST, int)
        self.assertEqual(repr(codes.DaemonCode.BAD_REQUEST), "DaemonCode.BAD_REQUEST")
        self.assertEqual(list(codes.Curly), [0, 1, 2, 3])
        with self.assertRaises(ValueError):
            codes.DaemonCode(40000)

    def test_members_are_ints_named_in_capitals(self) -> None:
        self.assertEqual(codes.DaemonCode.BAD_REQUEST, 10001)
        self.assertEqual(codes.DaemonCode(10001).name, "BAD_REQUEST")
        self.assertEqual(codes.TransferState.TASK_PAUSE.wire_name, "TaskPause")
        self.assertEqual(codes.Tricky.CODE2.wire_name, "Code2")
        self.assertEqual(codes.Tricky.TYPE.wire_name, "type")
        self.assertEqual(codes.Tricky.NONE.wire_name, "None")
        self.assertEqual(codes.Tricky.U6210U529F.wire_name, "成功")

    def test_an_alias_is_its_rows_member(self) -> None:
        self.assertIs(codes.Curly.WOULDBLOCK, codes.Curly.AGAIN)
        self.assertIs(codes.Tricky.FINE, codes.Tricky.OK)
        self.assertIs(codes.Tricky.VALUES, codes.Tricky.MAXIMUM)
        self.assertIs(codes.Tricky.MATCH, codes.Tricky.TYPE)
        self.assertIs(codes.Wide.TOP, codes.Wide.MAX)
        self.assertEqual(codes.Curly.WOULDBLOCK.name, "AGAIN")
        self.assertEqual(codes.Curly.WOULDBLOCK.wire_name, "E_AGAIN")
        self.assertEqual(len(codes.Curly), 4, "iteration gives the rows, not the aliases")

    def test_a_string_code_is_a_str_of_its_tables_class(self) -> None:
        self.assertIs(codes.SqlState("23505"), codes.SqlState.UNIQUE_VIOLATION)
        self.assertIsInstance(codes.SqlState.UNIQUE_VIOLATION, str)
        self.assertEqual(codes.SqlState.UNIQUE_VIOLATION, "23505")
        self.assertEqual(repr(codes.SqlState.UNIQUE_VIOLATION), "SqlState.UNIQUE_VIOLATION")
        self.assertEqual(codes.SqlState.UNIQUE_VIOLATION.category, "IntegrityConstraintViolation")
        self.assertIs(codes.S3Error.from_code("NoSuchKey"), codes.S3Error.NO_SUCH_KEY)
        self.assertIs(codes.S3Error.from_name("NoSuchKey"), codes.S3Error.NO_SUCH_KEY)
        self.assertIs(codes.Textual.from_code('say "hi" \\'), codes.Textual.QUOTED)
        self.assertIs(codes.Textual.FULL, codes.Textual.DISK_FULL)
        self.assertIsNone(codes.SqlState.from_code("99999"))
        self.assertEqual(len(codes.S3Error), 12)
        with self.assertRaises(ValueError):
            codes.SqlState("99999")

    def test_a_hex_code_is_its_number(self) -> None:
        self.assertEqual(codes.Hresult.E_NOTIMPL, 0x80004001)
        self.assertIs(codes.Hresult(0xFFFFFFFF), codes.Hresult.E_LAST)
        self.assertIs(codes.Hresult.E_NOMEMORY, codes.Hresult.E_OUTOFMEMORY)

    def test_a_language_is_a_member_of_the_tables_language_enum(self) -> None:
        self.assertEqual([language.value for language in codes.CurlyLanguage], ["zh", "en"])
        self.assertEqual(codes.Curly.AGAIN.message_in(codes.CurlyLanguage.EN), "try again")
        self.assertEqual(codes.Curly.VANISHED.message_in(codes.CurlyLanguage.EN), "不见了")
        self.assertEqual(codes.Curly.AGAIN.message_in(codes.CurlyLanguage.ZH), "再试")


if __name__ == "__main__":
    unittest.main()
