import { ContextProvider } from "@lit/context";
import { Task, TaskStatus } from "../../shared/task.js";
import type { PropertyValues } from "lit";
import { html } from "../../shared/fallback-text.js";
import { query, state } from "lit/decorators.js";
import type { MeResponse } from "../../../schema/contracts/admin/session.js";
import { ApiError } from "../../shared/api-client.js";
import { getMe, signOut } from "./session-api.js";
import { onSignInNeeded } from "../admin-api.js";
import { AdminElement } from "../shared/admin-element.js";
import { dashboardLocaleFor } from "../shared/admin-localize.js";
import { errorText, renderLoadError, renderLoading } from "../shared/errors.js";
import type { HearthAdminSignIn } from "../sign-in/sign-in-form.js";
import { renderHeader } from "./admin-header.js";
import { appStyles } from "./admin-app.styles.js";
import type { Location } from "./routes.js";
import { hrefFor, navigate, pages, parseHash } from "./routes.js";
import { loadArea } from "./areas.js";
import type { PageState } from "./page-state.js";
import { pageContext } from "./page-state.js";
import { renderView } from "./views.js";

/**
 * The organiser dashboard: who is signed in, which organisation, which view (from the URL hash),
 * and the "sign in again" dialog that keeps whatever form was being edited.
 *
 * @tag hearth-admin
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdmin extends AdminElement {
  static override styles = appStyles;

  @state() private me: MeResponse | null | undefined;
  @state() private location: Location = parseHash(location.hash);
  @state() private announcement = "";
  @state() private menuOpen = false;
  /** Why a page's code did not load, until it is tried again. */
  @state() private areaError: unknown;
  @query("dialog.sign-in-dialog") private dialog!: HTMLDialogElement;

  private languageChosen = false;
  /** Set when the view changes: its h1 takes focus once it has rendered. */
  private focusHeading = false;
  private pendingSignIn: { resolve: () => void; reject: (reason: unknown) => void } | undefined;

  /** The organisation, role and user every page reads (`OrganisationPageElement`). */
  private readonly page = new ContextProvider(this, { context: pageContext });

  private readonly meTask = new Task(this, {
    task: async (_args, { signal }) => {
      try {
        this.signedIn(await getMe(signal));
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) this.me = null;
        else throw error;
      }
    },
    args: () => [] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener("hashchange", this.onHashChange);
    onSignInNeeded(this.askToSignIn);
  }

  /* The dashboard owns its page: the page says the language the dashboard speaks. */
  protected override updated(): void {
    document.documentElement.lang = this.localize.locale;
    document.documentElement.dir = this.localize.dir;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener("hashchange", this.onHashChange);
    onSignInNeeded(undefined);
    this.pendingSignIn?.reject(new Error("The dashboard was closed."));
  }

  /* Before the views render, so a page that appears reads the state at once. */
  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has("location")) this.loadPageArea();
    const membership = this.membership;
    const state: PageState | undefined =
      membership && this.me
        ? { organisation: membership.organisation, role: membership.role, userId: this.me.user.id }
        : undefined;
    const current = this.page.value;
    if (
      state?.organisation !== current?.organisation ||
      state?.role !== current?.role ||
      state?.userId !== current?.userId
    ) {
      this.page.setValue(state);
    }
  }

  /** A festival's, a visit's or a volunteer page: its code loads the first time one opens. */
  private loadPageArea(): void {
    this.areaError = undefined;
    const area = pages[this.location.route.name].area;
    if (!area) return;
    loadArea(area).catch((error: unknown) => {
      if (pages[this.location.route.name].area === area) this.areaError = error;
    });
  }

  override render() {
    const membership = this.membership;
    return this.renderBase(
      html`${renderHeader({
          localize: this.localize,
          me: this.me ?? null,
          location: this.location,
          org: membership?.organisation.slug ?? null,
          role: membership?.role,
          switchOrg: this.switchOrg,
          switchLanguage: this.switchLanguage,
          signOut: () => void this.onSignOut(),
          menuOpen: this.menuOpen,
          toggleMenu: () => (this.menuOpen = !this.menuOpen),
        })}
        <p class="live notice" role="status">${this.announcement}</p>
        <main class="main" @hearth-admin-view-heading=${this.onViewHeading}>
          ${this.renderMain()}
        </main>
        <dialog class="sign-in-dialog" aria-labelledby="dialog-title" @close=${this.onDialogClose}>
          <h2 id="dialog-title">${this.localize.t("signInAgain")}</h2>
          <hearth-admin-sign-in
            lang=${this.localize.locale}
            reason="expired"
            @hearth-admin-signed-in=${this.onDialogSignedIn}
            @hearth-admin-sign-in-dismissed=${() => this.dialog.close()}
          ></hearth-admin-sign-in>
        </dialog>`,
    );
  }

  private renderMain() {
    const { route } = this.location;
    if (route.name === "invitation") {
      return html`<hearth-admin-invitation
        lang=${this.localize.locale}
        token=${route.token}
        @hearth-admin-signed-in=${this.onInvitationAccepted}
      ></hearth-admin-invitation>`;
    }
    if (this.me === undefined) {
      return this.meTask.status === TaskStatus.ERROR
        ? html`<h1 tabindex="-1">${this.localize.t("brand")}</h1>
            ${renderLoadError(this.meTask.error, this.localize, () => void this.meTask.run())}`
        : renderLoading(this.localize);
    }
    if (this.me === null) {
      return html`<hearth-admin-sign-in
        lang=${this.localize.locale}
        @hearth-admin-signed-in=${this.onPageSignedIn}
      ></hearth-admin-sign-in>`;
    }
    const membership = this.membership;
    if (!membership) {
      return html`<h1 tabindex="-1">${this.localize.t("brand")}</h1>
        <p>${this.localize.t("noOrganisation")}</p>`;
    }
    if (this.areaError !== undefined) {
      return html`<h1 tabindex="-1">${this.localize.t("brand")}</h1>
        ${renderLoadError(this.areaError, this.localize, () => this.loadPageArea())}`;
    }
    return renderView(route, {
      localize: this.localize,
      organisation: membership.organisation,
      role: membership.role,
    });
  }

  /** The organisation in the URL if the person belongs to it, else their first. */
  private get membership() {
    const memberships = this.me?.memberships ?? [];
    return (
      memberships.find(({ organisation }) => organisation.slug === this.location.org) ??
      memberships[0]
    );
  }

  private signedIn(me: MeResponse): void {
    this.me = me;
    if (!this.languageChosen && !this.getAttribute("lang"))
      this.lang = dashboardLocaleFor(me.user.locale);
  }

  private readonly onHashChange = () => {
    this.menuOpen = false;
    const before = hrefFor(this.location.route, this.location.org);
    this.location = parseHash(location.hash);
    if (hrefFor(this.location.route, this.location.org) !== before) void this.viewChanged();
  };

  /**
   * A new view: its h1 names the page and takes focus, so nobody is left on a link that is gone.
   * A view still loading reports its h1 when it renders (`hearth-admin-view-heading`).
   */
  private async viewChanged(): Promise<void> {
    this.focusHeading = true;
    document.title = this.localize.t("brand");
    await this.updateComplete;
    const main = this.renderRoot.querySelector("main");
    const view = main?.firstElementChild;
    if (view instanceof AdminElement) await view.updateComplete;
    // A view's h1 is in its shadow root; the app's own states (no access, no organisation) in main.
    const heading =
      view?.shadowRoot?.querySelector<HTMLElement>("h1") ?? main?.querySelector<HTMLElement>("h1");
    if (heading) this.showHeading(heading);
  }

  private readonly onViewHeading = (event: CustomEvent<{ heading: HTMLElement }>) => {
    this.showHeading(event.detail.heading);
  };

  private showHeading(heading: HTMLElement): void {
    const text = heading.textContent?.replace(/\s+/g, " ").trim();
    if (text) document.title = `${text} – ${this.localize.t("brand")}`;
    if (!this.focusHeading) return;
    this.focusHeading = false;
    heading.focus();
  }

  private readonly switchOrg = (slug: string) => {
    const { route } = this.location;
    // Event ids belong to one organisation; the other views exist in every one.
    const keep = ["settings", "team", "audit", "messages", "network"].includes(route.name)
      ? route
      : { name: "events" as const };
    navigate(keep, slug);
  };

  private readonly switchLanguage = (locale: string) => {
    this.languageChosen = true;
    this.lang = locale;
  };

  private readonly onPageSignedIn = (event: CustomEvent<MeResponse>) => {
    this.signedIn(event.detail);
    if (this.location.route.name === "sign-in") navigate({ name: "events" }, this.location.org);
    else void this.viewChanged();
  };

  private readonly onInvitationAccepted = (event: CustomEvent<MeResponse>) => {
    this.signedIn(event.detail);
    const route = this.location.route;
    const joined = event.detail.memberships.at(-1)?.organisation.slug ?? null;
    if (route.name === "invitation") navigate({ name: "events" }, joined);
    else void this.viewChanged();
  };

  /** Given to the API client: shows the dialog over the untouched view and waits. */
  private readonly askToSignIn = () =>
    new Promise<void>((resolve, reject) => {
      this.pendingSignIn = { resolve, reject };
      void this.updateComplete.then(() => {
        if (!this.dialog.open) this.dialog.showModal();
      });
    });

  private readonly onDialogSignedIn = (event: CustomEvent<MeResponse>) => {
    event.stopPropagation();
    this.signedIn(event.detail);
    const pending = this.pendingSignIn;
    this.pendingSignIn = undefined;
    this.dialog.close();
    pending?.resolve();
  };

  private readonly onDialogClose = () => {
    this.renderRoot.querySelector<HearthAdminSignIn>("dialog hearth-admin-sign-in")?.reset();
    const pending = this.pendingSignIn;
    this.pendingSignIn = undefined;
    pending?.reject(new Error("Sign-in was dismissed."));
  };

  private async onSignOut(): Promise<void> {
    try {
      await signOut();
      this.me = null;
      this.announcement = this.localize.t("signedOut");
      navigate({ name: "sign-in" }, null);
    } catch (error) {
      this.announcement = errorText(error, this.localize);
    }
  }
}
