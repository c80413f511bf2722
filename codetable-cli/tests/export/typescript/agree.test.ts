// The TypeScript export's lookups agree with the Rust tables on every row: `codes.ts` is
// `codes export --format typescript` of the seeds (and of `tricky.rs`, MariaDB's server errors
// and the generated table of `generated/`, 30 000 rows in CI), the file named by CODES_ROWS
// what the compiled Rust enums give (`cargo run -p codetable-cli --example compiled_rows`, and
// the generated table's binary). Run by scripts/export-check.sh, after `tsc --strict`.

import { test } from "node:test";
import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import * as codes from "./codes";

interface CompiledRow {
  readonly code: string;
  readonly name: string;
  readonly message: string;
  /** The help link, or null. */
  readonly help_url: string | null;
  /** The doc comment, or "". */
  readonly explanation: string;
  readonly category: string | null;
  readonly columns: Readonly<Record<string, string | null>>;
  /** The message in each language, by tag (none for a table without languages). */
  readonly messages: Readonly<Record<string, string>>;
  readonly aliases: readonly string[];
}

interface Compiled {
  readonly tables: readonly {
    readonly name: string;
    /** Whether the codes are strings. */
    readonly text_codes: boolean;
    readonly languages: readonly string[];
    readonly rows: readonly CompiledRow[];
  }[];
}

/** Every table of the export, as code that takes any table sees it. */
const tables: Readonly<Record<string, codes.CodeTable>> = {
  DspError: codes.DspErrorTable,
  DspSdkError: codes.DspSdkErrorTable,
  TransferState: codes.TransferStateTable,
  LegacyCosError: codes.LegacyCosErrorTable,
  DaemonCode: codes.DaemonCodeTable,
  PcsError: codes.PcsErrorTable,
  CosV4Error: codes.CosV4ErrorTable,
  Tricky: codes.TrickyTable,
  Wide: codes.WideTable,
  Hresult: codes.HresultTable,
  Textual: codes.TextualTable,
  SqlState: codes.SqlStateTable,
  S3Error: codes.S3ErrorTable,
  Curly: codes.CurlyTable,
  MariaDbServerErrors: codes.MariaDbServerErrorsTable,
  Generated: codes.GeneratedTable,
};

/** The tables that declare languages, as code that takes any such table sees them. */
const languageTables: Readonly<Record<string, codes.LanguageTable>> = {
  PcsError: codes.PcsErrorTable,
  Curly: codes.CurlyTable,
  Generated: codes.GeneratedTable,
};

const path = process.env["CODES_ROWS"];
if (path === undefined) {
  throw new Error("CODES_ROWS names the file of the compiled rows");
}
const compiled = JSON.parse(readFileSync(path, "utf8")) as Compiled;

/** A column's value as Rust's `Display` shows it. */
function shown(value: unknown): string | null {
  return value === null ? null : String(value);
}

test("every table of the Rust side is exported, and no other", () => {
  const exported = Object.keys(tables).sort();
  const rust = compiled.tables.map((table) => table.name).sort();
  assert.deepEqual(exported, rust);
  const withLanguages = compiled.tables
    .filter((table) => table.languages.length > 0)
    .map((table) => table.name)
    .sort();
  assert.deepEqual(Object.keys(languageTables).sort(), withLanguages);
});

test("an alias is a property equal to its row's code", () => {
  assert.equal(codes.Curly.Wouldblock, codes.Curly.Again);
  assert.equal(codes.Tricky.Fine, codes.Tricky.Ok);
  assert.equal(codes.Tricky.Values, codes.Tricky.Maximum);
  assert.equal(codes.Tricky.Match, codes.Tricky.Type);
  assert.equal(codes.Wide.Top, codes.Wide.Max);
  const again: codes.Curly = codes.Curly.Wouldblock;
  assert.equal(codes.CurlyTable.name(again), "E_AGAIN");
  // @ts-expect-error: a plain number is no code of Curly, though Curly has a code 1.
  const plain: codes.Curly = 1;
  // @ts-expect-error: nor is another table's code of the same number.
  const other: codes.Curly = codes.DaemonCode.Ok;
  assert.equal(plain, codes.Curly.Again);
  assert.equal(other, codes.Curly.Ok);
  // The rows are the table's rows, not its aliases.
  assert.equal(codes.CurlyTable.rows.length, 4);
});

test("a string code is a branded string, a hex code the number", () => {
  const unique: codes.SqlState = codes.SqlState.UniqueViolation;
  assert.equal(unique, "23505");
  assert.equal(codes.SqlStateTable.fromCode("23505"), unique);
  assert.equal(codes.SqlStateTable.fromCode("99999"), undefined);
  assert.equal(codes.SqlStateTable.row(unique).category, "IntegrityConstraintViolation");
  assert.equal(codes.S3ErrorTable.fromCode("NoSuchKey"), codes.S3Error.NoSuchKey);
  assert.equal(codes.S3ErrorTable.fromName("NoSuchKey"), codes.S3Error.NoSuchKey);
  assert.equal(codes.TextualTable.fromCode('say "hi" \\'), codes.Textual.Quoted);
  assert.equal(codes.TextualTable.fromCode("__proto__"), codes.Textual.Proto);
  assert.equal(codes.Textual.Full, codes.Textual.DiskFull);
  // @ts-expect-error: a plain string is no code of SqlState, though SqlState has "23505".
  const plain: codes.SqlState = "23505";
  // @ts-expect-error: nor is another table's string code.
  const other: codes.SqlState = codes.S3Error.NoSuchKey;
  // @ts-expect-error: SqlState's fromCode takes a string, not a number.
  assert.equal(codes.SqlStateTable.fromCode(23505), undefined);
  assert.equal(plain, unique);
  assert.equal(other, "NoSuchKey");
  assert.equal(codes.Hresult.ENotimpl, 0x80004001);
  assert.equal(codes.HresultTable.fromCode(0xffffffff), codes.Hresult.ELast);
  assert.equal(codes.Hresult.ENomemory, codes.Hresult.EOutofmemory);
});

test("a language is one of the table's tags", () => {
  const english: codes.CurlyLanguage = "en";
  // @ts-expect-error: `fr` is no language of Curly.
  const french: codes.CurlyLanguage = "fr";
  assert.deepEqual(codes.CurlyLanguages, ["zh", "en"]);
  assert.equal(codes.CurlyTable.messageIn(codes.Curly.Again, english), "try again");
  assert.equal(codes.CurlyTable.messageIn(codes.Curly.Vanished, english), "不见了");
  assert.equal(codes.CurlyTable.row(codes.Curly.Vanished).messages.en, undefined);
  assert.equal(typeof french, "string");
});

for (const expected of compiled.tables) {
  test(`${expected.name} agrees with the Rust table on every row`, () => {
    const table = tables[expected.name];
    if (table === undefined) {
      assert.fail(`${expected.name} is not exported`);
    }
    assert.equal(table.table, expected.name);
    assert.equal(table.rows.length, expected.rows.length);
    for (const [index, row] of expected.rows.entries()) {
      const at = `${expected.name} ${row.code}`;
      const code = table.fromCode(expected.text_codes ? row.code : BigInt(row.code));
      if (code === undefined) {
        assert.fail(`${at}: fromCode finds no code`);
      }
      assert.equal(String(code), row.code, at);
      if (expected.text_codes) {
        assert.equal(typeof code, "string", at);
      }
      if (!expected.text_codes && Number.isSafeInteger(Number(row.code))) {
        assert.equal(table.fromCode(Number(row.code)), code, at);
      }
      assert.equal(String(table.rows[index]?.code), row.code, `${at}: the table's order`);
      assert.equal(table.name(code), row.name, at);
      assert.equal(table.message(code), row.message, at);
      assert.equal(table.fromName(row.name), code, at);
      const found = table.row(code);
      assert.equal(found.category, row.category, at);
      const fields = found as unknown as Readonly<Record<string, unknown>>;
      assert.equal(fields["helpUrl"], row.help_url, `${at}: helpUrl`);
      assert.equal(fields["explanation"], row.explanation, `${at}: explanation`);
      for (const [column, value] of Object.entries(row.columns)) {
        assert.equal(shown(fields[column]), value, `${at}: ${column}`);
      }
      for (const alias of row.aliases) {
        assert.equal(table.fromName(alias), code, `${at}: the alias ${alias}`);
      }
      const languageTable = languageTables[expected.name];
      assert.equal(Object.keys(row.messages).length, expected.languages.length, at);
      for (const language of expected.languages) {
        if (languageTable === undefined) {
          assert.fail(`${expected.name} has no messages by language`);
        }
        const message = languageTable.messageIn(code, language);
        assert.equal(message, row.messages[language], `${at}: ${language}`);
      }
    }
    const languageTable = languageTables[expected.name];
    if (languageTable !== undefined) {
      assert.deepEqual(languageTable.languages, expected.languages);
    }
    if (expected.text_codes) {
      // A string that is no code, and a row's place, which is none either.
      assert.equal(table.fromCode("NO SUCH CODE"), undefined);
      assert.equal(table.fromCode(0), undefined);
    } else {
      const codes = expected.rows.map((row) => BigInt(row.code));
      const above = codes.reduce((a, b) => (a > b ? a : b)) + 1n;
      assert.equal(table.fromCode(above), undefined);
      assert.equal(table.fromCode(0.5), undefined);
    }
    assert.equal(table.fromName("NO SUCH NAME"), undefined);
  });
}
