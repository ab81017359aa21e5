import * as v from "valibot";
import type { Operation } from "../operation-shape.js";
import { manageFirstScreenQuerySchema } from "../../../schema/contracts/registrations.js";
import { calendarFile, json, manageErrors, signUpErrors, writeErrors } from "../operation-shape.js";

/** Links that open one file only carry their own key (from a sign-up's `calendarUrl`). */
const calendarKeyQuery = v.object({
  key: v.pipe(v.string(), v.description("From `calendarUrl`.")),
});

/** Signing up, and one's own sign-up behind its manage link. */
export const signUpOperations: Operation[] = [
  {
    method: "post",
    path: "/orgs/:org/events/:eventId/registrations",
    operationId: "signUp",
    tag: "Sign-ups",
    summary: "Sign up for a time of an event",
    description:
      "A place if one is free, else the waitlist. The answer's `manageUrl` carries the secret token for the other sign-up operations.",
    body: "SignUpBody",
    origin: true,
    idempotent: true,
    answers: [
      json(201, "SignUpResponse", "Signed up (a place or the waitlist: see `status`)."),
      json(200, "SignUpResponse", "A retry with the same `Idempotency-Key`: the first answer."),
    ],
    errors: signUpErrors,
  },
  {
    method: "post",
    path: "/orgs/:org/series/:seriesId/registrations",
    operationId: "signUpForSeries",
    tag: "Sign-ups",
    summary: "Sign up for every coming date of a series at once",
    description:
      "All or nothing: when one date has no room for the party nothing is booked (409 `slot_full`, the dates named in `fields.dates`).",
    body: "SeriesSignUpBody",
    origin: true,
    idempotent: true,
    answers: [
      json(201, "SeriesSignUpResponse", "Signed up for every date."),
      json(
        200,
        "SeriesSignUpResponse",
        "A retry with the same `Idempotency-Key`: the first answer.",
      ),
    ],
    errors: signUpErrors,
  },
  {
    method: "get",
    path: "/registrations/:id",
    operationId: "getRegistration",
    tag: "Sign-ups",
    summary: "One's own sign-up (also the person's data export)",
    manageToken: true,
    answers: [json(200, "RegistrationResponse", "The sign-up as it is now.")],
    errors: [401, 404],
  },
  {
    method: "patch",
    path: "/registrations/:id",
    operationId: "changeRegistration",
    tag: "Sign-ups",
    summary: "Change one's own sign-up: the time, the party, the contact, the needs",
    manageToken: true,
    origin: true,
    body: "ChangeRegistrationBody",
    answers: [json(200, "RegistrationResponse", "The sign-up after the change.")],
    errors: [401, ...writeErrors],
  },
  {
    method: "delete",
    path: "/registrations/:id",
    operationId: "cancelRegistration",
    tag: "Sign-ups",
    summary: "Cancel one's own sign-up",
    manageToken: true,
    origin: true,
    answers: [json(200, "RegistrationResponse", "The sign-up, cancelled.")],
    errors: manageErrors,
  },
  {
    method: "get",
    path: "/registrations/:id/first-screen",
    operationId: "getManageFirstScreen",
    tag: "Sign-ups",
    summary: "One's own sign-up as the `<hearth-booking>` widget draws it, in HTML",
    description:
      "What `embed.js` shows while the widget's code loads, read with the manage token: the card, the actions (Cancel's confirm step sends itself) and \"Your data\", in `lang`, else the person's language. Never cached.",
    query: manageFirstScreenQuerySchema,
    manageToken: true,
    answers: [{ status: 200, description: "The page's markup.", body: "text/html" }],
    errors: [401, 404, 422],
  },
  {
    method: "post",
    path: "/registrations/:id/first-screen",
    operationId: "cancelOnManageFirstScreen",
    tag: "Sign-ups",
    summary: "Cancel one's own sign-up from that first screen, answered in HTML",
    description:
      "The first screen's \"Yes, cancel\": cancelled as `cancelRegistration` cancels; answered with the page as it is now (`data-replaces`, `data-outcome`) or the refusal's words. Never cached.",
    query: manageFirstScreenQuerySchema,
    manageToken: true,
    origin: true,
    answers: [{ status: 200, description: "Cancelled: the page's markup.", body: "text/html" }],
    errors: [...manageErrors, 422],
  },
  {
    method: "post",
    path: "/registrations/:id/accept",
    operationId: "acceptOffer",
    tag: "Sign-ups",
    summary: "Accept a place offered from the waitlist (declining is cancelling)",
    manageToken: true,
    origin: true,
    answers: [json(200, "RegistrationResponse", "The place is confirmed.")],
    errors: [...manageErrors, 409],
  },
  {
    method: "post",
    path: "/registrations/:id/erase",
    operationId: "eraseRegistration",
    tag: "Sign-ups",
    summary: "Erase one's personal data from a sign-up (and cancel it)",
    manageToken: true,
    origin: true,
    answers: [json(200, "RegistrationResponse", "What is left: no name, no contact.")],
    errors: manageErrors,
  },
  {
    method: "get",
    path: "/registrations/:id/calendar.ics",
    operationId: "getRegistrationCalendar",
    tag: "Sign-ups",
    summary: "One's own sign-up as a calendar file (the link from `calendarUrl`)",
    query: calendarKeyQuery,
    answers: [calendarFile],
    errors: [404],
  },
];
