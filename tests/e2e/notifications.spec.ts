// Issue 9: the focal point's bell shows what the outbox told their post (the demo data's overdue
// action, reminded when the server's outbox first ran), the notifications page marks it read; the
// administrator reaches the outbox from the navigation and finds the email waiting there, since no
// mail server is configured.
import { expect, test } from "@playwright/test";
import { demoAccount, mainNav, pageTitle, signIn, watchForErrors } from "./support";

test("bell → notifications → mark all read; admin → outbox with the waiting email", async ({ page }) => {
  const problems = watchForErrors(page);
  const focal = demoAccount("focal_point");
  await signIn(page, focal);
  const bell = page.getByRole("link", { name: /^Notifications, \d+ unread$/ });
  // The outbox runs on the server's timer; the reminder arrives within its first tick.
  await expect(async () => {
    await page.reload();
    await expect(bell).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 40_000 });

  await bell.click();
  await expect(pageTitle(page)).toHaveText("Notifications");
  await expect(page.getByRole("heading", { level: 2, name: /^Overdue action: / }).first()).toBeVisible();
  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.getByRole("status")).toHaveText("All notifications marked as read.");
  await expect(page.getByRole("link", { name: "Notifications, none unread" })).toBeVisible();
  await page.getByRole("link", { name: "Choose what reaches you by email" }).click();
  await expect(pageTitle(page)).toHaveText("Email notifications");
  await page.getByLabel("Overdue action reminders").uncheck();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toHaveText("Your email choices are saved.");
  await expect(page.getByLabel("Overdue action reminders")).not.toBeChecked();
  await page.getByRole("button", { name: "Sign out" }).click();

  await signIn(page, demoAccount("admin"));
  await mainNav(page, "en").getByRole("link", { name: "Outbox" }).click();
  await expect(pageTitle(page)).toHaveText("Outbox");
  await expect(page.getByText("No mail server is configured (SMTP_HOST)", { exact: false })).toBeVisible();
  await page.getByLabel("Status").selectOption({ label: "Waiting to be sent" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/status=pending/);
  await expect(page.getByRole("cell", { name: new RegExp(focal.email) }).first()).toBeVisible();
  expect(problems).toEqual([]);
});
