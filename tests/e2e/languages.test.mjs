// Languages (issue 18 item 3): the page speaks the browser's language when pyplay has it
// (Spanish here), a chooser in the header changes it and is remembered, `?lang=` in a link
// wins, and a right-to-left language mirrors the layout while code stays left to right (tested
// with the pseudo-locale ar-XB: English written right to left). The Friday lessons, the
// explanations of errors and Check's results come in Spanish too.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, waitReady, setCode, getCode, runToEnd, output, check } from "./harness.mjs";

let app, english, spanish;
before(async () => {
  app = await serve({ isolated: true });
  english = await launch({ context: { locale: "en-US" } });
  spanish = await launch({ context: { locale: "es-MX" } });
});
after(async () => {
  await english?.close();
  await spanish?.close();
  await app?.close();
});

const rootLanguage = (page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);

test("a browser set to Spanish gets pyplay in Spanish", async () => {
  const page = spanish.page;
  await page.goto(app.url);
  await waitReady(page);
  assert.deepEqual(await rootLanguage(page), ["es", "ltr"]);
  assert.equal(await page.locator("#run").innerText(), "▶ Ejecutar");
  assert.equal(await page.locator("#status").innerText(), "Listo");
  assert.equal(await page.locator("#language").inputValue(), "es");
});

test("the language chooser changes the page's words and is remembered", async () => {
  const page = english.page;
  await page.goto(app.url);
  await waitReady(page);
  assert.equal(await page.locator("#run").innerText(), "▶ Run");
  await page.locator("#language").selectOption("es");
  assert.equal(await page.locator("#run").innerText(), "▶ Ejecutar");
  assert.equal(await page.locator(".tagline").innerText(), "Python en tu navegador");
  await page.reload();
  await waitReady(page);
  assert.equal(await page.locator("#run").innerText(), "▶ Ejecutar");
  // A link's lang= wins over the choice.
  await page.goto(`${app.url}?lang=en`);
  await waitReady(page);
  assert.equal(await page.locator("#run").innerText(), "▶ Run");
  await page.locator("#language").selectOption("en");
});

test("a right-to-left language mirrors the page, and code stays left to right", async () => {
  const page = english.page;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${app.url}?lang=ar-XB`);
  await waitReady(page);
  assert.deepEqual(await rootLanguage(page), ["ar-XB", "rtl"]);
  assert.match(await page.locator("#run").innerText(), /\u202E/);
  const sidebar = await page.locator(".sidebar").boundingBox();
  const work = await page.locator(".work").boundingBox();
  assert.ok(sidebar.x > work.x, `the lesson list is on the right (${sidebar.x} > ${work.x})`);
  const code = await page.locator("#code .cm-content").evaluate((el) => getComputedStyle(el).direction);
  assert.equal(code, "ltr");
  const output = await page.locator("#output").evaluate((el) => getComputedStyle(el).direction);
  assert.equal(output, "ltr");
  // Nothing sticks out sideways.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth));
});

test("the Friday lessons come in Spanish, and changing language keeps the learner's code", async () => {
  const page = spanish.page;
  await page.goto(`${app.url}?lesson=first-steps&exercise=hello`);
  await waitReady(page);
  const title = page.locator(".exercise h2");
  await title.filter({ hasText: "Hola, mundo" }).waitFor();
  const lessons = page.locator(".lessons");
  assert.match(await lessons.innerText(), /Primeros pasos/);
  assert.match(await lessons.innerText(), /Tomar decisiones/);
  // A lesson with no Spanish version is listed in English.
  assert.match(await lessons.innerText(), /Wordplay/);
  await setCode(page, 'print("mi código")\n');
  await page.locator("#language").selectOption("en");
  await title.filter({ hasText: "Hello, world" }).waitFor();
  assert.match(await lessons.innerText(), /First steps/);
  assert.equal(await getCode(page), 'print("mi código")\n');
  await page.locator("#language").selectOption("es");
  await title.filter({ hasText: "Hola, mundo" }).waitFor();
  assert.equal(await getCode(page), 'print("mi código")\n');
});

test("an error is explained in the learner's language, which follows the chooser", async () => {
  const page = spanish.page;
  await page.goto(app.url);
  await waitReady(page);
  await setCode(page, "nombre = 'Ana'\nprint(nombr)\n");
  await runToEnd(page);
  assert.match(await output(page), /NameError/);
  const explanation = page.locator("#output .explain");
  assert.match(await explanation.innerText(), /La línea 2 usa nombr, .*¿Querías decir nombre\?/s);
  await page.locator("#language").selectOption("en");
  await runToEnd(page);
  assert.match(await explanation.innerText(), /Line 2 uses nombr/);
  await page.locator("#language").selectOption("es");
});

test("Check's results are worded in Spanish for a Spanish lesson", async () => {
  const page = spanish.page;
  await page.goto(`${app.url}?lesson=first-steps&exercise=your-name`);
  await waitReady(page);
  await page.locator(".exercise h2").filter({ hasText: "Hacer una pregunta" }).waitFor();
  await setCode(page, 'nombre = input("¿Cómo te llamas? ")\nprint("Mucho gusto,", nombre)\n');
  await check(page);
  const results = page.locator("#checks");
  assert.match(await results.innerText(), /No superada:\s*Con la entrada Ada, azul/);
  await setCode(page, [
    'nombre = input("¿Cómo te llamas? ")',
    'print("Mucho gusto,", nombre)',
    'color = input("¿Cuál es tu color favorito? ")',
    'print("A mí también me gusta el", color)',
    "",
  ].join("\n"));
  await check(page);
  assert.match(await results.innerText(), /¡ejercicio terminado!/);
});

// A newer choice overtakes a slow load: lessons that come in a language the learner has left
// are not shown (the first load, which opens the exercise, once replaced Spanish chosen while
// it was under way with the English it had asked for).
test("a language chosen while the lessons load is the one they come in", async () => {
  const browser = await launch({ context: { locale: "en-US", serviceWorkers: "block" } });
  try {
    const page = browser.page;
    // The English lessons are held back until the learner has chosen Spanish.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route("**/lessons/index.json", async (route) => {
      await held;
      await route.continue();
    });
    const asked = page.waitForRequest("**/lessons/index.json");
    await page.goto(`${app.url}?lesson=first-steps&exercise=hello`);
    await asked;
    await page.locator("#language").selectOption("es");
    await page.locator("#run").filter({ hasText: "▶ Ejecutar" }).waitFor();
    release();
    await page.locator(".exercise h2").filter({ hasText: "Hola, mundo" }).waitFor();
    assert.match(await page.locator(".lessons").innerText(), /Primeros pasos/);
    assert.equal(await page.locator("#language").inputValue(), "es");
  } finally {
    await browser.close();
  }
});
