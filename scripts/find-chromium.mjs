import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

function which(name) {
  const result = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : null;
}

function locate() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH))
    return process.env.CHROME_PATH;
  for (const name of candidates) {
    const found = which(name);
    if (found) return found;
  }
  return null;
}

/**
 * Finds Chromium for the browser tests, installing Debian's package when it is missing and apt is
 * available (as root). Otherwise exits with what to install.
 */
export function findChromium() {
  const found = locate();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (which("apt-get") && isRoot) {
    console.log("Chromium is missing: installing Debian's chromium package (about a minute)…");
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    const installed = locate();
    if (installed) return installed;
  }
  console.error(
    "The browser tests need Chromium, and none was found.\n" +
      "Install it (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: install Google Chrome),\n" +
      "or set CHROME_PATH to a Chromium or Chrome executable, then run `npm test` again.",
  );
  process.exit(1);
}
