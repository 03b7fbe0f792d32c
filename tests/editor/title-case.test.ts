import { test } from "uvu";
import * as assert from "uvu/assert";
import { outletName } from "../../src/editor/title-case.ts";

test("a dateline's capitals become title case", () => {
  assert.is(outletName("PIKIRAN RAKYAT"), "Pikiran Rakyat");
  assert.is(outletName("ANTARA"), "Antara");
  assert.is(outletName("THE JAKARTA POST"), "The Jakarta Post");
  assert.is(outletName("JAWA-POS"), "Jawa-Pos");
});

test("known acronyms stay in capitals", () => {
  assert.is(outletName("CNN INDONESIA"), "CNN Indonesia");
  assert.is(outletName("BBC NEWS"), "BBC News");
  assert.is(outletName("NHK WORLD"), "NHK World");
  assert.is(outletName("METRO TV"), "Metro TV");
  assert.is(outletName("VOA INDONESIA"), "VOA Indonesia");
});

test("a web address keeps its name's case rules and a lower-case ending", () => {
  assert.is(outletName("KOMPAS.com"), "Kompas.com");
  assert.is(outletName("TEMPO.CO"), "Tempo.co");
  assert.is(outletName("REPUBLIKA.CO.ID"), "Republika.co.id");
  assert.is(outletName("LIPUTAN6.COM"), "Liputan6.com");
  assert.is(outletName("JPNN.COM"), "JPNN.com");
});

test("brands keep their own spelling; mixed case is the outlet's own and stays", () => {
  assert.is(outletName("KOMPASTV"), "KompasTV");
  assert.is(outletName("DETIKNEWS"), "detikNews");
  assert.is(outletName("Reuters"), "Reuters");
  assert.is(outletName("  CNN   INDONESIA "), "CNN Indonesia");
});

test.run();
