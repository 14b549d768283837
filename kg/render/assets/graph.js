// The page's own code: draws the network from the JSON block, and runs the search box,
// filters, legend and side panel. Story text only ever reaches the page as textContent or as
// vis-network tooltip strings (which vis-network sets as innerText), never as HTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var byId = new Map(data.nodes.map(function (n) { return [n.id, n]; }));
  var edgeById = new Map(data.edges.map(function (e) { return [e.id, e]; }));
  var kindOn = {}, predicateOn = {}, currentOnly = false;
  var NOT_CURRENT = { former: true, designate: true };

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }

  function factLabel(e) {
    var words = [e.predicate];
    if (e.role) words.push(e.role);
    if (e.status && e.status !== "current") words.push(e.status);
    return words.length > 1 ? words[0] + " (" + words.slice(1).join(", ") + ")" : words[0];
  }

  function nodeItem(n) {
    var kind = data.kinds[n.kind];
    var lines = [n.label, n.classes.join(", ")];
    if (n.ods) lines.push("ODS " + n.ods);
    if (n.aliases.length) lines.push("also: " + n.aliases.join("; "));
    var item = {
      id: n.id, label: n.label, kind: n.kind, shape: kind.shape, title: lines.join("\n"),
      size: Math.min(12 + 4 * Math.sqrt(n.degree), 44),
      color: { background: kind.colour, border: "#1d2330",
               highlight: { background: kind.colour, border: "#000" } },
      font: { size: data.fontSize, color: "#1d2330", strokeWidth: 4, strokeColor: "#ffffff" },
      borderWidth: 1, widthConstraint: { maximum: 190 }
    };
    if (n.x !== undefined) { item.x = n.x; item.y = n.y; }
    if (kind.shape === "box") {
      item.font = { size: data.fontSize - 2, color: "#1d2330" };
      item.color.border = kind.colour;
    }
    return item;
  }

  function edgeItem(e) {
    var style = data.statuses[e.status] || data.statuses.current;
    var story = data.stories[e.story];
    return {
      id: e.id, from: e.from, to: e.to, predicate: e.predicate, status: e.status || "current",
      label: factLabel(e), arrows: "to", dashes: style.dashes,
      color: { color: style.colour, highlight: "#1a56b8", hover: "#1a56b8", opacity: style.opacity },
      width: style.width,
      font: { size: data.fontSize - 4, align: "middle", color: "#3d4656", strokeWidth: 3,
              strokeColor: "#ffffff" },
      title: factLabel(e) + "\n\u201c" + e.sentence + "\u201d\n" + story.title,
      smooth: bend(e)
    };
  }

  data.nodes.forEach(function (n) { kindOn[n.kind] = true; });
  data.edges.forEach(function (e) { predicateOn[e.predicate] = true; });
  // Facts between the same two nodes curve apart, so that each line and label shows.
  function bend(e) {
    if (e.bend < 0) return false;
    if (e.bend > 0) {
      var clockwise = (e.bend % 2 === 1) === (e.from < e.to);
      return { type: clockwise ? "curvedCW" : "curvedCCW", roundness: 0.25 * Math.ceil(e.bend / 2) };
    }
    return data.physics ? { type: "continuous" } : false;
  }
  var nodes = new vis.DataSet(data.nodes.map(nodeItem));
  var edges = new vis.DataSet(data.edges.map(edgeItem));
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return kindOn[n.kind]; } });
  var edgeView = new vis.DataView(edges, {
    filter: function (e) {
      return predicateOn[e.predicate] && !(currentOnly && NOT_CURRENT[e.status]);
    }
  });
  var options = {
    autoResize: true,
    layout: { improvedLayout: false, randomSeed: 7 },
    physics: data.physics ? {
      enabled: true, solver: "barnesHut", minVelocity: 1.5,
      barnesHut: { gravitationalConstant: -5000, centralGravity: 0.35, springLength: 130,
                   springConstant: 0.05, damping: 0.4, avoidOverlap: 0.6 },
      stabilization: { enabled: true, iterations: 300, updateInterval: 50, fit: true }
    } : { enabled: false },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: !data.physics,
                   hideEdgesOnZoom: data.nodes.length > 2000, keyboard: false,
                   multiselect: false },
    nodes: { scaling: { label: { enabled: false } } },
    // on large pages, lines are labelled only when zoomed in enough to read the labels
    edges: { selectionWidth: 2,
             scaling: { label: { drawThreshold: data.physics ? 5 : 11 } } }
  };
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, options);

  // Legend and filters: one checkbox per kind and per relation, all on at first.
  function checkbox(list, key, state, swatch, label, count) {
    state[key] = true;
    var li = el("li"), lab = el("label"), box = el("input");
    box.type = "checkbox"; box.checked = true; box.dataset.key = key;
    box.addEventListener("change", function () {
      state[key] = box.checked; refresh();
    });
    lab.appendChild(box);
    if (swatch) lab.appendChild(swatch);
    lab.appendChild(document.createTextNode(" " + label + " (" + count + ")"));
    li.appendChild(lab);
    list.appendChild(li);
    return box;
  }
  var kindCount = {}, predicateCount = {};
  data.nodes.forEach(function (n) { kindCount[n.kind] = (kindCount[n.kind] || 0) + 1; });
  data.edges.forEach(function (e) {
    predicateCount[e.predicate] = (predicateCount[e.predicate] || 0) + 1;
  });
  var kindBoxes = {};
  Object.keys(data.kinds).sort(function (a, b) {
    return data.kinds[a].name.localeCompare(data.kinds[b].name);
  }).forEach(function (k) {
    if (!kindCount[k]) return;
    var sw = el("span", data.kinds[k].symbol, "swatch");
    sw.style.color = data.kinds[k].colour;
    kindBoxes[k] = checkbox(document.getElementById("kinds"), k, kindOn, sw, data.kinds[k].name,
                            kindCount[k]);
  });
  Object.keys(predicateCount).sort().forEach(function (p) {
    checkbox(document.getElementById("predicates"), p, predicateOn, null, p, predicateCount[p]);
  });
  ["current", "interim", "acting", "designate", "former"].forEach(function (s) {
    var style = data.statuses[s], li = el("li"), line = el("span", null, "line");
    line.style.borderTopStyle = style.dashes ? (s === "designate" ? "dotted" : "dashed") : "solid";
    line.style.borderTopColor = style.colour;
    line.style.opacity = style.opacity;
    li.appendChild(line);
    li.appendChild(document.createTextNode(s + (style.note ? " \u2013 " + style.note : "")));
    document.getElementById("statuses").appendChild(li);
  });
  document.getElementById("current-only").addEventListener("change", function (ev) {
    currentOnly = ev.target.checked; refresh();
  });
  if (data.notice) {
    var notice = document.getElementById("notice");
    notice.textContent = data.notice; notice.hidden = false;
  }

  function refresh() {
    nodeView.refresh(); edgeView.refresh(); counts();
  }
  function counts() {
    document.getElementById("counts").textContent =
      nodeView.length + " of " + data.nodes.length + " nodes \u00b7 " +
      edgeView.length + " of " + data.edges.length + " facts";
  }
  counts();

  // The side panel: everything known about the selected node or fact.
  var panel = document.getElementById("panel");
  function factItem(e, here) {
    var li = el("li"), head = el("div"), other = e.from === here ? e.to : e.from;
    var story = data.stories[e.story];
    if (here !== undefined) {
      var jump = el("button", byId.get(other).label, "link");
      jump.type = "button";
      jump.addEventListener("click", function () { select(other); });
      if (e.from === here) {
        head.appendChild(document.createTextNode(factLabel(e) + " \u2192 "));
        head.appendChild(jump);
      } else {
        head.appendChild(jump);
        head.appendChild(document.createTextNode(" " + factLabel(e) + " \u2192 " +
                                                 byId.get(here).label));
      }
    } else {
      head.textContent = byId.get(e.from).label + " \u2014 " + factLabel(e) + " \u2192 " +
        byId.get(e.to).label;
    }
    li.appendChild(head);
    var quals = [];
    if (e.role) quals.push("role: " + e.role);
    if (e.status) quals.push("status: " + e.status);
    if (e.origin) quals.push("from " + e.origin);
    if (e.value) quals.push("value " + e.value);
    quals.push("date: " + (story.date || "not known"));
    quals.push("confidence " + e.confidence);
    li.appendChild(el("div", quals.join(" \u00b7 "), "meta"));
    li.appendChild(el("blockquote", e.sentence));
    var cite = el("cite");
    if (story.url && /^https?:\/\//i.test(story.url)) {
      var a = el("a", story.title);
      a.href = story.url; a.target = "_blank"; a.rel = "noopener noreferrer";
      cite.appendChild(a);
    } else {
      cite.textContent = story.title;
    }
    li.appendChild(cite);
    return li;
  }
  function showNode(id) {
    var n = byId.get(id);
    panel.replaceChildren(el("h2", n.label));
    var others = n.classes.filter(function (c) { return c !== n.kind; });
    panel.appendChild(el("p", [data.kinds[n.kind].name].concat(others).join(" \u00b7 "),
                         "meta"));
    if (n.ods) panel.appendChild(el("p", "ODS code: " + n.ods, "meta"));
    if (n.aliases.length) panel.appendChild(el("p", "Also called: " + n.aliases.join("; "), "meta"));
    var facts = data.edges.filter(function (e) { return e.from === id || e.to === id; });
    panel.appendChild(el("h3", facts.length + (facts.length === 1 ? " fact" : " facts")));
    var list = el("ol");
    facts.forEach(function (e) { list.appendChild(factItem(e, id)); });
    panel.appendChild(list);
  }
  function showEdge(id) {
    var e = edgeById.get(id);
    panel.replaceChildren(el("h2", "Fact"));
    var list = el("ol");
    list.appendChild(factItem(e));
    panel.appendChild(list);
  }
  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });

  // Search: any name or alias, exact matches first, then prefixes, then the rest.
  var search = document.getElementById("search"), matches = document.getElementById("matches");
  var names = data.nodes.map(function (n) {
    return { id: n.id, keys: [n.label].concat(n.aliases).map(function (s) {
      return s.toLocaleLowerCase();
    }) };
  });
  function find(text) {
    var q = text.trim().toLocaleLowerCase();
    if (!q) return [];
    var found = [];
    names.forEach(function (entry) {
      var rank = 3;
      entry.keys.forEach(function (k) {
        if (k === q) rank = Math.min(rank, 0);
        else if (k.indexOf(q) === 0) rank = Math.min(rank, 1);
        else if (k.indexOf(q) > 0) rank = Math.min(rank, 2);
      });
      if (rank < 3) found.push({ id: entry.id, rank: rank });
    });
    found.sort(function (a, b) {
      return a.rank - b.rank || byId.get(a.id).label.localeCompare(byId.get(b.id).label);
    });
    return found.slice(0, 15).map(function (f) { return f.id; });
  }
  function select(id) {
    var n = byId.get(id);
    if (!kindOn[n.kind]) { kindOn[n.kind] = true; kindBoxes[n.kind].checked = true; refresh(); }
    network.selectNodes([id]);
    // not locked: a locked view redraws on every frame for ever, which a large page cannot
    // afford; nor animated there, where one frame takes a large fraction of a second
    network.focus(id, { scale: Math.max(network.getScale(), 1.1), locked: false,
                        animation: data.physics ? { duration: 300,
                                                    easingFunction: "easeInOutQuad" } : false });
    showNode(id);
    matches.hidden = true;
  }
  search.addEventListener("input", function () {
    var found = find(search.value);
    matches.replaceChildren();
    found.forEach(function (id) {
      var n = byId.get(id), li = el("li"), b = el("button", n.label);
      b.type = "button";
      b.appendChild(el("small", " \u00b7 " + data.kinds[n.kind].name));
      b.addEventListener("click", function () { select(id); });
      li.appendChild(b); matches.appendChild(li);
    });
    matches.hidden = found.length === 0;
  });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var found = find(search.value);
      if (found.length) select(found[0]);
    } else if (ev.key === "Escape") {
      matches.hidden = true;
    } else if (ev.key === "ArrowDown" && !matches.hidden) {
      ev.preventDefault();
      matches.querySelector("button").focus();
    }
  });
  matches.addEventListener("keydown", function (ev) {
    var item = document.activeElement.parentElement;
    if (ev.key === "ArrowDown" && item.nextElementSibling) {
      ev.preventDefault(); item.nextElementSibling.firstChild.focus();
    } else if (ev.key === "ArrowUp") {
      ev.preventDefault();
      (item.previousElementSibling ? item.previousElementSibling.firstChild : search).focus();
    } else if (ev.key === "Escape") {
      matches.hidden = true; search.focus();
    }
  });
  document.addEventListener("click", function (ev) {
    if (!document.getElementById("finder").contains(ev.target)) matches.hidden = true;
  });

  // The first view: everything, unless that makes labels too small to read; then the
  // busiest node's neighbourhood at a legible zoom ("Show all" zooms out).
  function legible() {
    network.fit({ animation: false });
    if (network.getScale() >= data.legibleScale || !data.nodes.length) return;
    var busiest = data.nodes.reduce(function (a, b) { return b.degree > a.degree ? b : a; });
    network.moveTo({ position: network.getPositions([busiest.id])[busiest.id],
                     scale: data.legibleScale, animation: false });
  }
  document.getElementById("show-all").addEventListener("click", function () {
    network.fit({ animation: data.physics ? { duration: 300, easingFunction: "easeInOutQuad" }
                                          : false });
  });
  function settled() { document.body.dataset.settled = "true"; }
  if (data.physics) {
    network.once("stabilizationIterationsDone", legible);
    network.once("stabilized", settled);
  } else {
    legible();
    settled();
  }
  network.once("afterDrawing", function () {
    document.body.dataset.ready = "true";
  });
  window.kg = { network: network, nodes: nodes, edges: edges, nodeView: nodeView,
                edgeView: edgeView, data: data, select: select, find: find };
})();
