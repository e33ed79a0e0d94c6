import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { AppHeader } from "~/components/app-header";
import { SignedOutFooter } from "~/components/language-switch";
import { can } from "~/domain/access";
import { FlashBanner } from "~/components/ui/flash-banner";
import { ErrorPanel } from "~/components/error-panel";
import { refusalOf } from "~/http/refusal";
import { I18nProvider, useCatalogue, useI18n } from "~/i18n/context";
import { resolveLocale } from "~/i18n/locale.server";
import { pageTitle } from "~/i18n/page-title";
import { unreadCount } from "~/models/notification-inbox.server";
import { getAccess } from "~/permissions.server";
import { getSession, sessionStorage, type FlashMessage } from "~/session.server";
import { navigationFor } from "~/navigation";
import styles from "~/styles/app.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.ico" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const access = await getAccess(request);
  const locale = await resolveLocale(request, access?.user.locale);
  const session = await getSession(request);
  const flash: unknown = session.get("flash");
  const headers = new Headers();
  if (flash) headers.append("Set-Cookie", await sessionStorage.commitSession(session));
  return data(
    {
      locale,
      // The reader's zone: their profile's, else UTC until they choose one (times also show the venue's).
      timeZone: access?.user.timeZone ?? "UTC",
      user: access
        ? {
            displayName: access.user.displayName,
            roles: access.ctx.roles,
            navigation: navigationFor(access.ctx),
            unreadNotifications: unreadCount(access.user.id),
            canManageUsers: can(access.ctx, "read", "user"),
          }
        : null,
      flash: isFlash(flash) ? flash : null,
    },
    { headers },
  );
}

function isFlash(value: unknown): value is FlashMessage {
  return typeof value === "object" && value !== null && "key" in value && "kind" in value;
}

// The product's name alone, or the error's title when the root boundary shows one (docs/decisions/028).
export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, () => null);

export function Layout({ children }: { children: ReactNode }) {
  const root = useRouteLoaderData<typeof loader>("root");
  const locale = root?.locale ?? "en";
  // The cross-site refusal is served at the address that was posted to, which the browser's router
  // would match to another route than the server did (server.js, app/routes/refused.cross-site.tsx):
  // it goes out as a static page, without scripts. Nothing on it needs them.
  const hydrate = refusalOf(useRouteError()) !== "crossSite";
  const revision = useCatalogue(locale);
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <I18nProvider locale={locale} timeZone={root?.timeZone ?? "UTC"} revision={revision}>
          {children}
        </I18nProvider>
        {hydrate ? (
          <>
            <ScrollRestoration />
            <Scripts />
          </>
        ) : null}
      </body>
    </html>
  );
}

export default function App() {
  const root = useRouteLoaderData<typeof loader>("root");
  return (
    <>
      <AppHeader user={root?.user ?? null} />
      <main id="main" tabIndex={-1} className="page">
        {root?.flash ? <FlashBanner flash={root.flash} /> : null}
        <Outlet />
      </main>
      {root?.user ? null : <SignedOutFooter />}
    </>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const root = useRouteLoaderData<typeof loader>("root");
  return (
    <>
      <AppHeader user={root?.user ?? null} />
      <main id="main" tabIndex={-1} className="page">
        <ErrorPanel error={error} />
      </main>
      {root?.user ? null : <SignedOutFooter />}
    </>
  );
}

