import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { FormAlert, TextField } from "~/components/ui/field";
import type { FormFailure } from "~/forms/form-result";
import { parseWith, readForm, refused } from "~/forms/parse.server";
import { useI18n } from "~/i18n/context";
import { findVisibleCommittee } from "~/models/committee.server";
import { addStandingItem, changeStandingItem } from "~/models/membership.server";
import { notFound, requirePermission } from "~/permissions.server";
import { standingItemSchema, standingPageSchema } from "~/schemas/committee";
import { redirectWithFlash } from "~/session.server";
import styles from "~/styles/meetings.css";
import { pageTitle } from "~/i18n/page-title";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "update", "committee");
  const committee = await findVisibleCommittee(ctx, params.committeeId ?? "");
  if (!committee || committee.archivedAt) throw notFound();
  return { committee };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, ctx } = await requirePermission(request, "update", "committee");
  const committee = await findVisibleCommittee(ctx, params.committeeId ?? "");
  if (!committee || committee.archivedAt) throw notFound();
  const back = `/committees/${committee.id}/standing`;
  const parsed = parseWith(standingPageSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  if (parsed.data.intent === "add") {
    await addStandingItem(user.id, committee.id, parsed.data);
    return redirectWithFlash(request, back, { kind: "success", key: "common.created" });
  }
  const found = await changeStandingItem(user.id, committee.id, parsed.data.itemId, parsed.data.intent);
  if (!found) throw notFound();
  return redirectWithFlash(request, back, { kind: "success", key: "common.saved" });
}

export default function StandingAgendaPage() {
  const { committee } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  const items = committee.standingItems;
  return (
    <section aria-labelledby="standing-title" className="stack">
      <p>
        <Link to={`/committees/${committee.id}`}>← {committee.shortName ?? committee.name}</Link>
      </p>
      <h1 id="standing-title">{t("committee.standing.title", { name: committee.shortName ?? committee.name })}</h1>
      <p className="lede">{t("committee.standing.intro")}</p>
      {items.length ? (
        <ol className="agenda">
          {items.map((item, i) => (
            <li key={item.id}>
              <div className="agenda__head">
                <span>
                  {item.label ? <span className="agenda__label">{item.label}</span> : null} {item.title}
                </span>
                <Form method="post" className="button-row">
                  <input type="hidden" name="itemId" value={item.id} />
                  <button type="submit" name="intent" value="up" className="button button--quiet" disabled={i === 0} aria-label={t("agenda.moveUpLabel", { title: item.title })}>
                    ↑
                  </button>
                  <button type="submit" name="intent" value="down" className="button button--quiet" disabled={i === items.length - 1} aria-label={t("agenda.moveDownLabel", { title: item.title })}>
                    ↓
                  </button>
                  <button type="submit" name="intent" value="remove" className="button button--quiet" aria-label={t("agenda.removeLabel", { title: item.title })}>
                    {t("agenda.remove")}
                  </button>
                </Form>
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t("committee.detail.noStanding")}</p>
      )}
      <h2>{t("committee.standing.add")}</h2>
      <AddStandingItemForm key={items.length} failure={failure} />
    </section>
  );
}

function AddStandingItemForm({ failure }: { failure?: FormFailure }) {
  const { t } = useI18n();
  const navigation = useNavigation();
  const initial = { intent: "add" as const, label: "", title: "" };
  const defaults = failure ? { ...initial, ...failure.values, intent: "add" as const } : initial;
  const { form, onSubmit, field } = useValidatedForm(standingItemSchema, { defaultValues: defaults, serverErrors: failure?.fieldErrors });
  const errors = form.formState.errors;
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack form-grid">
      <FormAlert show={Boolean(failure) || Object.keys(errors).length > 0} />
      <TextField label={t("agenda.field.label")} optional hint={t("agenda.field.labelHint")} error={errors.label?.message} {...field("label")} />
      <TextField label={t("agenda.field.title")} error={errors.title?.message} {...field("title")} />
      <div className="form-actions">
        <button type="submit" name="intent" value="add" className="button button--primary" disabled={navigation.state === "submitting"}>
          {t("committee.standing.addButton")}
        </button>
      </div>
    </Form>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => data && t("committee.standing.title", { name: data.committee.shortName ?? data.committee.name }));

export { ErrorBoundary } from "~/components/route-error-boundary";
