// The dev mailbox as a person reads it in the end-to-end tests.

/**
 * Opens the dev mailbox of the worker at `workerUrl` until a message to `recipient` whose subject
 * matches `subject` shows up (`tries` looks, half a second apart), and opens that message.
 */
export async function openMessage(page, workerUrl, recipient, subject, tries = 40) {
  for (let tried = 0; tried < tries; tried++) {
    await page.goto(`${workerUrl}/dev/mailbox`);
    const row = page.locator("tr, li").filter({ hasText: recipient }).filter({ hasText: subject });
    if ((await row.count()) > 0) {
      await row.first().getByRole("link").first().click();
      return;
    }
    await page.waitForTimeout(500);
  }
  throw new Error(`No message to ${recipient} matching ${subject} arrived in the dev mailbox`);
}
