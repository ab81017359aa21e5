import {
  eventDetailQuerySchema,
  eventListQuerySchema,
  eventsFirstScreenQuerySchema,
  visitsFirstScreenQuerySchema,
} from "../../../schema/contracts/events.js";
import { networkEventListQuerySchema } from "../../../schema/contracts/networks.js";
import type { Operation } from "../operation-shape.js";
import { calendarFile, json } from "../operation-shape.js";

/** Events in public: an organisation's, a network's, and their calendar feeds. */
export const eventOperations: Operation[] = [
  {
    method: "get",
    path: "/orgs/:org/calendar.ics",
    operationId: "getOrganisationCalendar",
    tag: "Events",
    summary: "The organisation's coming events as a calendar feed",
    query: eventDetailQuerySchema,
    publicRead: true,
    answers: [calendarFile],
    errors: [404, 422],
  },
  {
    method: "get",
    path: "/orgs/:org/events",
    operationId: "listEvents",
    tag: "Events",
    summary: "Coming events, soonest first, a page at a time",
    description:
      "Texts come in `lang` when written in it, else in the organisation's language (`langs` says which).",
    query: eventListQuerySchema,
    publicRead: true,
    answers: [json(200, "EventListResponse", "A page of events.")],
    errors: [404, 422],
  },
  {
    method: "get",
    path: "/orgs/:org/events/first-screen",
    operationId: "getEventsFirstScreen",
    tag: "Events",
    summary: "The first page of the list as the `<hearth-events>` widget draws it, in HTML",
    description:
      "What `embed.js` shows in the widget's place while its code loads, with the list's styles: the filters and the first page's cards in the reader's language (`lang`), dates naming their time zone when it is not the reader's (`tz`). The widget then takes it over.",
    query: eventsFirstScreenQuerySchema,
    publicRead: true,
    answers: [{ status: 200, description: "The list's markup.", body: "text/html" }],
    errors: [404, 422],
  },
  {
    method: "get",
    path: "/orgs/:org/visits/first-screen",
    operationId: "getVisitsFirstScreen",
    tag: "Events",
    summary: "The first page of the visits list as the `<hearth-visits>` widget draws it, in HTML",
    description:
      "What `embed.js` shows in the widget's place while its code loads, with the list's styles: the region filter, how many visits, each visit's card with its day, in the reader's language (`lang`), dates naming their time zone when it is not the reader's (`tz`). The widget then takes it over.",
    query: visitsFirstScreenQuerySchema,
    publicRead: true,
    answers: [{ status: 200, description: "The list's markup.", body: "text/html" }],
    errors: [404, 422],
  },
  {
    method: "get",
    path: "/orgs/:org/events/:eventId",
    operationId: "getEvent",
    tag: "Events",
    summary: "One event, with its times, places left and questions",
    query: eventDetailQuerySchema,
    publicRead: true,
    answers: [json(200, "EventDetailResponse", "The event.")],
    errors: [404, 422],
  },
  {
    method: "get",
    path: "/orgs/:org/events/:eventId/calendar.ics",
    operationId: "getEventCalendar",
    tag: "Events",
    summary: "One event as a calendar file",
    query: eventDetailQuerySchema,
    publicRead: true,
    answers: [calendarFile],
    errors: [404, 422],
  },
  {
    method: "get",
    path: "/networks/:network/events",
    operationId: "listNetworkEvents",
    tag: "Networks",
    summary: "A network's catalogue: the coming events of all its members",
    description:
      "Each event is signed up for with its own organiser (`organiser.slug`), as on the organiser's own page.",
    query: networkEventListQuerySchema,
    publicRead: "fresh",
    answers: [json(200, "NetworkEventListResponse", "A page of the catalogue.")],
    errors: [404, 422],
  },
  {
    method: "get",
    path: "/networks/:network/calendar.ics",
    operationId: "getNetworkCalendar",
    tag: "Networks",
    summary: "A network's catalogue as a calendar feed",
    query: eventDetailQuerySchema,
    publicRead: true,
    answers: [calendarFile],
    errors: [404, 422],
  },
];
