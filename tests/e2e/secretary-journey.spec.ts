// Issue 11, "done when": a secretary enters a past plenary of the OSCE Forum for Security
// Co-operation as its journal records it, reaching every screen by clicking — the standing agenda
// (an item's kind set, the matters-arising item turned off, as the Forum's journals have none), the
// meeting with the body's own number, a statement document registered from the meeting (dated like
// it) with its English and French files, a delegation invited and present, the statement recorded
// on its agenda item citing that document, a decision with its official number adopted by
// consensus, an action arising, the times, the meeting marked held — and prints the journal in
// English and in French.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { pdfWithText } from "../support/pdf-fixture";
import { demoAccount, mainNav, pageTitle, signIn, waitForHydration, watchForErrors } from "./support";

const COMMITTEE = "OSCE Forum for Security Co-operation";

// A long journey: each step still fails on its own within 15 s rather than at the journey's end.
test.use({ actionTimeout: 15_000 });

/** A Wednesday between 2012 and 2017 (the Forum meets on Wednesdays), unlike any demo meeting's. */
function pastWednesday(): string {
  const week = Math.floor(Math.random() * 300);
  return new Date(Date.UTC(2012, 0, 4 + week * 7)).toISOString().slice(0, 10); // 4 January 2012 is a Wednesday
}


async function openMeetingTab(page: Page, name: string) {
  await page.getByRole("navigation", { name: "Meeting pages" }).getByRole("link", { name, exact: true }).click();
}

test("a secretary records a past plenary from its journal and prints the journal in English and in French", async ({ page }) => {
  test.setTimeout(240_000);
  const problems = watchForErrors(page);
  await signIn(page, demoAccount("secretary"));
  const date = pastWednesday();
  const year = date.slice(2, 4);
  const number = String(1000 + Math.floor(Math.random() * 8000));
  const symbol = `FSC.DEL/${number}/${year}`;
  const decisionNumber = String(1 + Math.floor(Math.random() * 60)); // the Forum's own, e.g. "Decision No. 1/18"
  const meetingTitle = new RegExp(`${number}(st|nd|rd|th) plenary meeting`);

  // The standing agenda: "Any other business" gets its kind; the Forum's journals have no
  // matters-arising item, so it is turned off.
  await mainNav(page, "en").getByRole("link", { name: "Committees", exact: true }).click();
  await page.getByRole("table").getByRole("link", { name: COMMITTEE, exact: true }).click();
  await page.getByRole("link", { name: "Edit the standing agenda" }).click();
  await expect(pageTitle(page)).toHaveText("Standing agenda of FSC");
  await page.getByRole("link", { name: "Edit the standing item Any other business" }).click();
  const edit = page.getByRole("form", { name: "Edit the standing item Any other business" });
  await edit.getByLabel("Kind").selectOption({ label: "Any other business" });
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toContainText("Saved.");
  await expect(page.getByRole("list", { name: "Standing items" }).getByRole("listitem").filter({ hasText: "Any other business" })).toContainText("Any other business");
  const toggle = page.getByRole("region", { name: "Matters arising" });
  if (await toggle.getByRole("button", { name: "Turn the matters-arising item off" }).isVisible()) {
    await toggle.getByRole("button", { name: "Turn the matters-arising item off" }).click();
    await expect(page.getByRole("status")).toHaveText("Saved.");
  }
  await expect(toggle).toContainText("New meetings get no matters-arising item of their own");

  // The meeting, with the body's own number.
  await page.getByRole("link", { name: "← FSC" }).click();
  await page.getByRole("link", { name: "Schedule a meeting" }).click();
  await expect(pageTitle(page)).toHaveText("New meeting");
  await waitForHydration(page);
  await page.getByLabel("Date", { exact: true }).fill(date);
  await page.getByLabel("Starts at").fill("10:00");
  await page.getByLabel("Ends at").fill("15:30");
  await page.getByRole("textbox", { name: /^Venue/ }).fill("Hofburg");
  await page.getByRole("textbox", { name: /^Room/ }).fill("Neuer Saal");
  await page.getByRole("spinbutton", { name: /^Official number/ }).fill(number);
  await page.getByRole("button", { name: "Schedule" }).click();
  await expect(page.getByRole("status")).toHaveText(/Meeting scheduled/);
  await expect(pageTitle(page)).toContainText(meetingTitle);
  const agenda = page.getByRole("region", { name: "Agenda" });
  await expect(agenda.getByRole("heading", { name: /General statements/ })).toBeVisible();
  await expect(agenda.getByRole("heading", { name: /Matters arising/ })).toHaveCount(0);

  // The delegation's statement, registered from the meeting: dated the day of the meeting.
  await page.getByRole("link", { name: "Register a document" }).click();
  await waitForHydration(page);
  await expect(page.getByLabel("Date of issue")).toHaveValue(date);
  await page.getByRole("textbox", { name: /^Symbol/ }).fill(symbol);
  await page.getByRole("textbox", { name: /^Title/ }).fill("Statement by the delegation of France");
  await page.getByLabel("Kind").selectOption({ label: "Statement" });
  await page.getByRole("button", { name: /Register|Save/ }).click();
  await expect(pageTitle(page)).toContainText(symbol);

  // Its English and French files, uploaded and downloaded.
  await page.getByRole("link", { name: "Add or replace a language version" }).click();
  await expect(pageTitle(page)).toContainText(`Files of ${symbol}`);
  const upload = page.getByRole("region", { name: "Upload a language version" });
  await waitForHydration(page);
  await upload.getByLabel("Language", { exact: true }).selectOption("en");
  // The English file is a real PDF holding a word of its own: search finds it once the jobs worker has read it.
  const fileWord = `Zorvexa${number}`;
  const frenchFile = Buffer.from(pdfWithText("Declaration de la delegation de la France"));
  await upload.getByLabel("File", { exact: true }).setInputFiles({ name: `${symbol.replaceAll("/", "-")} (E).pdf`, mimeType: "application/pdf", buffer: Buffer.from(pdfWithText(`France on the ${fileWord} deactivation standard`)) });
  await upload.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("status")).toHaveText("File uploaded.");
  await upload.getByLabel("Language", { exact: true }).selectOption("fr");
  await upload.getByLabel("File", { exact: true }).setInputFiles({ name: `${symbol.replaceAll("/", "-")} (F).pdf`, mimeType: "application/pdf", buffer: frenchFile });
  await upload.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("status")).toHaveText("File uploaded.");
  const versions = page.getByRole("table", { name: "Language versions" });
  await expect(versions.getByRole("row")).toHaveCount(3);
  const downloading = page.waitForEvent("download");
  await versions.getByRole("link", { name: /\(French\)$/ }).click();
  const download = await downloading;
  expect(readFileSync((await download.path())!)).toEqual(frenchFile);
  await page.getByRole("link", { name: `← ${symbol}` }).click();
  await expect(page.getByRole("region", { name: "Files" }).getByRole("row")).toHaveCount(3);

  // A delegation invited with its address, present.
  await page.getByRole("link", { name: meetingTitle }).first().click();
  await openMeetingTab(page, "Attendance");
  await waitForHydration(page);
  await page.getByLabel("A delegation (participating State)").check();
  await page.getByRole("textbox", { name: /^Name/ }).fill("France");
  await page.getByRole("textbox", { name: /^Email address/ }).fill("delegation.france@example.org");
  await page.getByLabel("Role").selectOption({ label: "Member" });
  await page.getByRole("button", { name: "Invite" }).click();
  await expect(page.getByRole("status")).toHaveText("Participant invited.");
  const france = page.getByRole("table").getByRole("row", { name: /France/ });
  await expect(france).toContainText("Delegation");
  await page.getByRole("combobox", { name: "Attendance of France" }).selectOption("present");
  await page.getByRole("button", { name: "Save the register" }).click();
  await expect(page.getByRole("status")).toHaveText("Attendance recorded.");

  // The statement on its agenda item, citing the document, reached from the journal.
  await openMeetingTab(page, "Journal");
  await page.getByRole("link", { name: "Record statements and documents" }).first().click();
  await expect(page.getByRole("heading", { name: "Agenda item: General statements" })).toBeVisible();
  await waitForHydration(page);
  await page.getByRole("textbox", { name: /^Speaker/ }).fill("France");
  await page.getByRole("textbox", { name: /^Documents cited/ }).fill(symbol);
  await page.getByRole("button", { name: "Record a statement" }).click();
  await expect(page.getByRole("region", { name: "Speakers" })).toContainText("France");
  await expect(page.getByRole("region", { name: "Speakers" })).toContainText(symbol);
  await page.getByRole("textbox", { name: /^Document symbol/ }).fill(symbol);
  await page.getByRole("button", { name: "Attach" }).click();
  await expect(page.getByRole("region", { name: "Documents" })).toContainText(symbol);

  // A decision with the Forum's own number, adopted by consensus, and an action arising.
  await openMeetingTab(page, "Overview");
  await page.getByRole("region", { name: "Agenda" }).getByRole("link", { name: "Record a decision" }).first().click();
  await waitForHydration(page);
  await page.getByLabel("Title").fill("Best practice guide on deactivation of small arms");
  await page.getByLabel("Text of the decision").fill("The Forum adopts the best practice guide.");
  await page.getByRole("textbox", { name: /^Official number/ }).fill(decisionNumber);
  await expect(page.getByLabel("Adopted by")).toHaveValue("consensus");
  await page.getByRole("textbox", { name: /^Linked documents/ }).fill(symbol);
  await page.getByRole("button", { name: "Record the decision" }).click();
  await expect(page.getByRole("status")).toHaveText("Decision recorded and numbered.");
  await expect(pageTitle(page)).toContainText(`FSC.DEC/${decisionNumber}/${year}`);
  await page.getByRole("link", { name: "Add a follow-up action" }).click();
  await waitForHydration(page);
  await page.getByLabel("What is to be done").fill("Publish the guide in the six languages");
  await page.getByLabel("Owner agency").selectOption({ label: "LCA — Lindora Customs Administration" });
  await page.getByLabel("Owner post").selectOption({ label: "Customs focal point for strategic goods (LCA)" });
  await page.getByRole("button", { name: "Create the action" }).click();
  await expect(page.getByRole("status")).toHaveText("Action created. It belongs to the post, whoever holds it.");

  // The times, and the meeting marked held.
  await page.getByRole("link", { name: meetingTitle }).first().click();
  await openMeetingTab(page, "Journal");
  await waitForHydration(page);
  await page.getByLabel("What").selectOption("opened");
  await page.getByLabel(/^Time \(/).fill("10:00");
  await page.getByRole("button", { name: "Record the time" }).click();
  await expect(page.getByRole("status")).toHaveText("Time recorded.");
  await page.getByLabel("What").selectOption("closed");
  await page.getByLabel(/^Time \(/).fill("15:30");
  await page.getByRole("button", { name: "Record the time" }).click();
  await expect(page.getByRole("status")).toHaveText("Time recorded.");
  await openMeetingTab(page, "Status");
  await page.getByLabel("New status").selectOption("held");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  await expect(pageTitle(page)).toContainText("Held");

  // The printed journal, in English…
  await page.getByRole("link", { name: "Printable journal" }).click();
  const journal = page.getByRole("article");
  await expect(journal.getByRole("heading", { level: 1 })).toHaveText(meetingTitle);
  await expect(journal).toContainText("Venue: Hofburg, Neuer Saal");
  await expect(journal).toContainText(/Opened:\s*10:00\s*Closed:\s*15:30/);
  await expect(journal).toContainText("(adopted by consensus)");
  const statements = journal.getByRole("region", { name: "General statements" });
  await expect(statements).toContainText(`France (${symbol})`);
  await expect(statements).toContainText(`Documents: ${symbol}`);
  await expect(statements).toContainText(`Decision: FSC.DEC/${decisionNumber}/${year}, Best practice guide on deactivation of small arms (adopted by consensus) (${symbol})`);
  await expect(journal.getByRole("region", { name: "Attendance" })).toContainText("France (Delegation)");
  await expect(journal.getByRole("region", { name: "Actions arising" })).toContainText("Publish the guide in the six languages");

  // …and in French (the secretary's language is put back afterwards: it is saved on her profile).
  await page.getByRole("button", { name: "Passer en français" }).click();
  try {
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(journal).toContainText("Lieu : Hofburg, Neuer Saal");
    await expect(journal).toContainText(/Ouverture\s:\s*10:00\s*Clôture\s:\s*15:30/);
    await expect(statements).toContainText(`Documents : ${symbol}`);
    await expect(statements).toContainText(`Décision : FSC.DEC/${decisionNumber}/${year}, Best practice guide on deactivation of small arms (adoptée par consensus) (${symbol})`);
    await expect(journal.getByRole("region", { name: "Participation" })).toContainText("France (Délégation)");
    await expect(journal.getByRole("region", { name: "Suites à donner" })).toContainText("Publish the guide in the six languages");
    await expect(journal.getByRole("heading", { level: 1 })).toHaveText(meetingTitle);
  } finally {
    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  }

  // The word only the English file holds finds the document: its text was read in the background
  // (by the jobs worker, within seconds of the upload), and the snippet shows it.
  const header = page.getByRole("search").first();
  const documents = page.getByRole("region", { name: /^Documents \d+$/ });
  await expect(async () => {
    await header.getByRole("searchbox").fill(fileWord);
    await header.getByRole("button", { name: "Search" }).click();
    await expect(pageTitle(page)).toHaveText("Search");
    await expect(documents).toContainText(symbol, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(documents.locator("mark").first()).toContainText(fileWord);
  await documents.getByRole("link", { name: /Statement by the delegation of France/ }).first().click();
  await expect(pageTitle(page)).toContainText(symbol);
  expect(problems).toEqual([]);
});
