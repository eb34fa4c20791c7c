// Accessibility: an automated axe-core audit of the main page reports no serious or critical
// violations (after a run with an error, so the console and its links are audited too); the
// page is usable with the keyboard alone and fits a 1280×720 laptop and a tablet.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { useApp, waitReady, setCode, runToEnd } from "./harness.mjs";

const require = createRequire(new URL("../../web/package.json", import.meta.url));
const AXE = require.resolve("axe-core/axe.min.js");

let page;
const app = useApp({ isolated: true }, (opened) => (page = opened.page));

async function audit() {
  await page.addScriptTag({ path: AXE });
  const { violations, passes } = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ["violations"] }));
  assert.ok(passes.length > 10, "axe checked nothing");
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

test("axe-core finds no serious violations on the main page", async () => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await setCode(page, 'name = "Ada"\nprint(name + 1)\n');
  await runToEnd(page);
  assert.deepEqual(await audit(), []);
});

test("at 1280×720, on a tablet and at 200% zoom the editor, Run and the output are on screen without sideways scrolling", async () => {
  // 640×360 is 1280×720 at 200% browser zoom.
  for (const size of [{ width: 1280, height: 720 }, { width: 768, height: 1024 }, { width: 640, height: 360 }]) {
    await page.setViewportSize(size);
    const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    assert.ok(fits, `${size.width}×${size.height}: the page scrolls sideways`);
    for (const selector of ["#code", "#run", "#output"]) {
      const box = await page.locator(selector).boundingBox();
      assert.ok(box && box.width > 0 && box.x >= 0 && box.x + box.width <= size.width, `${selector} at ${size.width}×${size.height}: ${JSON.stringify(box)}`);
    }
  }
  await page.setViewportSize({ width: 1280, height: 720 });
});

test("the keyboard alone reaches an exercise, the editor and Run", async () => {
  await page.locator("body").click({ position: { x: 1, y: 1 } });
  const reached = new Set();
  // Every exercise link comes before the editor in Tab order: the bound grows with the lessons
  // (80 was too few once the Jeopardy and Social media projects came).
  for (let i = 0; i < 300 && reached.size < 3; i++) {
    await page.keyboard.press("Tab");
    const where = await page.evaluate(() => {
      const el = document.activeElement;
      if (el.closest("#code")) return "editor";
      if (el.id === "run") return "run";
      if (el.classList.contains("exercise-link")) return "exercise";
      return null;
    });
    if (where) reached.add(where);
    if (where === "editor") {
      await page.keyboard.press("Escape"); // then Tab leaves the editor
    }
  }
  assert.deepEqual([...reached].sort(), ["editor", "exercise", "run"]);
});

test("the first Tab on a fresh page reaches \"Skip to the editor\", which puts the cursor in the editor", async () => {
  await page.reload();
  await waitReady(page);
  await page.keyboard.press("Tab");
  const skip = page.locator(".skip-link");
  assert.equal(await skip.evaluate((el) => el === document.activeElement), true);
  assert.equal((await skip.textContent()).trim(), "Skip to the editor");
  const box = await skip.boundingBox();
  assert.ok(box && box.y >= 0, `shown when focused: ${JSON.stringify(box)}`);
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => Boolean(document.activeElement.closest("#code"))), true);
  assert.equal(await page.evaluate(() => location.hash), "", "the address keeps no #code");
  await page.keyboard.press("Escape"); // Tab leaves the editor again
});

test("no errors reached the page", () => {
  assert.deepEqual(app.problems, []);
});
