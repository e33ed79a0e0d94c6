import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { RecordVersionField } from "~/components/forms/conflict-notice";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { FormAlert, SelectField, TextField } from "~/components/ui/field";
import { standingKind } from "~/domain/agenda";
import { AGENDA_ITEM_KINDS } from "~/domain/vocabulary";
import { conflicted, staleOr } from "~/submissions/conflict.server";
import type { FormFailure } from "~/submissions/form-result";
import { parseWith, readForm, refused } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { pageTitle } from "~/i18n/page-title";
import { getVisibleCommittee } from "~/models/committee.server";
import { addStandingItem, changeStandingItem, editStandingItem, setMattersArisingItem } from "~/models/membership.server";
import { notFound, requirePermission } from "~/permissions.server";
import { standingItemEditFormSchema, standingItemSchema, standingPageSchema, type StandingItemEditInput, type StandingItemInput } from "~/schemas/committee";
import { redirectWithFlash } from "~/session.server";
import styles from "~/styles/meetings.css";
import { FormActions } from "~/components/ui/form-actions";
import { OrderButtons } from "~/components/meetings/order-buttons";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "update", "committee");
  const committee = await getVisibleCommittee(ctx, params.committeeId ?? "");
  if (!committee || committee.archivedAt) throw notFound();
  // "?edit=<item>" opens that item's form in place: a link, so editing works without JavaScript.
  const editing = new URL(request.url).searchParams.get("edit");
  return { committee, editing: committee.standingItems.some((i) => i.id === editing) ? editing : null };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, ctx } = await requirePermission(request, "update", "committee");
  const committee = await getVisibleCommittee(ctx, params.committeeId ?? "");
  if (!committee || committee.archivedAt) throw notFound();
  const back = `/committees/${committee.id}/standing`;
  const formData = await readForm(request);
  const parsed = parseWith(standingPageSchema, formData);
  if (!parsed.ok) return refused(parsed);
  const input = parsed.data;
  if (input.intent === "add") {
    await addStandingItem(user.id, committee.id, input);
    return redirectWithFlash(request, back, { kind: "success", key: "common.created" });
  }
  if (input.intent === "edit") {
    let result: Awaited<ReturnType<typeof editStandingItem>> = null;
    const stale = await staleOr(async () => {
      result = await editStandingItem(user.id, committee.id, input.itemId, input);
    });
    if (stale) return conflicted(parsed.values, stale);
    if (!result) throw notFound();
    const { followed } = result as { followed: number };
    return redirectWithFlash(request, back, { kind: "success", key: followed ? "committee.standing.savedFollowed" : "common.saved" });
  }
  if (input.intent === "mattersArising") {
    const stale = await staleOr(() => setMattersArisingItem(user.id, committee.id, { version: input.version, on: input.mattersArisingItem }));
    if (stale) return conflicted(parsed.values, stale);
    return redirectWithFlash(request, back, { kind: "success", key: "common.saved" });
  }
  const found = await changeStandingItem(user.id, committee.id, input.itemId, input.intent);
  if (!found) throw notFound();
  return redirectWithFlash(request, back, { kind: "success", key: "common.saved" });
}

type Item = { id: string; label: string | null; title: string; kind: string | null; version: number };

export default function StandingAgendaPage() {
  const { committee, editing } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  const items = committee.standingItems;
  const editFailure = failure?.values.intent === "edit" ? failure : undefined;
  // After a refused edit, the form stays open on the item that was sent.
  const open = editFailure?.values.itemId ?? editing;
  const toggleFailure = failure?.values.intent === "mattersArising" ? failure : undefined;
  return (
    <section aria-labelledby="standing-title" className="stack">
      <p>
        <Link to={`/committees/${committee.id}`}>← {committee.shortName ?? committee.name}</Link>
      </p>
      <h1 id="standing-title">{t("committee.standing.title", { name: committee.shortName ?? committee.name })}</h1>
      <p className="lede">{t("committee.standing.intro")}</p>
      {items.length ? (
        <ol className="agenda" aria-label={t("committee.standing.listLabel")}>
          {items.map((item, i) => (
            <li key={item.id}>
              <div className="agenda__head">
                <span>
                  {item.label ? <span className="agenda__label">{item.label}</span> : null} {item.title}{" "}
                  {standingKind(item) !== "regular" ? <span className="badge">{t(`agendaKind.${standingKind(item)}`)}</span> : null}
                </span>
                <Form method="post" className="button-row">
                  <input type="hidden" name="itemId" value={item.id} />
                  <Link to={`?edit=${item.id}`} className="button button--quiet" aria-label={t("committee.standing.editLabel", { title: item.title })}>
                    {t("common.edit")}
                  </Link>
                  <OrderButtons title={item.title} first={i === 0} last={i === items.length - 1} />
                </Form>
              </div>
              {open === item.id ? <EditStandingItemForm key={`${item.id}-${item.version}`} item={item} failure={editFailure} /> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t("committee.detail.noStanding")}</p>
      )}
      <section aria-labelledby="matters-arising-title" className="stack">
        <h2 id="matters-arising-title">{t("committee.standing.mattersArisingTitle")}</h2>
        <p>
          {committee.mattersArisingItem
            ? t("committee.standing.mattersArisingOn", { title: t("agenda.mattersArisingTitle") })
            : t("committee.standing.mattersArisingOff")}
        </p>
        <Form method="post" className="button-row">
          <FormAlert show={Boolean(toggleFailure)} conflict={toggleFailure?.conflict} labels={{ mattersArisingItem: t("committee.standing.mattersArisingTitle") }} />
          <RecordVersionField version={committee.version} failure={toggleFailure} />
          <input type="hidden" name="mattersArisingItem" value={committee.mattersArisingItem ? "off" : "on"} />
          <button type="submit" name="intent" value="mattersArising" className="button">
            {committee.mattersArisingItem ? t("committee.standing.mattersArisingTurnOff") : t("committee.standing.mattersArisingTurnOn")}
          </button>
        </Form>
      </section>
      <h2>{t("committee.standing.add")}</h2>
      <AddStandingItemForm key={items.length} failure={failure?.values.intent === "add" ? failure : undefined} />
    </section>
  );
}

function kindOptions(t: ReturnType<typeof useI18n>["t"]) {
  return [{ value: "", label: t("committee.standing.kindFromTitle") }, ...AGENDA_ITEM_KINDS.map((k) => ({ value: k, label: t(`agendaKind.${k}`) }))];
}

function EditStandingItemForm({ item, failure }: { item: Item; failure?: FormFailure }) {
  const { t } = useI18n();
  const navigation = useNavigation();
  const initial: StandingItemEditInput = { intent: "edit", itemId: item.id, label: item.label ?? "", title: item.title, kind: item.kind ?? "" };
  const { onSubmit, field, alert } = useValidatedForm(standingItemEditFormSchema, { defaultValues: initial, failure });
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack form-grid" aria-label={t("committee.standing.editLabel", { title: item.title })}>
      <FormAlert
        {...alert}
        labels={{ label: t("agenda.field.label"), title: t("agenda.field.title"), kind: t("agenda.field.kind"), order: t("stale.agendaOrder") }}
        choices={{ kind: AGENDA_ITEM_KINDS.map((k) => ({ value: k, label: t(`agendaKind.${k}`) })) }}
      />
      <RecordVersionField version={item.version} failure={failure} />
      <input type="hidden" name="itemId" value={item.id} />
      <TextField label={t("agenda.field.label")} optional hint={t("agenda.field.labelHint")} {...field("label")} />
      <TextField label={t("agenda.field.title")} {...field("title")} />
      <SelectField label={t("agenda.field.kind")} hint={t("committee.standing.kindHint")} options={kindOptions(t)} {...field("kind")} />
      <div className="form-actions">
        <button type="submit" name="intent" value="edit" className="button button--primary" disabled={navigation.state === "submitting"}>
          {t("common.save")}
        </button>
        <Link to="." className="button button--quiet">
          {t("common.cancel")}
        </Link>
      </div>
    </Form>
  );
}

function AddStandingItemForm({ failure }: { failure?: FormFailure }) {
  const { t } = useI18n();
  const navigation = useNavigation();
  const initial: StandingItemInput = { intent: "add", label: "", title: "", kind: "" };
  const { onSubmit, field, alert } = useValidatedForm(standingItemSchema, { defaultValues: initial, failure });
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack form-grid">
      <FormAlert {...alert} />
      <TextField label={t("agenda.field.label")} optional hint={t("agenda.field.labelHint")} {...field("label")} />
      <TextField label={t("agenda.field.title")} {...field("title")} />
      <SelectField label={t("agenda.field.kind")} hint={t("committee.standing.kindHint")} options={kindOptions(t)} {...field("kind")} />
      <FormActions submitLabel={t("committee.standing.addButton")} intent="add" />
    </Form>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => data && t("committee.standing.title", { name: data.committee.shortName ?? data.committee.name }));

export { ErrorBoundary } from "~/components/route-error-boundary";
