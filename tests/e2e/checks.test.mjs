// Checked exercises as a learner meets them: a wrong answer is explained, a right one marks the
// exercise done (kept after reload); hints one at a time; the solution behind a confirmation.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { useApp, waitReady, setCode, getCode, check } from "./harness.mjs";

let page;
const app = useApp({ isolated: true }, (opened) => (page = opened.page));


const calculator = () => page.locator(".exercise-link", { hasText: "Python as a calculator" });

test("a wrong answer shows expected against actual output", async () => {
  await calculator().click();
  await waitReady(page);
  await check(page);
  const results = page.locator("#checks");
  assert.match(await results.locator(".check.failed").innerText(), /Output/);
  assert.equal(await results.locator("pre.expected").innerText(), "86400\n10080\n");
  assert.equal(await results.locator("pre.actual").innerText(), "86400\n");
  assert.equal(await calculator().locator(".done").count(), 0);
  assert.equal(await page.locator("#output").innerText(), "", "the 'Checking…' note stayed");
});

test("the right answer passes and marks the exercise done, also after a reload", async () => {
  await setCode(page, "print(60 * 60 * 24)\nprint(60 * 24 * 7)\n");
  await check(page);
  assert.match(await page.locator("#checks .all-passed").innerText(), /All checks passed/);
  await calculator().locator(".done").waitFor();
  await page.reload();
  await calculator().locator(".done").waitFor();
  await waitReady(page);
});

test("typed-input cases are checked without asking the learner to type", async () => {
  await page.locator(".exercise-link", { hasText: "Asking a question" }).click();
  await setCode(page, [
    'name = input("What is your name? ")',
    'print("Nice to meet you,", name)',
    'colour = input("What is your favourite colour? ")',
    'print("I like", colour, "too!")',
  ].join("\n"));
  await check(page);
  assert.equal(await page.locator("#checks .check.passed").count(), 2);
  assert.equal(await page.locator("#stdin").count(), 0);
});

test("hints come one at a time; the solution needs a confirmation", async () => {
  await calculator().click();
  const hint = page.locator(".hint-button");
  assert.equal(await hint.innerText(), "Show a hint (2 left)");
  await hint.click();
  assert.equal(await page.locator(".hints li").count(), 1);
  assert.equal(await hint.innerText(), "Show a hint (1 left)");
  await page.click(".solution-button");
  assert.equal(await page.locator(".solution").count(), 0);
  await page.getByRole("button", { name: "Yes, show it" }).click();
  assert.equal(await page.locator(".solution pre").innerText(), "print(60 * 60 * 24)\nprint(60 * 24 * 7)\n");
});

test("Stop ends a check that never finishes", async () => {
  await setCode(page, "while True:\n    pass\n");
  await page.click("#check");
  await page.waitForSelector('#status[data-phase="running"]');
  await page.click("#stop");
  await waitReady(page, 5_000);
  assert.match(await page.locator("#output").innerText(), /Program stopped/);
});

test("reset to starter code asks first and can be undone", async () => {
  await page.locator(".exercise-link", { hasText: "Hello, world" }).click();
  await setCode(page, "print('mine')\n");
  await page.click("#reset");
  assert.equal(await getCode(page), "print('mine')\n", "reset without asking");
  await page.click("#reset-confirm");
  assert.equal(await getCode(page), 'print("Hello, world!")\n');
  await page.click("#reset-undo");
  assert.equal(await getCode(page), "print('mine')\n");
  await page.reload();
  await page.waitForSelector(".exercise-text h2");
  assert.equal(await getCode(page), "print('mine')\n");
  await waitReady(page);
});

test("progress exports to a file and imports into an empty browser", async () => {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export")]);
  const file = await download.path();
  const exported = JSON.parse(readFileSync(file, "utf8"));
  assert.equal(exported.format, "pyplay-progress-1");
  assert.match(exported.entries["pyplay:done"], /calculator/);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForSelector(".exercise-text h2");
  assert.equal(await calculator().locator(".done").count(), 0);
  await page.setInputFiles("#import", file);
  // Nothing is imported before the learner says yes to what it changes.
  await page.locator(".import-preview").waitFor();
  assert.equal(await calculator().locator(".done").count(), 0);
  await page.click(".import-confirm");
  await calculator().locator(".done").waitFor();
  await page.locator(".exercise-link", { hasText: "Hello, world" }).click();
  assert.equal(await getCode(page), "print('mine')\n");
  await waitReady(page);
});

test("no errors reached the page", () => {
  assert.deepEqual(app.problems, []);
});

test("a check of a loop that never ends stops after 5 seconds (the default) and says why", async () => {
  await calculator().click();
  await waitReady(page);
  await setCode(page, "n = 0\nwhile n < 10:\n    n = n * 1\n");
  await page.click("#check");
  await page.waitForFunction(() => document.querySelector("#output").innerText.includes("stopped your program after 5 seconds"),
    null, { timeout: 30_000 });
  assert.match(await page.locator("#output").innerText(), /loop never end/);
  await waitReady(page, 10_000);
});
