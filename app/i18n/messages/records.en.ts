// Record-level safeguards: stale-form conflicts, who may see a confidential record.
export const recordsEn = {
  "error.version": "This form is missing its record version. Reload the page and try again.",
  "stale.title": "Someone else saved this record while you were editing it. Nothing of yours was saved.",
  "stale.byWhom": "Last change by {name}, {when}.",
  "stale.bySomeone": "It was changed after you opened this form.",
  "stale.someone": "another user",
  "stale.caption": "What changed meanwhile",
  "stale.field": "Field",
  "stale.was": "When you opened the form",
  "stale.now": "Now",
  "stale.empty": "(empty)",
  "stale.yes": "Yes",
  "stale.no": "No",
  "stale.otherFields": "{count, plural, one {# other field this form does not show also changed.} other {# other fields this form does not show also changed.}}",
  "stale.keep": "Your changes are still in the form below. Check them against the new values, then save again to keep yours.",
  "stale.agendaOrder": "Position on the agenda",
} as const;
