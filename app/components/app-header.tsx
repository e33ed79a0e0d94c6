import { Form, NavLink } from "@remix-run/react";
import type { RoleName } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";
import type { NavItem } from "~/navigation";
import { LanguageSwitch } from "./language-switch";
import { NotificationBell } from "./notification-bell";

type HeaderUser = { displayName: string; roles: readonly RoleName[]; navigation: NavItem[]; unreadNotifications?: number; canManageUsers?: boolean } | null;

export function AppHeader({ user }: { user: HeaderUser }) {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <div className="app-header__bar">
        <a href="/" className="brand">
          <span className="brand__name">{t("app.name")}</span>
          <span className="brand__tagline">{t("app.tagline")}</span>
        </a>
        <div className="app-header__tools">
          {user ? (
            <Form method="get" action="/search" role="search" aria-label={t("search.headerLabel")} className="header-search">
              <input type="search" name="q" aria-label={t("search.headerLabel")} placeholder={t("search.headerPlaceholder")} maxLength={200} />
              <button type="submit" className="button button--quiet">
                {t("search.submit")}
              </button>
            </Form>
          ) : null}
          {user ? (
            <span className="user-chip">
              {t("nav.signedInAs", { name: user.displayName })}
              {user.roles.map((r) => (
                <span key={r} className="badge badge--role">
                  {t(`role.${r}`)}
                </span>
              ))}
            </span>
          ) : null}
          {user ? <NotificationBell unread={user.unreadNotifications ?? 0} /> : null}
          {user ? (
            <NavLink to="/profile" className="button button--quiet">
              {t("nav.profile")}
            </NavLink>
          ) : null}
          {user?.canManageUsers ? (
            <NavLink to="/admin/users" className="button button--quiet">
              {t("nav.users")}
            </NavLink>
          ) : null}
          {user ? <LanguageSwitch /> : null}
          {user ? (
            <Form method="post" action="/logout" className="inline-form">
              <button type="submit" className="button button--quiet">
                {t("nav.signOut")}
              </button>
            </Form>
          ) : null}
        </div>
      </div>
      {user ? (
        <nav aria-label={t("nav.main")} className="main-nav">
          <ul>
            {user.navigation.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === "/"} prefetch="intent">
                  {t(item.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
