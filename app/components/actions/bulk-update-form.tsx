import { Form, Link } from "@remix-run/react";
import { ACTION_STATUSES } from "~/domain/vocabulary";
import type { FormFailure } from "~/submissions/form-result";
import { useI18n } from "~/i18n/context";
import { bulkUpdateSchema, type BulkUpdateInput } from "~/schemas/action";
import { text } from "../forms/default-value";
import { useValidatedForm } from "../forms/use-validated-form";
import { FormAlert } from "../ui/field";
import { ActionStatusLabel, DueBadge, VacantBadge } from "./action-badges";
import type { ActionRow } from "./action-table";
import { agencyLabel } from "~/domain/labels";
import { FormActions } from "~/components/ui/form-actions";

type Row = ActionRow & { canUpdate: boolean };

/**
 * One form for the committee's open actions during a meeting: a status and a note per row. Rows left
 * as they were are not written; rows the reader may not change are shown without fields.
 */
export function BulkUpdateForm({ rows, now, failure }: { rows: Row[]; now: string; failure?: FormFailure }) {
  const { t, tr, date } = useI18n();
  const editable = rows.filter((r) => r.canUpdate);
  const initial: BulkUpdateInput = { rows: editable.map((r) => ({ id: r.id, was: r.status, status: r.status, note: "" })) };
  const { form, onSubmit, alert, defaults } = useValidatedForm(bulkUpdateSchema, {
    defaultValues: initial,
    failure,
    fromFailure: (typed) => ({ rows: initial.rows.map((r, i) => ({ ...r, status: typed[`rows.${i}.status`] ?? r.status, note: typed[`rows.${i}.note`] ?? "" })) }),
  });
  // Each field carries its value for the server-rendered page too (see default-value.ts).
  const field = (i: number, name: "id" | "was" | "status" | "note") => ({
    defaultValue: text(defaults.rows?.[i]?.[name]),
    ...form.register(`rows.${i}.${name}`),
  });
  const index = new Map(editable.map((r, i) => [r.id, i]));
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack">
      <FormAlert {...alert} />
      <div className="table-scroll">
        <table className="data-table bulk-table">
          <thead>
            <tr>
              <th scope="col">{t("action.col.title")}</th>
              <th scope="col">{t("action.col.owner")}</th>
              <th scope="col">{t("action.col.due")}</th>
              <th scope="col">{t("action.bulk.newStatus")}</th>
              <th scope="col">{t("action.update.note")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => {
              const i = index.get(a.id);
              const noteError = i === undefined ? undefined : form.getFieldState(`rows.${i}.note`).error?.message;
              const statusError = i === undefined ? undefined : form.getFieldState(`rows.${i}.status`).error?.message;
              return (
                <tr key={a.id} className={noteError || statusError ? "is-invalid" : undefined}>
                  <td>
                    <Link to={`/actions/${a.id}`} id={`title-${a.id}`}>
                      {a.title}
                    </Link>
                  </td>
                  <td>
                    {a.ownerPosition.title} <span className="muted">({agencyLabel(a.ownerAgency)})</span>
                    <VacantBadge vacant={a.ownerPosition.assignments.length === 0} />
                  </td>
                  <td className="nowrap">
                    {a.dueDate ? date(a.dueDate, "UTC") : "—"} <DueBadge action={a} now={now} />
                  </td>
                  {i === undefined ? (
                    <td colSpan={2}>
                      <ActionStatusLabel status={a.status} /> <span className="muted">{t("action.bulk.notYours")}</span>
                    </td>
                  ) : (
                    <>
                      <td>
                        <input type="hidden" {...field(i, "id")} />
                        <input type="hidden" {...field(i, "was")} />
                        <select
                          aria-label={t("action.bulk.statusOf", { title: a.title })}
                          aria-invalid={statusError ? true : undefined}
                          {...field(i, "status")}
                        >
                          {ACTION_STATUSES.map((s) => (
                            <option key={s} value={s}>
                              {t(`actionStatus.${s}`)}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>
                        <input
                          type="text"
                          aria-label={t("action.bulk.noteFor", { title: a.title })}
                          aria-invalid={noteError ? true : undefined}
                          aria-describedby={noteError ? `note-error-${a.id}` : undefined}
                          {...field(i, "note")}
                        />
                        {noteError ? (
                          <p className="row-error" id={`note-error-${a.id}`}>
                            {tr(noteError)}
                          </p>
                        ) : null}
                      </td>
                    </>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {editable.length ? (
        <FormActions submitLabel={t("action.bulk.submit")} />
      ) : null}
    </Form>
  );
}
