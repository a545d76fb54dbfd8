// Search page: queries the Pagefind bundle, shows results in the reader's UI language,
// filters with counts, sorting, and keeps the whole state in the URL so a search can be shared.
// The filters are listed from labels.json and their counts load with the page, so they are
// always visible. The same query gives the same entries on every UI language: Chinese words are
// searched as exact phrases of their characters (the index holds one word per character), so
// 援疆 never matches an entry on 援 alone; a query that finds nothing gets a "did you mean" from
// the vocabularies' names (labels.json's terms).
// A large archive is indexed in several bundles (shards, listed in labels.json): the page
// searches them all and merges their results. Entries edited since the index was built whole
// are in a small delta bundle (labels.json: delta, and shadow, the base pages it replaces).
const root = document.getElementById("search");
const base = root.dataset.base; // "/" or "/aid-archive/"
const ui = root.dataset.lang; // the reader's UI language
const FILTERS = ["region", "year", "lang", "tag"];
const SORTS = { newest: { date: "desc" }, oldest: { date: "asc" } }; // undated entries have no date
const PAGE = 10;

const $ = (id) => document.getElementById(id);
const form = $("search-form");
const input = $("search-q");
const sortSelect = $("search-sort");
const status = $("search-status");
const list = $("search-results");
const more = $("search-more");
const toggle = $("search-filters-toggle");
const panel = $("search-filters");
const suggest = $("search-suggest");
const suggestLink = $("search-suggest-link");
const msg = (name, n) => (root.dataset[name] || "").replace("{n}", String(n));

let pagefind;
let labels = {};
let shown = [];
let pending = 0;
let timer;
let totals = {};
let counting = null; // Promise: Pagefind's filter files, requested once
let counted = false; // they are loaded: searches return counts
let terms = []; // vocabulary names for "did you mean"

// ---- state <-> URL -------------------------------------------------------------------------

function readState(params) {
  const state = { q: params.get("q") || "", sort: params.get("sort") || "", filters: {} };
  if (!(state.sort in SORTS)) state.sort = "";
  for (const name of FILTERS) state.filters[name] = params.getAll(name);
  return state;
}

function currentState() {
  const state = { q: input.value.trim(), sort: sortSelect.value, filters: {} };
  for (const name of FILTERS) {
    const boxes = root.querySelectorAll(`input[name="${name}"]:checked`);
    state.filters[name] = [...boxes].map((box) => box.value);
  }
  return state;
}

function writeUrl(state) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const name of FILTERS) for (const v of state.filters[name]) params.append(name, v);
  if (state.sort) params.set("sort", state.sort);
  const query = params.toString();
  history.replaceState(null, "", location.pathname + (query ? "?" + query : ""));
}

// ---- filters ---------------------------------------------------------------------------------

function label(name, value) {
  if (name === "year" && value === "undated") return msg("msgUndated");
  const names = (labels[name] || {})[value];
  return names ? names[ui] || value : value;
}

const htmlLang = (lang) => (labels.html || {})[lang] || lang;

function order(name, values) {
  if (name === "year") return values.sort((a, b) => (a === "undated") - (b === "undated") || b.localeCompare(a)); // newest first, undated last
  return values.sort((a, b) => label(name, a).localeCompare(label(name, b), ui));
}

function buildFilters(state) {
  for (const name of FILTERS) {
    const box = root.querySelector(`[data-filter="${name}"] ul`);
    const values = order(name, Object.keys(labels[name] || {}));
    if (!box) continue;
    box.closest("[data-filter]").hidden = values.length === 0;
    for (const value of values) {
      const id = `filter-${name}-${value}`;
      const li = document.createElement("li");
      const check = Object.assign(document.createElement("input"), { type: "checkbox", name, value, id });
      check.checked = state.filters[name].includes(value);
      const text = Object.assign(document.createElement("label"), { htmlFor: id });
      text.append(label(name, value), " ", Object.assign(document.createElement("span"), {
        className: "count",
      }));
      li.append(check, text);
      box.append(li);
    }
  }
}

function showCounts(counts) {
  for (const check of root.querySelectorAll("[data-filter] input")) {
    const count = (counts[check.name] || {})[check.value] ?? 0;
    check.labels[0].querySelector(".count").textContent = `(${count})`;
  }
}

function loadCounts() {
  counting ??= pagefind.filters().then(async (all) => {
    totals = all;
    counted = true;
    const ticket = pending;
    const state = currentState();
    const result = await find(state);
    if (ticket === pending) showCounts(result ? result.filters : totals);
  });
}

// ---- results ---------------------------------------------------------------------------------

// ---- Chinese: one indexed word per character -------------------------------------------------

const CJK = "\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff";
const CJK_RUN = new RegExp(`[${CJK}]+`, "g");
// the gaps the index puts between Chinese characters and after an elision (l' hôpital)
const CJK_GAP = new RegExp(`(?<=[${CJK}])\\s+(?=[${CJK}])|(?<=\\p{L}['’]) (?=\\p{L})`, "gu");
const ELISION = /(?<=\p{L}['’])(?=\p{L})/gu;

function pagefindQuery(q) {
  // 援疆 医疗 → "援 疆" "医 疗": each Chinese word an exact phrase of its characters, as indexed.
  // Inside a phrase the reader quoted ("援滇 医疗队"), its characters are spaced in place.
  const spaced = (run) => [...run].join(" ");
  const parts = q.replace(ELISION, " ").split('"'); // l'hôpital is indexed as l' hôpital
  if (parts.length % 2 === 0) parts[parts.length - 2] += parts.pop(); // an unclosed quote: ignored
  return onePhrase(parts.map((part, i) => (i % 2
    ? ` "${part.replace(CJK_RUN, (run) => ` ${spaced(run)} `).replace(/\s+/g, " ").trim()}" `
    : part.replace(CJK_RUN, (run) => (run.length > 1 ? ` "${spaced(run)}" ` : ` ${run} `))))
    .join("").replace(/\s+/g, " ").replace(/(^| )" ?"(?= |$)/g, "$1").trim()); // no empty phrase
}

function onePhrase(query) {
  // Pagefind finds nothing for two phrases at once: the longest stays a phrase, the others become
  // their words (characters), each of which must still be in the entry.
  const phrases = query.match(/"[^"]*"/g) || [];
  if (phrases.length < 2) return query;
  const keep = phrases.reduce((a, b) => (b.length > a.length ? b : a));
  let kept = false;
  return query.replace(/"[^"]*"/g, (phrase) => {
    if (phrase === keep && !kept) {
      kept = true;
      return phrase;
    }
    return phrase.slice(1, -1);
  });
}

function unspace(text) {
  return text.replace(CJK_GAP, "");
}

function excerptNodes(html) {
  // Pagefind escapes the text and adds <mark>; keep text and <mark> only, and join the spaced
  // Chinese characters again, across the marks too ("<mark>援 </mark><mark>疆</mark>" → 援疆).
  const template = document.createElement("template");
  template.innerHTML = html;
  let text = "";
  const marked = []; // per UTF-16 unit of text: inside a <mark>
  for (const node of template.content.childNodes) {
    const piece = node.textContent;
    text += piece;
    for (let i = 0; i < piece.length; i++) marked.push(node.nodeName === "MARK");
  }
  const dropped = new Set();
  for (const m of text.matchAll(CJK_GAP)) for (let i = m.index; i < m.index + m[0].length; i++) dropped.add(i);
  const out = document.createDocumentFragment();
  let run = "";
  let inMark = false;
  const flush = () => {
    if (!run) return;
    if (inMark) {
      const trimmed = run.trimEnd();
      out.append(Object.assign(document.createElement("mark"), { textContent: trimmed }));
      if (trimmed.length < run.length) out.append(" ");
    } else {
      out.append(run);
    }
    run = "";
  };
  for (let i = 0; i < text.length; i++) {
    if (dropped.has(i)) continue;
    if (marked[i] !== inMark) {
      flush();
      inMark = marked[i];
    }
    run += text[i];
  }
  flush();
  return out;
}

function inOriginal(data) {
  // Whether Pagefind's excerpt comes from the original's title and body (the record's content
  // up to meta.original_end), rather than from the metadata in other languages.
  const excerpt = data.excerpt.replace(/<\/?mark>/g, "").trim();
  if (!excerpt) return false;
  const at = data.content.indexOf(excerpt.slice(0, 40));
  return at >= 0 && at < Number(data.meta.original_end || 0);
}

function formatDate(iso) {
  // "2024-02-29" → "29 février 2024", "2024-02" → "2024年2月", "2024" → "2024"
  if (!iso) return "";
  const [year, month, day] = iso.split("-").map(Number);
  const parts = day ? { dateStyle: "long" } : month ? { year: "numeric", month: "long" } : { year: "numeric" };
  const format = new Intl.DateTimeFormat(htmlLang(ui), { ...parts, timeZone: "UTC" });
  return format.format(Date.UTC(year, (month || 1) - 1, day || 1));
}

function uiUrl(url, lang) {
  const original = `${base}${lang}/`;
  return url.startsWith(original) ? `${base}${ui}/${url.slice(original.length)}` : url;
}

function drawResult(data) {
  const meta = data.meta;
  const li = document.createElement("li");
  li.className = "search-result";
  const heading = document.createElement("h2");
  const link = Object.assign(document.createElement("a"), { href: uiUrl(data.url, meta.lang) });
  const title = meta.lang === ui ? meta.title : meta[`title_${ui}`];
  link.textContent = title || meta.title;
  heading.append(link);
  if (!title) {
    link.lang = htmlLang(meta.lang);
    heading.append(" ", Object.assign(document.createElement("span"), {
      className: "untranslated", textContent: msg("msgOriginal"),
    }));
  }
  const details = document.createElement("p");
  details.className = "search-meta";
  const region = (data.filters.region || [])[0];
  details.textContent = [region && label("region", region), formatDate(meta.date), label("lang", meta.lang)]
    .filter(Boolean).join(" · ");
  const excerpt = document.createElement("p");
  excerpt.className = "search-excerpt";
  const summary = meta[`summary_${ui}`];
  if (inOriginal(data) || !summary) {
    // the matched words in the original's own language
    excerpt.lang = htmlLang(meta.lang);
    excerpt.append(excerptNodes(data.excerpt));
  } else {
    excerpt.textContent = summary; // in the reader's language
  }
  li.append(heading, details, excerpt);
  return li;
}

async function showMore(reset) {
  const ticket = pending;
  const start = reset ? 0 : list.children.length;
  const slice = shown.slice(start, start + PAGE);
  const items = (await Promise.all(slice.map((r) => r.data()))).map(drawResult);
  if (ticket !== pending) return;
  if (reset) list.replaceChildren();
  list.append(...items);
  more.hidden = list.children.length >= shown.length;
}

// ---- shards ----------------------------------------------------------------------------------

async function openBundle(path) {
  // Each shard's own pagefind.js: a distinct module URL is an independent instance.
  const bundle = await import(`${base}pagefind/${path}pagefind.js`);
  await bundle.options({ baseUrl: base, excerptLength: 24 }); // result URLs get the base
  return bundle;
}

function addCounts(all) {
  // [{region: {tibet: 2}}, {region: {tibet: 1, yunnan: 3}}] → {region: {tibet: 3, yunnan: 3}}
  const sum = {};
  for (const counts of all) {
    for (const [name, values] of Object.entries(counts || {})) {
      sum[name] ??= {};
      for (const [value, n] of Object.entries(values)) sum[name][value] = (sum[name][value] || 0) + n;
    }
  }
  return sum;
}

function subtract(counts, ids, shadow) {
  // Take the filter values of the base's replaced pages `ids` out of `counts`.
  for (const id of ids) {
    for (const [name, values] of Object.entries(shadow[id] || {})) {
      for (const value of values) if (counts[name] && counts[name][value]) counts[name][value] -= 1;
    }
  }
  return counts;
}

async function dateOf(result) {
  return ((await result.data()).meta || {}).date || "";
}

async function mergeByDate(results, extra, direction) {
  // Each of the delta's (few) results goes where its date puts it among the base's, which are
  // in date order already; a base result's date is read from its data only when compared.
  const staysBefore = direction === "asc" ? (there, date) => there <= date : (there, date) => there >= date;
  const merged = [...results];
  for (const result of extra) {
    const date = await dateOf(result);
    let low = 0;
    let high = merged.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (staysBefore(await dateOf(merged[mid]), date)) low = mid + 1;
      else high = mid;
    }
    merged.splice(low, 0, result);
  }
  return merged;
}

function joinShards(bundles, dated, delta = null, shadow = {}, deltaDated = false) {
  // One object with the search() and filters() of a single bundle. Shards are date ranges,
  // newest first, the first `dated` holding the dated entries: sorted by date, their results
  // follow one another (in reverse, oldest first); the others are left out, as Pagefind leaves
  // out a page without the key (a bundle without any ignores the sort). By relevance, results
  // merge by score, as Pagefind's own mergeIndex does (which would re-sort by score: hence ours).
  // The delta index (entries edited or added since the base was built) is searched too, and the
  // base's pages it replaces (`shadow`: page id → filters) are left out, counts included.
  const hidden = new Set(Object.keys(shadow));
  if (bundles.length === 1 && !delta && !hidden.size) return bundles[0];
  const every = delta ? [...bundles, delta] : bundles;
  return {
    filters: async () => subtract(addCounts(await Promise.all(every.map((b) => b.filters()))), hidden, shadow),
    async search(query, opts) {
      const direction = Object.values(opts.sort || {})[0];
      const asked = direction ? bundles.slice(0, dated) : bundles;
      const extraAsked = delta && (!direction || deltaDated);
      const [all, extra] = await Promise.all([
        Promise.all(asked.map((b) => b.search(query, opts))),
        extraAsked ? delta.search(query, opts) : null,
      ]);
      const ordered = direction === "asc" ? [...all].reverse() : all;
      const dropped = [];
      let results = ordered.flatMap((r) => r.results).filter((r) => !(hidden.has(r.id) && dropped.push(r.id)));
      if (extra && direction) results = await mergeByDate(results, extra.results, direction);
      else if (extra) results = [...results, ...extra.results];
      if (!direction) results.sort((a, b) => b.score - a.score); // stable: ties keep shard order
      const answers = extra ? [...all, extra] : all;
      return {
        results,
        unfilteredResultCount: answers.reduce((n, r) => n + r.unfilteredResultCount, 0) - dropped.length,
        filters: subtract(addCounts(answers.map((r) => r.filters)), dropped, shadow),
        totalFilters: addCounts(answers.map((r) => r.totalFilters)),
      };
    },
  };
}

// ---- search ----------------------------------------------------------------------------------

async function find(state) {
  // Pagefind's results for the state, or null when there is nothing to search. Sorted by date,
  // the dated entries come first in that order, then the undated ones by relevance.
  const filters = {};
  for (const name of FILTERS) if (state.filters[name].length) filters[name] = { any: state.filters[name] };
  if (!state.q && !Object.keys(filters).length) return null;
  const query = state.q ? pagefindQuery(state.q) : null;
  const all = await pagefind.search(query, { filters });
  if (!SORTS[state.sort]) return all;
  const dated = (await pagefind.search(query, { filters, sort: SORTS[state.sort] })).results;
  const ids = new Set(dated.map((r) => r.id));
  return { ...all, results: [...dated, ...all.results.filter((r) => !ids.has(r.id))] };
}

function showActive(state) {
  const n = FILTERS.reduce((sum, name) => sum + state.filters[name].length, 0);
  toggle.textContent = msg("msgFilters", n);
}

// ---- did you mean ------------------------------------------------------------------------------

function fold(text) {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

function distance(a, b) {
  // Damerau–Levenshtein (optimal string alignment) between two short words.
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

function suggestion(q, words) {
  // The query with each word that is a near miss of a vocabulary name replaced by that name,
  // or "" when no word is. Latin words of 4+ letters: up to 1 edit, 2 from 8 letters on.
  let changed = false;
  const out = q.trim().split(/\s+/).map((word) => {
    const folded = fold(word);
    if (folded.length < 4 || new RegExp(`[${CJK}]`).test(word)) return word;
    if (words.some((w) => fold(w) === folded)) return word;
    const limit = folded.length >= 8 ? 2 : 1;
    let best = null;
    let bestDistance = limit + 1;
    for (const w of words) {
      const d = distance(folded, fold(w));
      if (d < bestDistance) [best, bestDistance] = [w, d];
    }
    if (!best) return word;
    changed = true;
    return best;
  });
  return changed ? out.join(" ") : "";
}

function showSuggestion(state, found) {
  const better = !found && state.q ? suggestion(state.q, terms) : "";
  suggest.hidden = !better;
  if (!better) return;
  suggestLink.textContent = better;
  const params = new URLSearchParams({ q: better });
  suggestLink.href = `${location.pathname}?${params}`;
}

async function run(state) {
  const ticket = ++pending;
  writeUrl(state);
  showActive(state);
  const counts = counted;
  root.setAttribute("aria-busy", "true");
  let text = "";
  try {
    const result = await find(state);
    if (ticket !== pending) return;
    if (counts) showCounts(result ? result.filters : totals);
    shown = result ? result.results : [];
    await showMore(true);
    const n = shown.length;
    text = !result ? "" : msg(n === 0 ? "msgNone" : n === 1 ? "msgOne" : "msgMany", n);
    showSuggestion(state, n > 0);
  } catch (error) {
    text = msg("msgError");
    console.error(error);
  }
  if (ticket !== pending) return;
  status.textContent = text;
  root.removeAttribute("aria-busy");
  root.dataset.state = "ready";
}

function schedule(delay) {
  clearTimeout(timer);
  timer = setTimeout(() => run(currentState()), delay);
}

async function start() {
  try {
    const [first, response] = await Promise.all([openBundle(""), fetch(`${base}pagefind/labels.json`)]);
    labels = response.ok ? await response.json() : {};
    terms = labels.terms || [];
    const others = await Promise.all((labels.shards || []).slice(1).map(openBundle));
    const delta = labels.delta ? await openBundle(labels.delta) : null;
    pagefind = joinShards([first, ...others], labels.dated_shards ?? others.length + 1, delta, labels.shadow || {}, !!labels.delta_dated);
  } catch (error) {
    status.textContent = msg("msgError");
    throw error;
  }
  const state = readState(new URLSearchParams(location.search));
  input.value = state.q;
  sortSelect.value = state.sort;
  buildFilters(state);
  root.querySelector(".search-tools").hidden = false;
  panel.hidden = false;
  toggle.addEventListener("click", () => {
    const open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(open));
    panel.classList.toggle("open", open);
  });
  suggestLink.addEventListener("click", (event) => {
    event.preventDefault();
    input.value = suggestLink.textContent;
    schedule(0);
  });
  loadCounts(); // counts are always visible
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    schedule(0);
  });
  input.addEventListener("input", () => schedule(200));
  sortSelect.addEventListener("change", () => schedule(0));
  root.addEventListener("change", (event) => {
    if (FILTERS.includes(event.target.name)) schedule(0);
  });
  more.addEventListener("click", async () => {
    const first = list.children.length;
    await showMore(false);
    list.children[first]?.querySelector("a")?.focus();
  });
  await run(state);
}

start();
