import type { ReactiveControllerHost } from "lit";
import type { ApplicationView } from "../../schema/contracts/festivals.js";
import type { ApiError } from "../shared/api-client.js";
import { eraseApplication, exportApplication } from "../shared/festivals-api.js";
import type { LocalizeController } from "../shared/localize.js";
import { PersonalDataController } from "../shared/personal-data.js";

/** The application's own link: which one, and the secret that opens it. */
export interface ApplicationLink {
  id: string;
  token: string;
  api: string | undefined;
}

/**
 * "Your data" under the application, once it exists: a copy of everything held about the cook,
 * or erasing it (which gives back a stall of a festival still to come).
 */
export function cookData(
  host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
  localize: LocalizeController,
  link: () => ApplicationLink,
  on: { erased(application: ApplicationView): void; failed(error: ApiError): void },
): PersonalDataController {
  return new PersonalDataController(host, localize, {
    exportData: () => {
      const { id, token, api } = link();
      return exportApplication(id, token, { api });
    },
    fileName: () => "my-cook-application.json",
    erase: async () => {
      const { id, token, api } = link();
      const { application } = await eraseApplication(id, token, { api });
      on.erased(application);
      await host.updateComplete;
      host.renderRoot.querySelector<HTMLElement>(".outcome")?.focus();
    },
    confirmKey: "eraseConfirmCook",
    onError: on.failed,
  });
}
