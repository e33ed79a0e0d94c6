// `npm run notify`: one run of the outbox, for a cron job (the server also runs it on a timer).
// Resolves queued notices, runs the reminder producers and, when SMTP is configured, sends.
import "../app/models/notification-producers.server";
import { prisma } from "../app/db.server";
import { mailerFromEnv } from "../app/models/mailer.server";
import { runOutbox } from "../app/models/outbox.server";

const mailer = mailerFromEnv();
try {
  const run = await runOutbox({ mailer });
  console.log(
    `outbox: ${run.produced} produced, ${run.resolved} resolved, ${run.recovered} recovered, ${run.sent} sent, ${run.failed} failed` +
      (mailer ? "" : " (no SMTP_HOST: emails stay in the outbox)"),
  );
} finally {
  mailer?.close();
  await prisma.$disconnect();
}
