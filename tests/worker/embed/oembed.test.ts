import { describe, expect, it } from "vitest";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import type { OembedResponse } from "../../../schema/contracts/oembed.js";
import { oembedDiscoveryLink } from "../../../worker/embed/oembed-markup.js";
import { createEvent, createOrganisation, request } from "../helpers.js";

const oembed = (url: string, extra = "") =>
  request(`/oembed?url=${encodeURIComponent(url)}${extra}`);

describe("oEmbed", () => {
  it("answers an event page with a rich iframe of its embed", async () => {
    const organisation = await createOrganisation({ name: "Test City" });
    const event = await createEvent(organisation.id);
    const response = await oembed(`http://localhost/${organisation.slug}/events/${event.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
    const body = await response.json<OembedResponse>();
    const src = `http://localhost/embed/${organisation.slug}/events/${event.id}`;
    expect(body).toEqual({
      version: "1.0",
      type: "rich",
      provider_name: "Hearth",
      provider_url: "http://localhost",
      title: "Language café",
      author_name: "Test City",
      html:
        `<iframe src="${src}" title="Language café" width="100%" height="640" ` +
        `style="border:0;max-width:100%" loading="lazy" allow="web-share; clipboard-write"></iframe>`,
      width: 640,
      height: 640,
      cache_age: 3600,
    });
  });

  it("keeps within maxwidth and maxheight, and carries the page's language to the frame", async () => {
    const organisation = await createOrganisation();
    const event = await createEvent(organisation.id);
    const response = await oembed(
      `http://localhost/${organisation.slug}/events/${event.id}?lang=es`,
      "&format=json&maxwidth=500&maxheight=400",
    );
    const body = await response.json<OembedResponse>();
    expect(body.title).toBe("Café de idiomas");
    expect(body.width).toBe(500);
    expect(body.height).toBe(400);
    expect(body.html).toContain('width="500" height="400"');
    expect(body.html).toContain(`/embed/${organisation.slug}/events/${event.id}?lang=es"`);
  });

  it("answers the short link and the events page", async () => {
    const organisation = await createOrganisation({ name: "Test City" });
    const event = await createEvent(organisation.id);
    // The short link's code is the id, or the id without its `evt_`.
    for (const code of [event.id, event.id.replace(/^evt_/, "")]) {
      const short = await (await oembed(`http://localhost/e/${code}`)).json<OembedResponse>();
      expect(short.html, code).toContain(
        `src="http://localhost/embed/${organisation.slug}/events/${event.id}"`,
      );
    }

    const list = await (
      await oembed(`http://localhost/${organisation.slug}/events?lang=ar`)
    ).json<OembedResponse>();
    // A Latin name in an Arabic sentence is isolated, so its letters keep their own order.
    expect(list.title).toBe("الفعاليات: \u2068Test City\u2069");
    expect(list.html).toContain(`src="http://localhost/embed/${organisation.slug}/events?lang=ar"`);
    expect(list.height).toBe(720);
  });

  it("answers 404 in the error envelope for an address that is not Hearth's or names nothing public", async () => {
    const organisation = await createOrganisation();
    const draft = await createEvent(organisation.id, { status: "draft" });
    const addresses = [
      `https://evil.example/${organisation.slug}/events`,
      `http://localhost/${organisation.slug}/events/${draft.id}`,
      `http://localhost/${organisation.slug}/events/evt_missing`,
      "http://localhost/nobody-here/events",
      "http://localhost/e/evt_missing",
      `http://localhost/${organisation.slug}/settings`,
      `http://localhost.evil.example/${organisation.slug}/events`,
    ];
    for (const address of addresses) {
      const response = await oembed(address);
      expect(response.status, address).toBe(404);
      const { error } = await response.json<ErrorEnvelope>();
      expect(error.code, address).toBe("not_found");
    }
  });

  it("answers 422 naming url when it is missing or not an address", async () => {
    for (const path of ["/oembed", "/oembed?url=not-an-address", "/oembed?url="]) {
      const response = await request(path);
      expect(response.status, path).toBe(422);
      const { error } = await response.json<ErrorEnvelope>();
      expect(error.code).toBe("validation_failed");
      expect(Object.keys(error.fieldCodes ?? {})).toEqual(["url"]);
    }
    const missing = await (await request("/oembed")).json<ErrorEnvelope>();
    expect(missing.error.fieldCodes?.url?.code).toBe("required");
    const bad = await request("/oembed?url=http%3A%2F%2Flocalhost%2Fx%2Fevents&maxwidth=wide");
    expect(bad.status).toBe(422);
    expect(Object.keys((await bad.json<ErrorEnvelope>()).error.fields ?? {})).toEqual(["maxwidth"]);
  });

  it("answers 501 for XML, which it does not write", async () => {
    const organisation = await createOrganisation();
    const response = await oembed(`http://localhost/${organisation.slug}/events`, "&format=xml");
    expect(response.status).toBe(501);
    expect((await response.json<ErrorEnvelope>()).error.code).toBe("not_implemented");
  });

  it("writes the discovery link for a page's head, escaped", () => {
    expect(oembedDiscoveryLink("https://hearth.example.org/demo-city/events/evt_1?lang=uk")).toBe(
      '<link rel="alternate" type="application/json+oembed" ' +
        'href="https://hearth.example.org/oembed?url=https%3A%2F%2Fhearth.example.org%2Fdemo-city%2Fevents%2Fevt_1%3Flang%3Duk&amp;format=json" ' +
        'title="Hearth">',
    );
    expect(oembedDiscoveryLink("https://h.example/a/events", 'Café "x" <y>')).toContain(
      'title="Café &quot;x&quot; &lt;y&gt;"',
    );
  });
});

describe("the events page", () => {
  it("shows the list on Hearth, advertises its oEmbed answer and is never framed", async () => {
    const organisation = await createOrganisation({ name: "Test City" });
    const response = await request(`/${organisation.slug}/events`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("<h1>Events: Test City</h1>");
    expect(html).toContain(`<hearth-events org="${organisation.slug}"></hearth-events>`);
    expect(html).toContain(
      oembedDiscoveryLink(`http://localhost/${organisation.slug}/events`, "Events: Test City"),
    );
    expect(html).toContain("<noscript><p>To see the events and sign up, turn on JavaScript");
    expect(response.headers.get("Content-Security-Policy")).toContain("frame-ancestors 'none'");
  });

  it("answers an unknown organisation with a 404 page", async () => {
    const response = await request("/nobody-here/events");
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("We could not find this page");
  });
});
