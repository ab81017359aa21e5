import { expect, waitUntil } from "@open-wc/testing";
import { FetchStub, ok } from "../helpers/fetch-stub.js";
import { seasonFixture, seasonPath } from "./fixtures.js";

describe("embed.js with <hearth-mentoring>", () => {
  it("starts the season's read and its strings with the code, and the widget takes that read", async () => {
    expect(customElements.get("hearth-mentoring")).to.equal(undefined);
    const stub = new FetchStub().on("GET", seasonPath, ok({ season: seasonFixture() })).install();
    try {
      await import("../../../widgets/embed.js");
      const element = document.createElement("hearth-mentoring");
      element.setAttribute("org", "demo-city");
      element.setAttribute("season", "mns_1");
      element.setAttribute("as", "learner");
      element.setAttribute("lang", "ar");
      document.body.append(element);
      await waitUntil(() => element.shadowRoot?.querySelector("#firstName"), "first screen", {
        timeout: 4000,
      });
      const reads = stub.calls.filter((call) => seasonPath.test(call.url.pathname));
      expect(reads).to.have.length(1);
      expect(reads[0]!.url.searchParams.get("lang")).to.equal("ar");
      const preloads = [
        ...document.head.querySelectorAll<HTMLLinkElement>("link[rel=modulepreload]"),
      ];
      expect(preloads.some((link) => /\/mentoring\/ar\.js$/.test(link.href))).to.equal(true);
      element.remove();
    } finally {
      stub.restore();
    }
  });
});
