// A/B of builds in Chromium, for a patch's bench line (not part of the tests):
//   node bench/ab.mjs REPS ROUNDS DIST_A DIST_B [...]     (NO_PROXY=127.0.0.1,localhost)
// Each program (PROGRAMS: .py paths separated by spaces; default bench/programs/*.py) is compiled
// and run afresh REPS times in one Run of the Wordplay exercise (so words.txt is there), its
// output discarded, and the median printed in ms; two Runs per browser, a fresh Chromium per
// build, the builds alternated ROUNDS times. The dist folders are copies of trunk's output.
import { serve, launch, runToEnd, output } from "../tests/e2e/harness.mjs";
import { openWordplayWith } from "./exercise-page.mjs";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const [reps, rounds, ...dists] = process.argv.slice(2);
const files = process.env.PROGRAMS
  ? process.env.PROGRAMS.split(" ")
  : readdirSync(path.join(HERE, "programs")).filter((f) => f.endsWith(".py")).map((f) => path.join(HERE, "programs", f));
const programs = Object.fromEntries(files.map((f) => [path.basename(f, ".py"), readFileSync(f, "utf8")]));
const code = `import time, io, contextlib\n_programs = ${JSON.stringify(programs)}\n_res = []\n` +
  `for _name, _src in _programs.items():\n    _t = []\n    for _rep in range(${Number(reps)}):\n` +
  `        _start = time.perf_counter()\n        with contextlib.redirect_stdout(io.StringIO()):\n` +
  `            exec(compile(_src, _name + ".py", "exec"), {"__name__": "__main__"})\n` +
  `        _t.append((time.perf_counter() - _start) * 1000)\n    _t.sort()\n` +
  `    _res.append(f"{_name} {_t[len(_t) // 2]:.1f}")\nprint(" | ".join(_res))\n`;

for (let round = 0; round < Number(rounds); round++) {
  for (const dir of dists) {
    const server = await serve({ isolated: true, dir });
    const browser = await launch();
    try {
      const { page } = browser;
      await openWordplayWith(page, server.url, code);
      for (let run = 0; run < 2; run++) {
        await runToEnd(page, 600_000);
        console.log(path.basename(dir), (await output(page)).trim().split("\n").pop());
      }
    } finally {
      await browser.close();
      await server.close();
    }
  }
}
