// The third input channel: a page with neither SharedArrayBuffer (no COOP/COEP) nor our service
// worker — as an exercise embedded in another site, where storage partitioning keeps the
// service worker away — gets input(), time.sleep and keys and clicks through JavaScript Promise
// Integration (the worker's run is suspended while it waits; docs/ARCHITECTURE.md "Blocking
// without freezing"). Playwright's `serviceWorkers: "block"` is that browser here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, waitReady, setCode, runToEnd, output, answer, stopWhileWaitingForInput, runAnswering, inputRoundTrip } from "./harness.mjs";

let page;
useApp({ isolated: false, browser: { context: { serviceWorkers: "block" } } }, (opened) => (page = opened.page));

test("without shared memory or a service worker, the worker chooses JSPI", async () => {
  assert.equal(await page.evaluate(() => crossOriginIsolated), false);
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller), null);
  assert.equal(await page.locator("html").getAttribute("data-input-channel"), "jspi");
});

test("input() waits for typed lines and Ctrl+D is end of input", async () => {
  await setCode(page, 'a = input("A? ")\nb = input("B? ")\nprint(a + b)\ntry:\n    input("C? ")\nexcept EOFError:\n    print("end")\n');
  await page.click("#run");
  await answer(page, "py");
  await page.waitForFunction(() => document.querySelector("#output").innerText.includes("B? "));
  await answer(page, "play");
  await page.waitForFunction(() => document.querySelector("#output").innerText.includes("C? "));
  await page.locator("#stdin").press("Control+d");
  await waitReady(page);
  assert.equal(await output(page), "A? py\nB? play\npyplay\nC? \nend\n");
});

test("time.sleep waits without keeping a core busy, output before it shows first", async () => {
  await setCode(page, 'import time\nprint("before", flush=True)\nstart = time.monotonic()\ntime.sleep(0.5)\nprint(round(time.monotonic() - start, 1))\n');
  await page.click("#run");
  await page.waitForFunction(() => document.querySelector("#output").innerText.includes("before"));
  await waitReady(page);
  assert.equal(await output(page), "before\n0.5\n");
});

test("Stop while input() waits, then the next run's input() works", async () => {
  await stopWhileWaitingForInput(page, 'input("first? ")\n');
  assert.equal(await runAnswering(page, 'print("got", input("second? "))', "two"), "second? two\ngot two\n");
});

test("deep recursion is still a RecursionError while a run can be suspended", async () => {
  await setCode(page, "import sys\nsys.setrecursionlimit(10**6)\nclass A:\n    def __repr__(self):\n        return repr(self)\nrepr(A())\n");
  await runToEnd(page);
  assert.match(await output(page), /RecursionError/);
});

test("an input() round trip through JSPI takes at most 50 ms", async () => {
  const ms = await inputRoundTrip(page);
  console.log(`# input() round trip through JSPI: ${ms.toFixed(1)} ms`);
  assert.ok(ms <= 50, `one input() round trip took ${ms} ms`);
});
