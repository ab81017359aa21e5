// Module scripts run after parsing, so the switcher and links below are already in the DOM, and
// this runs before any widget's code has loaded: the widgets read <html lang> when they start.
// ?lang= (set by the switcher below) picks the language; the page takes its direction, and the
// demo's own links carry the choice to the next page.
// Written by the build from i18n/languages.ts (vite.config.ts), so the demo needs no list of its own.
import { languages } from "./languages.js";

const requested = new URLSearchParams(location.search).get("lang");
const chosen = languages.find((language) => language.code === requested);

if (chosen) {
  document.documentElement.lang = chosen.code;
  document.documentElement.dir = chosen.dir;
  const demoRoot = new URL("./", location.href).pathname;
  for (const link of document.querySelectorAll("a[href]")) {
    const target = new URL(link.href);
    if (target.origin !== location.origin || !target.pathname.startsWith(demoRoot)) continue;
    target.searchParams.set("lang", chosen.code);
    link.href = target.href;
  }
}

const switcher = document.querySelector(".languages");
const select = switcher.querySelector("select");
for (const language of languages) {
  const option = document.createElement("option");
  option.value = language.code;
  option.lang = language.code;
  option.textContent = language.name;
  option.selected = language.code === document.documentElement.lang;
  select.append(option);
}

// The demo's CSP has `form-action 'none'`, so the form does not submit itself: the page goes to the
// same address with the chosen ?lang=.
switcher.addEventListener("submit", (event) => {
  event.preventDefault();
  const target = new URL(location.href);
  target.searchParams.set("lang", select.value);
  location.assign(target.href);
});
