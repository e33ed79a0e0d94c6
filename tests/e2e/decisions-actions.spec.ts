// Issue 5: a secretary records a decision with two follow-up actions at a meeting; the focal point
// of the owning post finds them on "my work" and marks one done; at the next meeting, "matters
// arising" lists only the other. Then the same forms without JavaScript.
import { expect, test, type Page } from "@playwright/test";
import { demoAccount, mainNav, pageTitle, signIn, watchForErrors } from "./support";

const OWNER_POST = "Customs focal point for strategic goods (LCA)";
const HELD_MEETING = "6th meeting of the National ATT Implementation Committee";
const NEXT_MEETING = "7th meeting of the National ATT Implementation Committee";

function isoDay(daysFromNow: number) {
  return new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10);
}

/** An agenda item of the meeting page, found by its heading. */
function agendaItem(page: Page, title: RegExp) {
  return page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) });
}

async function addAction(page: Page, title: string, due: string) {
  await page.getByRole("link", { name: "Add a follow-up action" }).click();
  await expect(pageTitle(page)).toHaveText("New follow-up action");
  await page.getByLabel("What is to be done").fill(title);
  await page.getByLabel("Owner post").selectOption({ label: OWNER_POST });
  await page.getByLabel("Due date").fill(due);
  await page.getByRole("button", { name: "Create the action" }).click();
  await expect(page.getByRole("status")).toHaveText("Action created. It belongs to the post, whoever holds it.");
}

test("a decision's follow-up reaches the owner's dashboard, and a done action leaves matters arising", async ({ page }) => {
  const problems = watchForErrors(page);
  const stamp = Date.now();
  const decisionTitle = `Pilot of the transit procedure ${stamp}`;
  const draft = `Draft the pilot's operating procedure ${stamp}`;
  const brief = `Brief the border posts on the pilot ${stamp}`;

  // The secretary opens the held meeting from one of its decisions in the register.
  await signIn(page, demoAccount("secretary"));
  await mainNav(page, "en").getByRole("link", { name: "Decisions and actions", exact: true }).click();
  await expect(pageTitle(page)).toHaveText("Decision register");
  await page.getByLabel("Words in the title or text").fill("Voluntary Trust Fund");
  await page.getByRole("button", { name: "Filter" }).click();
  await page.getByRole("row", { name: /Application to the ATT Voluntary Trust Fund/ }).getByRole("link").click();
  await page.getByRole("link", { name: HELD_MEETING }).click();
  await expect(pageTitle(page)).toContainText(HELD_MEETING);

  // A decision under "Any other business", then its two actions.
  await agendaItem(page, /Any other business/).getByRole("link", { name: "Record a decision" }).click();
  await expect(pageTitle(page)).toHaveText("Record a decision");
  await expect(page.getByLabel("Agenda item")).toHaveValue(/.+/);
  await page.getByLabel("Title").fill(decisionTitle);
  await page.getByLabel("Text of the decision").fill("The Committee agreed to pilot the inter-agency transit procedure at two border posts.");
  await page.getByRole("button", { name: "Record the decision" }).click();
  await expect(page.getByRole("status")).toHaveText("Decision recorded and numbered.");
  await expect(pageTitle(page)).toContainText(decisionTitle);
  await expect(page.getByText("This decision is on the record of a held meeting")).toBeVisible();

  await addAction(page, draft, isoDay(10));
  await addAction(page, brief, isoDay(20));
  const followUp = page.getByRole("region", { name: "Follow-up actions" });
  await expect(followUp.getByRole("link", { name: draft })).toBeVisible();
  await expect(followUp.getByRole("link", { name: brief })).toBeVisible();
  await expect(followUp.getByText("0 of 2 done")).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();

  // The focal point holds the owner post: both actions are on their dashboard.
  await signIn(page, demoAccount("focal_point"));
  const myActions = page.getByRole("region", { name: /Open actions of my posts/ });
  await expect(myActions.getByRole("link", { name: draft })).toBeVisible();
  await expect(myActions.getByRole("link", { name: brief })).toBeVisible();

  await myActions.getByRole("link", { name: draft }).click();
  await expect(pageTitle(page)).toHaveText(draft);
  await page.getByLabel("Status").selectOption({ label: "Done" });
  await page.getByLabel("Note").fill("Procedure drafted and shared with the Export Licensing Authority.");
  await page.getByRole("button", { name: "Record the update" }).click();
  await expect(page.getByRole("status")).toHaveText("Update recorded.");
  await expect(page.getByRole("region", { name: "History" })).toContainText("Procedure drafted and shared");

  await mainNav(page, "en").getByRole("link", { name: "Dashboard", exact: true }).click();
  await expect(myActions.getByRole("link", { name: brief })).toBeVisible();
  await expect(myActions.getByRole("link", { name: draft })).toHaveCount(0);

  // At the next meeting, matters arising lists the open action only.
  await page.getByRole("region", { name: "Meetings in the next 30 days" }).getByRole("link", { name: NEXT_MEETING }).click();
  await expect(pageTitle(page)).toContainText(NEXT_MEETING);
  const arising = agendaItem(page, /Matters arising/);
  await expect(arising.getByRole("link", { name: brief })).toBeVisible();
  await expect(arising.getByRole("link", { name: draft })).toHaveCount(0);
  expect(problems).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a secretary records a decision and an action, then updates it with the meeting's other actions", async ({ page }) => {
    const problems = watchForErrors(page);
    const stamp = Date.now();
    const decisionTitle = `Customs data sharing ${stamp}`;
    const actionTitle = `Sign the data-sharing note ${stamp}`;
    await signIn(page, demoAccount("secretary"), { javaScript: false });

    // A refused decision comes back from the server with the error and everything typed.
    await page.goto("/decisions/new");
    await page.getByLabel("Committee").selectOption({ label: "NAIC — National ATT Implementation Committee" });
    const text = "Customs and the Export Licensing Authority will share licence numbers weekly.";
    await page.getByLabel("Text of the decision").fill(text);
    await page.getByLabel("Votes for").fill("12");
    const refusal = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/decisions/new");
    await page.getByRole("button", { name: "Record the decision" }).click();
    expect((await refusal).status()).toBe(400);
    await expect(page.getByRole("alert").first()).toContainText("Some fields need attention. Nothing was saved.");
    await expect(page.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Votes for")).toHaveAccessibleDescription(/only for a recorded vote/);
    await expect(page.getByLabel("Text of the decision")).toHaveValue(text);

    await page.getByLabel("Title").fill(decisionTitle);
    await page.getByLabel("Votes for").fill("");
    await page.getByRole("button", { name: "Record the decision" }).click();
    await expect(page.getByRole("status")).toHaveText("Decision recorded and numbered.");

    // What is typed before choosing the owner agency survives "Show its posts" (a reload without JavaScript).
    await page.getByRole("link", { name: "Add a follow-up action" }).click();
    await page.getByLabel("What is to be done").fill(actionTitle);
    await page.getByLabel("Details").fill("Through the single window.");
    await page.getByLabel("Owner agency").selectOption({ label: "LCA — Lindora Customs Administration" });
    await page.getByRole("button", { name: "Show its posts" }).click();
    await expect(page.getByLabel("What is to be done")).toHaveValue(actionTitle);
    await expect(page.getByLabel("Details")).toHaveValue("Through the single window.");
    await expect(page.getByLabel("Owner agency")).toHaveValue(/.+/);
    await page.getByLabel("Owner post").selectOption({ label: OWNER_POST });
    await page.getByRole("button", { name: "Create the action" }).click();
    await expect(page.getByRole("status")).toHaveText("Action created. It belongs to the post, whoever holds it.");

    // During the next meeting, several actions are updated in one form.
    await page.goto("/");
    await page.getByRole("region", { name: "Meetings in the next 30 days" }).getByRole("link", { name: NEXT_MEETING }).click();
    const meetingUrl = page.url();
    await page.goto(`${new URL(meetingUrl).pathname}/actions`);
    await expect(pageTitle(page)).toHaveText("Follow-up of actions");
    await page.getByLabel(`Status of “${actionTitle}”`).selectOption({ label: "Cancelled" });
    await page.getByRole("button", { name: "Save the updates" }).click();
    await expect(page.getByLabel(`Note on “${actionTitle}”`)).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Say why the action is cancelled.")).toBeVisible();
    await page.getByLabel(`Note on “${actionTitle}”`).fill("Overtaken by the new customs regulation.");
    await page.getByRole("button", { name: "Save the updates" }).click();
    await expect(page.getByRole("status")).toHaveText("Updates saved.");
    await expect(page.getByLabel(`Status of “${actionTitle}”`)).toHaveCount(0);
    expect(problems).toEqual([]);
  });
});
