import { createMember } from "../admin-helpers.js";
import { createOrganisation } from "../helpers.js";

export const networkOrigin = "https://region.example";

/**
 * A network (its own allowed website), and `memberCount` organisations that joined it through
 * the real invitation flow: the network's owner makes a link, each member's owner joins with it.
 */
export async function createNetwork(memberCount: number) {
  const network = await createOrganisation({
    name: "Test Region",
    slug: `region-${crypto.randomUUID().slice(0, 8)}`,
    isNetwork: true,
    allowedOrigins: [networkOrigin],
  });
  const networkOwner = await createMember(network.id, "owner");
  const members = [];
  for (let index = 0; index < memberCount; index++) {
    const member = await createOrganisation({
      name: `Member ${index + 1}`,
      slug: `member-${crypto.randomUUID().slice(0, 8)}`,
      allowedOrigins: [`https://member${index + 1}.example`],
      theme: { "color-primary": "#0b57d0", "font-family": "serif" },
    });
    const owner = await createMember(member.id, "owner");
    await joinWithNewLink(networkOwner, network.slug, owner, member.slug);
    members.push({ organisation: member, owner });
  }
  return { network, networkOwner, members };
}

type Member = Awaited<ReturnType<typeof createMember>>;

export async function inviteLink(networkOwner: Member, networkSlug: string): Promise<string> {
  const response = await networkOwner.as(`/api/v1/admin/orgs/${networkSlug}/network/invitations`, {
    method: "POST",
    json: { note: "for a member" },
  });
  if (response.status !== 201) throw new Error(`invitation: ${response.status}`);
  const body = (await response.json()) as { invitation: { url: string } };
  return body.invitation.url;
}

export const tokenOfLink = (url: string) => url.split("/").at(-1) ?? "";

export async function joinWithNewLink(
  networkOwner: Member,
  networkSlug: string,
  memberOwner: Member,
  memberSlug: string,
) {
  const token = tokenOfLink(await inviteLink(networkOwner, networkSlug));
  const response = await memberOwner.as(`/api/v1/admin/orgs/${memberSlug}/networks/join`, {
    method: "POST",
    json: { token },
  });
  if (response.status !== 200) throw new Error(`join: ${response.status} ${await response.text()}`);
}
