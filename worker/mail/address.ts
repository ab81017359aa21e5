/** A mailbox as written in a header: `Name <local@domain>` or a bare `local@domain`. */
export interface Mailbox {
  name: string | null;
  address: string;
}

/**
 * Reads `Hearth <no-reply@hearth.example.org>` or `no-reply@hearth.example.org`. Only the forms we
 * write ourselves: no groups, no comments, no lists.
 */
export function parseMailbox(value: string): Mailbox {
  const angled = /^\s*(.*?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(value);
  if (angled) {
    const name = angled[1]!.replace(/^"(.*)"$/, "$1").replace(/\\(.)/g, "$1");
    return { name: name === "" ? null : name, address: angled[2]! };
  }
  const bare = value.trim();
  if (!/^[^<>\s@]+@[^<>\s@]+$/.test(bare)) throw new Error(`Not an email address: ${value}`);
  return { name: null, address: bare };
}

/** The part after `@`, for Message-IDs in the sender's own domain. */
export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf("@") + 1);
}
