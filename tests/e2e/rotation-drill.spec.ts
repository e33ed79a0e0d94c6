// The rotation drill of issue 10, by clicking: every post of the export licensing unit changes holder.
// The outgoing head (invited by the administrator) writes and submits a handover before leaving; the
// administrator invites her successor, who sets a password and signs in; the secretary ends both
// tenures and assigns the new holders; the newcomer finds the handover, reads the frozen dossier,
// acknowledges it, and reaches from the dashboard in at most two navigations everything the post
// carries. The secretary sees the acknowledgement, and nothing is left with the people who left.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoAccount, mainNav, pageTitle, signIn, waitForHydration, watchForErrors } from "./support";

const PASSWORD = "rotation drill passphrase";
const POST = "Head of export licensing unit";
const OFFICER_POST = "Senior licensing officer (risk assessment)";
const AGENCY = /Export Licensing/;
const NOTE = "Drill: the consolidated ATT tables are in the licensing share, folder 2027.";

const today = () => new Date().toISOString().slice(0, 10);

/** The administrator's "New account" for a person of the directory; returns the one-time link. */
async function invite(admin: Page, familyName: string) {
  await admin.getByRole("link", { name: "Users" }).click();
  await admin.getByRole("link", { name: "New account" }).click();
  await expect(pageTitle(admin)).toHaveText("New account");
  await admin.getByLabel("Find a person without an account").fill(familyName);
  await admin.locator("#main").getByRole("button", { name: "Search" }).click();
  await expect(admin.getByRole("combobox", { name: /^Person/ })).toHaveValue(/.+/);
  await waitForHydration(admin);
  const email = await admin.getByLabel("Email address").inputValue();
  await admin.getByLabel(/^Agency focal point/).check();
  await admin.getByRole("button", { name: "Create and send the invitation" }).click();
  await expect(pageTitle(admin)).toHaveText(`The account of ${email} is created`);
  const link = await admin.getByLabel("One-time link").inputValue();
  return { email, link };
}

/** The invited person opens the link in their own browser, chooses a password and signs in. */
async function accept(browser: Browser, baseURL: string | undefined, invitation: { email: string; link: string }) {
  const context = await browser.newContext({ locale: "en-GB", baseURL });
  const page = await context.newPage();
  const problems = watchForErrors(page);
  await page.goto(invitation.link);
  await expect(pageTitle(page)).toHaveText("Welcome to Relais");
  await waitForHydration(page);
  await page.getByLabel("New password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("The new password again", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Set the password" }).click();
  await expect(page).toHaveURL("/login");
  await waitForHydration(page);
  await page.getByLabel("Email address").fill(invitation.email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/");
  await expect(pageTitle(page)).toHaveText("My work");
  return { page, problems, close: () => context.close() };
}

async function newPerson(secretary: Page, givenName: string, familyName: string, email: string) {
  await mainNav(secretary, "en").getByRole("link", { name: "People and posts" }).click();
  await secretary.getByRole("link", { name: "New person" }).click();
  await waitForHydration(secretary);
  await secretary.getByLabel("Given name").fill(givenName);
  await secretary.getByLabel("Family name").fill(familyName);
  await secretary.getByLabel("Email").fill(email);
  await secretary.getByRole("button", { name: "Save" }).click();
  await expect(pageTitle(secretary)).toContainText(familyName);
}

/** From the agency page: the post, end its current tenure today, then assign the successor from today. */
async function rotate(secretary: Page, post: string, leaving: string, successor: string) {
  await mainNav(secretary, "en").getByRole("link", { name: "Agencies" }).click();
  await secretary.getByRole("link", { name: AGENCY }).first().click();
  await secretary.getByRole("link", { name: post, exact: true }).first().click();
  await expect(pageTitle(secretary)).toHaveText(post);
  await waitForHydration(secretary);
  await secretary.getByText("End an assignment").click();
  const tenure = secretary.getByLabel("Assignment", { exact: true });
  await tenure.selectOption((await tenure.locator("option", { hasText: leaving }).first().getAttribute("value")) ?? "");
  await secretary.getByLabel("Actual end date").fill(today());
  await secretary.getByRole("button", { name: "End the assignment" }).click();
  await expect(secretary.getByRole("status")).toHaveText("The assignment was ended.");
  await secretary.getByRole("link", { name: "Assign a holder" }).click();
  await waitForHydration(secretary);
  await secretary.locator("#main").getByRole("searchbox").fill(successor);
  await secretary.locator("#main").getByRole("button", { name: "Search" }).click();
  await waitForHydration(secretary);
  const person = secretary.getByLabel("Person", { exact: true });
  const option = person.locator("option", { hasText: successor });
  await person.selectOption((await option.first().getAttribute("value")) ?? "");
  await secretary.getByLabel("Start date").fill(today());
  await secretary.getByRole("button", { name: "Record the assignment" }).click();
  await expect(pageTitle(secretary)).toHaveText(post);
  await expect(secretary.getByRole("status")).toHaveText("The assignment was recorded.");
}

test("rotation drill: the export licensing unit changes hands and nothing stays with the people who left", async ({ page: admin, browser, baseURL }) => {
  test.setTimeout(240_000);
  const adminProblems = watchForErrors(admin);
  await signIn(admin, demoAccount("admin"));

  // 1. The outgoing head gets an account, starts her handover from her post and submits it.
  const outgoing = await accept(browser, baseURL, await invite(admin, "Nkemelu"));
  // What she carries today, which must all pass to her successor.
  await expect(outgoing.page.getByRole("region", { name: /^Reporting: what I owe/ })).toContainText("Data call");
  await expect(outgoing.page.getByRole("region", { name: "Meetings in the next 30 days" })).toContainText("7th meeting of the Inter-agency Export Control Committee");
  await expect(outgoing.page.getByRole("region", { name: /^Open actions of my posts/ })).toContainText("Write handover notes for the head of the export licensing unit");
  await outgoing.page.getByRole("region", { name: "My current posts" }).getByRole("link", { name: POST }).click();
  await expect(pageTitle(outgoing.page)).toHaveText(POST);
  await outgoing.page.getByRole("button", { name: "Start a handover" }).click();
  await expect(outgoing.page.getByRole("status")).toHaveText("Handover started.");
  await outgoing.page.getByRole("link", { name: "Write the notes" }).click();
  await expect(pageTitle(outgoing.page)).toHaveText(`Handover notes: ${POST}`);
  await waitForHydration(outgoing.page);
  await outgoing.page.getByRole("textbox", { name: /^Ongoing matters/ }).fill("The ATT annual report data call goes out by 31 January; the working group meets first.");
  await outgoing.page.getByRole("textbox", { name: /^Where the files are/ }).fill(NOTE);
  await outgoing.page.getByRole("button", { name: "Save and submit" }).click();
  await expect(outgoing.page.getByRole("status")).toHaveText("Submitted: this version is frozen with its dossier.");

  // 2. The secretary records the two newcomers in the directory.
  const secretaryContext = await browser.newContext({ locale: "en-GB", baseURL });
  const secretary = await secretaryContext.newPage();
  const secretaryProblems = watchForErrors(secretary);
  await signIn(secretary, demoAccount("secretary"));
  await newPerson(secretary, "Efua", "Boateng-Drill", "efua.boateng@ela.lindora.example");
  await newPerson(secretary, "Kojo", "Asare-Drill", "kojo.asare@ela.lindora.example");

  // 3. The administrator invites the incoming head, who signs in before taking the post.
  const newcomer = await accept(browser, baseURL, await invite(admin, "Boateng-Drill"));
  await expect(newcomer.page.getByText(/^You hold no post at the moment/)).toBeVisible();

  // 4. The secretary rotates every post of the unit.
  await rotate(secretary, POST, "Nkemelu", "Boateng-Drill");
  await rotate(secretary, OFFICER_POST, "Agbo", "Asare-Drill");

  // 5. The newcomer, from the dashboard: the handover, its frozen notes and dossier, acknowledged.
  const me = newcomer.page;
  const card = (name: string | RegExp) => me.getByRole("region", { name });
  const home = async () => {
    await mainNav(me, "en").getByRole("link", { name: "Dashboard" }).click();
    await expect(pageTitle(me)).toHaveText("My work");
  };
  await home();
  await expect(card("My current posts")).toContainText(POST);
  await card(/^Handovers waiting for you/).getByRole("link", { name: POST }).click();
  await expect(pageTitle(me)).toHaveText(`Handover: ${POST}`);
  // The frozen notes (the History section below names the same text again).
  await expect(me.getByRole("paragraph").filter({ hasText: NOTE })).toBeVisible();
  await expect(me.getByText(/^Frozen at submission/)).toBeVisible();
  // The frozen dossier: the post's committees with their next meeting and last decisions.
  const dossierCommittees = me.getByRole("region", { name: "Committees" });
  await expect(dossierCommittees).toContainText("Inter-agency Export Control Committee");
  await expect(dossierCommittees.getByText("Decisions of the last 12 months:").first()).toBeVisible();
  await me.getByRole("button", { name: "I have read version 1: acknowledge" }).click();
  await expect(me.getByRole("status")).toHaveText("Handover acknowledged.");
  await expect(me.getByText(/^Version 1 acknowledged by Efua Boateng-Drill on /)).toBeVisible();

  // Everything the post carries, each within two navigations of the dashboard.
  await home();
  // Its open actions and next meetings are on the dashboard itself; the chair of the next
  // committee meeting the post chairs is now the newcomer.
  await expect(card(/^Open actions of my posts/)).toContainText("Write handover notes for the head of the export licensing unit");
  await card("Meetings in the next 30 days").getByRole("link", { name: "7th meeting of the Inter-agency Export Control Committee" }).click();
  await expect(pageTitle(me)).toContainText("7th meeting of the Inter-agency Export Control Committee");
  await expect(me.locator("dt", { hasText: /^Chair$/ }).locator("+ dd")).toContainText("Efua Boateng-Drill");
  // The next deadline the post owns and its milestones.
  await home();
  await card(/^Reporting: what I owe/).getByRole("link", { name: /^Data call — ATT annual report/ }).click();
  await expect(pageTitle(me)).toContainText("ATT annual report");
  await expect(me.getByText("Data call").first()).toBeVisible();
  // Its responsibilities.
  await home();
  await card("My current posts").getByRole("link", { name: "My responsibilities" }).click();
  await expect(me.getByText("Maintain the national control list").first()).toBeVisible();
  // The post page: counterparts and what changed since the handover.
  await home();
  await card("My current posts").getByRole("link", { name: POST }).click();
  await expect(pageTitle(me)).toHaveText(POST);
  await expect(me.getByRole("region", { name: "Counterparts" }).getByRole("row").nth(1)).toBeVisible();
  await expect(me.getByRole("region", { name: "What changed since the handover" })).toContainText(/^What changed since the handover\s*Since /);

  // 6. Nothing stays with the person who left: no post, no action, no meeting, no milestone.
  await mainNav(outgoing.page, "en").getByRole("link", { name: "Dashboard" }).click();
  await expect(outgoing.page.getByText(/^You hold no post at the moment/)).toBeVisible();
  const gone = outgoing.page;
  await expect(gone.getByRole("region", { name: /^Open actions of my posts/ })).toContainText("No open action is owned by your posts.");
  await expect(gone.getByRole("region", { name: "Meetings in the next 30 days" })).toContainText("No meeting is scheduled in the next 30 days.");
  await expect(gone.getByRole("region", { name: /^Reporting: what I owe/ })).toContainText("No milestone or report due for your posts or your agency.");
  await expect(gone.getByRole("region", { name: /^Handovers waiting for you/ })).toHaveCount(0);

  // 7. The secretary, who follows rotation, sees the acknowledgement, dated and by whom, in the
  // follow-up list. Who hands over to whom and when is directory information (decision 033); the
  // notes stay with the post's agency and the people named on it.
  await mainNav(secretary, "en").getByRole("link", { name: "Handovers" }).click();
  await secretary.getByRole("navigation", { name: "Which handovers" }).getByRole("link", { name: "All (follow-up)" }).click();
  const followed = secretary.locator("#main tbody tr").filter({ hasText: POST }).filter({ hasText: "Florence Nkemelu" });
  await expect(followed).toHaveCount(1);
  await expect(followed.locator("td").nth(2)).toHaveText("Efua Boateng-Drill");
  await expect(followed.locator("td").nth(3)).toContainText("Acknowledged");
  await expect(followed.locator("td").nth(5)).toContainText(String(new Date().getFullYear()));
  await expect(followed.locator("td").nth(5)).toContainText("Efua Boateng-Drill");
  await expect(followed.locator("td").nth(0)).toContainText("Notes and dossier not shared with you");

  await expect(problemsOf(adminProblems, secretaryProblems, outgoing.problems, newcomer.problems)).toEqual([]);
  await newcomer.close();
  await outgoing.close();
  await secretaryContext.close();
});

function problemsOf(...lists: string[][]) {
  return lists.flat();
}
