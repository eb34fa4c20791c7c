// What a learner reads when a check fails or they ask for a hint: the first line where their output
// differs is marked in both columns and named in words; code in hints is shown as code.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, waitReady, setCode, check } from "./harness.mjs";

let page;
const app = useApp({ isolated: true }, (opened) => (page = opened.page));


test("the first differing line is marked in both columns and named", async () => {
  await page.locator(".exercise-link", { hasText: "Python as a calculator" }).click();
  await waitReady(page);
  await setCode(page, "print(60 * 60 * 24)\nprint(60 * 24)\n");
  await check(page);
  const diff = page.locator("#checks .check-diff");
  assert.equal(await diff.locator(".first-difference-note").innerText(), "The first difference is line 2 (marked).");
  assert.equal(await diff.locator("pre.expected mark.first-difference").innerText(), "10080");
  assert.equal(await diff.locator("pre.actual mark.first-difference").innerText(), "1440");
  // The columns still read as the consoles did.
  assert.equal(await diff.locator("pre.actual").innerText(), "86400\n1440\n");

  // A line the program didn't print: marked where it was expected, said in words.
  await setCode(page, "print(60 * 60 * 24)\n");
  await check(page);
  assert.equal(await diff.locator(".first-difference-note").innerText(),
    "The first difference is line 2: your program showed nothing there.");
  assert.equal(await diff.locator("pre.expected mark").innerText(), "10080");
  assert.equal(await diff.locator("pre.actual mark").count(), 0);
});

test("code in hints is shown as code", async () => {
  await page.locator(".exercise-link", { hasText: "Adding up as you go" }).click();
  await page.click(".hint-button");
  const hint = page.locator(".hints li").first();
  assert.equal(await hint.locator("pre code").innerText(), "for price in prices:\n    result = result + price");
  await page.click(".hint-button");
  assert.equal(await page.locator(".hints li").nth(1).locator("code").innerText(), "return");
  assert.equal(await page.locator(".hints li").nth(1).innerText(), "The return goes after the loop, not inside it.");
  await waitReady(page);
});

test("no errors reached the page", () => {
  assert.deepEqual(app.problems, []);
});
