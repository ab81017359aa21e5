import type { ReactiveController, ReactiveControllerHost } from "lit";
import { css, nothing } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import type { ManagedIntake } from "../../schema/contracts/mentoring.js";
import { relayMessageMaxLength } from "../../schema/contracts/mentoring.js";
import { ApiError } from "../shared/api-client.js";
import { errorMessage, errorText } from "../shared/error-message.js";
import { html } from "../shared/fallback-text.js";
import type { LocalizeController } from "../shared/localize.js";
import type { MentoringLink } from "./mentoring-manage.js";
import { writeToPartner } from "./mentoring-api.js";

type Partner = ManagedIntake["partners"][number];

/** One partner's message: the box open or not, the words so far, and what the last try said. */
interface Draft {
  open: boolean;
  text: string;
  busy: boolean;
  error: string;
  sent: string;
}

interface Host extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Writing to a partner through Hearth (seasons that hide addresses): "Write to Mari" opens a
 * labelled text box with the characters left; Hearth emails the words to the partner, and neither
 * address is shown. The confirmation is said politely; a refusal (the daily limit, a pair that
 * ended) is said in words beside the box, which keeps the words typed.
 */
export class PartnerMessages implements ReactiveController {
  private readonly drafts = new Map<string, Draft>();

  constructor(
    private readonly host: Host,
    private readonly localize: LocalizeController,
    private readonly link: () => MentoringLink,
    private readonly report: (error: ApiError) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private draft(pairId: string): Draft {
    let draft = this.drafts.get(pairId);
    if (!draft) {
      draft = { open: false, text: "", busy: false, error: "", sent: "" };
      this.drafts.set(pairId, draft);
    }
    return draft;
  }

  /** The button, the box when open, and the partner's own live region for "sent". */
  render(partner: Partner) {
    const draft = this.draft(partner.pairId);
    const id = `message-${partner.pairId}`;
    const name = partner.firstName;
    return html`<div class="message">
      <button
        type="button"
        part="button"
        class="button secondary write"
        aria-expanded=${draft.open ? "true" : "false"}
        aria-controls=${id}
        @click=${() => void this.toggle(partner.pairId)}
      >
        ${this.localize.t("mentoringWrite", { name })}
      </button>
      <p part="status" class="status sent" role="status">${draft.sent}</p>
      ${draft.open ? this.renderForm(partner, draft, id) : nothing}
    </div>`;
  }

  private renderForm(partner: Partner, draft: Draft, id: string) {
    const name = partner.firstName;
    const left = relayMessageMaxLength - draft.text.length;
    const describedBy = [`${id}-hint`, `${id}-left`, draft.error ? `${id}-error` : ""]
      .filter(Boolean)
      .join(" ");
    return html`<form
      id=${id}
      part="form"
      class="message-form"
      novalidate
      @submit=${(event: SubmitEvent) => void this.send(event, partner)}
    >
      <div class="field">
        <label part="label" for="${id}-text"
          >${this.localize.t("mentoringRelayLabel", { name })}</label
        >
        <p id="${id}-hint" class="hint">${this.localize.t("mentoringRelayHint", { name })}</p>
        <textarea
          part="input"
          id="${id}-text"
          name="text"
          rows="5"
          dir="auto"
          maxlength=${relayMessageMaxLength}
          .value=${draft.text}
          aria-describedby=${ifDefined(describedBy)}
          aria-invalid=${draft.error ? "true" : "false"}
          @input=${(event: Event) => this.type(partner.pairId, event)}
        ></textarea>
        <p id="${id}-left" class="hint left">
          ${this.localize.t("mentoringRelayLeft", { count: this.localize.number(left) })}
        </p>
        ${
          draft.error
            ? html`<p id="${id}-error" part="error" class="error" role="alert">${draft.error}</p>`
            : nothing
        }
      </div>
      <div class="actions">
        <button type="submit" part="button" class="button send" ?disabled=${draft.busy}>
          ${this.localize.t(draft.busy ? "loading" : "mentoringRelaySend")}
        </button>
        <button
          type="button"
          part="button"
          class="button secondary close"
          @click=${() => void this.toggle(partner.pairId)}
        >
          ${this.localize.t("mentoringRelayCancel")}
        </button>
      </div>
    </form>`;
  }

  private type(pairId: string, event: Event): void {
    this.draft(pairId).text = (event.target as HTMLTextAreaElement).value;
    this.host.requestUpdate();
  }

  private async toggle(pairId: string): Promise<void> {
    const draft = this.draft(pairId);
    draft.open = !draft.open;
    draft.error = "";
    if (draft.open) draft.sent = "";
    await this.focus(
      draft.open ? `#message-${pairId}-text` : `[aria-controls="message-${pairId}"]`,
    );
  }

  private async send(event: SubmitEvent, partner: Partner): Promise<void> {
    event.preventDefault();
    const draft = this.draft(partner.pairId);
    if (draft.busy) return;
    const text = draft.text.trim();
    if (!text) {
      draft.error = this.localize.t("mentoringRelayEmpty");
      await this.focus(`#message-${partner.pairId}-text`);
      return;
    }
    draft.busy = true;
    draft.error = "";
    this.host.requestUpdate();
    try {
      const { id, token, api } = this.link();
      await writeToPartner(id, token, { pairId: partner.pairId, text }, { api });
      Object.assign(draft, {
        open: false,
        text: "",
        sent: this.localize.t("mentoringRelaySent", { name: partner.firstName }),
      });
      await this.focus(`[aria-controls="message-${partner.pairId}"]`);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      this.report(error);
      draft.error = this.refusal(error, partner);
      await this.focus(`#message-${partner.pairId}-text`);
    } finally {
      draft.busy = false;
      this.host.requestUpdate();
    }
  }

  /** The refusal in the reader's words; the API's own text is English. */
  private refusal(error: ApiError, partner: Partner): string {
    switch (error.code) {
      case "message_limit": {
        const seconds = Number(error.params.retryAfter);
        const at = new Date(Date.now() + (Number.isFinite(seconds) ? seconds : 0) * 1000);
        return this.localize.t("mentoringRelayLimit", {
          limit: this.localize.number(Number(error.params.limit) || 10),
          time: this.localize.dateTime(at.toISOString()),
        });
      }
      case "pair_ended":
        return this.localize.t("mentoringRelayEnded");
      case "relay_off":
        return this.localize.t("mentoringRelayOff", { name: partner.firstName });
      case "validation_failed": {
        const field = error.fieldCodes.text?.code;
        if (field === "control_characters") return this.localize.t("questionErrorCharacters");
        if (field === "too_long") {
          return this.localize.t("mentoringRelayTooLong", {
            max: this.localize.number(relayMessageMaxLength),
          });
        }
        return this.localize.t("mentoringRelayEmpty");
      }
      default:
        return errorText(this.localize, errorMessage(error));
    }
  }

  private async focus(selector: string): Promise<void> {
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}

/** The box takes the row's width; the count sits quietly under it. */
export const partnerMessageStyles = css`
  .message,
  .message-form {
    display: grid;
    gap: 0.5rem;
    inline-size: 100%;
  }
  .message-form textarea {
    box-sizing: border-box;
    resize: vertical;
  }
  .left {
    margin: 0;
    color: var(--hearth-color-muted, #4a4f55);
  }
  .sent {
    margin: 0;
    font-weight: 600;
  }
  .sent:empty {
    display: none;
  }
`;
