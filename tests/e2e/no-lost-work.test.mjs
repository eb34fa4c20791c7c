// No lost work (issue 14): two tabs on one exercise follow each other and never overwrite each
// other silently; importing a progress file says what it replaces, asks, and can be undone; code
// typed a moment ago survives the browser being killed; code typed while the lessons load stays.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { serve, launch, setCode, getCode, chromium, CHROMIUM_ARGS } from "./harness.mjs";

const AXE = createRequire(new URL("../../web/package.json", import.meta.url)).resolve("axe-core/axe.min.js");

/** axe-core's serious and critical findings on `page` as it is now (the question shown). */
async function audit(page) {
  await page.addScriptTag({ path: AXE });
  const { violations } = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ["violations"] }));
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

/** Waits until the editor of `page` shows `code`. */
const showsCode = (page, code, timeout = 10_000) =>
  page.waitForFunction((c) => globalThis.pyplayEditor.docOf(document.getElementById("code")) === c, code, { timeout });

/** Opens the exercise titled `title` (from the lesson list) and waits until it shows. */
async function openExercise(page, title) {
  await page.locator(".exercise-link", { hasText: title }).click();
  await page.locator(".exercise-text h2", { hasText: title }).waitFor();
}

/** The page has saved the editor's code where a killed browser keeps it (the page says so). */
async function durablySaved(page) {
  // Pending first (this edit), then durable: never the state left from an earlier edit.
  await page.locator('.editor[data-saved="pending"]').waitFor({ timeout: 5_000 });
  await page.locator('.editor[data-saved="durable"]').waitFor({ timeout: 10_000 });
}

/** A fresh browser with two tabs of the app at `url`, both on the exercise `title`. */
async function twoTabs(url, title, { holdInB = false } = {}) {
  const browser = await launch();
  const a = browser.page;
  const b = await browser.context.newPage();
  if (holdInB) {
    // Tab B hears of other tabs' changes late (what happens when both tabs type at once):
    // its `storage` events are held until the test releases them.
    await b.addInitScript(() => {
      const held = [];
      let holding = true;
      addEventListener("storage", (event) => {
        if (holding) {
          event.stopImmediatePropagation();
          held.push(event);
        }
      }, true);
      globalThis.releaseStorageEvents = () => {
        holding = false;
        for (const e of held.splice(0)) {
          dispatchEvent(new StorageEvent("storage", {
            key: e.key, oldValue: e.oldValue, newValue: e.newValue, url: e.url, storageArea: e.storageArea,
          }));
        }
      };
    });
  }
  for (const page of [a, b]) {
    await page.goto(url);
    if (title) await openExercise(page, title);
    else await page.locator("summary h2, .exercise-text h2").first().waitFor();
  }
  return { browser, a, b };
}

/** Runs `body({ server, browser, a, b })` on a fresh server with two tabs (see `twoTabs`) at
 *  `path(server)` (the app by default), closing both afterwards. */
async function onTwoTabs({ title, holdInB = false, path = (server) => server.url }, body) {
  const server = await serve({ isolated: true });
  const { browser, a, b } = await twoTabs(path(server), title, { holdInB });
  try {
    await body({ server, browser, a, b });
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Both tabs change the code before B hears of A's change; returns B's question about it. */
async function bothChange(a, b) {
  await setCode(a, "print('work in A')\n");
  await setCode(b, "print('work in B')\n");
  const notice = b.locator(".changed-elsewhere[role=status]");
  await notice.waitFor({ timeout: 5_000 });
  return notice;
}

test("two tabs on one exercise follow each other's edits", async () => {
  await onTwoTabs({ title: "Python as a calculator" }, async ({ a, b }) => {
    await setCode(a, "print('typed in A')\n");
    await showsCode(b, "print('typed in A')\n");
    await setCode(b, "print('typed in A')\nprint('and in B')\n");
    await showsCode(a, "print('typed in A')\nprint('and in B')\n");
    // Another exercise in one tab is left alone.
    await openExercise(b, "Hello, world");
    await setCode(a, "print('A again')\n");
    await setCode(b, "print('hello from B')\n");
    await openExercise(b, "Python as a calculator");
    assert.equal(await getCode(b), "print('A again')\n");
    assert.equal(await getCode(a), "print('A again')\n");
    assert.equal(await a.locator(".changed-elsewhere").count(), 0);
    assert.equal(await b.locator(".changed-elsewhere").count(), 0);
  });
});

test("when both tabs changed the code, the later one asks before overwriting the other", async () => {
  await onTwoTabs({ title: "Python as a calculator", holdInB: true }, async ({ browser, a, b }) => {
    const notice = await bothChange(a, b);
    assert.match(await notice.innerText(), /changed in another tab/);
    assert.deepEqual(await audit(b), []);
    // Nothing was overwritten: each tab still shows its own work, A's is what is saved.
    assert.equal(await getCode(b), "print('work in B')\n");
    assert.equal(await getCode(a), "print('work in A')\n");
    await b.evaluate(() => globalThis.releaseStorageEvents());
    // Typing on in B while it asks keeps B's text and still doesn't overwrite A's.
    await b.keyboard.insertText("# more\n");
    assert.equal(await getCode(b), "print('work in B')\n# more\n");
    await a.reload();
    await a.locator(".exercise-text h2", { hasText: "Python as a calculator" }).waitFor();
    assert.equal(await getCode(a), "print('work in A')\n");

    // "Use that version": B shows A's work.
    await b.getByRole("button", { name: "Use that version" }).click();
    assert.equal(await getCode(b), "print('work in A')\n");
    assert.equal(await notice.count(), 0);

    // From now on B hears of A's changes at once: the tabs follow each other without asking.
    await setCode(b, "print('B, second try')\n");
    await showsCode(a, "print('B, second try')\n");
    await setCode(a, "print('A, second try')\n");
    await showsCode(b, "print('A, second try')\n");
    assert.equal(await notice.count(), 0, "no question when the other tab had nothing new");
    assert.deepEqual(browser.problems, []);
  });
});

test("keep mine saves this tab's code over the other's, on purpose", async () => {
  await onTwoTabs({ title: "Python as a calculator", holdInB: true }, async ({ a, b }) => {
    const notice = await bothChange(a, b);
    await b.getByRole("button", { name: "Keep mine" }).click();
    assert.equal(await notice.count(), 0);
    assert.equal(await getCode(b), "print('work in B')\n");
    await showsCode(a, "print('work in B')\n");
    await b.reload();
    await b.locator(".exercise-text h2", { hasText: "Python as a calculator" }).waitFor();
    assert.equal(await getCode(b), "print('work in B')\n");
  });
});

test("two tabs of one site's embed follow each other, apart from the app's work", async () => {
  const path = (server) => `${server.url}embed.html?lesson=first-steps&exercise=calculator&origin=https://school.example`;
  await onTwoTabs({ title: null, path }, async ({ server, browser, a, b }) => {
    await setCode(a, "print('embed A')\n");
    await showsCode(b, "print('embed A')\n");
    const app = await browser.context.newPage();
    await app.goto(server.url);
    await openExercise(app, "Python as a calculator");
    assert.doesNotMatch(await getCode(app), /embed A/);
    await setCode(app, "print('in the app')\n");
    await setCode(b, "print('embed B')\n");
    await showsCode(a, "print('embed B')\n");
    assert.equal(await getCode(app), "print('in the app')\n");
  });
});

test("importing progress lists the code it would replace, asks, and can be undone", async () => {
  const server = await serve({ isolated: true });
  const browser = await launch();
  const page = browser.page;
  try {
    await page.goto(server.url);
    await openExercise(page, "Python as a calculator");
    await setCode(page, "print('older, from the file')\n");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export")]);
    const file = await download.path();
    await setCode(page, "print('newer, typed here')\n");
    await openExercise(page, "Hello, world");
    await setCode(page, "print('hello, only here')\n");
    await openExercise(page, "Python as a calculator");

    await page.setInputFiles("#import", file);
    const dialog = page.locator(".import-preview");
    await dialog.waitFor({ timeout: 5_000 });
    const listed = await dialog.innerText();
    assert.match(listed, /Python as a calculator/);
    assert.match(listed, /newer here/i);
    assert.doesNotMatch(listed, /Hello, world/, "the file has no code for it: nothing changes");
    assert.equal(await getCode(page), "print('newer, typed here')\n", "replaced before the learner said so");
    assert.deepEqual(await audit(page), []);

    // Cancel changes nothing.
    await page.getByRole("button", { name: "Cancel" }).click();
    assert.equal(await dialog.count(), 0);
    assert.equal(await getCode(page), "print('newer, typed here')\n");

    await page.setInputFiles("#import", []);
    await page.setInputFiles("#import", file);
    await page.getByRole("button", { name: "Import and replace" }).click();
    await showsCode(page, "print('older, from the file')\n");
    await page.getByRole("button", { name: "Undo import" }).click();
    await showsCode(page, "print('newer, typed here')\n");
    await page.reload();
    await page.locator(".exercise-text h2", { hasText: "Python as a calculator" }).waitFor();
    assert.equal(await getCode(page), "print('newer, typed here')\n");
    await openExercise(page, "Hello, world");
    assert.equal(await getCode(page), "print('hello, only here')\n");
    assert.deepEqual(browser.problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test("code typed while the lessons are loading is kept when they arrive", async () => {
  const server = await serve({ isolated: true });
  const browser = await launch();
  const page = browser.page;
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route("**/lessons/index.json", async (route) => {
    await held;
    await route.continue();
  });
  try {
    await page.goto(server.url);
    await page.locator("#code .cm-content").waitFor();
    assert.equal(await page.locator(".exercise-text h2").count(), 0, "the lessons came early");
    await setCode(page, "print('typed before the lessons came')\n");
    release();
    await page.locator(".exercise-text h2").waitFor();
    assert.equal(await getCode(page), "print('typed before the lessons came')\n");
    await page.unroute("**/lessons/index.json");
    await page.reload();
    await page.locator(".exercise-text h2").waitFor();
    assert.equal(await getCode(page), "print('typed before the lessons came')\n", "kept, but not saved");
  } finally {
    await browser.close();
    await server.close();
  }
});

test("code typed while the lessons load over code saved before asks which to keep", async () => {
  const server = await serve({ isolated: true });
  const browser = await launch();
  const page = browser.page;
  try {
    await page.goto(server.url);
    await page.locator(".exercise-text h2").waitFor();
    await setCode(page, "print('saved last time')\n");
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route("**/lessons/index.json", async (route) => {
      await held;
      await route.continue();
    });
    await page.reload();
    await page.locator("#code .cm-content").waitFor();
    await setCode(page, "print('typed early')\n");
    release();
    const notice = page.locator(".changed-elsewhere[role=status]");
    await notice.waitFor({ timeout: 10_000 });
    assert.equal(await getCode(page), "print('typed early')\n");
    await page.getByRole("button", { name: "Use the saved code" }).click();
    assert.equal(await getCode(page), "print('saved last time')\n");
    assert.deepEqual(browser.problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

/** Debian's Chromium with the profile `profile`, started by us so that we hold its process
 *  (in a process group of its own: `kill` ends the browser and its helpers at once, as a
 *  crash or a power cut would, and nothing is left writing into the profile). */
async function startChromium(profile) {
  const proc = spawn("/usr/bin/chromium", [
    ...CHROMIUM_ARGS, "--headless", `--user-data-dir=${profile}`, "--remote-debugging-port=0", "about:blank",
  ], { stdio: ["ignore", "ignore", "pipe"], detached: true });
  const endpoint = await new Promise((resolve, reject) => {
    let err = "";
    proc.stderr.on("data", (chunk) => {
      err += chunk;
      const found = err.match(/DevTools listening on (ws:\/\/\S+)/);
      if (found) resolve(found[1]);
    });
    proc.on("exit", () => reject(new Error(`Chromium ended: ${err}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  const page = context.pages()[0] ?? (await context.newPage());
  const kill = () => {
    const ended = new Promise((resolve) => proc.on("exit", resolve));
    process.kill(-proc.pid, "SIGKILL");
    return ended;
  };
  return { proc, browser, page, kill };
}

test("code saved a moment ago survives the browser being killed", async () => {
  const server = await serve({ isolated: true });
  const profile = mkdtempSync(path.join(tmpdir(), "pyplay-e2e-kill-"));
  try {
    let chrome = await startChromium(profile);
    await chrome.page.goto(server.url);
    await openExercise(chrome.page, "Python as a calculator");
    await setCode(chrome.page, "print('typed just before the crash')\n");
    await durablySaved(chrome.page);
    await chrome.kill();

    chrome = await startChromium(profile);
    try {
      await chrome.page.goto(server.url);
      await chrome.page.locator(".exercise-text h2").waitFor();
      await openExercise(chrome.page, "Python as a calculator");
      assert.equal(await getCode(chrome.page), "print('typed just before the crash')\n");
    } finally {
      await chrome.kill();
    }
  } finally {
    await server.close();
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  }
});
