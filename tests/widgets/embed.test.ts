import { expect, waitUntil } from "@open-wc/testing";

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

  it("leaves tags it does not know alone", () => {
    document.body.append(document.createElement("hearth-unknown"));
    expect(customElements.get("hearth-unknown")).to.equal(undefined);
  });
});
