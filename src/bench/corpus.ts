// A deterministic synthetic digest for benchmarks: realistic Markdown (~3.5 KB each, headings,
// lists, quotes, links), 60 topics with a skewed distribution, up to 2 topics per article,
// 20 % Indonesian, dates over 3 years in several offsets, tags and people, places and
// organisations skewed the same way (a few on a large share of articles, a long tail), the
// commonest entities in a registry with aliases. Same size and seed → same bytes.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

export interface CorpusOptions {
  articles: number;
  topics?: number;
  seed?: number;
  /** Share of articles (0 to 1) with a lead picture: a small generated JPEG of its own. */
  images?: number;
}

/** Small, fast, seedable PRNG (mulberry32): Math.random would make runs incomparable. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const english = "the government said on monday that talks with regional partners would continue as officials weighed new measures against rising prices while analysts warned that the outcome remained uncertain for markets and households across the country".split(" ");
const indonesian = "pemerintah menyatakan pada hari senin bahwa pembicaraan dengan mitra regional akan terus berlanjut sementara para pejabat menimbang langkah baru terhadap kenaikan harga dan para analis memperingatkan bahwa hasilnya masih belum pasti bagi pasar serta rumah tangga".split(" ");
const outlets = ["Antara", "Kompas", "Tempo", "Reuters", "Associated Press", "Pikiran Rakyat", "CNN Indonesia", "BBC News", "Yonhap", "The Jakarta Post"];
const offsets = ["+07:00", "-04:00", "+09:00", "+00:00", "+08:00", ""];

function sentence(words: string[], next: () => number, length: number): string {
  const out: string[] = [];
  for (let i = 0; i < length; i++) out.push(words[Math.floor(next() * words.length)]!);
  const text = out.join(" ");
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function paragraph(words: string[], next: () => number): string {
  return Array.from({ length: 3 + Math.floor(next() * 3) }, () => sentence(words, next, 10 + Math.floor(next() * 12))).join(" ");
}

/** One article's Markdown body: about 3.5 KB with the structures editors actually use. */
function body(words: string[], next: () => number, n: number): string {
  const parts = [paragraph(words, next), paragraph(words, next), `## ${sentence(words, next, 5).slice(0, -1)}`, paragraph(words, next)];
  parts.push(["- ", "- ", "- "].map((b) => b + sentence(words, next, 8)).join("\n"));
  parts.push(`> ${sentence(words, next, 18)}`);
  parts.push(`${paragraph(words, next)} See [the report](https://example.com/reports/${n}) and [background](/topics/).`);
  parts.push(paragraph(words, next), paragraph(words, next));
  return parts.join("\n\n");
}

export function topicSlug(i: number): string {
  return `topic-${String(i + 1).padStart(2, "0")}`;
}

/** How many people, places and organisations the corpus names, and how many of each the registry holds. */
const entityCounts = { people: 3000, places: 800, organizations: 600 } as const;
const registered = 40;
const entityKind = { people: "person", places: "place", organizations: "organization" } as const;
const entityName = (field: keyof typeof entityCounts, i: number) => `${entityKind[field]} ${i + 1}`;

/** Up to `max` names from a skewed pick: index i comes with weight falling steeply with i; registered ones sometimes by alias. */
function entityList(field: keyof typeof entityCounts, max: number, next: () => number): string {
  const names = new Set<string>();
  const count = Math.floor(next() * (max + 1));
  for (let k = 0; k < count; k++) {
    const i = Math.floor(Math.pow(next(), 3) * entityCounts[field]);
    names.add(i < registered && next() < 0.3 ? `${entityName(field, i)} alias` : entityName(field, i));
  }
  return `${field}: [${[...names].join(", ")}]`;
}

/** A 640×360 JPEG of soft stripes in colours from `seed`: as busy as a photo's sky, unlike any other seed's. */
export async function corpusPicture(seed: number): Promise<Buffer> {
  const next = random(seed);
  const [width, height] = [640, 360];
  const [r, g, b, f] = [next() * 255, next() * 255, next() * 255, 0.01 + next() * 0.05];
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const wave = Math.sin(x * f + y * f * 0.7) * 60;
      pixels.set([r + wave, g - wave, b + wave / 2].map((c) => Math.max(0, Math.min(255, c))), (y * width + x) * 3);
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 80 }).toBuffer();
}

export async function writeCorpus(dir: string, { articles, topics = 60, seed = 42, images = 0 }: CorpusOptions): Promise<void> {
  const next = random(seed);
  // Entities draw from their own sequence, so the rest of the corpus is as it was before they came.
  const named = random(seed + 1);
  // Coverage and updates draw from their own sequence, so the rest of the corpus stays as it was.
  const nextStory = random(seed + 2);
  if (images > 0) await mkdir(path.join(dir, "images"), { recursive: true });
  await mkdir(path.join(dir, "topics"), { recursive: true });
  await mkdir(path.join(dir, "entities"), { recursive: true });
  for (const field of Object.keys(entityCounts) as (keyof typeof entityCounts)[]) {
    for (let i = 0; i < registered; i++) {
      const name = entityName(field, i);
      await writeFile(
        path.join(dir, "entities", `${name.replace(" ", "-")}.md`),
        `---\nname: ${name}\nkind: ${entityKind[field]}\naliases: [${name} alias]\ndescription: "A synthetic ${entityKind[field]} for benchmarks."\n---\nBackground of ${name}.\n`,
      );
    }
  }
  for (let i = 0; i < topics; i++) {
    await writeFile(path.join(dir, "topics", `${topicSlug(i)}.md`), `---\ntitle: "Topic ${i + 1}"\nsummary: "A synthetic topic for benchmarks."\n---\nBackground of topic ${i + 1}.\n`);
  }
  const start = Date.UTC(2021, 0, 1);
  const span = 3 * 365 * 24 * 3600 * 1000;
  const writes: Promise<void>[] = [];
  for (let n = 0; n < articles; n++) {
    const indonesianText = next() < 0.2;
    const words = indonesianText ? indonesian : english;
    // Skewed: topic i is picked with weight ~ 1/(i+1), so a few topics hold most articles.
    const pick = () => Math.min(topics - 1, Math.floor(Math.pow(next(), 2.5) * topics));
    const first = pick();
    const second = next() < 0.3 ? pick() : first;
    const topicList = first === second ? [topicSlug(first)] : [topicSlug(first), topicSlug(second)];
    const when = new Date(start + Math.floor(next() * span));
    const offset = offsets[Math.floor(next() * offsets.length)]!;
    const date = next() < 0.25 ? when.toISOString().slice(0, 10) : `${when.toISOString().slice(0, 19)}${offset}`;
    const title = sentence(words, next, 6 + Math.floor(next() * 5)).slice(0, -1);
    const year = date.slice(0, 4);
    const file = path.join(dir, year, `${date.slice(0, 10)}-a${n}.md`);
    // Its own random source, so a corpus with pictures has the same articles as one without.
    const picture = random(seed + n)() < images;
    if (picture) writes.push(corpusPicture(seed + n).then((jpeg) => writeFile(path.join(dir, "images", `p${n}.jpg`), jpeg)));
    const text = [
      "---",
      `title: ${JSON.stringify(title)}`,
      `date: "${date}"`,
      `topics: [${topicList.join(", ")}]`,
      "source:",
      `  name: ${JSON.stringify(outlets[Math.floor(next() * outlets.length)])}`,
      `  url: "https://example.com/news/${n}"`,
      `lang: ${indonesianText ? "id" : "en"}`,
      `summary: ${JSON.stringify(sentence(words, next, 20))}`,
      // Skewed like real tags: the commonest few are on a large share of articles.
      `tags: [tag-${Math.floor(Math.pow(next(), 3) * 2000)}, tag-${Math.floor(Math.pow(next(), 3) * 2000)}]`,
      entityList("people", 4, named),
      entityList("places", 3, named),
      entityList("organizations", 2, named),
      ...storyLines(n, when, nextStory),
      ...(picture ? ["image:", `  src: /images/p${n}.jpg`, `  alt: "Generated stripes, picture ${n}"`, '  credit: "News Digest benchmark"'] : []),
      "---",
      body(words, next, n),
      "",
    ].join("\n");
    writes.push(mkdir(path.dirname(file), { recursive: true }).then(() => writeFile(file, text)));
    if (writes.length >= 256) await Promise.all(writes.splice(0));
  }
  await Promise.all(writes);
}

/** A share of articles gets coverage from other outlets (30%) and updates or corrections (10%), dated after the article. */
function storyLines(n: number, when: Date, next: () => number): string[] {
  const lines: string[] = [];
  if (next() < 0.3) {
    lines.push("coverage:");
    for (let k = 0, count = 1 + Math.floor(next() * 3); k < count; k++) {
      lines.push(`  - name: ${JSON.stringify(outlets[Math.floor(next() * outlets.length)])}`, `    url: "https://example.org/cover/${n}/${k}"`);
    }
  }
  if (next() < 0.1) {
    lines.push("updates:");
    for (let k = 0, count = 1 + Math.floor(next() * 2); k < count; k++) {
      const at = new Date(when.getTime() + (2 + k) * 24 * 3600 * 1000).toISOString().slice(0, 19);
      lines.push(`  - date: "${at}Z"`, `    kind: ${next() < 0.3 ? "correction" : "update"}`, `    note: "Details of change ${k + 1} to article ${n}."`);
    }
  }
  return lines;
}
