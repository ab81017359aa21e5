/** What a Share button says, in the reader's language. */
export interface ShareWords {
  copied: string;
  /** Says the link itself, to copy by hand: `{link}`. */
  copyFailed: string;
}

/**
 * Shares a page: the phone's share sheet (Web Share API) where there is one, else the link copied
 * to the clipboard. Answers what to say in the button's status ("" when the share sheet took it,
 * or was closed). Called straight from the press: a share sheet needs the person's own press.
 * No Lit: the events list's first screen shares with it before the widget's code has come.
 */
export async function shareLink(url: string, title: string, words: ShareWords): Promise<string> {
  if (typeof navigator.share === "function") {
    try {
      await navigator.share({ title, url });
      return "";
    } catch (error) {
      // Closing the share sheet is a choice, not a failure; anything else falls back to copying.
      if (error instanceof DOMException && error.name === "AbortError") return "";
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return words.copied;
  } catch {
    return words.copyFailed.replace("{link}", url);
  }
}
