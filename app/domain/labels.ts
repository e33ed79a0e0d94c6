// How a record or a vocabulary value is named on screen, in exports and in emails: one helper each, so
// every page names an agency, a post, a person or a status the same way. A vocabulary value Relais does
// not know (an old row) is shown as it is stored rather than as a missing catalogue key.
import type { Translate } from "~/i18n/translate";
import { NOTIFICATION_STATUSES } from "./notifications";
import {
  ACTION_STATUSES,
  AGENCY_KINDS,
  COMMITTEE_KINDS,
  CONFIDENTIALITY_LEVELS,
  DECISION_ADOPTIONS,
  DECISION_STATUSES,
  DOCUMENT_KINDS,
  DUE_RULE_KINDS,
  isOneOf,
  LOCALES,
  MEETING_STATUSES,
  MEMBERSHIP_ROLES,
  MILESTONE_KINDS,
  MILESTONE_STATUSES,
  PARTICIPANT_ROLES,
  RACI_ROLES,
  ROLE_NAMES,
  TIME_MARK_KINDS,
} from "./vocabulary";

type Named = { acronym: string | null; name: string };
type Person = { givenName: string; familyName: string };

/** An agency by its acronym where it has one ("ELA"), else its name. */
export function agencyLabel(agency: Named): string {
  return agency.acronym ?? agency.name;
}

/** An agency in a list of choices: "ELA — Export Licensing Authority", else its name. */
export function agencyChoiceLabel(agency: Named): string {
  return agency.acronym ? `${agency.acronym} — ${agency.name}` : agency.name;
}

/** A committee in a list of choices: "NATCOM — National Commission …", else its name. */
export function committeeChoiceLabel(committee: { shortName: string | null; name: string }): string {
  return committee.shortName ? `${committee.shortName} — ${committee.name}` : committee.name;
}

/** A post with its agency: "Head of Licensing (ELA)". */
export function postLabel(post: { title: string; agency: Named }): string {
  return `${post.title} (${agencyLabel(post.agency)})`;
}

/** A person's name as the directory shows it: given name, then family name. */
export function personName(person: Person): string {
  return `${person.givenName} ${person.familyName}`;
}

/** An account as others see it: its person's name, else its email address. */
export function accountName(account: { email: string; person: Person | null }): string {
  return account.person ? personName(account.person) : account.email;
}

/** A milestone by its own title, else its kind ("Consolidation"). */
export function milestoneName(t: Translate, milestone: { title: string | null; kind: string }): string {
  return milestone.title ?? (isOneOf(MILESTONE_KINDS, milestone.kind) ? t(`dashboard.milestone.${milestone.kind}`) : milestone.kind);
}

export const actionStatusLabel = (t: Translate, v: string) => (isOneOf(ACTION_STATUSES, v) ? t(`actionStatus.${v}`) : v);
export const agencyKindLabel = (t: Translate, v: string) => (isOneOf(AGENCY_KINDS, v) ? t(`agencyKind.${v}`) : v);
export const committeeKindLabel = (t: Translate, v: string) => (isOneOf(COMMITTEE_KINDS, v) ? t(`committeeKind.${v}`) : v);
export const confidentialityLabel = (t: Translate, v: string) => (isOneOf(CONFIDENTIALITY_LEVELS, v) ? t(`confidentiality.${v}`) : v);
export const decisionAdoptionLabel = (t: Translate, v: string) => (isOneOf(DECISION_ADOPTIONS, v) ? t(`decisionAdoption.${v}`) : v);
export const decisionStatusLabel = (t: Translate, v: string) => (isOneOf(DECISION_STATUSES, v) ? t(`decisionStatus.${v}`) : v);
export const documentKindLabel = (t: Translate, v: string) => (isOneOf(DOCUMENT_KINDS, v) ? t(`documentKind.${v}`) : v);
export const dueRuleKindLabel = (t: Translate, v: string) => (isOneOf(DUE_RULE_KINDS, v) ? t(`reporting.ruleKind.${v}`) : v);
export const localeLabel = (t: Translate, v: string) => (isOneOf(LOCALES, v) ? t(`locale.${v}`) : v);
export const meetingStatusLabel = (t: Translate, v: string) => (isOneOf(MEETING_STATUSES, v) ? t(`meetingStatus.${v}`) : v);
export const membershipRoleLabel = (t: Translate, v: string) => (isOneOf(MEMBERSHIP_ROLES, v) ? t(`membershipRole.${v}`) : v);
export const milestoneStatusLabel = (t: Translate, v: string) => (isOneOf(MILESTONE_STATUSES, v) ? t(`reporting.milestoneStatus.${v}`) : v);
export const notificationStatusLabel = (t: Translate, v: string) => (isOneOf(NOTIFICATION_STATUSES, v) ? t(`notify.status.${v}`) : v);
export const participantRoleLabel = (t: Translate, v: string) => (isOneOf(PARTICIPANT_ROLES, v) ? t(`participantRole.${v}`) : v);
export const raciRoleLabel = (t: Translate, v: string) => (isOneOf(RACI_ROLES, v) ? t(`raci.${v}`) : v);
export const roleLabel = (t: Translate, v: string) => (isOneOf(ROLE_NAMES, v) ? t(`role.${v}`) : v);
export const timeMarkLabel = (t: Translate, v: string) => (isOneOf(TIME_MARK_KINDS, v) ? t(`timeMark.${v}`) : v);
