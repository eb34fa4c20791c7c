// Writes the list of the built site's files into its service worker, so that sw.js can cache them
// all at install and the app works offline after one visit (docs/ARCHITECTURE.md, "Offline and
// updates"). Run by a Trunk post_build hook on the staging dir, after every asset and index.html
// are written:
//
//   node web/precache.mjs "$TRUNK_STAGING_DIR"
//
// The list replaces the text between the `/* precache */` and `/* end precache */` markers of
// sw.js: `{ version, files: [{ path, integrity }] }`, every file but sw.js, with its SRI hash (the
// service worker fetches each with `integrity`, so its cache can only hold this build's bytes) and
// a version that hashes every file and the service worker's own code. A new version changes the
// bytes of sw.js, which is how browsers notice a new deploy. The markers stay, so the script can
// be run again on its output (the e2e tests do, to make a "new deploy").
//
// Debug builds (TRUNK_PROFILE=debug, e.g. plain `trunk serve`) get `{ version: "dev", files: [] }`:
// nothing is cached and sw.js stays byte-identical across rebuilds, so development never serves a
// stale build. `trunk serve --release` caches like a deploy.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const SW = "sw.js";
// index.html's download progress needs the interpreter's size: `total: N /* interpreter bytes */`.
const INTERPRETER = "pyplay-worker_bg.wasm";
const SIZE_MARK = /\d+ \/\* interpreter bytes \*\//;
const MARKED = /\/\* precache \*\/[\s\S]*?\/\* end precache \*\//;
const mark = (json) => `/* precache */ ${json} /* end precache */`;
const DEV = { version: "dev", files: [] };

/** Every file under `dir` (not dotfiles), as URL paths relative to it, sorted. */
function listFiles(dir, prefix = "") {
  const found = [];
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...listFiles(dir, rel));
    else found.push(rel);
  }
  return found.sort();
}

/** The manifest for the site in `dir`, given its service worker's source. */
export function manifestFor(dir, swSource) {
  const version = createHash("sha256");
  version.update(swSource.replace(MARKED, mark("")));
  const files = [];
  const all = listFiles(dir);
  const present = new Set(all);
  // web/compress.mjs's `X.br` / `X.gz` copies: the host picks them, the browser decodes them.
  const precompressed = (rel) => /\.(br|gz)$/.test(rel) && present.has(rel.slice(0, -3));
  for (const rel of all) {
    if (rel === SW || precompressed(rel)) continue;
    const bytes = readFileSync(path.join(dir, rel));
    version.update(`\0${rel}\0${bytes.length}\0`).update(bytes);
    const integrity = "sha256-" + createHash("sha256").update(bytes).digest("base64");
    files.push({ path: rel.split("/").map(encodeURIComponent).join("/"), integrity, bytes: bytes.length });
  }
  return { version: version.digest("hex").slice(0, 16), files };
}

/** Writes the interpreter's size into `dir`/index.html (before the list hashes it). */
function writeInterpreterSize(dir) {
  const indexPath = path.join(dir, "index.html");
  const index = readFileSync(indexPath, "utf8");
  if (!SIZE_MARK.test(index)) throw new Error(`${indexPath}: no "0 /* interpreter bytes */" to fill in`);
  const size = statSync(path.join(dir, INTERPRETER)).size;
  const tmp = `${indexPath}.${process.pid}.tmp`;
  writeFileSync(tmp, index.replace(SIZE_MARK, `${size} /* interpreter bytes */`));
  renameSync(tmp, indexPath);
}

/** Rewrites `dir`/sw.js with the manifest (release) or the empty dev one; returns it. */
export function precache(dir, { dev = false } = {}) {
  const swPath = path.join(dir, SW);
  const source = readFileSync(swPath, "utf8");
  if (!MARKED.test(source)) throw new Error(`${swPath}: no /* precache */ … /* end precache */ markers`);
  if (!dev) writeInterpreterSize(dir);
  const manifest = dev ? DEV : manifestFor(dir, source);
  const compact = { version: manifest.version, files: manifest.files.map(({ path, integrity }) => ({ path, integrity })) };
  // Write a new file and rename it over the old one: never write through a symlink.
  const tmp = `${swPath}.${process.pid}.tmp`;
  writeFileSync(tmp, source.replace(MARKED, mark(JSON.stringify(compact))));
  renameSync(tmp, swPath);
  return manifest;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error("usage: node web/precache.mjs DIST_DIR");
    process.exit(2);
  }
  const dev = process.env.TRUNK_PROFILE === "debug";
  const manifest = precache(dir, { dev });
  if (dev) {
    console.log("precache: debug build, nothing cached (sw.js passes requests to the network)");
  } else {
    const total = manifest.files.reduce((sum, f) => sum + f.bytes, 0);
    console.log(`precache: version ${manifest.version}, ${manifest.files.length} files, ${(total / 1e6).toFixed(1)} MB`);
  }
}
