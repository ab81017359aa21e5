import { Hono } from "hono";
import type { QuestionsResponse } from "../../schema/contracts/questions.js";
import { questionsInputSchema } from "../../schema/contracts/questions.js";
import type { AppEnv } from "../http/app-env.js";
import { requirePermission } from "../http/require-permission.js";
import { validate } from "../http/validate.js";
import { loadAdminEvent } from "../events/load-event.js";
import { auditStatement } from "../organisers/audit-log.js";
import {
  findQuestions,
  parseQuestions,
  saveQuestionsStatements,
  selectQuestions,
} from "./question-queries.js";

const questionsPath = "/events/:eventId/questions";

/**
 * An event's own questions on its sign-up form: read, and replaced as a whole list (the editor
 * sends them all, in order) in one batch with its audit row.
 */
export const questionRoutes = new Hono<AppEnv>()
  .get(questionsPath, requirePermission("events.read"), async (c) => {
    const event = await loadAdminEvent(c);
    return c.json<QuestionsResponse, 200>(
      { questions: await findQuestions(c.var.db, event.id) },
      200,
    );
  })
  .put(
    questionsPath,
    requirePermission("events.write"),
    validate("json", questionsInputSchema),
    async (c) => {
      const event = await loadAdminEvent(c);
      const existing = await findQuestions(c.var.db, event.id);
      const organisationId = c.var.organisation.id;
      // The list as saved is read in the save's own batch: no third round trip.
      const results = await c.var.db.batch([
        ...saveQuestionsStatements(
          c.var.db,
          { organisationId, eventId: event.id },
          existing,
          c.req.valid("json").questions,
        ),
        auditStatement(c.var.db, {
          organisationId,
          userId: c.var.user.userId,
          action: "event.questions_updated",
          targetType: "event",
          targetId: event.id,
          now: Date.now(),
        }),
        selectQuestions(c.var.db, event.id),
      ]);
      return c.json<QuestionsResponse, 200>(
        { questions: parseQuestions(results.at(-1)!.results) },
        200,
      );
    },
  );
