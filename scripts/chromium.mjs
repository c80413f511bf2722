// What the scripts that drive Debian's Chromium share (html-check.mjs, screenshots.mjs): the
// browser, launched with a fresh profile, and the count of checks passed and failed.
// HTML_CHECK_TOOLS names the directory holding `node_modules/playwright-core`
// (scripts/browser-tools.sh installs it); CHROMIUM the browser (default /usr/bin/chromium).

import { createRequire } from "node:module";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const tools = process.env.HTML_CHECK_TOOLS || ".";
const { chromium } = createRequire(join(resolve(tools), "package.json"))("playwright-core");

/**
 * Chromium, headless, with a fresh profile, so that nothing of another run (or of the
 * machine's user) is read. Returns the browser context and a function that closes it and
 * removes the profile.
 */
export async function launch(name) {
  const profile = mkdtempSync(join(tmpdir(), `${name}-`));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}

/** Checks, counted: `check(condition, what)` prints `what` when it fails; `done()` prints the
 * count and exits, 1 on a failure. */
export function checks() {
  let passed = 0;
  let failed = 0;
  const check = (condition, what) => {
    if (condition) {
      passed++;
    } else {
      failed++;
      console.log(`  FAILED: ${what}`);
    }
  };
  const done = () => {
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(failed === 0 ? 0 : 1);
  };
  return { check, done };
}
