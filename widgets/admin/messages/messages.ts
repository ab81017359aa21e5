import { Task } from "../../shared/task.js";
import { css, nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { state } from "lit/decorators.js";
import type { OutboxMessage } from "../../../schema/contracts/admin/outbox.js";
import { ApiError } from "../../shared/api-client.js";
import type { OutboxStatus } from "./messages-api.js";
import { getOutbox, retryMessage } from "./messages-api.js";
import { hrefFor } from "../app/routes.js";
import { OrganisationPageElement } from "../shared/organisation-page.js";
import { adminStyles } from "../shared/admin.styles.js";
import { errorText, renderLoadError, renderLoading } from "../shared/errors.js";

/** The statuses worth a look; `skipped` (nobody to send to, e.g. erased) is left out. */
const statuses = ["failed", "pending", "sent"] as const satisfies readonly OutboxStatus[];
type ShownStatus = (typeof statuses)[number];

/** Mirrors `messageKinds` in schema/tables/outbox.ts, which the browser bundle must not import. */
const kinds = [
  "confirmed",
  "waitlisted",
  "promoted",
  "cancelled",
  "event_changed",
  "reminder",
  "thank_you",
  "digest",
] as const;
type Kind = (typeof kinds)[number];
const isKind = (kind: string): kind is Kind => (kinds as readonly string[]).includes(kind);

/**
 * Emails that could not be sent (or, with the filter, those waiting and those sent), and sending
 * a failed one again.
 *
 * @tag hearth-admin-messages
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminMessages extends OrganisationPageElement {
  static override styles = [
    adminStyles,
    css`
      .filter {
        max-inline-size: 20rem;
      }
      .problem {
        overflow-wrap: anywhere;
      }
    `,
  ];

  @state() private status: ShownStatus = "failed";
  @state() private messages: OutboxMessage[] = [];
  @state() private announcement = "";

  private readonly listTask = new Task(this, {
    task: async ([org, status], { signal }) => {
      this.messages = (await getOutbox(org, status, signal)).messages;
    },
    args: () => [this.org, this.status] as const,
  });

  override render() {
    const t = this.localize.t.bind(this.localize);
    return this.renderBase(
      html`<h1 id="messages-title" tabindex="-1">${t("messagesTitle")}</h1>
        <div class="field filter">
          <label for="messages-status">${t("messagesShow")}</label>
          <select id="messages-status" @change=${this.onFilter}>
            ${statuses.map(
              (status) =>
                html`<option value=${status} ?selected=${status === this.status}>
                  ${t(`outbox_${status}`)}
                </option>`,
            )}
          </select>
        </div>
        <p class="live notice" role="status">${this.announcement}</p>
        ${this.listTask.render({
          initial: () => renderLoading(this.localize),
          pending: () => renderLoading(this.localize),
          complete: () => this.renderList(),
          error: (error) => renderLoadError(error, this.localize, () => void this.listTask.run()),
        })}`,
    );
  }

  private renderList() {
    const t = this.localize.t.bind(this.localize);
    if (this.messages.length === 0)
      return html`<p class="empty">${t(`messagesEmpty_${this.status}`)}</p>`;
    const failed = this.status === "failed";
    return html`<div
      class="table-wrap"
      role="region"
      aria-labelledby="messages-caption"
      tabindex="0"
    >
      <table>
        <caption id="messages-caption">
          ${t(`outbox_${this.status}`)}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t("colMessage")}</th>
            <th scope="col">${t("colWhen")}</th>
            <th scope="col">${t("colTries")}</th>
            <th scope="col">${t("colProblem")}</th>
            <th scope="col">${t("colFor")}</th>
            ${failed ? html`<th scope="col">${t("colActions")}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${this.messages.map((message) => this.renderMessage(message, failed))}
        </tbody>
      </table>
    </div>`;
  }

  private renderMessage(message: OutboxMessage, failed: boolean) {
    const t = this.localize.t.bind(this.localize);
    const kind = isKind(message.kind) ? t(`message_${message.kind}`) : message.kind;
    const when = this.localize.dateTime(message.createdAt);
    // `lastError` is the mail service's own words, in English.
    return html`<tr>
      <th scope="row">${kind}</th>
      <td>${when}</td>
      <td>${this.localize.number(message.attempts)}</td>
      <td class="problem">
        ${message.lastError ? html`<bdi lang="en">${message.lastError}</bdi>` : t("none")}
      </td>
      <td>${this.renderRecipient(message)}</td>
      ${
        failed
          ? html`<td>
              <button
                type="button"
                class="button secondary small"
                @click=${() => this.retry(message)}
              >
                ${t("sendAgain")}<span class="visually-hidden">: ${kind}, ${when}</span>
              </button>
            </td>`
          : nothing
      }
    </tr>`;
  }

  /** The door code links to that event's roster; the digest goes to the team. */
  private renderRecipient(message: OutboxMessage) {
    const t = this.localize.t.bind(this.localize);
    const registration = message.registration;
    if (!registration) return t("forTeam");
    const href = hrefFor({ name: "roster", id: registration.eventId }, this.org);
    return registration.shortCode
      ? html`<a href=${href}
          ><code>${registration.shortCode}</code
          ><span class="visually-hidden"> (${t("openRoster")})</span></a
        >`
      : html`<a href=${href}>${t("openRoster")}</a>`;
  }

  private readonly onFilter = (event: Event) => {
    this.announcement = "";
    this.status = (event.target as HTMLSelectElement).value as ShownStatus;
  };

  private async retry(message: OutboxMessage): Promise<void> {
    this.announcement = "";
    const index = this.messages.indexOf(message);
    try {
      await retryMessage(this.org, message.id);
      this.messages = this.messages.filter((other) => other !== message);
      this.announcement = this.localize.t("sentAgain");
    } catch (error) {
      if (error instanceof ApiError && error.code === "invalid_state") {
        this.announcement = this.localize.t("messageNotFailed");
        await this.listTask.run();
      } else {
        this.announcement = errorText(error, this.localize);
        return;
      }
    }
    // The pressed button is gone; keep focus in the list rather than dropping it on the page.
    await this.updateComplete;
    const buttons = this.renderRoot.querySelectorAll<HTMLButtonElement>("tbody button");
    (buttons[Math.min(index, buttons.length - 1)] ?? this.heading)?.focus();
  }

  private get heading() {
    return this.renderRoot.querySelector<HTMLElement>("#messages-title");
  }
}
