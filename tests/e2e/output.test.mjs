// The shell follows its output like a terminal (issue 12 item 1): the newest line and an error's
// explanation are in view without scrolling, unless the learner scrolled up to read.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, setCode, runToEnd, waitReady } from "./harness.mjs";

let page;
useApp({ isolated: true }, (opened) => (page = opened.page));

/** Whether `selector`'s last match shows whole: inside the window and inside the output box. */
const inView = (selector) =>
  page.evaluate((selector) => {
    const all = document.querySelectorAll(selector);
    const el = all[all.length - 1];
    const box = document.querySelector("#output").getBoundingClientRect();
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top >= Math.max(0, box.top) - 1 && r.bottom <= Math.min(innerHeight, box.bottom) + 1;
  }, selector);

/** Whether the end of `selector`'s last match shows (a long run of output ends in view). */
const endInView = (selector) =>
  page.evaluate((selector) => {
    const all = document.querySelectorAll(selector);
    const el = all[all.length - 1];
    const box = document.querySelector("#output").getBoundingClientRect();
    const r = el.getBoundingClientRect();
    return r.bottom >= Math.max(0, box.top) && r.bottom <= Math.min(innerHeight, box.bottom) + 1;
  }, selector);

const outputScroll = () =>
  page.evaluate(() => {
    const o = document.querySelector("#output");
    return { top: o.scrollTop, bottom: o.scrollHeight - o.clientHeight - o.scrollTop };
  });

for (const size of [{ width: 1280, height: 720 }, { width: 1366, height: 768 }]) {
  test(`at ${size.width}×${size.height} a long output's last line and the error's explanation show without scrolling the page`, async () => {
    await page.setViewportSize(size);
    await page.evaluate(() => scrollTo(0, 0));
    await setCode(page, 'for i in range(40):\n    print("line", i)\nprint(nmae)\n');
    await runToEnd(page);
    assert.ok(await inView(".output .explain"), "the explanation is in view");
    assert.ok(await inView("#run"), "Run is still in view");
    assert.equal(await page.evaluate(() => scrollY), 0, "the page did not have to scroll");
    // The traceback is in the error colour (a stray "}" in style.css once dropped that rule).
    const colour = await page.locator(".output .err").last().evaluate((el) => getComputedStyle(el).color);
    assert.equal(colour, "rgb(176, 0, 32)");
  });
}

test("the console's newest answer stays in view after many exchanges", async () => {
  await page.setViewportSize({ width: 1280, height: 720 });
  for (let i = 0; i < 25; i++) {
    await page.locator("#repl").fill(`${i} + ${i}`);
    await page.locator("#repl").press("Enter");
    await page.waitForFunction((n) => document.querySelector("#output").innerText.trimEnd().endsWith(String(n)), 2 * i);
  }
  assert.ok(await endInView(".output .out"), "the last result is in view");
  const prompt = await page.locator("#repl").boundingBox();
  assert.ok(prompt.y >= 0 && prompt.y + prompt.height <= 720, `the prompt is in view (${JSON.stringify(prompt)})`);
});

test("scrolled up to read, the output stays put and offers a way down to what is new", async () => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await setCode(page, 'import time\nfor i in range(100):\n    print("before", i)\ntime.sleep(2)\nfor i in range(100):\n    print("after", i)\n');
  await page.click("#run");
  await page.waitForFunction(() => document.querySelector("#output").innerText.includes("before 99"));
  assert.ok((await outputScroll()).bottom <= 24, "followed the output");
  // The learner scrolls up to read while the program sleeps.
  await page.locator("#output").evaluate((o) => o.scrollTo(0, 0));
  await page.waitForFunction(() => document.querySelector("#output").scrollTop === 0);
  await waitReady(page);
  assert.match(await page.locator("#output").innerText(), /after 99/);
  await page.waitForSelector(".new-output");
  assert.equal((await outputScroll()).top, 0, "the learner's place was kept");
  await page.click(".new-output");
  assert.ok((await outputScroll()).bottom <= 24, "back at the newest line");
  await page.waitForSelector(".new-output", { state: "detached" });
  assert.ok(await endInView(".output .out"), "the newest line shows");
});
