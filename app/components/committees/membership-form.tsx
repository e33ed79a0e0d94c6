import { Form, useNavigation } from "@remix-run/react";
import { MEMBERSHIP_ROLES } from "~/domain/vocabulary";
import type { FormFailure } from "~/submissions/form-result";
import { useI18n } from "~/i18n/context";
import { membershipSchema } from "~/schemas/committee";
import { useValidatedForm } from "../forms/use-validated-form";
import { FormAlert, SelectField, TextField } from "../ui/field";
import { agencyLabel } from "~/domain/labels";

type AgencyWithPosts = { id: string; name: string; acronym: string | null; positions: { id: string; title: string }[] };

export function MembershipForm({ agencies, failure, today }: { agencies: AgencyWithPosts[]; failure?: FormFailure; today: string }) {
  const { t, tr } = useI18n();
  const navigation = useNavigation();
  const initial = { intent: "add" as const, agencyId: "", positionId: "", role: "member", startDate: today, endDate: "" };
  const { form, onSubmit, field, input, alert, errors } = useValidatedForm(membershipSchema, { defaultValues: initial, failure });
  const agencyId = form.watch("agencyId");
  const posts = agencies.find((a) => a.id === agencyId)?.positions;
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack form-grid">
      <FormAlert {...alert} />
      <SelectField
        label={t("committee.member.agency")}
        options={[{ value: "", label: t("committee.member.chooseAgency") }, ...agencies.map((a) => ({ value: a.id, label: a.acronym ? `${a.name} (${a.acronym})` : a.name }))]}
        {...field("agencyId")}
      />
      {/* Without JavaScript every post is offered, grouped by agency; the server checks they match. */}
      <div className="field">
        <label htmlFor="positionId">
          {t("committee.member.post")} <span className="field__optional">({t("common.optional")})</span>
        </label>
        <select id="positionId" aria-invalid={errors.positionId ? true : undefined} aria-describedby={errors.positionId ? "positionId-error" : undefined} {...input("positionId")}>
          <option value="">{t("committee.member.noPost")}</option>
          {posts
            ? posts.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))
            : agencies
                .filter((a) => a.positions.length)
                .map((a) => (
                  <optgroup key={a.id} label={agencyLabel(a)}>
                    {a.positions.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.title}
                      </option>
                    ))}
                  </optgroup>
                ))}
        </select>
        {errors.positionId?.message ? (
          <p className="field__error" id="positionId-error">
            {tr(errors.positionId.message)}
          </p>
        ) : null}
      </div>
      <SelectField
        label={t("committee.member.role")}
        options={MEMBERSHIP_ROLES.map((r) => ({ value: r, label: t(`membershipRole.${r}`) }))}
        {...field("role")}
      />
      <div className="inline-fields">
        <TextField label={t("committee.member.since")} type="date" {...field("startDate")} />
        <TextField label={t("committee.member.until")} type="date" optional {...field("endDate")} />
      </div>
      <div className="form-actions">
        <button type="submit" name="intent" value="add" className="button button--primary" disabled={navigation.state === "submitting"}>
          {t("committee.member.add")}
        </button>
      </div>
    </Form>
  );
}
