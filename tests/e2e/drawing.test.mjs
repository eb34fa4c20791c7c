// Drawing (issue 13): tkinter's Canvas and turtle draw in a pane beside the output. The pane
// appears when a program draws, shows Tk's window scaled to fit, animates, is cleared by Run and
// stays after Stop or an error, describes itself in words and saves as PNG/SVG.
// PYPLAY_SCREENSHOTS=dir keeps screenshots of the pane at 1280×720 and 390×844.
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { useApp, setCode, runToEnd, waitReady, output } from "./harness.mjs";

let page;
useApp({ isolated: true }, (opened) => (page = opened.page));

const shot = (name) =>
  process.env.PYPLAY_SCREENSHOTS && page.screenshot({ path: path.join(process.env.PYPLAY_SCREENSHOTS, `${name}.png`) });

/** The items of the drawing as the page shows them: tag, and the attributes that place them. */
const items = () =>
  page.locator("#drawing svg").evaluate((svg) =>
    [...svg.children].slice(1).map((el) => ({
      tag: el.tagName,
      fill: el.getAttribute("fill"),
      stroke: el.getAttribute("stroke"),
      points: el.getAttribute("points"),
      x: el.getAttribute("x"), y: el.getAttribute("y"),
      width: el.getAttribute("width"), height: el.getAttribute("height"),
      text: el.textContent,
    })));

const WALL = `from tkinter import ALL, Canvas, Frame, SUNKEN, Tk
import colorsys

root = Tk()
root.title("ColorWall")
root.resizable(0, 0)
frame = Frame(root, bd=5, relief=SUNKEN)
frame.pack()
canvas = Canvas(frame, width=200, height=100, bd=0, highlightthickness=0)
canvas.pack()

def draw(hue):
    canvas.delete(ALL)
    for x in range(4):
        for y in range(2):
            r, g, b = colorsys.hsv_to_rgb((hue + x / 8) % 1, 1, 1)
            colour = "#%02x%02x%02x" % (int(r * 255), int(g * 255), int(b * 255))
            canvas.create_rectangle(x * 50, y * 50, x * 50 + 50, y * 50 + 50, fill=colour)
    canvas.update()
`;

test("a tkinter wall of rectangles appears in the pane with the window's size and title", async () => {
  await page.setViewportSize({ width: 1280, height: 720 });
  assert.equal(await page.locator("#drawing").isVisible(), false, "the pane shows before anything is drawn");
  await setCode(page, WALL + 'draw(0)\nprint("drawn")\n');
  await runToEnd(page);
  assert.equal(await output(page), "drawn\n");
  await page.locator("#drawing").waitFor();
  await page.waitForFunction(() => document.querySelectorAll("#drawing svg rect").length === 9);
  const svg = page.locator("#drawing svg");
  assert.equal(await svg.getAttribute("viewBox"), "0 0 200 100");
  assert.equal(await page.locator("#drawing .drawing-title").innerText(), "ColorWall");
  assert.equal(await svg.getAttribute("aria-label"), "Drawing, 200 by 100: 8 rectangles");
  const drawn = await items();
  assert.equal(drawn.length, 8);
  assert.deepEqual(drawn[0], { tag: "rect", fill: "#ff0000", stroke: "#000000", points: null, x: "0", y: "0", width: "50", height: "50", text: "" });
  await shot("drawing-1280x720");
  const box = await svg.boundingBox();
  assert.ok(box.y + box.height <= 720, `the drawing is in view (${JSON.stringify(box)})`);
});

test("an animation animates: the pane changes while the program runs", async () => {
  await setCode(page, WALL + "import time\nfor frame in range(40):\n    draw(frame / 40)\n    time.sleep(0.05)\n");
  await page.click("#run");
  const seen = new Set();
  while ((await page.locator("#status").getAttribute("data-phase")) === "running") {
    const fill = await page.evaluate(() => document.querySelector("#drawing svg rect:nth-child(2)")?.getAttribute("fill"));
    if (fill) seen.add(fill);
    await page.waitForTimeout(50);
  }
  assert.ok(seen.size >= 5, `only ${seen.size} frames seen: ${[...seen]}`);
  await waitReady(page);
  assert.equal((await items()).length, 8, "the last frame stays");
});

test("Run clears the drawing; after an error or Stop it stays", async () => {
  await setCode(page, 'print("no drawing")\n');
  await runToEnd(page);
  assert.equal(await page.locator("#drawing").isVisible(), false, "the last program's drawing is still shown");
  await setCode(page, WALL + "draw(0.5)\nprint(1 / 0)\n");
  await runToEnd(page);
  await page.waitForFunction(() => document.querySelectorAll("#drawing svg rect").length === 9);
  assert.match(await output(page), /ZeroDivisionError/);
  await setCode(page, WALL + "import time\nhue = 0\nwhile True:\n    draw(hue)\n    hue += 0.01\n    time.sleep(0.02)\n");
  await page.click("#run");
  await page.waitForFunction(() => document.querySelectorAll("#drawing svg rect").length === 9);
  await page.click("#stop");
  await waitReady(page);
  assert.equal((await items()).length, 8, "Stop took the drawing away");
});

test("a text redrawn every frame leaves only its newest version on the pane", async () => {
  // (A redraw reuses the elements it erased; a text once took one and left the old one behind.)
  await setCode(page, "from tkinter import Tk, Canvas, ALL\nimport time\nroot = Tk()\nc = Canvas(root, width=200, height=100)\nc.pack()\n" +
    "for i in range(5):\n    c.delete(ALL)\n    c.create_rectangle(0, 0, 20 + i, 20)\n    c.create_text(100, 50, text=f'frame {i}')\n    c.update()\n    time.sleep(0.05)\n");
  await runToEnd(page);
  await page.waitForFunction(() => document.querySelector("#drawing svg text")?.textContent === "frame 4");
  assert.deepEqual(await page.locator("#drawing svg text").allTextContents(), ["frame 4"]);
  assert.equal(await page.locator("#drawing svg rect").count(), 2, "the background and one rectangle");
});

test("the drawing saves as SVG and PNG", async () => {
  const [svgFile] = await Promise.all([page.waitForEvent("download"), page.click("#drawing .save-svg")]);
  assert.equal(svgFile.suggestedFilename(), "drawing.svg");
  const [pngFile] = await Promise.all([page.waitForEvent("download"), page.click("#drawing .save-png")]);
  assert.equal(pngFile.suggestedFilename(), "drawing.png");
});

test("on a phone the drawing scales down to fit", async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await setCode(page, "from tkinter import Tk, Canvas\nroot = Tk()\nc = Canvas(root, width=800, height=600, bg='white')\nc.pack()\nc.create_oval(100, 100, 700, 500, fill='gold')\nroot.update()\n");
  await runToEnd(page);
  await page.waitForFunction(() => document.querySelectorAll("#drawing svg ellipse").length === 1);
  const box = await page.locator("#drawing svg").boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 390, `the drawing is wider than the phone: ${JSON.stringify(box)}`);
  assert.ok(Math.abs(box.width / box.height - 800 / 600) < 0.02, `the drawing lost its shape: ${JSON.stringify(box)}`);
  await page.locator("#drawing").scrollIntoViewIfNeeded();
  await shot("drawing-390x844");
  await page.setViewportSize({ width: 1280, height: 720 });
});
