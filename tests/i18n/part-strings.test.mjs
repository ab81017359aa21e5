// Parts an element loads later carry their own strings (`<part>.strings.ts`, see
// scripts/widget-strings.mjs), so a first render fetches none of them. Read from the sources the
// build reads, as the build reads them.
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { widgetStrings, wordsUsedBy } from "../../scripts/widget-strings.mjs";
import { repository } from "./support.mjs";

const specifierIn = (file) =>
  /["'](virtual:hearth-strings\/[^"']+)["']/.exec(
    readFileSync(join(repository, file), "utf8"),
  )?.[1];

/** The English keys the build gives the element or part whose strings `file` imports. */
function keysOf(file) {
  const specifier = specifierIn(file);
  assert.ok(specifier, `${file} imports no strings`);
  const strings = widgetStrings(specifier, join(repository, file));
  return new Set(
    Object.keys(JSON.parse(strings.modules.get("en").replace(/^export default |;\n$/g, ""))),
  );
}

/** Every `<part>.strings.ts` in the public widgets, as `widgets/<folder>/<part>`. */
const parts = readdirSync(join(repository, "widgets"), { recursive: true })
  .filter((file) => file.endsWith(".strings.ts"))
  .map((file) => `widgets/${file.replace(/\.strings\.ts$/, "")}`);

test("the manage page's first strings leave out the change step's, which has its own", () => {
  const page = keysOf("widgets/booking/booking.ts");
  const change = keysOf("widgets/booking/booking-change.strings.ts");
  for (const key of ["changeHeading", "changeSave", "slotLegend"]) {
    assert.ok(change.has(key), `the change step's strings lack ${key}`);
    assert.ok(!page.has(key), `the manage page's first strings carry ${key}`);
  }
  // The part's strings are its code's, not the page's that loads it.
  assert.ok(page.has("bookingHeading"));
  assert.ok(!change.has("bookingHeading"), "the change step's strings carry the page's heading");
});

test("a new cook's first screen leaves out the later steps' strings", () => {
  const first = keysOf("widgets/cook-apply/cook-apply.ts");
  const later = keysOf("widgets/cook-apply/cook-later.strings.ts");
  for (const key of ["cookDishName", "cookHygieneLegend", "cookKeepLink"]) {
    assert.ok(later.has(key), `the later steps' strings lack ${key}`);
    assert.ok(!first.has(key), `the first screen's strings carry ${key}`);
  }
});

test("the volunteer form's first strings leave out the manage page's", () => {
  const form = keysOf("widgets/volunteer/volunteer.ts");
  const manage = keysOf("widgets/volunteer/volunteer-manage.strings.ts");
  for (const key of ["volunteerSchedule", "volunteerCancelConfirm", "eraseConfirmVolunteer"]) {
    assert.ok(manage.has(key), `the manage page's strings lack ${key}`);
    assert.ok(!form.has(key), `the form's first strings carry ${key}`);
  }
});

test("only a part loaded later with its own strings leaves its words out of its importer's", () => {
  // A made-up widget: it draws with a renderer at once, loads its manage page later with the page's
  // strings (as `lazyPart` does), and its help later without them.
  const folder = mkdtempSync(join(tmpdir(), "hearth-part-strings-"));
  after(() => rmSync(folder, { recursive: true, force: true }));
  const strings = 'export { default } from "virtual:hearth-strings/common";';
  const files = {
    "widget.ts": [
      'import { draw } from "./renderer.js";',
      'import pageStrings from "./page.strings.js";',
      'const page = () => import("./page.js");',
      'const help = () => import("./help.js");',
    ].join("\n"),
    "page.ts": 'export const heading = "pageHeading";',
    "page.strings.ts": strings,
    "help.ts": 'export const heading = "helpHeading";',
    "help.strings.ts": strings,
    "renderer.ts": 'export const draw = () => "rendererLabel";',
    "renderer.strings.ts": strings,
  };
  for (const [name, code] of Object.entries(files)) writeFileSync(join(folder, name), code);
  const words = wordsUsedBy(join(folder, "widget.ts"));
  assert.ok(!words.has("pageHeading"), "a part loaded later with its strings kept its words here");
  assert.ok(words.has("rendererLabel"), "a part imported at once lost its words");
  assert.ok(words.has("helpHeading"), "a part loaded later without its strings lost its words");
});

test("every part with its own strings has its code beside them, loaded with them", () => {
  assert.ok(parts.length >= 5, `found ${parts.length} parts`);
  for (const part of parts) {
    const folder = join(repository, part, "..");
    const name = part.split("/").at(-1);
    assert.ok(readdirSync(folder).includes(`${name}.ts`), `${part}.strings.ts has no ${name}.ts`);
    // The element that loads the part imports its strings, to fetch them beside its code.
    const loaders = readdirSync(folder).filter(
      (file) =>
        file.endsWith(".ts") &&
        readFileSync(join(folder, file), "utf8").includes(`"./${name}.strings.js"`),
    );
    assert.ok(loaders.length > 0, `nothing imports ${part}.strings.ts`);
    assert.ok(keysOf(`${part}.strings.ts`).size > 0, `${part} has no strings`);
  }
});
