// Typing a block at the >>> console with the keyboard, as a learner does: the next ... line
// starts indented, Enter on that indentation alone ends the block, Tab and Shift+Tab indent and
// dedent, Esc then Tab leaves; a try block runs and a syntax error comes at once.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, waitReady, output } from "./harness.mjs";

let page;
const app = useApp({ isolated: true }, (opened) => (page = opened.page));

const repl = () => page.locator("#repl");
const prompt = async () => (await page.locator(".repl .prompt").innerText()).trim();

/** Types `text` after what the prompt holds (its indentation), presses Enter, waits for Python. */
async function typeLine(text) {
  await repl().press("End");
  await page.keyboard.type(text);
  await repl().press("Enter");
  await waitReady(page);
}

/** Waits until the console's input holds `value` (the indentation arrives with the prompt). */
async function holds(value) {
  await page.waitForFunction((v) => document.getElementById("repl").value === v, value);
}

test("a try block typed line by line: indented for us, Shift+Tab for except, Enter ends it", async () => {
  await repl().click();
  await typeLine("try:");
  assert.equal(await prompt(), "...");
  await holds("    ");
  await typeLine("1/0");
  await holds("    ");
  await repl().press("Shift+Tab");
  assert.equal(await repl().inputValue(), "");
  await typeLine("except ZeroDivisionError as e:");
  await holds("    ");
  await typeLine("print('caught', e)");
  await holds("    ");
  await typeLine(""); // Enter on the indentation alone ends the block
  assert.match(await output(page), /\.\.\.     print\('caught', e\)\n\.\.\. \ncaught division by zero\n$/);
  assert.equal(await prompt(), ">>>");
  assert.equal(await repl().inputValue(), "");
});

test("Tab indents at the prompt; Esc then Tab leaves the console", async () => {
  await repl().fill("x");
  await repl().press("Home");
  await repl().press("Tab");
  assert.equal(await repl().inputValue(), "    x");
  assert.equal(await page.evaluate(() => document.activeElement.id), "repl");
  await repl().press("Escape");
  await repl().press("Tab");
  assert.notEqual(await page.evaluate(() => document.activeElement.id), "repl");
  await repl().fill("");
});

test("a syntax error inside an open bracket is reported at once", async () => {
  await repl().click();
  await typeLine("def f(:");
  assert.match(await output(page), /SyntaxError/);
  assert.equal(await prompt(), ">>>");
  assert.equal(await repl().inputValue(), "");
});

test("no errors reached the page", () => {
  assert.deepEqual(app.problems, []);
});
