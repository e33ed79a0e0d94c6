// The agenda a new meeting starts with: the committee's standing items in order, and a "matters
// arising" item (where the open actions of earlier meetings are followed up) when none of the
// standing items is one already.
import { AGENDA_ITEM_KINDS, isOneOf, type AgendaItemKind } from "./vocabulary";

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

/** A standing item; `kind` is the one the secretary chose, null to go by the title. */
export type StandingItem = { id: string; label: string | null; title: string; kind?: string | null };

/** The kind a standing item's copies take: the chosen one, else guessed from its title. */
export function standingKind(item: { title: string; kind?: string | null }): AgendaItemKind {
  return item.kind && isOneOf(AGENDA_ITEM_KINDS, item.kind) ? item.kind : standingItemKind(item.title);
}
export type InitialAgendaItem = {
  order: number;
  label: string | null;
  title: string;
  kind: AgendaItemKind;
  standingItemId: string | null;
};

/** The title the added "matters arising" item is stored with (search finds it); shown in the reader's language. */
export const MATTERS_ARISING_TITLE = "Matters arising and follow-up of actions";
/** The stored default titles, in every language: an item still carrying one is shown translated. */
const DEFAULT_MATTERS_ARISING_TITLES = new Set([MATTERS_ARISING_TITLE, "Suite donnée aux réunions précédentes et suivi des actions"]);

/**
 * The title an agenda item is shown with. The "matters arising" item Relais adds keeps its default
 * title until a secretary types another; while it does, it reads in the reader's language.
 */
export function agendaItemTitle(item: { kind: string; title: string }, t: (key: "agenda.mattersArisingTitle") => string): string {
  return item.kind === "matters_arising" && DEFAULT_MATTERS_ARISING_TITLES.has(item.title.trim()) ? t("agenda.mattersArisingTitle") : item.title;
}

/**
 * A new meeting's agenda. `mattersArising: false` is a committee that turned the added item off (it
 * still gets its own standing "matters arising" item if it has one).
 */
export function initialAgenda(standing: readonly StandingItem[], { mattersArising = true }: { mattersArising?: boolean } = {}): InitialAgendaItem[] {
  const items: Omit<InitialAgendaItem, "order">[] = standing.map((s) => ({
    label: s.label,
    title: s.title,
    kind: standingKind(s),
    standingItemId: s.id,
  }));
  if (mattersArising && !items.some((i) => i.kind === "matters_arising")) {
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
