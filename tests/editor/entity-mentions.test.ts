import { test } from "uvu";
import * as assert from "uvu/assert";
import { entityMentions } from "../../src/editor/entity-mentions.ts";

const registry = [
  { name: "Vladimir Putin", kind: "person" as const, aliases: ["Putin"], matchCase: false },
  { name: "Kim Jong Un", kind: "person" as const, aliases: ["Kim Jong-un"], matchCase: false },
  { name: "Jakarta", kind: "place" as const, aliases: ["DKI Jakarta"], matchCase: false },
  { name: "UN Security Council", kind: "organization" as const, aliases: ["Dewan Keamanan PBB", "DK PBB"], matchCase: true },
  { name: "ASEAN", kind: "organization" as const, aliases: [], matchCase: true },
];

test("registered names and aliases in the text fill each kind, by registry name, in the order the text names them", () => {
  const text = "Presiden Rusia PUTIN menerima kim jong-un. Dewan Keamanan PBB belum bersidang; KTT ASEAN di Jakarta berlanjut.";
  assert.equal(entityMentions(text, registry), { people: ["Vladimir Putin", "Kim Jong Un"], places: ["Jakarta"], organizations: ["UN Security Council", "ASEAN"] });
});

test("whole words only: a name inside another word is no mention", () => {
  assert.equal(entityMentions("Putinism and Jakartans; aseanisation.", registry), { people: [], places: [], organizations: [] });
});

test("match_case entities match in their own case only; the others in any case", () => {
  assert.equal(entityMentions("the asean way, dk pbb, JAKARTA", registry), { people: [], places: ["Jakarta"], organizations: [] });
});

test("a name broken over a line or by two spaces still matches; one named twice is listed once", () => {
  assert.equal(entityMentions("Kim Jong\nUn met Putin. Kim  Jong Un left; Putin stayed.", registry).people, ["Kim Jong Un", "Vladimir Putin"]);
});

test("names with punctuation are matched as text, not as patterns", () => {
  const dotted = [{ name: "U.S. Army", kind: "organization" as const, aliases: [], matchCase: false }];
  assert.equal(entityMentions("The USX Army said", dotted).organizations, []);
  assert.equal(entityMentions("The U.S. Army said", dotted).organizations, ["U.S. Army"]);
});

test.run();
