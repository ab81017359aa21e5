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
import { volunteerFirstScreenQuerySchema } from "../../schema/contracts/volunteers.js";
import { publicLanguages } from "../../i18n/languages.js";
import { negotiate } from "../../i18n/negotiate.js";
import type { PageWords } from "../event-pages/page-words.js";
import { loadPageWords, pageWords } from "../event-pages/page-words.js";
import { readEventDetail, unknownEvent } from "../events/read-event-detail.js";
import { readEventList } from "../events/read-event-list.js";
import type { AppEnv } from "../http/app-env.js";
import { organisationPreflight } from "../http/cors.js";
import { publicRead } from "../http/public-cache.js";
import { validate } from "../http/validate.js";
import { organisationSlug } from "../organisations/load-organisation.js";
import { readShifts } from "../volunteers/read-shifts.js";
import { renderCookFirstScreen } from "./cook-first-screen.js";
import { sendCookOnFirstScreen } from "./cook-first-screen-send.js";
import { renderEventDetailsFirstScreen } from "./event-details-first-screen.js";
import { renderEventsFirstScreen } from "./events-first-screen.js";
import { renderFestivalFirstScreen } from "./festival-first-screen.js";
import type { FirstScreenOptions, InnerFormOptions } from "./first-screen-parts.js";
import { renderSignupFirstScreen } from "./signup-first-screen.js";
import { sendOnFirstScreen } from "./signup-first-screen-send.js";
import { renderVisitDetailsFirstScreen } from "./visit-details-first-screen.js";
import { ways } from "../../schema/rules/visit-ways.js";
import { visitFormFirstScreens } from "./visit-form-first-screens.js";
import { wayPlacesOr404 } from "./visit-way-places.js";
import { renderVisitsFirstScreen } from "./visits-first-screen.js";
import { renderVolunteerFirstScreen } from "./volunteer-first-screen.js";
import { sendVolunteerOnFirstScreen } from "./volunteer-first-screen-send.js";

/*
 * The first screens of the widgets, each as its widget draws it, in HTML and in the reader's
 * language: embed.js shows one while the widget's code loads (see README, "Embedding"). Public
 * reads like the widgets' own, cached the same way; mounted before `eventRoutes`, whose
 * `/events/:eventId` would take `first-screen` for an id.
 */

/**
 * What `read` answers, drawn by `draw` in the reader's words: `lang` if Hearth speaks it, else
 * the organisation's language. The words load beside the read (once per isolate).
 */
async function drawn<T extends { defaultLocale: string }>(
  c: Context<AppEnv>,
  read: Promise<T>,
  lang: string | undefined,
  draw: (data: T, words: PageWords) => string,
) {
  const [data] = await Promise.all([read, loadPageWords()]);
  const locale = negotiate([lang, data.defaultLocale], publicLanguages).locale;
  const html = draw(data, pageWords(locale, { isolateNames: false }));
  return c.body(html, 200, { "Content-Type": "text/html; charset=utf-8" });
}

/** For a sign-up form drawn inside a first screen: the organisation, the language asked for. */
const innerForm = (
  c: Context<AppEnv>,
  lang: string | undefined,
  words: PageWords,
): InnerFormOptions => ({ org: organisationSlug(c), requested: lang ?? words.locale });

/** A list's first page (the events', the visits'), with its filters. */
const listFirstScreen = (
  c: Context<AppEnv>,
  query: v.InferOutput<typeof eventsFirstScreenQuerySchema>,
  render: (page: EventListResponse, options: FirstScreenOptions) => string,
) =>
  drawn(c, readEventList(c, query), query.lang, (page, words) =>
    render(page, {
      words,
      readerZone: query.tz,
      kind: query.kind ?? "",
      region: query.region ?? "",
    }),
  );

/**
 * An item opened on a list's first screen (an event's details, a visit's page), drawn from the
 * list's first page with the same filters; 404 when it is not on it (the widget opens it itself).
 */
const openedFirstScreen = (
  c: Context<AppEnv>,
  query: v.InferOutput<typeof eventsFirstScreenQuerySchema>,
  render: (
    page: EventListResponse,
    id: string,
    options: FirstScreenOptions & InnerFormOptions,
  ) => string | undefined,
) =>
  drawn(c, readEventList(c, query), query.lang, (page, words) => {
    const html = render(page, c.req.param("eventId") ?? "", {
      words,
      readerZone: query.tz,
      kind: query.kind ?? "",
      region: query.region ?? "",
      ...innerForm(c, query.lang, words),
    });
    if (html === undefined) throw unknownEvent();
    return html;
  });

/** One event's first screen (its sign-up form, a festival's details, a cook's first step). */
const eventFirstScreen = (
  c: Context<AppEnv>,
  { lang, tz = "UTC" }: { lang?: string | undefined; tz?: string | undefined },
  render: (
    detail: EventDetailResponse,
    options: { words: PageWords; readerZone: string },
  ) => string,
) =>
  drawn(c, readEventDetail(c, c.req.param("eventId") ?? "", lang), lang, (detail, words) =>
    render(detail, { words, readerZone: tz }),
  );

export const firstScreenRoutes = new Hono<AppEnv>()
  .get(
    "/events/first-screen",
    ...publicRead,
    validate("query", eventsFirstScreenQuerySchema),
    (c) => listFirstScreen(c, c.req.valid("query"), renderEventsFirstScreen),
  )
  .get(
    "/events/:eventId/details/first-screen",
    ...publicRead,
    validate("query", eventsFirstScreenQuerySchema),
    (c) => openedFirstScreen(c, c.req.valid("query"), renderEventDetailsFirstScreen),
  )
  .get(
    "/visits/first-screen",
    ...publicRead,
    validate("query", visitsFirstScreenQuerySchema),
    (c) => listFirstScreen(c, { ...c.req.valid("query"), kind: "visit" }, renderVisitsFirstScreen),
  )
  .get(
    "/visits/:eventId/details/first-screen",
    ...publicRead,
    validate("query", visitsFirstScreenQuerySchema),
    (c) =>
      openedFirstScreen(
        c,
        { ...c.req.valid("query"), kind: "visit" },
        renderVisitDetailsFirstScreen,
      ),
  )
  .get(
    "/events/:eventId/first-screen",
    ...publicRead,
    validate("query", signupFirstScreenQuerySchema),
    (c) => {
      const query = c.req.valid("query");
      return eventFirstScreen(c, query, (detail, options) =>
        renderSignupFirstScreen(detail, {
          ...options,
          header: query.header !== "0" && query.header !== "form",
          heading: query.header !== "0",
        }),
      );
    },
  )
  .options("/events/:eventId/first-screen", organisationPreflight("POST"))
  .post("/events/:eventId/first-screen", validate("query", signupFirstScreenQuerySchema), (c) =>
    sendOnFirstScreen(c, c.req.valid("query").lang),
  )
  .get(
    "/festivals/:eventId/first-screen",
    ...publicRead,
    validate("query", festivalFirstScreenQuerySchema),
    (c) => {
      const query = c.req.valid("query");
      return eventFirstScreen(c, query, (detail, options) =>
        renderFestivalFirstScreen(detail, {
          ...options,
          ...innerForm(c, query.lang, options.words),
        }),
      );
    },
  )
  .get(
    "/festivals/:eventId/applications/first-screen",
    ...publicRead,
    validate("query", eventDetailQuerySchema),
    (c) => eventFirstScreen(c, c.req.valid("query"), renderCookFirstScreen),
  )
  .options("/festivals/:eventId/applications/first-screen", organisationPreflight("POST"))
  .post(
    "/festivals/:eventId/applications/first-screen",
    validate("query", eventDetailQuerySchema),
    (c) => sendCookOnFirstScreen(c, c.req.valid("query").lang),
  )
  .options("/shifts/first-screen", organisationPreflight("POST"))
  .post("/shifts/first-screen", validate("query", volunteerFirstScreenQuerySchema), (c) =>
    sendVolunteerOnFirstScreen(c, c.req.valid("query")),
  )
  .get(
    "/shifts/first-screen",
    ...publicRead,
    validate("query", volunteerFirstScreenQuerySchema),
    (c) => {
      const query = c.req.valid("query");
      return drawn(c, readShifts(c, query), query.lang, (shifts, words) =>
        renderVolunteerFirstScreen(shifts, { words, readerZone: query.tz }),
      );
    },
  );

/**
 * A visit's three forms (`visit-form-first-screens.ts`), each drawn and sent on its own first
 * screen, at its way's `form`: 404 for an event without that way's places.
 */
for (const { audience, form } of ways) {
  const { draw, send } = visitFormFirstScreens[audience];
  const path = `/visits/:eventId/${form}/first-screen`;
  firstScreenRoutes
    .get(path, ...publicRead, validate("query", festivalFirstScreenQuerySchema), (c) =>
      eventFirstScreen(c, c.req.valid("query"), (detail, options) => {
        wayPlacesOr404(detail.event, audience);
        return draw(detail, options);
      }),
    )
    .options(path, organisationPreflight("POST"))
    .post(path, validate("query", festivalFirstScreenQuerySchema), (c) =>
      sendOnFirstScreen(c, c.req.valid("query").lang, send),
    );
}
