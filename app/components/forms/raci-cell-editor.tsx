import { Form, Link, useNavigation } from "@remix-run/react";
import { RACI_ROLES } from "~/domain/vocabulary";
import type { FormFailure } from "~/submissions/form-result";
import { useI18n } from "~/i18n/context";
import { addRoleSchema, type AddRoleInput } from "~/schemas/responsibility";
import { RaciBadge } from "../raci-badge";
import { FormAlert, SelectField, TextField } from "../ui/field";
import { useValidatedForm } from "./use-validated-form";
import { agencyChoiceLabel, agencyLabel } from "~/domain/labels";

export type CellData = {
  responsibility: { id: string; title: string };
  agency: { id: string; name: string; acronym: string | null };
  lines: { id: string; role: string; note: string | null; position: { id: string; title: string } | null }[];
  posts: { id: string; title: string }[];
};

/**
 * The roles of one agency on one responsibility: withdraw a role, or add one (for the agency as a
 * whole or one of its posts). Plain forms, so it works without JavaScript; the page that shows it
 * (matrix cell or responsibility page) handles the POST.
 */
export function RaciCellEditor({ cell, failure, closeTo }: { cell: CellData; failure?: FormFailure; closeTo: string }) {
  const { t } = useI18n();
  const navigation = useNavigation();
  const initial: AddRoleInput = { intent: "addRole", responsibilityId: cell.responsibility.id, agencyId: cell.agency.id, role: "R", positionId: "", note: "" };
  const { onSubmit, field, input, alert, errors } = useValidatedForm(addRoleSchema, { defaultValues: initial, failure });
  const agency = agencyLabel(cell.agency);
  return (
    <section className="cell-editor" aria-labelledby="cell-editor-title">
      <h2 id="cell-editor-title">{t("raci.editor.title", { agency, responsibility: cell.responsibility.title })}</h2>
      {cell.lines.length ? (
        <ul className="plain-list">
          {cell.lines.map((line) => (
            <li key={line.id}>
              <RaciBadge role={line.role} /> {line.position ? line.position.title : t("raci.agencyAsAWhole")}
              {line.note ? <span className="muted"> · {line.note}</span> : null}{" "}
              <Form method="post" preventScrollReset className="inline-form">
                <input type="hidden" name="intent" value="removeRole" />
                <input type="hidden" name="lineId" value={line.id} />
                <button type="submit" className="button button--quiet" disabled={navigation.state === "submitting"}>
                  {t("raci.editor.withdraw")}
                  <span className="visually-hidden">
                    {" "}
                    {line.role} {line.position ? line.position.title : agency}
                  </span>
                </button>
              </Form>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("raci.editor.noRole", { agency })}</p>
      )}
      <Form method="post" noValidate preventScrollReset onSubmit={onSubmit} className="stack">
        <FormAlert {...alert} />
        <input type="hidden" {...input("intent")} />
        <input type="hidden" {...input("responsibilityId")} />
        <input type="hidden" {...input("agencyId")} />
        <div className="row-form">
          <SelectField
            label={t("raci.editor.role")}
            error={errors.role?.message ?? errors.responsibilityId?.message ?? errors.agencyId?.message}
            options={RACI_ROLES.map((r) => ({ value: r, label: `${r} — ${t(`raci.${r}`)}` }))}
            {...input("role")}
          />
          <SelectField
            label={t("raci.editor.post")}
            optional
            options={[{ value: "", label: t("raci.agencyAsAWhole") }, ...cell.posts.map((p) => ({ value: p.id, label: p.title }))]}
            {...field("positionId")}
          />
        </div>
        <TextField label={t("raci.editor.note")} optional {...field("note")} />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={navigation.state === "submitting"}>
            {t("raci.editor.add")}
          </button>
          <Link to={closeTo} preventScrollReset className="button button--quiet">
            {t("raci.editor.close")}
          </Link>
        </div>
      </Form>
    </section>
  );
}

/** Opened from a row: first choose which agency gets a role (a GET form that keeps the page's filters). */
export function RaciAgencyChooser({
  responsibility,
  agencies,
  keep,
  closeTo,
}: {
  responsibility: { id: string; title: string };
  agencies: { id: string; name: string; acronym: string | null }[];
  keep: Record<string, string>;
  closeTo: string;
}) {
  const { t } = useI18n();
  return (
    <section className="cell-editor" aria-labelledby="cell-chooser-title">
      <h2 id="cell-chooser-title">{t("raci.chooser.title", { responsibility: responsibility.title })}</h2>
      <Form method="get" preventScrollReset className="row-form">
        {Object.entries(keep).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div className="field">
          <label htmlFor="cellAgency">{t("raci.chooser.agency")}</label>
          <select id="cellAgency" name="cellAgency">
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {agencyChoiceLabel(a)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary">
          {t("raci.chooser.open")}
        </button>
        <Link to={closeTo} preventScrollReset className="button button--quiet">
          {t("raci.editor.close")}
        </Link>
      </Form>
    </section>
  );
}
