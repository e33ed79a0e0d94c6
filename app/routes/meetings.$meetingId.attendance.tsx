import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { AttendanceRegister, registerErrors } from "~/components/meetings/attendance-register";
import { MeetingHeader } from "~/components/meetings/meeting-header";
import { FormAlert, SelectField, TextField } from "~/components/ui/field";
import { can } from "~/domain/access";
import { PARTICIPANT_ROLES } from "~/domain/vocabulary";
import type { FormFailure } from "~/submissions/form-result";
import { formValues, readForm, refuse } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { addParticipant, listParticipants, postChoices, saveRegister } from "~/models/attendance.server";
import { visibleMeeting } from "~/models/meeting-access.server";
import { assertCan, forbidden, requirePermission } from "~/permissions.server";
import { ADD_PARTICIPANT_KINDS, addParticipantSchema, attendancePageInput, attendancePageSchema, type AddParticipantInput } from "~/schemas/attendance";
import { redirectWithFlash } from "~/session.server";
import { z } from "zod";
import styles from "~/styles/meetings.css";
import { pageTitle } from "~/i18n/page-title";
import { agencyLabel } from "~/domain/labels";
import { FormActions } from "~/components/ui/form-actions";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "meeting");
  const meeting = await visibleMeeting(ctx, params.meetingId);
  const canAdd = can(ctx, "update", "meeting");
  const [participants, posts] = await Promise.all([listParticipants(meeting.id), canAdd ? postChoices() : Promise.resolve([])]);
  return {
    meeting,
    participants: participants.map((p) => ({ ...p, editable: can(ctx, "update", "attendance", { agencyId: p.agencyId }) })),
    posts: posts.map((p) => ({ id: p.id, label: `${agencyLabel(p.agency)} — ${p.title}` })),
    canAdd,
    canEdit: can(ctx, "update", "meeting"),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, ctx } = await requirePermission(request, "read", "meeting");
  const meeting = await visibleMeeting(ctx, params.meetingId);
  const formData = await readForm(request);
  const values = formValues(formData);
  // Parsed once, with both forms' schemas: the permission follows the intent that is carried out.
  const input = attendancePageInput(formData);
  const result = attendancePageSchema.safeParse(input);
  if (!result.success) {
    if (values.intent === "add") return refuse(values, z.flattenError(result.error).fieldErrors);
    return data({ ok: false as const, values, rowErrors: registerErrors(result.error, input.rows) }, { status: 400 });
  }
  const page = result.data;
  if (page.intent === "add") {
    assertCan(ctx, "update", "meeting");
    const { intent: _intent, ...participant } = page;
    if (!(await addParticipant(user.id, meeting.id, participant))) return refuse(values, { positionId: ["attendance.error.postMissing"] });
    return redirectWithFlash(request, `/meetings/${meeting.id}/attendance`, { kind: "success", key: "attendance.added" });
  }
  assertCan(ctx, "update", "attendance");
  // Every row must be one this user may record: a focal point records their own agency's people only.
  const participants = new Map((await listParticipants(meeting.id)).map((p) => [p.id, p]));
  for (const row of page.rows) {
    const p = participants.get(row.participationId);
    if (!p || !can(ctx, "update", "attendance", { agencyId: p.agencyId })) throw forbidden();
  }
  const changed = await saveRegister(user.id, meeting.id, page.rows);
  return redirectWithFlash(request, `/meetings/${meeting.id}/attendance`, { kind: "success", key: changed ? "attendance.saved" : "attendance.unchanged" });
}

export default function AttendancePage() {
  const { meeting, participants, posts, canAdd, canEdit } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  const rowErrors = result && "rowErrors" in result ? result.rowErrors : undefined;
  const addFailure = result && "fieldErrors" in result ? result : undefined;
  return (
    <article aria-labelledby="meeting-title" className="stack">
      <MeetingHeader meeting={meeting} canEdit={canEdit} />
      <h2>{t("attendance.title")}</h2>
      <p className="lede">{t("attendance.intro")}</p>
      {participants.length ? (
        <AttendanceRegister participants={participants} serverErrors={rowErrors} values={rowErrors ? result?.values : undefined} />
      ) : (
        <p className="muted">{t("attendance.none")}</p>
      )}
      {canAdd ? (
        <section aria-labelledby="add-participant-title">
          <h2 id="add-participant-title">{t("attendance.addTitle")}</h2>
          <AddParticipantForm key={participants.length} posts={posts} failure={addFailure} />
        </section>
      ) : null}
    </article>
  );
}

function AddParticipantForm({ posts, failure }: { posts: { id: string; label: string }[]; failure?: FormFailure }) {
  const { t } = useI18n();
  const initial: AddParticipantInput = { intent: "add", kind: "external", positionId: "", externalName: "", externalAffiliation: "", externalEmail: "", role: "expert" };
  const { onSubmit, field, radio, alert } = useValidatedForm(addParticipantSchema, { defaultValues: initial, failure });
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack form-grid">
      <FormAlert {...alert} />
      <fieldset className="field-group">
        <legend>{t("attendance.add.kind")}</legend>
        <div className="radio-row">
          {ADD_PARTICIPANT_KINDS.map((kind) => (
            <label key={kind}>
              <input type="radio" {...radio("kind", kind)} /> {t(`attendance.add.${kind}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <TextField label={t("attendance.add.name")} optional hint={t("attendance.add.nameHint")} {...field("externalName")} />
      <TextField label={t("attendance.add.affiliation")} optional {...field("externalAffiliation")} />
      <TextField label={t("attendance.add.email")} type="email" optional hint={t("attendance.add.emailHint")} {...field("externalEmail")} />
      <SelectField
        label={t("attendance.add.postField")}
        optional
        options={[{ value: "", label: t("attendance.add.choosePost") }, ...posts.map((p) => ({ value: p.id, label: p.label }))]}
        {...field("positionId")}
      />
      <SelectField label={t("attendance.col.role")} options={PARTICIPANT_ROLES.map((r) => ({ value: r, label: t(`participantRole.${r}`) }))} {...field("role")} />
      <FormActions submitLabel={t("attendance.add.button")} intent="add" />
    </Form>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => [t("meeting.tab.attendance"), data?.meeting.title]);

export { ErrorBoundary } from "~/components/route-error-boundary";
