import { beforeAll, describe, expect, it } from "vitest";
import type { ApplicationView } from "../../../schema/contracts/festivals.js";
import { fromView } from "../../../schema/rules/cook-draft.js";
import { screens } from "../../../schema/rules/cook-steps.js";
import { publicLanguages } from "../../../i18n/languages.js";
import { loadPageWords, pageWords } from "../../../worker/event-pages/page-words.js";
import { renderCookScreen } from "../../../worker/embed/cook-step-screens.js";

/*
 * Every screen of a cook's application as the worker draws it (a step sent on the first
 * screens), in every public language: each says everything in words (no key, no placeholder
 * left), and the last one shows the cook's own answers.
 */

const view: ApplicationView = {
  id: "app_1",
  status: "draft",
  editable: true,
  festival: {
    id: "evt_fest",
    organisation: "demo",
    title: "Vao Köök",
    contentLocale: "et",
    startsAt: "2030-06-20T10:00:00.000Z",
    deadline: "2030-06-01T20:59:59.000Z",
    retentionDays: 30,
  },
  displayName: "Малика",
  email: "malika@example.org",
  phone: null,
  locale: "uk",
  cuisine: "Кухня Гірату",
  story: null,
  dishes: [
    {
      id: "dsh_1",
      name: "Болані",
      description: "",
      free: false,
      priceCents: 450,
      portions: 40,
      allergens: ["gluten"],
      allergensNone: false,
      dietLabels: ["halal"],
    },
  ],
  stallNeeds: { power: true, water: false, table: false, equipment: false, helper: false },
  hygiene: "done",
  hygieneExpiresOn: "2031-01-01",
  consentPublic: true,
  organiserMessage: null,
  stall: null,
  submittedAt: null,
  erased: false,
};

/** What a person reads: the text between the tags, and the words of every attribute they hear. */
const readable = (markup: string) =>
  [
    ...markup.replace(/<[^>]*>/g, " ").split(/\s{2,}/),
    ...[...markup.matchAll(/(?:aria-label|title|data-sending|data-stalled)="([^"]*)"/g)].map(
      (match) => match[1]!,
    ),
  ].join(" ");

beforeAll(() => loadPageWords());

describe("a cook's screens drawn by the worker", () => {
  for (const code of publicLanguages) {
    it(`say everything in words in ${code}`, () => {
      const words = pageWords(code, { isolateNames: false });
      for (const screen of screens) {
        const markup = renderCookScreen({
          screen,
          draft: fromView(view),
          view,
          session: { id: view.id, token: "secret" },
          manageUrl: "https://hearth.test/cook/?application=app_1#token=secret",
          retentionDays: 30,
          thenReview: false,
          words,
        });
        const text = readable(markup);
        expect(text, `${code} ${screen}`).not.toMatch(
          /\b(cook|allergen|diet|need|hygiene|error)[A-Z]\w*\b/,
        );
        expect(text, `${code} ${screen}`).not.toMatch(/\{\w+\}/);
        expect(markup).toContain(`<input type="hidden" name="screen" value="${screen}">`);
        if (screen === "review") {
          for (const answer of ["Малика", "Болані", "Кухня Гірату", "malika@example.org"]) {
            expect(markup, `${code} review`).toContain(answer);
          }
        }
      }
    });
  }
});
