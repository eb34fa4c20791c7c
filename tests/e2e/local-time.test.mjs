// Local time comes from the browser's own offset from UTC (issue 15, item 3: no time-zone
// database in the interpreter; patch rustpython-vm 0008): time.localtime, mktime and datetime
// agree with JavaScript's Date in the learner's zone, daylight saving time included (the zone's
// name is its offset, e.g. -05: the names are in the database).
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, setCode, runToEnd, output } from "./harness.mjs";

let page;
useApp({ isolated: true, browser: { context: { timezoneId: "America/New_York" } } }, (opened) => (page = opened.page));

test("local time is the browser's, in winter and in summer", async () => {
  // 0 is 1 January 1970 00:00 UTC (19:00 EST the day before); 15552000 is 30 June 1970 00:00
  // UTC (20:00 EDT the day before).
  await setCode(
    page,
    "import time, datetime\n" +
      "for t in (0, 15552000):\n" +
      "    local = time.localtime(t)\n" +
      "    print(local.tm_hour, local.tm_gmtoff, local.tm_zone, time.mktime(local), datetime.datetime.fromtimestamp(t))\n" +
      "print(datetime.datetime.now().hour == time.localtime().tm_hour)\n",
  );
  await runToEnd(page);
  const expected = await page.evaluate(() => {
    const now = new Date();
    return [new Date(0).getHours(), new Date(15552000000).getHours(), now.getHours()];
  });
  assert.deepEqual(expected.slice(0, 2), [19, 20]);
  assert.equal(
    await output(page),
    "19 -18000 -05 0.0 1969-12-31 19:00:00\n20 -14400 -04 15552000.0 1970-06-29 20:00:00\nTrue\n",
  );
});
