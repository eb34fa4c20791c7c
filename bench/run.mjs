// pyplay vs Pyodide benchmark (not part of the test suite; run with scripts/bench).
// Serves dist/ and a small Pyodide page (bench/pyodide.html + web/node_modules/pyodide) on
// 127.0.0.1 and drives both in the same headless Chromium (tests/e2e/harness.mjs). Each line is
// the median of BENCH_RUNS (default 5) runs; prints a table and writes bench/results-<date>-<commit>[-<label>].md
// and bench/latest.json.
import { serve, launch, setCode, DIST } from "../tests/e2e/harness.mjs";
import { readFileSync, writeFileSync, readdirSync, mkdtempSync, symlinkSync, rmSync, existsSync } from "node:fs";
import { brotliCompressSync, deflateRawSync, constants } from "node:zlib";
import { execSync } from "node:child_process";
import { tmpdir, cpus } from "node:os";
import { fileURLToPath } from "node:url";
import path from "node:path";

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

// A folder for the Pyodide site: index.html, its worker, and the npm package under pyodide/.
function pyodideSite() {
  const dir = mkdtempSync(path.join(tmpdir(), "pyplay-bench-pyodide-"));
  symlinkSync(path.join(HERE, "pyodide.html"), path.join(dir, "index.html"));
  symlinkSync(path.join(HERE, "pyodide-worker.mjs"), path.join(dir, "pyodide-worker.mjs"));
  symlinkSync(PYODIDE, path.join(dir, "pyodide"));
  for (const f of ["pyodide.asm.wasm", "pyodide.mjs", "pyodide.asm.mjs", "python_stdlib.zip"])
    if (!existsSync(path.join(PYODIDE, f))) throw new Error(`pyodide package lacks ${f}`);
  return dir;
}

// Bytes the server sent, and the same files brotli-compressed (quality 9, cached per file).
const brotliCache = new Map();
function traffic(requests, dir) {
  let raw = 0, br = 0;
  for (const r of requests) {
    raw += r.bytes;
    if (!r.bytes) continue;
    let file = path.join(dir, decodeURIComponent(r.path));
    if (r.path.endsWith("/")) file = path.join(file, "index.html");
    let size = r.bytes;
    if (existsSync(file)) {
      if (!brotliCache.has(file))
        brotliCache.set(file, brotliCompressSync(readFileSync(file), {
          params: { [constants.BROTLI_PARAM_QUALITY]: 9 },
        }).length);
      size = brotliCache.get(file);
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
// all stamped with performance.now() (0 = navigation start).
const INSTRUMENT = () => {
  const b = (window.__bench = { phases: [], clicks: [], firstOutput: 0, last: null });
  const check = () => {
    const status = document.getElementById("status");
    const phase = status && status.dataset.phase;
    if (phase && phase !== b.last) {
      b.last = phase;
      b.phases.push([phase, performance.now()]);
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

// pyplay opens a Share link of print("Hello") (`#code=`: the program is in the editor at load,
// like Pyodide's page gets it in its script), and Run is clicked as soon as Python is ready.
const HELLO_LINK = "#code=" + deflateRawSync(Buffer.from(HELLO), { level: 9 }).toString("base64url");

async function pyplayHello(page) {
  const ready = (await phaseAfterLastClick(page, "ready")).t;
  await page.click("#run");
  const first = await (await page.waitForFunction(() => window.__bench.firstOutput, null,
    { timeout: 120_000, polling: 20 })).jsonValue();
  await phaseAfterLastClick(page, "ready");
  return { ready, first };
}

async function pyodideHello(page) {
  const ready = await (await page.waitForFunction(() => window.pyReady || window.pyFailed, null,
    { timeout: 180_000, polling: 20 })).jsonValue();
  if (typeof ready !== "number") throw new Error(`Pyodide failed: ${ready}`);
  const res = await page.evaluate((code) => window.runPy(code), HELLO);
  if (res.output.trim() !== "Hello") throw new Error(`Pyodide printed ${JSON.stringify(res.output)}`);
  const first = await page.evaluate(() => window.firstOutput);
  return { ready, first };
}

const requestLog = {};

// One cold load (fresh profile) and one warm reload in the same context.
async function loads(kind, server, dir) {
  const cold = [], first = [], warm = [], raw = [], br = [];
  for (let i = 0; i < RUNS; i++) {
    const browser = await launch();
    const { page, context } = browser;
    try {
      if (kind === "pyplay") await context.addInitScript(INSTRUMENT);
      server.requests.length = 0;
      await page.goto(server.url + (kind === "pyplay" ? HELLO_LINK : ""));
      const hello = kind === "pyplay" ? await pyplayHello(page) : await pyodideHello(page);
      cold.push(hello.ready);
      first.push(hello.first);
      await settle(server.requests);
      const t = traffic(server.requests, dir);
      if (i === 0) requestLog[kind] = server.requests.map(({ path, status, bytes }) => ({ path, status, bytes }));
      raw.push(t.raw);
      br.push(t.br);
      await page.reload();
      const again = kind === "pyplay" ? await pyplayHello(page) : await pyodideHello(page);
      warm.push(again.first);
      log(kind, `load ${i + 1}: ready ${hello.ready.toFixed(0)} ms, hello ${hello.first.toFixed(0)} ms,`,
        `warm hello ${again.first.toFixed(0)} ms, ${t.count} requests, ${t.raw} B (br ${t.br} B)`);
      if (browser.problems.length) log(kind, "page problems:", browser.problems.join("; "));
    } finally {
      await browser.close();
    }
  }
  return { cold, first, warm, raw, br };
}

const programs = Object.fromEntries(
  PROGRAMS.map((name) => [name, readFileSync(path.join(HERE, "programs", `${name}.py`), "utf8")]));

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
    await page.goto(server.url);
    await pyodideHello(page);
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
let pp, po, ppRun, poRun;
try {
  pp = await loads("pyplay", pyplayServer, DIST);
  po = await loads("pyodide", pyodideServer, pySite);
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
  ["Cold load transfer, as served (KiB)", kb(median(pp.raw)), kb(median(po.raw))],
  ["Cold load transfer, brotli q9 (KiB)", kb(median(pp.br)), kb(median(po.br))],
  ["Stop `while True: pass` → ready (ms)", median(ppRun.stop), null],
  ...PROGRAMS.map((n) => [`Run: ${n}.py (ms)`, median(ppRun.programs[n]), median(poRun.programs[n])]),
];
const fmt = (v) => (v == null ? "—" : v >= 100 ? v.toFixed(0) : v.toFixed(1));
const ratio = (a, b) => (a == null || b == null || !b ? "—" : (a / b).toFixed(2));
const table = [
  `| Line (median of ${RUNS}) | pyplay | Pyodide ${PYODIDE_VERSION} | pyplay / Pyodide |`,
  "|---|---:|---:|---:|",
  ...rows.map(([l, a, b]) => `| ${l} | ${fmt(a)} | ${fmt(b)} | ${ratio(a, b)} |`),
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
reload in the same profile. First output: pyplay opens a Share link of the program (it is in the
editor at load) and Run is clicked as soon as Python is ready; Pyodide's page runs it as soon
as Pyodide is loaded. Transfer = response bodies the server sent on a cold load until the
network went quiet (brotli: the same files compressed at quality 9).

- Machine: ${machine.nproc} cores, ${machine.cpu}
- Browser: ${machine.chromium}; Node ${machine.node}; pyplay commit ${machine.pyplayCommit}${label ? `, variant ${label}` : ""}
- Served by sirv, which sends a file's precompressed \`.br\`/\`.gz\` copy (web/compress.mjs) when
  the browser accepts it; Pyodide's npm package has none, so it goes out uncompressed.
${mismatches.length ? `- **Output differs** for: ${mismatches.join(", ")}\n` : "- Every program printed the same in both.\n"}
${table}

Raw runs: bench/latest.json (from the same run).
`;
writeFileSync(path.join(HERE, results), md);
writeFileSync(path.join(HERE, "latest.json"), JSON.stringify({
  machine: { ...machine, label, dist: DIST }, rows: rows.map(([line, pyplay, pyodide]) => ({ line, pyplay, pyodide, ratio: pyplay != null && pyodide ? pyplay / pyodide : null })),
  coldRequests: requestLog,
  raw: { pyplay: { loads: pp, ...ppRun }, pyodide: { loads: po, ...poRun } },
}, null, 2) + "\n");
console.log(table);
console.log(`\nWrote bench/${results} and bench/latest.json`);
