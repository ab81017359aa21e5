import type { Permission } from "../../../schema/contracts/admin/permissions.js";
import { may } from "../../../schema/contracts/admin/permissions.js";
import type { Role } from "../../../schema/contracts/admin/session.js";
import type { AdminMessageKey } from "../i18n/messages.js";

/**
 * An event's sub-pages beside its roster: a visit's needs board, day manifest and feedback; a
 * festival's cooks, stalls, dish translations and cost ledger; any event's volunteer shift board
 * and hours.
 */
export const eventPages = [
  "needs",
  "manifest",
  "feedback",
  "cooks",
  "stalls",
  "translations",
  "ledger",
  "shifts",
  "hours",
] as const;
export type EventPage = (typeof eventPages)[number];

/** The dashboard's places, read from and written to the URL hash (`#/events/evt_1?org=tallinn`). */
export type Route =
  | { name: "sign-in" }
  | { name: "events" }
  | { name: "event-new" }
  | { name: "event"; id: string }
  | { name: "roster"; id: string }
  | { name: EventPage; id: string }
  | { name: "settings" }
  | { name: "team" }
  | { name: "audit" }
  | { name: "roles" }
  | { name: "messages" }
  | { name: "network" }
  | { name: "network-join"; token: string }
  | { name: "mentoring" }
  | { name: "mentoring-new" }
  | { name: "mentoring-edit"; id: string }
  | { name: "mentoring-workbench"; id: string }
  | { name: "invitation"; token: string };

export type RouteName = Route["name"];

/** The header's navigation: each page is under one item, marked current while it is open. */
export type Section =
  "events" | "roles" | "mentoring" | "messages" | "network" | "settings" | "team" | "audit";

/** Pages whose code loads the first time one opens (`areas.ts`). */
export type Area =
  "editor" | "roster" | "festival" | "visits" | "volunteers" | "network" | "mentoring";

export interface Page {
  /** The hash path: `:id` stands for an event's (or a season's) id, `:token` for an invitation's. */
  pattern: string;
  /** What a role needs to open it; the worker checks again on every request. Null: anyone. */
  permission: Permission | null;
  /** The navigation item it belongs under; null for pages outside the navigation. */
  section: Section | null;
  /** Where its code is, when not in the dashboard's first bundle. */
  area?: Area;
}

/** A page of one event, under Events: `/events/:id/<name>`. */
const eventPage = (name: EventPage | "roster", permission: Permission, area?: Area): Page => ({
  pattern: `/events/:id/${name}`,
  permission,
  section: "events",
  ...(area ? { area } : {}),
});

/**
 * The one route table: URL parsing, links, the navigation's current item and access checks all
 * read it (the views are in `views.ts`, keyed by the same names). Adding a page is a line here and
 * its view there.
 */
export const pages: Readonly<Record<RouteName, Page>> = {
  "sign-in": { pattern: "/sign-in", permission: null, section: null },
  invitation: { pattern: "/invitation/:token", permission: null, section: null },
  events: { pattern: "/events", permission: "events.read", section: "events" },
  "event-new": {
    pattern: "/events/new",
    permission: "events.write",
    section: "events",
    area: "editor",
  },
  event: { pattern: "/events/:id", permission: "events.read", section: "events", area: "editor" },
  roster: eventPage("roster", "roster.read", "roster"),
  needs: eventPage("needs", "events.read", "visits"),
  // Names and phone numbers of everyone on the day, like the roster.
  manifest: eventPage("manifest", "roster.read", "visits"),
  feedback: eventPage("feedback", "events.read", "visits"),
  // Cooks' applications hold contact details, like the roster.
  cooks: eventPage("cooks", "roster.read", "festival"),
  stalls: eventPage("stalls", "events.read", "festival"),
  translations: eventPage("translations", "roster.read", "festival"),
  ledger: eventPage("ledger", "roster.read", "festival"),
  // Volunteers' names, emails and phones, like the roster.
  shifts: eventPage("shifts", "roster.read", "volunteers"),
  hours: eventPage("hours", "roster.read", "volunteers"),
  roles: { pattern: "/roles", permission: "events.write", section: "roles", area: "volunteers" },
  // The worker lets coordinators read the list too; the page is for those who can send again.
  messages: { pattern: "/messages", permission: "roster.write", section: "messages" },
  settings: { pattern: "/settings", permission: "settings.read", section: "settings" },
  team: { pattern: "/team", permission: "team.manage", section: "team" },
  audit: { pattern: "/audit", permission: "audit.read", section: "audit" },
  network: { pattern: "/network", permission: "network.read", section: "network", area: "network" },
  // A network's join link: any member may open it; the page says who can accept it (owners).
  "network-join": {
    pattern: "/networks/join/:token",
    permission: "events.read",
    section: "network",
    area: "network",
  },
  // Language Friends: first names and matching answers of mentors and learners.
  mentoring: {
    pattern: "/mentoring",
    permission: "mentoring.read",
    section: "mentoring",
    area: "mentoring",
  },
  "mentoring-new": {
    pattern: "/mentoring/new",
    permission: "mentoring.write",
    section: "mentoring",
    area: "mentoring",
  },
  "mentoring-edit": {
    pattern: "/mentoring/seasons/:id/edit",
    permission: "mentoring.write",
    section: "mentoring",
    area: "mentoring",
  },
  "mentoring-workbench": {
    pattern: "/mentoring/seasons/:id",
    permission: "mentoring.read",
    section: "mentoring",
    area: "mentoring",
  },
};

/** The navigation, in order: each item opens its section's first page. */
export const navigation: readonly { route: Route; label: AdminMessageKey }[] = [
  { route: { name: "events" }, label: "navEvents" },
  { route: { name: "roles" }, label: "navRoles" },
  { route: { name: "mentoring" }, label: "navMentoring" },
  { route: { name: "messages" }, label: "navMessages" },
  { route: { name: "network" }, label: "navNetwork" },
  { route: { name: "settings" }, label: "navSettings" },
  { route: { name: "team" }, label: "navTeam" },
  { route: { name: "audit" }, label: "navAudit" },
];

/**
 * Whether a signed-in member with `role` may open the page. Sign-in and invitation pages are for
 * people who are not signed in (the app shows them itself).
 */
export function mayOpen(role: Role, route: Route): boolean {
  const permission = pages[route.name].permission;
  return permission !== null && may(role, permission);
}

/** Whether a navigation item is the one the open page belongs under. */
export const isCurrent = (item: Route, open: Route): boolean =>
  pages[item.name].section !== null && pages[item.name].section === pages[open.name].section;

export interface Location {
  route: Route;
  /** The organisation chosen in the switcher; kept in the URL so a link or reload keeps it. */
  org: string | null;
}

/** The route a path names, with its `:id` or `:token`; undefined when none does. */
function match(parts: readonly string[]): Route | undefined {
  for (const [name, page] of Object.entries(pages) as [RouteName, Page][]) {
    const pattern = page.pattern.split("/").filter(Boolean);
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((segment, index) => {
      if (segment.startsWith(":")) params[segment.slice(1)] = parts[index]!;
      return segment.startsWith(":") || segment === parts[index];
    });
    // "/events/new" is its own page, not an event called "new".
    if (matches && !(name === "event" && params.id === "new")) {
      return { name, ...params } as Route;
    }
  }
  return undefined;
}

export function parseHash(hash: string): Location {
  const [path = "", search = ""] = hash.replace(/^#/, "").split("?");
  const org = new URLSearchParams(search).get("org");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  return { route: match(parts) ?? { name: "events" }, org };
}

function pathOf(route: Route): string {
  const params: Record<string, string> = { ...route };
  return pages[route.name].pattern.replace(/:(\w+)/g, (_, name: string) =>
    encodeURIComponent(params[name] ?? ""),
  );
}

export function hrefFor(route: Route, org: string | null): string {
  return `#${pathOf(route)}${org ? `?org=${encodeURIComponent(org)}` : ""}`;
}

export function navigate(route: Route, org: string | null): void {
  location.hash = hrefFor(route, org);
}
