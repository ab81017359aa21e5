import { describe, expect, it } from "vitest";
import { encode } from "uqr";
import ar from "../../../i18n/public/ar/common.json";
import { createBookableSlot, createEvent } from "../helpers.js";
import { getPage, selectOne } from "./page-helpers.js";
import { request } from "../helpers.js";

/** The dark modules an SVG of ours draws, read back from its path of horizontal runs. */
function drawnModules(svg: string): Set<string> {
  const path = /<path[^>]* d="([^"]*)"/.exec(svg)?.[1] ?? "";
  const dark = new Set<string>();
  for (const [, x, y, width] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(width); i++) dark.add(`${Number(x) + i},${y}`);
  }
  return dark;
}

describe("an event's short link", () => {
  it("redirects from /e/<id without evt_> to the page, keeping the language", async () => {
    const { organisation, event } = await createBookableSlot();
    const code = event.id.replace(/^evt_/, "");
    const response = await request(`/e/${code}?lang=ar`, { redirect: "manual" });
    expect(response.status).toBe(301);
    expect(response.headers.get("Location")).toBe(
      `/${organisation.slug}/events/${event.id}?lang=ar`,
    );
    const whole = await request(`/e/${event.id}`, { redirect: "manual" });
    expect(whole.headers.get("Location")).toBe(`/${organisation.slug}/events/${event.id}`);
  });

  it("leads nowhere for a draft or an unknown code: a 404 page in the reader's language", async () => {
    const { organisation } = await createBookableSlot();
    const draft = await createEvent(organisation.id, { status: "draft" });
    for (const path of [`/e/${draft.id}`, "/e/nothing", "/e/bad%20code"]) {
      const { response, html } = await getPage(path, { "Accept-Language": "ar" });
      expect(response.status, path).toBe(404);
      expect((await selectOne(html, "h1")).text).toBe(ar.messages.errorNotFound);
    }
  });
});

describe("an event's QR code", () => {
  it("is an SVG of the short link, made in the worker", async () => {
    const { organisation, event } = await createBookableSlot();
    const response = await request(`/${organisation.slug}/events/${event.id}/qr.svg`);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("image/svg+xml");
    expect(response.headers.get("Content-Security-Policy")).toBe("default-src 'none'");
    const svg = await response.text();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="\d+"/);
    expect(svg.length).toBeLessThan(12_000);
    // Exactly the modules of the short link's QR code (error correction M, 4 modules of margin).
    const expected = encode(`http://localhost/e/${event.id.replace(/^evt_/, "")}`, {
      ecc: "M",
      border: 4,
    });
    const dark = new Set<string>();
    expected.data.forEach((row, y) =>
      row.forEach((on, x) => {
        if (on) dark.add(`${x},${y}`);
      }),
    );
    expect(drawnModules(svg)).toEqual(dark);
    expect(svg).toContain(`viewBox="0 0 ${expected.size} ${expected.size}"`);
  });

  it("is not there for a draft or another organisation's event", async () => {
    const { organisation } = await createBookableSlot();
    const other = await createBookableSlot();
    const draft = await createEvent(organisation.id, { status: "draft" });
    for (const path of [
      `/${organisation.slug}/events/${draft.id}/qr.svg`,
      `/${organisation.slug}/events/${other.event.id}/qr.svg`,
    ]) {
      expect((await request(path)).status, path).toBe(404);
    }
  });
});
