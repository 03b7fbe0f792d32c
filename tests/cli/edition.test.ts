// `npm run edition` end to end: a real SMTP server on 127.0.0.1 receives the day's edition; a
// refused connection or a wrong password is one clear line and exit 1; no credential is printed.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { execFile } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { tempFolder } from "../helpers/temp-folder.ts";

const root = path.resolve(import.meta.dirname, "../..");
const password = "s3cret-Pa55word";
const user = "editor";

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** An SMTP server on a free port of 127.0.0.1 that accepts `user`/`password` and keeps every message. */
async function smtpServer(): Promise<{ port: number; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === password) callback(null, { user });
      else callback(new Error("Invalid username or password"));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The edition command in the project, on a temp copy of the sample articles, with only the DIGEST_* given. */
function edition(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string }> {
  const articles = tempFolder("digest-edition-articles-");
  cpSync(path.join(root, "articles"), articles, { recursive: true });
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("DIGEST_")));
  return new Promise((resolve) => {
    execFile(path.join(root, "node_modules/.bin/tsx"), ["src/cli/edition.ts", "--articles", articles, "--now", "2024-01-01T00:00:00+07:00", ...args], { cwd: root, env: { ...clean, ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, out: `${stdout}${stderr}` }),
    );
  });
}

/** Quoted-printable (and RFC 2047 Q words) back to UTF-8 text. */
const unQuote = (text: string) => Buffer.from(text.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8");
const subjectOf = (raw: string) => {
  const header = /^Subject: ((?:.*)(?:\r?\n[ \t].*)*)/m.exec(raw)?.[1] ?? "";
  return [...header.matchAll(/=\?UTF-8\?Q\?([^?]*)\?=/gi)].map((m) => unQuote(m[1]!.replace(/_/g, " "))).join("") || header;
};
/** The body of the part with this content type, decoded. */
function part(raw: string, type: string): string {
  const boundary = /boundary="([^"]+)"/.exec(raw)?.[1];
  assert.ok(boundary, "a multipart message");
  const found = raw.split(`--${boundary}`).find((p) => p.includes(`Content-Type: ${type}; charset=utf-8`));
  assert.ok(found, `no ${type} part`);
  const split = found.search(/\r?\n\r?\n/);
  const [head, body] = [found.slice(0, split), found.slice(split).trim()];
  return /Content-Transfer-Encoding: base64/.test(head) ? Buffer.from(body, "base64").toString("utf8") : unQuote(body);
}

test("sends the day's edition over SMTP: both parts, Indonesian intact, absolute links, the subject in Indonesian, no credential printed", async () => {
  const server = await smtpServer();
  try {
    const out = path.join(tempFolder("digest-edition-out-"), "edition.eml");
    const run = await edition(["--date", "2023-09-12", "--to", "a@example.org,b@example.org", "--smtp", `smtp://${user}:${password}@127.0.0.1:${server.port}`, "--out", out], { DIGEST_LANG: "id" });
    assert.is(run.code, 0, run.out);
    assert.not.match(run.out, password);
    assert.match(run.out, "Sent the edition of 2023-09-12 to 2 recipients over smtp://***@127.0.0.1:");
    assert.is(server.received.length, 1);
    const [message] = server.received;
    assert.equal(message!.to, ["a@example.org", "b@example.org"]);
    assert.is(message!.from, "digest@example.org");
    const raw = message!.raw;
    assert.is(subjectOf(raw), "News Digest · Selasa, 12 September 2023");
    assert.match(raw, /^Content-Type: multipart\/alternative;/m);
    assert.match(raw, /^List-Unsubscribe: <mailto:digest@example\.org\?subject=unsubscribe>/m);
    assert.match(raw, /^Date: \w{3}, \d{1,2} \w{3} \d{4} /m);
    const text = part(raw, "text/plain");
    const html = part(raw, "text/html");
    assert.match(text, "Kim Jong Un tiba di Timur Jauh Rusia dengan kereta lapis baja");
    assert.match(text, "Sumber: Kompas");
    assert.match(text, "https://example.org/2023/09/12/kim-tiba-di-rusia-dengan-kereta-lapis-baja/");
    assert.match(html, '<html lang="id"');
    assert.match(html, 'href="https://example.org/2023/09/12/kim-tiba-di-rusia-dengan-kereta-lapis-baja/"');
    assert.match(html, "perjalanan luar negeri pertamanya sejak pandemi");
    assert.not.match(html, /href="\//, "no root-relative link");
    // The file written alongside is the same message.
    assert.match(readFileSync(out, "utf8"), /^Content-Type: multipart\/alternative;/m);
  } finally {
    await server.close();
  }
});

test("a wrong password: one clear line, exit 1, neither password shown", async () => {
  const server = await smtpServer();
  try {
    const wrong = "Wr0ng-Secret-99";
    const run = await edition(["--to", "a@example.org"], { DIGEST_SMTP_URL: `smtp://${user}:${wrong}@127.0.0.1:${server.port}` });
    assert.is(run.code, 1, run.out);
    assert.match(run.out, `Could not send the edition over smtp://***@127.0.0.1:${server.port}:`);
    assert.match(run.out, /Invalid login|Invalid username/);
    assert.not.match(run.out, wrong);
    assert.not.match(run.out, password);
    assert.not.match(run.out, /\n\s+at /, "no stack trace");
    assert.is(server.received.length, 0);
  } finally {
    await server.close();
  }
});

test("a refused connection: one clear line, exit 1, no password shown", async () => {
  const server = await smtpServer();
  const { port } = server;
  await server.close(); // nothing listens there now
  const run = await edition(["--to", "a@example.org", "--smtp", `smtp://${user}:${password}@127.0.0.1:${port}`]);
  assert.is(run.code, 1, run.out);
  assert.match(run.out, `Could not send the edition over smtp://***@127.0.0.1:${port}: connect ECONNREFUSED`);
  assert.not.match(run.out, password);
});

test("a day without articles exits 1 and names the latest day that has some; no email is written", async () => {
  const out = path.join(tempFolder("digest-edition-out-"), "empty.eml");
  const run = await edition(["--date", "2023-09-08", "--out", out]);
  assert.is(run.code, 1, run.out);
  assert.match(run.out, "2023-09-08 has no articles: no email is made for an empty day (the latest day with articles is 2023-10-14)");
  assert.throws(() => readFileSync(out));
});

test("--smtp without --to, and a malformed --date, are refused before anything is sent", async () => {
  const noTo = await edition(["--smtp", `smtp://${user}:${password}@127.0.0.1:2525`]);
  assert.is(noTo.code, 1);
  assert.match(noTo.out, "--smtp needs recipients: add --to a@example.org,b@example.org");
  assert.not.match(noTo.out, password);
  const badDate = await edition(["--date", "tomorrow"]);
  assert.is(badDate.code, 1);
  assert.match(badDate.out, '--date "tomorrow" is not a day: write it as --date 2023-09-06');
  // A day written another way gets the day to write, as a frontmatter date does (the site's order: day first).
  for (const [written, meant] of [["13/09/2023", "2023-09-13"], ["13 September 2023", "2023-09-13"], ["2023/09/13", "2023-09-13"]]) {
    const other = await edition(["--date", written!]);
    assert.is(other.code, 1);
    assert.match(other.out, `--date "${written}" is not a day: did you mean --date ${meant}? (days are written YYYY-MM-DD)`);
  }
});


test("recipients without a server, an impossible date and a folder as --out: one line each, exit 1, nothing written", async () => {
  const folder = tempFolder("digest-edition-refusals-");
  const noServer = await edition(["--date", "2023-09-13", "--to", "a@example.org"]);
  assert.is(noServer.code, 1);
  assert.is(noServer.out.trim(), "--to needs a server to send through: add --smtp smtp://user:password@host:587 or set DIGEST_SMTP_URL (with --out file.eml instead, the message is only written)");
  assert.not.ok(existsSync(path.join(root, "edition-2023-09-13.eml")), "no file written in the project");
  const impossible = await edition(["--date", "2023-02-30"]);
  assert.is(impossible.code, 1);
  assert.is(impossible.out.trim(), "--date 2023-02-30 is not a real date: check the month and day");
  const intoFolder = await edition(["--date", "2023-09-13", "--out", folder]);
  assert.is(intoFolder.code, 1);
  assert.is(intoFolder.out.trim(), `--out ${folder} is a folder: name a file in it, e.g. --out ${path.join(folder, "edition-2023-09-13.eml")}`);
  assert.equal(readdirSync(folder), []);
});

test("--help prints the usage; a mistyped option gets a suggestion, exit 2, with no password echoed", async () => {
  const help = await edition(["--help"]);
  assert.is(help.code, 0);
  assert.match(help.out, /^Usage: npm run edition -- \[--date 2023-09-06\]/);
  const typo = await edition(["--smpt", `smtp://${user}:${password}@127.0.0.1:2525`, "--dte", "2023-09-13"]);
  assert.is(typo.code, 2);
  assert.match(typo.out, /^unknown option --smpt: did you mean --smtp\? \(npm run edition -- --help lists the options\)\nUsage: /);
  assert.not.match(typo.out, password);
});


test("an articles folder that does not exist is named as such, not as a site without articles", async () => {
  const run = await edition(["--articles", path.join(root, "articels")]);
  assert.is(run.code, 1);
  assert.match(run.out, /articels  folder  error  this folder does not exist: name the articles folder with --articles or DIGEST_ARTICLES \(did you mean .*articles\?\)/);
});

test.run();
