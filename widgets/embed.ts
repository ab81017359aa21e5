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
 * differs from the widget's own only goes unused. A manage page reads its person's data with a
 * token: only its first screen is started (`startManageRead`).
 */
type ReadsOf = (attribute: (name: string) => string, has: (name: string) => boolean) => string[];

const firstReads: Record<string, ReadsOf> = {
  "hearth-events": (get) => [
    `events?kind=${get("kind")}&region=${get("region")}`,
    `events/first-screen?kind=${get("kind")}&region=${get("region")}`,
  ],
  "hearth-visits": (get) => [
    `events?kind=visit&region=${get("region")}`,
    `visits/first-screen?region=${get("region")}`,
  ],
  "hearth-signup": (get, has) =>
    get("event")
      ? [
          `events/${get("event")}?`,
          `events/${get("event")}/first-screen?header=${has("no-header") ? 0 : 1}`,
        ]
      : [],
  "hearth-festival": (get) =>
    get("festival")
      ? [
          `events/${get("festival")}?`,
          `festivals/${get("festival")}/menu?`,
          `festivals/${get("festival")}/first-screen?`,
          // Its tickets' form, drawn inside it (`festival/first-screen-show.ts`).
          `events/${get("festival")}/first-screen?header=form`,
        ]
      : [],
  "hearth-cook-apply": (get, has) =>
    get("festival")
      ? [
          `events/${get("festival")}?`,
          // A new cook's first step; a manage link opens their application instead.
          ...(has("application")
            ? []
            : [`festivals/${get("festival")}/applications/first-screen?`]),
        ]
      : [],
  "hearth-volunteer": (get, has) => [
    `shifts?event=${get("event")}`,
    // The form's first screen; a manage link opens the volunteer's own page instead.
    ...(has("volunteer") ? [] : [`shifts/first-screen?event=${get("event")}`]),
  ],
  "hearth-mentoring": (get) => (get("season") ? [`mentoring/seasons/${get("season")}?`] : []),
};
/**
 * Widgets whose first screen the worker draws (started above with their reads): the code that
 * shows it, which loads beside the reads and before the widget's own (`first-screen-show.ts`).
 */
const firstScreens: Record<string, () => Promise<typeof import("./events/first-screen-show.js")>> =
  {
    "hearth-events": () => import("./events/first-screen-show.js"),
    "hearth-visits": () => import("./visits/first-screen-show.js"),
    "hearth-signup": () => import("./signup/first-screen-show.js"),
    "hearth-festival": () => import("./festival/first-screen-show.js"),
    "hearth-cook-apply": () => import("./cook-apply/first-screen-show.js"),
    "hearth-volunteer": () => import("./volunteer/first-screen-show.js"),
    "hearth-booking": () => import("./booking/first-screen-show.js"),
  };

/** The same for a network's catalogue: paths below the network (`<hearth-events network>`). */
const networkReads: Record<string, ReadsOf> = {
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

/** The reader's time zone: a first screen names an event's where it is not theirs, as the widget does. */
const readerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * A manage page's first screen, read with its person's token (from the element, else the page's
 * `?registration=` and `#token=`, as the widget reads them), sent in a header, never in the address.
 */
function startManageRead(element: Element): StartedRead[] {
  const get = (name: string, from: string) =>
    element.getAttribute(name) || new URLSearchParams(from).get(name);
  const id = get("registration", location.search);
  const token = get("token", location.hash.slice(1));
  if (!id || !token || element.hasAttribute("api")) return [];
  const url = new URL(`/api/v1/registrations/${encodeURIComponent(id)}/first-screen`, apiOrigin);
  if (element.hasAttribute("lang")) url.searchParams.set("lang", requestedLanguage(element));
  url.searchParams.set("tz", readerZone());
  const headers = { Authorization: `Bearer ${token}` };
  const response = fetch(url, { credentials: "omit", cache: "no-store", headers });
  response.catch(() => undefined);
  return [{ url: url.href, fresh: true, response, headers }];
}

function startReads(tag: string, element: Element, lang: string): StartedRead[] {
  if (tag === "hearth-booking") return startManageRead(element);
  const get = (name: string) => encodeURIComponent(element.getAttribute(name) ?? "");
  const network = networkReads[tag] && get("network");
  const scope = network ? `networks/${network}` : `orgs/${get("org")}`;
  if (scope.endsWith("/") || element.hasAttribute("api")) return [];
  const fresh = freshReads.has(tag);
  const has = (name: string) => element.hasAttribute(name);
  return ((network ? networkReads : firstReads)[tag]?.(get, has) ?? []).map((read) => {
    const url = new URL(`/api/v1/${scope}/${read}`, apiOrigin);
    url.searchParams.set("lang", lang);
    // A first screen names an event's time zone where it is not the reader's, as the widget does.
    if (read.includes("first-screen")) url.searchParams.set("tz", readerZone());
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

const requested = new Set<string>();

async function load(tag: string, element: Element): Promise<void> {
  const importWidget = widgets[tag];
  if (!importWidget || requested.has(tag)) return;
  requested.add(tag);
  const lang = requestedLanguage(element);
  const reads = startReads(tag, element, lang);
  try {
    // The first screen first: on a slow line the widget's code would share the bandwidth with it.
    await firstScreens[tag]?.().then((module) => module.show(element, lang, reads));
  } catch {
    // The widget draws its first screen itself.
  }
  preloadStrings(tag, lang);
  try {
    (await importWidget()).register(apiOrigin, reads);
  } catch (error) {
    // Let a later tag try again, e.g. after a network blip.
    requested.delete(tag);
    console.error(`Hearth: could not load <${tag}>.`, error);
  }
}

function scan(root: ParentNode): void {
  for (const tag of Object.keys(widgets)) {
    const element = requested.has(tag) ? null : root.querySelector(tag);
    if (element) void load(tag, element);
  }
}

function watch(): void {
  scan(document);
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (!(node instanceof Element)) continue;
        void load(node.localName, node);
        scan(node);
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

watch();
