import {
  eventDetailQuerySchema,
  eventListQuerySchema,
  eventsFirstScreenQuerySchema,
  festivalFirstScreenQuerySchema,
  signupFirstScreenQuerySchema,
  visitsFirstScreenQuerySchema,
} from "../../../schema/contracts/events.js";
import { networkEventListQuerySchema } from "../../../schema/contracts/networks.js";
import type { Operation } from "../operation-shape.js";
import { calendarFile, json } from "../operation-shape.js";

/** A visit's form as its first screen draws it (`…/visits/:eventId/<form>/first-screen`). */
const visitFormDrawn = {
  method: "get",
  tag: "Events",
  query: festivalFirstScreenQuerySchema,
  publicRead: true,
  answers: [{ status: 200, description: "The form's markup.", body: "text/html" }],
  errors: [404, 422],
} as const satisfies Partial<Operation>;

/** A visit's form sent on its first screen: booked and answered as `sendSignupFirstScreen`. */
const visitFormSent = {
  method: "post",
  tag: "Events",
  query: festivalFirstScreenQuerySchema,
  origin: true,
  idempotent: true,
  answers: [
    { status: 201, description: "Booked: the confirmation's markup.", body: "text/html" },
    {
      status: 200,
      description: "A retry with the same `Idempotency-Key`: the first booking's confirmation.",
      body: "text/html",
    },
  ],
  errors: [400, 403, 404, 409, 413, 415, 422, 429],
} as const satisfies Partial<Operation>;

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
    path: "/orgs/:org/events/:eventId/details/first-screen",
    operationId: "getEventDetailsFirstScreen",
    tag: "Events",
    summary:
      "An event opened on the list's first screen, as `<hearth-events>` draws its details, in HTML",
    description:
      "What the list's first screen shows for an event opened before the widget's code: its details and a `<hearth-signup>` for that form's own first screen, drawn from the list's first page with the same filters (404 for an event not on it)",
    query: eventsFirstScreenQuerySchema,
    publicRead: true,
    answers: [{ status: 200, description: "The details' markup.", body: "text/html" }],
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
    path: "/orgs/:org/visits/:eventId/details/first-screen",
    operationId: "getVisitDetailsFirstScreen",
    tag: "Events",
    summary:
      "A visit opened on the visits list's first screen, as `<hearth-visits>` draws its page, in HTML",
    description:
      "What the visits list's first screen shows for a visit opened before the widget's code: its day, where the bus stops and the three ways to take part, folded, with each open way's form element (`<hearth-visit-group-form>`, `-host-form`, `-interpreter-form`) for that form's own first screen; drawn from the list's first page in the same region (404 for a visit not on it).",
    query: visitsFirstScreenQuerySchema,
    publicRead: true,
    answers: [{ status: 200, description: "The visit's markup.", body: "text/html" }],
    errors: [404, 422],
  },
  {
    ...visitFormDrawn,
    path: "/orgs/:org/visits/:eventId/group-form/first-screen",
    operationId: "getVisitGroupFirstScreen",
    summary: "A visit's group form as `<hearth-visit-group-form>` draws it, in HTML",
    description:
      "The seats for a group or family: the party, where the bus picks them up, their languages, the contact person, needs and the organisers' questions for groups, in the reader's language (`lang`). Where the organisation takes sign-ups rides along, as on the sign-up form's first screen. 404 for an event without seats for groups.",
  },
  {
    ...visitFormSent,
    path: "/orgs/:org/visits/:eventId/group-form/first-screen",
    operationId: "sendVisitGroupFirstScreen",
    summary: "A group's seats sent on that first screen, answered in HTML",
    description:
      "As `sendSignupFirstScreen`, for the group form's fields (`adults`, `children`, `pickupPointId`, `languages` (repeated), `name`, `phone`, `email`, the needs, `wheelchairPlaces`, `answers.<questionId>`, `consent=yes`, `website`) and `fillMs`: the visit's own rules (a pick-up point of the visit, no more wheelchair places than people) are said with the contract's, all at once. Never cached.",
  },
  {
    ...visitFormDrawn,
    path: "/orgs/:org/visits/:eventId/host-form/first-screen",
    operationId: "getVisitHostFirstScreen",
    summary: "A visit's host form as `<hearth-visit-host-form>` draws it, in HTML",
    description:
      "For a resident or an organisation meeting the group at one stop: the stop (a full one offered but disabled), their name, what they offer, how many of them come, their contact and the organisers' questions for hosts, in the reader's language (`lang`). 404 for an event without places for hosts.",
  },
  {
    ...visitFormSent,
    path: "/orgs/:org/visits/:eventId/host-form/first-screen",
    operationId: "sendVisitHostFirstScreen",
    summary: "A host's place sent on that first screen, answered in HTML",
    description:
      "As `sendSignupFirstScreen`, for the host form's fields (`slotId`: the stop's place, `name`, `offer`, `adults`, `email`, `phone`, `answers.<questionId>`, `consent=yes`, `website`) and `fillMs`: a stop of this visit and an offer are required, said with the contract's rules, all at once. Never cached.",
  },
  {
    ...visitFormDrawn,
    path: "/orgs/:org/visits/:eventId/interpreter-form/first-screen",
    operationId: "getVisitInterpreterFirstScreen",
    summary: "A visit's interpreter form as `<hearth-visit-interpreter-form>` draws it, in HTML",
    description:
      "For a volunteer interpreter: their name, the languages they interpret between (each named in its own script), their contact and the organisers' questions for interpreters, in the reader's language (`lang`). 404 for an event without places for interpreters.",
  },
  {
    ...visitFormSent,
    path: "/orgs/:org/visits/:eventId/interpreter-form/first-screen",
    operationId: "sendVisitInterpreterFirstScreen",
    summary: "An interpreter's place sent on that first screen, answered in HTML",
    description:
      "As `sendSignupFirstScreen`, for the interpreter form's fields (`name`, `languages` (repeated, at least one), `email`, `phone`, `answers.<questionId>`, `consent=yes`, `website`) and `fillMs`; one person. Never cached.",
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
    path: "/orgs/:org/events/:eventId/first-screen",
    operationId: "getSignupFirstScreen",
    tag: "Events",
    summary: "The event's sign-up form as the `<hearth-signup>` widget draws it, in HTML",
    description:
      "What `embed.js` shows in the widget's place while its code loads, with the form's styles: the event's title and date (left out with `header=0` and `header=form`, which keeps the form's heading), its times with places left, the form's fields and the organisers' questions, in the reader's language (`lang`), dates naming their time zone when it is not the reader's (`tz`). Where the organisation takes sign-ups rides along (`data-signup-origins`, `data-signup-page`). The widget then takes it over with what was typed.",
    query: signupFirstScreenQuerySchema,
    publicRead: true,
    answers: [{ status: 200, description: "The form's markup.", body: "text/html" }],
    errors: [404, 422],
  },
  {
    method: "post",
    path: "/orgs/:org/events/:eventId/first-screen",
    operationId: "sendSignupFirstScreen",
    tag: "Events",
    summary: "A sign-up sent on that first screen, answered in HTML",
    description:
      "What the first screen posts when the form is sent before the widget's code has come: the form's fields as a browser posts them (`application/x-www-form-urlencoded`: `slotId`, `adults`, `children`, `name`, `email`, `phone`, the needs, `answers.<questionId>`, `consent=yes`, `website`) and `fillMs`, the time since the screen showed. Booked through `signUp` (the same checks, idempotency and batch); answered with the widget's outcome in the reader's language: the confirmation, or the refusal's words for above the form and beside each field (`data-for`). `data-outcome` carries the outcome as JSON for the widget to take over. Never cached.",
    query: signupFirstScreenQuerySchema,
    origin: true,
    idempotent: true,
    answers: [
      { status: 201, description: "Signed up: the confirmation's markup.", body: "text/html" },
      {
        status: 200,
        description: "A retry with the same `Idempotency-Key`: the first sign-up's confirmation.",
        body: "text/html",
      },
    ],
    errors: [400, 403, 404, 409, 413, 415, 422, 429],
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
