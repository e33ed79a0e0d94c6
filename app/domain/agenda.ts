// The agenda a new meeting starts with: the committee's standing items in order, and a "matters
// arising" item (where the open actions of earlier meetings are followed up) when none of the
// standing items is one already.
import type { AgendaItemKind } from "./vocabulary";

const KIND_PATTERNS: readonly (readonly [AgendaItemKind, RegExp])[] = [
  ["adoption_of_agenda", /adoption (of|de) (the |l['’])?(agenda|ordre du jour)/i],
  ["matters_arising", /matters arising|follow-up of actions|suites? donn[ée]es?|questions en suspens/i],
  ["any_other_business", /any other business|questions diverses|autres questions/i],
  ["next_meeting", /next meeting|prochaine (r[ée]union|s[ée]ance)/i],
];

/** The kind of an agenda item, guessed from a standing item's title. */
export function standingItemKind(title: string): AgendaItemKind {
  return KIND_PATTERNS.find(([, pattern]) => pattern.test(title))?.[0] ?? "regular";
}

export type StandingItem = { id: string; label: string | null; title: string };
export type InitialAgendaItem = {
  order: number;
  label: string | null;
  title: string;
  kind: AgendaItemKind;
  standingItemId: string | null;
};

export const MATTERS_ARISING_TITLE = "Matters arising and follow-up of actions";

export function initialAgenda(standing: readonly StandingItem[]): InitialAgendaItem[] {
  const items: Omit<InitialAgendaItem, "order">[] = standing.map((s) => ({
    label: s.label,
    title: s.title,
    kind: standingItemKind(s.title),
    standingItemId: s.id,
  }));
  if (!items.some((i) => i.kind === "matters_arising")) {
    // After the opening formalities (adoption of the agenda), before the substance.
    const at = items.findLastIndex((i) => i.kind === "adoption_of_agenda") + 1;
    items.splice(at, 0, { label: null, title: MATTERS_ARISING_TITLE, kind: "matters_arising", standingItemId: null });
  }
  return items.map((item, i) => ({ ...item, order: i + 1 }));
}

/** Swaps an item with its neighbour; returns the two new orders, or null at either end. */
export function moveItem<T extends { id: string; order: number }>(items: readonly T[], id: string, direction: "up" | "down") {
  const sorted = [...items].sort((a, b) => a.order - b.order);
  const index = sorted.findIndex((i) => i.id === id);
  const item = sorted[index];
  const other = sorted[direction === "up" ? index - 1 : index + 1];
  if (!item || !other) return null;
  return [
    { id: item.id, order: other.order },
    { id: other.id, order: item.order },
  ] as const;
}

/**
 * The numbers an agenda shows. Items are numbered 1, 2, 3… by position; a label that is itself a
 * number ("2", "3.") is such a position number and is renumbered with the rest, so an inserted item
 * never yields "1, 2, 2, 3". A label of another scheme — the WGTR's "(a)"–"(g)", "A.", "iv" — is the
 * item's own and is kept, without taking a number from the sequence.
 */
export function agendaNumbers(items: readonly { label: string | null }[]): string[] {
  let n = 0;
  return items.map(({ label }) => {
    const own = label?.trim();
    if (own && !/^\d+[.)]?$/.test(own)) return own;
    n += 1;
    return String(n);
  });
}
