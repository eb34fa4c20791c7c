// Renders icon.svg to the PNGs the web app manifest lists (192 and 512 pixels), with the
// machine's Chromium. Run it after changing icon.svg and commit the PNGs:
//
//   node web/icons/render.mjs
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";

const require = createRequire(new URL("../package.json", import.meta.url));
const { chromium } = require("playwright-core");

const svg = readFileSync(new URL("icon.svg", import.meta.url), "utf8");
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const src = "data:image/svg+xml;base64," + Buffer.from(svg).toString("base64");
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block}</style>` +
        `<img src="${src}" width="${size}" height="${size}">`,
    );
    await page.locator("img").evaluate((img) => img.decode());
    const png = await page.screenshot({ omitBackground: true });
    writeFileSync(new URL(`icon-${size}.png`, import.meta.url), png);
    console.log(`icon-${size}.png: ${png.length} bytes`);
    await page.close();
  }
} finally {
  await browser.close();
}
