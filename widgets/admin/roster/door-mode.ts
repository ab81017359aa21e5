import { css, nothing } from "lit";
import { doorCodePattern } from "../../../schema/rules/door-code.js";
import { html } from "../../shared/fallback-text.js";
import { property, state } from "lit/decorators.js";
import type { RosterEntry } from "../../../schema/contracts/admin/roster.js";
import { changeRegistration, getRoster } from "./roster-api.js";
import { AdminElement } from "../shared/admin-element.js";
import { adminStyles } from "../shared/admin.styles.js";
import { errorText } from "../shared/errors.js";

/**
 * Check-in at the door, made for a tablet held in one hand, a keyboard alone or a screen reader:
 * one big search field (a name or the 6-character code), big buttons, and every result spoken.
 *
 * @tag hearth-admin-door
 *
 * @fires hearth-admin-roster-changed - Someone was checked in (or un-checked). `detail.entry`.
 */
export class HearthAdminDoor extends AdminElement {
  static override styles = [
    adminStyles,
    css`
      .door {
        display: grid;
        gap: var(--hearth-space, 1rem);
        padding: var(--hearth-space, 1rem);
        border: 2px solid var(--hearth-color-primary, #0b57d0);
        border-radius: var(--hearth-radius, 0.5rem);
      }
      .search {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: end;
      }
      .search .field {
        flex: 1 1 16rem;
      }
      #door-q {
        min-block-size: 3.5rem;
        font-size: 1.5rem;
      }
      .big {
        min-block-size: 3.5rem;
        min-inline-size: 8rem;
        font-size: 1.25rem;
      }
      .matches {
        display: grid;
        gap: 0.5rem;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .match {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.5rem;
        font-size: 1.25rem;
      }
      .announce {
        font-size: 1.25rem;
        font-weight: 700;
      }
    `,
  ];

  @property() org = "";
  @property({ attribute: "event-id" }) eventId = "";

  @state() private found: RosterEntry[] | undefined;
  @state() private announcement = "";
  @state() private searching = false;

  override firstUpdated(): void {
    this.renderRoot.querySelector<HTMLInputElement>("#door-q")?.focus();
  }

  override render() {
    const t = this.localize.t.bind(this.localize);
    return this.renderBase(
      html`<section class="door" aria-labelledby="door-title">
        <h2 id="door-title">${t("doorMode")}</h2>
        <form class="search" role="search" aria-labelledby="door-title" @submit=${this.onSearch}>
          <div class="field">
            <label for="door-q">${t("doorSearch")}</label>
            <input
              id="door-q"
              name="q"
              type="search"
              autocomplete="off"
              autocapitalize="characters"
            />
          </div>
          <button class="button big" type="submit" ?disabled=${this.searching}>${t("find")}</button>
        </form>
        <p class="live announce notice" role="status">${this.announcement}</p>
        ${this.renderMatches()}
      </section>`,
    );
  }

  private renderMatches() {
    const t = this.localize.t.bind(this.localize);
    if (!this.found) return nothing;
    if (this.found.length === 0) return html`<p>${t("doorNoMatch")}</p>`;
    return html`<ul class="matches" aria-label=${t("doorMatches")}>
      ${this.found.map(
        (entry) =>
          html`<li class="match panel">
            <span>
              <bdi>${entry.name}</bdi> — ${this.localize.party(entry.adults, entry.children)}
              ${entry.shortCode ? html`<code>${entry.shortCode}</code>` : nothing}
            </span>
            ${
              entry.checkedInAt
                ? html`<button
                    type="button"
                    class="button secondary big"
                    @click=${() => this.checkIn(entry, true)}
                  >
                    ${t("undoCheckIn")}<span class="visually-hidden">: ${entry.name}</span>
                  </button>`
                : html`<button
                    type="button"
                    class="button big check-in"
                    @click=${() => this.checkIn(entry, false)}
                  >
                    ${t("checkIn")}<span class="visually-hidden">: ${entry.name}</span>
                  </button>`
            }
          </li>`,
      )}
    </ul>`;
  }

  private async onSearch(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget as HTMLFormElement).get("q") ?? "").trim();
    if (!text) return;
    this.searching = true;
    try {
      const code = text.toUpperCase();
      const filter = doorCodePattern.test(code) ? { code } : { q: text };
      const { entries } = await getRoster(this.org, this.eventId, {
        ...filter,
        status: "confirmed",
      });
      this.found = entries;
      this.announcement = this.localize.plural("doorFound", entries.length);
      // One match: the next Enter checks them in.
      await this.focusOn(entries.length === 1 ? ".match button" : "#door-q");
    } catch (error) {
      this.announcement = errorText(error, this.localize);
    } finally {
      this.searching = false;
    }
  }

  private async checkIn(entry: RosterEntry, undo: boolean): Promise<void> {
    try {
      const { entry: changed } = await changeRegistration(this.org, this.eventId, entry.id, {
        type: "check-in",
        undo,
      });
      const party = this.localize.party(changed.adults, changed.children);
      this.announcement = this.localize.t(undo ? "announceUndoCheckIn" : "announceCheckedIn", {
        name: changed.name,
        party,
      });
      this.emit("hearth-admin-roster-changed", { entry: changed });
      if (undo) {
        this.found = this.found?.map((match) => (match.id === changed.id ? changed : match));
        return;
      }
      // Ready for the next family.
      this.found = undefined;
      const input = this.renderRoot.querySelector<HTMLInputElement>("#door-q");
      if (input) input.value = "";
      await this.focusOn("#door-q");
    } catch (error) {
      this.announcement = errorText(error, this.localize);
    }
  }
}
