/**
 * The manage token in a manage link (`…#token=…`, in the fragment so it never reaches a server's
 * logs), as the API answers a new application or sign-up with it; null when there is none.
 * Relative links are read against `base`.
 */
export function manageTokenIn(link: string | undefined, base: string): string | null {
  if (!link) return null;
  return new URLSearchParams(new URL(link, base).hash.slice(1)).get("token");
}
