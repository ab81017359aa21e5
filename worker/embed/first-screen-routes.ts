import type { Context } from "hono";
import { Hono } from "hono";
import type * as v from "valibot";
import type { EventDetailResponse, EventListResponse } from "../../schema/contracts/events.js";
import {
  eventDetailQuerySchema,
  eventsFirstScreenQuerySchema,
  festivalFirstScreenQuerySchema,
  signupFirstScreenQuerySchema,
  visitsFirstScreenQuerySchema,
} from "../../schema/contracts/events.js";
import { publicLanguages } from "../../i18n/languages.js";
import { negotiate } from "../../i18n/negotiate.js";
import type { PageWords } from "../event-pages/page-words.js";
import { loadPageWords, pageWords } from "../event-pages/page-words.js";
import { readEventDetail } from "../events/read-event-detail.js";
import { readEventList } from "../events/read-event-list.js";
import type { AppEnv } from "../http/app-env.js";
import { publicRead } from "../http/public-cache.js";
import { validate } from "../http/validate.js";
import { renderCookFirstScreen } from "./cook-first-screen.js";
import { renderEventsFirstScreen } from "./events-first-screen.js";
import { renderFestivalFirstScreen } from "./festival-first-screen.js";
import type { FirstScreenOptions } from "./first-screen-parts.js";
import { renderSignupFirstScreen } from "./signup-first-screen.js";
import { renderVisitsFirstScreen } from "./visits-first-screen.js";
import { renderVolunteerFirstScreen } from "./volunteer-first-screen.js";
import { volunteerFirstScreenQuerySchema } from "../../schema/contracts/volunteers.js";
import { readShifts } from "../volunteers/read-shifts.js";

/**
 * A list's first page in the reader's language, as the list's widget draws it, in HTML: embed.js
 * shows it while the widget's code loads (see README, "Embedding"). Public reads like the lists'
 * own, cached the same way; mounted before `eventRoutes`, whose `/events/:eventId` would take
 * `first-screen` for an id.
 */
async function firstScreen(
  c: Context<AppEnv>,
  query: v.InferOutput<typeof eventsFirstScreenQuerySchema>,
  render: (page: EventListResponse, options: FirstScreenOptions) => string,
) {
  const [page] = await Promise.all([readEventList(c, query), loadPageWords()]);
  const locale = negotiate([query.lang, page.defaultLocale], publicLanguages).locale;
  const html = render(page, {
    words: pageWords(locale, { isolateNames: false }),
    readerZone: query.tz,
    kind: query.kind ?? "",
    region: query.region ?? "",
  });
  return c.body(html, 200, { "Content-Type": "text/html; charset=utf-8" });
}

/** One event's first screen (its sign-up form, a festival's details), drawn as `render` draws it. */
async function eventFirstScreen(
  c: Context<AppEnv>,
  eventId: string,
  { lang, tz = "UTC" }: { lang?: string | undefined; tz?: string | undefined },
  render: (
    detail: EventDetailResponse,
    options: { words: PageWords; readerZone: string },
  ) => string,
) {
  const [detail] = await Promise.all([readEventDetail(c, eventId, lang), loadPageWords()]);
  const locale = negotiate([lang, detail.defaultLocale], publicLanguages).locale;
  const html = render(detail, {
    words: pageWords(locale, { isolateNames: false }),
    readerZone: tz,
  });
  return c.body(html, 200, { "Content-Type": "text/html; charset=utf-8" });
}

export const firstScreenRoutes = new Hono<AppEnv>()
  .get(
    "/events/first-screen",
    ...publicRead,
    validate("query", eventsFirstScreenQuerySchema),
    (c) => firstScreen(c, c.req.valid("query"), renderEventsFirstScreen),
  )
  .get(
    "/visits/first-screen",
    ...publicRead,
    validate("query", visitsFirstScreenQuerySchema),
    (c) => firstScreen(c, { ...c.req.valid("query"), kind: "visit" }, renderVisitsFirstScreen),
  )
  .get(
    "/events/:eventId/first-screen",
    ...publicRead,
    validate("query", signupFirstScreenQuerySchema),
    (c) => {
      const query = c.req.valid("query");
      return eventFirstScreen(c, c.req.param("eventId"), query, (detail, options) =>
        renderSignupFirstScreen(detail, { ...options, heading: query.header !== "0" }),
      );
    },
  )
  .get(
    "/festivals/:eventId/first-screen",
    ...publicRead,
    validate("query", festivalFirstScreenQuerySchema),
    (c) =>
      eventFirstScreen(c, c.req.param("eventId"), c.req.valid("query"), renderFestivalFirstScreen),
  )
  .get(
    "/festivals/:eventId/applications/first-screen",
    ...publicRead,
    validate("query", eventDetailQuerySchema),
    (c) => eventFirstScreen(c, c.req.param("eventId"), c.req.valid("query"), renderCookFirstScreen),
  )
  .get(
    "/shifts/first-screen",
    ...publicRead,
    validate("query", volunteerFirstScreenQuerySchema),
    async (c) => {
      const query = c.req.valid("query");
      const [shifts] = await Promise.all([readShifts(c, query), loadPageWords()]);
      const locale = negotiate([query.lang, shifts.defaultLocale], publicLanguages).locale;
      const html = renderVolunteerFirstScreen(shifts, {
        words: pageWords(locale, { isolateNames: false }),
        readerZone: query.tz,
      });
      return c.body(html, 200, { "Content-Type": "text/html; charset=utf-8" });
    },
  );
