// The query page: picks a shipped query, sends it to /sparql and draws the answer.
// Every value is shown as text (textContent), never as HTML.
"use strict";

const $ = (id) => document.getElementById(id);
let shipped = [];

function parameterValues() {
  const values = {};
  for (const input of $("parameters").querySelectorAll("input")) {
    values["$" + input.name] = input.value;
  }
  return values;
}

function form() {
  const body = new URLSearchParams({ query: $("query").value, ...parameterValues() });
  return body;
}

function showParameters(names) {
  const box = $("parameters");
  box.replaceChildren();
  for (const name of names) {
    const label = document.createElement("label");
    label.textContent = name + " ";
    const input = document.createElement("input");
    input.name = name;
    input.size = 40;
    label.appendChild(input);
    box.appendChild(label);
  }
}

function cell(term) {
  const td = document.createElement("td");
  td.textContent = term === undefined ? "" : term.value;
  return td;
}

function drawTable(data) {
  const table = document.createElement("table");
  if (data.boolean !== undefined) {
    table.appendChild(document.createElement("tr")).appendChild(cell({ value: data.boolean ? "yes" : "no" }));
    return table;
  }
  const head = table.appendChild(document.createElement("tr"));
  for (const name of data.head.vars) {
    const th = document.createElement("th");
    th.textContent = name;
    head.appendChild(th);
  }
  for (const row of data.results.bindings) {
    const tr = table.appendChild(document.createElement("tr"));
    for (const name of data.head.vars) tr.appendChild(cell(row[name]));
  }
  return table;
}

async function run() {
  const status = $("status");
  status.className = "";
  status.textContent = "running…";
  const started = performance.now();
  const response = await fetch("/sparql", {
    method: "POST",
    headers: { "Accept": "application/sparql-results+json, text/turtle;q=0.9" },
    body: form(),
  });
  const text = await response.text();
  const results = $("results");
  results.replaceChildren();
  if (!response.ok) {
    status.className = "error";
    status.textContent = `${response.status}: ${text}`;
    return;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const notice = response.headers.get("Kg-Notice");
  const type = response.headers.get("Content-Type") || "";
  if (type.startsWith("application/sparql-results+json")) {
    const data = JSON.parse(text);
    results.appendChild(drawTable(data));
    const rows = data.results ? data.results.bindings.length : 1;
    status.textContent = `${rows} row(s) in ${seconds} s` + (notice ? ` — ${notice}` : "");
  } else {
    const pre = document.createElement("pre");
    pre.textContent = text;
    results.appendChild(pre);
    status.textContent = `graph in ${seconds} s` + (notice ? ` — ${notice}` : "");
  }
}

function download(event) {
  event.currentTarget.href = "/sparql?" + new URLSearchParams({ format: "csv" }) + "&" + form();
}

async function start() {
  const response = await fetch("/queries");
  shipped = await response.json();
  for (const query of shipped) {
    const option = document.createElement("option");
    option.value = query.name;
    option.textContent = query.name;
    $("shipped").appendChild(option);
  }
  $("shipped").addEventListener("change", (event) => {
    const query = shipped.find((q) => q.name === event.target.value);
    $("question").textContent = query ? query.question : "";
    showParameters(query ? query.parameters : []);
    if (query) $("query").value = query.text;
  });
  $("run").addEventListener("click", () => run().catch((error) => {
    $("status").className = "error";
    $("status").textContent = String(error);
  }));
  $("download").addEventListener("click", download);
}

start();
