/**
 * The public widgets' typed fetch client, gathered in one module to import from: the error type,
 * the transport and each resource's calls, which live in modules of their own.
 */

export type { ApiErrorCode } from "./api-error.js";
export { ApiError } from "./api-error.js";
export type { RequestOptions } from "./api-request.js";
export { setApiOrigin } from "./api-request.js";
export type { EventListFilter } from "./events-api.js";
export { getEvent, listEvents } from "./events-api.js";
export {
  cancelRegistration,
  eraseRegistration,
  getRegistration,
  signUp,
} from "./registrations-api.js";
export type { MenuFilter } from "./festivals-api.js";
export {
  createApplication,
  eraseApplication,
  exportApplication,
  getApplication,
  getFestivalMenu,
  submitApplication,
  updateApplication,
} from "./festivals-api.js";
export {
  addVolunteerShifts,
  cancelVolunteerShift,
  eraseVolunteer,
  exportVolunteer,
  getVolunteer,
  listShifts,
  signUpVolunteer,
} from "./volunteers-api.js";
