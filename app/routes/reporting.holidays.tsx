// The deployment's public holidays, by year: everyone may read the list; administrators add and
// remove days. Back-planned milestones of open cycles move off them at once (holidays.server.ts).
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { ReportingNav } from "~/components/reporting/reporting-nav";
import { FormAlert, TextField } from "~/components/ui/field";
import { Pagination } from "~/components/ui/pagination";
import { can } from "~/domain/access";
import type { FormFailure } from "~/submissions/form-result";
import { parseWith, readForm, refuse, refused } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { pageTitle } from "~/i18n/page-title";
import { addHoliday, archiveHoliday, listHolidays } from "~/models/holidays.server";
import { assertCan, notFound, requirePermission } from "~/permissions.server";
import { holidaySchema, holidaysPageSchema, type HolidayInput } from "~/schemas/reporting";
import { readListSearch } from "~/schemas/list-search";
import { holidayListSearch } from "~/schemas/lists";
import { redirectWithFlash } from "~/session.server";
import styles from "~/styles/reporting.css";
import { FormActions } from "~/components/ui/form-actions";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "holiday");
  const { filters, paging } = readListSearch(request, holidayListSearch);
  const year = filters.year ?? new Date().getUTCFullYear();
  const { rows, total } = await listHolidays(year, paging);
  return {
    year,
    rows,
    page: { page: paging.page, pageSize: paging.pageSize, total },
    canAdd: can(ctx, "create", "holiday"),
    canArchive: can(ctx, "archive", "holiday"),
    canCreate: can(ctx, "create", "reporting"),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, ctx } = await requirePermission(request, "read", "holiday");
  const parsed = parseWith(holidaysPageSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  if (parsed.data.intent === "add") {
    assertCan(ctx, "create", "holiday");
    const added = await addHoliday(user.id, { day: parsed.data.day, name: parsed.data.name });
    if (!added) return refuse(parsed.values, { day: ["error.reporting.holidayExists"] });
    return redirectWithFlash(request, `/reporting/holidays?year=${parsed.data.day.getUTCFullYear()}`, { kind: "success", key: "reporting.holidays.added" });
  }
  assertCan(ctx, "archive", "holiday");
  const archived = await archiveHoliday(user.id, parsed.data.holidayId);
  if (!archived) throw notFound();
  return redirectWithFlash(request, `/reporting/holidays?year=${archived.holiday.day.getUTCFullYear()}`, { kind: "success", key: "reporting.holidays.removed" });
}

export default function HolidaysPage() {
  const { year, rows, page, canAdd, canArchive, canCreate } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t, date, locale } = useI18n();
  const weekday = (day: Date | string) => new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(new Date(day));
  return (
    <section aria-labelledby="holidays-title" className="stack">
      <h1 id="holidays-title">
        {t("reporting.holidays.title")} {year}
      </h1>
      <ReportingNav canCreate={canCreate} />
      <p className="lede">{t("reporting.holidays.intro")}</p>
      <div className="button-row">
        <Link to={`/reporting/holidays?year=${year - 1}`} rel="prev">
          ← {t("reporting.calendar.previous")}
        </Link>
        <Link to={`/reporting/holidays?year=${year + 1}`} rel="next">
          {t("reporting.calendar.next")} →
        </Link>
      </div>
      {rows.length ? (
        <table className="table" aria-labelledby="holidays-title">
          <thead>
            <tr>
              <th scope="col">{t("reporting.holidays.day")}</th>
              <th scope="col">{t("reporting.holidays.name")}</th>
              {canArchive ? (
                <th scope="col">
                  <span className="visually-hidden">{t("reporting.holidays.remove")}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((h) => (
              <tr key={h.id}>
                <td>
                  {weekday(h.day)} {date(h.day, "UTC")}
                </td>
                <td>{h.name}</td>
                {canArchive ? (
                  <td>
                    <Form method="post">
                      <input type="hidden" name="holidayId" value={h.id} />
                      <button type="submit" name="intent" value="archive" className="button button--quiet" aria-label={t("reporting.holidays.removeOne", { name: h.name })}>
                        {t("reporting.holidays.remove")}
                      </button>
                    </Form>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t("reporting.holidays.empty")}</p>
      )}
      <Pagination {...page} />
      {canAdd ? (
        <>
          <h2>{t("reporting.holidays.add")}</h2>
          <AddHolidayForm failure={failure} />
        </>
      ) : null}
    </section>
  );
}

function AddHolidayForm({ failure }: { failure?: FormFailure }) {
  const { t } = useI18n();
  const initial: HolidayInput = { intent: "add", day: "", name: "" };
  const { onSubmit, field, alert } = useValidatedForm(holidaySchema, { defaultValues: initial, failure });
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack form-grid">
      <FormAlert {...alert} />
      <TextField label={t("reporting.holidays.day")} type="date" {...field("day")} />
      <TextField label={t("reporting.holidays.name")} {...field("name")} />
      {/* The intent travels as a field, not on the button: a submitter disabled while sending drops its name. */}
      <input type="hidden" name="intent" value="add" />
      <FormActions submitLabel={t("reporting.holidays.add")} keepEnabled />
    </Form>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => `${t("reporting.holidays.title")} ${data?.year ?? ""}`);

export { ErrorBoundary } from "~/components/route-error-boundary";
