import { Form } from "@remix-run/react";
import { useState, type FormEvent } from "react";
import { z } from "zod";
import { ATTENDANCE_STATUSES, isOneOf } from "~/domain/vocabulary";
import { participantKind } from "~/domain/participants";
import { useI18n } from "~/i18n/context";
import { attendanceRegisterSchema, registerFromForm } from "~/schemas/attendance";
import { FormAlert } from "../ui/field";
import { agencyLabel, participantRoleLabel, personName } from "~/domain/labels";
import { FormActions } from "~/components/ui/form-actions";

export type RegisterParticipant = {
  id: string;
  role: string;
  attendance: string;
  representedByName: string | null;
  externalName: string | null;
  externalAffiliation: string | null;
  externalKind: string | null;
  agency: { id: string; name: string; acronym: string | null } | null;
  position: { id: string; title: string } | null;
  person: { givenName: string; familyName: string } | null;
  editable: boolean;
};

/** Errors by participant id, from the schema's "rows.<index>.<field>" paths. */
export function registerErrors(error: z.ZodError, rows: { participationId: string }[]) {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const [, index] = issue.path;
    const row = typeof index === "number" ? rows[index] : undefined;
    if (row) out[row.participationId] = issue.message;
  }
  return out;
}

/**
 * One form for the whole register. The shared schema runs in the browser before sending (when
 * JavaScript is on) and again on the server; rows the reader may not edit are shown read-only.
 */
export function AttendanceRegister({
  participants,
  serverErrors,
  values,
}: {
  participants: RegisterParticipant[];
  serverErrors?: Record<string, string>;
  values?: Record<string, string>;
}) {
  const { t, tr } = useI18n();
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const errors = clientErrors ?? serverErrors ?? {};
  const anyEditable = participants.some((p) => p.editable);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const input = registerFromForm(new FormData(event.currentTarget));
    const result = attendanceRegisterSchema.safeParse(input);
    if (result.success) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    setClientErrors(registerErrors(result.error, input.rows));
  };
  return (
    <Form method="post" onSubmit={onSubmit} noValidate className="stack">
      <FormAlert show={Object.keys(errors).length > 0} />
      <div className="table-scroll">
        <table className="data-table register">
          <thead>
            <tr>
              <th scope="col">{t("attendance.col.holder")}</th>
              <th scope="col">{t("attendance.col.post")}</th>
              <th scope="col">{t("attendance.col.role")}</th>
              <th scope="col">{t("attendance.col.attendance")}</th>
              <th scope="col">{t("attendance.col.representedBy")}</th>
            </tr>
          </thead>
          <tbody>
            {participants.map((p) => {
              // The post and who holds it, apart: after a rotation the post stays invited and its holder changes.
              const holder = p.externalName ?? (p.person ? personName(p.person) : null);
              const name = holder ?? p.position?.title ?? "—";
              const agency = p.agency ? agencyLabel(p.agency) : null;
              const kind = participantKind(p);
              const outside = kind === "expert" || kind === "delegation" || kind === "organisation";
              const post = outside ? [t(`participantKind.${kind}`), p.externalAffiliation].filter(Boolean).join(", ") : p.position ? [p.position.title, agency].filter(Boolean).join(", ") : agency;
              const error = errors[p.id];
              return (
                <tr key={p.id}>
                  <th scope="row">{holder ?? <span className="muted">{t("attendance.vacant")}</span>}</th>
                  <td>{post ?? "—"}</td>
                  <td>{participantRoleLabel(t, p.role)}</td>
                  <td>
                    {p.editable ? (
                      <select name={`attendance.${p.id}`} defaultValue={values?.[`attendance.${p.id}`] ?? p.attendance} aria-label={t("attendance.attendanceOf", { name })}>
                        {ATTENDANCE_STATUSES.map((s) => (
                          <option key={s} value={s}>
                            {t(`attendanceStatus.${s}`)}
                          </option>
                        ))}
                      </select>
                    ) : isOneOf(ATTENDANCE_STATUSES, p.attendance) ? (
                      t(`attendanceStatus.${p.attendance}`)
                    ) : (
                      p.attendance
                    )}
                  </td>
                  <td>
                    {p.editable ? (
                      <>
                        <input
                          name={`representedBy.${p.id}`}
                          defaultValue={values?.[`representedBy.${p.id}`] ?? p.representedByName ?? ""}
                          aria-label={t("attendance.representedByOf", { name })}
                          aria-invalid={error ? true : undefined}
                          aria-describedby={error ? `representedBy-${p.id}-error` : undefined}
                        />
                        {error ? (
                          <p className="field__error" id={`representedBy-${p.id}-error`}>
                            {tr(error)}
                          </p>
                        ) : null}
                      </>
                    ) : (
                      (p.representedByName ?? "")
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {anyEditable ? (
        <FormActions submitLabel={t("attendance.save")} intent="register" />
      ) : null}
    </Form>
  );
}
