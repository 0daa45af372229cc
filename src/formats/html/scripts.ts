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

/** Tracker report: sort by a column, filter by text, region and sector, expand a project to its sources. */
export const REPORT_SCRIPT = `(function () {
  var table = document.querySelector("table.projects");
  if (!table) { document.documentElement.setAttribute("data-ready", "1"); return; }
  var bodies = Array.prototype.slice.call(table.tBodies);
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
    var frag = document.createDocumentFragment();
    keyed.forEach(function (k) { frag.appendChild(k.tb); });
    table.appendChild(frag);
    bodies = keyed.map(function (k) { return k.tb; });
  });
  var q = document.getElementById("filter-text");
  var region = document.getElementById("filter-region");
  var sector = document.getElementById("filter-sector");
  var count = document.getElementById("shown");
  function filter() {
    var text = q.value.trim().toLowerCase();
    var shown = 0;
    bodies.forEach(function (tb) {
      var ok = (!text || tb.getAttribute("data-search").indexOf(text) >= 0) &&
        (!region.value || tb.getAttribute("data-region") === region.value) &&
        (!sector.value || tb.getAttribute("data-sector") === sector.value);
      tb.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = shown + " of " + bodies.length + " projects shown";
  }
  q.addEventListener("input", filter);
  region.addEventListener("change", filter);
  sector.addEventListener("change", filter);
  table.addEventListener("click", function (e) {
    var b = e.target.closest("button.expand");
    if (!b) return;
    var row = b.closest("tbody").rows[1];
    var open = row.hidden;
    row.hidden = !open;
    b.setAttribute("aria-expanded", String(open));
    b.textContent = open ? "−" : "+";
  });
  document.documentElement.setAttribute("data-ready", "1");
})();`;
