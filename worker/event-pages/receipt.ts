import { constantTimeEqual, hmacSha256Base64Url } from "../lib/crypto.js";

/*
 * After a sign-up the form's answer redirects to a confirmation page (so a reload does not send
 * the form again). Its address carries a receipt, never the manage token: the page shows the
 * manage link (token in the fragment, as the API gives it) only while the receipt is fresh, so
 * an address left in a shared computer's history soon shows nothing.
 */

/** Long enough to read the page and copy the link; short for whoever uses the screen next. */
export const receiptMinutes = 30;

const sign = (secret: string, registrationId: string, eventId: string, expiresAt: string) =>
  hmacSha256Base64Url(secret, `event-page-receipt:${registrationId}:${eventId}:${expiresAt}`);

/** `<registration>.<expires at, base 36>.<signature>`, tied to the event's page. */
export async function issueReceipt(
  secret: string,
  registrationId: string,
  eventId: string,
  now: number,
): Promise<string> {
  const expiresAt = (now + receiptMinutes * 60_000).toString(36);
  return `${registrationId}.${expiresAt}.${await sign(secret, registrationId, eventId, expiresAt)}`;
}

export type ReceiptCheck = { registrationId: string } | "expired" | "invalid";

/** The signature first (a tampered receipt is invalid whatever its date), then the date. */
export async function checkReceipt(
  secret: string,
  receipt: string,
  eventId: string,
  now: number,
): Promise<ReceiptCheck> {
  const match = /^([A-Za-z0-9_-]{1,80})\.([0-9a-z]{1,12})\.([\w-]{43})$/.exec(receipt);
  if (!match) return "invalid";
  const [, registrationId = "", expiresAt = "", signature = ""] = match;
  if (!constantTimeEqual(await sign(secret, registrationId, eventId, expiresAt), signature)) {
    return "invalid";
  }
  return now < parseInt(expiresAt, 36) ? { registrationId } : "expired";
}
