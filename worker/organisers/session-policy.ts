/** How long a dashboard session lives: long enough for a day at the door, no longer. */
export const sessionIdleMs = 2 * 60 * 60 * 1000;
export const sessionAbsoluteMs = 12 * 60 * 60 * 1000;
/** `last_seen_at` is written at most this often, so browsing the dashboard stays read-only. */
export const sessionTouchEveryMs = 5 * 60 * 1000;
/** `__Host-` binds the cookie to this origin: Secure, Path=/, no Domain. */
export const sessionCookieName = "__Host-hearth_session";
