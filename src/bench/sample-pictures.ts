import { mkdir } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

// Draws the sample digest's pictures (ours to publish: plain shapes, no map data or photos copied)
// and the site's social card. Run once with `npx tsx src/bench/sample-pictures.ts`; the files are committed.

const font = `font-family="DejaVu Sans, sans-serif"`;
const sea = "#d7e8f2";
const land = "#e9e3cf";
const ink = "#1d3557";

/** A rough outline from a list of points: the islands here are drawn freehand, not traced. */
const shape = (points: string, fill = land) => `<polygon points="${points}" fill="${fill}" stroke="#a89f80" stroke-width="3"/>`;
const marker = (x: number, y: number, label: string, dx = 18) =>
  `<circle cx="${x}" cy="${y}" r="13" fill="#d62828" stroke="#fff" stroke-width="4"/><text x="${x + dx}" y="${y + 8}" ${font} font-size="26" fill="${ink}">${label}</text>`;
const frame = (width: number, height: number, body: string, title: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${sea}"/>${body}` +
  `<rect x="0" y="${height - 64}" width="${width}" height="64" fill="${ink}"/><text x="28" y="${height - 22}" ${font} font-size="28" fill="#fff">${title}</text></svg>`;

const sumatra = "90,90 200,120 330,250 450,380 520,470 470,520 380,470 280,360 170,230 100,150";
const borneo = "700,170 840,120 980,150 1060,240 1040,370 940,450 820,440 720,380 680,270";
const java = "470,560 620,560 780,580 880,600 860,625 700,615 540,600 460,585";

const pictures: { file: string; svg: string; width: number; height: number; format: "jpeg" | "png" }[] = [
  {
    file: "articles/images/hotspot-provinces.jpg",
    width: 1280,
    height: 720,
    format: "jpeg",
    svg: frame(1280, 720, shape(sumatra) + shape(borneo) + shape(java) + marker(240, 190, "Riau") + marker(330, 300, "Jambi") + marker(400, 400, "South Sumatra") +
      marker(760, 260, "West Kalimantan") + marker(900, 330, "Central Kalimantan"), "Provinces named in reports of rising fire hotspots, August 2023"),
  },
  {
    file: "articles/images/asean-jakarta-2023.jpg",
    width: 1280,
    height: 720,
    format: "jpeg",
    svg: frame(1280, 720, shape("380,40 470,60 520,200 470,330 420,300 400,180") + shape("520,60 640,90 700,230 620,300 540,220") + shape(sumatra) + shape(borneo) + shape(java) +
      shape("980,60 1050,80 1080,200 1030,260 990,180") + marker(560, 585, "Jakarta: 43rd ASEAN Summit", 22), "ASEAN Summit, Jakarta, 5 to 7 September 2023"),
  },
  {
    file: "articles/2023/bantuan-beras-infografik.png",
    width: 1200,
    height: 675,
    format: "png",
    svg: frame(1200, 675,
      `<rect x="80" y="90" width="300" height="380" rx="18" fill="#fff"/><text x="230" y="270" ${font} font-size="96" font-weight="bold" fill="${ink}" text-anchor="middle">10 kg</text><text x="230" y="330" ${font} font-size="30" fill="${ink}" text-anchor="middle">beras per bulan</text>` +
      `<rect x="450" y="90" width="300" height="380" rx="18" fill="#fff"/><text x="600" y="270" ${font} font-size="96" font-weight="bold" fill="${ink}" text-anchor="middle">3</text><text x="600" y="330" ${font} font-size="30" fill="${ink}" text-anchor="middle">bulan, mulai September</text>` +
      `<rect x="820" y="90" width="300" height="380" rx="18" fill="#fff"/><text x="970" y="270" ${font} font-size="84" font-weight="bold" fill="${ink}" text-anchor="middle">21,3 jt</text><text x="970" y="330" ${font} font-size="30" fill="${ink}" text-anchor="middle">keluarga penerima</text>`,
      "Bantuan pangan beras 2023, menurut pemerintah"),
  },
  {
    file: "layouts/assets/card.png",
    width: 1200,
    height: 630,
    format: "png",
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><rect width="100%" height="100%" fill="${ink}"/>` +
      `<text x="80" y="300" ${font} font-size="104" font-weight="bold" fill="#fff">News Digest</text>` +
      `<text x="84" y="380" ${font} font-size="40" fill="${sea}">Curated news, grouped by topic and by day.</text></svg>`,
  },
];

for (const { file, svg, format } of pictures) {
  await mkdir(path.dirname(file), { recursive: true });
  const image = sharp(Buffer.from(svg));
  await (format === "jpeg" ? image.jpeg({ quality: 80, mozjpeg: true }) : image.png({ palette: true })).toFile(file);
  console.log(file);
}
