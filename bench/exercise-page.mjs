// The page the bench scripts run Python in (bench/ab.mjs, bench/profile.mjs): pyplay's app at
// `url`, on the Wordplay exercise "Words with uu" (so words.txt is there), with `code` in the editor.
import { waitReady, setCode } from "../tests/e2e/harness.mjs";

export async function openWordplayWith(page, url, code) {
  await page.goto(url);
  await waitReady(page);
  await page.locator(".exercise-link", { hasText: "Words with uu" }).click();
  await page.locator(".exercise-text h2", { hasText: "Words with uu" }).waitFor();
  await waitReady(page);
  await setCode(page, code);
}
