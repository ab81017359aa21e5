import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { sessionAbsoluteMs, sessionCookieName } from "../organisers/session-policy.js";

// The name already carries `__Host-`; Hono's `prefix: "host"` would add a second one, so the
// attributes the prefix demands (Secure, Path=/, no Domain) are set here by hand.

export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, sessionCookieName);
}

export function setSessionCookie(c: Context, token: string): void {
  setCookie(c, sessionCookieName, token, {
    httpOnly: true,
    secure: true,
    sameSite: "Strict",
    path: "/",
    maxAge: sessionAbsoluteMs / 1000,
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, sessionCookieName, {
    httpOnly: true,
    secure: true,
    sameSite: "Strict",
    path: "/",
  });
}
