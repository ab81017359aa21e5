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
  | { name: "invitation"; token: string };

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

export interface Location {
  route: Route;
  /** The organisation chosen in the switcher; kept in the URL so a link or reload keeps it. */
  org: string | null;
}

const simple = ["sign-in", "events", "settings", "team", "audit", "messages", "roles"] as const;

export function parseHash(hash: string): Location {
  const [path = "", search = ""] = hash.replace(/^#/, "").split("?");
  const org = new URLSearchParams(search).get("org");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  const [first, second, third] = parts;
  let route: Route = { name: "events" };
  if (parts.length === 1 && (simple as readonly string[]).includes(first!)) {
    route = { name: first as (typeof simple)[number] };
  } else if (first === "events" && second === "new" && !third) {
    route = { name: "event-new" };
  } else if (first === "events" && second && !third) {
    route = { name: "event", id: second };
  } else if (first === "events" && second && third === "roster" && parts.length === 3) {
    route = { name: "roster", id: second };
  } else if (
    first === "events" &&
    second &&
    (eventPages as readonly string[]).includes(third!) &&
    parts.length === 3
  ) {
    route = { name: third as EventPage, id: second };
  } else if (first === "invitation" && second) {
    route = { name: "invitation", token: second };
  }
  return { route, org };
}

function pathOf(route: Route): string {
  switch (route.name) {
    case "event-new":
      return "/events/new";
    case "event":
      return `/events/${encodeURIComponent(route.id)}`;
    case "roster":
    case "needs":
    case "manifest":
    case "feedback":
    case "cooks":
    case "stalls":
    case "translations":
    case "ledger":
    case "shifts":
    case "hours":
      return `/events/${encodeURIComponent(route.id)}/${route.name}`;
    case "invitation":
      return `/invitation/${encodeURIComponent(route.token)}`;
    default:
      return `/${route.name}`;
  }
}

export function hrefFor(route: Route, org: string | null): string {
  return `#${pathOf(route)}${org ? `?org=${encodeURIComponent(org)}` : ""}`;
}

export function navigate(route: Route, org: string | null): void {
  location.hash = hrefFor(route, org);
}
