// Bundles the editor (editor.js + CodeMirror from npm, versions pinned in ../package.json and
// package-lock.json) into one minified classic script: node build.mjs OUT_FILE.
// Trunk's pre_build hook runs it, so every build makes the same bundle from the lockfile.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const out = process.argv[2];
if (!out) {
  console.error("usage: node build.mjs OUT_FILE");
  process.exit(2);
}
await build({
  entryPoints: [fileURLToPath(new URL("editor.js", import.meta.url))],
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  outfile: out,
  legalComments: "eof",
  logLevel: "warning",
});
