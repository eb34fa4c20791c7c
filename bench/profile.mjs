// Where pyplay's worker spends its time on one of bench/programs/ (issue 15 item 4), in real
// Chromium: `scripts/profile NAME [REPS]`, not part of the tests. The program runs REPS times
// (default 30) in one Run of the Wordplay exercise (so words.txt is there), once to let V8 tier
// it up and once under `perf record` on the worker's renderer process; Chromium runs with V8's
// perf map (`--perf-basic-prof`), so samples in compiled wasm carry the Rust function names of
// the names-keeping build scripts/profile makes. Prints the per-repetition time; scripts/profile
// prints the report.
import { serve, launch, runToEnd, output } from "../tests/e2e/harness.mjs";
import { openWordplayWith } from "./exercise-page.mjs";
import { readFileSync, readdirSync } from "node:fs";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const [name, repsArg, perfData] = process.argv.slice(2);
const reps = Number(repsArg || 30);
const program = readFileSync(fileURLToPath(new URL(`programs/${name}.py`, import.meta.url)), "utf8");
// Each repetition compiles and runs the program afresh, as a Run does: looping over its text
// instead would re-create its functions while their call sites stay specialized for the first
// ones, which is not what a learner's Run does (the first profile, 2026-12-02, measured that).
const code = `import time\n_program = ${JSON.stringify(program)}\n_start = time.perf_counter()\n` +
  `for _rep in range(${reps}):\n    exec(compile(_program, "${name}.py", "exec"), {"__name__": "__main__"})\n` +
  `print("ms per repetition:", round((time.perf_counter() - _start) * 1000 / ${reps}, 1))\n`;

/** The renderer process that runs the page's Python worker (not Chromium's own UI). */
function workerRenderer(profile) {
  for (const pid of readdirSync("/proc").filter((n) => /^\d+$/.test(n))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      if (!cmdline.includes(profile) || !cmdline.includes("--type=renderer") || cmdline.includes("--top-chrome-webui")) continue;
      const threads = readdirSync(`/proc/${pid}/task`).map((t) => readFileSync(`/proc/${pid}/task/${t}/comm`, "utf8").trim());
      if (threads.includes("DedicatedWorker")) return pid;
    } catch {} // gone meanwhile
  }
  throw new Error("no renderer runs a Python worker");
}

const server = await serve({ isolated: true });
const browser = await launch({ args: ["--js-flags=--perf-basic-prof --logfile=/dev/null --no-logfile-per-isolate"] });
try {
  const { page } = browser;
  await openWordplayWith(page, server.url, code);
  const last = async () => (await output(page)).trim().split("\n").pop();
  await runToEnd(page, 600_000);
  console.log(`warm-up run: ${await last()}`);
  const perf = spawn("perf", ["record", "-q", "-F", "2000", "-p", workerRenderer(browser.profile), "-o", perfData], { stdio: "inherit" });
  await new Promise((resolve) => setTimeout(resolve, 300)); // perf attaches (not a synchronisation of ours)
  await runToEnd(page, 600_000);
  perf.kill("SIGINT");
  await new Promise((resolve) => perf.on("exit", resolve));
  console.log(`profiled run: ${await last()}`);
} finally {
  await browser.close();
  await server.close();
}
