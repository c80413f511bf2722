// The TypeScript export's lookups agree with the Rust tables on every row: `codes.ts` is
// `codes export --format typescript` of the seeds (and of `tricky.rs`), the file named by
// CODES_ROWS what the compiled Rust enums give (`cargo run -p codes-cli --example
// compiled_rows`). Run by scripts/export-check.sh, after `tsc --strict`.

import { test } from "node:test";
import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import * as codes from "./codes";

interface CompiledRow {
  readonly code: string;
  readonly name: string;
  readonly message: string;
  readonly category: string | null;
  readonly columns: Readonly<Record<string, string | null>>;
}

interface Compiled {
  readonly tables: readonly { readonly name: string; readonly rows: readonly CompiledRow[] }[];
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
  Curly: codes.CurlyTable,
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
      const code = table.fromCode(BigInt(row.code));
      if (code === undefined) {
        assert.fail(`${at}: fromCode finds no code`);
      }
      assert.equal(String(code), row.code, at);
      if (Number.isSafeInteger(Number(row.code))) {
        assert.equal(table.fromCode(Number(row.code)), code, at);
      }
      assert.equal(String(table.rows[index]?.code), row.code, `${at}: the table's order`);
      assert.equal(table.name(code), row.name, at);
      assert.equal(table.message(code), row.message, at);
      assert.equal(table.fromName(row.name), code, at);
      const found = table.row(code);
      assert.equal(found.category, row.category, at);
      const fields = found as unknown as Readonly<Record<string, unknown>>;
      for (const [column, value] of Object.entries(row.columns)) {
        assert.equal(shown(fields[column]), value, `${at}: ${column}`);
      }
    }
    const codes = expected.rows.map((row) => BigInt(row.code));
    const above = codes.reduce((a, b) => (a > b ? a : b)) + 1n;
    assert.equal(table.fromCode(above), undefined);
    assert.equal(table.fromCode(0.5), undefined);
    assert.equal(table.fromName("NO SUCH NAME"), undefined);
  });
}
