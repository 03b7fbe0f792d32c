import { test } from "uvu";
import * as assert from "uvu/assert";
import { knownOutlet, outletFromDateline } from "../../src/editor/outlet-names.ts";

test("each outlet has one name, however its dateline writes it", () => {
  const cases: [string, string][] = [
    ["KOMPAS.com", "Kompas"],
    ["Kompas.com", "Kompas"],
    ["ANTARA", "Antara"],
    ["Liputan6.com", "Liputan6"],
    ["TEMPO.CO", "Tempo"],
    ["detikcom", "Detik"],
    ["CNN INDONESIA", "CNN Indonesia"],
    ["CNNIndonesia.com", "CNN Indonesia"],
    ["JABAR EKSPRES", "Jabar Ekspres"],
    ["PIKIRAN RAKYAT", "Pikiran Rakyat"],
    ["Pikiran-Rakyat.com", "Pikiran Rakyat"],
    ["Reuters", "Reuters"],
    ["AP", "Associated Press"],
    ["AFP", "AFP"],
    ["Yonhap", "Yonhap"],
    ["THE JAKARTA POST", "The Jakarta Post"],
  ];
  for (const [written, name] of cases) assert.is(outletFromDateline(written), name, written);
});

test("an outlet no table knows keeps the dateline's words, in title case", () => {
  assert.is(knownOutlet("SUARA MERDEKA"), undefined);
  assert.is(outletFromDateline("SUARA MERDEKA"), "Suara Merdeka");
  assert.is(outletFromDateline("REPUBLIKA.CO.ID"), "Republika.co.id");
});

test("names from outside (the outlet registry) come first and add outlets", () => {
  const registry = { "Suara Merdeka": ["SUARAMERDEKA.com"], "Kompas.id": ["KOMPAS"] };
  assert.is(outletFromDateline("SUARAMERDEKA.COM", registry), "Suara Merdeka");
  assert.is(outletFromDateline("KOMPAS", registry), "Kompas.id");
  assert.is(outletFromDateline("ANTARA", registry), "Antara");
});

test.run();
