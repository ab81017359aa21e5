import { eventDetailQuerySchema } from "../../../schema/contracts/events.js";
import type { Operation } from "../operation-shape.js";
import { json, signUpErrors } from "../operation-shape.js";

/**
 * Language Friend seasons: reading one and signing up as a mentor or a learner, then one's own
 * sign-up behind its manage link. The manage routes check the token, not the `Origin` (their
 * page is Hearth's own), and take no `Idempotency-Key`.
 */
export const mentoringOperations: Operation[] = [
  {
    method: "get",
    path: "/orgs/:org/mentoring/seasons/:seasonId",
    operationId: "getMentoringSeason",
    tag: "Mentoring",
    summary: "A Language Friend season: its dates, ways to meet and learners' levels",
    query: eventDetailQuerySchema,
    publicRead: true,
    answers: [json(200, "SeasonResponse", "The season.")],
    errors: [404, 422],
  },
  {
    method: "post",
    path: "/orgs/:org/mentoring/seasons/:seasonId/people",
    operationId: "signUpForMentoring",
    tag: "Mentoring",
    summary: "Sign up for a season as a mentor or a learner",
    description:
      "Besides the body's own checks, the season's limits answer 422 on their field: `level_out_of_range` (a learner's `level`), `mode_not_offered` (`modes`), `region_required` (`region`, when meeting in person) and `too_large` (a mentor's `capacity`); `answers` holds the answers to the season's own `questions` for the role, by question id, each refused on `answers.<questionId>` (`required`, `invalid_choice`, `too_long`, `control_characters`, `invalid` — also for a question not asked). After `intakeClosesAt`: 409 `signup_closed`.",
    body: "IntakeBody",
    origin: true,
    idempotent: true,
    answers: [
      json(201, "IntakeResponse", "Signed up; `manageUrl` is shown this once (and sent by email)."),
      json(200, "IntakeResponse", "A retry with the same `Idempotency-Key`: the first answer."),
    ],
    errors: signUpErrors,
  },
  {
    method: "get",
    path: "/mentoring/people/:id",
    operationId: "getMentoringSignUp",
    tag: "Mentoring",
    summary: "One's own mentoring sign-up, its season and (once published) partners",
    manageToken: true,
    answers: [json(200, "IntakeResponse", "The sign-up as it is now (no `manageUrl`).")],
    errors: [401, 404],
  },
  {
    method: "patch",
    path: "/mentoring/people/:id",
    operationId: "changeMentoringSignUp",
    tag: "Mentoring",
    summary: "Change any answer, or pause and resume (`status`)",
    description:
      "Only the fields sent change; the result is checked against the season's limits as at sign-up (422). `answers`, when sent, replaces every answer to the season's own questions and is checked as at sign-up (`answers.<questionId>`). After withdrawing: 409 `invalid_state`.",
    manageToken: true,
    body: "IntakeChangeBody",
    answers: [json(200, "IntakeResponse", "The sign-up with the change.")],
    errors: [401, 404, 409, 413, 415, 422],
  },
  {
    method: "post",
    path: "/mentoring/people/:id/withdraw",
    operationId: "withdrawFromMentoring",
    tag: "Mentoring",
    summary: "Withdraw from the season (ends one's running pairs)",
    manageToken: true,
    answers: [json(200, "IntakeResponse", "The sign-up, withdrawn.")],
    errors: [401, 404],
  },
  {
    method: "post",
    path: "/mentoring/people/:id/share-contact",
    operationId: "shareMentoringContact",
    tag: "Mentoring",
    summary: "Show one's email address to a partner",
    description:
      "Each partner sees the other's address once both have shared. 404 when the pair is not running any more.",
    manageToken: true,
    body: "ShareContactBody",
    answers: [json(200, "IntakeResponse", "The sign-up with `youShared` set on that pair.")],
    errors: [401, 404, 415, 422],
  },
  {
    method: "post",
    path: "/mentoring/people/:id/messages",
    operationId: "writeToMentoringPartner",
    tag: "Mentoring",
    summary: "Write to a partner through Hearth, without either address",
    description:
      "Hearth emails the text to the partner of the pair `pairId` in their own language, with a link to their own page to answer; neither address is shown, and the words are not kept once sent. Only one's own published pair while the season runs (else 404, or 409 `pair_ended`); a season that gives partners each other's address answers 409 `relay_off`. At most 10 messages in any 24 hours: 429 `message_limit` with `Retry-After` and `params.retryAfter` (seconds).",
    manageToken: true,
    body: "RelayMessageBody",
    answers: [json(201, "RelayMessageResponse", "On its way to the partner.")],
    errors: [401, 403, 404, 409, 413, 415, 422, 429],
  },
  {
    method: "post",
    path: "/mentoring/people/:id/erase",
    operationId: "eraseMentoringSignUp",
    tag: "Mentoring",
    summary: "Withdraw and erase one's personal data",
    manageToken: true,
    answers: [
      { status: 204, description: "Erased; the manage link opens nothing any more.", body: null },
    ],
    errors: [401, 404],
  },
];
