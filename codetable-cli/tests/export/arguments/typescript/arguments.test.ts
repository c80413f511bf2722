// The TypeScript export's argument functions agree with the Rust tables on every row with
// arguments: `codes.ts` is `codes export --format typescript` of `tests/export/arguments.rs`
// and of MariaDB's imported table, the file named by CODES_ARGS what the compiled Rust tables
// build (`cargo run -p codetable-cli --example compiled_args`). Each case is formatted twice:
// by the row's typed function, with values of its types, and by `formatTable` from the
// values as strings; both must write what Rust writes, in every language. Run by
// scripts/export-check.sh, after `tsc --strict`.

import { test } from "node:test";
import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import * as codes from "./codes";

interface Case {
  readonly code: string;
  readonly builder: string;
  readonly args: readonly { readonly name: string; readonly type: string; readonly value: string }[];
  readonly message: string;
  /** The message in each language, by tag (none for a table without languages). */
  readonly messages: Readonly<Record<string, string>>;
}

interface Compiled {
  readonly tables: readonly {
    readonly name: string;
    /** Whether the codes are strings. */
    readonly text_codes: boolean;
    readonly languages: readonly string[];
    readonly cases: readonly Case[];
  }[];
}

type Format = (...args: unknown[]) => string;

type FormatStrings = (code: unknown, args: Readonly<Record<string, string>>, language?: string) => string | undefined;

/** A table's argument functions and its `formatTable`, found by the table's name. */
function exported(name: string): { functions: Readonly<Record<string, Format>>; format: FormatStrings } {
  const module = codes as unknown as Readonly<Record<string, unknown>>;
  const functions = module[`${name}Args`];
  const format = module[`format${name}`];
  assert.ok(typeof functions === "object" && functions !== null, `${name}Args`);
  assert.ok(typeof format === "function", `format${name}`);
  return { functions: functions as Readonly<Record<string, Format>>, format: format as FormatStrings };
}

const path = process.env["CODES_ARGS"];
if (path === undefined) {
  throw new Error("CODES_ARGS names the file of the compiled rows with arguments");
}
const compiled = JSON.parse(readFileSync(path, "utf8")) as Compiled;

/** A value as the typed function takes it: by its Rust type. */
function typed(type: string, value: string): unknown {
  switch (type) {
    case "&str":
    case "char":
      return value;
    case "bool":
      return value === "true";
    case "f64":
      return value === "NaN" ? NaN : value === "inf" ? Infinity : value === "-inf" ? -Infinity : Number(value);
    case "i64":
    case "u64":
    case "isize":
    case "usize":
      return BigInt(value);
    default:
      return Number(value);
  }
}

/** A builder's name in lowerCamelCase: `er_no_such_table` → `erNoSuchTable`. */
function camel(builder: string): string {
  return builder.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

for (const table of compiled.tables) {
  test(`${table.name}: every row's message, typed and from strings, in every language`, () => {
    const { functions, format } = exported(table.name);
    assert.ok(table.cases.length > 0);
    for (const c of table.cases) {
      const fn: Format | undefined = functions[camel(c.builder)];
      assert.ok(fn !== undefined, `${table.name}.${c.builder}`);
      const values = c.args.map((arg) => typed(arg.type, arg.value));
      const strings = Object.fromEntries(c.args.map((arg) => [arg.name, arg.value]));
      // A code as its table declares it: a string code as it is, a bigint for a table with one
      // beyond 2^53.
      const big = table.cases.some((other) => !Number.isSafeInteger(Number(other.code)));
      const code = table.text_codes ? c.code : big ? BigInt(c.code) : Number(c.code);
      assert.equal(fn(...values), c.message, `${table.name} ${c.code}`);
      assert.equal(format(code, strings), c.message, `${table.name} ${c.code} from strings`);
      for (const [language, message] of Object.entries(c.messages)) {
        assert.equal(fn(...values, language), message, `${table.name} ${c.code} in ${language}`);
        assert.equal(format(code, strings, language), message, `${table.name} ${c.code} in ${language}`);
      }
    }
  });
}

test("a value its Rust type has not, or an argument missing or unreadable, is a RangeError", () => {
  assert.throws(() => codes.FormatsArgs.signed(128, 0, 0, 0, 0), RangeError);
  assert.throws(() => codes.FormatsArgs.unsigned(-1, 0, 0, 0, 0), RangeError);
  assert.throws(() => codes.FormatsArgs.signed(0.5, 0, 0, 0, 0), RangeError);
  assert.throws(() => codes.FormatsArgs.others(true, "ab"), RangeError);
  assert.throws(() => codes.formatFormats(codes.Formats.Float, {}), RangeError);
  assert.throws(() => codes.formatFormats(codes.Formats.Float, { value: "x" }), RangeError);
  assert.throws(() => codes.formatFormats(codes.Formats.Others, { flag: "yes", letter: "x" }), RangeError);
  assert.equal(codes.formatFormats(codes.Formats.Plain, {}), undefined);
  assert.equal(codes.FormatsArgs.quotes("x", "zh"), '引号 " { x }');
  assert.equal(codes.formatWide(codes.Wide.High, { n: "255", m: "-1" }), "0xFF ffffffffffffffff");
  assert.equal(codes.formatNamed(codes.Named.Said, { who: "he" }), 'he said "hi"');
  assert.equal(codes.formatNamed(codes.Named.SlowDown, { rate: "7" }), "Reduce your request rate below 7/s.");
});
