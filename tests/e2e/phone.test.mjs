// Phones and tablets (issue 12 item 5): the lesson list is a menu on small screens, choosing an
// exercise shows it, the toolbar stays on one line and long code lines scroll sideways inside the
// editor. Each test also takes a screenshot (PYPLAY_SCREENSHOTS=dir keeps them) of what it checks.
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { useApp, setCode } from "./harness.mjs";

let page;
useApp({ isolated: true }, (opened) => (page = opened.page));

const shot = (name) =>
  process.env.PYPLAY_SCREENSHOTS && page.screenshot({ path: path.join(process.env.PYPLAY_SCREENSHOTS, `${name}.png`) });

const box = (selector) => page.locator(selector).first().boundingBox();

async function toolbarOnOneLine() {
  const tops = await page.locator(".toolbar > *").evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
  return Math.max(...tops) - Math.min(...tops) < 8;
}

test("on a phone (390×844) the lessons are a menu and choosing an exercise shows it", async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.evaluate(() => scrollTo(0, 0));
  assert.ok(await page.locator(".lessons-toggle").isVisible(), "the menu button shows");
  assert.equal(await page.locator(".exercise-link").first().isVisible(), false, "the list is folded away");
  const exercise = await box(".exercise");
  assert.ok(exercise.y < 844 / 2, `the exercise starts in the top half (y=${exercise.y})`);
  await page.click(".lessons-toggle");
  assert.equal(await page.locator(".lessons-toggle").getAttribute("aria-expanded"), "true");
  const choice = page.locator(".exercise-link", { hasText: "Asking a question" });
  await choice.click();
  await page.waitForFunction(() => document.querySelector(".exercise h2")?.textContent.includes("Asking a question"));
  assert.equal(await page.locator(".exercise-link").first().isVisible(), false, "the menu closed");
  const title = await box(".exercise h2");
  assert.ok(title.y >= 0 && title.y + title.height <= 844, `the chosen exercise is in view (${JSON.stringify(title)})`);
  assert.match(await page.locator(".lessons-toggle").innerText(), /Asking a question/);
  await shot("phone-390x844-exercise");
});

for (const size of [{ width: 390, height: 844 }, { width: 768, height: 1024 }]) {
  test(`at ${size.width}×${size.height} the toolbar is one line, nothing scrolls sideways, and a long line scrolls inside the editor`, async () => {
    await page.setViewportSize(size);
    await setCode(page, `print("${"a long line of text that does not fit ".repeat(4)}")\n`);
    assert.ok(await toolbarOnOneLine(), "Run, Check, Stop and the status share one line");
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), "the page does not scroll sideways");
    const scroller = await page.locator(".code .cm-scroller").evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    assert.ok(scroller.scroll > scroller.client, `the editor scrolls sideways (${JSON.stringify(scroller)})`);
    const editor = await box("#code");
    assert.ok(editor.x >= 0 && editor.x + editor.width <= size.width, `the editor fits (${JSON.stringify(editor)})`);
    await shot(`screen-${size.width}x${size.height}`);
  });
}

test("back on a wide screen the list is beside the work again", async () => {
  await page.setViewportSize({ width: 1280, height: 720 });
  assert.equal(await page.locator(".lessons-toggle").isVisible(), false);
  assert.ok(await page.locator(".exercise-link").first().isVisible());
});
