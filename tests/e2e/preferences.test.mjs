// Preferences (issue 12 item 9): colours follow the device's light/dark setting unless the learner
// chooses, text size can be changed, both are remembered; the dark theme passes axe's contrast check.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { useApp, waitReady, setCode, runToEnd } from "./harness.mjs";

const require = createRequire(new URL("../../web/package.json", import.meta.url));
const AXE = require.resolve("axe-core/axe.min.js");

let page;
const app = useApp({ isolated: true }, (opened) => (page = opened.page));

const dark = () => page.locator(".app").evaluate((el) => el.classList.contains("theme-dark"));
const rootSize = () => page.evaluate(() => document.documentElement.style.fontSize);

async function reload() {
  await page.reload();
  await waitReady(page);
}

test("colours follow the device until the learner chooses, and the choice is remembered", async () => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.waitForFunction(() => document.querySelector(".app").classList.contains("theme-dark"));
  await page.emulateMedia({ colorScheme: "light" });
  await page.waitForFunction(() => !document.querySelector(".app").classList.contains("theme-dark"));
  await page.selectOption("#theme", "dark");
  assert.ok(await dark());
  await reload();
  assert.ok(await dark(), "dark after a reload");
  assert.equal(await page.locator("#theme").inputValue(), "dark");
  await page.selectOption("#theme", "system");
  assert.equal(await dark(), false);
});

test("text size steps up and down and is remembered", async () => {
  await page.click("#text-larger");
  await page.click("#text-larger");
  assert.equal(await rootSize(), "125%");
  await reload();
  assert.equal(await rootSize(), "125%");
  await page.click("#text-smaller");
  await page.click("#text-smaller");
  assert.equal(await rootSize(), "100%");
});

test("the dark theme passes axe (contrast included), after a run with an error", async () => {
  await page.selectOption("#theme", "dark");
  await setCode(page, 'name = "Ada"\n# a comment\nprint(name + 1, 42)\n');
  await runToEnd(page);
  await page.addScriptTag({ path: AXE });
  const { violations } = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ["violations"] }));
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ") + " " + (n.any[0]?.message ?? "")).slice(0, 4).join(" | ")}`);
  assert.deepEqual(serious, []);
  await page.selectOption("#theme", "system");
});

test("no errors reached the page", () => {
  assert.deepEqual(app.problems, []);
});
