// Catalogues as XLIFF 2.0, the exchange format Weblate, Crowdin and CAT tools read and write.
// One <file> per catalogue, one <unit> per string, one per plural form a language needs.
//
// Unit ids for plural forms are `key.category` (`adults.few`), not `key|category`: XLIFF 2.0 types
// ids as xs:NMTOKEN, which has no `|`, and a strict tool would refuse the file. The dot is also how
// `catalogueProblems` names a plural form.
import { placeholdersOf } from "../../i18n/catalogue.js";
import { languages, sourceLanguage } from "../../i18n/languages.js";
import { cataloguePath, pluralCategories } from "./catalogues.mjs";
import { childElements, escapeAttribute, escapeText, parseXml, XmlError } from "./xml.mjs";

export const xliffNamespace = "urn:oasis:names:tc:xliff:document:2.0";

export class XliffError extends Error {}

/** The segment state a catalogue's status gives its translated strings, and back. */
const stateOfStatus = { draft: "translated", reviewed: "reviewed" };
const reviewedStates = new Set(["reviewed", "final"]);

export function fileId(surface, feature) {
  return surface === "public" ? `public.${feature}` : surface;
}

export function catalogueOfFileId(id) {
  const [surface, feature, ...rest] = id.split(".");
  if (surface === "public" && feature && rest.length === 0) return { surface, feature };
  if ((surface === "messages" || surface === "dashboard") && feature === undefined) {
    return { surface, feature: surface };
  }
  return null;
}

const surfaceContext = {
  public: (feature) =>
    `Public widgets on an organisation's website, read by newcomers (plain, short, warm words). Feature: ${feature}.`,
  messages: () =>
    "Emails, calendar files and link pages Hearth sends to people who signed up (plain, short, warm words).",
  dashboard: () => "The organiser dashboard, used by staff and volunteers (short, clear UI words).",
};

/** What a placeholder stands for, where its name makes it plain. */
const placeholderMeanings = {
  count: "a number",
  number: "a number",
  taken: "a number",
  capacity: "a number",
  left: "a number",
  total: "a number",
  step: "a number",
  position: "a number",
  minimum: "a number",
  average: "a number",
  age: "a number",
  line: "a number",
  event: "the event's name",
  organisation: "the organisation's name",
  date: "a date, already written out",
  time: "a time of day, already written out",
  email: "an email address",
  language: "a language's name",
  list: "a list, already joined",
};

function placeholderNote(text) {
  const names = placeholdersOf(text);
  if (names.length === 0) return null;
  const described = names.map((name) =>
    placeholderMeanings[name] ? `{${name}} (${placeholderMeanings[name]})` : `{${name}}`,
  );
  return `Keep as they are, in the place the sentence needs: ${described.join(", ")}.`;
}

/** A few numbers that pick a plural form, so a translator sees which form is which. */
function examplesOf(code, category) {
  const rules = new Intl.PluralRules(code);
  const candidates = [...Array.from({ length: 201 }, (_, n) => n), 0.5, 1.5, 2.5];
  return candidates.filter((n) => rules.select(n) === category).slice(0, 5);
}

const englishNames = new Intl.DisplayNames([sourceLanguage], { type: "language" });

function pluralNote(code, category) {
  const needed = pluralCategories(code).join(", ");
  const examples = examplesOf(code, category).join(", ");
  return (
    `Plural form "${category}", used for numbers such as ${examples}. ` +
    `${englishNames.of(code)} (${code}) needs the forms ${needed}. ` +
    "A form may write its number in words instead of {count}."
  );
}

/** Text for <source>/<target>: characters XML cannot carry go as XLIFF's <cp/>. */
function content(text) {
  return escapeText(text)
    .replace(/\r/g, "&#13;")
    .replace(
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g,
      (char) => `<cp hex="${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}"/>`,
    );
}

function unit(id, notes, state, source, target) {
  const lines = [
    `    <unit id="${escapeAttribute(id)}">`,
    "      <notes>",
    ...notes
      .filter(([, text]) => text !== null)
      .map(([category, text]) => `        <note category="${category}">${escapeText(text)}</note>`),
    "      </notes>",
    `      <segment state="${state}">`,
    `        <source>${content(source)}</source>`,
    ...(target === undefined ? [] : [`        <target>${content(target)}</target>`]),
    "      </segment>",
    "    </unit>",
  ];
  return lines.join("\n");
}

/**
 * One catalogue as an XLIFF 2.0 document. `catalogue` is the translation's file (`null` when it
 * does not exist yet); `source` the English messages.
 */
export function toXliff({ surface, feature, code, source, catalogue }) {
  const status = catalogue?.status ?? "draft";
  const messages = catalogue?.messages ?? {};
  const translatedState = stateOfStatus[status] ?? "translated";
  const context = surfaceContext[surface](feature);
  const direction = languages.find((language) => language.code === code)?.dir ?? "ltr";
  const units = [];
  for (const [key, original] of Object.entries(source)) {
    const translation = messages[key];
    if (typeof original === "string") {
      const target =
        typeof translation === "string" && translation !== "" ? translation : undefined;
      const state = target === undefined ? "initial" : translatedState;
      units.push(
        unit(
          key,
          [
            ["context", context],
            ["placeholders", placeholderNote(original)],
          ],
          state,
          original,
          target,
        ),
      );
      continue;
    }
    for (const category of pluralCategories(code)) {
      const english =
        category === "one" && original.one !== undefined ? original.one : original.other;
      const form = typeof translation === "object" ? translation?.[category] : undefined;
      const target = typeof form === "string" && form !== "" ? form : undefined;
      const state = target === undefined ? "initial" : translatedState;
      const notes = [
        ["context", context],
        ["placeholders", placeholderNote(original.other)],
        ["plural", pluralNote(code, category)],
      ];
      units.push(unit(`${key}.${category}`, notes, state, english, target));
    }
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff version="2.0" xmlns="${xliffNamespace}" srcLang="${sourceLanguage}" trgLang="${code}">`,
    // canResegment="no": a tool that split a string into sentences would break its placeholders.
    `  <file id="${fileId(surface, feature)}" original="i18n/${cataloguePath(surface, feature, code)}" canResegment="no" trgDir="${direction}" xml:space="preserve">`,
    "    <notes>",
    `      <note category="status">${status}</note>`,
    "    </notes>",
    ...units,
    "  </file>",
    "</xliff>",
    "",
  ].join("\n");
}

/** The text of a <source>/<target>, refusing inline codes Hearth's strings never contain. */
function textOf(element) {
  return element.children
    .map((child) => {
      if (typeof child === "string") return child;
      if (child.ns !== xliffNamespace) return "";
      if (child.name === "mrk") return textOf(child);
      if (child.name === "sm" || child.name === "em") return "";
      if (child.name === "cp") return codePoint(child);
      throw new XliffError(
        `an inline <${child.name}> on line ${child.line}; Hearth's strings are plain text with {placeholders}`,
      );
    })
    .join("");
}

function codePoint(cp) {
  const { hex } = cp.attributes;
  const value = /^[0-9A-Fa-f]{1,6}$/.test(hex ?? "") ? parseInt(hex, 16) : NaN;
  if (!(value <= 0x10ffff)) throw new XliffError(`<cp hex="${hex}"> on line ${cp.line}`);
  return String.fromCodePoint(value);
}

/** Every <unit> of a <file>, also those a tool has put into <group>s. */
function unitsOf(element) {
  return childElements(element, xliffNamespace).flatMap((child) =>
    child.name === "unit" ? [child] : child.name === "group" ? unitsOf(child) : [],
  );
}

/** A unit's target text (`null` when untranslated) and the least advanced state of its segments. */
function readUnit(element) {
  const parts = childElements(element, xliffNamespace).filter(
    (child) => child.name === "segment" || child.name === "ignorable",
  );
  const segments = parts.filter((part) => part.name === "segment");
  if (!element.attributes.id) throw new XliffError(`a unit on line ${element.line} has no id`);
  if (segments.length === 0) throw new XliffError(`unit ${element.attributes.id} has no <segment>`);
  let translated = true;
  const texts = parts.map((part) => {
    const [target] = childElements(part, xliffNamespace, "target");
    if (target) return textOf(target);
    if (part.name === "segment") translated = false;
    const [source] = childElements(part, xliffNamespace, "source");
    return source ? textOf(source) : "";
  });
  const text = texts.join("");
  const states = segments.map((segment) => segment.attributes.state ?? "initial");
  return {
    id: element.attributes.id,
    target: translated && text !== "" ? text : null,
    reviewed: states.every((state) => reviewedStates.has(state)),
  };
}

/**
 * Reads an XLIFF 2.0 document into `{ code, files: [{ id, status, units }] }`; a unit is
 * `{ id, target, reviewed }`. Throws an XliffError for anything that is not such a document.
 */
export function readXliff(text) {
  let root;
  try {
    root = parseXml(text);
  } catch (error) {
    if (error instanceof XmlError) throw new XliffError(`is not well-formed XML: ${error.message}`);
    throw error;
  }
  if (root.ns !== xliffNamespace || root.name !== "xliff") {
    throw new XliffError(`is not XLIFF 2 (root <${root.name}> in namespace "${root.ns}")`);
  }
  const { srcLang, trgLang } = root.attributes;
  if (srcLang !== sourceLanguage) {
    throw new XliffError(
      `translates from ${srcLang}; Hearth's source language is ${sourceLanguage}`,
    );
  }
  if (!trgLang) throw new XliffError("names no target language (trgLang)");
  const files = childElements(root, xliffNamespace, "file").map((file) => {
    const [notes] = childElements(file, xliffNamespace, "notes");
    const statusNote = notes
      ? childElements(notes, xliffNamespace, "note").find(
          (note) => note.attributes.category === "status",
        )
      : undefined;
    return {
      id: file.attributes.id,
      status: statusNote ? textOf(statusNote).trim() : null,
      units: unitsOf(file).map(readUnit),
    };
  });
  return { code: trgLang, files };
}

/**
 * A catalogue from one XLIFF <file>: messages in English key order, untranslated strings left out.
 * `problems` are the file's own (ids twice, a bad status note); the caller adds `catalogueProblems`.
 * A plural key with only some forms translated is left out whole and named in `incomplete`.
 */
export function catalogueFromXliff(file, source, code) {
  const problems = [];
  const seen = new Set();
  const strings = new Map();
  const forms = new Map();
  const untranslatedForms = new Map();
  for (const { id, target } of file.units) {
    if (seen.has(id)) problems.push({ key: id, problem: "appears twice" });
    seen.add(id);
    const dot = id.lastIndexOf(".");
    const base = id.slice(0, dot);
    // `key.category` names a plural form; `catalogueProblems` refuses one for a text key.
    const isPluralForm = !Object.hasOwn(source, id) && dot > 0 && Object.hasOwn(source, base);
    if (!isPluralForm) {
      if (target !== null) strings.set(id, target);
      continue;
    }
    const category = id.slice(dot + 1);
    const into = target === null ? untranslatedForms : forms;
    // No prototype: a unit named `adults.__proto__` is a wrong form to report, not a prototype.
    if (!into.has(base)) into.set(base, Object.create(null));
    into.get(base)[category] = target;
  }

  const translated = file.units.filter((unit) => unit.target !== null);
  let status = file.status ?? "draft";
  if (file.status !== null && !Object.hasOwn(stateOfStatus, file.status)) {
    problems.push({
      key: "status",
      problem: `note says ${file.status}; expected draft or reviewed`,
    });
  }
  // A review in the tool marks segments reviewed; a string edited after it is only translated.
  if (translated.length > 0)
    status = translated.every((unit) => unit.reviewed) ? "reviewed" : "draft";

  const incomplete = [...forms.keys()].filter((key) => untranslatedForms.has(key));
  const entries = [];
  for (const key of new Set([...Object.keys(source), ...strings.keys()])) {
    if (strings.has(key)) entries.push([key, strings.get(key)]);
    else if (forms.has(key) && !incomplete.includes(key)) {
      const found = forms.get(key);
      const needed = pluralCategories(code).filter((category) => Object.hasOwn(found, category));
      const others = Object.keys(found).filter((category) => !needed.includes(category));
      entries.push([key, Object.fromEntries([...needed, ...others].map((c) => [c, found[c]]))]);
    }
  }
  return { catalogue: { status, messages: Object.fromEntries(entries) }, problems, incomplete };
}
