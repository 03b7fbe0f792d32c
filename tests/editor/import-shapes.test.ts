// The shapes stories have when pasted from outlets' pages; fixtures are invented stories in our own
// words with the furniture those pages carry.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { importStory } from "../../src/editor/import-story.ts";
import { validArticle } from "../helpers/content.ts";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "../fixtures/import", name), "utf8");
const context = {
  articlesDir: "/site/articles",
  timeZone: "Asia/Jakarta",
  now: DateTime.fromISO("2023-09-14T02:10:00Z"), // 09:10 in Jakarta
  siteLang: "en",
  topics: [{ slug: "asean-summit-jakarta-2023", title: "ASEAN Summit in Jakarta 2023" }],
};

function imported(name: string) {
  const result = importStory({ text: fixture(name), topics: ["asean-summit-jakarta-2023"] }, context);
  if (!result.ok) throw new Error(result.error);
  const article = validArticle(result.text, `articles/2023/${path.basename(result.file)}`);
  return { file: path.basename(result.file), notes: result.notes, article, paragraphs: article.body.trim().split("\n\n") };
}

test("Kompas: headline above the dateline, a caption, Selasa (5/9/2023), Baca juga and Penulis/Editor", () => {
  const { file, notes, article, paragraphs } = imported("kompas-headline.txt");
  assert.equal(notes, [
    "Source taken from the dateline: Kompas; pass --source to change it",
    "Language detected: id (Indonesian); pass --lang to change it",
    "Title taken from the headline: Tol Layang Baru di Jakarta Timur Mulai Dibuka untuk Umum; pass --title to change it",
    'Date taken from the text: 2023-09-05 ("Selasa (5/9/2023)"); pass --date to change it',
    "Removed 1 photo caption from the text",
    'Removed 2 "read also" lines from the text; 2 headlines kept as related_headlines',
    "Removed 2 bylines from the text",
  ]);
  assert.is(file, "2023-09-05-tol-layang-baru-di-jakarta-timur-mulai-dibuka-untuk-umum.md");
  assert.is(article.title, "Tol Layang Baru di Jakarta Timur Mulai Dibuka untuk Umum");
  assert.is(article.date.at.toISODate(), "2023-09-05");
  assert.ok(article.date.allDay);
  assert.equal(article.relatedHeadlines, ["Uji Coba Tol Layang Jakarta Timur Diperpanjang Satu Pekan", "Daftar Gerbang Tol yang Ditutup Sementara Selama Uji Coba"]);
  assert.equal(paragraphs, [
    "Ruas tol layang sepanjang delapan kilometer di Jakarta Timur mulai dibuka untuk kendaraan umum pada Selasa (5/9/2023) pagi setelah uji coba selama dua pekan.",
    "Kepala badan pengatur jalan tol mengatakan, tarif di ruas itu belum dipungut selama satu minggu pertama agar pengendara bisa mengenal jalurnya.",
    "Menurut dia, ruas baru ini diharapkan mengurangi kepadatan di jalan arteri yang selama ini dilalui truk dari kawasan industri.",
    "Warga sekitar meminta pemerintah menambah jembatan penyeberangan karena jalur pejalan kaki terpotong oleh tiang-tiang tol.",
  ]);
});

test("Antara: Jakarta (ANTARA), Kamis (7/9/2023), an ANTARA FOTO caption, Pewarta/Editor and COPYRIGHT ©", () => {
  const { file, notes, article, paragraphs } = imported("antara.txt");
  assert.equal(notes, [
    "Source taken from the dateline: Antara; pass --source to change it",
    "Language detected: id (Indonesian); pass --lang to change it",
    "warning: the first sentence is too long for a title (187 characters, at most 110): used its first words as the title: Kementerian Pertanian menyiapkan bantuan benih padi tahan kering bagi petani di lima; pass --title with the story's headline",
    'Date taken from the text: 2023-09-07 ("Kamis (7/9/2023)"); pass --date to change it',
    "Removed 1 photo caption from the text",
    "Removed 2 bylines from the text",
    "Removed 1 footer line from the text",
  ]);
  assert.is(file, "2023-09-07-kementerian-pertanian-menyiapkan-bantuan-benih-padi-tahan.md");
  assert.not.match(article.title, "…");
  assert.is(paragraphs.length, 3);
  assert.not.match(article.body, /ANTARA|Pewarta|COPYRIGHT|Editor:/);
});

test("Liputan6: Liputan6.com, Jakarta; 28 Agustus 2023; Baca Juga on its own line, the headline under it; Reporter:", () => {
  const { notes, article, paragraphs } = imported("liputan6.txt");
  assert.equal(notes, [
    "Source taken from the dateline: Liputan6; pass --source to change it",
    "Language detected: id (Indonesian); pass --lang to change it",
    "warning: the first sentence is too long for a title (133 characters, at most 110): used its first words as the title: Harga beras medium di sejumlah pasar tradisional Jakarta kembali naik pada awal pekan; pass --title with the story's headline",
    'Date taken from the text: 2023-08-28 ("28 Agustus 2023"); pass --date to change it',
    'Removed 1 "read also" line from the text; 1 headline kept as related_headlines',
    "Removed 1 byline from the text",
  ]);
  assert.equal(article.relatedHeadlines, ["Pemerintah Siapkan Operasi Pasar Beras di Sepuluh Kota"]);
  assert.is(paragraphs.length, 3);
  assert.is(paragraphs[2], "Badan Pangan Nasional berencana menggelar operasi pasar untuk menahan kenaikan harga hingga panen berikutnya.");
});

test("Tempo: headline and the page's date line, a TEMPO/ caption, TEMPO.CO, Jakarta; Pilihan Editor:", () => {
  const { file, notes, article, paragraphs } = imported("tempo.txt");
  assert.equal(notes, [
    "Source taken from the dateline: Tempo; pass --source to change it",
    "Language detected: id (Indonesian); pass --lang to change it",
    "Title taken from the headline: Menteri Luar Negeri Buka Pertemuan Menteri ASEAN di Jakarta; pass --title to change it",
    'Date taken from the page\'s date line: 2023-09-05T08:30+07:00 ("5 September 2023 08:30 WIB"); pass --date to change it',
    "Removed 1 date line from the text",
    "Removed 1 photo caption from the text",
    'Removed 1 "read also" line from the text; 1 headline kept as related_headlines',
  ]);
  assert.is(file, "2023-09-05-menteri-luar-negeri-buka-pertemuan-menteri-asean-di-jakarta.md");
  assert.is(article.date.at.toISO(), "2023-09-05T08:30:00.000+07:00"); // the date line's time, in WIB
  assert.equal(article.relatedHeadlines, ["Jalan di Sekitar Senayan Ditutup Selama KTT ASEAN"]);
  assert.equal(paragraphs, [
    "Menteri Luar Negeri Indonesia membuka pertemuan para menteri luar negeri ASEAN yang menjadi pembuka rangkaian KTT di Jakarta.",
    "Dalam pidatonya, ia meminta negara anggota menjaga persatuan di tengah persaingan negara besar di kawasan.",
    "Pertemuan itu juga membahas persiapan dokumen yang akan disahkan para kepala negara pada akhir pekan.",
  ]);
});

test("Reuters: headline, By …, the page's date line, SEOUL, Sept 13 (Reuters), … via REUTERS, READ MORE:, Reporting by …; Editing by …", () => {
  const { file, notes, article, paragraphs } = imported("reuters.txt");
  assert.equal(notes, [
    "Source taken from the dateline: Reuters; pass --source to change it",
    "Language detected: en (English); pass --lang to change it",
    "Title taken from the headline: North Korean leader heads to Russia's far east for talks with Putin; pass --title to change it",
    // The page's own date line wins over the wire's day without a year, with its 12-hour time and zone.
    'Date taken from the page\'s date line: 2023-09-13T06:40+07:00 ("September 13, 2023 6:40 AM GMT+7"); pass --date to change it',
    "Removed 2 bylines from the text",
    "Removed 1 date line from the text",
    "Removed 1 photo caption from the text",
    'Removed 1 "read also" line from the text; 1 headline kept as related_headlines',
    "Removed 1 footer line from the text",
  ]);
  assert.is(file, "2023-09-13-north-korean-leader-heads-to-russias-far-east-for-talks-with.md");
  assert.equal(article.relatedHeadlines, ["Kim's last trip to Russia came in 2019"]);
  assert.is(paragraphs.length, 3);
  assert.ok(paragraphs[0]!.startsWith("North Korean leader Kim Jong Un arrived"));
  assert.is(paragraphs[2], "Neither government has said what the two leaders will discuss.");
});

test("AP: WASHINGTON (AP) —, a FILE - caption, Read more:, a ___ rule, … contributed to this report; no date: now, said loudly", () => {
  const { file, notes, article, paragraphs } = imported("ap.txt");
  assert.equal(notes, [
    "Source taken from the dateline: Associated Press; pass --source to change it",
    "Language detected: en (English); pass --lang to change it",
    "warning: the first sentence is too long for a title (168 characters, at most 110): used its first words as the title: The United States said it would send more officials to Southeast Asia this year to deepen; pass --title with the story's headline",
    "No date found in the story: used now, 2023-09-14T09:10; pass --date with the day it was published",
    "Removed 1 photo caption from the text",
    'Removed 1 "read also" line from the text; 1 headline kept as related_headlines',
    "Removed 1 footer line from the text",
    "Removed 1 byline from the text",
  ]);
  assert.is(file, "2023-09-14-the-united-states-said-it-would-send-more-officials-to.md");
  assert.equal(article.source.name, "Associated Press");
  assert.equal(article.relatedHeadlines, ["What to know about the regional summit in Jakarta"]);
  assert.is(paragraphs.length, 3);
  assert.not.match(article.body, /AP Photo|___|contributed/);
});

test("a story pasted as one line: split at the Baca juga label and at sentence ends, the byline cut off its end", () => {
  const { notes, article, paragraphs } = imported("kompas-one-line.txt");
  assert.equal(notes, [
    "Source taken from the dateline: Kompas; pass --source to change it",
    "Language detected: id (Indonesian); pass --lang to change it",
    "warning: the first sentence is too long for a title (161 characters, at most 110): used its first words as the title: Pemerintah Kota Bandung mulai menerapkan aturan pemilahan sampah di tingkat rumah tangga; pass --title with the story's headline",
    "No date found in the story: used now, 2023-09-14T09:10; pass --date with the day it was published",
    'Removed 1 "read also" line from the text; 1 headline kept as related_headlines',
    "Removed 1 byline from the text",
    'Guessed where a "read also" headline ends in text pasted without line breaks: "Tempat Pembuangan Sampah Sarimukti Hampir Penuh, Bandung Cari Lahan Baru", then "Petugas dinas lingkungan hidup akan datang …": check that sentence and related_headlines',
    "Split 2 long paragraphs into 4 at sentence ends (pasted without line breaks?): check where the paragraphs break",
  ]);
  assert.equal(article.relatedHeadlines, ["Tempat Pembuangan Sampah Sarimukti Hampir Penuh, Bandung Cari Lahan Baru"]);
  assert.equal(paragraphs, [
    "Pemerintah Kota Bandung mulai menerapkan aturan pemilahan sampah di tingkat rumah tangga pada pekan ini setelah tempat pembuangan akhir di Sarimukti hampir penuh. Wali kota mengatakan, setiap kelurahan wajib menyediakan tempat penampungan sampah organik yang terpisah dari sampah plastik dan kertas.",
    "Menurut dia, langkah ini diharapkan mengurangi volume sampah yang dikirim ke tempat pembuangan akhir hingga sepertiga dalam tiga bulan.",
    "Petugas dinas lingkungan hidup akan datang ke setiap kelurahan untuk mengajari warga cara memilah sampah. Petugas juga akan memeriksa tempat penampungan yang disediakan oleh pengelola pasar dan pusat perbelanjaan. Warga yang tidak memilah sampahnya akan lebih dulu mendapat teguran tertulis, sebelum sanksi berupa denda diterapkan mulai tahun depan.",
    // "Jl." and "Dr." do not end a sentence.
    "Sejumlah warga di Jl. Dago menyambut baik aturan itu, tetapi meminta jadwal pengangkutan sampah organik dibuat lebih sering agar tidak menimbulkan bau. Dr. Ratna Sari, peneliti lingkungan dari sebuah universitas di Bandung, menilai aturan ini sudah lama dibutuhkan karena sekitar 60 persen sampah kota adalah sampah organik. Ia menambahkan, keberhasilan aturan itu bergantung pada konsistensi pengawasan di lapangan.",
  ]);
});

test("a place-only dateline is taken out of the text but names no outlet: --source is asked for", () => {
  const text = "JAKARTA – Harga cabai rawit di pasar tradisional naik dua kali lipat dalam sepekan.\n";
  assert.equal(importStory({ text, topics: ["asean-summit-jakarta-2023"] }, context), {
    ok: false,
    error: 'the dateline names a place (JAKARTA) but no outlet: pass --source "Outlet"',
  });
  const result = importStory({ text, topics: ["asean-summit-jakarta-2023"], source: "Detik" }, context);
  assert.ok(result.ok);
  assert.match(result.ok ? result.text : "", "\n---\nHarga cabai rawit di pasar tradisional naik dua kali lipat dalam sepekan.\n");
});

test("Detik: the dateline names only a place, so the outlet comes from the byline under it", () => {
  const text = [
    "Harga Cabai Rawit di Jakarta Naik Dua Kali Lipat",
    "Ani Putri - detikNews",
    "Selasa, 05 Sep 2023 10:15 WIB",
    "Jakarta - Harga cabai rawit di pasar tradisional Jakarta naik dua kali lipat dalam sepekan, menurut pedagang di Pasar Induk Kramat Jati.",
    "Pedagang menyebut pasokan dari daerah penghasil berkurang karena kemarau panjang.",
  ].join("\n");
  const result = importStory({ text, topics: ["asean-summit-jakarta-2023"] }, context);
  assert.ok(result.ok, result.ok ? "" : result.error);
  assert.is(result.notes[0], "Source taken from the byline: Detik; pass --source to change it");
  const article = validArticle(result.text, `articles/2023/${path.basename(result.file)}`);
  assert.is(article.source.name, "Detik");
  assert.is(article.title, "Harga Cabai Rawit di Jakarta Naik Dua Kali Lipat");
  assert.not.match(article.body, "detikNews");
});

test("an outlet registry's names extend the built-in table", () => {
  const text = "SUARA – Harga cabai rawit di pasar tradisional naik dua kali lipat dalam sepekan.\n";
  const result = importStory({ text, topics: ["asean-summit-jakarta-2023"] }, { ...context, outlets: { "Suara.com": ["SUARA"] } });
  assert.ok(result.ok && result.notes[0] === "Source taken from the dateline: Suara.com; pass --source to change it", result.ok ? result.notes[0] : result.error);
});

test("an explicit --date wins over the date in the text, and nothing is said about the date", () => {
  const result = importStory({ text: fixture("kompas-headline.txt"), topics: ["asean-summit-jakarta-2023"], date: "2023-09-06T08:00" }, context);
  assert.ok(result.ok);
  if (!result.ok) return;
  assert.is(path.basename(result.file), "2023-09-06-tol-layang-baru-di-jakarta-timur-mulai-dibuka-untuk-umum.md");
  assert.ok(!result.notes.some((note) => /^(?:Date|No date)/.test(note)), result.notes.join("\n"));
});

// Kompas's page: the headline, the page's date line, then the story under its dateline.
const kompasWithDateLine = (dateLine: string) =>
  [
    "Pasar Baru di Bekasi Dibuka Pekan Ini",
    dateLine,
    "BEKASI, KOMPAS.com - Pemerintah kota membuka pasar tradisional baru di dekat stasiun untuk menampung pedagang yang selama ini berjualan di trotoar.",
    "Pedagang pertama menempati kios pada Selasa pagi.",
  ].join("\n");

test("the page's date line in a numeric zone (GMT+7) dates the story to the minute", () => {
  const result = importStory({ text: kompasWithDateLine("Kompas.com - 12/09/2023, 14:20 GMT+7"), topics: ["asean-summit-jakarta-2023"] }, context);
  assert.ok(result.ok, result.ok ? "" : result.error);
  if (!result.ok) return;
  assert.ok(result.notes.includes('Date taken from the page\'s date line: 2023-09-12T14:20+07:00 ("12/09/2023, 14:20 GMT+7"); pass --date to change it'), result.notes.join("\n"));
  assert.ok(result.notes.includes("Removed 1 date line from the text"), result.notes.join("\n"));
  const article = validArticle(result.text, `articles/2023/${path.basename(result.file)}`);
  assert.is(article.date.at.toISO(), "2023-09-12T14:20:00.000+07:00");
  assert.not.match(article.body, /2023|GMT/);
});

test("a time with no zone on the page's date line: the day alone, and the note names no time", () => {
  const result = importStory({ text: kompasWithDateLine("Kompas.com - 12/09/2023, 14:20"), topics: ["asean-summit-jakarta-2023"] }, context);
  assert.ok(result.ok, result.ok ? "" : result.error);
  if (!result.ok) return;
  assert.ok(result.notes.includes('Date taken from the page\'s date line: 2023-09-12 ("12/09/2023"); pass --date to change it'), result.notes.join("\n"));
  assert.ok(!result.notes.some((note) => note.includes("14:20")), result.notes.join("\n"));
  assert.ok(result.notes.includes("Removed 1 date line from the text"), result.notes.join("\n"));
  assert.is(path.basename(result.file), "2023-09-12-pasar-baru-di-bekasi-dibuka-pekan-ini.md");
  const article = validArticle(result.text, `articles/2023/${path.basename(result.file)}`);
  assert.ok(article.date.allDay);
  assert.not.match(article.body, /2023|14:20/);
});

test("a story pasted as one line that opens with the page's date line is dated by it, and the date line leaves the text", () => {
  const rest =
    "BEKASI, KOMPAS.com - Pemerintah kota membuka pasar tradisional baru di dekat stasiun. Pedagang pertama menempati kios pada Selasa pagi.";
  for (const [dateLine, date] of [
    ["Kompas.com - 12/09/2023, 14:20 WIB", "2023-09-12T14:20+07:00"],
    ["Selasa, 12 September 2023 14:20 WIB", "2023-09-12T14:20+07:00"],
  ] as const) {
    const result = importStory({ text: `${dateLine} ${rest}`, topics: ["asean-summit-jakarta-2023"] }, context);
    assert.ok(result.ok, result.ok ? "" : result.error);
    if (!result.ok) continue;
    assert.is(result.notes[0], "Source taken from the dateline: Kompas; pass --source to change it", dateLine);
    assert.ok(result.notes.some((note) => note.startsWith(`Date taken from the page's date line: ${date} (`)), result.notes.join("\n"));
    assert.ok(result.notes.includes("Removed 1 date line from the text"), result.notes.join("\n"));
    const article = validArticle(result.text, `articles/2023/${path.basename(result.file)}`);
    assert.is(article.body, "Pemerintah kota membuka pasar tradisional baru di dekat stasiun. Pedagang pertama menempati kios pada Selasa pagi.\n", dateLine);
  }
});

test.run();
