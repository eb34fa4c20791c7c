// Share links and embeds. A share link round-trips code into a scratch page that never runs it
// by itself and leaves saved work alone. An exercise embedded in an iframe on another site that
// sends no COOP/COEP headers runs input(), time.sleep and Stop, and talks to the host page with
// postMessage: ready, run-started, run-finished (with output) and exercise-passed.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { useBrowser, waitReady, setCode, getCode, runToEnd, output, answer } from "./harness.mjs";

let app, browser, page, host;
useBrowser({ isolated: false }, (opened) => ({ app, browser, page } = opened));
after(() => new Promise((resolve) => (host ? host.close(resolve) : resolve())));

test("Share makes a link that opens the code in a scratch page, not run and not saved over", async () => {
  await page.goto(app.url);
  await waitReady(page);
  await page.locator(".exercise-link", { hasText: "Python as a calculator" }).click();
  await setCode(page, "print(6 * 7)  # my own answer\n");
  const shared = 'name = "shared"\nprint("Hello from", name)\n';
  await setCode(page, shared);
  await page.click("#share");
  const link = await page.locator("#share-text").inputValue();
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#code=[A-Za-z0-9_-]+$/);
  // The learner's own work for the exercise, as it is now.
  await setCode(page, "print(6 * 7)  # my own answer\n");

  await page.goto("about:blank");
  await page.goto(link);
  await page.locator(".shared-note").waitFor();
  assert.equal(await getCode(page), shared);
  await waitReady(page);
  assert.equal(await output(page), "", "a shared program ran by itself");
  await runToEnd(page);
  assert.equal(await output(page), "Hello from shared\n");

  await page.locator(".exercise-link", { hasText: "Python as a calculator" }).click();
  assert.equal(await getCode(page), "print(6 * 7)  # my own answer\n");
  assert.doesNotMatch(page.url(), /#code=/);
});

test("a damaged share link says so and the app still works", async () => {
  await page.goto("about:blank");
  await page.goto(`${app.url}#code=AAAA`);
  await page.locator(".notice", { hasText: "could not be opened" }).waitFor();
  await waitReady(page);
});

/** A workshop's page on another origin (another port), without COOP/COEP, embedding `src`.
 *  Its URL uses `hostname`: 127.0.0.1 is the same site as the app, localhost another site. */
async function hostPage(src, hostname = "127.0.0.1") {
  const html = `<!doctype html><title>Workshop site</title>
    <h1>Our workshop</h1>
    <iframe id="pyplay" src="${src}" width="800" height="600" title="Python exercise"></iframe>
    <script>
      window.events = [];
      addEventListener("message", (e) => { if (e.data && e.data.source === "pyplay") window.events.push(e.data); });
      window.send = (m) => document.getElementById("pyplay").contentWindow.postMessage(m, "*");
    </script>`;
  host ??= createServer((req, res) => {
    res.setHeader("content-type", "text/html");
    res.end(html);
  });
  if (!host.listening) await new Promise((resolve) => host.listen(0, "127.0.0.1", resolve));
  return `http://${hostname}:${host.address().port}/`;
}

const events = (type) => page.evaluate((t) => window.events.filter((e) => e.type === t), type);
const waitEvent = (type, count = 1) =>
  page.waitForFunction(([t, n]) => window.events.filter((e) => e.type === t).length >= n, [type, count], { timeout: 60_000 });

test("an embedded exercise on a site without COOP/COEP: input(), sleep, Stop and postMessage events", async () => {
  const appOrigin = new URL(app.url).origin;
  const hostUrl = await hostPage("about:blank");
  // The embed obeys (and reports to) only the origin it names: the host page's.
  await page.goto(hostUrl);
  const origin = new URL(hostUrl).origin;
  await page.evaluate(([src]) => { document.getElementById("pyplay").src = src; },
    [`${appOrigin}/embed.html?lesson=first-steps&exercise=your-name&origin=${encodeURIComponent(origin)}`]);
  await waitEvent("ready");
  const frame = page.frameLocator("#pyplay");
  assert.equal(await frame.locator(".sidebar").count(), 0, "the embed shows the lesson list");
  await frame.locator(".exercise h2", { hasText: "Asking a question" }).waitFor();
  assert.equal(await page.evaluate(() => crossOriginIsolated), false);

  // The host page sets the code and runs it; the learner types in the embed.
  await page.evaluate(() => window.send({ type: "pyplay:set-code", code:
    'import time\ntime.sleep(0.2)\nname = input("What is your name? ")\nprint("Nice to meet you,", name)\n' +
    'colour = input("What is your favourite colour? ")\nprint("I like", colour, "too!")\n' }));
  await page.evaluate(() => window.send({ type: "pyplay:run" }));
  await waitEvent("run-started");
  await answer(frame, "Ada");
  await answer(frame, "green");
  await waitEvent("run-finished");
  const [finished] = await events("run-finished");
  assert.equal(finished.status, "ok");
  assert.equal(finished.output, "What is your name? Ada\nNice to meet you, Ada\nWhat is your favourite colour? green\nI like green too!\n");

  await page.evaluate(() => window.send({ type: "pyplay:check" }));
  await waitEvent("exercise-passed");
  assert.deepEqual((await events("exercise-passed"))[0], { source: "pyplay", type: "exercise-passed", lesson: "first-steps", exercise: "your-name" });

  // Stop works in the embed too.
  await page.evaluate(() => window.send({ type: "pyplay:set-code", code: "while True:\n    pass\n" }));
  await page.evaluate(() => window.send({ type: "pyplay:run" }));
  await frame.locator('#status[data-phase="running"]').waitFor();
  await frame.locator("#stop").click();
  await waitEvent("run-finished", 3);
  assert.equal((await events("run-finished")).at(-1).status, "stopped");
  await frame.locator('#status[data-phase="ready"]').waitFor({ timeout: 30_000 });
});

test("an embed obeys only the origin it was told to", async () => {
  const appOrigin = new URL(app.url).origin;
  await page.evaluate(([src]) => { document.getElementById("pyplay").src = src; window.events = []; },
    [`${appOrigin}/embed.html?exercise=hello&lesson=first-steps&origin=${encodeURIComponent("https://workshop.example")}`]);
  const frame = page.frameLocator("#pyplay");
  await frame.locator('#status[data-phase="ready"]').waitFor({ timeout: 60_000 });
  await frame.locator(".exercise h2", { hasText: "Hello, world" }).waitFor();
  const code = () => frame.locator("#code").evaluate((el) => globalThis.pyplayEditor.docOf(el));
  const before = await code();
  await page.evaluate(() => window.send({ type: "pyplay:set-code", code: "print('not yours')\n" }));
  await page.evaluate(() => window.send({ type: "pyplay:run" }));
  // A round trip through the frame after the messages were delivered.
  await frame.locator("#code").evaluate(() => new Promise((r) => setTimeout(r, 0)));
  assert.equal(await code(), before);
  assert.equal(await frame.locator('#status').getAttribute("data-phase"), "ready");
  assert.deepEqual(await page.evaluate(() => window.events), [], "events went to another origin");
});

test("the full app framed by another page obeys none of its commands and tells it nothing", async () => {
  const appOrigin = new URL(app.url).origin;
  const hostUrl = await hostPage("about:blank");
  await page.goto(hostUrl);
  await page.evaluate(([src]) => { document.getElementById("pyplay").src = src; window.events = []; },
    [`${appOrigin}/?lesson=first-steps&exercise=hello`]);
  const frame = page.frameLocator("#pyplay");
  await frame.locator('#status[data-phase="ready"]').waitFor({ timeout: 60_000 });
  const code = () => frame.locator("#code").evaluate((el) => globalThis.pyplayEditor.docOf(el));
  const before = await code();
  await page.evaluate(() => window.send({ type: "pyplay:set-code", code: "print('overwritten')\n" }));
  await page.evaluate(() => window.send({ type: "pyplay:run" }));
  await frame.locator("#code").evaluate(() => new Promise((r) => setTimeout(r, 0)));
  assert.equal(await code(), before, "the host page overwrote the learner's code");
  assert.equal(await frame.locator("#status").getAttribute("data-phase"), "ready");
  assert.deepEqual(await page.evaluate(() => window.events), [], "the app reported to the page framing it");
});

test("an embed's origin= is read as browsers compare origins, and a wrong one says so in the console", async () => {
  const appOrigin = new URL(app.url).origin;
  const hostUrl = await hostPage("about:blank");
  const hostOrigin = new URL(hostUrl).origin;
  await page.goto(hostUrl);
  // A path and a trailing slash, as organizers copy their page's address.
  await page.evaluate(([src]) => { document.getElementById("pyplay").src = src; window.events = []; },
    [`${appOrigin}/embed.html?lesson=first-steps&exercise=hello&origin=${encodeURIComponent(hostOrigin + "/workshop/week1.html")}`]);
  await waitEvent("ready");
  await page.evaluate(() => window.send({ type: "pyplay:set-code", code: "print('from the host')\n" }));
  await page.evaluate(() => window.send({ type: "pyplay:run" }));
  await waitEvent("run-finished");
  assert.equal((await events("run-finished"))[0].output, "from the host\n");

  const warnings = [];
  const listen = (message) => { if (message.type() === "warning") warnings.push(message.text()); };
  page.on("console", listen);
  try {
    // Not an origin at all: nothing obeyed, nothing sent, and the console says why.
    await page.evaluate(([src]) => { document.getElementById("pyplay").src = src; window.events = []; },
      [`${appOrigin}/embed.html?lesson=first-steps&exercise=hello&origin=workshop.example`]);
    const frame = page.frameLocator("#pyplay");
    await frame.locator('#status[data-phase="ready"]').waitFor({ timeout: 60_000 });
    await page.evaluate(() => window.send({ type: "pyplay:run" }));
    await frame.locator("#code").evaluate(() => new Promise((r) => setTimeout(r, 0)));
    assert.equal(await frame.locator("#status").getAttribute("data-phase"), "ready");
    assert.deepEqual(await page.evaluate(() => window.events), []);
    assert.ok(warnings.some((w) => /origin= .*workshop\.example.*obeys no commands/.test(w)), warnings.join("\n"));

    // Another site's messages to an embed that names its site: ignored, and said.
    await page.evaluate(([src]) => { document.getElementById("pyplay").src = src; window.events = []; },
      [`${appOrigin}/embed.html?lesson=first-steps&exercise=hello&origin=${encodeURIComponent("https://workshop.example")}`]);
    await frame.locator('#status[data-phase="ready"]').waitFor({ timeout: 60_000 });
    await page.evaluate(() => window.send({ type: "pyplay:run" }));
    await page.waitForFunction(() => true);
    await frame.locator("#code").evaluate(() => new Promise((r) => setTimeout(r, 0)));
    assert.ok(warnings.some((w) => /ignored a message from http:\/\/127\.0\.0\.1:\d+: this embed obeys only https:\/\/workshop\.example/.test(w)), warnings.join("\n"));
  } finally {
    page.off("console", listen);
  }
});

test("an embed keeps its own saved code per site: the app's and another site's are untouched", async () => {
  const appOrigin = new URL(app.url).origin;
  const code = (frame) => frame.locator("#code").evaluate((el) => globalThis.pyplayEditor.docOf(el));
  await page.goto(`${app.url}?lesson=first-steps&exercise=hello`);
  await waitReady(page);
  await setCode(page, "print('written in the app')\n");
  await runToEnd(page); // Run saves first

  // Two workshop pages on the same site (other ports): each embed's work is its own.
  const hostA = await hostPage("about:blank");
  const other = createServer((req, res) => { res.setHeader("content-type", "text/html"); res.end('<iframe id="pyplay" width="800" height="600"></iframe>'); });
  await new Promise((resolve) => other.listen(0, "127.0.0.1", resolve));
  const hostB = `http://127.0.0.1:${other.address().port}/`;
  try {
    const embed = (host) => `${appOrigin}/embed.html?lesson=first-steps&exercise=hello&origin=${encodeURIComponent(new URL(host).origin)}`;
    await page.goto(hostA);
    await page.evaluate(([src]) => { document.getElementById("pyplay").src = src; window.events = []; }, [embed(hostA)]);
    await waitEvent("ready");
    const frame = page.frameLocator("#pyplay");
    assert.doesNotMatch(await code(frame), /written in the app/, "the embed showed the app's code");
    await page.evaluate(() => window.send({ type: "pyplay:set-code", code: "print('site A')\n" }));
    await page.evaluate(() => window.send({ type: "pyplay:run" }));
    await waitEvent("run-finished");

    await page.goto(hostB);
    await page.evaluate(([src]) => { document.getElementById("pyplay").src = src; }, [embed(hostB)]);
    await frame.locator('#status[data-phase="ready"]').waitFor({ timeout: 60_000 });
    await frame.locator(".exercise h2", { hasText: "Hello, world" }).waitFor();
    assert.doesNotMatch(await code(frame), /site A|written in the app/, "site B's embed showed another's code");

    await page.goto(hostA);
    await page.evaluate(([src]) => { document.getElementById("pyplay").src = src; }, [embed(hostA)]);
    await frame.locator('#status[data-phase="ready"]').waitFor({ timeout: 60_000 });
    await frame.locator(".exercise h2", { hasText: "Hello, world" }).waitFor();
    assert.equal(await code(frame), "print('site A')\n", "site A's embed lost its code");

    await page.goto(`${app.url}?lesson=first-steps&exercise=hello`);
    await waitReady(page);
    assert.equal(await getCode(page), "print('written in the app')\n", "an embed overwrote the app's code");
  } finally {
    await new Promise((resolve) => {
      other.close(resolve);
      other.closeAllConnections(); // the browser's kept-alive ones too, or close waits a minute
    });
  }
});

test("on another site whose browser blocks third-party storage, the embed still runs and input() works", async () => {
  const appOrigin = new URL(app.url).origin;
  const hostUrl = await hostPage("about:blank", "localhost");
  await page.goto(hostUrl);
  await page.evaluate(([src]) => { document.getElementById("pyplay").src = src; window.events = []; },
    [`${appOrigin}/embed.html?lesson=first-steps&exercise=your-name`]);
  await waitEvent("ready");
  const frame = page.frameLocator("#pyplay");
  const blocked = await frame.locator("#code").evaluate(() => {
    try { return localStorage.length < 0; } catch { return true; }
  });
  await page.evaluate(() => window.send({ type: "pyplay:set-code", code: 'print("still works")\nname = input("Name? ")\nprint("Hi", name)\n' }));
  await page.evaluate(() => window.send({ type: "pyplay:run" }));
  await answer(frame, "Ada");
  await waitEvent("run-finished");
  const [finished] = await events("run-finished");
  assert.equal(finished.status, "ok");
  assert.equal(finished.output, "still works\nName? Ada\nHi Ada\n");
  const channel = await frame.locator("html").getAttribute("data-input-channel");
  console.log(`# input() channel in an embed on another site: ${channel} (storage ${blocked ? "blocked" : "partitioned"})`);
  if (blocked) {
    // This Chromium blocks storage (and so service workers) for other sites' iframes: the
    // worker suspends instead (JSPI).
    assert.equal(channel, "jspi");
    assert.match(await frame.locator(".save-error").innerText(), /does not let pyplay save/);
  }
  const full = await frame.locator(".open-full").getAttribute("href");
  assert.equal(full, `${appOrigin}/?lesson=first-steps&exercise=your-name`);
});

test("no errors reached the page", () => {
  assert.deepEqual(browser.problems, []);
});
