// The search page's script: loaded only by /search/. It searches the Pagefind bundles the build
// wrote (one per language, a big language's split in several; listed in pagefind/languages.json;
// see src/outputs/search/search-index.ts), each with its own stemmer, and lists the matching articles. Served as it is, with no build
// step; paths are relative to this file, so a site under a path prefix works unchanged.

const bundles = new URL("../pagefind/", import.meta.url);
const root = document.getElementById("search");
const form = root.querySelector(".search-form");
const input = form.elements.namedItem("q");
const status = root.querySelector(".search-status");
const list = root.querySelector(".search-results");
const filterNames = ["topic", "source", "language", "person", "place", "organization"];
const pageLang = document.documentElement.lang;
/** Results shown at most; Pagefind ranks them, so the best come first. */
const limit = 50;

/** One Pagefind instance per bundle: separate imports, so separate stemmers; a result's language is its bundle's. */
async function loadIndexes() {
  const response = await fetch(new URL("languages.json", bundles));
  if (!response.ok) throw new Error(`no search index here (${response.status})`);
  const { bundles: listed } = await response.json();
  return Promise.all(
    listed.map(async ({ path, language }) => {
      const base = new URL(`${path}/`, bundles);
      const pagefind = await import(new URL("pagefind.js", base).href);
      // The index holds full site paths (path prefix included): Pagefind must not add its own base.
      await pagefind.options({ basePath: base.pathname, baseUrl: "/", excerptLength: 24 });
      await pagefind.init();
      return { language, pagefind };
    }),
  );
}

function words(key, values = {}) {
  return root.dataset[key].replace(/\[(\w+)\]/g, (_, name) => values[name] ?? "");
}

/** Pagefind's excerpt is HTML with <mark> around matches: keep only its text and the marks. */
function excerptNodes(html) {
  const template = document.createElement("template");
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent);
  });
}

function resultItem(result) {
  const item = document.createElement("li");
  item.className = "item search-result";
  if (result.language !== pageLang) item.lang = result.language;
  const heading = document.createElement("h2");
  heading.className = "item-title";
  const link = document.createElement("a");
  link.href = result.url;
  link.textContent = result.meta.title;
  heading.append(link);
  const excerpt = document.createElement("p");
  excerpt.className = "item-summary";
  excerpt.append(...excerptNodes(result.excerpt));
  const meta = document.createElement("p");
  meta.className = "meta";
  if (result.language !== pageLang) meta.lang = pageLang;
  const time = document.createElement("time");
  time.dateTime = result.meta.published;
  time.textContent = result.meta.date;
  meta.append(`${result.meta.source} · `, time);
  item.append(heading, excerpt, meta);
  return item;
}

function fillFilters(indexes, allFilters) {
  for (const name of filterNames) {
    const select = form.elements.namedItem(name);
    const values = new Set(allFilters.flatMap((filters) => Object.keys(filters[name] ?? {})));
    for (const value of [...values].sort((a, b) => a.localeCompare(b, pageLang))) select.add(new Option(value, value));
    select.closest("label").hidden = values.size === 0; // a site that names no organisations needs no such filter
  }
}

function readQuery() {
  const query = new URLSearchParams(location.search);
  input.value = query.get("q") ?? "";
  for (const name of [...filterNames, "order"]) {
    const select = form.elements.namedItem(name);
    const value = query.get(name);
    if (value && [...select.options].some((o) => o.value === value)) select.value = value;
  }
}

function writeQuery() {
  const query = new URLSearchParams();
  if (input.value.trim()) query.set("q", input.value.trim());
  for (const name of [...filterNames, "order"]) {
    const value = form.elements.namedItem(name).value;
    if (value) query.set(name, value);
  }
  const search = query.toString();
  history.replaceState(null, "", search ? `?${search}` : location.pathname);
}

let latest = 0;

async function search(indexes) {
  const run = ++latest;
  writeQuery();
  const term = input.value.trim();
  if (!term) {
    list.replaceChildren();
    status.textContent = "";
    root.dataset.shown = "";
    return;
  }
  const filters = {};
  for (const name of filterNames) {
    const value = form.elements.namedItem(name).value;
    if (value) filters[name] = value;
  }
  const newest = form.elements.namedItem("order").value === "newest";
  const searches = await Promise.all(indexes.map(({ pagefind }) => pagefind.search(term, { filters, ...(newest && { sort: { date: "desc" } }) })));
  const perIndex = searches.map((s, i) => (s?.results ?? []).map((hit) => ({ hit, language: indexes[i].language })));
  const count = perIndex.reduce((sum, hits) => sum + hits.length, 0);
  // Each index already ranks its own hits (by date when sorting by date): only the top of each is needed.
  const candidates = newest ? perIndex.flatMap((hits) => hits.slice(0, limit)) : perIndex.flat().sort((a, b) => b.hit.score - a.hit.score).slice(0, limit);
  const results = await Promise.all(candidates.map(async ({ hit, language }) => ({ ...(await hit.data()), language })));
  if (newest) results.sort((a, b) => Date.parse(b.meta.published) - Date.parse(a.meta.published));
  if (run !== latest) return;
  list.replaceChildren(...results.slice(0, limit).map(resultItem));
  status.textContent = count === 0 ? words("noResults", { term }) : count === 1 ? words("oneResult") : words("manyResults", { count });
  // Which search the list shows, for tests and scripts that wait for it.
  root.dataset.shown = location.search;
}

async function start() {
  let indexes;
  try {
    indexes = await loadIndexes();
  } catch (error) {
    console.error("Search is unavailable:", error);
    root.querySelector(".search-fallback-text").textContent = words("unavailable");
    return;
  }
  fillFilters(indexes, await Promise.all(indexes.map(({ pagefind }) => pagefind.filters())));
  readQuery();
  root.querySelector(".search-fallback").hidden = true;
  form.hidden = false;
  let timer;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => search(indexes), 250);
  });
  form.addEventListener("change", () => search(indexes));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    search(indexes);
  });
  root.dataset.ready = "";
  await search(indexes);
}

start();
