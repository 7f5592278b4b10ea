// Draws the timeline from the JSON embedded in the page. No network, no innerHTML: every
// piece of statement text goes in with textContent.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("whosaid-data").textContent);
  var KINDS = ["direct", "mixed", "indirect"];
  var COLOR = { direct: "#2563eb", mixed: "#d97706", indirect: "#0f9d8a" };
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var SVG = "http://www.w3.org/2000/svg";
  var shown = { direct: true, mixed: true, indirect: true };
  var pinned = null;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function svg(tag, attrs) {
    var e = document.createElementNS(SVG, tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    return e;
  }
  function dayNumber(date) {
    var p = date.split("-");
    return Date.UTC(+p[0], +p[1] - 1, +p[2]) / 86400000;
  }
  function monthName(ym) {
    var p = ym.split("-");
    return MONTHS[+p[1] - 1] + " " + p[0];
  }
  function prettyDate(s) {
    if (!s.date) return "undated";
    var p = s.date.split("-"), m = MONTHS[+p[1] - 1];
    if (s.precision === "year") return p[0];
    if (s.precision === "month") return m + " " + p[0];
    return m + " " + (+p[2]) + ", " + p[0] + (s.precision === "week" ? " (week of)" : "");
  }
  function sourceLine(s) {
    var parts = [];
    if (s.source) parts.push(s.source);
    if (s.title) parts.push("“" + s.title + "”");
    if (!parts.length) parts.push(s.article);
    return parts.join(" · ");
  }
  function kindBadge(kind) { return el("span", "kind " + kind, kind); }
  function visible() { return data.statements.filter(function (s) { return shown[s.kind]; }); }

  var root = el("main");
  document.body.appendChild(root);
  root.appendChild(el("h1", null, data.person));
  var summary = el("p", "summary");
  root.appendChild(summary);
  var filters = el("div", "filters");
  root.appendChild(filters);
  var chart = el("div", "chart");
  root.appendChild(chart);
  var tip = el("div", "tip");
  chart.appendChild(tip);
  var detail = el("div", "detail");
  root.appendChild(detail);
  var list = el("div", "list");
  root.appendChild(list);
  root.appendChild(el("p", "footer", "Made by whosaid from its database: statements found " +
    "in the articles imported, each dated by what the article says. Hover a dot to read it; " +
    "click to keep it open."));

  function drawSummary() {
    var all = data.statements, dated = all.filter(function (s) { return s.date; });
    var articles = {};
    all.forEach(function (s) { articles[s.article] = 1; });
    var n = Object.keys(articles).length;
    var text = all.length + " statement" + (all.length === 1 ? "" : "s") + " in " + n +
      " article" + (n === 1 ? "" : "s");
    if (data.months.length) {
      text += " · " + monthName(data.months[0].month) + " – " +
        monthName(data.months[data.months.length - 1].month);
    }
    if (dated.length < all.length) text += " · " + (all.length - dated.length) + " undated";
    summary.textContent = text;
  }

  function drawFilters() {
    filters.appendChild(el("span", "label", "Show"));
    KINDS.forEach(function (kind) {
      var chip = el("label", "chip");
      var box = el("input");
      box.type = "checkbox";
      box.checked = true;
      box.style.color = COLOR[kind];
      box.addEventListener("change", function () {
        shown[kind] = box.checked;
        chip.classList.toggle("off", !box.checked);
        draw();
      });
      var swatch = el("span", "swatch");
      swatch.style.background = COLOR[kind];
      chip.appendChild(box);
      chip.appendChild(swatch);
      chip.appendChild(document.createTextNode(kind));
      chip.appendChild(el("span", "n", String(data.kinds[kind] || 0)));
      filters.appendChild(chip);
    });
  }

  function showTip(s, evt) {
    tip.textContent = "";
    var head = el("div");
    head.appendChild(kindBadge(s.kind));
    head.appendChild(document.createTextNode("  " + prettyDate(s)));
    tip.appendChild(head);
    var t = s.text.length > 320 ? s.text.slice(0, 319) + "…" : s.text;
    tip.appendChild(el("div", null, t));
    tip.appendChild(el("div", "meta", sourceLine(s)));
    var box = chart.getBoundingClientRect();
    var x = evt.clientX - box.left + 14, y = evt.clientY - box.top + 14;
    tip.style.display = "block";
    if (x + tip.offsetWidth > box.width) x = Math.max(4, x - tip.offsetWidth - 28);
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }

  function pin(s) {
    pinned = s;
    detail.textContent = "";
    detail.className = "detail on";
    detail.style.borderLeftColor = COLOR[s.kind];
    var head = el("div");
    head.appendChild(kindBadge(s.kind));
    head.appendChild(document.createTextNode("  " + prettyDate(s) + (s.cue ? " · " + s.cue : "") +
      (s.id ? " · whosaid show " + s.id : "")));
    detail.appendChild(head);
    detail.appendChild(el("div", "text", s.text));
    var meta = el("div", "meta");
    if (s.url && /^https?:\/\//.test(s.url)) {
      var a = el("a", null, sourceLine(s));
      a.href = s.url;
      meta.appendChild(a);
    } else {
      meta.textContent = sourceLine(s);
    }
    detail.appendChild(meta);
    draw();
  }

  function drawChart() {
    Array.prototype.slice.call(chart.querySelectorAll("svg")).forEach(function (n) { n.remove(); });
    var months = data.months;
    if (!months.length) {
      var none = svg("svg", { height: 40 });
      var t = svg("text", { x: 8, y: 24, "class": "tick" });
      t.textContent = "No dated statements to place on a time axis.";
      none.appendChild(t);
      chart.appendChild(none);
      return;
    }
    var width = Math.max(480, chart.clientWidth - 20);
    var left = 8, right = width - 8;
    var first = dayNumber(months[0].month + "-01");
    var lastP = months[months.length - 1].month.split("-");
    var end = Date.UTC(+lastP[0], +lastP[1], 1) / 86400000;
    var x = function (day) { return left + (right - left) * (day - first) / (end - first); };
    var items = visible().filter(function (s) { return s.date; });
    var R = 6, STEP = 2 * R + 2, cols = {}, maxStack = 1;
    var placed = items.map(function (s) {
      var cx = x(dayNumber(s.date) + 0.5), col = Math.round(cx / (STEP * 0.9));
      var level = cols[col] = (cols[col] || 0) + 1;
      maxStack = Math.max(maxStack, level);
      return { s: s, cx: cx, level: level };
    });
    var track = Math.max(150, Math.min(maxStack * STEP + 16, 320));
    var axisY = track, barTop = axisY + 42, barH = 44, height = barTop + barH + 20;
    var g = svg("svg", { height: height, viewBox: "0 0 " + width + " " + height });
    var counts = {};
    items.forEach(function (s) { var m = s.date.slice(0, 7); counts[m] = (counts[m] || 0) + 1; });
    var maxCount = 1;
    months.forEach(function (m) { maxCount = Math.max(maxCount, counts[m.month] || 0); });
    months.forEach(function (m, i) {
      var p = m.month.split("-");
      var x0 = x(Date.UTC(+p[0], +p[1] - 1, 1) / 86400000);
      var x1 = x(Date.UTC(+p[0], +p[1], 1) / 86400000);
      if (i % 2 === 0) g.appendChild(svg("rect", { x: x0, y: 0, width: x1 - x0, height: axisY, "class": "band" }));
      var label = svg("text", { x: (x0 + x1) / 2, y: axisY + 18, "text-anchor": "middle", "class": "tick" });
      label.textContent = (x1 - x0 < 44) ? MONTHS[+p[1] - 1].charAt(0) : monthName(m.month).replace(" 20", " ’");
      g.appendChild(label);
      var c = counts[m.month] || 0, h = Math.round(barH * c / maxCount);
      g.appendChild(svg("rect", { x: x0 + 3, y: barTop + barH - h, width: Math.max(1, x1 - x0 - 6), height: h, rx: 2, "class": "bar" }));
      var n = svg("text", { x: (x0 + x1) / 2, y: barTop + barH - h - 4, "text-anchor": "middle", "class": "count" });
      n.textContent = c ? String(c) : "";
      g.appendChild(n);
    });
    g.appendChild(svg("line", { x1: left, x2: right, y1: axisY, y2: axisY, "class": "axis" }));
    var cap = svg("text", { x: left, y: height - 4, "class": "caption" });
    cap.textContent = "statements per month";
    g.appendChild(cap);
    placed.forEach(function (p) {
      var cy = axisY - 4 - R - (p.level - 1) * STEP;
      if (cy < R) return;
      var dot = svg("circle", { cx: p.cx, cy: cy, r: R, fill: COLOR[p.s.kind], "class": "dot" + (p.s === pinned ? " pinned" : "") });
      dot.addEventListener("mousemove", function (e) { showTip(p.s, e); });
      dot.addEventListener("mouseleave", function () { tip.style.display = "none"; });
      dot.addEventListener("click", function () { pin(p.s); });
      g.appendChild(dot);
    });
    chart.insertBefore(g, tip);
  }

  function drawList() {
    list.textContent = "";
    var groups = [], byKey = {};
    visible().forEach(function (s) {
      var key = s.date ? s.date.slice(0, 7) : "undated";
      if (!byKey[key]) { byKey[key] = []; groups.push(key); }
      byKey[key].push(s);
    });
    groups.forEach(function (key) {
      var h = el("h2", null, key === "undated" ? "Undated" : monthName(key));
      h.appendChild(el("span", "n", "  " + byKey[key].length));
      list.appendChild(h);
      byKey[key].forEach(function (s) {
        var item = el("div", "item");
        item.appendChild(el("div", "date", prettyDate(s)));
        var k = el("div");
        k.appendChild(kindBadge(s.kind));
        item.appendChild(k);
        var body = el("div");
        body.appendChild(el("div", "text", s.text));
        body.appendChild(el("div", "meta", sourceLine(s)));
        item.appendChild(body);
        item.addEventListener("click", function () { pin(s); window.scrollTo({ top: 0, behavior: "smooth" }); });
        list.appendChild(item);
      });
    });
  }

  function draw() { drawChart(); drawList(); }
  drawSummary();
  drawFilters();
  draw();
  window.addEventListener("resize", drawChart);
})();
