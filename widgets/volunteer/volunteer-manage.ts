import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { VolunteerView } from "../../schema/contracts/volunteers.js";
import { ApiError } from "../shared/api-client.js";
import { adoptLater } from "../shared/lazy.js";
import type { LocalizeController } from "../shared/localize.js";
import { PersonalDataController } from "../shared/personal-data.js";
import { personalDataStyles } from "../shared/personal-data.styles.js";
import { Task, TaskStatus } from "../shared/task.js";
import { cancelVolunteerShift, eraseVolunteer, exportVolunteer } from "../shared/volunteers-api.js";
import { feedStyles, scheduleStyles } from "./volunteer-later.styles.js";
import { renderManagePage } from "./volunteer-schedule.js";

/** The volunteer's own link: whose page it is, and the secret that opens it. */
export interface VolunteerLink {
  id: string;
  token: string;
  api: string | undefined;
}

/** What the page tells the element, which owns the live regions and the events. */
export interface ManageOutcomes {
  /** A new action starts: the last one's words go. */
  started(): void;
  /** A shift was cancelled: the schedule as it stands now. */
  cancelled(volunteer: VolunteerView): void;
  /** Cancelling failed; the element says why in its alert. */
  cancelFailed(error: ApiError): void;
  /** The volunteer's data is erased: the link opens nothing any more. */
  erased(): void;
  /** A request of the "Your data" section failed; the section says why itself. */
  failed(error: ApiError): void;
}

interface Host extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The volunteer's own page, loaded with their schedule from the manage link (a first visit never
 * fetches it): cancelling a shift after a confirm step, the calendar feed, and "Your data".
 */
export class VolunteerManage implements ReactiveController {
  /** The registration waiting for a "yes, cancel", if any. */
  private confirming: string | undefined;

  private readonly cancelTask: Task<[string], void>;
  private readonly personalData: PersonalDataController;

  constructor(
    private readonly host: Host,
    private readonly localize: LocalizeController,
    private readonly link: () => VolunteerLink,
    private readonly on: ManageOutcomes,
  ) {
    host.addController(this);
    if (host.renderRoot instanceof ShadowRoot) {
      adoptLater(host.renderRoot, [scheduleStyles, feedStyles, personalDataStyles]);
    }
    this.cancelTask = new Task<[string], void>(host, {
      autoRun: false,
      task: async ([registrationId]) => this.cancel(registrationId),
    });
    this.personalData = new PersonalDataController(host, localize, {
      exportData: () => {
        const { id, token, api } = this.link();
        return exportVolunteer(id, token, { api });
      },
      fileName: () => "my-volunteer-data.json",
      erase: async () => {
        const { id, token, api } = this.link();
        await eraseVolunteer(id, token, { api });
        this.on.erased();
        await this.focusOutcome();
      },
      confirmKey: "eraseConfirmVolunteer",
      onError: (error) => this.on.failed(error),
    });
  }

  hostConnected(): void {}

  /** The page: `regions` first, then the schedule, the feed, `addMore` and "Your data". */
  render(
    volunteer: VolunteerView,
    page: { regions: unknown; addMore: (() => unknown) | undefined; copied: () => void },
  ) {
    return renderManagePage(volunteer, this.localize, {
      ...page,
      schedule: {
        confirming: this.confirming,
        busy: this.cancelTask.status === TaskStatus.PENDING,
        ask: (id) => void this.askToConfirm(id),
        cancel: (id) => void this.cancelTask.run([id]),
        keep: () => {
          this.confirming = undefined;
          this.host.requestUpdate();
        },
      },
      personalData: () => this.personalData.render(),
    });
  }

  private async cancel(registrationId: string): Promise<void> {
    this.on.started();
    const { id, token, api } = this.link();
    try {
      const { volunteer } = await cancelVolunteerShift(id, token, registrationId, { api });
      this.confirming = undefined;
      this.on.cancelled(volunteer);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      this.on.cancelFailed(error);
    }
    await this.focusOutcome();
  }

  private async askToConfirm(registrationId: string): Promise<void> {
    this.confirming = registrationId;
    this.on.started();
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(".confirm-text")?.focus();
  }

  private async focusOutcome(): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(".outcome")?.focus();
  }
}
