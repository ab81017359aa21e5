import { Hono } from "hono";
import type {
  ApplicationResponse,
  MenuDish,
  MenuResponse,
} from "../../schema/contracts/festivals.js";
import {
  allergens,
  applicationInputSchema,
  dietLabels,
  menuQuerySchema,
} from "../../schema/contracts/festivals.js";
import { resolveText } from "../../i18n/content.js";
import { applicationsOpen, assertConsistentDishes } from "./application-rules.js";
import { toApplicationView } from "./application-view.js";
import { insertApplicationStatements } from "./save-application.js";
import type { AppEnv } from "../http/app-env.js";
import { readStallPlan } from "./festival-admin-queries.js";
import { organisationPreflight, organisationWriteOrigin } from "../http/cors.js";
import { ApiError, problem } from "../http/errors.js";
import { limitBody, requireJson } from "../http/json-body.js";
import {
  loadOrganisation,
  organisationSlug,
  unknownOrganisation,
} from "../organisations/load-organisation.js";
import { rateLimit } from "../http/rate-limit.js";
import { validate } from "../http/validate.js";
import { newId } from "../lib/crypto.js";
import { deriveManageToken, hashManageToken } from "../registrations/manage-token.js";
import { applicationManageUrl } from "../notifications/compose.js";
import {
  findApplication,
  findApplicationByKey,
  findFestival,
  listApplications,
} from "./application-queries.js";
import { readIdempotentRequest, storedOrRefuse } from "../http/idempotency.js";
import { findOrganisationBySlug } from "../organisations/organisation-queries.js";
import { publicRead } from "../http/public-cache.js";
import { idParam } from "../http/id-param.js";

const unknownFestival = () => new ApiError(404, "not_found", "We could not find this festival.");

/** Comma-separated values from a query string, keeping only those in `allowed`. */
function listFrom<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  field: string,
): T[] {
  if (!value) return [];
  const items = value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
  const unknown = items.filter((item) => !(allowed as readonly string[]).includes(item));
  if (unknown.length > 0) {
    throw new ApiError(422, "validation_failed", "Some filters are not known.", {
      [field]: problem("invalid_choice", `Use values from the list: ${allowed.join(", ")}.`),
    });
  }
  return items as T[];
}

/** Food festivals in public: cooks apply; everyone reads the menu of approved cooks. */
export const festivalRoutes = new Hono<AppEnv>()
  .options("/festivals/:eventId/applications", organisationPreflight("POST"))
  .post(
    "/festivals/:eventId/applications",
    loadOrganisation,
    organisationWriteOrigin,
    requireJson,
    limitBody,
    validate("json", applicationInputSchema),
    rateLimit("APPLICATION_RATE_LIMIT"),
    async (c) => {
      const festival = await findFestival(
        c.var.db,
        c.var.organisation.id,
        idParam(c, "eventId", "We could not find this festival."),
      );
      if (!festival) throw unknownFestival();
      const now = Date.now();
      const input = c.req.valid("json");
      // A key is kept when one is sent (the widgets and first screens always send one): the same
      // answers with the same key get the application they started back, never a second one.
      const idempotent = c.req.header("Idempotency-Key")
        ? await readIdempotentRequest(c, input)
        : null;
      const respond = async (id: string, status: 200 | 201) => {
        const token = await deriveManageToken(c.env.MANAGE_TOKEN_SECRET, id);
        const application = (await findApplication(c.var.db, id))!;
        return c.json<ApplicationResponse, 200 | 201>(
          {
            application: toApplicationView(application, now),
            manageUrl: applicationManageUrl(new URL(c.req.url).origin, id, token),
          },
          status,
        );
      };
      /** A retry whose first try was saved gets that application; anything else, `refusal`. */
      const replayOr = async (refusal: unknown) => {
        if (!idempotent) throw refusal;
        const stored = await findApplicationByKey(c.var.db, festival.id, idempotent.keyHash);
        return respond(storedOrRefuse(stored, idempotent, refusal).id, 200);
      };
      if (!applicationsOpen(festival, now)) {
        return replayOr(
          new ApiError(409, "signup_closed", "Applications to cook at this festival have closed."),
        );
      }
      assertConsistentDishes(input);
      const id = newId("app");
      const token = await deriveManageToken(c.env.MANAGE_TOKEN_SECRET, id);
      try {
        await c.var.db.batch(
          insertApplicationStatements(
            c.var.db,
            {
              id,
              organisationId: c.var.organisation.id,
              eventId: festival.id,
              manageTokenHash: await hashManageToken(token),
              idempotent,
              now,
            },
            input,
          ),
        );
      } catch (error) {
        // The key's UNIQUE index: this key started an application already.
        return replayOr(error);
      }
      return respond(id, 201);
    },
  )
  .get("/festivals/:eventId/menu", ...publicRead, validate("query", menuQuerySchema), async (c) => {
    const organisation = await findOrganisationBySlug(c.var.db, organisationSlug(c));
    if (!organisation) throw unknownOrganisation();
    const festival = await findFestival(
      c.var.db,
      organisation.id,
      idParam(c, "eventId", "We could not find this festival."),
    );
    if (!festival) throw unknownFestival();
    const query = c.req.valid("query");
    const wantedLabels = listFrom(query.diet, dietLabels, "diet");
    const excluded = listFrom(query.without, allergens, "without");
    const locale = query.lang ?? organisation.defaultLocale;
    const [cooks, stallRows] = await Promise.all([
      listApplications(c.var.db, festival.id, "approved"),
      readStallPlan(c.var.db, festival.id),
    ]);
    // A cook who erased their data leaves the menu with their dishes, which were their words.
    const dishes: MenuDish[] = cooks
      .filter((cook) => cook.erasedAt === null)
      .flatMap((cook) =>
        cook.dishes
          .filter((dish) => wantedLabels.every((label) => dish.dietLabels.includes(label)))
          .filter((dish) => excluded.every((allergen) => !dish.allergens.includes(allergen)))
          .map((dish) => {
            // A dish the cook wrote in Dari reads in the organisation's language before in Dari.
            const name = resolveText(dish.name, locale, organisation.defaultLocale, cook.locale);
            const description = resolveText(
              dish.description,
              locale,
              organisation.defaultLocale,
              cook.locale,
            );
            return {
              id: dish.id,
              name: name.text,
              description: description.text,
              contentLocale: name.lang,
              descriptionLocale: description.lang,
              free: dish.free,
              priceCents: dish.priceCents,
              allergens: dish.allergens as MenuDish["allergens"],
              allergensNone: dish.allergensNone,
              dietLabels: dish.dietLabels as MenuDish["dietLabels"],
              // Names and stories are shown only with the cook's consent.
              cook: cook.consentPublic
                ? { displayName: cook.displayName, story: cook.story, cuisine: cook.cuisine }
                : null,
              stall: cook.stallName,
            };
          }),
      );
    return c.json<MenuResponse, 200>(
      {
        stalls: stallRows.map((stall) => ({
          id: stall.id,
          name: stall.name,
          power: stall.power === 1,
          water: stall.water === 1,
          covered: stall.covered === 1,
          planX: stall.planX,
          planY: stall.planY,
          cook: stall.consentPublic ? stall.cook : null,
        })),
        dishes,
      },
      200,
    );
  });
