import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type {
  NetworkMemberEventsResponse,
  NetworkOverviewResponse,
} from "../../../schema/contracts/admin/networks.js";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import { createMember } from "../admin-helpers.js";
import { createEvent, createOrganisation, createSlot, postSignUp, signUpBody } from "../helpers.js";
import { createNetwork, inviteLink, networkOrigin, tokenOfLink } from "./network-helpers.js";

const codeOf = async (response: Response) => ((await response.json()) as ErrorEnvelope).error.code;

describe("joining and leaving a network", () => {
  it("takes a link from the network's owner and the member's owner accepting it; both sides see it", async () => {
    const { network, networkOwner } = await createNetwork(0);
    const member = await createOrganisation({ name: "Red Cross" });
    const memberOwner = await createMember(member.id, "owner");
    const url = await inviteLink(networkOwner, network.slug);
    expect(url).toMatch(/\/admin\/#\/networks\/join\/[A-Za-z0-9_-]{43}$/);
    const token = tokenOfLink(url);

    const preview = await memberOwner.as(`/api/v1/admin/orgs/${member.slug}/networks/preview`, {
      method: "POST",
      json: { token },
    });
    expect(await preview.json()).toEqual({
      network: { slug: network.slug, name: network.name },
      alreadyMember: false,
    });
    // Previewing changes nothing: the network has no member yet.
    const before = (await (
      await networkOwner.as(`/api/v1/admin/orgs/${network.slug}/network`)
    ).json()) as NetworkOverviewResponse;
    expect(before.members).toEqual([]);
    expect(before.invitations).toHaveLength(1);

    const joined = await memberOwner.as(`/api/v1/admin/orgs/${member.slug}/networks/join`, {
      method: "POST",
      json: { token },
    });
    expect(joined.status).toBe(200);
    const networkSide = (await (
      await networkOwner.as(`/api/v1/admin/orgs/${network.slug}/network`)
    ).json()) as NetworkOverviewResponse;
    expect(networkSide.isNetwork).toBe(true);
    expect(networkSide.members.map((m) => [m.slug, m.listByDefault])).toEqual([
      [member.slug, true],
    ]);
    expect(networkSide.invitations).toEqual([]);
    const memberSide = (await (
      await memberOwner.as(`/api/v1/admin/orgs/${member.slug}/network`)
    ).json()) as NetworkOverviewResponse;
    expect(memberSide.joined.map((n) => n.slug)).toEqual([network.slug]);

    // Both audit logs say so (ids only).
    const { results } = await env.DB.prepare(
      `SELECT organisation_id, action, target_id FROM audit_log WHERE action = 'network.member_joined'
        AND organisation_id IN (?1, ?2) ORDER BY organisation_id`,
    )
      .bind(network.id, member.id)
      .all();
    expect(results).toHaveLength(2);

    // The link was single-use.
    const again = await memberOwner.as(`/api/v1/admin/orgs/${member.slug}/networks/join`, {
      method: "POST",
      json: { token },
    });
    expect(again.status).toBe(404);
  });

  it("refuses a revoked, expired or malformed link, joining one's own network, and organisers who are not owners", async () => {
    const { network, networkOwner } = await createNetwork(0);
    const member = await createOrganisation();
    const memberOwner = await createMember(member.id, "owner");
    const memberOrganiser = await createMember(member.id, "organiser");
    const join = (who: typeof memberOwner, slug: string, token: string) =>
      who.as(`/api/v1/admin/orgs/${slug}/networks/join`, { method: "POST", json: { token } });

    const revokedUrl = await inviteLink(networkOwner, network.slug);
    const overview = (await (
      await networkOwner.as(`/api/v1/admin/orgs/${network.slug}/network`)
    ).json()) as NetworkOverviewResponse;
    const revoke = await networkOwner.as(
      `/api/v1/admin/orgs/${network.slug}/network/invitations/${overview.invitations[0]!.id}`,
      { method: "DELETE" },
    );
    expect(revoke.status).toBe(204);
    const revoked = await join(memberOwner, member.slug, tokenOfLink(revokedUrl));
    expect(revoked.status).toBe(404);
    expect(((await revoked.json()) as ErrorEnvelope).error.message).toMatch(/new one/);

    const expiredUrl = await inviteLink(networkOwner, network.slug);
    await env.DB.prepare(`UPDATE network_invitations SET expires_at = 1 WHERE network_id = ?1`)
      .bind(network.id)
      .run();
    expect((await join(memberOwner, member.slug, tokenOfLink(expiredUrl))).status).toBe(404);

    const malformed = await join(memberOwner, member.slug, "not a token");
    expect(malformed.status).toBe(422);

    const ownUrl = await inviteLink(networkOwner, network.slug);
    const own = await join(networkOwner, network.slug, tokenOfLink(ownUrl));
    expect(own.status).toBe(409);
    expect(await codeOf(own)).toBe("own_network");

    expect((await join(memberOrganiser, member.slug, tokenOfLink(ownUrl))).status).toBe(403);
    const { results } = await env.DB.prepare(`SELECT 1 FROM network_members WHERE member_id = ?1`)
      .bind(member.id)
      .all();
    expect(results).toEqual([]);
  });

  it("only a network invites, and a network with members can't stop being one", async () => {
    const plain = await createOrganisation();
    const owner = await createMember(plain.id, "owner");
    const refused = await owner.as(`/api/v1/admin/orgs/${plain.slug}/network/invitations`, {
      method: "POST",
      json: {},
    });
    expect(refused.status).toBe(409);
    expect(await codeOf(refused)).toBe("not_a_network");

    const started = await owner.as(`/api/v1/admin/orgs/${plain.slug}/network`, {
      method: "PUT",
      json: { isNetwork: true },
    });
    expect(started.status).toBe(204);
    expect(
      (
        await owner.as(`/api/v1/admin/orgs/${plain.slug}/network/invitations`, {
          method: "POST",
          json: { note: "Caritas" },
        })
      ).status,
    ).toBe(201);

    const { network, networkOwner } = await createNetwork(1);
    const stop = await networkOwner.as(`/api/v1/admin/orgs/${network.slug}/network`, {
      method: "PUT",
      json: { isNetwork: false },
    });
    expect(stop.status).toBe(409);
    expect(await codeOf(stop)).toBe("has_members");
  });

  it("lets the network remove a member, and answers a member that is not in it with 404", async () => {
    const { network, networkOwner, members } = await createNetwork(2);
    const removed = await networkOwner.as(
      `/api/v1/admin/orgs/${network.slug}/network/members/${members[0]!.organisation.slug}`,
      { method: "DELETE" },
    );
    expect(removed.status).toBe(204);
    const again = await networkOwner.as(
      `/api/v1/admin/orgs/${network.slug}/network/members/${members[0]!.organisation.slug}`,
      { method: "DELETE" },
    );
    expect(again.status).toBe(404);
    const overview = (await (
      await networkOwner.as(`/api/v1/admin/orgs/${network.slug}/network`)
    ).json()) as NetworkOverviewResponse;
    expect(overview.members.map((m) => m.slug)).toEqual([members[1]!.organisation.slug]);
  });
});

describe("what a network may see and do", () => {
  it("sees its members' events with places, never their people, and never their rosters", async () => {
    const { network, networkOwner, members } = await createNetwork(1);
    const member = members[0]!.organisation;
    const event = await createEvent(member.id);
    const slot = await createSlot(event, { capacity: 10 });
    const signed = await postSignUp(
      member.slug,
      event.id,
      signUpBody(slot.id, { name: "Olena Koval" }),
      { origin: networkOrigin },
    );
    expect(signed.status).toBe(201);

    const response = await networkOwner.as(`/api/v1/admin/orgs/${network.slug}/network/events`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toContain("Olena");
    expect(text).not.toContain("amina@example.org");
    const body = JSON.parse(text) as NetworkMemberEventsResponse;
    expect(body.events).toEqual([
      expect.objectContaining({
        id: event.id,
        organiser: { slug: member.slug, name: member.name },
        listed: true,
        curation: null,
        capacity: 10,
        remaining: 9,
      }),
    ]);

    // The member's roster is the member's: the network's owner is not its member (404).
    const roster = await networkOwner.as(
      `/api/v1/admin/orgs/${member.slug}/events/${event.id}/registrations`,
    );
    expect(roster.status).toBe(404);
    // Nor can it curate an outsider's event.
    const outsider = await createEvent((await createOrganisation()).id);
    const curate = await networkOwner.as(
      `/api/v1/admin/orgs/${network.slug}/network/events/${outsider.id}/curation`,
      { method: "PUT", json: { state: "featured" } },
    );
    expect(curate.status).toBe(404);
  });

  it("takes sign-ups for members' events from the network's websites, and stops when the member leaves", async () => {
    const { network, members } = await createNetwork(1);
    const { organisation: member, owner } = members[0]!;
    const event = await createEvent(member.id);
    const slot = await createSlot(event);

    const fromNetwork = await postSignUp(member.slug, event.id, signUpBody(slot.id), {
      origin: networkOrigin,
    });
    expect(fromNetwork.status).toBe(201);
    expect(fromNetwork.headers.get("Access-Control-Allow-Origin")).toBe(networkOrigin);
    const registration = await env.DB.prepare(
      `SELECT organisation_id FROM registrations WHERE slot_id = ?1`,
    )
      .bind(slot.id)
      .first<{ organisation_id: string }>();
    expect(registration?.organisation_id).toBe(member.id);

    const left = await owner.as(`/api/v1/admin/orgs/${member.slug}/networks/${network.slug}`, {
      method: "DELETE",
    });
    expect(left.status).toBe(204);
    const afterLeaving = await postSignUp(member.slug, event.id, signUpBody(slot.id), {
      origin: networkOrigin,
    });
    expect(afterLeaving.status).toBe(403);
    expect(await codeOf(afterLeaving)).toBe("forbidden_origin");
  });

  it("lets a member's organiser list or unlist one event, and only its own", async () => {
    const { network, members } = await createNetwork(1);
    const member = members[0]!.organisation;
    const organiser = await createMember(member.id, "organiser");
    const event = await createEvent(member.id);
    const unlist = await organiser.as(
      `/api/v1/admin/orgs/${member.slug}/events/${event.id}/network-listing`,
      { method: "PUT", json: { listing: "unlisted" } },
    );
    expect(unlist.status).toBe(204);
    const stored = await env.DB.prepare(`SELECT network_listing FROM events WHERE id = ?1`)
      .bind(event.id)
      .first<{ network_listing: string }>();
    expect(stored?.network_listing).toBe("unlisted");

    const other = await createEvent(network.id);
    const notOwn = await organiser.as(
      `/api/v1/admin/orgs/${member.slug}/events/${other.id}/network-listing`,
      { method: "PUT", json: { listing: "listed" } },
    );
    expect(notOwn.status).toBe(404);
    const bad = await organiser.as(
      `/api/v1/admin/orgs/${member.slug}/events/${event.id}/network-listing`,
      { method: "PUT", json: { listing: "everywhere" } },
    );
    expect(bad.status).toBe(422);
  });
});
