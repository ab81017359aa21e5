import {
  eventDetailQuerySchema,
  festivalFirstScreenQuerySchema,
} from "../../../schema/contracts/events.js";
import { menuQuerySchema } from "../../../schema/contracts/festivals.js";
import type { Operation } from "../operation-shape.js";
import { json, manageErrors, writeErrors } from "../operation-shape.js";

/** Food festivals: the menu, and a cook's application behind its manage link. */
export const festivalOperations: Operation[] = [
  {
    method: "get",
    path: "/orgs/:org/festivals/:eventId/first-screen",
    operationId: "getFestivalFirstScreen",
    tag: "Food festivals",
    summary: "A food festival's details as the `<hearth-festival>` widget draws them, in HTML",
    description:
      "What `embed.js` shows in the widget's place while its code loads, with the festival's styles: its name, when and where, the languages spoken, what it is about and its access notes, in the reader's language (`lang`), dates naming their time zone when it is not the reader's (`tz`). Then its tickets' `<hearth-signup>`, for that form's own first screen. The widget takes it over, keeps the form, and adds the stalls and menu.",
    query: festivalFirstScreenQuerySchema,
    publicRead: true,
    answers: [{ status: 200, description: "The details' markup.", body: "text/html" }],
    errors: [404, 422],
  },
  {
    method: "get",
    path: "/orgs/:org/festivals/:eventId/menu",
    operationId: "getFestivalMenu",
    tag: "Food festivals",
    summary: "A food festival's menu and stalls",
    query: menuQuerySchema,
    publicRead: true,
    answers: [json(200, "MenuResponse", "The dishes of approved cooks, and the stalls.")],
    errors: [404, 422],
  },
  {
    method: "get",
    path: "/orgs/:org/festivals/:eventId/applications/first-screen",
    operationId: "getCookFirstScreen",
    tag: "Food festivals",
    summary: "A new cook's first step as the `<hearth-cook-apply>` widget draws it, in HTML",
    description:
      "What `embed.js` shows in the widget's place while its code loads, with the application's styles: the heading, the progress through the steps, the first step (the name on the menu and the consent) and Next, in the reader's language (`lang`). Where the organisers take applications rides along (`data-signup-origins`, `data-signup-page`). The widget then takes it over with what was typed.",
    query: eventDetailQuerySchema,
    publicRead: true,
    answers: [{ status: 200, description: "The first step's markup.", body: "text/html" }],
    errors: [404, 422],
  },
  {
    method: "post",
    path: "/orgs/:org/festivals/:eventId/applications/first-screen",
    operationId: "sendCookFirstScreen",
    tag: "Food festivals",
    summary:
      "A step of a cook's application sent on the first screen, answered with the next in HTML",
    description:
      "What the first screen posts when a step is sent before the widget's code has come: the step's fields as a browser posts them (`application/x-www-form-urlencoded`), `screen` (which step), and from the second step on `application` and `token` (the application's id and manage token); `go` for the form's other buttons (`back`, `change-<step>`, `add-dish`, `remove-dish-<n>`, `send`). Saved through `applyToCook` (the first step), `updateApplication` (the others) and `submitApplication` (`send`): the same contract, website check and rate limits. Answered with the next screen's markup in the whole screen's place (`data-replaces`, focus on `data-focus`), `data-outcome` carrying the application as saved, its session and the screen for the widget to take over; or the refusal's words for above the form and beside each field (`data-for`). Never cached.",
    query: eventDetailQuerySchema,
    origin: true,
    answers: [
      { status: 201, description: "Created: the contact step's markup.", body: "text/html" },
      {
        status: 200,
        description: "Saved, moved or sent: the next screen's markup.",
        body: "text/html",
      },
    ],
    errors: [403, 404, 409, 413, 415, 422, 429],
  },
  {
    method: "post",
    path: "/orgs/:org/festivals/:eventId/applications",
    operationId: "applyToCook",
    tag: "Food festivals",
    summary: "Apply to cook at a food festival (saved as a draft)",
    description:
      "Send an `Idempotency-Key` header (8–128 letters, digits, or - _ . :) with a new random key per application: a retry with the same key and body gets the application it started (200), never a second one; the same key with another body is refused (422 `idempotency_key_reused`). Without a key every request starts a new application.",
    body: "ApplicationBody",
    origin: true,
    answers: [
      json(201, "ApplicationResponse", "The draft; `manageUrl` is shown this once."),
      json(200, "ApplicationResponse", "A retry with the same key: the application it started."),
    ],
    errors: [400, ...writeErrors],
  },
  {
    method: "get",
    path: "/applications/:id",
    operationId: "getApplication",
    tag: "Food festivals",
    summary: "One's own cook application",
    manageToken: true,
    answers: [json(200, "ApplicationResponse", "The application.")],
    errors: [401, 404],
  },
  {
    method: "put",
    path: "/applications/:id",
    operationId: "saveApplication",
    tag: "Food festivals",
    summary: "Save one's application (until the deadline, while undecided)",
    manageToken: true,
    origin: true,
    body: "ApplicationBody",
    answers: [json(200, "ApplicationResponse", "The saved application.")],
    errors: [401, ...writeErrors],
  },
  {
    method: "post",
    path: "/applications/:id/submit",
    operationId: "submitApplication",
    tag: "Food festivals",
    summary: "Submit a complete application to the organisers",
    manageToken: true,
    origin: true,
    answers: [json(200, "ApplicationResponse", "Submitted.")],
    errors: [...manageErrors, 409, 422, 429],
  },
  {
    method: "get",
    path: "/applications/:id/export",
    operationId: "exportApplication",
    tag: "Food festivals",
    summary: "Everything held about a cook (download my data)",
    manageToken: true,
    answers: [json(200, "ApplicationExport", "The cook's data.")],
    errors: [401, 404],
  },
  {
    method: "post",
    path: "/applications/:id/erase",
    operationId: "eraseApplication",
    tag: "Food festivals",
    summary: "Erase a cook's personal data",
    manageToken: true,
    origin: true,
    answers: [json(200, "ApplicationResponse", "What is left: the status and the festival.")],
    errors: manageErrors,
  },
];
