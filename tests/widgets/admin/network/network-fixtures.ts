import type {
  NetworkMemberEvent,
  NetworkOverviewResponse,
} from "../../../../schema/contracts/admin/networks.js";
import { shadow } from "../../helpers/shadow.js";

/** Demo Region as its owner sees it: two members, one link still open. */
export function networkOverview(
  overrides: Partial<NetworkOverviewResponse> = {},
): NetworkOverviewResponse {
  return {
    isNetwork: true,
    members: [
      {
        slug: "demo-city",
        name: "Demo City",
        joinedAt: "2030-01-10T09:00:00.000Z",
        listByDefault: true,
        upcomingEvents: 3,
      },
      {
        slug: "open-kitchen",
        name: "Open Kitchen",
        joinedAt: "2030-01-12T09:00:00.000Z",
        listByDefault: true,
        upcomingEvents: 1,
      },
    ],
    invitations: [
      {
        id: "nin_1",
        note: "Red Cross Tartu",
        createdAt: "2030-01-20T09:00:00.000Z",
        expiresAt: "2030-02-03T09:00:00.000Z",
      },
    ],
    joined: [],
    ...overrides,
  };
}

/** Demo City as a member sees it: in Demo Region, runs no network. */
export function memberOverview(
  overrides: Partial<NetworkOverviewResponse> = {},
): NetworkOverviewResponse {
  return {
    isNetwork: false,
    members: [],
    invitations: [],
    joined: [
      {
        slug: "demo-region",
        name: "Demo Region",
        joinedAt: "2030-01-10T09:00:00.000Z",
        listByDefault: true,
      },
    ],
    ...overrides,
  };
}

export function memberEvent(overrides: Partial<NetworkMemberEvent> = {}): NetworkMemberEvent {
  return {
    id: "evt_cafe",
    organiser: { slug: "demo-city", name: "Demo City" },
    title: "Language café",
    startsAt: "2030-03-05T16:00:00.000Z",
    kind: "meetup",
    listed: true,
    curation: null,
    capacity: 20,
    remaining: 8,
    ...overrides,
  };
}

/** The text of an element and every shadow root inside it, whitespace squeezed. */
export function deepText(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? "");
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(shadow(element));
  return parts.join(" ").replace(/\s+/g, " ").trim();
}

/** The first element matching `selector` in any shadow root under `element`. */
export function deepQuery<T extends Element = HTMLElement>(
  element: Element,
  selector: string,
): T | null {
  const roots: (ShadowRoot | Element)[] = [shadow(element)];
  while (roots.length > 0) {
    const root = roots.shift()!;
    const found = root.querySelector<T>(selector);
    if (found) return found;
    root.querySelectorAll("*").forEach((child) => {
      if (child.shadowRoot) roots.push(child.shadowRoot);
    });
  }
  return null;
}

/** Every button under `element` (through shadow roots) whose text includes `label`. */
export function buttonsNamed(element: Element, label: string): HTMLButtonElement[] {
  const found: HTMLButtonElement[] = [];
  const walk = (root: ShadowRoot | Element) => {
    root.querySelectorAll("button").forEach((button) => {
      if (button.textContent?.replace(/\s+/g, " ").includes(label)) found.push(button);
    });
    root.querySelectorAll("*").forEach((child) => {
      if (child.shadowRoot) walk(child.shadowRoot);
    });
  };
  walk(shadow(element));
  return found;
}
