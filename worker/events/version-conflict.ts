import { ApiError } from "../http/errors.js";

/** 409 for a save from an event's version someone else changed meanwhile (nothing was written). */
export const versionConflict = () =>
  new ApiError(
    409,
    "version_conflict",
    "Someone else saved this event since you opened it. Reload to see their changes; your edits stay on screen.",
  );
