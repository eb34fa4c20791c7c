// The same page served WITHOUT COOP/COEP (as on a plain static host, or embedded in a site that
// sends no such headers): no SharedArrayBuffer, so input() and sleep go through the service worker.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, waitReady, setCode, runToEnd, output, stopWhileWaitingForInput, answer, runAnswering, inputRoundTrip } from "./harness.mjs";

let page;
const app = useApp({ isolated: false }, (opened) => (page = opened.page));

test("the page is not cross-origin isolated", async () => {
  assert.equal(await page.evaluate(() => crossOriginIsolated), false);
  assert.equal(await page.evaluate(() => typeof SharedArrayBuffer), "undefined");
});

test("input() works through the service worker, twice in a row", async () => {
  await setCode(page, 'a = input("A? ")\nb = input("B? ")\nprint(a + b)\n');
  await page.click("#run");
  await page.waitForSelector("#stdin");
  await answer(page, "py");
  await page.waitForFunction(() => document.querySelector("#output").innerText.includes("B? "));
  await page.waitForSelector("#stdin");
  await answer(page, "play");
  await waitReady(page);
  assert.equal(await output(page), "A? py\nB? play\npyplay\n");
});

test("Ctrl+D is end of input through the service worker (not an empty line)", async () => {
  await setCode(page, 'try:\n    input("Line? ")\n    print("got a line")\nexcept EOFError:\n    print("end of input")\n');
  await page.click("#run");
  await page.waitForSelector("#stdin");
  await page.locator("#stdin").press("Control+d");
  await waitReady(page);
  assert.equal(await output(page), "Line? \nend of input\n");
});

test("Ctrl+C restarts Python at once here (no shared memory to carry an interrupt)", async () => {
  await setCode(page, "while True:\n    pass\n");
  await page.click("#run");
  await page.waitForSelector('#status[data-phase="running"]');
  const started = Date.now();
  await page.locator("#repl").press("Control+c");
  await waitReady(page, 5_000);
  assert.ok(Date.now() - started < 900, "no grace to wait for: nothing was interrupted");
  assert.match(await output(page), /RESTART: Python restarted/);
});

test("an answer typed after a long wait still arrives", async () => {
  await setCode(page, 'print(input("Slow? "))\n');
  await page.click("#run");
  await page.waitForSelector("#stdin");
  // Longer than the service worker holds one read (2 s): the worker must ask again.
  await page.waitForTimeout(2500);
  await answer(page, "yes");
  await waitReady(page);
  assert.equal(await output(page), "Slow? yes\nyes\n");
});

test("time.sleep blocks without SharedArrayBuffer", async () => {
  await setCode(page, 'import time\nt = time.monotonic()\ntime.sleep(0.5)\nprint(round(time.monotonic() - t, 1))\n');
  await runToEnd(page);
  assert.equal(await output(page), "0.5\n");
});

test("Stop works and Python comes back, with input() working in the worker that took over", async () => {
  for (let round = 0; round < 2; round++) {
    await stopWhileWaitingForInput(page, 'input("wait ")\n');
    // The spare worker took over: it has its own input-channel session.
    assert.equal(await runAnswering(page, 'print("back", input("again? "))', `yes ${round}`), `again? yes ${round}\nback yes ${round}\n`);
  }
});

test("no errors reached the page", () => {
  assert.deepEqual(app.problems, []);
});

test("an input() round trip through the service worker takes at most 50 ms", async () => {
  const ms = await inputRoundTrip(page);
  console.log(`# input() round trip through the service worker: ${ms.toFixed(1)} ms`);
  assert.ok(ms <= 50, `one input() round trip took ${ms} ms`);
});
