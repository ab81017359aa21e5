import { describe, expect, it } from "vitest";
import enForm from "../../../i18n/public/en/form.json";
import enSignup from "../../../i18n/public/en/signup.json";
import { styleHash } from "../../../worker/http/security-headers.js";
import { pageStyle } from "../../../worker/event-pages/page-style.js";
import {
  createEvent,
  createOrganisation,
  createSlot,
  postSignUp,
  registrationsOf,
  signUpBody,
} from "../helpers.js";
import { getPage, oldToken, pageOrigin, postForm, select, selectOne } from "./page-helpers.js";

/** An organisation that allowed no website at all: only Hearth's own pages may send its sign-ups. */
async function pageOf(slot: Parameters<typeof createSlot>[1] = {}) {
  const organisation = await createOrganisation({
    locales: ["en", "ar", "uk"],
    allowedOrigins: [],
  });
  const event = await createEvent(organisation.id, {
    title: { en: "Language café", ar: "مقهى اللغة", uk: "Мовне кафе" },
  });
  const created = await createSlot(event, slot);
  return { organisation, event, slot: created, path: `/${organisation.slug}/events/${event.id}` };
}

/** The page's policy as a map of directive → sources. */
function policyOf(response: Response): Map<string, string[]> {
  const policy = response.headers.get("Content-Security-Policy") ?? "";
  return new Map(
    policy.split(";").map((directive) => {
      const [name = "", ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe("an event's page, enhanced by the widget when scripts run", () => {
  it("wraps its plain form in <hearth-signup> with the event, and loads the loader as a module", async () => {
    const { organisation, event, path } = await pageOf();
    const { html } = await getPage(`${path}?lang=en`);
    const widget = await selectOne(html, "hearth-signup");
    expect(widget.attributes).toEqual({
      org: organisation.slug,
      event: event.id,
      lang: "en",
      "no-header": "",
    });
    // The no-JS form is the element's own content, whole: it still posts to the page.
    expect(await select(html, "form")).toHaveLength(1);
    const form = await selectOne(html, "hearth-signup form");
    expect(form.attributes).toMatchObject({ method: "post", action: path });
    expect(await select(html, 'hearth-signup input[name="form"]')).toHaveLength(1);
    expect((await selectOne(html, "hearth-signup button[type=submit]")).text).toBe(
      enForm.messages.submit,
    );
    // The sign-up heading stays the page's, outside the widget (which is told to draw none).
    expect(await select(html, "hearth-signup h2")).toHaveLength(0);
    expect((await selectOne(html, "section > h2#signup-heading")).text).toBe(
      enSignup.messages.signupHeading,
    );
    // Deferred by nature (a module), from Hearth's own origin, in the head: it blocks no paint.
    const loaders = await select(html, "head script[src]");
    expect(loaders.map((script) => script.attributes)).toEqual([
      { type: "module", src: "/embed.js" },
    ]);
  });

  it("tells the widget the page's language: Arabic and Ukrainian", async () => {
    const { path } = await pageOf();
    for (const [lang, headers] of [
      ["ar", { "Accept-Language": "ar" }],
      ["uk", {}],
    ] as const) {
      const { html } = await getPage(lang === "uk" ? `${path}?lang=uk` : path, headers);
      expect((await selectOne(html, "html")).attributes.lang).toBe(lang);
      expect((await selectOne(html, "hearth-signup")).attributes.lang).toBe(lang);
    }
  });

  it("allows scripts and API calls from its own origin only, and still no style but its own", async () => {
    const { path } = await pageOf();
    const { response } = await getPage(`${path}?lang=en`);
    const policy = policyOf(response);
    expect(policy.get("default-src")).toEqual(["'none'"]);
    expect(policy.get("script-src")).toEqual(["'self'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    // The widget's styles are constructed style sheets, which style-src does not govern.
    expect(policy.get("style-src")).toEqual([await styleHash(pageStyle)]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect([...policy.keys()].sort()).toEqual(
      [
        "default-src",
        "style-src",
        "script-src",
        "connect-src",
        "form-action",
        "base-uri",
        "frame-ancestors",
      ].sort(),
    );
    // The widget's sign-up is a fetch from this page: its Origin must reach the worker.
    expect(response.headers.get("Referrer-Policy")).toBe("same-origin");
  });

  it("accepts the widget's sign-up from Hearth's own page, though the organisation allowed no website", async () => {
    const { organisation, event, slot } = await pageOf();
    const refused = await postSignUp(organisation.slug, event.id, signUpBody(slot.id), {
      origin: "https://elsewhere.example",
    });
    expect(refused.status).toBe(403);
    const response = await postSignUp(organisation.slug, event.id, signUpBody(slot.id), {
      origin: pageOrigin,
    });
    expect(response.status).toBe(201);
    expect(await registrationsOf(slot.id)).toHaveLength(1);
  });

  it("keeps a form sent back with answers and errors plain: no widget, no script", async () => {
    const { path, slot } = await pageOf();
    const response = await postForm(`${path}?lang=en`, {
      slotId: slot.id,
      adults: "1",
      children: "0",
      name: "",
      email: "amina@example.org",
      consent: "yes",
      website: "",
      form: await oldToken(),
    });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(await select(html, "form")).toHaveLength(1);
    expect(await select(html, "hearth-signup")).toHaveLength(0);
    expect(await select(html, "script[src]")).toHaveLength(0);
    expect(policyOf(response).has("script-src")).toBe(false);
    expect(policyOf(response).has("connect-src")).toBe(false);
  });

  it("has no widget and no script where there is no form", async () => {
    const { path } = await pageOf({ capacity: 3, taken: 3, waitlistCapacity: 0 });
    const { response, html } = await getPage(`${path}?lang=en`);
    expect(await select(html, "hearth-signup")).toHaveLength(0);
    expect(await select(html, "script[src]")).toHaveLength(0);
    expect(policyOf(response).has("script-src")).toBe(false);
  });
});
