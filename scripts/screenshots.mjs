// Screenshots of rustdoc pages in Debian's Chromium (driven by playwright-core), for
// `scripts/screenshots.sh`. Usage:
//
//   HTML_CHECK_TOOLS=DIR node scripts/screenshots.mjs OUT_DIR NAME=PAGE.html ...
//
// For each page and each width (1 280 and 390 px): the first screen, OUT_DIR/NAME-WIDTH.png,
// the whole page, OUT_DIR/NAME-WIDTH-full.png, and, where the docs fold an overview in
// `<details>` (a table's codes at a glance), that overview opened, OUT_DIR/NAME-WIDTH-open.png. Checks what a reader must see: at 390 px
// no page is wider than the screen (a code block scrolls inside itself); the crate page
// (NAME `crate`) shows, on its first screen at 1 280 px, what the crate does, the install line
// and the start of an example. Ends with `N passed, N failed`, and exits 1 on a failure.

import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { checks, launch } from "./chromium.mjs";

const [outDir, ...specs] = process.argv.slice(2);
if (!outDir || specs.length === 0) {
  console.error("usage: node scripts/screenshots.mjs OUT_DIR NAME=PAGE.html ...");
  process.exit(2);
}

const { check, done } = checks();
const { context, close } = await launch("screenshots");
const widths = [[1280, 800], [390, 844]];
try {
  for (const spec of specs) {
    const at = spec.indexOf("=");
    const name = spec.slice(0, at);
    const file = resolve(spec.slice(at + 1));
    for (const [width, height] of widths) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(outDir, `${name}-${width}.png`) });
      await page.screenshot({ path: join(outDir, `${name}-${width}-full.png`), fullPage: true });
      // A folded overview in the docs (a table's codes at a glance), opened.
      const folded = await page.evaluate(() => {
        const details = document.querySelector(".top-doc .docblock details");
        if (!details) return false;
        details.open = true;
        details.scrollIntoView();
        return true;
      });
      if (folded) {
        await page.waitForTimeout(100);
        await page.screenshot({ path: join(outDir, `${name}-${width}-open.png`) });
      }
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      console.log(`${name} at ${width} px: ${scrollWidth} px wide`);
      if (width === 390) {
        check(scrollWidth <= width, `${name}: ${scrollWidth} px wide at ${width} px`);
      }
      if (name === "crate" && width === 1280) {
        // The first screen: the summary, the install line and the example's first lines.
        const seen = await page.evaluate((screen) => {
          const top = (element) => element ? element.getBoundingClientRect().top : Infinity;
          const docblock = document.querySelector(".docblock");
          const blocks = [...document.querySelectorAll(".docblock pre")];
          const install = blocks.find((b) => b.textContent.includes("cargo add codetable"));
          const example = blocks.find((b) => b.textContent.includes("define_codes!"));
          const first = docblock && docblock.querySelector("p");
          return {
            summary: top(first) < screen,
            install: install ? install.getBoundingClientRect().bottom < screen : false,
            example: top(example) + 100 < screen,
          };
        }, height);
        check(seen.summary, "crate page: the summary on the first screen");
        check(seen.install, "crate page: `cargo add codetable` on the first screen");
        check(seen.example, "crate page: the example's start on the first screen");
      }
      await page.close();
    }
  }
} finally {
  await close();
}
done();
