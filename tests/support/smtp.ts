// A real SMTP server in the test process (smtp-server), keeping what it receives parsed by
// mailparser, so tests read delivered mail as a recipient's client would.
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type Received = { envelopeTo: string[]; mail: ParsedMail };

export type TestSmtp = {
  port: number;
  received: Received[];
  /** Refuse recipients for which this returns an SMTP error (code and message). */
  refuse: (rcpt: string) => { code: number; message: string } | null;
  to(address: string): Received[];
  close(): Promise<void>;
};

export async function startSmtpServer(): Promise<TestSmtp> {
  const received: Received[] = [];
  const state: TestSmtp = {
    port: 0,
    received,
    refuse: () => null,
    to: (address) => received.filter((r) => r.envelopeTo.includes(address.toLowerCase())),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      const refusal = state.refuse(address.address.toLowerCase());
      if (!refusal) return callback();
      const error = Object.assign(new Error(refusal.message), { responseCode: refusal.code });
      callback(error);
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), mail });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const bound = server.server.address();
  if (typeof bound !== "object" || bound === null) throw new Error("the test SMTP server did not bind a port");
  state.port = bound.port;
  return state;
}
