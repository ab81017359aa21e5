import { html, LitElement } from "lit";

/**
 * The yardstick of the Slow 4G benchmark: the least a Lit element can do to show an organisation's
 * first event — fetch the same JSON as `<hearth-events>` as soon as it is on the page and render
 * the first title. No language, no styles, no states beyond loading.
 */
class BareEvents extends LitElement {
  static override properties = { api: {}, org: {}, lang: {}, first: { state: true } };

  declare api: string;
  declare org: string;
  declare first: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    const url = `${this.api}/api/v1/orgs/${this.org}/events?lang=${this.lang}`;
    void fetch(url, { credentials: "omit" })
      .then((response) => response.json())
      .then((page: { events: { title: string }[] }) => (this.first = page.events[0]?.title));
  }

  override render() {
    return this.first === undefined ? html`<p>…</p>` : html`<h3 part="card">${this.first}</h3>`;
  }
}

customElements.define("bare-events", BareEvents);
