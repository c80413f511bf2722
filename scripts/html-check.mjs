// The `html` export in a real browser (Debian's Chromium, driven by playwright-core): what
// `scripts/html-check.sh` runs on each page it exports. Usage:
//
//   HTML_CHECK_TOOLS=DIR node scripts/html-check.mjs OUT_DIR NAME=PAGE.html:EXPORT.json ...
//
// (DIR holds `node_modules/playwright-core`, which html-check.sh installs.)
//
// For each page, with the `json` export of the same sources beside it to know what the page
// must show: the page loads with its script ready and every code shown; a search for a code,
// a name and words of a message shows exactly the rows whose text holds every word (each row
// checked) and the row searched for; a link to a code scrolls to it, and shows it when a search
// hid it; each language of the switch shows each row's message in it, or its first language's;
// at 390 px the page is no wider than the screen. Screenshots at 1 280 and 390 px go to OUT_DIR.
// Prints, per page, when its script was ready and how long a search took, and ends with
// `N passed, N failed`.

import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { checks, launch } from "./chromium.mjs";

const [outDir, ...specs] = process.argv.slice(2);
if (!outDir || specs.length === 0) {
  console.error("usage: node scripts/html-check.mjs OUT_DIR NAME=PAGE.html:EXPORT.json ...");
  process.exit(2);
}

const { check, done } = checks();
const { context, close } = await launch("html-check");
// The page must load nothing: any request but the page's own file fails the check.
const requests = [];
context.on("request", (request) => {
  if (!request.url().startsWith("file:")) requests.push(request.url());
});

/** The words a reader would type for a message: two of its words, or its first characters. */
function wordsOf(message) {
  const words = message.split(/\s+/).filter((word) => word.length > 1);
  if (words.length >= 2) return words.slice(0, 2).join(" ");
  return [...message].slice(0, 4).join("");
}

/**
 * The rows of a `json` export as the page must show them: each with its anchor (its code,
 * or `Table-code` for a code an earlier table has too) and the text a search looks in (code,
 * name, aliases, messages in every language, section, explanation).
 */
function pageRows(exported) {
  const seen = new Set();
  const rows = [];
  for (const table of exported.tables) {
    const languages = table.languages[0] === "default" ? null : table.languages;
    for (const row of table.rows) {
      // A string code as written (`text`), a number as the page shows it.
      const code = row.text ?? String(row.code);
      const anchor = seen.has(code) ? `${table.name}-${code}` : code;
      seen.add(anchor);
      const first = row.messages[table.languages[0]] || null;
      const messages = languages
        ? languages.map((language, i) => (i === 0 ? first : row.messages[language] ?? null))
        : [first];
      const text = [code, row.nameless ? "" : row.name, row.aliases.join(" "), messages.join(" "), row.section || "", row.doc || ""]
        .join("\n")
        .toLowerCase();
      rows.push({ table, row, anchor, text });
    }
  }
  return rows;
}

/** Types `query` into the search, and waits until the page has filtered for it. */
async function search(page, query) {
  const before = await page.evaluate(() => performance.now());
  await page.fill("#q", query);
  await page.waitForFunction(
    (query) => {
      const count = document.getElementById("count").textContent;
      return query.trim() ? count.includes(" of ") : !count.includes(" of ");
    },
    query,
  );
  // The frame after the filter ran: what the reader sees.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done())));
  return (await page.evaluate(() => performance.now())) - before;
}

/** The anchors of the rows the page shows, in order. */
function shownAnchors(page) {
  return page.evaluate(() => Array.from(document.querySelectorAll("article.code"), (row) => row.id));
}

/** Checks that the page shows the rows whose text holds every word of `query`, in order. */
async function checkSearch(page, name, rows, query) {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const expected = rows.filter((row) => words.every((word) => row.text.includes(word))).map((row) => row.anchor);
  const shown = await shownAnchors(page);
  const count = await page.textContent("#count");
  const counted = words.length ? `${expected.length} of ${rows.length} codes` : `${rows.length} codes`;
  check(count === counted, `${name}: "${query}": the count says "${count}", not "${counted}"`);
  const first = expected.slice(0, shown.length);
  check(
    // A page of 200 rows at least (more where the page's end is near the screen), in order.
    shown.length >= Math.min(expected.length, 200) &&
      shown.length <= expected.length &&
      shown.every((anchor, i) => anchor === first[i]),
    `${name}: "${query}": shows ${shown.length} rows [${shown.slice(0, 5)}...], not the ${expected.length} matches [${first.slice(0, 5)}...]`,
  );
  return expected;
}

/** Waits for the row of `anchor` to be the target, on screen below the bar. */
async function onScreen(page, anchor) {
  try {
    await page.waitForFunction((anchor) => {
      const row = document.getElementById(anchor);
      if (!row || !row.classList.contains("target")) return false;
      const top = row.getBoundingClientRect().top;
      return top >= document.querySelector(".bar").offsetHeight - 2 && top < innerHeight;
    }, anchor, { timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}

async function load(page, url) {
  const started = Date.now();
  await page.goto(url, { waitUntil: "load", timeout: 120_000 });
  await page.waitForFunction(() => document.documentElement.dataset.ready, null, { timeout: 60_000 });
  return Date.now() - started;
}

async function checkPage(name, html, json) {
  const exported = JSON.parse(readFileSync(json, "utf8"));
  const rows = pageRows(exported);
  const url = pathToFileURL(resolve(html)).href;
  const page = await context.newPage();
  page.on("pageerror", (error) => check(false, `${name}: the page's script failed: ${error.message}`));
  await page.setViewportSize({ width: 1280, height: 900 });
  const loaded = await load(page, url);
  const ready = Number(await page.evaluate(() => document.documentElement.dataset.ready));
  console.log(`${name}: ${rows.length} codes; script ready ${ready.toFixed(0)} ms after navigation started`);
  await checkSearch(page, name, rows, "");
  await page.screenshot({ path: join(outDir, `${name}-1280.png`) });

  // Scrolling shows the next rows, in order.
  if (rows.length > 200) {
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForFunction(() => document.querySelectorAll("article.code").length > 200, null, { timeout: 10_000 }).catch(() => {});
    const shown = await shownAnchors(page);
    check(
      shown.length > 200 && shown.every((anchor, i) => anchor === rows[i].anchor),
      `${name}: scrolling to the end shows ${shown.length} rows, not the next ones in order`,
    );
  }

  // Rows to look for: the first, one from the middle, the last, and one with an explanation
  // and one with a help link where the tables have them.
  const probes = [rows[0], rows[Math.floor(rows.length / 2)], rows[rows.length - 1]];
  const explained = rows.find(({ row }) => row.doc);
  if (explained) probes.push(explained);
  const linked = rows.find(({ row }) => row.help_url);
  if (linked) probes.push(linked);
  const timings = [];
  for (const { table, row, anchor } of probes) {
    const message = row.messages[table.languages[0]] || "";
    const queries = [row.text ?? String(row.code)];
    if (!row.nameless) queries.push(row.name.toLowerCase());
    if (message) queries.push(wordsOf(message));
    for (const query of queries) {
      timings.push(await search(page, query));
      const expected = await checkSearch(page, name, rows, query);
      check(expected.includes(anchor), `${name}: "${query}" does not find #${anchor}`);
    }
  }
  const words = wordsOf(probes[1].row.messages[probes[1].table.languages[0]] || probes[1].row.name);
  await search(page, words);
  await page.screenshot({ path: join(outDir, `${name}-1280-search.png`) });

  // A link to a code: the row is the target, on screen, even when a search hid it.
  const middle = probes[1].anchor;
  await search(page, "no row holds this text 㐀㐀");
  await page.evaluate((anchor) => { location.hash = anchor; }, middle);
  check(await onScreen(page, middle), `${name}: #${middle} is not on screen after following its link`);
  const last = rows[rows.length - 1].anchor;
  await load(page, `${url}#${last}`);
  check(await onScreen(page, last), `${name}: opening the page at #${last} does not show that row`);
  await page.screenshot({ path: join(outDir, `${name}-1280-anchor.png`) });

  // The language switch: each row's message in the language chosen, or its first language's.
  await load(page, url);
  const languages = [...new Set(exported.tables.filter((t) => t.languages[0] !== "default").flatMap((t) => t.languages))];
  const hasSwitch = (await page.locator("#lang").count()) > 0;
  check(hasSwitch === languages.length > 0, `${name}: a language switch ${hasSwitch ? "without" : "but"} languages`);
  for (const language of languages.slice(1)) {
    await page.selectOption("#lang", language);
    const wrong = await page.evaluate((language) => {
      let wrong = 0;
      for (const row of document.querySelectorAll("article.code")) {
        const shown = [...row.querySelectorAll(".msg")].filter((msg) => getComputedStyle(msg).display !== "none");
        if (shown.length > 1) wrong++;
        const own = row.querySelector(`.msg[lang="${language}"]`);
        if (own && shown[0] !== own) wrong++;
      }
      return wrong;
    }, language);
    check(wrong === 0, `${name}: in "${language}", ${wrong} rows show another message`);
    await page.screenshot({ path: join(outDir, `${name}-1280-${language}.png`) });
  }

  // A phone: 390 px wide, nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await load(page, url);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  check(overflow <= 0, `${name}: at 390 px the page is ${overflow} px wider than the screen`);
  await page.screenshot({ path: join(outDir, `${name}-390.png`) });
  await search(page, words);
  await page.screenshot({ path: join(outDir, `${name}-390-search.png`) });
  await page.close();

  timings.sort((a, b) => a - b);
  const median = timings[Math.floor(timings.length / 2)];
  console.log(`${name}: a search answered in ${median.toFixed(0)} ms (median of ${timings.length}, slowest ${timings[timings.length - 1].toFixed(0)} ms); the page loaded in ${loaded} ms`);
  return { name, rows: rows.length, ready, median };
}

const results = [];
for (const spec of specs) {
  const [name, files] = spec.split("=");
  const [html, json] = files.split(":");
  results.push(await checkPage(name, html, json));
}
check(requests.length === 0, `the pages requested ${requests.join(", ")}`);
await close();

for (const { name, rows, ready, median } of results) {
  console.log(`time to interactive: ${name} (${rows} codes): script ready at ${ready.toFixed(0)} ms, a search answers in ${median.toFixed(0)} ms`);
}
done();
