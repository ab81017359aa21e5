import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { sessionAbsoluteMs, sessionCookieName } from "../auth/session-policy.js";

export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, sessionCookieName, "host");
}

export function setSessionCookie(c: Context, token: string): void {
  setCookie(c, sessionCookieName, token, {
    prefix: "host",
    httpOnly: true,
    secure: true,
    sameSite: "Strict",
    path: "/",
    maxAge: sessionAbsoluteMs / 1000,
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, sessionCookieName, { prefix: "host", secure: true, path: "/" });
}
