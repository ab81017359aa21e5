import { describe, expect, it } from "vitest";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import { createEvent, createOrganisation, createSlot, request } from "../helpers.js";

const firstScreen = (slug: string, festivalId: string, query: string) =>
  request(`/api/v1/orgs/${slug}/festivals/${festivalId}/first-screen?${query}`, {
    headers: { Origin: "https://any.example" },
  });

describe("GET /api/v1/orgs/:org/festivals/:eventId/first-screen", () => {
  it("draws the festival's details in the reader's language, as the widget does", async () => {
    const organisation = await createOrganisation();
    const festival = await createEvent(organisation.id, {
      kind: "festival",
      title: { en: "Vao Kitchen", ar: "مطبخ فاو" },
      description: { en: "Cooks from many homes.\n\nPay what you like." },
    });
    await createSlot(festival);
    const response = await firstScreen(organisation.slug, festival.id, "lang=ar&tz=Europe/Tallinn");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toContain("public");
    const markup = await response.text();
    expect(markup).toMatch(/^<div part="base" class="base" lang="ar" dir="rtl" data-first-screen>/);
    expect(markup).toContain('<header part="details" class="details">');
    expect(markup).toContain('<h2 lang="ar" dir="rtl">مطبخ فاو</h2>');
    // Where, with the address; the description in paragraphs, marked with its own language.
    expect(markup).toContain("<bdi>Library, Main Street 1</bdi>");
    expect(markup).toContain(
      '<div class="description" lang="en" dir="ltr"> <p>Cooks from many homes.</p> <p>Pay what you like.</p> </div>',
    );
    expect(markup).toMatch(/<strong>[^<]+:<\/strong> <span lang="en" dir="ltr">Step-free<\/span>/);
    // Its free tickets: the sign-up form, whose own first screen embed.js shows inside.
    expect(markup).toContain(
      `<section part="tickets" class="tickets" aria-labelledby="tickets-title"><h3 id="tickets-title">احصل على تذكرة مجانية</h3> ` +
        `<hearth-signup org="${organisation.slug}" event="${festival.id}" lang="ar" exportparts="form, label, input, button, status, error"></hearth-signup></section></div>`,
    );
  });

  it("draws no tickets for a festival without attendee times", async () => {
    const organisation = await createOrganisation();
    const festival = await createEvent(organisation.id, { kind: "festival" });
    // Volunteers' shifts are not tickets.
    await createSlot(festival, { audience: "volunteer" });
    const markup = await (await firstScreen(organisation.slug, festival.id, "tz=UTC")).text();
    expect(markup).toContain('<header part="details"');
    expect(markup).not.toContain("tickets");
    expect(markup).not.toContain("hearth-signup");
  });

  it("writes organisers' texts as text, never as markup", async () => {
    const organisation = await createOrganisation();
    const festival = await createEvent(organisation.id, {
      kind: "festival",
      description: { en: `<script>alert(1)</script>` },
      venueName: `<img src=x onerror="alert(2)">`,
    });
    const markup = await (await firstScreen(organisation.slug, festival.id, "tz=UTC")).text();
    expect(markup).not.toContain("<script");
    expect(markup).not.toContain("<img");
  });

  it("refuses a bad time zone with 422, an unknown festival or organisation with 404", async () => {
    const organisation = await createOrganisation();
    const festival = await createEvent(organisation.id, { kind: "festival" });
    const bad = await firstScreen(organisation.slug, festival.id, "tz=Nowhere");
    expect(bad.status).toBe(422);
    expect(Object.keys((await bad.json<ErrorEnvelope>()).error.fields ?? {})).toEqual(["tz"]);
    expect((await firstScreen(organisation.slug, "evt_none", "tz=UTC")).status).toBe(404);
    expect((await firstScreen("nobody-here", festival.id, "tz=UTC")).status).toBe(404);
  });
});
