// The explorer: GraphQL queries drawn with cytoscape.js (served from node_modules by this server,
// so it works offline). Search -> subgraph of an actor; click a tie -> its evidence; click an
// actor -> expand it; filters go into every query; the view exports as PNG, cyjs and GraphML.
/* global cytoscape */
'use strict';

const COLORS = { PERSON: '#e4572e', STATE: '#17bebb', ORGANIZATION: '#ffc914', LOCATION: '#76b041' };
const TIE_COLORS = { NEGOTIATED_WITH: '#333333', SPOKE_ABOUT: '#8e7dbe', MET_IN_EVENT: '#e08e0b', ROLE: '#9aa5b1' };
const $ = (id) => document.getElementById(id);
let center = null;

const ACTOR = 'id name type iso3 wikidata articleCount';
const SUBGRAPH = `query($center: String!, $hops: Int, $since: Date, $until: Date, $types: [TieType!]) {
  subgraph(center: $center, hops: $hops, limit: 150, since: $since, until: $until, types: $types) {
    center { id } truncated nodes { ${ACTOR} }
    ties { id type relation label weight firstSeen lastSeen source { id } target { id } }
  }
}`;

async function gql(query, variables) {
  const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = await res.json();
  if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const status = (text) => { $('status').textContent = text; };

const cy = cytoscape({
  container: $('cy'),
  style: [
    { selector: 'node', style: { 'background-color': (n) => COLORS[n.data('type')] || '#999', label: 'data(name)', 'font-size': 11, 'text-outline-color': '#fff', 'text-outline-width': 2, 'min-zoomed-font-size': 6, width: (n) => 14 + Math.min(26, 4 * Math.log2(1 + (n.data('articleCount') || 0))), height: (n) => 14 + Math.min(26, 4 * Math.log2(1 + (n.data('articleCount') || 0))) } },
    { selector: 'node.center', style: { 'border-width': 3, 'border-color': '#222' } },
    { selector: 'edge', style: { 'line-color': (e) => TIE_COLORS[e.data('type')] || '#999', 'target-arrow-color': (e) => TIE_COLORS[e.data('type')] || '#999', 'curve-style': 'bezier', width: (e) => 1.5 + Math.min(6, Math.log2(e.data('weight') || 1)), opacity: 0.8 } },
    { selector: 'edge[type = "SPOKE_ABOUT"]', style: { 'target-arrow-shape': 'triangle' } },
    { selector: ':selected', style: { 'overlay-opacity': 0.2, 'overlay-color': '#000' } },
  ],
});
window.explorer = { cy };

$('legend').innerHTML = Object.entries(COLORS).map(([t, c]) => `<span><i class="dot" style="background:${c}"></i>${t.toLowerCase()}</span>`).join('')
  + '<br>' + Object.entries(TIE_COLORS).map(([t, c]) => `<span><i class="dot" style="background:${c}"></i>${t.toLowerCase().replace(/_/g, ' ')}</span>`).join('');

function filters() {
  const types = [...document.querySelectorAll('input.tie:checked')].map((i) => i.value);
  return { hops: Number($('hops').value), since: $('since').value || null, until: $('until').value || null, types };
}

function addSubgraph(sg) {
  cy.batch(() => {
    for (const n of sg.nodes) if (!cy.getElementById(n.id).length) cy.add({ group: 'nodes', data: { ...n } });
    for (const t of sg.ties) {
      if (!cy.getElementById(t.id).length) cy.add({ group: 'edges', data: { id: t.id, source: t.source.id, target: t.target.id, type: t.type, relation: t.relation, label: t.label, weight: t.weight, firstSeen: t.firstSeen, lastSeen: t.lastSeen } });
    }
  });
  // Rings by distance from the center: readable at a glance, and the same picture every time.
  const root = cy.getElementById(center);
  const dist = root.length ? cy.elements().dijkstra({ root, directed: false }) : null;
  const level = (n) => (dist && Number.isFinite(dist.distanceTo(n)) ? 10 - dist.distanceTo(n) : 0);
  cy.layout({ name: 'concentric', animate: false, concentric: level, levelWidth: () => 1, minNodeSpacing: 40, avoidOverlap: true }).run();
}

async function show(actorId, expand = false) {
  status('loading...');
  try {
    const f = filters();
    const { subgraph } = await gql(SUBGRAPH, { center: actorId, ...(expand ? { ...f, hops: 1 } : f) });
    if (!expand) { cy.elements().remove(); center = actorId; }
    addSubgraph(subgraph);
    cy.nodes().removeClass('center');
    if (center) cy.getElementById(center).addClass('center');
    const q = new URLSearchParams({ center, hops: String(f.hops), ...(f.since ? { since: f.since } : {}), ...(f.until ? { until: f.until } : {}), types: f.types.join(',') });
    $('export-graphml').href = `/export/graphml?${q}`;
    $('export-gexf').href = `/export/gexf?${q}`;
    status(`${cy.nodes().length} actors, ${cy.edges().length} ties${subgraph.truncated ? ' (more exist: narrow the filters or expand actors)' : ''}`);
  } catch (e) {
    status(`error: ${e.message}`);
  }
}

$('search-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const q = $('search').value.trim();
  if (!q) return;
  try {
    const { actors } = await gql('query($q: String) { actors(search: $q, first: 10) { edges { node { id name type articleCount } } } }', { q });
    const found = actors.edges.map((e) => e.node);
    $('results').innerHTML = found.length ? found.map((a) => `<button type="button" data-id="${esc(a.id)}"><i class="dot" style="background:${COLORS[a.type] || '#999'}"></i>${esc(a.name)} <small>(${esc(a.id)}, ${a.articleCount} articles)</small></button>`).join('') : '<p>No actor found.</p>';
    if (found.length) await show(found[0].id);
  } catch (e) {
    status(`error: ${e.message}`);
  }
});
$('results').addEventListener('click', (ev) => {
  const b = ev.target.closest('button[data-id]');
  if (b) show(b.dataset.id);
});
$('apply').addEventListener('click', () => center && show(center));

cy.on('tap', 'edge', async (ev) => {
  const d = ev.target.data();
  $('details').innerHTML = `<h2>${esc(cy.getElementById(d.source).data('name'))} – ${esc(d.relation.toLowerCase().replace(/_/g, ' '))} – ${esc(cy.getElementById(d.target).data('name'))}</h2><p>loading evidence...</p>`;
  try {
    const { tie } = await gql('query($s: ID!, $t: ID!, $r: String!) { tie(source: $s, target: $t, relation: $r) { label weight firstSeen lastSeen evidence { articleId articleTitle source publishedAt sentence } } }', { s: d.source, t: d.target, r: d.relation });
    const ev2 = tie ? tie.evidence : [];
    $('details').innerHTML = `<h2>${esc(cy.getElementById(d.source).data('name'))} – ${esc(d.relation.toLowerCase().replace(/_/g, ' '))} – ${esc(cy.getElementById(d.target).data('name'))}</h2>`
      + `<p>${tie && tie.label ? `${esc(tie.label)}<br>` : ''}${tie ? tie.weight : 0} article(s)${tie && tie.firstSeen ? `, ${esc(tie.firstSeen)} to ${esc(tie.lastSeen)}` : ''}</p>`
      + `<div id="evidence">${ev2.map((e) => `<blockquote class="evidence">${esc(e.sentence)}<cite>${esc(e.articleTitle || '(untitled)')} · ${esc(e.source || '')} ${esc(e.publishedAt || '')} · article ${esc(e.articleId)}</cite></blockquote>`).join('') || '<p>No sentence recorded.</p>'}</div>`;
  } catch (e) {
    $('details').innerHTML = `<p>error: ${esc(e.message)}</p>`;
  }
});

cy.on('tap', 'node', (ev) => {
  const d = ev.target.data();
  $('details').innerHTML = `<h2>${esc(d.name)}</h2><p>${esc(d.type.toLowerCase())} · ${esc(d.id)}${d.iso3 ? ` · ${esc(d.iso3)}` : ''}${d.wikidata ? ` · ${esc(d.wikidata)}` : ''} · ${d.articleCount} articles</p>`
    + `<button type="button" id="expand">Expand</button> <button type="button" id="recenter">Center here</button>`;
  $('expand').addEventListener('click', () => show(d.id, true));
  $('recenter').addEventListener('click', () => show(d.id));
});

function download(name, blob) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
$('export-png').addEventListener('click', () => download('newsgraph-view.png', cy.png({ output: 'blob', full: true, bg: '#ffffff' })));
$('export-cyjs').addEventListener('click', () => {
  const view = { format_version: '1.0', generated_by: 'newsgraph explorer', directed: true, multigraph: true, data: { name: `newsgraph ${center || ''}`.trim() }, elements: { nodes: cy.nodes().map((n) => ({ data: { ...n.data(), value: n.id() } })), edges: cy.edges().map((e, i) => ({ data: { ...e.data(), key: i } })) } };
  download('newsgraph-view.cyjs', new Blob([JSON.stringify(view)], { type: 'application/json' }));
});

const start = new URLSearchParams(location.search).get('actor');
if (start) { $('search').value = start; $('search-form').requestSubmit(); }
