import { property, state } from "lit/decorators.js";
import type {
  WorkbenchPerson,
  WorkbenchResponse,
} from "../../../schema/contracts/admin/mentoring.js";
import { may } from "../../../schema/contracts/admin/permissions.js";
import { ApiError } from "../../shared/api-client.js";
import { errorText } from "../shared/errors.js";
import { OrganisationPageElement } from "../shared/organisation-page.js";
import { mentoringStyles } from "./mentoring.styles.js";
import { renderPersonAnswers } from "./person-answers.js";

/**
 * A part of a season's workbench (the pairs, the people not matched yet, the bans, finding and
 * publishing): it shows the page's workbench, sends one change at a time and reports the answer
 * to the page, which holds the workbench. A proposal someone else changed meanwhile goes to the
 * page too, which offers the latest; any other refusal is said here, beside the control.
 *
 * @fires hearth-admin-workbench-changed - A change was saved; the detail has the new workbench.
 * @fires hearth-admin-workbench-conflict - The proposal changed meanwhile.
 */
export class WorkbenchPartElement extends OrganisationPageElement {
  static override styles = mentoringStyles;

  @property({ attribute: "season-id" }) seasonId = "";
  @property({ attribute: false }) workbench: WorkbenchResponse | undefined;

  @state() protected failure = "";
  @state() protected busy = false;

  protected get canWrite(): boolean {
    return may(this.memberRole, "mentoring.write");
  }

  /** Each person by id, for names and matching answers. */
  protected person(id: string): WorkbenchPerson | undefined {
    return this.workbench?.people.find((person) => person.id === id);
  }

  protected firstName(id: string): string {
    return this.person(id)?.firstName ?? "?";
  }

  /** The person's answers to the season's own questions, folded away (nothing if none). */
  protected renderAnswersOf(id: string) {
    const locales = [this.localize.locale, this.organisation?.defaultLocale ?? "en"];
    const questions = this.workbench?.season.questions ?? [];
    return renderPersonAnswers(this.person(id), questions, this.localize, locales);
  }

  /**
   * Sends a change; on success tells the page (with the new workbench, or null to read it again)
   * and returns true. On a refusal, `refused` may word it itself (a lock names the rule it
   * breaks); otherwise the refusal's own words show in this part's alert.
   */
  protected async attempt(
    action: () => Promise<WorkbenchResponse | null>,
    announcement: (workbench: WorkbenchResponse | null) => string,
    refused?: (error: unknown) => boolean,
  ): Promise<boolean> {
    this.busy = true;
    this.failure = "";
    try {
      const workbench = await action();
      this.emit("hearth-admin-workbench-changed", {
        workbench,
        announcement: announcement(workbench),
      });
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.code === "version_conflict") {
        this.emit("hearth-admin-workbench-conflict", {});
      } else if (!refused?.(error)) {
        this.failure = errorText(error, this.localize);
      }
      return false;
    } finally {
      this.busy = false;
    }
  }
}
