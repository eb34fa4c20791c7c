// Offline and updates (docs/ARCHITECTURE.md): after one visit the service worker has cached the
// whole build, so a repeat visit downloads no app file and the app works with the server gone
// (lessons, data files, Run, input()); a new deploy waits until the learner presses Reload in the
// update notice, and then the new version loads with the learner's code still there.
import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { serve, launch, waitReady, setCode, getCode, runToEnd, output, DIST, runAnswering } from "./harness.mjs";
import { precache } from "../../web/precache.mjs";

/** The precache list that web/precache.mjs wrote into `dir`/sw.js. */
function manifestOf(dir) {
  const sw = readFileSync(path.join(dir, "sw.js"), "utf8");
  return JSON.parse(sw.match(/\/\* precache \*\/([\s\S]*?)\/\* end precache \*\//)[1]);
}

/** Waits until a service worker controls the page, then lists this origin's caches and what
 *  they hold. */
const cachesOf = (page) =>
  page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
    const found = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      found[name] = (await cache.keys()).map((request) => new URL(request.url).pathname);
    }
    return found;
  });

/** Asserts the active version's cache holds every file of `manifest`, and no other pyplay cache
 *  is left. `ready` resolves only after the install, which is the precache, so no polling. */
async function assertPrecached(page, manifest, base = "/") {
  const found = await cachesOf(page);
  const name = `pyplay:${base}:${manifest.version}`;
  assert.deepEqual(Object.keys(found), [name]);
  assert.deepEqual(found[name].sort(), manifest.files.map((f) => base + f.path).sort());
}

const total = (requests) => requests.reduce((sum, r) => sum + r.bytes, 0);
const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;

async function runWithInput(page) {
  assert.equal(await runAnswering(page, 'name = input("Name? ")\nprint("Hi", name)\n', "Ada"), "Name? Ada\nHi Ada\n");
}

test("after one visit pyplay works offline: lessons, data files, Run and input()", async () => {
  const manifest = manifestOf(DIST);
  const server = await serve({ isolated: true });
  const browser = await launch();
  const { page, context } = browser;
  try {
    await page.goto(server.url);
    await waitReady(page);
    await assertPrecached(page, manifest);
    const siteBytes = manifest.files.reduce((sum, f) => sum + readFileSync(path.join(DIST, decodeURIComponent(f.path))).length, 0);
    const first = [...server.requests];
    console.log(`first visit: ${first.length} requests, ${mb(total(first))} downloaded (the site is ${mb(siteBytes)}); ` +
      `${first.filter((r) => r.status === 304).length} revalidations answered 304`);
    // Each file's body came down once: the precache found what the page had loaded in the HTTP
    // cache (304) instead of downloading it again.
    const bodies = first.filter((r) => r.status === 200).map((r) => r.path);
    assert.deepEqual(bodies.filter((p, i) => bodies.indexOf(p) !== i), [], "a file was downloaded twice");
    assert.ok(total(first) < siteBytes * 1.05, `first visit downloaded ${mb(total(first))}`);

    // A repeat visit, online: every app file comes from the cache; the browser only asks
    // whether sw.js changed.
    const seen = server.requests.length;
    await page.reload();
    await waitReady(page);
    const repeat = server.requests.slice(seen);
    console.log(`repeat visit: ${repeat.length} requests (${repeat.map((r) => `${r.path} ${r.status}`).join(", ") || "none"}), ${total(repeat)} bytes`);
    assert.deepEqual(repeat.filter((r) => r.path !== "/sw.js"), []);

    // The server is gone and the browser offline.
    await server.close();
    await context.setOffline(true);
    await page.reload();
    await waitReady(page);
    // Cached responses kept their COOP/COEP headers: still cross-origin isolated.
    assert.equal(await page.evaluate(() => crossOriginIsolated), true);
    await page.locator(".exercise-link", { hasText: "A file of animals" }).click();
    await page.locator(".exercise-text h2", { hasText: "A file of animals" }).waitFor();
    await runToEnd(page);
    assert.equal(await output(page), "cat\nemu\ngnu\n7 animals\n");
    await setCode(page, 'print("offline")\n');
    await runToEnd(page);
    assert.equal(await output(page), "offline\n");
    await runWithInput(page);
    assert.deepEqual(browser.problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

/** A copy of dist/ to deploy new versions into: links to its files, except the ones a test
 *  changes, which are copies. */
function siteCopy(changed) {
  const dir = mkdtempSync(path.join(tmpdir(), "pyplay-site-"));
  const walk = (rel) => {
    for (const entry of readdirSync(path.join(DIST, rel), { withFileTypes: true })) {
      const name = path.join(rel, entry.name);
      if (entry.isDirectory()) {
        mkdirSync(path.join(dir, name));
        walk(name);
      } else if (changed.some((file) => name === `${file}.br` || name === `${file}.gz`)) {
        // A changed file's precompressed copies (web/compress.mjs) would be stale: a host
        // serves what the folder holds, so they go, as a rebuild would replace them.
      } else if (changed.includes(name)) {
        copyFileSync(path.join(DIST, name), path.join(dir, name));
      } else {
        symlinkSync(path.join(DIST, name), path.join(dir, name));
      }
    }
  };
  walk("");
  return dir;
}

test("a new deploy is announced, and Reload switches to it with the learner's code kept", async () => {
  const site = siteCopy(["index.html", "lessons/first-steps.json", "sw.js"]);
  // Served without COOP/COEP: input() then depends on the service worker, old and new.
  const server = await serve({ isolated: false, dir: site });
  const browser = await launch();
  const { page } = browser;
  try {
    await page.goto(server.url);
    await page.locator(".exercise-text h2", { hasText: "Hello, world" }).waitFor();
    await waitReady(page);
    await assertPrecached(page, manifestOf(site));

    // Deploy a new version: another page title and exercise title.
    const edit = (file, from, to) => {
      const text = readFileSync(path.join(site, file), "utf8");
      assert.ok(text.includes(from), `${file} has no ${from}`);
      writeFileSync(path.join(site, file), text.replace(from, to));
    };
    edit("index.html", "<title>pyplay — Python in your browser</title>", "<title>pyplay v2</title>");
    edit("lessons/first-steps.json", '"title": "Hello, world"', '"title": "Hello, world v2"');
    const v2 = precache(site);

    // The next visit still gets the version it has (nothing of v2 mixed in) and hears of v2.
    await page.reload();
    await waitReady(page);
    const notice = page.locator(".update-notice");
    await notice.locator("#update-reload").waitFor();
    assert.equal(await notice.innerText(), "A new version of pyplay is ready — Reload to use it (your code is saved).Later");
    assert.equal(await page.title(), "pyplay — Python in your browser");
    assert.equal(await page.locator(".exercise-text h2").innerText(), "Hello, world");
    await runWithInput(page); // The old version's service worker still answers input().
    await setCode(page, 'print("my own code")\n');

    const reloaded = page.waitForEvent("load");
    await page.click("#update-reload");
    await reloaded;
    await page.locator(".exercise-text h2", { hasText: "Hello, world v2" }).waitFor();
    assert.equal(await page.title(), "pyplay v2");
    assert.equal(await page.locator(".update-notice").innerText(), "");
    await waitReady(page);
    assert.equal(await getCode(page), 'print("my own code")\n');
    await assertPrecached(page, v2);
    await runWithInput(page); // And the new one does too.
    assert.deepEqual(browser.problems, []);
  } finally {
    await browser.close();
    await server.close();
    rmSync(site, { recursive: true, force: true });
  }
});
