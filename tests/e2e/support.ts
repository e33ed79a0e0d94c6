// Shared by the browser tests: the demo sign-ins, the navigation's areas in both languages, and the
// few steps every journey starts with.
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, type DemoAccount } from "../../prisma/demo-accounts";

export type { DemoAccount };
export { DEMO_ACCOUNTS };

export function demoAccount(role: DemoAccount["role"]): DemoAccount {
  const found = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!found) throw new Error(`No demo account has the role ${role}`);
  return found;
}

export type Lang = "en" | "fr";
/** `title` is the h1 of a built page whose heading these tests know; others are checked generically. */
type Area = { path: string; label: Record<Lang, string>; title?: Record<Lang, string> };

/** Every entry of the main navigation. */
export const AREAS: readonly Area[] = [
  { path: "/", label: { en: "Dashboard", fr: "Tableau de bord" }, title: { en: "My work", fr: "Mon travail" } },
  { path: "/agencies", label: { en: "Agencies", fr: "Institutions" }, title: { en: "Agencies", fr: "Institutions" } },
  { path: "/people", label: { en: "People and posts", fr: "Personnes et postes" }, title: { en: "People and posts", fr: "Personnes et postes" } },
  { path: "/responsibilities", label: { en: "Responsibilities", fr: "Responsabilités" }, title: { en: "Responsibilities", fr: "Responsabilités" } },
  { path: "/committees", label: { en: "Committees", fr: "Comités" } },
  { path: "/meetings", label: { en: "Meetings", fr: "Réunions" } },
  { path: "/decisions", label: { en: "Decisions and actions", fr: "Décisions et actions" } },
  { path: "/reporting", label: { en: "Reporting", fr: "Rapports" } },
  { path: "/handovers", label: { en: "Handovers", fr: "Passations" } },
  { path: "/search", label: { en: "Search", fr: "Recherche" } },
];

export function plannedTitle(area: Area, lang: Lang): string {
  return lang === "fr" ? `${area.label.fr} : pas encore disponible` : `${area.label.en}: not available yet`;
}

const routeFiles = readdirSync(fileURLToPath(new URL("../../app/routes", import.meta.url)));

/**
 * Whether the area has its own route yet. Until it does, `$area.tsx` answers with the honest
 * "not available yet" page; areas are being built while these tests run, so ask the route folder
 * rather than keep a list that goes stale.
 */
export function isBuilt(area: Area): boolean {
  const segment = area.path.slice(1);
  if (segment === "") return true;
  return routeFiles.some((f) => f === `${segment}.tsx` || f.startsWith(`${segment}.`) || f.startsWith(`${segment}_`));
}

/** The h1 of the error pages, which no nav area may show. */
export const ERROR_TITLES = /^(Page not found|Not allowed|Something went wrong|Page introuvable|Action non autorisée|Une erreur s’est produite)$/;

export const MAIN_NAV: Record<Lang, string> = { en: "Main", fr: "Navigation principale" };

export function mainNav(page: Page, lang: Lang) {
  return page.getByRole("navigation", { name: MAIN_NAV[lang], exact: true });
}

export function pageTitle(page: Page) {
  return page.getByRole("heading", { level: 1 });
}

/**
 * Waits until React has hydrated the server-rendered page. Typing into a form before that is lost:
 * react-hook-form writes its default values into the inputs when it attaches to them. React marks
 * each hydrated element, and <html> is the last one it finishes (commit follows in the same task).
 */
export async function waitForHydration(page: Page) {
  await page.waitForFunction(() => Object.keys(document.documentElement).some((k) => k.startsWith("__reactFiber$")), null, {
    timeout: 10_000,
  });
}

/** Signs in through the form, as a person would, and waits for the dashboard. */
export async function signIn(page: Page, account: DemoAccount, { javaScript = true } = {}) {
  await page.goto("/login");
  if (javaScript) await waitForHydration(page);
  await page.getByLabel("Email address").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/");
  await expect(pageTitle(page)).toHaveText(account.locale === "fr" ? "Mon travail" : "My work");
}

/** Collects what would mean a broken page: uncaught browser errors and server failures. */
export function watchForErrors(page: Page) {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("response", (response) => {
    if (response.status() >= 500) problems.push(`${response.status()} from ${response.url()}`);
  });
  return problems;
}
