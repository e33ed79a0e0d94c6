import { MEMBERSHIP_ROLES } from "~/domain/vocabulary";
import type { FormFailure } from "~/submissions/form-result";
import { useI18n } from "~/i18n/context";
import { membershipSchema } from "~/schemas/committee";
import { useValidatedForm } from "../forms/use-validated-form";
import { ValidatedForm } from "../forms/validated-form";
import { GroupedSelectField, SelectField, TextField } from "../ui/field";
import { FormActions } from "../ui/form-actions";
import { vocabularyOptions, withShortName } from "../ui/options";
import { agencyLabel } from "~/domain/labels";

type AgencyWithPosts = { id: string; name: string; acronym: string | null; positions: { id: string; title: string }[] };

export function MembershipForm({ agencies, failure, today }: { agencies: AgencyWithPosts[]; failure?: FormFailure; today: string }) {
  const { t } = useI18n();
  const initial = { intent: "add" as const, agencyId: "", positionId: "", role: "member", startDate: today, endDate: "" };
  const validated = useValidatedForm(membershipSchema, { defaultValues: initial, failure });
  const { form, field } = validated;
  const agencyId = form.watch("agencyId");
  const posts = agencies.find((a) => a.id === agencyId)?.positions;
  return (
    <ValidatedForm form={validated}>
      <SelectField
        label={t("committee.member.agency")}
        empty={t("committee.member.chooseAgency")}
        options={agencies.map((a) => ({ value: a.id, label: withShortName(a.name, a.acronym) }))}
        {...field("agencyId")}
      />
      {/* Without JavaScript every post is offered, grouped by agency; the server checks they match. */}
      <GroupedSelectField
        label={t("committee.member.post")}
        optional
        empty={t("committee.member.noPost")}
        options={posts?.map((p) => ({ value: p.id, label: p.title }))}
        groups={agencies.map((a) => ({ key: a.id, label: agencyLabel(a), options: a.positions.map((p) => ({ value: p.id, label: p.title })) }))}
        {...field("positionId")}
      />
      <SelectField label={t("committee.member.role")} options={vocabularyOptions(MEMBERSHIP_ROLES, (r) => t(`membershipRole.${r}`))} {...field("role")} />
      <div className="inline-fields">
        <TextField label={t("committee.member.since")} type="date" {...field("startDate")} />
        <TextField label={t("committee.member.until")} type="date" optional {...field("endDate")} />
      </div>
      <FormActions submitLabel={t("committee.member.add")} intent="add" />
    </ValidatedForm>
  );
}
