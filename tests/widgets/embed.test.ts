import { expect, waitUntil } from "@open-wc/testing";
import { FetchStub, ok } from "./helpers/fetch-stub.js";

/** Scripts the page has fetched so far whose path is under `widgets/`. */
const widgetScripts = () =>
  performance
    .getEntriesByType("resource")
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.includes("/widgets/"));

describe("embed.js", () => {
  it("loads a widget's code when its tag appears in the page", async () => {
    expect(customElements.get("hearth-booking")).to.equal(undefined);
    await import("../../widgets/embed.js");
    const element = document.createElement("hearth-booking");
    element.setAttribute("token", "");
    document.body.append(element);
    await waitUntil(() => customElements.get("hearth-booking"), "hearth-booking defined", {
      timeout: 4000,
    });
    element.remove();
  });

  it("loads a widget whose tag arrives inside other markup", async () => {
    expect(customElements.get("hearth-festival")).to.equal(undefined);
    await import("../../widgets/embed.js");
    const section = document.createElement("section");
    section.innerHTML = `<div><hearth-festival org="demo" event="evt_1"></hearth-festival></div>`;
    document.body.append(section);
    await waitUntil(() => customElements.get("hearth-festival"), "hearth-festival defined", {
      timeout: 4000,
    });
    section.remove();
  });

  it("starts a widget's first read and fetches its strings in the reader's language with its code", async () => {
    const stub = new FetchStub()
      .on("GET", /\/orgs\/demo\/events$/, ok({ events: [], nextCursor: null }))
      .install();
    try {
      await import("../../widgets/embed.js");
      const element = document.createElement("hearth-events");
      element.setAttribute("org", "demo");
      element.setAttribute("kind", "course");
      element.setAttribute("lang", "uk-UA");
      document.body.append(element);
      await waitUntil(() => customElements.get("hearth-events"), "hearth-events defined", {
        timeout: 4000,
      });
      const read = stub.calls.find((call) => call.url.pathname === "/api/v1/orgs/demo/events");
      expect(read?.url.searchParams.get("kind")).to.equal("course");
      expect(read?.url.searchParams.get("lang")).to.equal("uk-UA");
      const preloads = [
        ...document.head.querySelectorAll<HTMLLinkElement>("link[rel=modulepreload]"),
      ];
      expect(preloads.some((link) => /\/events\/uk\.js$/.test(link.href))).to.equal(true);
      // The widget takes the started answer instead of asking again.
      await waitUntil(() => element.shadowRoot?.querySelector('[part="empty"]'), "events shown", {
        timeout: 4000,
      });
      expect(stub.calls.filter((call) => call.url.pathname.endsWith("/events"))).to.have.length(1);
      element.remove();
    } finally {
      stub.restore();
    }
  });

  it("fetches no code for a tag it does not know", async () => {
    await import("../../widgets/embed.js");
    const before = widgetScripts().length;
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      document.body.append(document.createElement("hearth-unknown"));
      // Give a (wrong) dynamic import time to start.
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      console.error = original;
    }
    expect(widgetScripts().length).to.equal(before);
    expect(errors).to.deep.equal([]);
    expect(customElements.get("hearth-unknown")).to.equal(undefined);
  });
});
