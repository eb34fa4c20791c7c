// Turtle in the browser, keys and clicks (issue 13): a turtle square appears where turtle puts
// it; keys pressed on the drawing reach the program's handlers through both input channels
// (SharedArrayBuffer when cross-origin isolated, the service worker otherwise) and never the
// editor; Stop ends mainloop() and the drawing stays; the embed shows drawings too.
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, waitReady, setCode, getCode, runToEnd, output } from "./harness.mjs";

/** The points of every line the pane shows, as [[x, y], …] per line. */
const lines = (page) =>
  page.locator("#drawing svg").evaluate((svg) =>
    [...svg.querySelectorAll("polyline")]
      .filter((el) => el.getAttribute("stroke") !== "none")
      .map((el) => el.getAttribute("points").split(" ").map((p) => p.split(",").map(Number))));

const STEER = `import turtle
t = turtle.Turtle()
screen = turtle.Screen()
def step():
    t.forward(40)
    print("at", t.position())
def turn():
    t.left(90)
    print("turned")
screen.onkey(step, "Right")
screen.onkey(turn, "space")
screen.listen()
print("steer me")
turtle.done()
`;

for (const isolated of [true, false]) {
  const channel = isolated ? "the shared channel" : "the service-worker channel";
  describe(channel, () => {
    let app, browser, page;
    before(async () => {
      app = await serve({ isolated });
      browser = await launch();
      page = browser.page;
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(app.url);
      await waitReady(page);
    });
    after(async () => {
      await browser?.close();
      await app?.close();
    });

    if (isolated) {
      test("a turtle square appears where turtle draws it", async () => {
        await setCode(page, "import turtle\nt = turtle.Turtle()\nfor side in range(4):\n    t.forward(100)\n    t.left(90)\n");
        await runToEnd(page);
        await page.waitForFunction(() => document.querySelector("#drawing svg")?.getAttribute("aria-label")?.includes("line"));
        assert.equal(await page.locator("#drawing .drawing-title").innerText(), "Python Turtle Graphics");
        // Turtle's (0, 0) is the middle of its 600×500 window, y up: the square's corners.
        const points = (await lines(page)).flat().map(([x, y]) => `${Math.round(x)},${Math.round(y)}`);
        for (const corner of ["300,250", "400,250", "400,150", "300,150"]) {
          assert.ok(points.includes(corner), `no line reaches ${corner}: ${points.join(" ")}`);
        }
      });
    }

    test(`keys pressed on the drawing steer a turtle (${channel})`, async () => {
      await setCode(page, STEER);
      await page.click("#run");
      await page.waitForFunction(() => document.querySelector("#output").innerText.includes("steer me"));
      await page.locator("#drawing").waitFor();
      assert.equal(await page.locator("#status").getAttribute("data-phase"), "running");
      assert.equal(await page.locator("#stdin").count(), 0, "an input box showed for events");
      await page.click("#drawing svg");
      await page.keyboard.press("ArrowRight");
      await page.waitForFunction(() => document.querySelector("#output").innerText.includes("at (40.00,0.00)"));
      await page.keyboard.press(" ");
      // (Keys pressed while the turtle still turns are handled as it turns, as in Tk.)
      await page.waitForFunction(() => document.querySelector("#output").innerText.includes("turned"));
      await page.keyboard.press("ArrowRight");
      await page.waitForFunction(() => document.querySelector("#output").innerText.includes("at (40.00,40.00)"));
      assert.equal(await getCode(page), STEER, "the keys reached the editor");
      await page.waitForFunction(() => document.querySelectorAll("#drawing svg polyline").length > 0);
      // Stop ends mainloop(); the drawing stays.
      await page.click("#stop");
      await waitReady(page);
      const drawn = (await lines(page)).flat().map(([x, y]) => `${Math.round(x)},${Math.round(y)}`);
      assert.ok(drawn.includes("340,210"), `the turtle's path is not shown: ${drawn.join(" ")}`);
      assert.deepEqual(browser.problems, []);
    });

    if (!isolated) {
      test("a tkinter click handler gets the point clicked, in the window's pixels, in the embed", async () => {
        await page.setViewportSize({ width: 700, height: 450 });
        await page.goto(`${app.url}embed.html`);
        await waitReady(page);
        await setCode(page, `from tkinter import Tk, Canvas
root = Tk()
c = Canvas(root, width=300, height=200, bg="white")
c.pack()
def clicked(event):
    c.create_oval(event.x - 5, event.y - 5, event.x + 5, event.y + 5, fill="red")
    print("click", event.x, event.y)
    if event.x > 150:
        root.destroy()
c.bind("<Button-1>", clicked)
root.mainloop()
print("closed")
`);
        await page.click("#run");
        const svg = page.locator("#drawing svg");
        await page.waitForFunction(() => document.querySelector("#drawing svg")?.getAttribute("viewBox") === "0 0 300 200");
        const box = await svg.boundingBox();
        assert.ok(box.y + box.height <= 450, `the drawing is below the embed's fold: ${JSON.stringify(box)}`);
        // A quarter of the way across the shown (scaled) drawing is x = 75 in the window.
        await page.mouse.click(box.x + box.width / 4, box.y + box.height / 2);
        await page.waitForFunction(() => /click 7[4-6] (99|10[01])/.test(document.querySelector("#output").innerText));
        await page.mouse.click(box.x + (box.width * 3) / 4, box.y + box.height / 2);
        await waitReady(page);
        assert.match(await output(page), /closed\n$/);
        assert.equal(await page.locator("#drawing svg ellipse").count(), 2);
        assert.deepEqual(browser.problems, []);
      });
    }
  });
}
