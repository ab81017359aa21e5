/**
 * The one script a host page includes. It stays tiny and framework-free: it only watches for
 * Hearth tags and loads a widget's code the first time its tag shows up on the page. While that
 * code is on its way it already asks for what the widget will need first, so the three arrive
 * together: the widget's public reads (its first API requests, which it then takes instead of
 * asking again) and its strings in the reader's language.
 *
 * Chunks are imported relative to this file, and the API is this file's origin, so the
 * host page needs nothing but the script tag and the element.
 */
import type { StartedRead } from "./shared/api-request.js";
import { stringFolders, stringLanguages } from "virtual:hearth-widget-strings";
import { firstScreenStyles } from "virtual:hearth-first-screens";

const apiOrigin = new URL(import.meta.url).origin;

type Register = (apiOrigin: string, reads: readonly StartedRead[]) => void;

const widgets: Record<string, () => Promise<{ register: Register }>> = {
  "hearth-events": () => import("./events/define.js"),
  "hearth-signup": () => import("./signup/define.js"),
  "hearth-booking": () => import("./booking/define.js"),
  "hearth-visits": () => import("./visits/define.js"),
  "hearth-festival": () => import("./festival/define.js"),
  "hearth-cook-apply": () => import("./cook-apply/define.js"),
  "hearth-volunteer": () => import("./volunteer/define.js"),
  "hearth-mentoring": () => import("./mentoring/define.js"),
};

/**
 * The public reads each widget makes first, as its `*-api.ts` calls write them: paths below the
 * organisation, from the element's attributes (none while one it needs is missing). A read that
 * differs from the widget's own only goes unused. A manage page reads personal data with a token:
 * nothing is started for it.
 */
const firstReads: Record<string, (attribute: (name: string) => string) => string[]> = {
  "hearth-events": (get) => [`events?kind=${get("kind")}&region=${get("region")}`],
  "hearth-visits": (get) => [`events?kind=visit&region=${get("region")}`],
  "hearth-signup": (get) => (get("event") ? [`events/${get("event")}?`] : []),
  "hearth-festival": (get) =>
    get("festival") ? [`events/${get("festival")}?`, `festivals/${get("festival")}/menu?`] : [],
  "hearth-cook-apply": (get) => (get("festival") ? [`events/${get("festival")}?`] : []),
  "hearth-volunteer": (get) => [`shifts?event=${get("event")}`],
  "hearth-mentoring": (get) => (get("season") ? [`mentoring/seasons/${get("season")}?`] : []),
};
/** The same for a network's catalogue: paths below the network (`<hearth-events network>`). */
const networkReads: Record<string, (attribute: (name: string) => string) => string[]> = {
  "hearth-events": (get) => [
    `events?kind=${get("kind")}&region=${get("region")}&organiser=${get("organiser")}&language=${get("language")}`,
  ],
};
/** Places change while a page is open: these read past the browser's cache, as the widget does. */
const freshReads = new Set(["hearth-signup"]);

/** What the widget sends as its reader's language: the first well-formed of its preferences. */
function requestedLanguage(element: Element): string {
  for (const tag of [
    element.getAttribute("lang"),
    document.documentElement.lang,
    ...navigator.languages,
  ]) {
    const trimmed = (tag ?? "").trim().replace(/_/g, "-");
    try {
      if (/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(trimmed))
        return Intl.getCanonicalLocales(trimmed)[0]!;
    } catch {
      // not a language tag: the next preference
    }
  }
  return "en";
}

function startReads(tag: string, element: Element, lang: string): StartedRead[] {
  const get = (name: string) => encodeURIComponent(element.getAttribute(name) ?? "");
  const network = networkReads[tag] && get("network");
  const scope = network ? `networks/${network}` : `orgs/${get("org")}`;
  if (scope.endsWith("/") || element.hasAttribute("api")) return [];
  const fresh = freshReads.has(tag);
  return ((network ? networkReads : firstReads)[tag]?.(get) ?? []).map((read) => {
    const url = new URL(`/api/v1/${scope}/${read}`, apiOrigin);
    url.searchParams.set("lang", lang);
    for (const [key, value] of [...url.searchParams]) if (!value) url.searchParams.delete(key);
    const response = fetch(url, { credentials: "omit", ...(fresh ? { cache: "no-cache" } : {}) });
    // Unused or failed, it must not reach the console as unhandled: the widget asks again.
    response.catch(() => undefined);
    return { url: url.href, fresh, response };
  });
}

/** The widget's strings in the reader's language, when that language is the reader's first. */
function preloadStrings(tag: string, lang: string): void {
  const folder = stringFolders[tag];
  const language = lang.split("-")[0]!.toLowerCase();
  if (!folder || !stringLanguages.includes(language)) return;
  const link = document.createElement("link");
  link.rel = "modulepreload";
  link.href = new URL(`${folder}${language}.js`, import.meta.url).href;
  document.head.append(link);
}

/**
 * An organisation's events list shows before its code arrives: the worker draws the list's first
 * page (`GET …/events/first-screen`) and this puts it in the element's shadow root with the
 * list's styles (adopted, so a host page's strict `style-src` allows them). The widget takes it
 * over once it has drawn the same list (`widgets/events/first-screen.ts`); a button pressed
 * meanwhile is remembered for it. Settles when the screen shows or cannot (the widget then
 * draws everything itself): a reader in a language without strings, a network's catalogue, a
 * page whose policy refuses the markup.
 */
async function showFirstScreen(tag: string, element: Element, lang: string): Promise<void> {
  const styles = firstScreenStyles[tag];
  const org = element.getAttribute("org");
  if (!styles || !org || element.hasAttribute("network") || element.hasAttribute("api")) return;
  if (!stringLanguages.includes(lang.split("-")[0]!.toLowerCase())) return;
  const url = new URL(`/api/v1/orgs/${encodeURIComponent(org)}/events/first-screen`, apiOrigin);
  for (const name of ["kind", "region"]) {
    const value = element.getAttribute(name);
    if (value) url.searchParams.set(name, value);
  }
  url.searchParams.set("lang", lang);
  url.searchParams.set("tz", Intl.DateTimeFormat().resolvedOptions().timeZone);
  const text = async (from: URL) => {
    const response = await fetch(from, { credentials: "omit" });
    if (!response.ok) throw new Error(`${response.status}`);
    return response.text();
  };
  try {
    const [markup, css] = await Promise.all([text(url), text(new URL(styles, import.meta.url))]);
    if (element.shadowRoot) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    const root = element.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = [sheet];
    root.innerHTML = markup;
    root.addEventListener("click", (event) => {
      const button = (event.target as Element).closest("button");
      const screen = root.firstElementChild as HTMLElement | null;
      if (button && screen) screen.dataset.pressed = button.dataset.event ?? "";
    });
  } catch {
    // The widget draws its first screen itself.
  }
}

const requested = new Set<string>();

function load(tag: string, element: Element): void {
  const importWidget = widgets[tag];
  if (!importWidget || requested.has(tag)) return;
  requested.add(tag);
  const lang = requestedLanguage(element);
  const reads = startReads(tag, element, lang);
  // The first screen first: on a slow line the widget's code would share the bandwidth with it.
  showFirstScreen(tag, element, lang)
    .then(() => {
      preloadStrings(tag, lang);
      return importWidget();
    })
    .then((module) => module.register(apiOrigin, reads))
    .catch((error: unknown) => {
      // Let a later tag try again, e.g. after a network blip.
      requested.delete(tag);
      console.error(`Hearth: could not load <${tag}>.`, error);
    });
}

function scan(root: ParentNode): void {
  for (const tag of Object.keys(widgets)) {
    const element = requested.has(tag) ? null : root.querySelector(tag);
    if (element) load(tag, element);
  }
}

function watch(): void {
  scan(document);
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (!(node instanceof Element)) continue;
        load(node.localName, node);
        scan(node);
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

watch();
