// The dashboard's items lead to what they name: a gap to its responsibility and to the post it names.
import { expect, test } from "@playwright/test";
import { demoAccount, pageTitle, signIn } from "./support";

test("a gap on the dashboard links to its responsibility and to the post it names", async ({ page }) => {
  await signIn(page, demoAccount("focal_point"));
  const gaps = page.getByRole("region", { name: /^Responsibility gaps of my agency/ });
  // The seed leaves the focal point's agency a vacant responsible post.
  const gap = gaps.getByRole("listitem").filter({ hasText: "is vacant" }).first();
  const post = gap.locator('a[href^="/positions/"]');
  const postTitle = (await post.textContent())!;
  await post.click();
  await expect(page).toHaveURL(/\/positions\/\w+$/);
  await expect(pageTitle(page)).toHaveText(postTitle);

  await page.goBack();
  const responsibility = gap.locator('a[href^="/responsibilities/"]');
  const title = (await responsibility.textContent())!;
  await responsibility.click();
  await expect(page).toHaveURL(/\/responsibilities\/\w+$/);
  await expect(pageTitle(page)).toHaveText(title);
});
