import type { Context } from "hono";
import { Hono } from "hono";
import type { ApplicationExport, ApplicationResponse } from "../../schema/contracts/festivals.js";
import { applicationInputSchema } from "../../schema/contracts/festivals.js";
import {
  assertComplete,
  assertConsistentDishes,
  closedForChanges,
  isEditable,
} from "./application-rules.js";
import { toApplicationView } from "./application-view.js";
import { eraseApplication } from "./erase-application.js";
import { updateApplication } from "./save-application.js";
import type { AppEnv } from "../http/app-env.js";
import { assertWriteOrigin, preflight } from "../http/cors.js";
import { authoriseManageToken } from "../http/bearer-token.js";
import { limitBody, requireJson } from "../http/json-body.js";
import { applicationTarget, rateLimit } from "../http/rate-limit.js";
import { validate } from "../http/validate.js";
import { confirmationQuota } from "../notifications/confirmation-quota.js";
import { enqueueConfirmation } from "../notifications/enqueue.js";
import type { ApplicationRow } from "./application-queries.js";
import {
  findApplication,
  listLedgerOfApplication,
  submitApplicationStatement,
} from "./application-queries.js";
import { idParam } from "../http/id-param.js";

/** The application the bearer's manage token opens. */
async function authorise(c: Context<AppEnv>): Promise<ApplicationRow> {
  const found = c.req.header("Authorization")
    ? await findApplication(
        c.var.db,
        idParam(
          c,
          "id",
          "We could not find this application. Check that you opened the whole link.",
        ),
      )
    : null;
  return authoriseManageToken(c, found, {
    missing: "Open the link you got when you started your application.",
    notFound: "We could not find this application. Check that you opened the whole link.",
  });
}

async function respond(c: Context<AppEnv>, id: string) {
  c.header("Cache-Control", "no-store");
  return c.json<ApplicationResponse, 200>(
    { application: toApplicationView((await findApplication(c.var.db, id))!, Date.now()) },
    200,
  );
}

const originsOf = async (c: Context<AppEnv>) =>
  (await findApplication(c.var.db, c.req.param("id") ?? ""))?.festival.allowedOrigins ?? null;

/** A cook's application behind its manage link: read, edit until the deadline, submit. */
export const applicationRoutes = new Hono<AppEnv>()
  .options("/:id", preflight(originsOf, "PUT"))
  .options("/:id/*", preflight(originsOf, "POST"))
  .get("/:id", async (c) => respond(c, (await authorise(c)).id))
  .get("/:id/export", async (c) => {
    const application = await authorise(c);
    const ledger = await listLedgerOfApplication(c.var.db, application.id);
    c.header("Cache-Control", "no-store");
    c.header("Content-Disposition", 'attachment; filename="my-cook-application.json"');
    return c.json<ApplicationExport, 200>(
      {
        exportedAt: new Date().toISOString(),
        application: toApplicationView(application, Date.now()),
        ledger: ledger.map(({ createdAt, ...line }) => ({
          ...line,
          at: new Date(createdAt).toISOString(),
        })),
      },
      200,
    );
  })
  .post("/:id/erase", async (c) => {
    const application = await authorise(c);
    assertWriteOrigin(c, application.festival.allowedOrigins);
    await eraseApplication(c.var.db, application.id, Date.now());
    return respond(c, application.id);
  })
  .put(
    "/:id",
    requireJson,
    limitBody,
    validate("json", applicationInputSchema),
    rateLimit("APPLICATION_RATE_LIMIT", applicationTarget({ confirm: false })),
    async (c) => {
      const application = await authorise(c);
      assertWriteOrigin(c, application.festival.allowedOrigins);
      if (!isEditable(application, Date.now())) throw closedForChanges();
      const input = c.req.valid("json");
      assertConsistentDishes(input);
      const saved = await updateApplication(
        c.var.db,
        {
          id: application.id,
          organisationId: application.organisationId,
          eventId: application.eventId,
          dishIds: application.dishes.map((dish) => dish.id),
        },
        input,
        Date.now(),
      );
      if (!saved) throw closedForChanges();
      return respond(c, application.id);
    },
  )
  .post(
    "/:id/submit",
    rateLimit("APPLICATION_RATE_LIMIT", applicationTarget({ confirm: true })),
    async (c) => {
      const application = await authorise(c);
      assertWriteOrigin(c, application.festival.allowedOrigins);
      const now = Date.now();
      if (!isEditable(application, now)) throw closedForChanges();
      assertComplete(application);
      await c.var.db.batch([
        submitApplicationStatement(c.var.db, application.id, now),
        ...enqueueConfirmation(
          c.var.db,
          {
            kind: "cook_received",
            applicationId: application.id,
            now,
            onlyIfPreviousChanged: true,
          },
          await confirmationQuota(c.env, application.email, now),
        ),
      ]);
      c.set("messagesQueued", true);
      return respond(c, application.id);
    },
  );
