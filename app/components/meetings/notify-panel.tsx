import { Form } from "@remix-run/react";
import { isCalledOff } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";

/** The secretary's invitations and journal circulation, on the meeting's overview. Plain POST forms. */
export function MeetingNotifyPanel({
  meeting: m,
}: {
  meeting: { id: string; status: string; invitationsSentAt: Date | string | null; journalCirculatedAt: Date | string | null };
}) {
  const { t, dateTime } = useI18n();
  const invitable = !isCalledOff(m.status);
  return (
    <section aria-labelledby="notify-title" className="card stack">
      <h2 id="notify-title">{t("notify.meeting.notifications")}</h2>
      <p>{m.invitationsSentAt ? t("notify.meeting.invitationsSent", { date: dateTime(m.invitationsSentAt) }) : t("notify.meeting.noInvitations")}</p>
      {invitable ? (
        <Form method="post" action={`/meetings/${m.id}/notify`} className="inline-form">
          <p className="muted">{t("notify.meeting.inviteHint")}</p>
          <button type="submit" name="intent" value="invite" className="button">
            {m.invitationsSentAt ? t("notify.meeting.sendUpdate") : t("notify.meeting.sendInvitations")}
          </button>
        </Form>
      ) : (
        <p className="muted">{t("notify.meeting.cannotInvite")}</p>
      )}
      <p>{m.journalCirculatedAt ? t("notify.meeting.circulated", { date: dateTime(m.journalCirculatedAt) }) : null}</p>
      <Form method="post" action={`/meetings/${m.id}/notify`} className="inline-form">
        <p className="muted">{t("notify.meeting.circulateHint")}</p>
        <button type="submit" name="intent" value="circulate" className="button">
          {t("notify.meeting.circulate")}
        </button>
      </Form>
    </section>
  );
}
