// The size guard: beginners download pyplay on workshop wifi, so the build fails the tests when
// a big file grows more than 10% over the brotli size recorded in bench/size-budget.json
// (update that number deliberately, with a reason).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";
import { DIST } from "./harness.mjs";

const budget = JSON.parse(readFileSync(new URL("../../bench/size-budget.json", import.meta.url), "utf8"));

const brotli = (bytes) =>
  brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;

for (const [pattern, { brotli_bytes: recorded }] of Object.entries(budget.files)) {
  test(`${pattern} stays within ${budget.tolerance * 100}% of ${recorded} bytes brotli`, () => {
    const matcher = new RegExp(`^${pattern.split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^/]*")}$`);
    const files = readdirSync(DIST).filter((name) => matcher.test(name));
    assert.equal(files.length, 1, `expected one file named ${pattern} in dist/, found ${files.join(", ") || "none"}`);
    const size = brotli(readFileSync(DIST + files[0]));
    const limit = Math.round(recorded * (1 + budget.tolerance));
    console.log(`${files[0]}: ${size} bytes brotli (recorded ${recorded}, limit ${limit})`);
    assert.ok(size <= limit, `${files[0]} is ${size} bytes brotli, over the limit of ${limit} ` +
      `(recorded ${recorded} + ${budget.tolerance * 100}%). If the growth is worth it, update bench/size-budget.json with the reason.`);
  });
}
