// `npm run i18n:status [-- --markdown] [--root <dir>]`: how far each language has come, per surface.
// Exits 1 when a catalogue has problems or a registry language lacks a file.
import { languages } from "../../i18n/languages.js";
import {
  inspectCatalogue,
  languagesOf,
  parseOptions,
  registryCatalogues,
  shown,
  strayCatalogues,
  surfaces,
} from "./catalogues.mjs";

const { root, markdown } = parseOptions({ markdown: { type: "boolean" } });

const inspected = registryCatalogues(root).map((entry) => ({
  ...entry,
  ...inspectCatalogue(root, entry),
}));

/** One surface of one language, its features added up. */
function summary(code, surface) {
  const parts = inspected.filter((entry) => entry.code === code && entry.surface === surface);
  const total = parts.reduce((sum, part) => sum + part.total, 0);
  const missing = parts.reduce((sum, part) => sum + part.missing.length, 0);
  const problems = parts.reduce((sum, part) => sum + part.problems.length, 0);
  return { total, translated: total - missing, missing, problems, status: statusOf(parts) };
}

/** A status for several catalogues: theirs when they agree, else how many are reviewed. */
function statusOf(parts) {
  const statuses = parts.map((part) => part.status).filter((status) => status !== undefined);
  if (statuses.length === 0) return "—";
  if (statuses.every((status) => status === statuses[0])) return statuses[0];
  const reviewed = statuses.filter((status) => status === "reviewed").length;
  return `${reviewed} of ${parts.length} reviewed`;
}

function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const numeric = (column) => rows.slice(1).every((row) => /^\d+$/.test(row[column]));
  return rows
    .map((row) =>
      row
        .map((cell, column) =>
          numeric(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column]),
        )
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

function terminalTable() {
  const rows = [["language", "", "surface", "translated", "missing", "status", "problems"]];
  for (const { code, name } of languages) {
    for (const surface of surfaces.filter((surface) => languagesOf(surface).includes(code))) {
      const { translated, missing, status, problems } = summary(code, surface);
      rows.push([code, name, surface, `${translated}`, `${missing}`, status, `${problems}`]);
    }
  }
  return table(rows);
}

function markdownTable() {
  const strings = ({ translated, total }) =>
    translated === total ? `all ${total} strings` : `${translated} of ${total} strings`;
  const lines = [
    "| Language | Public surfaces | Dashboard | Status |",
    "| --- | --- | --- | --- |",
  ];
  for (const { code, name } of languages) {
    const widgets = summary(code, "public");
    const messages = summary(code, "messages");
    const publicSurfaces = {
      translated: widgets.translated + messages.translated,
      total: widgets.total + messages.total,
    };
    const hasDashboard = languagesOf("dashboard").includes(code);
    const dashboard = hasDashboard ? summary(code, "dashboard") : null;
    const statuses = new Set(
      [widgets, messages, dashboard].filter(Boolean).map(({ status }) => status),
    );
    const status = statuses.size === 1 ? [...statuses][0] : "partly reviewed";
    const cells = [
      `\`${code}\` ${name}`,
      strings(publicSurfaces),
      dashboard ? strings(dashboard) : "—",
      status,
    ];
    lines.push(`| ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}

/** Aligned as Prettier aligns it, so the table goes into the README as it is. */
async function formatted(table) {
  const prettier = await import("prettier");
  return (await prettier.format(table, { parser: "markdown" })).trimEnd();
}

console.log(markdown ? await formatted(markdownTable()) : terminalTable());

const faulty = inspected.filter((entry) => entry.problems.length > 0);
for (const { path, problems } of faulty) {
  console.error(`\n✗ ${shown(path)}`);
  for (const { key, problem } of problems) console.error(`    ${key ? `${key}: ` : ""}${problem}`);
}
for (const path of strayCatalogues(root)) {
  console.error(`\nNot read by Hearth (no registry line or no English feature): ${shown(path)}`);
}
if (faulty.length > 0) {
  const problems = faulty.reduce((sum, entry) => sum + entry.problems.length, 0);
  console.error(`\n${problems} problems in ${faulty.length} catalogues.`);
  process.exit(1);
}
