import { css } from "lit";
import { formFieldStyles } from "../shared/form-field.styles.js";

/** The change step's form, added after the manage page's own styles when the step opens. */
export const changeStyles = [
  formFieldStyles,
  css`
    form.change {
      display: grid;
      gap: var(--hearth-space, 1rem);
    }
  `,
];
