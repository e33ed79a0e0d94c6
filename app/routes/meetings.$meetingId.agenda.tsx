import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { agendaItemTitle, agendaNumbers } from "~/domain/agenda";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { AddAgendaItemForm, failureFor } from "~/components/meetings/agenda-forms";
import { MeetingHeader } from "~/components/meetings/meeting-header";
import { FormAlert } from "~/components/ui/field";
import { AGENDA_ITEM_KINDS, isOneOf } from "~/domain/vocabulary";
import { utcToWall, wallToUtc } from "~/domain/wall-clock";
import { refusingBadReferences } from "~/submissions/references.server";
import { parseWith, readForm, refused } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { addAgendaItem, changeAgendaItem, listAgendaItems, setAgendaAdopted } from "~/models/agenda.server";
import { agencyOptions } from "~/models/agency.server";
import { visibleMeeting } from "~/models/meeting-access.server";
import { notFound, requirePermission } from "~/permissions.server";
import { agendaPageSchema } from "~/schemas/agenda";
import { redirectWithFlash } from "~/session.server";
import styles from "~/styles/meetings.css";
import { pageTitle } from "~/i18n/page-title";
import { agencyLabel } from "~/domain/labels";
import { OrderButtons } from "~/components/meetings/order-buttons";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "update", "meeting");
  const meeting = await visibleMeeting(ctx, params.meetingId);
  const [items, agencies] = await Promise.all([listAgendaItems(meeting.id), agencyOptions()]);
  return { meeting, items, agencies, startTime: utcToWall(meeting.startsAt, meeting.timeZone).time };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, ctx } = await requirePermission(request, "update", "meeting");
  const meeting = await visibleMeeting(ctx, params.meetingId);
  const back = `/meetings/${meeting.id}/agenda`;
  const parsed = parseWith(agendaPageSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  const change = parsed.data;
  if (change.intent === "add") {
    const { intent: _intent, ...item } = change;
    const saved = await refusingBadReferences(parsed.values, () => addAgendaItem(user.id, meeting, item));
    if (!saved.ok) return saved.refusal;
    return redirectWithFlash(request, back, { kind: "success", key: "agenda.added" });
  }
  if (change.intent === "adopt" || change.intent === "unadopt") {
    const at = change.intent === "adopt" ? wallToUtc(utcToWall(meeting.startsAt, meeting.timeZone).date, change.adoptedTime, meeting.timeZone) : null;
    await setAgendaAdopted(user.id, meeting.id, at);
    return redirectWithFlash(request, back, { kind: "success", key: at ? "agenda.adopted" : "common.saved" });
  }
  if (!(await changeAgendaItem(user.id, meeting.id, change.itemId, change.intent))) throw notFound();
  return redirectWithFlash(request, back, { kind: "success", key: "common.saved" });
}

export default function AgendaPage() {
  const { meeting, items, agencies, startTime } = useLoaderData<typeof loader>();
  const numbers = agendaNumbers(items);
  const failure = useActionData<typeof action>();
  const { t, time } = useI18n();
  return (
    <article aria-labelledby="meeting-title" className="stack">
      <MeetingHeader meeting={meeting} canEdit />
      <section aria-labelledby="adoption-title" className="card">
        <h2 id="adoption-title">{t("meeting.agendaAdoption")}</h2>
        {failureFor(failure, "adopt") ? <FormAlert show /> : null}
        {meeting.agendaAdoptedAt ? (
          <Form method="post" className="button-row">
            <p>{t("agenda.adoptedAt", { time: time(meeting.agendaAdoptedAt, meeting.timeZone) })}</p>
            <button type="submit" name="intent" value="unadopt" className="button button--quiet">
              {t("agenda.unadopt")}
            </button>
          </Form>
        ) : (
          <Form method="post" className="button-row">
            <label>
              {t("agenda.adoptedTimeLabel", { zone: meeting.timeZone })}{" "}
              <input type="time" name="adoptedTime" defaultValue={startTime} required />
            </label>
            <button type="submit" name="intent" value="adopt" className="button">
              {t("agenda.adopt")}
            </button>
          </Form>
        )}
      </section>
      <h2>{t("agenda.title")}</h2>
      {items.length ? (
        <ol className="agenda">
          {items.map((item, i) => (
            <li key={item.id}>
              <div className="agenda__head">
                <span>
                  <span className="agenda__label">{numbers[i]}</span> <Link to={item.id}>{agendaItemTitle(item, t)}</Link>
                  {item.kind !== "regular" && isOneOf(AGENDA_ITEM_KINDS, item.kind) ? <span className="badge">{t(`agendaKind.${item.kind}`)}</span> : null}
                  {item.presenterAgency ? <span className="agenda__meta"> · {agencyLabel(item.presenterAgency)}</span> : null}
                </span>
                <Form method="post" className="button-row">
                  <input type="hidden" name="itemId" value={item.id} />
                  <OrderButtons title={item.title} first={i === 0} last={i === items.length - 1} />
                </Form>
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t("agenda.empty")}</p>
      )}
      <section aria-labelledby="add-item-title">
        <h2 id="add-item-title">{t("agenda.addTitle")}</h2>
        <AddAgendaItemForm key={items.length} agencies={agencies} failure={failureFor(failure, "add")} />
      </section>
    </article>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => [t("meeting.tab.agenda"), data?.meeting.title]);

export { ErrorBoundary } from "~/components/route-error-boundary";
