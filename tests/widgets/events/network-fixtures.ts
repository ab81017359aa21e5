import type { PublicEvent } from "../../../schema/contracts/events.js";
import type {
  NetworkEvent,
  NetworkEventListResponse,
  NetworkOrganiser,
} from "../../../schema/contracts/networks.js";
import { eventFixture } from "../helpers/fixtures.js";

/** A network's catalogue as the worker answers it: the Demo Region and two NGOs that joined it. */

export const region: NetworkOrganiser = {
  slug: "demo-region",
  name: "Demo Region",
  colours: { "color-primary": "#1f5130" },
};
export const bridge: NetworkOrganiser = {
  slug: "welcome-bridge",
  name: "Welcome Bridge",
  colours: { "color-primary": "#6a1b9a" },
};
export const kitchen: NetworkOrganiser = {
  slug: "open-kitchen",
  name: "Open Kitchen Collective",
  colours: {},
};

export function networkEvent(
  organiser: NetworkOrganiser,
  overrides: Partial<PublicEvent> & { id: string; featured?: boolean },
): NetworkEvent {
  const { featured = false, ...event } = overrides;
  return {
    ...eventFixture({
      calendarUrl: `https://hearth.test/api/v1/orgs/${organiser.slug}/events/${event.id}/calendar.ics`,
      ...event,
    }),
    organiser,
    featured,
  };
}

export const networkEvents = [
  networkEvent(bridge, {
    id: "evt_jobs",
    kind: "course",
    title: "Job search workshop",
    region: "Tartu",
    languages: ["uk", "ru", "en"],
  }),
  networkEvent(kitchen, {
    id: "evt_supper",
    title: "Neighbourhood supper",
    region: "Tartu",
    languages: ["fa", "et"],
  }),
  networkEvent(region, {
    id: "evt_fair",
    title: "Welcome fair",
    region: "Harju",
    languages: ["et", "pl"],
    featured: true,
  }),
];

export function cataloguePage(
  overrides: Partial<NetworkEventListResponse> = {},
): NetworkEventListResponse {
  return {
    network: { slug: "demo-region", name: "Demo Region", timeZone: "Europe/Tallinn" },
    defaultLocale: "en",
    signupOrigins: [location.origin],
    signupPageUrl: "https://hearth.test/signup/?network=demo-region",
    organisers: [region, kitchen, bridge],
    events: networkEvents,
    nextCursor: null,
    ...overrides,
  };
}
