// Filling a message's placeholders, as widgets and emails both do.
import assert from "node:assert/strict";
import { test } from "node:test";
import { fill } from "../../i18n/catalogue.ts";

test("fills each placeholder it has a value for and leaves the others", () => {
  assert.equal(
    fill("{name} signed up for {event}.", { name: "Amina" }),
    "Amina signed up for {event}.",
  );
});

test("ends a sentence with one full stop when the value ends with its own", () => {
  // Ukrainian and Russian medium dates end with "р." / "г.".
  assert.equal(
    fill("Запишіться до {date}.", { date: "11 груд. 2026 р." }),
    "Запишіться до 11 груд. 2026 р.",
  );
  assert.equal(fill("Sign up by {date}.", { date: "11 Dec 2026" }), "Sign up by 11 Dec 2026.");
  assert.equal(fill("{who}. Then {date}.", { who: "Acme Ltd.", date: "x" }), "Acme Ltd. Then x.");
});
