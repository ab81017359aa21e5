import { Hono } from "hono";
import {
  acceptInvitationBodySchema,
  changePasswordBodySchema,
  signInBodySchema,
} from "../../schema/contracts/admin/session.js";
import type { MeResponse } from "../../schema/contracts/admin/session.js";
import type { InvitationPreviewResponse } from "../../schema/contracts/admin/team.js";
import { meResponse } from "./me.js";
import { hashInvitationToken } from "./invitation-token.js";
import { newSession } from "./new-session.js";
import { hashPassword, passwordProblem, verifyPassword } from "./passwords.js";
import { passwordConfirmed, reserveSignInAttempt, signedIn, throttleKeys } from "./throttle.js";
import type { AppEnv } from "../http/app-env.js";
import type { FieldProblems } from "../http/errors.js";
import { ApiError, problem } from "../http/errors.js";
import { hashSessionToken, requireSession } from "../http/require-session.js";
import { clearSessionCookie, readSessionCookie, setSessionCookie } from "../http/session-cookie.js";
import { validate } from "../http/validate.js";
import { newId } from "../lib/crypto.js";
import { auditStatement } from "./audit-log.js";
import { acceptInvitation, findLiveInvitation } from "./invitation-queries.js";
import { insertMembershipAfterAccept, isAcceptGuardFailure } from "./membership-queries.js";
import {
  revokeSession,
  revokeSessionByTokenHash,
  revokeSessionsOfUser,
} from "./session-queries.js";
import { findUserByEmail, findUserById, insertUser, updatePassword } from "./user-queries.js";

/** One answer for an unknown email and a wrong password, so neither reveals who has an account. */
const invalidCredentials = () =>
  new ApiError(401, "invalid_credentials", "The email or password is not right.");

const invalidInvitation = () =>
  new ApiError(
    404,
    "invitation_invalid",
    "This invitation link has expired or was already used. Ask for a new one.",
  );

const weakPassword = (field: string, reason: string) =>
  new ApiError(422, "validation_failed", reason, {
    [field]: problem("password_weak", reason),
  });

export const sessionRoutes = new Hono<AppEnv>()
  .post("/session", validate("json", signInBodySchema), async (c) => {
    const { email, password } = c.req.valid("json");
    const db = c.var.db;
    const now = Date.now();
    const keys = await throttleKeys(c, email);
    await reserveSignInAttempt(db, keys, now);
    const user = await findUserByEmail(db, email);
    const matches = await verifyPassword(password, user?.passwordHash ?? null);
    // A wrong password leaves its reserved attempt counted as the failure.
    if (!user || !matches) throw invalidCredentials();
    const session = await newSession(db, user.id, now);
    const previousToken = readSessionCookie(c);
    await db.batch([
      ...signedIn(db, keys, now),
      ...(previousToken
        ? [revokeSessionByTokenHash(db, await hashSessionToken(previousToken), now)]
        : []),
      session.statement,
    ]);
    setSessionCookie(c, session.token);
    c.header("Cache-Control", "no-store");
    return c.json<MeResponse, 200>(await meResponse(db, user), 200);
  })
  .delete("/session", requireSession, async (c) => {
    await revokeSession(c.var.db, c.var.user.sessionId, Date.now()).run();
    clearSessionCookie(c);
    return c.body(null, 204);
  })
  .get("/me", requireSession, async (c) => {
    const { userId: id, email, displayName, locale } = c.var.user;
    return c.json<MeResponse, 200>(
      await meResponse(c.var.db, { id, email, displayName, locale }),
      200,
    );
  })
  .post("/password", requireSession, validate("json", changePasswordBodySchema), async (c) => {
    const { currentPassword, newPassword } = c.req.valid("json");
    const db = c.var.db;
    const now = Date.now();
    const user = await findUserById(db, c.var.user.userId);
    if (!user) throw invalidCredentials();
    // A borrowed session must not become a way to guess the password without limits.
    const keys = await throttleKeys(c, user.email);
    await reserveSignInAttempt(db, keys, now);
    if (!(await verifyPassword(currentPassword, user.passwordHash))) throw invalidCredentials();
    await db.batch(passwordConfirmed(db, keys, now));
    const weakness = passwordProblem(newPassword, user.email);
    if (weakness) throw weakPassword("newPassword", weakness);
    const session = await newSession(db, user.id, now);
    await db.batch([
      updatePassword(db, user.id, await hashPassword(newPassword), now),
      revokeSessionsOfUser(db, user.id, now),
      session.statement,
    ]);
    setSessionCookie(c, session.token);
    return c.json<MeResponse, 200>(await meResponse(db, user), 200);
  })
  .get("/invitations/:token", async (c) => {
    const db = c.var.db;
    const invitation = await findLiveInvitation(
      db,
      await hashInvitationToken(c.req.param("token")),
      Date.now(),
    );
    if (!invitation) throw invalidInvitation();
    c.header("Cache-Control", "no-store");
    return c.json<InvitationPreviewResponse, 200>(
      {
        invitation: {
          organisation: invitation.organisationSlug,
          organisationName: invitation.organisationName,
          email: invitation.email,
          role: invitation.role,
          accountExists: (await findUserByEmail(db, invitation.email)) !== null,
        },
      },
      200,
    );
  })
  .post("/invitations/:token/accept", validate("json", acceptInvitationBodySchema), async (c) => {
    const body = c.req.valid("json");
    const db = c.var.db;
    const now = Date.now();
    const invitation = await findLiveInvitation(
      db,
      await hashInvitationToken(c.req.param("token")),
      now,
    );
    if (!invitation) throw invalidInvitation();

    const existing = await findUserByEmail(db, invitation.email);
    const statements: D1PreparedStatement[] = [];
    let user: { id: string; email: string; displayName: string; locale: string };
    if (existing) {
      const keys = await throttleKeys(c, existing.email);
      await reserveSignInAttempt(db, keys, now);
      if (!body.password || !(await verifyPassword(body.password, existing.passwordHash))) {
        throw invalidCredentials();
      }
      await db.batch(passwordConfirmed(db, keys, now));
      user = existing;
    } else {
      const missing: FieldProblems = {};
      if (!body.displayName) missing.displayName = problem("required", "Write your name.");
      if (!body.password) missing.password = problem("required", "Choose a password.");
      if (!body.displayName || !body.password) {
        throw new ApiError(
          422,
          "validation_failed",
          "Some answers need a fix. See the fields listed.",
          missing,
        );
      }
      const weakness = passwordProblem(body.password, invitation.email);
      if (weakness) throw weakPassword("password", weakness);
      user = {
        id: newId("usr"),
        email: invitation.email,
        displayName: body.displayName,
        locale: body.locale ?? "en",
      };
      statements.push(
        insertUser(db, { ...user, passwordHash: await hashPassword(body.password), now }),
      );
    }

    const session = await newSession(db, user.id, now);
    statements.push(
      acceptInvitation(db, invitation.id, now),
      insertMembershipAfterAccept(db, {
        userId: user.id,
        organisationId: invitation.organisationId,
        role: invitation.role,
        now,
      }),
      session.statement,
      auditStatement(db, {
        organisationId: invitation.organisationId,
        userId: user.id,
        action: "member.joined",
        targetType: "user",
        targetId: user.id,
        now,
      }),
    );
    try {
      await db.batch(statements);
    } catch (error) {
      // Another accept won the race, or the invitation was revoked meanwhile: nothing was written.
      if (isAcceptGuardFailure(error)) throw invalidInvitation();
      throw error;
    }
    setSessionCookie(c, session.token);
    c.header("Cache-Control", "no-store");
    return c.json<MeResponse, 200>(await meResponse(db, user), 200);
  });
