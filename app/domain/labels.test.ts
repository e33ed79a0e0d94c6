import { describe, expect, it } from "vitest";
import { translator } from "~/i18n/translate";
import { accountName, actionStatusLabel, agencyChoiceLabel, agencyLabel, committeeChoiceLabel, membershipRoleLabel, milestoneName, personName, postLabel } from "./labels";

const en = translator("en");
const fr = translator("fr");

describe("labels", () => {
  it("names an agency by its acronym, else its name, and a post with its agency", () => {
    expect(agencyLabel({ acronym: "ELA", name: "Export Licensing Authority" })).toBe("ELA");
    expect(agencyLabel({ acronym: null, name: "Customs" })).toBe("Customs");
    expect(agencyChoiceLabel({ acronym: "ELA", name: "Export Licensing Authority" })).toBe("ELA — Export Licensing Authority");
    expect(agencyChoiceLabel({ acronym: null, name: "Customs" })).toBe("Customs");
    expect(committeeChoiceLabel({ shortName: "NATCOM", name: "National Commission" })).toBe("NATCOM — National Commission");
    expect(committeeChoiceLabel({ shortName: null, name: "Working group" })).toBe("Working group");
    expect(postLabel({ title: "Head of Licensing", agency: { acronym: "ELA", name: "Export Licensing Authority" } })).toBe("Head of Licensing (ELA)");
  });

  it("names a person, and an account by its person or else its email address", () => {
    expect(personName({ givenName: "Amina", familyName: "Diallo" })).toBe("Amina Diallo");
    expect(accountName({ email: "a@example.org", person: { givenName: "Amina", familyName: "Diallo" } })).toBe("Amina Diallo");
    expect(accountName({ email: "a@example.org", person: null })).toBe("a@example.org");
  });

  it("translates a known vocabulary value and shows an unknown one as stored", () => {
    expect(actionStatusLabel(en, "done")).toBe(en("actionStatus.done"));
    expect(membershipRoleLabel(fr, "chair")).toBe("Présidence");
    expect(actionStatusLabel(en, "legacy_status")).toBe("legacy_status");
  });

  it("names a milestone by its title, else its kind", () => {
    expect(milestoneName(en, { title: "Send to the secretariat", kind: "submission" })).toBe("Send to the secretariat");
    expect(milestoneName(en, { title: null, kind: "submission" })).toBe(en("dashboard.milestone.submission"));
    expect(milestoneName(en, { title: null, kind: "unknown_kind" })).toBe("unknown_kind");
  });
});
