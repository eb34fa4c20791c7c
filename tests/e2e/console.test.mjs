// The >>> console as a learner uses it: expressions echo, blocks continue with ..., history,
// Run leaves the program's variables, input() works, Ctrl+C interrupts with KeyboardInterrupt
// and the variables survive (interrupt.test.mjs has the rest of Ctrl+C);
// errors get a friendly explanation under the traceback.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, waitReady, setCode, runToEnd, output, answer } from "./harness.mjs";

let page;
const app = useApp({ isolated: true }, (opened) => (page = opened.page));

const repl = () => page.locator("#repl");

/** Types a line at the console prompt and waits until Python is ready for the next one. */
async function enter(line) {
  await repl().fill(line);
  await repl().press("Enter");
  await waitReady(page);
}

test("an expression echoes its value", async () => {
  await enter("2 + 2");
  assert.match(await output(page), />>> 2 \+ 2\n4\n$/);
  await enter("'py' * 2");
  assert.match(await output(page), />>> 'py' \* 2\n'pypy'\n$/);
});

test("a for block continues with ... and a blank line runs it", async () => {
  await enter("for i in range(3):");
  assert.equal((await page.locator(".repl .prompt").innerText()).trim(), "...");
  await enter("    print(i * i)");
  await enter("");
  assert.match(await output(page), />>> for i in range\(3\):\n\.\.\.     print\(i \* i\)\n\.\.\. \n0\n1\n4\n$/);
  assert.equal((await page.locator(".repl .prompt").innerText()).trim(), ">>>");
});

test("Up recalls the last line, Down goes back to an empty one", async () => {
  await repl().press("ArrowUp");
  assert.equal(await repl().inputValue(), "    print(i * i)");
  await repl().press("ArrowUp");
  assert.equal(await repl().inputValue(), "for i in range(3):");
  await repl().press("ArrowDown");
  await repl().press("ArrowDown");
  assert.equal(await repl().inputValue(), "");
});

test("after Run the console sees the program's variables", async () => {
  await setCode(page, "answer = 41\n");
  await runToEnd(page);
  await enter("answer + 1");
  assert.match(await output(page), />>> answer \+ 1\n42\n$/);
});

test("input() works in the console", async () => {
  await repl().fill('name = input("Name? ")');
  await repl().press("Enter");
  await answer(page, "Ada");
  await waitReady(page);
  await enter("name");
  assert.match(await output(page), /Name\? Ada\n>>> name\n'Ada'\n$/);
});

test("Ctrl+C interrupts a running statement with KeyboardInterrupt; the console works on with its variables", async () => {
  await enter("while True:");
  await repl().fill("    pass");
  await repl().press("Enter");
  await waitReady(page);
  await repl().fill("");
  await repl().press("Enter");
  await page.waitForSelector('#status[data-phase="running"]');
  await repl().press("Control+c");
  await waitReady(page, 10_000);
  assert.match(await output(page), /KeyboardInterrupt\n/);
  assert.doesNotMatch(await output(page), /RESTART/);
  await enter("2 + 2");
  assert.match(await output(page), />>> 2 \+ 2\n4\n$/);
  await enter("answer");
  assert.match(await output(page), />>> answer\n41\n$/);
});

test("an error in a program gets a friendly explanation under the traceback", async () => {
  await setCode(page, 'total = 5\nprint(totl)\n');
  await runToEnd(page);
  assert.match(await output(page), /NameError/);
  const explanation = await page.locator("#output .explain").innerText();
  assert.match(explanation, /total/);
  assert.doesNotMatch(explanation, /`/, "backticks mark code, shown as code");
  assert.ok(await page.locator("#output .explain code").count() > 0);
});

test("no errors reached the page", () => {
  assert.deepEqual(app.problems, []);
});
