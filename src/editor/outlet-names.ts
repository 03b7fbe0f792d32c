import { outletName } from "./title-case.ts";

/** Outlets' usual names, each with the other ways datelines and pages write it. */
export type OutletAliases = Readonly<Record<string, readonly string[]>>;

/** The outlets whose pages editors paste most; the outlet registry can add more (see `outletFromDateline`). */
export const builtInOutlets: OutletAliases = {
  Kompas: ["KOMPAS.com", "Kompas.id", "Harian Kompas"],
  Antara: ["ANTARA News", "antaranews.com", "Kantor Berita Antara"],
  Liputan6: ["Liputan6.com"],
  Tempo: ["TEMPO.CO", "Koran Tempo"],
  Detik: ["detikcom", "detik.com", "detikNews", "detikFinance"],
  "CNN Indonesia": ["CNNIndonesia.com"],
  "Jabar Ekspres": ["JabarEkspres.com"],
  "Pikiran Rakyat": ["Pikiran-Rakyat.com"],
  "The Jakarta Post": ["TheJakartaPost.com"],
  Reuters: ["Thomson Reuters"],
  "Associated Press": ["AP", "The Associated Press"],
  AFP: ["Agence France-Presse", "Agence France Presse"],
  Yonhap: ["Yonhap News Agency", "Yonhap News"],
};

/** What two spellings of one outlet share: no case, no leading "The", no web ending, letters and digits only. */
export function outletKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/^the\s+/u, "")
    .replace(/(?:\.(?:com|co|id|net|org|news))+$/u, "")
    .replace(/[^\p{L}\d]+/gu, "");
}

/** The usual name of the outlet `written` names, from `extra` (e.g. the outlet registry) first, then the built-in table. */
export function knownOutlet(written: string, extra: OutletAliases = {}): string | undefined {
  const key = outletKey(written);
  if (!key) return undefined;
  for (const table of [extra, builtInOutlets]) {
    for (const [name, aliases] of Object.entries(table)) {
      if ([name, ...aliases].some((alias) => outletKey(alias) === key)) return name;
    }
  }
  return undefined;
}

/** The source name for a dateline's outlet: its usual name when known, else the dateline's words in title case. */
export function outletFromDateline(written: string, extra: OutletAliases = {}): string {
  return knownOutlet(written, extra) ?? outletName(written);
}
