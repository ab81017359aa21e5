import { expect, waitUntil } from "@open-wc/testing";
import { FetchStub, ok } from "./helpers/fetch-stub.js";
import { cataloguePage } from "./events/network-fixtures.js";

describe("embed.js with a network's catalogue", () => {
  it("starts the network's first read with the widget's code, and the widget takes it", async () => {
    const stub = new FetchStub()
      .on("GET", /\/networks\/demo-region\/events$/, ok(cataloguePage()))
      .install();
    // The loader's reads carry no abort signal; the widget's own do.
    const fromLoader: boolean[] = [];
    const stubbed = window.fetch;
    window.fetch = (input, init) => {
      fromLoader.push(!init?.signal);
      return stubbed(input, init);
    };
    try {
      await import("../../widgets/embed.js");
      const element = document.createElement("hearth-events");
      element.setAttribute("network", "demo-region");
      element.setAttribute("organiser", "welcome-bridge");
      element.setAttribute("lang", "uk");
      document.body.append(element);
      await waitUntil(() => customElements.get("hearth-events"), "hearth-events defined", {
        timeout: 4000,
      });
      const reads = () =>
        stub.calls.filter((call) => call.url.pathname === "/api/v1/networks/demo-region/events");
      expect(Object.fromEntries(reads()[0]!.url.searchParams)).to.deep.equal({
        organiser: "welcome-bridge",
        lang: "uk",
      });
      expect(stub.calls.some((call) => call.url.pathname.includes("/orgs/"))).to.equal(false);
      await waitUntil(() => element.shadowRoot?.querySelector('[part="list"]'), "events shown", {
        timeout: 4000,
      });
      expect(reads()).to.have.length(1);
      expect(fromLoader).to.deep.equal([true]);
      element.remove();
    } finally {
      stub.restore();
    }
  });
});
