/**
 * The two scripts of the pages, as constants: no input ever enters them (the page's
 * Content-Security-Policy allows exactly these texts by their hashes, see page.ts). Written in
 * plain ES2017 so that any current browser runs them as they are.
 */

/** Document view: a click (or Enter/Space) on a deal card or on one of its fields highlights its evidence. */
export const DOCUMENT_SCRIPT = `(function () {
  function pick(el) {
    var doc = el.closest(".doc");
    if (!doc) return;
    document.querySelectorAll(".hl, .focus, .card.active").forEach(function (e) { e.classList.remove("hl", "focus", "active"); });
    var deal = el.getAttribute("data-deal");
    if (!/^[0-9]+$/.test(deal)) return;
    var card = el.closest(".card");
    if (card) card.classList.add("active");
    var evidence = doc.querySelectorAll('.ev[data-deals~="' + deal + '"]');
    evidence.forEach(function (e) { e.classList.add("hl"); });
    var target = evidence[0] || null;
    var marks = (el.getAttribute("data-m") || "").split(" ").filter(Boolean);
    marks.forEach(function (i, n) {
      var m = document.getElementById(doc.id + "-m" + i);
      if (!m) return;
      m.classList.add("focus");
      if (n === 0) target = m;
    });
    if (target) target.scrollIntoView({ block: "center" });
  }
  document.addEventListener("click", function (e) {
    var el = e.target.closest && e.target.closest("[data-deal]");
    if (el) { e.stopPropagation(); pick(el); }
  });
  document.addEventListener("keydown", function (e) {
    if ((e.key === "Enter" || e.key === " ") && e.target.classList && e.target.classList.contains("card")) {
      e.preventDefault();
      pick(e.target);
    }
  });
  document.documentElement.setAttribute("data-ready", "1");
})();`;

/**
 * Tracker report: sort by a column, filter by text, region and sector, expand a project to its
 * sources. Only the first rows that match are shown (the page writes the rest hidden), more as the
 * reader scrolls to the end: laying out every row of a 2,000-project table took seconds (see
 * report.ts, PAGE_ROWS).
 */
export const REPORT_SCRIPT = `(function () {
  var table = document.querySelector("table.projects");
  if (!table) { document.documentElement.setAttribute("data-ready", "1"); return; }
  var page = Number(table.getAttribute("data-page"));
  var bodies = Array.prototype.slice.call(table.tBodies);
  var matching = bodies;
  var limit = page;
  var q = document.getElementById("filter-text");
  var region = document.getElementById("filter-region");
  var sector = document.getElementById("filter-sector");
  var count = document.getElementById("shown");
  var more = document.getElementById("more");
  function show() {
    var n = Math.min(limit, matching.length);
    bodies.forEach(function (tb) { tb.hidden = true; });
    for (var i = 0; i < n; i++) matching[i].hidden = false;
    count.textContent = matching.length + " of " + bodies.length + " projects match" + (n < matching.length ? ", the first " + n + " shown" : "");
    more.hidden = n >= matching.length;
  }
  function filter() {
    var text = q.value.trim().toLowerCase();
    matching = bodies.filter(function (tb) {
      return (!text || tb.getAttribute("data-search").indexOf(text) >= 0) &&
        (!region.value || tb.getAttribute("data-region") === region.value) &&
        (!sector.value || tb.getAttribute("data-sector") === sector.value);
    });
    limit = page;
    show();
  }
  table.tHead.addEventListener("click", function (e) {
    var b = e.target.closest("button[data-col]");
    if (!b) return;
    var th = b.parentNode;
    var col = Number(b.getAttribute("data-col"));
    var numeric = b.getAttribute("data-type") === "num";
    var dir = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
    table.tHead.querySelectorAll("th").forEach(function (t) { t.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", dir);
    var sign = dir === "ascending" ? 1 : -1;
    var keyed = bodies.map(function (tb, i) {
      var cell = tb.rows[0].cells[col];
      var v = cell.getAttribute("data-v");
      if (v === null) v = cell.textContent.trim();
      return { tb: tb, i: i, v: v === "" ? null : numeric ? Number(v) : v.toLowerCase() };
    });
    keyed.sort(function (a, b) {
      if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1; // blanks last
      var c = numeric ? a.v - b.v : a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
      return c !== 0 ? sign * c : a.i - b.i;
    });
    bodies.forEach(function (tb) { tb.hidden = true; }); // moved while hidden: no layout per move
    var frag = document.createDocumentFragment();
    keyed.forEach(function (k) { frag.appendChild(k.tb); });
    table.appendChild(frag);
    bodies = keyed.map(function (k) { return k.tb; });
    filter();
  });
  q.addEventListener("input", filter);
  region.addEventListener("change", filter);
  sector.addEventListener("change", filter);
  function showMore() { limit += page; show(); }
  more.querySelector("button").addEventListener("click", showMore);
  if ("IntersectionObserver" in window) {
    new IntersectionObserver(function (entries) { if (entries[0].isIntersecting && !more.hidden) showMore(); }, { rootMargin: "400px" }).observe(more);
  }
  table.addEventListener("click", function (e) {
    var b = e.target.closest("button.expand");
    if (!b) return;
    var row = b.closest("tbody").rows[1];
    var open = row.hidden;
    row.hidden = !open;
    b.setAttribute("aria-expanded", String(open));
    b.textContent = open ? "−" : "+";
  });
  filter();
  document.documentElement.setAttribute("data-ready", "1");
})();`;
