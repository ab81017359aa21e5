import { Task } from "../../shared/task.js";
import { contentLocales } from "../shared/language-fields.js";
import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { state } from "lit/decorators.js";
import type { AdminRole } from "../../../schema/contracts/admin/volunteers.js";
import type { Requirement } from "../../../schema/contracts/volunteers.js";
import { ApiError } from "../../shared/api-client.js";
import { getRoles, saveRoles } from "./volunteers-api.js";
import type { RolesBody } from "./volunteers-api.js";
import { compact } from "../editor/draft.js";
import { OrganisationPageElement } from "../shared/organisation-page.js";
import type { FieldErrors } from "../shared/errors.js";
import { errorText, fieldErrorsOf, renderLoadError, renderLoading } from "../shared/errors.js";
import type { RoleDraft } from "./role-fields.js";
import { renderRoleFields } from "./role-fields.js";
import { volunteersStyles } from "./volunteers.styles.js";

const draftOf = (role: AdminRole): RoleDraft => ({
  id: role.id,
  name: { ...role.name },
  description: { ...role.description },
  requirements: role.requirements.filter((kind) => kind !== "min_age"),
  minimumAge: role.minimumAge === null ? "" : String(role.minimumAge),
});

const emptyRole = (): RoleDraft => ({
  name: {},
  description: {},
  requirements: [],
  minimumAge: "",
});

function bodyOf(roles: RoleDraft[]): RolesBody {
  return {
    roles: roles.map((role) => {
      const age = role.minimumAge.trim() === "" ? null : Number(role.minimumAge);
      const requirements: Requirement[] = [...role.requirements];
      if (age !== null) requirements.push("min_age");
      return {
        ...(role.id ? { id: role.id } : {}),
        name: compact(role.name),
        description: compact(role.description),
        requirements,
        minimumAge: age,
      };
    }),
  };
}

/**
 * The organisation's volunteer roles: names and descriptions in every language, and what a
 * volunteer needs for each (training, a licence, an age, an introduction). Shifts pick a role.
 *
 * @tag hearth-admin-roles
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminRoles extends OrganisationPageElement {
  static override styles = volunteersStyles;

  @state() private draft: RoleDraft[] = [];
  @state() private errors: FieldErrors = {};
  @state() private status = "";
  @state() private failure = "";
  @state() private busy = false;

  private readonly task = new Task(this, {
    task: async ([org], { signal }) => {
      const { roles } = await getRoles(org, signal);
      this.draft = roles.map(draftOf);
    },
    args: () => [this.org] as const,
  });

  private get locales(): string[] {
    return this.organisation ? contentLocales(this.organisation) : [this.localize.locale];
  }

  override render() {
    return this.renderBase(
      this.task.render({
        initial: () => renderLoading(this.localize),
        pending: () => renderLoading(this.localize),
        complete: () => this.renderForm(),
        error: (error) => renderLoadError(error, this.localize, () => void this.task.run()),
      }),
    );
  }

  private renderForm() {
    const t = this.localize.t.bind(this.localize);
    const context = {
      localize: this.localize,
      locales: this.locales,
      errors: this.errors,
      disabled: false,
    };
    return html`<h1 id="roles-title" tabindex="-1">${t("rolesTitle")}</h1>
      <p class="muted">${t("volunteerRolesHint")}</p>
      <p class="live notice" role="status">${this.status}</p>
      <div class="live alert summary" role="alert" tabindex="-1">${this.failure}</div>
      <form novalidate @input=${this.onInput} @change=${this.onInput} @submit=${this.onSave}>
        ${this.draft.length === 0 ? html`<p class="muted">${t("rolesEmpty")}</p>` : nothing}
        ${this.draft.map((role, index) => renderRoleFields(context, role, index, this.removeRole))}
        <div class="actions">
          <button type="button" class="button secondary add-role" @click=${this.addRole}>
            ${t("addRole")}
          </button>
          <button type="submit" class="button" ?disabled=${this.busy}>${t("saveRoles")}</button>
        </div>
      </form>`;
  }

  private readonly addRole = () => {
    this.draft = [...this.draft, emptyRole()];
  };

  private readonly removeRole = (index: number) => {
    this.draft = this.draft.filter((_, i) => i !== index);
    void this.focusOn(".add-role");
  };

  private onInput(event: Event): void {
    const control = event.target as HTMLInputElement;
    const [first, position, key, sub] = control.name.split(".");
    if (first !== "roles" || !key) return;
    const index = Number(position);
    this.draft = this.draft.map((role, i) => {
      if (i !== index) return role;
      if ((key === "name" || key === "description") && sub)
        return { ...role, [key]: { ...role[key], [sub]: control.value } };
      if (key === "requirements" && sub) {
        const kind = sub as Requirement;
        const others = role.requirements.filter((item) => item !== kind);
        return { ...role, requirements: control.checked ? [...others, kind] : others };
      }
      return key === "minimumAge" ? { ...role, minimumAge: control.value } : role;
    });
  }

  private async onSave(submit: SubmitEvent): Promise<void> {
    submit.preventDefault();
    if (this.busy) return;
    this.busy = true;
    this.status = "";
    this.failure = "";
    try {
      const { roles } = await saveRoles(this.org, bodyOf(this.draft));
      this.draft = roles.map(draftOf);
      this.errors = {};
      this.status = this.localize.t("rolesSaved");
    } catch (error) {
      this.errors = fieldErrorsOf(error, this.localize);
      this.failure =
        error instanceof ApiError && error.code === "invalid_state"
          ? this.localize.t("rolesRefused", { reason: error.message })
          : errorText(error, this.localize);
      await this.updateComplete;
      const first = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]');
      (first ?? this.renderRoot.querySelector<HTMLElement>(".summary"))?.focus();
    } finally {
      this.busy = false;
    }
  }
}
