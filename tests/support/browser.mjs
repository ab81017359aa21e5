import { chromium } from "playwright-core";
import { findChromium } from "../../scripts/find-chromium.mjs";

/** Debian's Chromium, headless, with the flags this closed network needs (and `extraArgs`). */
export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
      ...extraArgs,
    ],
  });
}
