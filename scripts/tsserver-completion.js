// How long an editor waits for a completion in a file that imports a TypeScript export:
// drives tsserver (the `typescript` npm package's language server, as VS Code runs it) over
// its stdio protocol.
//
//   node scripts/tsserver-completion.js TSSERVER DIR TABLE [EDITS]
//
// TSSERVER is typescript/lib/tsserver.js; DIR holds the export as codes.ts and a
// tsconfig.json; TABLE is the name of a table in it. The script opens DIR/use.ts, which
// imports the table, asks for the completions after `TABLE.` (the codes' names), then EDITS
// times (default 5) edits the file as a person typing does and asks again. Prints one line of
// JSON: the first completion's milliseconds (the project loaded and the table's type computed
// from nothing), those after each edit (tsserver keeps the parsed files but checks anew), and
// how many entries each answered. Exits 1 if tsserver answers an error or no entries.

"use strict";

const { spawn } = require("node:child_process");
const { writeFileSync } = require("node:fs");
const path = require("node:path");

const [tsserver, dir, table, editsArg] = process.argv.slice(2);
if (tsserver === undefined || dir === undefined || table === undefined) {
  process.stderr.write("usage: node tsserver-completion.js TSSERVER DIR TABLE [EDITS]\n");
  process.exit(2);
}
const edits = editsArg === undefined ? 5 : Number(editsArg);
const file = path.resolve(dir, "use.ts");
// The completion is asked at the end of the last line, after `TABLE.`.
const lines = [`import { ${table} } from "./codes";`, "", `export const chosen = ${table}.`];
const text = lines.join("\n");
writeFileSync(file, text);

const server = spawn(process.execPath, [tsserver, "--disableAutomaticTypingAcquisition"], {
  stdio: ["pipe", "pipe", "inherit"],
});
let seq = 0;
const waiting = new Map();
let buffer = Buffer.alloc(0);

// tsserver answers with `Content-Length: N`, a blank line, and N bytes of JSON.
server.stdout.on("data", (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const header = buffer.indexOf("\r\n\r\n");
    if (header < 0) {
      return;
    }
    const length = Number(/Content-Length: (\d+)/.exec(buffer.subarray(0, header).toString())[1]);
    const start = header + 4;
    if (buffer.length < start + length) {
      return;
    }
    const message = JSON.parse(buffer.subarray(start, start + length).toString());
    buffer = buffer.subarray(start + length);
    if (message.type === "response" && waiting.has(message.request_seq)) {
      waiting.get(message.request_seq)(message);
      waiting.delete(message.request_seq);
    }
  }
});

/** Sends a request; resolves with its response, or at once for one that has none. */
function request(command, args, answered = true) {
  seq += 1;
  const message = { seq, type: "request", command, arguments: args };
  server.stdin.write(`${JSON.stringify(message)}\n`);
  if (!answered) {
    return Promise.resolve(undefined);
  }
  return new Promise((resolve) => waiting.set(seq, resolve));
}

/** The completions at the end of the file: milliseconds, and the number of entries. */
async function complete(line, offset) {
  const start = process.hrtime.bigint();
  const response = await request("completionInfo", { file, line, offset });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (!response.success) {
    throw new Error(`completionInfo: ${response.message}`);
  }
  const entries = response.body ? response.body.entries.length : 0;
  if (entries === 0) {
    throw new Error(`no completions after ${table}.`);
  }
  return { ms, entries };
}

async function main() {
  await request("configure", { preferences: { includeCompletionsForModuleExports: false } });
  await request("open", { file, fileContent: text, projectRootPath: path.resolve(dir) }, false);
  const line = lines.length;
  const offset = lines[line - 1].length + 1;
  const first = await complete(line, offset);
  const after = [];
  for (let edit = 0; edit < edits; edit += 1) {
    // Types a comment line above, as a person editing the file does: a new program, whose
    // checker computes the table's type again.
    const insert = `// edit ${edit}\n`;
    await request(
      "change",
      { file, line: 2, offset: 1, endLine: 2, endOffset: 1, insertString: insert },
      false,
    );
    lines.splice(1, 0, `// edit ${edit}`);
    after.push(await complete(lines.length, offset));
  }
  const ms = after.map((run) => Math.round(run.ms));
  const sorted = [...ms].sort((a, b) => a - b);
  const result = {
    table,
    entries: first.entries,
    first_ms: Math.round(first.ms),
    after_edit_ms: ms,
    after_edit_median_ms: sorted.length > 0 ? sorted[Math.floor(sorted.length / 2)] : null,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main()
  .then(() => {
    server.kill();
  })
  .catch((error) => {
    process.stderr.write(`${error.message}\n`);
    server.kill();
    process.exit(1);
  });
