// `npm start`: build the widgets, prepare the local D1 (migrations + demo data), serve everything.
import { spawn } from "node:child_process";
import { ensureDevVars } from "./dev-vars.mjs";
import { run } from "./run.mjs";

const port = process.env.PORT ?? "8787";
const base = `http://127.0.0.1:${port}`;

ensureDevVars();
run("npm", ["run", "--silent", "build"]);
run("wrangler", ["d1", "migrations", "apply", "DB", "--local"]);
run("wrangler", ["d1", "execute", "DB", "--local", "--file", "demo/seed.sql"]);

console.log(`
Hearth is starting on ${base}
  Demo site (Demo City):   ${base}/demo/
  Network catalogue:       ${base}/demo/region.html  (Demo Region: Demo City and two NGOs)
  Language Friends:        ${base}/demo/mentoring.html  (a season of 40 mentors and 50 learners)
  An event's own page:     ${base}/demo-city/events/evt_demo_cafe_tue  (works without JavaScript)
  Public API:              ${base}/api/v1/orgs/demo-city/events  (OpenAPI: ${base}/api/v1/docs)
  Widget loader:           ${base}/embed.js
  Manage page:             ${base}/manage/  (opened from a sign-up's manage link)
  Dev mailbox:             ${base}/dev/mailbox  (every email the worker "sent", local only)
  Dashboard:               ${base}/admin/  (demo sign-in: organiser@demo-city.example / demo-organiser-2026 — local demo only;
                           the network's owner: network@demo-region.example, same password)
Press Ctrl+C to stop.
`);

const server = spawn(
  "wrangler",
  [
    "dev",
    "--ip",
    "127.0.0.1",
    "--port",
    port,
    "--log-level",
    "warn",
    "--show-interactive-dev-session=false",
    // Links in emails sent by the cron job point here.
    "--var",
    `HEARTH_PUBLIC_URL:${base}`,
  ],
  { stdio: "inherit" },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
