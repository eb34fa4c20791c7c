// Ctrl+C as in a terminal (issue 14, item 5): on a cross-origin isolated page the page writes an
// interrupt into the worker's shared buffer and the program gets a KeyboardInterrupt where it
// was (in a loop, at input(), in time.sleep), with a plain-words explanation; Python is not
// restarted, so what the program made is still there at >>>. A program that swallows the
// KeyboardInterrupt is restarted a second later, or at once on a second Ctrl+C. Check's time
// limit interrupts the same way. (Without shared memory Ctrl+C restarts Python: no-isolation.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, waitReady, setCode, runToEnd, output, answer } from "./harness.mjs";

let page;
const app = useApp({ isolated: true }, (opened) => (page = opened.page));

const repl = () => page.locator("#repl");
const RESTART = /RESTART: Python restarted/;

/** Types a line at the console prompt and waits until Python is ready for the next one. */
async function enter(line) {
  await repl().fill(line);
  await repl().press("Enter");
  await waitReady(page);
}

/** Runs `code` and waits until it runs (or, with `input`, until it asks for input). */
async function start(code, { input = false } = {}) {
  await setCode(page, code);
  await page.click("#run");
  await page.waitForSelector(input ? "#stdin" : '#status[data-phase="running"]');
}

/** Presses Ctrl+C in the console (the input() box while a program waits for input) and returns
 *  how long it took until Python was ready again, in ms. */
async function interrupt({ input = false } = {}) {
  const started = Date.now();
  await page.locator(input ? "#stdin" : "#repl").press("Control+c");
  await waitReady(page, 10_000);
  return Date.now() - started;
}

test("Ctrl+C in a loop raises KeyboardInterrupt at its line, explained, and the variables survive", async (t) => {
  // Ctrl+C once the loop is past 2000 (it says so), not at its very start: on a loaded machine
  // the interrupt could otherwise land before total reached 1000.
  await start('total = 0\nwhile True:\n    total += 1; total == 2000 and print("counting")\n');
  await page.waitForFunction(() => document.querySelector("#output").innerText.includes("counting"));
  const ms = await interrupt();
  t.diagnostic(`Ctrl+C → ready in ${ms} ms`);
  const text = await output(page);
  assert.match(text, /line [23], in <module>[\s\S]*\nKeyboardInterrupt\n/);
  assert.doesNotMatch(text, RESTART);
  assert.match(await page.locator("#output .explain").innerText(), /stopped while it was running line [23]/);
  assert.ok(ms < 1_000, `ready ${ms} ms after Ctrl+C`);
  await enter("total > 1000");
  assert.match(await output(page), />>> total > 1000\nTrue\n$/);
});

test("Ctrl+C at input() raises KeyboardInterrupt there; the next run's input() works", async () => {
  await start("name = 'Ada'\nage = input('Age? ')\n", { input: true });
  await interrupt({ input: true });
  const text = await output(page);
  assert.match(text, /line 2, in <module>[\s\S]*KeyboardInterrupt/);
  assert.doesNotMatch(text, RESTART);
  await enter("name");
  assert.match(await output(page), />>> name\n'Ada'\n$/);
  // Nothing of the interrupted wait is left for the next input().
  await start("print('got', input('Again? '))\n", { input: true });
  await answer(page, "yes");
  await waitReady(page);
  assert.match(await output(page), /Again\? yes\ngot yes\n$/);
});

test("Ctrl+C ends time.sleep at once with KeyboardInterrupt", async () => {
  await start("import time\nprint('sleeping')\ntime.sleep(120)\nprint('woke')\n");
  await page.locator("#output", { hasText: "sleeping" }).waitFor();
  const ms = await interrupt();
  const text = await output(page);
  assert.match(text, /line 3, in <module>[\s\S]*KeyboardInterrupt/);
  assert.doesNotMatch(text, /woke/);
  assert.ok(ms < 1_000, `ready ${ms} ms after Ctrl+C`);
});

test("a console statement interrupted keeps what it did; the console goes on", async () => {
  await enter("count = 0");
  await enter("while True: count += 1");
  // That statement needs an empty line to run.
  await repl().fill("");
  await repl().press("Enter");
  await page.waitForSelector('#status[data-phase="running"]');
  await interrupt();
  assert.match(await output(page), /KeyboardInterrupt\n/);
  await enter("count > 0");
  assert.match(await output(page), />>> count > 0\nTrue\n$/);
});

test("a program that swallows KeyboardInterrupt is restarted a second later, or at once on a second Ctrl+C", async () => {
  const stubborn = "kept = 1\nwhile True:\n    try:\n        while True:\n            pass\n    except KeyboardInterrupt:\n        pass\n";
  await start(stubborn);
  const ms = await interrupt();
  assert.ok(ms >= 900 && ms < 3_000, `restarted ${ms} ms after Ctrl+C`);
  assert.match(await output(page), RESTART);

  await start(stubborn);
  await repl().press("Control+c");
  const started = Date.now();
  await repl().press("Control+c");
  await waitReady(page, 10_000);
  const second = Date.now() - started;
  assert.ok(second < 900, `restarted ${second} ms after the second Ctrl+C`);
  assert.match(await output(page), RESTART);
});

test("Check's time limit interrupts the program; Python is kept, the console sees where it got to", async () => {
  await page.locator(".exercise-link", { hasText: "Python as a calculator" }).click();
  await waitReady(page);
  await setCode(page, "n = 0\nwhile n < 10:\n    n = n * 1\n");
  await page.click("#check");
  await page.waitForFunction(() => document.querySelector("#output").innerText.includes("stopped your program after 5 seconds"),
    null, { timeout: 30_000 });
  await waitReady(page, 5_000);
  const text = await output(page);
  assert.match(text, /loop never end/);
  assert.doesNotMatch(text, RESTART);
  assert.equal(await page.locator("#checks").count(), 0, "no results cut short by the limit");
  // As after any check, the console continues in the checked program's namespace.
  await enter("n");
  assert.match(await output(page), />>> n\n0\n$/);
});

test("no errors reached the page", () => {
  assert.deepEqual(app.problems, []);
});
