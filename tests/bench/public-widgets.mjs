// The public widgets as a host page embeds them, for the size and timing benchmarks: what each
// shows first (its first meaningful content) and when its form is usable (a submit button shows,
// after the clicks a person makes to reach it; for the demo café, which asks a question of its
// own, once that question shows too: its code loads after the form).

/** A sign-up through the public API, for the manage page's widget: its id and manage token. */
async function bookingFixture(workerUrl, hostOrigin, locale) {
  const response = await fetch(
    `${workerUrl}/api/v1/orgs/demo-city/events/evt_demo_cafe_tue/registrations`,
    {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Origin: hostOrigin,
        "Idempotency-Key": crypto.randomUUID(),
        "CF-Connecting-IP": `10.201.0.${Math.floor(Math.random() * 250)}`,
      },
      body: JSON.stringify({
        slotId: "slt_demo_cafe_tue",
        adults: 1,
        children: 0,
        name: "Bench",
        locale,
        consent: true,
        fillMs: 5000,
      }),
    },
  );
  if (!response.ok)
    throw new Error(`bench sign-up failed: ${response.status} ${await response.text()}`);
  const { registration } = await response.json();
  return {
    id: registration.id,
    token: /[#&]token=([^&]+)/.exec(new URL(registration.manageUrl).hash)?.[1],
  };
}

/**
 * @typedef {{
 *   name: string,
 *   markup: (context: { workerUrl: string, hostOrigin: string, lang: string }) => Promise<string> | string,
 *   firstRender: string,
 *   form: { clicks?: string[], ready: string, codeHeld?: RegExp },
 * }} PublicWidget
 */

/**
 * Every file of the widgets' own code (chunks but the first screens' show code, and the widgets'
 * strings): held back to measure a form a person reaches on a first screen before that code.
 */
const firstScreensOnly =
  /\/(chunks\/(?!(first-screen-show|first-screen-opening|way-form-first-screen-show)-)[\w.-]+|i18n\/[\w.-]+\/[\w-]+)\.js$/;

/** @type {PublicWidget[]} */
export const publicWidgets = [
  {
    name: "events",
    markup: () => `<hearth-events org="demo-city"></hearth-events>`,
    firstRender: 'hearth-events [part="card"]',
    // The sign-up form opens from an event's title: on the first screen, before the widget's code
    // has come (held back here — every chunk but the first screens' show code, and the widget's
    // strings — until the form shows: what the form itself needs); `widgetForm` measures it again
    // with the widget's code let through, as on a fast line, where the widget takes over first
    // and draws its own form.
    form: {
      clicks: ['hearth-events [part="card"] .title-button'],
      ready: "hearth-events hearth-signup .question",
      codeHeld: firstScreensOnly,
    },
  },
  {
    name: "signup",
    markup: () => `<hearth-signup org="demo-city" event="evt_demo_cafe_tue"></hearth-signup>`,
    firstRender: "hearth-signup header h2",
    form: { ready: "hearth-signup .question" },
  },
  {
    name: "booking",
    markup: async ({ workerUrl, hostOrigin, lang }) => {
      const { id, token } = await bookingFixture(workerUrl, hostOrigin, lang);
      return `<hearth-booking registration="${id}" token="${token}"></hearth-booking>`;
    },
    firstRender: 'hearth-booking [part="card"]',
    // Cancel asks first; its "Yes, cancel" is the form. On the first screen, as the events'.
    form: {
      clicks: ["hearth-booking button.cancel"],
      ready: "hearth-booking .confirm button.danger",
      codeHeld: firstScreensOnly,
    },
  },
  {
    name: "festival",
    markup: () =>
      `<hearth-festival org="demo-city" festival="evt_demo_vao_kitchen"></hearth-festival>`,
    firstRender: 'hearth-festival [part="details"] h2',
    form: { ready: 'hearth-festival hearth-signup button[type="submit"]' },
  },
  {
    name: "visits",
    markup: () => `<hearth-visits org="demo-city"></hearth-visits>`,
    firstRender: 'hearth-visits [part="card"]',
    // A visit's title opens it; "Book seats for a group" unfolds the group form: both on the first
    // screen, before the widget's code, as the events' form (`widgetForm`: with the code let through).
    form: {
      clicks: [
        'hearth-visits [part="card"] .title-button',
        'hearth-visits [part="choice"][data-choice="visitor"] > button',
      ],
      ready: 'hearth-visits hearth-visit-group-form button[type="submit"]',
      codeHeld: firstScreensOnly,
    },
  },
  {
    name: "volunteer",
    markup: () => `<hearth-volunteer org="demo-city"></hearth-volunteer>`,
    firstRender: 'hearth-volunteer [part="form"]',
    form: { ready: 'hearth-volunteer button[type="submit"]' },
  },
  {
    name: "cook-apply",
    markup: () =>
      `<hearth-cook-apply org="demo-city" festival="evt_demo_vao_kitchen"></hearth-cook-apply>`,
    firstRender: 'hearth-cook-apply form[part="form"]',
    // The first step, on the first screen, before the widget's code: every step sends itself
    // there and the worker answers with the next, to the last screen and Send (`widgetForm`:
    // the widget's own first step, with the code let through).
    form: {
      ready: 'hearth-cook-apply form[part="form"] button[type="submit"]',
      codeHeld: firstScreensOnly,
    },
  },
];
