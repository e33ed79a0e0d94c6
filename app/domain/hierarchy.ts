// Nesting rules for trees stored as parent links (agencies inside agencies, sub-committees).

/**
 * Would setting `parentId` as the parent of `id` make a loop? Walks up from the proposed parent
 * through `parentOf`; stops on a loop already in the data instead of spinning.
 */
export function wouldCreateCycle(id: string, parentId: string | null, parentOf: ReadonlyMap<string, string | null>): boolean {
  const seen = new Set<string>();
  let current = parentId;
  while (current) {
    if (current === id) return true;
    if (seen.has(current)) return false;
    seen.add(current);
    current = parentOf.get(current) ?? null;
  }
  return false;
}
