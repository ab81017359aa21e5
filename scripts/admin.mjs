// `npm run admin -- create-owner --org <slug> --email <email> [--name "…"] [--persist-to <dir>]`
// Makes someone an owner of an organisation in the LOCAL D1 (what `npm start` serves). The
// password comes from HEARTH_PASSWORD, or a strong one is generated and printed once.
import { Buffer } from "node:buffer";
import { randomBytes, webcrypto } from "node:crypto";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

/** Same format and cost as worker/organisers/passwords.ts, so the worker verifies it. */
const iterations = 100000;

const usage = `Usage:
  npm run admin -- create-owner --org <slug> --email <email> [--name "Full Name"] [--persist-to <dir>]

  HEARTH_PASSWORD=<password>  use this password (at least 12 characters, not a common one);
                              otherwise a strong one is generated and printed once.`;

function fail(message) {
  console.error(`✗ ${message}`);
  process.exit(1);
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        org: { type: "string" },
        email: { type: "string" },
        name: { type: "string" },
        "persist-to": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    fail(`${error.message}\n\n${usage}`);
  }
}

/** The worker's list of common passwords, read from its source so there is one list. */
function commonPasswords() {
  const source = readFileSync(
    new URL("../worker/organisers/common-passwords.ts", import.meta.url),
    "utf8",
  );
  return new Set(Array.from(source.matchAll(/^\s*"([^"]+)",$/gm), (match) => match[1]));
}

function passwordProblem(password, email) {
  if (password.length < 12) return "HEARTH_PASSWORD must have at least 12 characters.";
  if (password.length > 200) return "HEARTH_PASSWORD must have 200 characters or fewer.";
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) return "HEARTH_PASSWORD is too common. Choose another one.";
  const local = email.split("@")[0];
  if (local.length >= 3 && lower.includes(local)) {
    return "HEARTH_PASSWORD must not contain the email address.";
  }
  return null;
}

async function hashPassword(password) {
  const salt = webcrypto.getRandomValues(new Uint8Array(16));
  const key = await webcrypto.subtle.importKey(
    "raw",
    Buffer.from(password, "utf8"),
    "PBKDF2",
    false,
    ["deriveBits"],
  );
  const bits = await webcrypto.subtle.deriveBits(
    { name: "PBKDF2", hash: "SHA-256", salt, iterations },
    key,
    256,
  );
  const base64 = (bytes) => Buffer.from(bytes).toString("base64");
  return `pbkdf2-sha256$${iterations}$${base64(salt)}$${base64(new Uint8Array(bits))}`;
}

const sql = (value) => (value === null ? "NULL" : `'${String(value).replaceAll("'", "''")}'`);

function newId(prefix) {
  const alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
  return `${prefix}_${Array.from(randomBytes(20), (byte) => alphabet[byte & 31]).join("")}`;
}

/** Runs SQL against the local D1 through wrangler; returns each statement's rows. */
function d1(command, persistTo) {
  const args = ["d1", "execute", "DB", "--local", "--json", "--command", command];
  if (persistTo) args.push("--persist-to", persistTo);
  const result = spawnSync("wrangler", args, { encoding: "utf8" });
  if (result.error) fail(`Could not run wrangler: ${result.error.message}`);
  if (result.status !== 0) {
    fail(`wrangler d1 execute failed:\n${result.stderr || result.stdout}`);
  }
  try {
    return JSON.parse(result.stdout).map((statement) => statement.results ?? []);
  } catch {
    fail(`Unexpected output from wrangler:\n${result.stdout}`);
  }
}

async function createOwner(values) {
  const slug = values.org?.trim();
  const email = values.email?.trim().toLowerCase();
  if (!slug || !email) fail(`Give both --org and --email.\n\n${usage}`);
  if (email.length > 254 || !/^[^\s@"'<>]+@[^\s@"'<>]+\.[^\s@"'<>]+$/.test(email)) {
    fail(`"${values.email}" is not an email address such as someone@example.org.`);
  }
  const name = (values.name ?? email.split("@")[0]).trim().slice(0, 80);
  if (!name) fail("--name must not be empty.");
  const persistTo = values["persist-to"];

  const [organisations, users] = d1(
    `SELECT id, name FROM organisations WHERE slug = ${sql(slug)};
     SELECT id FROM users WHERE email = ${sql(email)};`,
    persistTo,
  );
  const organisation = organisations[0];
  if (!organisation) {
    const [known] = d1(`SELECT slug FROM organisations ORDER BY slug`, persistTo);
    const list = known.map((row) => row.slug).join(", ") || "none — run `npm start` once first";
    fail(`There is no organisation "${slug}" in the local database. Known: ${list}.`);
  }

  const now = Date.now();
  let password = null;
  let statements = "";
  if (!users[0]) {
    password = process.env.HEARTH_PASSWORD ?? randomBytes(18).toString("base64url");
    const problem = passwordProblem(password, email);
    if (problem) fail(problem);
    statements += `INSERT INTO users (id, email, display_name, password_hash, password_changed_at, locale, created_at)
      VALUES (${sql(newId("usr"))}, ${sql(email)}, ${sql(name)}, ${sql(await hashPassword(password))}, ${now}, 'en', ${now});`;
  }
  statements += `INSERT INTO memberships (user_id, organisation_id, role, created_at)
    SELECT id, ${sql(organisation.id)}, 'owner', ${now} FROM users WHERE email = ${sql(email)}
    ON CONFLICT (user_id, organisation_id) DO UPDATE SET role = 'owner';`;
  d1(statements, persistTo);

  console.log(`✓ ${email} is now an owner of ${organisation.name} (${slug}).`);
  if (!password) {
    console.log("  The account already existed: its password is unchanged.");
  } else if (process.env.HEARTH_PASSWORD) {
    console.log("  Password: the one in HEARTH_PASSWORD.");
  } else {
    console.log(`  Password: ${password}`);
    console.log("  It is shown only this once. Sign in at /admin/ and change it there.");
  }
}

const { values, positionals } = parse();
if (values.help || positionals.length === 0) {
  console.log(usage);
  process.exit(values.help ? 0 : 1);
}
if (positionals[0] !== "create-owner") fail(`Unknown command "${positionals[0]}".\n\n${usage}`);
await createOwner(values);
