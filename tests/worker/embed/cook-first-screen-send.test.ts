import { describe, expect, it } from "vitest";
import type { CookOutcome } from "../../../schema/contracts/first-screen-outcome.js";
import type { ApplicationResponse } from "../../../schema/contracts/festivals.js";
import { createEvent, createOrganisation, request, sendFirstScreenForm } from "../helpers.js";
import { outcomeOf } from "./first-screen-answers.js";

/*
 * A cook's application sent step by step on the worker's first screens
 * (`POST …/festivals/:eventId/applications/first-screen`), as the show code posts each step.
 */

async function festival() {
  const organisation = await createOrganisation({ retentionDays: 45 });
  const event = await createEvent(organisation.id, {
    kind: "festival",
    startsAt: Date.now() + 30 * 86_400_000,
  });
  const path = `/api/v1/orgs/${organisation.slug}/festivals/${event.id}/applications/first-screen?lang=uk`;
  return { organisation, event, path };
}

type Fields = Record<string, string | null>;

/** Posts a step; the answer's status, markup and outcome (for a saved step). */
async function send(path: string, fields: Fields, key?: string) {
  const response = await sendFirstScreenForm(path, fields, key);
  const markup = await response.text();
  return { status: response.status, markup, outcome: outcomeOf(markup) };
}

const on = (outcome: CookOutcome, screen: string, fields: Fields = {}): Fields => ({
  screen,
  application: outcome.session.id,
  token: outcome.session.token,
  ...fields,
});

async function saved(outcome: CookOutcome) {
  const response = await request(`/api/v1/applications/${outcome.session.id}`, {
    headers: { Authorization: `Bearer ${outcome.session.token}` },
  });
  return (await response.json<ApplicationResponse>()).application;
}

describe("POST …/festivals/:eventId/applications/first-screen", () => {
  it("saves every step, answers with the next screen in the cook's language, and sends it", async () => {
    const { path } = await festival();
    const first = await send(path, { screen: "name", displayName: "Оксана", consent: "on" });
    expect(first.status).toBe(201);
    expect(first.markup).toMatch(
      /^<div data-outcome="[^"]*" data-replaces data-focus=".step-title">/,
    );
    const created = first.outcome as CookOutcome;
    expect(created.screen).toBe("contact");
    expect(created.application.displayName).toBe("Оксана");
    expect(created.manageUrl).toContain(`token=${created.session.token}`);
    // The contact step, with the link to come back and what the next post carries.
    expect(first.markup).toContain('class="keep-link panel"');
    expect(first.markup).toContain("Крок 2 з 9");
    expect(first.markup).toContain(
      `<input type="hidden" name="application" value="${created.session.id}">`,
    );

    let outcome = created;
    const step = async (screen: string, fields: Fields, next: string) => {
      const answer = await send(path, on(outcome, screen, fields));
      expect(answer.status, answer.markup).toBe(200);
      outcome = answer.outcome as CookOutcome;
      expect(outcome.screen).toBe(next);
      return answer.markup;
    };
    await step("contact", { phone: "+372 5555 1234", email: "" }, "cuisine");
    await step("cuisine", { cuisine: "Українська" }, "dishes");
    // A dish is added, then filled in; the step stays until Next.
    const added = await step("dishes", { go: "add-dish" }, "dishes");
    expect(added).toContain('id="dish-0-name" name="dish-0-name"');
    expect(added).toContain('data-focus="#dish-0-name"');
    const dish = { "dish-0-name": "Борщ", "dish-0-description": "", "dish-0-price": "4,50" };
    await step("dishes", { ...dish, "dish-0-portions": "40" }, "allergens");
    await step("allergens", { "dish-0-allergens-celery": "on" }, "diet");
    await step("diet", { "dish-0-diet-halal": "on" }, "needs");
    await step("needs", { "need-power": "on", "need-water": "on" }, "hygiene");
    await step("hygiene", { hygiene: "planned", hygieneExpiresOn: "" }, "public");
    const review = await step("public", { consentPublic: "on", story: "" }, "review");
    expect(review).toContain("Борщ");
    expect(review).toContain('name="go" value="send"');

    const application = await saved(outcome);
    expect(application).toMatchObject({
      status: "draft",
      phone: "+372 5555 1234",
      cuisine: "Українська",
      stallNeeds: { power: true, water: true, table: false },
      hygiene: "planned",
      consentPublic: true,
    });
    expect(application.dishes).toMatchObject([
      { name: "Борщ", priceCents: 450, portions: 40, allergens: ["celery"], dietLabels: ["halal"] },
    ]);

    const sent = await send(path, on(outcome, "review", { go: "send" }));
    expect(sent.status).toBe(200);
    expect(sent.markup).toContain('data-focus=".application-status h3"');
    expect(sent.markup).toContain("application-status submitted");
    expect((await saved(sent.outcome as CookOutcome)).status).toBe("submitted");
  });

  it("goes Back keeping what can be kept, Changes a step, and a changed step goes back to the list", async () => {
    const { path } = await festival();
    const created = (await send(path, { screen: "name", displayName: "Amal", consent: "on" }))
      .outcome as CookOutcome;
    const back = await send(path, on(created, "contact", { go: "back", phone: "+372 5000 0000" }));
    expect((back.outcome as CookOutcome).screen).toBe("name");
    expect((await saved(created)).phone).toBe("+372 5000 0000");
    // What cannot be saved is left behind, and the cook goes back all the same.
    const dish = { "dish-0-name": "Mansaf", "dish-0-price": "cheap" };
    const leftBehind = await send(path, on(created, "dishes", { go: "back", ...dish }));
    expect(leftBehind.status).toBe(200);
    expect((leftBehind.outcome as CookOutcome).screen).toBe("cuisine");
    expect((await saved(created)).dishes).toHaveLength(0);
    const change = await send(path, on(created, "review", { go: "change-cuisine" }));
    expect((change.outcome as CookOutcome).screen).toBe("cuisine");
    expect(change.markup).toContain('<input type="hidden" name="then" value="review">');
    const changed = await send(path, on(created, "cuisine", { cuisine: "Syrian", then: "review" }));
    expect((changed.outcome as CookOutcome).screen).toBe("review");
    expect((await saved(created)).cuisine).toBe("Syrian");
  });

  it("refuses what needs fixing beside its field, in the cook's language, and saves nothing", async () => {
    const { path } = await festival();
    const noConsent = await send(path, { screen: "name", displayName: "Amal" });
    expect(noConsent.status).toBe(422);
    expect(noConsent.markup).toMatch(/data-for="consent"/);
    const noName = await send(path, { screen: "name", displayName: "", consent: "on" });
    expect(noName.status).toBe(422);
    expect(noName.markup).toContain('data-for="displayName"');

    const created = (await send(path, { screen: "name", displayName: "Amal", consent: "on" }))
      .outcome as CookOutcome;
    const badPrice = await send(
      path,
      on(created, "dishes", { "dish-0-name": "Mansaf", "dish-0-price": "cheap" }),
    );
    expect(badPrice.status).toBe(422);
    expect(badPrice.markup).toContain('data-for="dish-0-price"');
    expect((await saved(created)).dishes).toHaveLength(0);

    // Sending before every step is answered: which step to go back to.
    const early = await send(path, on(created, "review", { go: "send" }));
    expect(early.status).toBe(422);
    expect(early.markup).toContain("2 з 9");
    expect((await saved(created)).status).toBe("draft");
  });

  it("answers a first step sent again after a lost answer with the same application", async () => {
    const { path } = await festival();
    const fields = { screen: "name", displayName: "Amal", consent: "on" };
    const key = crypto.randomUUID();
    const first = await send(path, fields, key);
    const again = await send(path, fields, key);
    expect([first.status, again.status]).toEqual([201, 200]);
    const [one, two] = [first.outcome, again.outcome] as CookOutcome[];
    expect(two!.session).toEqual(one!.session);
    expect(again.markup).toContain(`name="application" value="${one!.session.id}"`);
  });

  it("refuses a wrong link, a form without its screen, and a body that is not a form", async () => {
    const { path } = await festival();
    const created = (await send(path, { screen: "name", displayName: "Amal", consent: "on" }))
      .outcome as CookOutcome;
    const wrong = await send(path, { ...on(created, "contact"), token: "x".repeat(43) });
    expect(wrong.status).toBe(404);
    expect(wrong.markup).toContain("посилання");
    expect((await send(path, { displayName: "Amal" })).status).toBe(422);
    expect((await send(path, { screen: "contact", phone: "1" })).status).toBe(422);
    const json = await request(path, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{}",
    });
    expect(json.status).toBe(415);
  });
});
