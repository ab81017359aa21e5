import type { Operation } from "./operation-shape.js";
import { eventOperations } from "./operations/events.js";
import { festivalOperations } from "./operations/festivals.js";
import { mentoringOperations } from "./operations/mentoring.js";
import { signUpOperations } from "./operations/sign-ups.js";
import { serviceOperations } from "./operations/service.js";
import { volunteerOperations } from "./operations/volunteers.js";

/**
 * Every public route of the API (`/api/v1/…` but `/admin`), in the one list the OpenAPI document
 * and the docs page are built from, in the order they show. Paths are written as Hono writes
 * them, under `/api/v1`; a test fails when the app has a public route this list lacks (or this
 * list a route the app does not have). Query strings, bodies and answers name the contracts'
 * schemas (`schemas.ts`); every error answers the one envelope.
 */
export const operations: Operation[] = [
  ...serviceOperations,
  ...eventOperations,
  ...signUpOperations,
  ...volunteerOperations,
  ...festivalOperations,
  ...mentoringOperations,
];

export type { Answer, ErrorStatus, Operation } from "./operation-shape.js";
