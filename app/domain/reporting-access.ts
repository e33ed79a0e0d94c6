// Who may see a reporting obligation, as canSee reads it (app/domain/access.ts). Pure, so the outbox's
// reminders and the pages classify an obligation the same way.

/** "Restricted" is the lead agency and the contributing agencies. */
export function classifiedObligation(o: { id: string; confidentiality: string; leadAgencyId: string | null; contributors: { agencyId: string }[] }) {
  return {
    id: o.id,
    confidentiality: o.confidentiality,
    agencyIds: [...(o.leadAgencyId ? [o.leadAgencyId] : []), ...o.contributors.map((c) => c.agencyId)],
  };
}
