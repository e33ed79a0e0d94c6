// Automated accessibility checks (axe-core) over every kind of screen, in English and in French,
// reached by clicking as a reader does (the error page, which no link leads to, is opened by its
// address). A page passes with no serious or critical violation. Beyond axe's default rules,
// label-content-name-mismatch (WCAG 2.5.3, "label in name") is switched on: axe counts it
// experimental, and it is the one that caught the matrix and the map.
//
// Speed (the suite runs in CI): axe runs in the page itself ("legacy mode": no blank page is opened
// to merge results from frames; Relais has no frames) and reports in full only what fails
// (`resultTypes`: the passes are counted, not serialised node by node). Every rule still runs on
// every node. Each screen is checked once per language, however often a walk passes through it.
// The French pass checks every kind of screen too; where an area has a "new" and an "edit" form
// drawn by the same component, French checks one of them ("english" below marks the other).
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { translator } from "../../app/i18n/translate";
import { demoAccount, mainNav, pageTitle, signIn, waitForHydration, type DemoAccount, type Lang } from "./support";

const checked = new Set<string>();

/** "both": checked in French too; "english": a second screen of a kind French checks elsewhere. */
type Passes = "both" | "english";

async function expectAccessible(page: Page, screen: string, passes: Passes = "both") {
  await expect(pageTitle(page), `${screen} has rendered`).toBeVisible();
  const lang = await page.locator("html").getAttribute("lang");
  if (lang === "fr" && passes === "english") return;
  const url = new URL(page.url());
  const key = `${lang} ${url.pathname}${url.search}`;
  if (checked.has(key)) return;
  checked.add(key);
  const { violations } = await new AxeBuilder({ page })
    .options({ rules: { "label-content-name-mismatch": { enabled: true } }, resultTypes: ["violations"] })
    .setLegacyMode(true)
    .analyze();
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(", ")}`);
  expect(serious, `serious or critical accessibility violations on ${screen} (${page.url()})`).toEqual([]);
}

/** Follows the first link of `where` matching `selector`, waits for its page, and checks it. */
async function follow(page: Page, where: Locator, selector: string, passes: Passes = "both") {
  const link = where.locator(selector).first();
  const href = await link.getAttribute("href", { timeout: 10_000 });
  expect(href, `a link ${selector}`).toBeTruthy();
  await link.click();
  await expect(page).toHaveURL(new URL(href!, page.url()).href);
  await expectAccessible(page, selector, passes);
}

function main(page: Page) {
  return page.getByRole("main");
}

/** A record's page: the first link to it in the page's list (its table). */
function inTable(page: Page) {
  return main(page).getByRole("table").first();
}

async function openArea(page: Page, lang: Lang, key: Parameters<ReturnType<typeof translator>>[0]) {
  const t = translator(lang);
  await mainNav(page, lang).getByRole("link", { name: t(key), exact: true }).click();
  await expectAccessible(page, t(key));
}

/** Signs in (the admin unless told), in the given language (the header switch, put back to English afterwards). */
async function signInAs(page: Page, lang: Lang, account: DemoAccount) {
  await signIn(page, account);
  if (lang === "fr") {
    await page.getByRole("button", { name: "Passer en français" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  }
  await expectAccessible(page, "dashboard");
}

type Journey = { name: string; as?: DemoAccount["role"]; walk: (page: Page, lang: Lang) => Promise<void> };

const JOURNEYS: Journey[] = [
  {
    name: "agencies and people",
    walk: async (page, lang) => {
      await openArea(page, lang, "nav.agencies");
      await follow(page, main(page), 'a[href="/agencies/map"]');
      await openArea(page, lang, "nav.agencies");
      await follow(page, main(page), 'a[href="/agencies/import"]');
      await openArea(page, lang, "nav.agencies");
      await follow(page, main(page), 'a[href="/agencies/new"]', "english");
      await openArea(page, lang, "nav.agencies");
      await follow(page, inTable(page), 'a[href^="/agencies/"]');
      await follow(page, main(page), 'a[href$="/edit"]');
      await openArea(page, lang, "nav.people");
      await follow(page, main(page), 'a[href="/people/new"]', "english");
      await openArea(page, lang, "nav.people");
      await follow(page, inTable(page), 'a[href^="/positions/"]');
      await follow(page, main(page), 'a[href$="/assign"]');
      await page.goBack();
      await follow(page, main(page), 'a[href$="/edit"]');
      await openArea(page, lang, "nav.people");
      await follow(page, inTable(page), 'a[href^="/people/"]');
      await follow(page, main(page), 'a[href$="/edit"]');
    },
  },
  {
    name: "responsibilities",
    walk: async (page, lang) => {
      await openArea(page, lang, "nav.responsibilities");
      await page.getByRole("main").locator('a[href="/responsibilities/matrix"]').click();
      // Checked with a cell's editor open (the grid is the largest page to check: once is enough).
      await follow(page, main(page), "td.matrix__cell a");
      await openArea(page, lang, "nav.responsibilities");
      await follow(page, main(page), 'a[href="/responsibilities/gaps"]');
      await openArea(page, lang, "nav.responsibilities");
      await follow(page, main(page), 'a[href="/responsibilities/mine"]');
      await openArea(page, lang, "nav.responsibilities");
      await follow(page, main(page), 'a[href="/responsibilities/new"]', "english");
      await openArea(page, lang, "nav.responsibilities");
      await follow(page, inTable(page), 'a[href^="/responsibilities/"]');
      await follow(page, main(page), 'a[href$="/edit"]');
    },
  },
  {
    name: "committees, meetings and documents",
    walk: async (page, lang) => {
      await openArea(page, lang, "nav.committees");
      await follow(page, main(page), 'a[href="/committees/new"]', "english");
      await openArea(page, lang, "nav.committees");
      await follow(page, inTable(page), 'a[href^="/committees/"]');
      await follow(page, main(page), 'a[href$="/members"]');
      await page.goBack();
      await follow(page, main(page), 'a[href$="/standing"]');
      await page.goBack();
      await follow(page, main(page), 'a[href$="/edit"]');
      await openArea(page, lang, "nav.meetings");
      for (const view of ["/meetings/calendar", "/meetings/mine", "/documents", "/calendar/feeds"]) {
        await follow(page, main(page), `a[href="${view}"]`);
      }
      await follow(page, main(page), 'a[href="/meetings/new"]', "english");
      await openArea(page, lang, "nav.meetings");
      await follow(page, main(page), 'a[href="/documents"]');
      await follow(page, main(page), 'a[href="/documents/new"]', "english");
      await page.goBack();
      await follow(page, inTable(page), 'a[href^="/documents/"]');
      await follow(page, main(page), 'a[href$="/files"]');
      await page.goBack();
      await follow(page, main(page), 'a[href$="/edit"]');
      await openArea(page, lang, "nav.meetings");
      await follow(page, inTable(page), 'a[href^="/meetings/"]');
      const tabs = main(page).getByRole("navigation");
      for (const tab of ["/agenda", "/attendance", "/journal", "/edit", "/status"]) {
        await follow(page, tabs, `a[href$="${tab}"]`);
      }
      await follow(page, tabs, 'a[href$="/agenda"]');
      await follow(page, main(page), 'a[href*="/agenda/"]');
      await follow(page, main(page), 'a[href$="/print"]');
    },
  },
  {
    name: "decisions, actions and reporting",
    walk: async (page, lang) => {
      await openArea(page, lang, "nav.decisions");
      // Only a draft is edited in place; its form is the new decision's, checked here.
      await follow(page, main(page), 'a[href="/decisions/new"]');
      await openArea(page, lang, "nav.decisions");
      await follow(page, inTable(page), 'a[href^="/decisions/"]');
      await openArea(page, lang, "nav.decisions");
      await follow(page, main(page), 'a[href="/actions"]');
      await follow(page, main(page), 'a[href^="/actions/new"]', "english");
      await page.goBack();
      await follow(page, inTable(page), 'a[href^="/actions/"]');
      await follow(page, main(page), 'a[href$="/edit"]');
      await openArea(page, lang, "nav.reporting");
      await follow(page, main(page), 'a[href="/reporting/compliance"]');
      await follow(page, main(page), 'a[href="/reporting/holidays"]');
      await follow(page, main(page), 'a[href="/reporting/new"]', "english");
      await follow(page, main(page), 'a[href="/reporting/calendar"]');
      await follow(page, main(page), 'a[href^="/reporting/calendar/print"]');
      await openArea(page, lang, "nav.reporting");
      await follow(page, inTable(page), 'a[href^="/reporting/"]');
      await follow(page, main(page), 'a[href$="/edit"]');
      await page.goBack();
      await follow(page, main(page), 'a[href^="/reporting/cycles/"]');
    },
  },
  {
    // The Commission's secretary is named on the demo handover (decision 033): the administrator
    // sees its facts but not its notes, so its page is reached as her.
    name: "handovers and rotation risk",
    as: "secretary",
    walk: async (page, lang) => {
      const t = translator(lang);
      await openArea(page, lang, "nav.handovers");
      await follow(page, main(page), 'a[href="/handovers?tab=write"]');
      await main(page).getByRole("navigation", { name: t("handover.list.tabs") }).getByRole("link", { name: t("handover.tab.all") }).click();
      await expect(page).toHaveURL(/tab=all/);
      await expectAccessible(page, "handovers to follow up");
      await follow(page, inTable(page), 'a[href^="/handovers/"]');
      await follow(page, main(page), 'a[href*="/print"]');
      await openArea(page, lang, "nav.handovers");
      await follow(page, main(page), 'a[href="/rotation-risk"]');
    },
  },
  {
    name: "search, notifications, profile and administration",
    walk: async (page, lang) => {
      await openArea(page, lang, "nav.search");
      const t = translator(lang);
      await main(page).getByRole("searchbox").fill("customs");
      await main(page).getByRole("button", { name: t("search.submit"), exact: true }).click();
      await expect(page).toHaveURL(/q=customs/);
      await expectAccessible(page, "search results");
      await follow(page, page.getByRole("banner"), 'a[href="/notifications"]');
      await follow(page, page.getByRole("banner"), 'a[href="/profile"]');
      await follow(page, main(page), 'a[href="/profile/notifications"]');
      await follow(page, page.getByRole("banner"), 'a[href="/admin/users"]');
      await follow(page, main(page), 'a[href="/admin/users/new"]');
      await page.goBack();
      await follow(page, inTable(page), 'a[href^="/admin/users/"]');
      await openArea(page, lang, "audit.title");
      await openArea(page, lang, "notify.outbox.title");
      // The error page: no link leads to it, so it is opened by its address (a meeting that is gone).
      await page.goto("/meetings/no-such-meeting");
      await expectAccessible(page, "error page");
    },
  },
];

for (const lang of ["en", "fr"] as const) {
  test.describe(`accessibility in ${lang === "en" ? "English" : "French"}`, () => {
    test.describe("signed out", () => {
      // The signed-out pages speak the browser's language.
      test.use({ locale: lang === "en" ? "en-GB" : "fr-FR" });
      test("the sign-in and password reset pages", async ({ page }) => {
        await page.goto("/login");
        await waitForHydration(page);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        await expectAccessible(page, "sign-in");
        await follow(page, main(page), 'a[href="/forgot-password"]');
      });
    });

    // One sign-in per account and language: the walks of an account follow each other in one page.
    for (const role of ["admin", "secretary"] as const) {
      const walks = JOURNEYS.filter((j) => (j.as ?? "admin") === role);
      test(`every screen of the ${role === "admin" ? "administrator" : "Commission's secretary"}`, async ({ page }) => {
        test.setTimeout(90_000 * walks.length);
        try {
          await signInAs(page, lang, demoAccount(role));
          for (const journey of walks) {
            await test.step(journey.name, async () => {
              await journey.walk(page, lang);
            });
          }
        } finally {
          // Leave the shared demo profile in English whatever happened above.
          if (lang === "fr") await page.request.post("/language", { form: { locale: "en", redirectTo: "/" } });
        }
      });
    }
  });
}
