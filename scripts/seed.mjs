// `npm run db:seed [-- --persist-to <dir>]`: load the demo data into the local D1, the one that
// `npm start` uses unless told otherwise. The seed is idempotent, so this is safe to run again.
import { run } from "./run.mjs";

run("wrangler", [
  "d1",
  "execute",
  "DB",
  "--local",
  "--file",
  "demo/seed.sql",
  ...process.argv.slice(2),
]);
