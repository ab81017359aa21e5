import * as v from "valibot";
import {
  shiftsQuerySchema,
  volunteerFirstScreenQuerySchema,
} from "../../../schema/contracts/volunteers.js";
import type { Operation } from "../operation-shape.js";
import { calendarFile, json, manageErrors, signUpErrors, writeErrors } from "../operation-shape.js";

/** The feed link carries its own token (from the volunteer's `calendarUrl`). */
const calendarTokenQuery = v.object({
  token: v.pipe(v.string(), v.description("From the volunteer's `calendarUrl`.")),
});

/** Volunteer shifts, and a volunteer's own schedule behind their manage link. */
export const volunteerOperations: Operation[] = [
  {
    method: "get",
    path: "/orgs/:org/shifts",
    operationId: "listShifts",
    tag: "Volunteers",
    summary: "Coming volunteer shifts and their roles",
    query: shiftsQuerySchema,
    publicRead: true,
    answers: [json(200, "ShiftsResponse", "The shifts.")],
    errors: [404, 422],
  },
  {
    method: "get",
    path: "/orgs/:org/shifts/first-screen",
    operationId: "getVolunteerFirstScreen",
    tag: "Volunteers",
    summary: "The volunteer form as the `<hearth-volunteer>` widget draws it, in HTML",
    description:
      "What `embed.js` shows in the widget's place while its code loads, with the form's styles: the coming shifts (of one event, with `event`) by day and role with what each role asks and how many are taken, \"about you\" and the submit button, in the reader's language (`lang`), hours naming their time zone when it is not the reader's (`tz`). Where the organisation takes sign-ups rides along (`data-signup-origins`, `data-signup-page`). The widget then takes it over with what was ticked and typed.",
    query: volunteerFirstScreenQuerySchema,
    publicRead: true,
    answers: [{ status: 200, description: "The form's markup.", body: "text/html" }],
    errors: [404, 422],
  },
  {
    method: "post",
    path: "/orgs/:org/shifts/first-screen",
    operationId: "sendVolunteerFirstScreen",
    tag: "Volunteers",
    summary: "A volunteer's sign-up sent on that first screen, answered in HTML",
    description:
      "What the first screen posts when the form is sent before the widget's code has come: the form's fields as a browser posts them (`application/x-www-form-urlencoded`: `shiftIds` (repeated), `name`, `email`, `phone`, `languages` (repeated), `consent=yes`). Shifts whose roles ask for a declaration or an age are sent by the widget, which asks for them; sent here they are refused beside the shift. Signed up through `signUpVolunteer` (the same checks, idempotency and batch); answered with the widget's outcome in the reader's language: the signed-up screen with the manage link and calendar feed, or the refusal's words for above the form and beside each field or shift (`data-for`, `data-value`). `data-outcome` carries the outcome as JSON for the widget to take over. Never cached.",
    query: volunteerFirstScreenQuerySchema,
    origin: true,
    idempotent: true,
    answers: [
      { status: 201, description: "Signed up: the signed-up screen's markup.", body: "text/html" },
      {
        status: 200,
        description: "A retry with the same `Idempotency-Key`: the first answer's screen.",
        body: "text/html",
      },
    ],
    errors: [400, 403, 404, 409, 413, 415, 422, 429],
  },
  {
    method: "post",
    path: "/orgs/:org/volunteers",
    operationId: "signUpVolunteer",
    tag: "Volunteers",
    summary: "Sign up to volunteer for one or more shifts",
    body: "VolunteerSignUpBody",
    origin: true,
    idempotent: true,
    answers: [
      json(201, "VolunteerResponse", "Signed up; `manageUrl` is shown this once."),
      json(200, "VolunteerResponse", "A retry with the same `Idempotency-Key`: the first answer."),
    ],
    errors: signUpErrors,
  },
  {
    method: "get",
    path: "/volunteers/:id",
    operationId: "getVolunteer",
    tag: "Volunteers",
    summary: "One's own volunteer schedule",
    manageToken: true,
    answers: [json(200, "VolunteerResponse", "The volunteer and their shifts.")],
    errors: [401, 404],
  },
  {
    method: "get",
    path: "/volunteers/:id/export",
    operationId: "exportVolunteer",
    tag: "Volunteers",
    summary: "Everything held about a volunteer (download my data)",
    manageToken: true,
    answers: [json(200, "VolunteerExport", "The volunteer's data.")],
    errors: [401, 404],
  },
  {
    method: "post",
    path: "/volunteers/:id/erase",
    operationId: "eraseVolunteer",
    tag: "Volunteers",
    summary: "Erase a volunteer's personal data and cancel their shifts",
    manageToken: true,
    origin: true,
    answers: [json(200, "VolunteerErased", "Erased.")],
    errors: manageErrors,
  },
  {
    method: "post",
    path: "/volunteers/:id/shifts",
    operationId: "addVolunteerShifts",
    tag: "Volunteers",
    summary: "Add shifts to one's schedule",
    manageToken: true,
    origin: true,
    body: "AddShiftsBody",
    answers: [json(200, "VolunteerResponse", "The schedule with the new shifts.")],
    errors: [401, ...writeErrors],
  },
  {
    method: "delete",
    path: "/volunteers/:id/shifts/:registrationId",
    operationId: "cancelVolunteerShift",
    tag: "Volunteers",
    summary: "Give up one shift",
    manageToken: true,
    origin: true,
    answers: [json(200, "VolunteerResponse", "The schedule without the shift.")],
    errors: manageErrors,
  },
  {
    method: "get",
    path: "/volunteers/:id/calendar.ics",
    operationId: "getVolunteerCalendar",
    tag: "Volunteers",
    summary: "A volunteer's shifts as a calendar feed (the link from `calendarUrl`)",
    query: calendarTokenQuery,
    answers: [calendarFile],
    errors: [404],
  },
];
