// The circulated journal as an email body: the printable journal (JournalDocument), rendered to HTML
// in the recipient's language. It shows what every member of the committee may see — restricted
// items of the committee, never confidential ones, which reach only the people named on them.
import { renderToStaticMarkup } from "react-dom/server";
import { JournalDocument } from "~/components/meetings/journal-document";
import type { AccessContext } from "~/domain/access";
import type { Locale } from "~/domain/vocabulary";
import { I18nProvider } from "~/i18n/context";
import { readMeeting } from "./meeting-read.server";
import { journalContent } from "./meeting-page.server";

function committeeMemberContext(committeeId: string): AccessContext {
  return { userId: "", personId: null, roles: [], permissions: [], agencyIds: [], positionIds: [], committeeIds: [committeeId], grants: {} };
}

const STYLE = "font-family: Georgia, 'Times New Roman', serif; max-width: 42rem; line-height: 1.45; color: #111";

export async function journalHtml(locale: Locale, meetingId: string): Promise<string | null> {
  const meeting = readMeeting(meetingId);
  if (!meeting) return null;
  const ctx = committeeMemberContext(meeting.committeeId);
  const content = await journalContent(ctx, meeting);
  const markup = renderToStaticMarkup(
    <I18nProvider locale={locale} timeZone={meeting.timeZone}>
      <article lang={locale} style={{ fontFamily: "Georgia, serif" }}>
        <JournalDocument meeting={meeting} {...content} />
      </article>
    </I18nProvider>,
  );
  return `<div style="${STYLE}">${markup}</div>`;
}
