import type { SiteLanguage } from "./site.ts";

/** Every word of the interface. A missing translation is a type error, not a blank. */
export interface Words {
  skipToContent: string;
  home: string;
  topics: string;
  topic: string;
  archive: string;
  latestEditions: string;
  edition: string;
  articles: (count: number) => string;
  updated: string;
  source: string;
  author: string;
  readOriginal: string;
  tags: string;
  previous: string;
  next: string;
  previousInTopic: string;
  nextInTopic: string;
  previousDay: string;
  nextDay: string;
  previousMonth: string;
  nextMonth: string;
  previousYear: string;
  nextYear: string;
  olderPage: string;
  newerPage: string;
  page: (number: number, total: number) => string;
  /** Under a day on the home page that shows only the day's first page: `count` articles are on its later pages. */
  moreOfDay: (count: number) => string;
  /** The pager between a busy day's pages (the day's own pager goes to other days). */
  pagesOfDay: string;
  background: string;
  timeline: string;
  noArticles: string;
  notFoundTitle: string;
  notFoundText: string;
  mainNavigation: string;
  pagination: string;
  breadcrumbs: string;
  published: string;
  readAlso: string;
  language: string;
  draft: string;
  scheduled: string;
  inLanguage: (lang: string) => string;
  languageName: (lang: string) => string;
  search: string;
  searchTitle: string;
  searchLabel: string;
  searchNeedsJavaScript: string;
  searchUnavailable: string;
  /** `[term]` stands for what the reader typed. */
  searchNoResults: string;
  searchOneResult: string;
  /** `[count]` stands for the number. */
  searchManyResults: string;
  searchAll: string;
  searchOrder: string;
  searchBestMatch: string;
  searchNewestFirst: string;
  topicFeed: (topic: string) => string;
  /** The heading of `/tags/`, `/sources/`, `/people/`…, and the way back to it from one of its pages. */
  collections: { tags: string; sources: string; people: string; places: string; organizations: string };
  /** The daily email: its link to the day's page, what a capped topic or edition left out, its footer. */
  emailWebEdition: string;
  emailMoreInTopic: (count: number) => string;
  emailMoreArticles: (count: number) => string;
  emailUnsubscribe: string;
  /** Related coverage on an article page; a topic's most named entities; an entity's Wikidata link; search filters. */
  relatedCoverage: string;
  mostNamed: string;
  wikidata: string;
  person: string;
  place: string;
  organization: string;
  /** "Reuters + 3 outlets": a story's source and how many other outlets reported it (lists, email). */
  sourceLine: (name: string, others: number) => string;
  alsoReportedBy: string;
  correctionsAndUpdates: string;
  updateKinds: { update: string; correction: string };
  /** The link from an article's source to the outlet's page. */
  outletPage: string;
  /** An outlet's counts: articles it is the source of, and articles whose coverage names it. */
  asSource: (count: number) => string;
  inCoverage: (count: number) => string;
  outletKinds: { wire: string; newspaper: string; broadcaster: string; government: string; other: string };
  country: string;
  website: string;
  kind: string;
  /** Under a picture: who made it. */
  pictureCredit: (credit: string) => string;
}

const en: Words = {
  skipToContent: "Skip to content",
  home: "Home",
  topics: "Topics",
  topic: "Topic",
  archive: "Archive",
  latestEditions: "Latest editions",
  edition: "Edition",
  articles: (n) => (n === 1 ? "1 article" : `${n} articles`),
  updated: "Updated",
  source: "Source",
  author: "Author",
  readOriginal: "Read the original",
  tags: "Tags",
  previous: "Previous",
  next: "Next",
  previousInTopic: "Previous in this topic",
  nextInTopic: "Next in this topic",
  previousDay: "Previous day",
  nextDay: "Next day",
  previousMonth: "Previous month",
  nextMonth: "Next month",
  previousYear: "Previous year",
  nextYear: "Next year",
  olderPage: "Older articles",
  newerPage: "Newer articles",
  page: (n, total) => `Page ${n} of ${total}`,
  moreOfDay: (count) => `${count} more ${count === 1 ? "article" : "articles"} from this day`,
  pagesOfDay: "Pages of this day",
  background: "Background",
  timeline: "Timeline",
  noArticles: "No articles yet.",
  notFoundTitle: "Page not found",
  notFoundText: "There is no page at this address. It may have moved, or the link may be mistyped.",
  mainNavigation: "Main",
  pagination: "Pages",
  breadcrumbs: "You are here",
  published: "Published",
  readAlso: "Read also",
  language: "Language",
  draft: "Draft",
  scheduled: "Scheduled",
  inLanguage: (lang) => `in ${languageName(lang, "en")}`,
  languageName: (lang) => languageName(lang, "en"),
  search: "Search",
  searchTitle: "Search the archive",
  searchLabel: "Search articles",
  searchNeedsJavaScript: "Search needs JavaScript, which is off or did not load. You can still browse every article by topic or by date:",
  searchUnavailable: "Search is not available on this copy of the site. You can still browse every article by topic or by date:",
  searchNoResults: "No article matches “[term]”.",
  searchOneResult: "1 article",
  searchManyResults: "[count] articles",
  searchAll: "All",
  searchOrder: "Order",
  searchBestMatch: "Best match",
  searchNewestFirst: "Newest first",
  topicFeed: (topic) => `Feed: ${topic}`,
  collections: { tags: "Tags", sources: "Sources", people: "People", places: "Places", organizations: "Organisations" },
  emailWebEdition: "Read this edition on the web",
  emailMoreInTopic: (count) => `${count} more on the web edition`,
  emailMoreArticles: (count) => `${count} more ${count === 1 ? "article" : "articles"} in other topics on the web edition`,
  emailUnsubscribe: "Unsubscribe",
  relatedCoverage: "Related coverage",
  mostNamed: "Most named",
  wikidata: "Wikidata",
  person: "Person",
  place: "Place",
  organization: "Organisation",
  sourceLine: (name, others) => (others === 0 ? name : `${name} + ${others} ${others === 1 ? "outlet" : "outlets"}`),
  alsoReportedBy: "Also reported by",
  correctionsAndUpdates: "Corrections and updates",
  updateKinds: { update: "Update", correction: "Correction" },
  outletPage: "all its reports here",
  asSource: (n) => `${n} as the source`,
  inCoverage: (n) => `${n} in coverage`,
  outletKinds: { wire: "News agency", newspaper: "Newspaper", broadcaster: "Broadcaster", government: "Government", other: "Other" },
  country: "Country",
  website: "Website",
  kind: "Kind",
  pictureCredit: (credit) => `Photo: ${credit}`,
};

const id: Words = {
  skipToContent: "Langsung ke isi",
  home: "Beranda",
  topics: "Topik",
  topic: "Topik",
  archive: "Arsip",
  latestEditions: "Edisi terbaru",
  edition: "Edisi",
  articles: (n) => `${n} artikel`,
  updated: "Diperbarui",
  source: "Sumber",
  author: "Penulis",
  readOriginal: "Baca artikel asli",
  tags: "Tag",
  previous: "Sebelumnya",
  next: "Berikutnya",
  previousInTopic: "Sebelumnya dalam topik ini",
  nextInTopic: "Berikutnya dalam topik ini",
  previousDay: "Hari sebelumnya",
  nextDay: "Hari berikutnya",
  previousMonth: "Bulan sebelumnya",
  nextMonth: "Bulan berikutnya",
  previousYear: "Tahun sebelumnya",
  nextYear: "Tahun berikutnya",
  olderPage: "Artikel lebih lama",
  newerPage: "Artikel lebih baru",
  page: (n, total) => `Halaman ${n} dari ${total}`,
  moreOfDay: (count) => `${count} artikel lain dari hari itu`,
  pagesOfDay: "Halaman hari itu",
  background: "Latar belakang",
  timeline: "Linimasa",
  noArticles: "Belum ada artikel.",
  notFoundTitle: "Halaman tidak ditemukan",
  notFoundText: "Tidak ada halaman di alamat ini. Mungkin sudah dipindahkan, atau tautannya salah ketik.",
  mainNavigation: "Utama",
  pagination: "Halaman",
  breadcrumbs: "Posisi Anda",
  published: "Terbit",
  readAlso: "Baca juga",
  language: "Bahasa",
  draft: "Draf",
  scheduled: "Terjadwal",
  // CLDR names languages bare ("Inggris"); the phrase needs "bahasa".
  inLanguage: (lang) => `dalam ${/^bahasa /i.test(languageName(lang, "id")) ? "" : "bahasa "}${languageName(lang, "id")}`,
  languageName: (lang) => languageName(lang, "id"),
  search: "Cari",
  searchTitle: "Cari di arsip",
  searchLabel: "Cari artikel",
  searchNeedsJavaScript: "Pencarian memerlukan JavaScript, yang nonaktif atau gagal dimuat. Anda tetap dapat menelusuri semua artikel menurut topik atau tanggal:",
  searchUnavailable: "Pencarian tidak tersedia pada salinan situs ini. Anda tetap dapat menelusuri semua artikel menurut topik atau tanggal:",
  searchNoResults: "Tidak ada artikel yang cocok dengan “[term]”.",
  searchOneResult: "1 artikel",
  searchManyResults: "[count] artikel",
  searchAll: "Semua",
  searchOrder: "Urutan",
  searchBestMatch: "Paling cocok",
  searchNewestFirst: "Terbaru dulu",
  topicFeed: (topic) => `Umpan: ${topic}`,
  collections: { tags: "Tag", sources: "Sumber", people: "Tokoh", places: "Tempat", organizations: "Organisasi" },
  emailWebEdition: "Baca edisi ini di web",
  emailMoreInTopic: (count) => `${count} lagi di edisi web`,
  emailMoreArticles: (count) => `${count} artikel lain dalam topik lain di edisi web`,
  emailUnsubscribe: "Berhenti berlangganan",
  relatedCoverage: "Liputan terkait",
  mostNamed: "Paling sering disebut",
  wikidata: "Wikidata",
  person: "Tokoh",
  place: "Tempat",
  organization: "Organisasi",
  sourceLine: (name, others) => (others === 0 ? name : `${name} + ${others} media lain`),
  alsoReportedBy: "Juga diberitakan oleh",
  correctionsAndUpdates: "Koreksi dan pembaruan",
  updateKinds: { update: "Pembaruan", correction: "Koreksi" },
  outletPage: "semua beritanya di sini",
  asSource: (n) => `${n} sebagai sumber`,
  inCoverage: (n) => `${n} dalam liputan`,
  outletKinds: { wire: "Kantor berita", newspaper: "Surat kabar", broadcaster: "Penyiar", government: "Pemerintah", other: "Lainnya" },
  country: "Negara",
  website: "Situs web",
  kind: "Jenis",
  pictureCredit: (credit) => `Foto: ${credit}`,
};

const dictionaries: Record<SiteLanguage, Words> = { en, id };

export function wordsFor(lang: SiteLanguage): Words {
  return dictionaries[lang];
}

/** "Indonesian" / "bahasa Indonesia" for a BCP 47 tag, from the runtime's own CLDR data. */
export function languageName(tag: string, uiLang: SiteLanguage): string {
  const key = `${uiLang}|${tag}`;
  let name = namesByKey.get(key);
  if (name === undefined) namesByKey.set(key, (name = nameOf(tag, uiLang)));
  return name;
}

// A name is looked up for every page of an article in another language, and DisplayNames.of costs
// tens of microseconds: each is looked up once. A site has a handful of languages.
const namesByKey = new Map<string, string>();

function nameOf(tag: string, uiLang: SiteLanguage): string {
  try {
    return displayNames(uiLang).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

// One Intl.DisplayNames per UI language: building one costs more than every lookup after it.
// Safe process-wide: immutable, and there are two languages.
const displayNamesByLang = new Map<SiteLanguage, Intl.DisplayNames>();
function displayNames(uiLang: SiteLanguage): Intl.DisplayNames {
  let names = displayNamesByLang.get(uiLang);
  if (!names) displayNamesByLang.set(uiLang, (names = new Intl.DisplayNames([uiLang], { type: "language" })));
  return names;
}
