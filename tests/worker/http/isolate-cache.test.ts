import { describe, expect, it } from "vitest";
import { keep, recall } from "../../../worker/http/isolate-cache.js";

const answer = (text: string) =>
  new Response(text, { status: 200, headers: { "Content-Type": "application/json", ETag: '"e"' } });

describe("public answers kept in the isolate's memory", () => {
  it("gives a kept answer back with its headers until it expires, and never after", async () => {
    const now = 1_000_000;
    await keep("https://hearth.test/a", answer('{"a":1}'), now + 15_000);
    const early = recall("https://hearth.test/a", now + 14_999);
    expect(await early?.text()).toBe('{"a":1}');
    expect(early?.headers.get("ETag")).toBe('"e"');
    expect(recall("https://hearth.test/a", now + 15_000)).toBeUndefined();
    expect(recall("https://hearth.test/other", now)).toBeUndefined();
  });

  it("keeps at most 256 answers, dropping the oldest first", async () => {
    const now = 2_000_000;
    for (let i = 0; i < 300; i++)
      await keep(`https://hearth.test/n/${i}`, answer(`${i}`), now + 1000);
    expect(recall("https://hearth.test/n/0", now)).toBeUndefined();
    expect(recall("https://hearth.test/n/43", now)).toBeUndefined();
    expect(await recall("https://hearth.test/n/44", now)?.text()).toBe("44");
    expect(await recall("https://hearth.test/n/299", now)?.text()).toBe("299");
  });

  it("does not keep an answer larger than a sixteenth of its memory", async () => {
    await keep("https://hearth.test/big", answer("x".repeat(300_000)), Date.now() + 1000);
    expect(recall("https://hearth.test/big", Date.now())).toBeUndefined();
  });
});
