import { expect } from "@open-wc/testing";
import { renderBookingFirstScreen } from "../../../worker/embed/booking-first-screen.js";
import { renderCookFirstScreen } from "../../../worker/embed/cook-first-screen.js";
import type { CookScreen } from "../../../worker/embed/cook-screen-parts.js";
import { renderCookScreen } from "../../../worker/embed/cook-step-screens.js";
import { openBase } from "../../../worker/embed/first-screen-parts.js";
import { fromView } from "../../../schema/rules/cook-draft.js";
import { renderEventDetailsFirstScreen } from "../../../worker/embed/event-details-first-screen.js";
import { renderFestivalFirstScreen } from "../../../worker/embed/festival-first-screen.js";
import { renderSignupFirstScreen } from "../../../worker/embed/signup-first-screen.js";
import { renderVisitDetailsFirstScreen } from "../../../worker/embed/visit-details-first-screen.js";
import { renderVisitGroupFirstScreen } from "../../../worker/embed/visit-group-first-screen.js";
import {
  renderVisitHostFirstScreen,
  renderVisitInterpreterFirstScreen,
} from "../../../worker/embed/visit-helper-first-screens.js";
import { renderVolunteerFirstScreen } from "../../../worker/embed/volunteer-first-screen.js";
import { show as showBooking } from "../../../widgets/booking/first-screen-show.js";
import { show as showCook } from "../../../widgets/cook-apply/first-screen-show.js";
import { show as showEvents } from "../../../widgets/events/first-screen-show.js";
import { show as showFestival } from "../../../widgets/festival/first-screen-show.js";
import { show as showSignup } from "../../../widgets/signup/first-screen-show.js";
import { show as showVisits } from "../../../widgets/visits/first-screen-show.js";
import { show as showWayForm } from "../../../widgets/visits/way-form-first-screen-show.js";
import { show as showVolunteer } from "../../../widgets/volunteer/first-screen-show.js";
import type { StartedRead } from "../../../widgets/shared/api-request.js";
import {
  applicationFixture,
  dishViewFixture,
  eventFixture,
  festivalFixture,
  registrationFixture,
  shiftsFixture,
  signUpSitesFixture,
  visitFixture,
} from "../helpers/fixtures.js";
import { pageWordsFor } from "../helpers/page-words.js";

type Show = (element: Element, lang: string, reads: readonly StartedRead[]) => Promise<void>;
type Options = Parameters<typeof renderVolunteerFirstScreen>[1];

/** A later screen of a cook's application, as the worker answers a step sent on its first screen. */
function cookScreen(screen: CookScreen["screen"], options: Options): string {
  const view = applicationFixture({ dishes: [dishViewFixture()], hygiene: "done" });
  const session = { id: view.id, token: "secret" };
  const manageUrl = "https://hearth.test/cook/?application=app_1#token=secret";
  return (
    openBase(options.words) +
    renderCookScreen({
      screen,
      draft: fromView(view),
      view,
      session,
      manageUrl,
      retentionDays: 30,
      thenReview: false,
      words: options.words,
    }) +
    "</div>"
  );
}

const sites = signUpSitesFixture({ signupOrigins: [location.origin] });
const readerZone = "America/Lima";

/** Each first screen the worker draws for a form or a festival, and the widget's code that shows it. */
const screens: [string, Show, (options: Options) => string][] = [
  [
    "the sign-up form",
    showSignup,
    (options) =>
      renderSignupFirstScreen(
        { event: eventFixture(), defaultLocale: "en", ...sites },
        { ...options, header: true, heading: true },
      ),
  ],
  [
    "a festival's details",
    showFestival,
    (options) =>
      renderFestivalFirstScreen(
        { event: festivalFixture(), defaultLocale: "en", ...sites },
        { ...options, org: "demo", requested: options.words.locale },
      ),
  ],
  [
    "a new cook's first step",
    showCook,
    (options) =>
      renderCookFirstScreen({ event: festivalFixture(), defaultLocale: "en", ...sites }, options),
  ],
  ...(["contact", "dishes", "allergens", "hygiene", "review"] as const).map(
    (screen): [string, Show, (options: Options) => string] => [
      `a cook's ${screen} screen, sent on the first screens`,
      showCook,
      (options) => cookScreen(screen, options),
    ],
  ),
  [
    "the volunteer form",
    showVolunteer,
    (options) => renderVolunteerFirstScreen(shiftsFixture({ ...sites }), options),
  ],
  [
    "an event opened on the events list",
    showEvents,
    (options) =>
      renderEventDetailsFirstScreen(
        { events: [eventFixture()], nextCursor: null, defaultLocale: "en", ...sites },
        "evt_1",
        {
          ...options,
          kind: "",
          region: "",
          org: "demo",
          requested: options.words.locale,
        },
      )!,
  ],
  [
    "a visit opened on the visits list",
    showVisits,
    (options) =>
      renderVisitDetailsFirstScreen(
        { events: [visitFixture()], nextCursor: null, defaultLocale: "en", ...sites },
        "evt_visit_1",
        {
          ...options,
          kind: "visit",
          region: "",
          org: "demo",
          requested: options.words.locale,
        },
      )!,
  ],
  [
    "a visit's group form",
    showWayForm,
    (options) =>
      renderVisitGroupFirstScreen(
        { event: visitFixture(), defaultLocale: "en", ...sites },
        options,
      ),
  ],
  [
    "a visit's host form",
    showWayForm,
    (options) =>
      renderVisitHostFirstScreen({ event: visitFixture(), defaultLocale: "en", ...sites }, options),
  ],
  [
    "a visit's interpreter form",
    showWayForm,
    (options) =>
      renderVisitInterpreterFirstScreen(
        { event: visitFixture(), defaultLocale: "en", ...sites },
        options,
      ),
  ],
  [
    "a person's manage page",
    showBooking,
    (options) =>
      renderBookingFirstScreen({
        view: registrationFixture({ locale: options.words.locale }),
        ...options,
      }),
  ],
];

for (const lang of ["en", "ar"] as const) {
  describe(`the worker's first screens, shown by embed.js, in ${lang}`, () => {
    let element: HTMLElement;
    beforeEach(() => {
      element = document.createElement("hearth-first-screen-test");
      document.body.append(element);
    });
    afterEach(() => element.remove());

    for (const [name, show, draw] of screens) {
      it(`${name}: accessible, in the reader's direction, nothing wider than a 320 px phone`, async () => {
        const markup = draw({ words: pageWordsFor(lang), readerZone });
        await show(element, lang, [
          {
            url: `https://hearth.test/api/v1/orgs/demo/first-screen?lang=${lang}`,
            fresh: false,
            response: Promise.resolve(new Response(markup)),
          },
        ]);
        const base = element.shadowRoot?.querySelector<HTMLElement>("[data-first-screen]");
        expect(base?.dir).to.equal(lang === "ar" ? "rtl" : "ltr");
        element.style.inlineSize = "320px";
        element.style.display = "block";
        expect(base!.scrollWidth).to.be.at.most(320);
        await expect(element).to.be.accessible();
      });
    }
  });
}
