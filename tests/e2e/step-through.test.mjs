// Step-through (issue 18 item 2): "Step through" runs the program in the worker while
// sys.settrace records its steps, then the learner moves through them — next, back, first,
// last, run to a line — with the line that runs next highlighted in the editor, every frame's
// variables (lists and dicts laid out item by item) and the output so far. input() is asked as
// in a plain run. An exercise may ask the learner to predict the output first.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, setCode, answer, waitReady } from "./harness.mjs";

let page;
useApp({ isolated: true }, (app) => ({ page } = app));

const status = () => page.locator("#step-status").innerText();
const stepLine = () => page.locator("#code .cm-step-line").innerText();
const variables = (frame = page.locator(".step-frame").last()) =>
  frame.locator(":scope > table.step-variables > tbody > tr, :scope > table.step-variables > tr").evaluateAll((rows) =>
    rows.map((row) => `${row.querySelector("th").innerText}=${row.querySelector("td").innerText.replace(/\s+/g, " ")}`),
  );

async function stepThrough() {
  await page.click("#step");
  await page.locator("#step-status").waitFor();
  await waitReady(page);
}

test("predict the output, then step through it line by line, forwards and back", async () => {
  await page.locator(".exercise-link", { hasText: "Predict, then step" }).click();
  await page.locator("#prediction").fill("3\n4\n8\nDone: 8");
  await stepThrough();
  assert.match(await status(), /^Step 1 of \d+: line 1 runs next$/);
  assert.equal(await stepLine(), "total = 0");
  assert.equal(await page.locator("#step-output").innerText(), "");

  await page.click("#step-next");
  await page.click("#step-next");
  assert.match(await status(), /line 3 runs next/);
  assert.equal(await stepLine(), "    total = total + n");
  assert.deepEqual(await variables(), ["total=0", "n=3"]);

  await page.locator("#step-line").fill("5");
  await page.click("#step-go");
  assert.match(await status(), /line 5 runs next/);
  assert.equal(await page.locator("#step-output").innerText(), "3 3\n1 4\n4 8\n");
  assert.deepEqual(await variables(), ["total=8", "n=4"]);

  await page.click("#step-back");
  assert.match(await status(), /line 2 runs next/);
  await page.click("#step-first");
  assert.match(await status(), /^Step 1 of/);
  await page.click("#step-last");
  assert.match(await status(), /the program has ended/);
  assert.equal(await page.locator("#step-output").innerText(), "3 3\n1 4\n4 8\nDone: 8\n");

  // The guess beside what it printed, until it is right.
  const result = page.locator("#prediction-result");
  assert.match(await result.innerText(), /Not quite/);
  assert.match(await result.locator(".side-by-side").innerText(), /It printed\n+3 3/);
  await page.locator("#prediction").fill("3 3\n1 4\n4 8\nDone: 8\n");
  assert.match(await result.innerText(), /Your prediction was right/);
});

test("a program that asks for input is stepped through with what was typed", async () => {
  await setCode(page, 'name = input("Name? ")\nprint("Hi", name)\n');
  await page.click("#step");
  await answer(page, "Ada");
  await waitReady(page);
  await page.locator("#step-status").waitFor();
  await page.click("#step-next");
  assert.match(await status(), /line 2 runs next/);
  assert.deepEqual(await variables(), ["name='Ada'"]);
  assert.equal(await page.locator("#step-output").innerText(), "Name? Ada\n");
});

test("calls show each frame, lists and dicts are laid out, and an edit ends the steps", async () => {
  await setCode(page, 'def pair(k):\n    found = {k: [1, 2]}\n    return found\n\nd = pair("a")\n');
  await stepThrough();
  await page.locator("#step-line").fill("3");
  await page.click("#step-go");
  const frames = page.locator(".step-frame h3");
  assert.deepEqual(await frames.allInnerTexts(), ["Inside pair() (line 3)", "The program's variables"]);
  const dict = page.locator(".step-frame").first().locator("table.step-items.dict");
  assert.match(await dict.locator("caption").first().innerText(), /dict, 1 key/);
  assert.match(await dict.locator("table.step-items.list caption").innerText(), /list, 2 items/);
  await page.click("#step-next");
  assert.match(await status(), /pair\(\) returns \{'a': \[1, 2\]\}/);

  await setCode(page, "print(1)\n");
  await page.locator(".steps .notice", { hasText: "The code has changed" }).waitFor();
  assert.equal(await page.locator("#code .cm-step-line").count(), 0);
  await page.click("#step-close");
  assert.equal(await page.locator(".steps").count(), 0);
});
