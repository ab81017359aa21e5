import { nothing } from "lit";
import type { ElementPart, PartInfo } from "lit/directive.js";
import { Directive, PartType, directive } from "lit/directive.js";

/** What a control should show: its text, or whether it is ticked. */
export interface PresetState {
  value?: string;
  checked?: boolean;
}

/**
 * Puts a kept value back in a control (`<input ${preset({ value })}>`), touching it only when it
 * differs, so nothing moves under the fingers of someone typing. Given undefined it does nothing:
 * the control keeps what was typed, as in a form that reads its answers with `FormData`.
 */
class PresetDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error("preset() goes on an element");
  }

  render(_state: PresetState | undefined) {
    return nothing;
  }

  override update(part: ElementPart, [state]: [PresetState | undefined]) {
    const control = part.element as HTMLInputElement | HTMLTextAreaElement;
    if (state?.value !== undefined && control.value !== state.value) control.value = state.value;
    if (state?.checked !== undefined && control instanceof HTMLInputElement) {
      if (control.checked !== state.checked) control.checked = state.checked;
    }
    return nothing;
  }
}

export const preset = directive(PresetDirective);
