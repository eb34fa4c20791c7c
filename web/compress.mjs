// Writes precompressed copies beside the built site's files: `X.br` (brotli, quality 11) and
// `X.gz` (gzip, level 9), for every compressible file of 1 KiB or more. Hosts that serve such
// siblings (nginx `brotli_static`/`gzip_static`, Caddy `precompressed`, sirv, many CDNs) then send
// the interpreter at about a third of its size without compressing it on every request; hosts
// that don't simply ignore them. Run by a Trunk post_build hook after web/precache.mjs (the
// service worker's file list leaves these copies out: the browser decodes them transparently).
//
//   node web/compress.mjs DIR
//
// Copies are rewritten on every run, and a file that gets none (left out, or now under 1 KiB) loses
// any copy an earlier run left beside it: a host would serve that stale copy instead of the file.
// `pyplay lessons deploy` runs this over its freshly built lessons folder.
//
// Debug builds are skipped (TRUNK_PROFILE=debug): quality 11 over the interpreter takes a while.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";

const COMPRESSIBLE = /\.(wasm|js|mjs|css|json|txt|svg|webmanifest)$/;
// sw.js is rewritten after builds (web/precache.mjs, e.g. by the tests' "new deploy"), and a stale
// sw.js.br would hide the change; pages (.html) are small. Both go out as they are.
const LEFT_OUT = new Set(["sw.js"]);
const MIN_BYTES = 1024;

const COPIES = [".br", ".gz"];

/** Writes a new file and renames it over `file`: never writes through a symlink (the tests link
 *  copies of dist/ to its files). */
function replace(file, bytes) {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, file);
}

/** Compressed copies of every compressible file under `dir` (and no stale ones); returns
 *  [file, raw, br, gz] rows. */
export function compressAll(dir) {
  const rows = [];
  const walk = (sub) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.join(sub, entry.name);
      const file = path.join(dir, rel);
      if (entry.isDirectory()) walk(rel);
      else if (COPIES.includes(path.extname(entry.name))) continue; // a copy (or a shipped .gz)
      else if (!COMPRESSIBLE.test(entry.name) || LEFT_OUT.has(rel) || statSync(file).size < MIN_BYTES) {
        for (const copy of COPIES) if (existsSync(file + copy)) rmSync(file + copy);
      } else {
        const bytes = readFileSync(file);
        const br = brotliCompressSync(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_LGWIN]: 24,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          },
        });
        const gz = gzipSync(bytes, { level: 9 });
        replace(file + ".br", br);
        replace(file + ".gz", gz);
        rows.push([rel, bytes.length, br.length, gz.length]);
      }
    }
  };
  walk("");
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) throw new Error("usage: node web/compress.mjs DIR");
  if (process.env.TRUNK_PROFILE === "debug") process.exit(0);
  const rows = compressAll(dir);
  const big = rows.filter(([, raw]) => raw > 100_000);
  for (const [rel, raw, br, gz] of big)
    console.log(`compress: ${rel} ${raw} bytes -> brotli ${br}, gzip ${gz}`);
}
