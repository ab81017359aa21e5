import { describe, expect, it } from "vitest";
import { allowedOrigin, createEvent, createOrganisation, request } from "../helpers.js";
import { createSeason } from "../mentoring/mentoring-helpers.js";

/** The CSP source for an inline text, worked out here rather than by the code under test. */
async function hashSource(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}

function directive(response: Response, name: string): string[] {
  const policy = response.headers.get("Content-Security-Policy") ?? "";
  const found = policy.split(";").find((part) => part.trim().startsWith(`${name} `)) ?? "";
  return found.trim().split(/\s+/).slice(1);
}

const styleOf = (html: string) => /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? "";
const inlineScriptOf = (html: string) => /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";

describe("iframe embed pages", () => {
  it("may be framed by exactly the organisation's allowed websites and Hearth itself", async () => {
    const organisation = await createOrganisation({
      allowedOrigins: ["https://city.example", "https://ngo.example.org"],
    });
    const response = await request(`/embed/${organisation.slug}/events`);
    expect(response.status).toBe(200);
    expect(directive(response, "frame-ancestors")).toEqual([
      "'self'",
      "https://city.example",
      "https://ngo.example.org",
    ]);
    expect(response.headers.get("X-Frame-Options")).toBeNull();
    const html = await response.text();
    expect(html).toContain(`<hearth-events org="${organisation.slug}"></hearth-events>`);
    expect(html).toContain('<script type="module" src="/embed.js"></script>');
  });

  it("allows its one style and one inline script by their hashes, nothing inline besides", async () => {
    const organisation = await createOrganisation();
    const response = await request(`/embed/${organisation.slug}/events?color-primary=%23aa0000`);
    const html = await response.text();
    expect(directive(response, "style-src")).toEqual(["'self'", await hashSource(styleOf(html))]);
    expect(directive(response, "script-src")).toEqual([
      "'self'",
      await hashSource(inlineScriptOf(html)),
    ]);
    expect(directive(response, "default-src")).toEqual(["'none'"]);
    expect(response.headers.get("Content-Security-Policy")).not.toContain("unsafe-inline");
    expect(html).not.toMatch(/\sstyle=/);
  });

  it("frames only Hearth itself when the organisation allowed no website, and says so", async () => {
    const organisation = await createOrganisation({ allowedOrigins: [], name: "Quiet NGO" });
    const response = await request(`/embed/${organisation.slug}/events`);
    expect(directive(response, "frame-ancestors")).toEqual(["'self'"]);
    expect(await response.text()).toContain(
      "Quiet NGO shows it on its own websites, but has not added one yet.",
    );
  });

  it("explains itself when opened directly: the websites to go to and how organisers add one", async () => {
    const organisation = await createOrganisation({ name: "Test City" });
    const html = await (await request(`/embed/${organisation.slug}/events`)).text();
    expect(html).toContain(
      '<h1 id="direct-heading">This page is made to be shown on a website</h1>',
    );
    expect(html).toContain(`<a href="${allowedOrigin}" target="_self" dir="ltr">city.example</a>`);
    expect(html).toContain(`/signup/?org=${organisation.slug}`);
    expect(html).toContain("add the website in the Hearth dashboard, under Settings.");
    expect(html).toContain('href="http://localhost/admin/"');
    // The page opens on the explanation; only the inline script shows the widget, in a frame.
    expect(html).toContain(".widget{display:none}");
    expect(inlineScriptOf(html)).toContain("window.top === window.self");
  });

  it("answers an unknown organisation, or an id that cannot be one, with a 404 page", async () => {
    for (const path of ["/embed/nobody-here/events", "/embed/no%20such/events", "/embed/x"]) {
      const response = await request(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get("Content-Type")).toMatch(/^text\/html/);
      expect(await response.text()).toContain("We could not find this page");
    }
  });

  it("opens one event on its sign-up form, and refuses drafts, other organisations' and wrong kinds", async () => {
    const organisation = await createOrganisation();
    const other = await createOrganisation();
    const event = await createEvent(organisation.id);
    const draft = await createEvent(organisation.id, { status: "draft" });
    const elsewhere = await createEvent(other.id);
    const festival = await createEvent(organisation.id, { kind: "festival" });

    const page = await request(`/embed/${organisation.slug}/events/${event.id}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`<hearth-signup org="${organisation.slug}" event="${event.id}">`);
    expect(html).toContain("<title>Language café</title>");

    for (const id of [draft.id, elsewhere.id, "evt_missing"]) {
      expect((await request(`/embed/${organisation.slug}/events/${id}`)).status, id).toBe(404);
    }
    expect((await request(`/embed/${organisation.slug}/festival/${event.id}`)).status).toBe(404);
    const festivalPage = await request(`/embed/${organisation.slug}/festival/${festival.id}`);
    expect(await festivalPage.text()).toContain(`festival="${festival.id}"`);
  });

  it("serves every other widget with its attributes", async () => {
    const organisation = await createOrganisation();
    const festival = await createEvent(organisation.id, { kind: "festival" });
    const slug = organisation.slug;
    const expected: Record<string, string> = {
      [`/embed/${slug}/visits?region=Harju`]: `<hearth-visits org="${slug}" region="Harju">`,
      [`/embed/${slug}/cook/${festival.id}`]: `<hearth-cook-apply org="${slug}" festival="${festival.id}">`,
      [`/embed/${slug}/volunteer`]: `<hearth-volunteer org="${slug}">`,
      [`/embed/${slug}/volunteer/${festival.id}`]: `<hearth-volunteer org="${slug}" event="${festival.id}">`,
      [`/embed/${slug}/events?kind=course&region=Tartu`]: `<hearth-events org="${slug}" kind="course" region="Tartu">`,
      [`/embed/${slug}/events?kind=party`]: `<hearth-events org="${slug}">`,
    };
    for (const [path, element] of Object.entries(expected)) {
      const response = await request(path);
      expect(response.status, path).toBe(200);
      expect(await response.text(), path).toContain(element);
    }
  });

  it("serves a mentoring season's intake, for one role when the address asks, and only the organisation's seasons", async () => {
    const { organisation, season } = await createSeason();
    const other = await createSeason();
    const slug = organisation.slug;
    const page = await request(`/embed/${slug}/mentoring/${season.id}?as=learner&lang=uk`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(
      `<hearth-mentoring org="${slug}" season="${season.id}" as="learner" lang="uk">`,
    );
    expect(html).toMatch(/<title>.+: реєстрація \(.+\)<\/title>/);
    // An unknown role is left out (the widget then asks), as every filter is.
    const anyRole = await (await request(`/embed/${slug}/mentoring/${season.id}?as=boss`)).text();
    expect(anyRole).toContain(`<hearth-mentoring org="${slug}" season="${season.id}">`);
    for (const path of [
      `/embed/${slug}/mentoring/${other.season.id}`,
      `/embed/${slug}/mentoring/mns_unknown`,
      `/embed/${slug}/mentoring/not%20an%20id`,
    ]) {
      expect((await request(path)).status, path).toBe(404);
    }
  });

  it("sets the theme from the organisation and the address, token by token", async () => {
    const organisation = await createOrganisation({
      theme: { "color-primary": "#123456", radius: "2px" },
    });
    const html = await (
      await request(
        `/embed/${organisation.slug}/events?color-primary=%230b57d0&font-family=%22Noto%20Sans%22%2C%20sans-serif&space=9px`,
      )
    ).text();
    expect(styleOf(html)).toContain(
      ':root{--hearth-color-primary:#0b57d0;--hearth-radius:2px;--hearth-font-family:"Noto Sans", sans-serif}',
    );
  });

  it("leaves out theme values that could escape their declaration, wherever they were aimed", async () => {
    const organisation = await createOrganisation({ theme: { "color-text": "#222222" } });
    const attempts = {
      "color-primary": "red;}</style><script>alert(1)</script>",
      "color-surface": "red/*",
      "color-border": "*/ red",
      "color-muted": "url(https://tracker.example/x.png)",
      "color-danger": '"unclosed',
      "color-success": "\\3c script",
      radius: "4px\n}",
      "color-text": "javascript:alert(1)<",
    };
    const query = new URLSearchParams(attempts).toString();
    const response = await request(`/embed/${organisation.slug}/events?${query}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(styleOf(html)).toContain(":root{--hearth-color-text:#222222}");
    for (const value of ["alert(1)", "red;}", "red/*", "*/ red", "tracker.example", "unclosed"]) {
      expect(html, value).not.toContain(value);
    }
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });

  it("passes the asked language to the widget and lays the page out right to left for it", async () => {
    const organisation = await createOrganisation();
    const html = await (await request(`/embed/${organisation.slug}/events?lang=ar`)).text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain(`<hearth-events org="${organisation.slug}" lang="ar">`);
    expect(html).toContain("هذه الصفحة مصممة لتظهر داخل موقع إلكتروني");
  });

  it("speaks the browser's language when the address names none, and ignores a malformed one", async () => {
    const organisation = await createOrganisation();
    const response = await request(`/embed/${organisation.slug}/events?lang=%3Cx%3E`, {
      headers: { "Accept-Language": "de-DE,de;q=0.9,en;q=0.5" },
    });
    const html = await response.text();
    expect(html).toContain('<html lang="de" dir="ltr">');
    expect(html).toContain(`<hearth-events org="${organisation.slug}">`);
    expect(html).not.toContain("<x>");
    expect(response.headers.get("Vary")).toContain("Accept-Language");
  });

  it("serves the host's height snippet, believing only Hearth's origin and bounded numbers", async () => {
    const response = await request("/embed/frame.js");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/^text\/javascript/);
    const script = await response.text();
    expect(script).toContain('const origin = "http://localhost";');
    expect(script).toContain('data.type !== "hearth:height"');
    expect(script).toContain('typeof height !== "number"');
    expect(script).toContain("height >= 80 && height <= 20000");
    expect(new TextEncoder().encode(script).length).toBeLessThan(1024);
  });
});
