// pyplay vs Pyodide benchmark (not part of the test suite; run with scripts/bench).
// Serves dist/ and a small Pyodide page (bench/pyodide.html + web/node_modules/pyodide) on
// 127.0.0.1 and drives both in the same headless Chromium (tests/e2e/harness.mjs). Each line is
// the median of BENCH_RUNS (default 5) runs; prints a table and writes bench/results-<date>-<commit>[-<label>].md
// and bench/latest.json, with a second table: where the start-up time goes.
import { serve, launch, setCode, waitReady, pythonWorkers, DIST } from "../tests/e2e/harness.mjs";
import {
  readFileSync, writeFileSync, readdirSync, mkdirSync, mkdtempSync, symlinkSync, renameSync, rmSync,
  existsSync, statSync,
} from "node:fs";
import { brotliCompressSync, deflateRawSync, constants } from "node:zlib";
import { createHash } from "node:crypto";
import { execSync } from "node:child_process";
import { tmpdir, cpus } from "node:os";
import { fileURLToPath } from "node:url";
import path from "node:path";
import assert from "node:assert/strict";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const ROOT = path.resolve(HERE, "..");
const RUNS = Number(process.env.BENCH_RUNS || 5);
const PYODIDE = path.join(ROOT, "web/node_modules/pyodide");
const PYODIDE_VERSION = JSON.parse(readFileSync(path.join(PYODIDE, "package.json"), "utf8")).version;
const PROGRAMS = ["loops", "strings", "sorting", "counting", "wordplay", "recursion"];
const HELLO = 'print("Hello")';
const WORDS = readFileSync(path.join(ROOT, "lessons/data/words.txt"), "utf8");
const log = (...a) => console.error("#", ...a);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// A brotli copy (quality 9) of `file`, made once and kept by content in a folder under /tmp:
// the benchmark compresses the same 10–20 MB files on every run otherwise.
const BROTLI_CACHE = path.join(tmpdir(), "pyplay-bench-brotli9");
function brotli9(file) {
  const bytes = readFileSync(file);
  const copy = path.join(BROTLI_CACHE, createHash("sha256").update(bytes).digest("hex") + ".br");
  if (!existsSync(copy)) {
    mkdirSync(BROTLI_CACHE, { recursive: true });
    const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } });
    writeFileSync(`${copy}.${process.pid}`, br);
    renameSync(`${copy}.${process.pid}`, copy);
  }
  return copy;
}

// A folder for the Pyodide site: index.html, its worker, and the npm package under pyodide/, each
// file with a brotli copy beside it (`X.br`, as web/compress.mjs gives pyplay's files; the npm
// package has none), so the server sends both sites brotli-encoded.
function pyodideSite() {
  const dir = mkdtempSync(path.join(tmpdir(), "pyplay-bench-pyodide-"));
  symlinkSync(path.join(HERE, "pyodide.html"), path.join(dir, "index.html"));
  symlinkSync(path.join(HERE, "pyodide-worker.mjs"), path.join(dir, "pyodide-worker.mjs"));
  for (const f of ["pyodide.asm.wasm", "pyodide.mjs", "pyodide.asm.mjs", "python_stdlib.zip"])
    if (!existsSync(path.join(PYODIDE, f))) throw new Error(`pyodide package lacks ${f}`);
  mkdirSync(path.join(dir, "pyodide"));
  for (const f of readdirSync(PYODIDE)) {
    const file = path.join(PYODIDE, f);
    symlinkSync(file, path.join(dir, "pyodide", f));
    if (statSync(file).size >= 1024) symlinkSync(brotli9(file), path.join(dir, "pyodide", `${f}.br`));
  }
  return dir;
}

// Bytes the server sent, and the same files brotli-compressed (quality 9).
const brotliSize = new Map();
function traffic(requests, dir) {
  let raw = 0, br = 0;
  for (const r of requests) {
    raw += r.bytes;
    if (!r.bytes) continue;
    let file = path.join(dir, decodeURIComponent(r.path));
    if (r.path.endsWith("/")) file = path.join(file, "index.html");
    let size = r.bytes;
    if (existsSync(file)) {
      if (!brotliSize.has(file)) brotliSize.set(file, statSync(brotli9(file)).size);
      size = brotliSize.get(file);
    }
    br += size;
  }
  return { raw, br, count: requests.length };
}

// Waits until the server has seen no new request for 1.5 s (service worker precache etc.).
async function settle(requests, maxMs = 20_000) {
  const end = Date.now() + maxMs;
  let n = -1;
  while (n !== requests.length && Date.now() < end) {
    n = requests.length;
    await new Promise((r) => setTimeout(r, 1500));
  }
}

// In-page instrumentation for pyplay: phase changes, the first "Hello" output, Run/Stop clicks,
// all stamped with performance.now() (0 = navigation start). With `runWhenReady` the page itself
// clicks Run the moment Python is first ready (a learner waiting for it): a click from Playwright
// lands 50–200 ms later on this machine, time that is the benchmark's, not pyplay's.
const INSTRUMENT = ({ runWhenReady = false } = {}) => {
  const b = (window.__bench = { phases: [], clicks: [], firstOutput: 0, last: null });
  const check = () => {
    const status = document.getElementById("status");
    const phase = status && status.dataset.phase;
    if (phase && phase !== b.last) {
      b.last = phase;
      b.phases.push([phase, performance.now()]);
      if (runWhenReady && phase === "ready" && !b.clicks.length) document.getElementById("run").click();
    }
    const out = document.getElementById("output");
    if (!b.firstOutput && out && out.textContent.includes("Hello")) b.firstOutput = performance.now();
  };
  new MutationObserver(check).observe(document, {
    subtree: true, childList: true, attributes: true, characterData: true,
  });
  document.addEventListener("click", (e) => {
    const button = e.target.closest && e.target.closest("#run, #stop");
    if (button) b.clicks.push([button.id, performance.now()]);
  }, true);
};

// The first time the phase became `phase` after the last click (or at all).
const phaseAfterLastClick = (page, phase, timeout = 180_000) =>
  page.waitForFunction((phase) => {
    const b = window.__bench;
    const since = b.clicks.length ? b.clicks[b.clicks.length - 1][1] : -1;
    const hit = b.phases.find(([p, t]) => p === phase && t > since);
    return hit ? { t: hit[1], since } : null;
  }, phase, { timeout, polling: 20 }).then((h) => h.jsonValue());

// Where each measures its first output: pyplay opens a Share link of print("Hello") (`#code=`: the
// program is in the editor at load) and the page clicks Run as soon as Python is ready
// (INSTRUMENT's runWhenReady); Pyodide's page runs its `?run=` as soon as Pyodide is ready.
const HELLO_LINK = "#code=" + deflateRawSync(Buffer.from(HELLO), { level: 9 }).toString("base64url");
const helloUrl = (kind, server) =>
  server.url + (kind === "pyplay" ? HELLO_LINK : `?run=${encodeURIComponent(HELLO)}`);

/** pyplay's instrumentation, in every page `browser` opens (again after a restart). */
const instrument = (kind, browser) =>
  kind === "pyplay" && browser.context.addInitScript(INSTRUMENT, { runWhenReady: true });

/** Waits for the first output of the load under way; `{ ready, first }`: ms from navigation. */
async function hello(kind, page) {
  if (kind === "pyplay") {
    const first = await (await page.waitForFunction(() => window.__bench.firstOutput, null,
      { timeout: 180_000, polling: 20 })).jsonValue();
    const ready = await page.evaluate(() => window.__bench.phases.find(([p]) => p === "ready")[1]);
    await waitReady(page, 180_000); // the run has ended
    return { ready, first };
  }
  const run = await (await page.waitForFunction(() => window.firstRun || window.pyFailed, null,
    { timeout: 180_000, polling: 20 })).jsonValue();
  if (typeof run === "string") throw new Error(`Pyodide failed: ${run}`);
  if (run.output.trim() !== "Hello") throw new Error(`Pyodide printed ${JSON.stringify(run.output)}`);
  return page.evaluate(() => ({ ready: window.pyReady, first: window.firstOutput }));
}

// --- Where start-up time goes -----------------------------------------------------------------
// Consecutive steps from navigation to first output (ms), so each load's steps add up to its
// total. They come from the page's and the interpreter worker's performance timelines: Resource
// Timing of the interpreter's wasm, and the marks and measures web/index.html and web/worker.js
// leave (bench/pyodide-worker.mjs for Pyodide, which fetches and compiles in its worker).
const STEPS = [
  ["request", "Navigation → interpreter download starts"],
  ["download", "Download of the interpreter's wasm (request → last byte; the compile streams alongside)"],
  ["compile", "Compile (last byte → module compiled; Pyodide: + instantiate)"],
  ["instantiate", "Instantiate (pyplay: module handed to the worker and instantiated)"],
  ["built", "Interpreter built (pyplay: RustPython's VM, its modules registered)"],
  ["interpreter", "Runner imported (pyplay: pyplay's runner and what it imports; Pyodide: rest of loadPyodide)"],
  ["ready", "Interpreter started → ready on the page (pyplay: waits for the app too)"],
  ["output", `Ready → first output of ${HELLO}`],
];

/** The steps' lengths from their end times (`null`: a step this load has not got). */
function stepsFrom(ends) {
  const steps = { total: 0 };
  STEPS.forEach(([step], i) => {
    steps[step] = ends[i] == null ? null : ends[i] - steps.total;
    if (ends[i] != null) steps.total = ends[i];
  });
  return steps;
}

/** A page's or worker's performance entries as `{ name, type, start, end }`, in the page's
 *  clock (`origin`: its timeOrigin; a worker's own clock starts when the worker was made). */
const timeline = (target, origin) =>
  target.evaluate((origin) => {
    const shift = performance.timeOrigin - origin;
    return performance.getEntries().map((e) => ({
      name: e.name,
      type: e.entryType,
      start: e.startTime + shift,
      end: (e.entryType === "resource" ? e.responseEnd : e.startTime + e.duration) + shift,
    }));
  }, origin);

// The end of the first entry called `name`.
const endOf = (entries, name) => entries.find((e) => e.name === name)?.end;
const resource = (entries, file) => entries.find((e) => e.type === "resource" && e.name.endsWith(`/${file}`));

/** The start-up steps of the load just measured (`times`: what `hello` returned). */
async function startupSteps(kind, page, { ready, first }) {
  const origin = await page.evaluate(() => performance.timeOrigin);
  if (kind === "pyplay") {
    const own = await timeline(page, origin);
    // The worker that ran: the first to be instantiated (spares start once it is ready).
    const workers = await Promise.all(pythonWorkers(page).map((w) => timeline(w, origin)));
    const worker = workers
      .filter((entries) => endOf(entries, "pyplay:instantiate") != null)
      .sort((a, b) => endOf(a, "pyplay:instantiate") - endOf(b, "pyplay:instantiate"))[0];
    const wasm = resource(own, "pyplay-worker_bg.wasm");
    return stepsFrom([wasm.start, wasm.end, endOf(own, "pyplay:compiled"), endOf(worker, "pyplay:instantiate"),
      endOf(worker, "pyplay:interpreter-built"), endOf(worker, "pyplay:start"), ready, first]);
  }
  const worker = await timeline(page.workers().find((w) => w.url().endsWith("/pyodide-worker.mjs")), origin);
  const wasm = resource(worker, "pyodide.asm.wasm");
  return stepsFrom([wasm.start, wasm.end, endOf(worker, "pyodide:instantiate"), null, null,
    endOf(worker, "pyodide:load"), ready, first]);
}

const requestLog = {};
const LOADS = ["cold", "warm", "restart"];

// Each run: a cold load (fresh profile), a warm reload in the same browser, and a warm start after
// the browser is restarted on that profile (a learner coming back another day: nothing compiled
// in memory, only what the disk keeps — caches, the service worker, V8's code cache).
async function loads(kind, server, dir) {
  const cold = [], first = [], warm = [], restart = [], raw = [], br = [];
  const steps = Object.fromEntries(LOADS.map((load) => [load, []]));
  for (let i = 0; i < RUNS; i++) {
    const browser = await launch();
    const measure = async (load, go) => {
      await go(browser.page);
      const times = await hello(kind, browser.page);
      steps[load].push(await startupSteps(kind, browser.page, times));
      return times;
    };
    try {
      await instrument(kind, browser);
      server.requests.length = 0;
      const c = await measure("cold", (page) => page.goto(helloUrl(kind, server)));
      cold.push(c.ready);
      first.push(c.first);
      await settle(server.requests);
      const t = traffic(server.requests, dir);
      if (i === 0) requestLog[kind] = server.requests.map(({ path, status, bytes }) => ({ path, status, bytes }));
      raw.push(t.raw);
      br.push(t.br);
      const w = await measure("warm", (page) => page.reload());
      warm.push(w.first);
      // V8 writes its code cache once no function has been optimized for 2 s.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      await browser.restart();
      await instrument(kind, browser);
      const r = await measure("restart", (page) => page.goto(helloUrl(kind, server)));
      restart.push(r.first);
      log(kind, `load ${i + 1}: ready ${c.ready.toFixed(0)} ms, hello ${c.first.toFixed(0)} ms,`,
        `warm hello ${w.first.toFixed(0)} ms, after a restart ${r.first.toFixed(0)} ms,`,
        `${t.count} requests, ${t.raw} B (br ${t.br} B)`);
      if (browser.problems.length) log(kind, "page problems:", browser.problems.join("; "));
    } finally {
      await browser.close();
    }
  }
  return { cold, first, warm, restart, raw, br, steps };
}

// A cold load on a workshop's wifi: a fresh profile behind Chromium's network emulation
// (throughput in bytes/s). Returns the times to first output.
const WIFI = { offline: false, latency: 40, downloadThroughput: 20e6 / 8, uploadThroughput: 20e6 / 8 };
async function wifiLoads(kind, server) {
  const first = [];
  for (let i = 0; i < RUNS; i++) {
    const browser = await launch();
    try {
      await instrument(kind, browser);
      const cdp = await browser.context.newCDPSession(browser.page);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", WIFI);
      await browser.page.goto(helloUrl(kind, server));
      first.push((await hello(kind, browser.page)).first);
      log(kind, `wifi load ${i + 1}: hello ${first.at(-1).toFixed(0)} ms`);
    } finally {
      await browser.close();
    }
  }
  return first;
}

const programs = Object.fromEntries(
  PROGRAMS.map((name) => [name, readFileSync(path.join(HERE, "programs", `${name}.py`), "utf8")]));

const SQLITE_PROGRAM =
  "import sqlite3\ncon = sqlite3.connect(':memory:')\nprint(con.execute('SELECT 6 * 7').fetchone()[0])\n";

async function pyplayPrograms(server) {
  const browser = await launch();
  const { page, context } = browser;
  const result = { programs: {}, outputs: {}, stop: [] };
  try {
    await context.addInitScript(INSTRUMENT);
    await page.goto(server.url);
    await phaseAfterLastClick(page, "ready");
    // The Wordplay exercise, so the app gives the worker words.txt for open().
    await page.locator(".exercise-link", { hasText: "Words with uu" }).click();
    await page.locator(".exercise-text h2", { hasText: "Words with uu" }).waitFor();
    for (const name of PROGRAMS) {
      await setCode(page, programs[name]);
      const times = [];
      for (let i = 0; i < RUNS; i++) {
        await page.waitForSelector('#status[data-phase="ready"]', { timeout: 180_000 });
        await page.click("#run");
        const hit = await phaseAfterLastClick(page, "ready");
        times.push(hit.t - hit.since);
      }
      result.programs[name] = times;
      result.outputs[name] = (await page.locator("#output").innerText()).trim();
      log("pyplay", name, times.map((t) => t.toFixed(0)).join(" "), "ms:", result.outputs[name]);
    }
    await setCode(page, "while True: pass");
    for (let i = 0; i < RUNS; i++) {
      await page.waitForSelector('#status[data-phase="ready"]', { timeout: 180_000 });
      await page.click("#run");
      await page.waitForSelector('#status[data-phase="running"]');
      await page.waitForTimeout(500);
      await page.click("#stop");
      const hit = await phaseAfterLastClick(page, "ready");
      result.stop.push(hit.t - hit.since);
    }
    log("pyplay stop", result.stop.map((t) => t.toFixed(0)).join(" "), "ms");
    // What SQLite costs at start-up (issue 17): the first program that imports sqlite3 in a
    // fresh Python (the page reloaded: a new worker) against the same program run again.
    result.sqliteFirst = [];
    result.sqliteAgain = [];
    for (let i = 0; i < RUNS; i++) {
      await page.goto(server.url);
      await phaseAfterLastClick(page, "ready");
      await setCode(page, SQLITE_PROGRAM);
      for (const times of [result.sqliteFirst, result.sqliteAgain]) {
        await page.waitForSelector('#status[data-phase="ready"]', { timeout: 180_000 });
        await page.click("#run");
        const hit = await phaseAfterLastClick(page, "ready");
        times.push(hit.t - hit.since);
      }
      assert.equal((await page.locator("#output").innerText()).trim(), "42");
    }
    log("pyplay sqlite3 first/again", result.sqliteFirst.map((t) => t.toFixed(0)).join(" "), "/",
      result.sqliteAgain.map((t) => t.toFixed(0)).join(" "), "ms");
  } finally {
    await browser.close();
  }
  return result;
}

async function pyodidePrograms(server) {
  const browser = await launch();
  const { page } = browser;
  const result = { programs: {}, outputs: {} };
  try {
    await page.goto(helloUrl("pyodide", server));
    await hello("pyodide", page);
    await page.evaluate((text) => window.writeFile("words.txt", text), WORDS);
    for (const name of PROGRAMS) {
      const times = [];
      let output = "";
      for (let i = 0; i < RUNS; i++) {
        const res = await page.evaluate((code) => window.runPy(code), programs[name]);
        times.push(res.ms);
        output = res.output.trim();
      }
      result.programs[name] = times;
      result.outputs[name] = output;
      log("pyodide", name, times.map((t) => t.toFixed(0)).join(" "), "ms:", output);
    }
  } finally {
    await browser.close();
  }
  return result;
}

// --- main -----------------------------------------------------------------------------------
const pySite = pyodideSite();
const pyplayServer = await serve({ isolated: true });
const pyodideServer = await serve({ isolated: true, dir: pySite });
let pp, po, ppRun, poRun, ppWifi, poWifi;
try {
  pp = await loads("pyplay", pyplayServer, DIST);
  po = await loads("pyodide", pyodideServer, pySite);
  ppWifi = await wifiLoads("pyplay", pyplayServer);
  poWifi = await wifiLoads("pyodide", pyodideServer);
  ppRun = await pyplayPrograms(pyplayServer);
  poRun = await pyodidePrograms(pyodideServer);
} finally {
  await pyplayServer.close();
  await pyodideServer.close();
  rmSync(pySite, { recursive: true, force: true });
}

const mismatches = PROGRAMS.filter((n) => ppRun.outputs[n] !== poRun.outputs[n]);
for (const n of mismatches)
  log(`OUTPUT DIFFERS for ${n}: pyplay ${JSON.stringify(ppRun.outputs[n])} vs Pyodide ${JSON.stringify(poRun.outputs[n])}`);

const kb = (b) => b / 1024;
const rows = [
  ["Cold load → interpreter ready (ms)", median(pp.cold), median(po.cold)],
  [`Cold load → first output of ${HELLO} (ms)`, median(pp.first), median(po.first)],
  [`Warm load (cached) → first output (ms)`, median(pp.warm), median(po.warm)],
  ["Warm load after a browser restart → first output (ms)", median(pp.restart), median(po.restart)],
  ["Cold load on workshop wifi (20 Mbit/s, 40 ms) → first output (ms)", median(ppWifi), median(poWifi)],
  ["Cold load transfer, as served (KiB)", kb(median(pp.raw)), kb(median(po.raw))],
  ["Cold load transfer, brotli q9 (KiB)", kb(median(pp.br)), kb(median(po.br))],
  ["Stop `while True: pass` → ready (ms)", median(ppRun.stop), null],
  ["sqlite3: first `import sqlite3` + a query in a fresh Python (ms)", median(ppRun.sqliteFirst), null],
  ["sqlite3: the same program run again (ms)", median(ppRun.sqliteAgain), null],
  ...PROGRAMS.map((n) => [`Run: ${n}.py (ms)`, median(ppRun.programs[n]), median(poRun.programs[n])]),
];
const fmt = (v) => (v == null ? "—" : v >= 100 ? v.toFixed(0) : v.toFixed(1));
const ratio = (a, b) => (a == null || b == null || !b ? "—" : (a / b).toFixed(2));
const table = [
  `| Line (median of ${RUNS}) | pyplay | Pyodide ${PYODIDE_VERSION} | pyplay / Pyodide |`,
  "|---|---:|---:|---:|",
  ...rows.map(([l, a, b]) => `| ${l} | ${fmt(a)} | ${fmt(b)} | ${ratio(a, b)} |`),
].join("\n");

// The median of each step over the runs (null where the load has no such step).
const medianStep = (runs, step) => {
  const values = runs.map((r) => r[step]).filter((v) => v != null);
  return values.length ? median(values) : null;
};
const LOAD_NAMES = { cold: "cold", warm: "warm", restart: "restarted" };
const stepsTable = [
  `| Start-up step (median of ${RUNS}, ms) | ${LOADS.map((l) => `pyplay ${LOAD_NAMES[l]} | Pyodide ${LOAD_NAMES[l]}`).join(" | ")} |`,
  `|---|${LOADS.map(() => "---:|---:").join("|")}|`,
  ...[...STEPS, ["total", "Total: navigation → first output"]].map(([step, line]) =>
    `| ${line} | ${LOADS.map((l) => `${fmt(medianStep(pp.steps[l], step))} | ${fmt(medianStep(po.steps[l], step))}`).join(" | ")} |`),
].join("\n");

const sh = (cmd) => { try { return execSync(cmd, { encoding: "utf8" }).trim(); } catch { return "?"; } };
const machine = {
  date: new Date().toISOString(),
  nproc: sh("nproc"),
  cpu: (readFileSync("/proc/cpuinfo", "utf8").match(/model name\s*:\s*(.*)/) || [, cpus()[0]?.model])[1],
  chromium: sh("/usr/bin/chromium --version 2>/dev/null").split("\n").pop(),
  node: process.version,
  pyodide: PYODIDE_VERSION,
  pyplayCommit: sh(`git -C ${JSON.stringify(ROOT)} rev-parse --short HEAD`),
  runs: RUNS,
};
const day = machine.date.slice(0, 10);
// BENCH_LABEL names a variant (e.g. a build with another opt-level, given with PYPLAY_DIST), so
// runs of one day and commit don't overwrite each other.
const label = (process.env.BENCH_LABEL || "").replace(/[^\w.-]/g, "");
const results = `results-${day}-${machine.pyplayCommit}${label ? `-${label}` : ""}.md`;
const md = `# pyplay vs Pyodide — ${day}${label ? ` (${label})` : ""}

Made by \`scripts/bench\` (bench/run.mjs): release \`dist/\` and Pyodide ${PYODIDE_VERSION} (npm, in a
Web Worker: bench/pyodide.html) served on 127.0.0.1 with COOP/COEP, same headless Chromium.
Times are \`performance.now()\` in the page (load lines: from navigation start; Run lines: from
the Run click / \`runPy\` call until the program has finished). Cold = fresh profile, warm =
reload in the same profile, restart = the browser quit and started again on that profile.
First output: pyplay opens a Share link of the program (it is in the editor at load) and the page
itself clicks Run as soon as Python is ready; Pyodide's page runs it as soon as Pyodide is loaded.
Workshop wifi: a cold load under Chromium's network emulation (CDP
\`Network.emulateNetworkConditions\`: 20 Mbit/s both ways, 40 ms latency). Transfer = response
bodies the server sent on a cold load until the network went quiet (brotli: the same files
compressed at quality 9).

- Machine: ${machine.nproc} cores, ${machine.cpu}
- Browser: ${machine.chromium}; Node ${machine.node}; pyplay commit ${machine.pyplayCommit}${label ? `, variant ${label}` : ""}
- Served by sirv, which sends a file's precompressed \`.br\` copy when the browser accepts it:
  pyplay's from web/compress.mjs (quality 11), Pyodide's made by the benchmark (quality 9; its npm
  package has none).
${mismatches.length ? `- **Output differs** for: ${mismatches.join(", ")}\n` : "- Every program printed the same in both.\n"}
${table}

Where the start-up time goes: consecutive steps of each load, from the performance timelines of
the page and of the worker that starts the interpreter (Resource Timing of the interpreter's
wasm; the \`pyplay:*\` marks and measures of web/index.html and web/worker.js; Pyodide's in
bench/pyodide-worker.mjs). A load's steps add up to its total; medians of steps need not.

${stepsTable}

Raw runs: bench/latest.json (from the same run).
`;
writeFileSync(path.join(HERE, results), md);
writeFileSync(path.join(HERE, "latest.json"), JSON.stringify({
  machine: { ...machine, label, dist: DIST }, rows: rows.map(([line, pyplay, pyodide]) => ({ line, pyplay, pyodide, ratio: pyplay != null && pyodide ? pyplay / pyodide : null })),
  coldRequests: requestLog,
  raw: { pyplay: { loads: pp, wifi: ppWifi, ...ppRun }, pyodide: { loads: po, wifi: poWifi, ...poRun } },
}, null, 2) + "\n");
console.log(table);
console.log(`\n${stepsTable}`);
console.log(`\nWrote bench/${results} and bench/latest.json`);
