import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { ManagedIntake } from "../../schema/contracts/mentoring.js";
import { ApiError } from "../shared/api-client.js";
import { errorMessage, errorText } from "../shared/error-message.js";
import { html } from "../shared/fallback-text.js";
import { adoptLater } from "../shared/lazy.js";
import type { LocalizeController } from "../shared/localize.js";
import { PersonalDataController } from "../shared/personal-data.js";
import { personalDataStyles } from "../shared/personal-data.styles.js";
import { draftFromPerson } from "./intake-body.js";
import { IntakeStepper } from "./intake-stepper.js";
import { stepsFor } from "./intake-steps.js";
import { questionsForRole } from "./season-questions.js";
import { renderManagePage } from "./manage-page.js";
import { laterStyles } from "./mentoring-later.styles.js";
import {
  changeMentoringPerson,
  eraseMentoringPerson,
  getMentoringPerson,
  shareContactWithPartner,
  withdrawMentoringPerson,
} from "./mentoring-api.js";
import { renderIntro } from "./mentoring-status.js";
import { PartnerMessages, partnerMessageStyles } from "./partner-message.js";

/** The person's own link: whose answers these are, and the secret that opens them. */
export interface MentoringLink {
  id: string;
  token: string;
  api: string | undefined;
}

/** What the page tells the element, which owns the live regions and the events. */
export interface ManageOutcomes {
  /** A new action starts: the last one's words go. */
  started(): void;
  /** Changed, paused, resumed or withdrawn: the answers as they stand now, and what to say. */
  changed(person: ManagedIntake, announcement: string): void;
  /** Something failed or was refused: what to say in the alert, and the error to report. */
  alert(words: string, error?: ApiError): void;
  /** The data is erased: the link opens nothing any more. */
  erased(): void;
}

interface Host extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

type Announcement =
  "mentoringPaused" | "mentoringResumed" | "mentoringStatusWithdrawn" | "mentoringShared";

/**
 * The manage page, loaded with the person's answers from their link (a first visit never fetches
 * it): change answers with the intake's own screens, pause and resume, withdraw after a confirm
 * step, download or erase their data.
 */
export class MentoringManage implements ReactiveController {
  private busy = false;
  private confirmingWithdraw = false;
  /** "Change my answers" open: the intake's screens with the person's answers. */
  private stepper: IntakeStepper | undefined;
  private readonly personalData: PersonalDataController;
  private readonly messages: PartnerMessages;

  constructor(
    private readonly host: Host,
    private readonly localize: LocalizeController,
    private readonly link: () => MentoringLink,
    private readonly on: ManageOutcomes,
  ) {
    host.addController(this);
    if (host.renderRoot instanceof ShadowRoot) {
      adoptLater(host.renderRoot, [...laterStyles, personalDataStyles, partnerMessageStyles]);
    }
    this.messages = new PartnerMessages(host, localize, link, (error) => on.alert("", error));
    this.personalData = new PersonalDataController(host, localize, {
      exportData: () => {
        const { id, token, api } = this.link();
        return getMentoringPerson(id, token, { api });
      },
      fileName: () => "my-language-friend-data.json",
      erase: async () => {
        const { id, token, api } = this.link();
        await eraseMentoringPerson(id, token, { api });
        this.on.erased();
        await this.focus(".outcome");
      },
      confirmKey: "mentoringEraseConfirm",
      onError: (error) => this.on.alert("", error),
    });
  }

  hostConnected(): void {}

  render(person: ManagedIntake, regions: unknown) {
    if (this.stepper) {
      return html`${renderIntro(this.localize, person.season, person.role)} ${regions}
      ${this.stepper.render(person.season)}`;
    }
    const next = person.status === "paused" ? "active" : "paused";
    return renderManagePage(this.localize, person, {
      regions,
      personalData: () => this.personalData.render(3),
      actions: {
        busy: this.busy,
        confirmingWithdraw: this.confirmingWithdraw,
        change: () => void this.openChange(person),
        pauseOrResume: () =>
          void this.act(next === "active" ? "mentoringResumed" : "mentoringPaused", (link) =>
            changeMentoringPerson(link.id, link.token, { status: next }, { api: link.api }),
          ),
        askToWithdraw: () => void this.askToWithdraw(),
        share: (pairId) =>
          void this.act("mentoringShared", (link) =>
            shareContactWithPartner(link.id, link.token, pairId, { api: link.api }),
          ),
        writeTo: (partner) => this.messages.render(partner),
        withdraw: () =>
          void this.act("mentoringStatusWithdrawn", (link) =>
            withdrawMentoringPerson(link.id, link.token, { api: link.api }),
          ),
        stay: () => void this.stay(),
      },
    });
  }

  private async openChange(person: ManagedIntake): Promise<void> {
    this.on.started();
    this.stepper = new IntakeStepper(
      this.host,
      this.localize,
      draftFromPerson(person),
      () => stepsFor(true, true, questionsForRole(person.season.questions, person.role).length > 0),
      true,
      {
        started: () => this.on.started(),
        offline: () => this.on.alert(this.localize.t("errorNetwork")),
        cancel: () => void this.closeChange(),
        send: async (draft, _form, later) => {
          const { id, token, api } = this.link();
          try {
            const change = later.intakeChange(draft, person.season.questions);
            const answer = await changeMentoringPerson(id, token, change, { api });
            this.on.changed(answer.person, this.localize.t("mentoringChanged"));
            await this.closeChange();
            return {};
          } catch (error) {
            if (!(error instanceof ApiError)) throw error;
            const refusal = later.intakeRefusalOf(error, person.season, this.localize);
            this.on.alert(refusal.alert, error);
            return refusal.errors;
          }
        },
      },
    );
    await this.focus(".step-title");
  }

  private async closeChange(): Promise<void> {
    if (this.stepper) this.host.removeController(this.stepper);
    this.stepper = undefined;
    await this.focus(".outcome, .change");
  }

  private async act(
    announcement: Announcement,
    send: (link: MentoringLink) => Promise<{ person: ManagedIntake }>,
  ): Promise<void> {
    this.on.started();
    this.busy = true;
    this.host.requestUpdate();
    try {
      const { person } = await send(this.link());
      this.confirmingWithdraw = false;
      this.on.changed(person, this.localize.t(announcement));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      this.on.alert(errorText(this.localize, errorMessage(error)), error);
    } finally {
      this.busy = false;
    }
    await this.focus(".outcome");
  }

  private async askToWithdraw(): Promise<void> {
    this.confirmingWithdraw = true;
    this.on.started();
    await this.focus(".confirm-text");
  }

  private async stay(): Promise<void> {
    this.confirmingWithdraw = false;
    await this.focus(".withdraw");
  }

  private async focus(selector: string): Promise<void> {
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
