import type { ActorRow, TieRow } from './graph-queries.js';

/** A network ready to be written: actors and the ties among them. */
export interface Network {
  actors: ActorRow[];
  ties: TieRow[];
}

/** The export formats of `kg export` and `/export/<format>`. */
export const EXPORT_FORMATS = ['graphml', 'gexf', 'cytoscape', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const NODE_FIELDS = [
  ['name', 'string'],
  ['type', 'string'],
  ['kind', 'string'],
  ['iso3', 'string'],
  ['wikidata', 'string'],
  ['articleCount', 'int'],
] as const;
// Ties of kind NEGOTIATED_WITH, MET_IN_EVENT and ROLE are symmetric: they are written source < target
// with directed=false as an attribute. The files themselves are directed graphs because networkx
// (and so its users) refuses a directed/undirected mix in one GraphML or GEXF file.
const EDGE_FIELDS = [
  ['tie', 'string'],
  ['relation', 'string'],
  ['label', 'string'],
  ['weight', 'int'],
  ['firstSeen', 'string'],
  ['lastSeen', 'string'],
  ['directed', 'boolean'],
] as const;

const xml = (v: unknown) => String(v ?? '').replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
const edgeId = (t: TieRow, i: number) => `e${i}`;
// GraphML's ids are xs:NMTOKEN: a character a token cannot hold ("@" of an article-scoped person) is
// written as _xHHHH_, the reversible encoding of XML names (XmlConvert.EncodeName), so ids stay unique.
const nmtoken = (id: string) => id.replace(/[^A-Za-z0-9._:-]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
const directed = (t: TieRow) => t.type === 'SPOKE_ABOUT';

function nodeValues(a: ActorRow): Record<string, unknown> {
  return { name: a.name, type: a.type, kind: a.kind, iso3: a.iso3, wikidata: a.wikidata, articleCount: a.articleCount ?? 0 };
}
function edgeValues(t: TieRow): Record<string, unknown> {
  return { tie: t.type, relation: t.relation, label: t.label || null, weight: t.weight, firstSeen: t.firstSeen, lastSeen: t.lastSeen, directed: directed(t) };
}
const present = (v: unknown) => v !== null && v !== undefined && v !== '';

/** GraphML 1.1 (graphml.graphdrawing.org) for Gephi (File > Open), Cytoscape (File > Import > Network), yEd and networkx. */
export function toGraphml(n: Network): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.1/graphml.xsd">',
    ...NODE_FIELDS.map(([k, t]) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>`),
    ...EDGE_FIELDS.map(([k, t]) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`),
    '  <graph id="newsgraph" edgedefault="directed">',
    ...n.actors.map((a) => {
      const v = nodeValues(a);
      return `    <node id="${xml(nmtoken(a.id))}">${NODE_FIELDS.filter(([k]) => present(v[k])).map(([k]) => `<data key="n_${k}">${xml(v[k])}</data>`).join('')}</node>`;
    }),
    ...n.ties.map((t, i) => {
      const v = edgeValues(t);
      return `    <edge id="${edgeId(t, i)}" source="${xml(nmtoken(t.source))}" target="${xml(nmtoken(t.target))}">${EDGE_FIELDS.filter(([k]) => present(v[k])).map(([k]) => `<data key="e_${k}">${xml(v[k])}</data>`).join('')}</edge>`;
    }),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}

const GEXF_TYPE: Record<string, string> = { string: 'string', int: 'integer', boolean: 'boolean' };

/** GEXF 1.2 (gexf.net), Gephi's own format; networkx reads it too. */
export function toGexf(n: Network, today = new Date().toISOString().slice(0, 10)): string {
  const attvalues = (fields: readonly (readonly [string, string])[], v: Record<string, unknown>) => {
    const items = fields.filter(([k]) => present(v[k])).map(([k]) => `<attvalue for="${k}" value="${xml(v[k])}"/>`);
    return items.length ? `<attvalues>${items.join('')}</attvalues>` : '';
  };
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">',
    `  <meta lastmodifieddate="${today}"><creator>newsgraph</creator><description>Actors in the news and their ties: negotiations, statements, events, roles</description></meta>`,
    '  <graph mode="static" defaultedgetype="directed">',
    `    <attributes class="node">${NODE_FIELDS.filter(([k]) => k !== 'name').map(([k, t]) => `<attribute id="${k}" title="${k}" type="${GEXF_TYPE[t]}"/>`).join('')}</attributes>`,
    `    <attributes class="edge">${EDGE_FIELDS.filter(([k]) => k !== 'weight' && k !== 'label').map(([k, t]) => `<attribute id="${k}" title="${k}" type="${GEXF_TYPE[t]}"/>`).join('')}</attributes>`,
    `    <nodes count="${n.actors.length}">`,
    ...n.actors.map((a) => `      <node id="${xml(a.id)}" label="${xml(a.name)}">${attvalues(NODE_FIELDS.filter(([k]) => k !== 'name'), nodeValues(a))}</node>`),
    '    </nodes>',
    `    <edges count="${n.ties.length}">`,
    ...n.ties.map(
      (t, i) =>
        `      <edge id="${edgeId(t, i)}" source="${xml(t.source)}" target="${xml(t.target)}" weight="${t.weight}"${t.label ? ` label="${xml(t.label)}"` : ''}>${attvalues(EDGE_FIELDS.filter(([k]) => k !== 'weight' && k !== 'label'), edgeValues(t))}</edge>`,
    ),
    '    </edges>',
    '  </graph>',
    '</gexf>',
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * Cytoscape JSON (`.cyjs`): top-level `data` and `elements`, as Cytoscape desktop (File > Import >
 * Network from File), Cytoscape.js (`cy.json()`) and `networkx.cytoscape_graph` read it. Node data
 * carries `value` (the id) because networkx keys nodes by it.
 */
export function toCytoscape(n: Network, name = 'newsgraph') {
  return {
    format_version: '1.0',
    generated_by: 'newsgraph',
    target_cytoscapejs_version: '~3.30',
    directed: true,
    multigraph: true,
    data: { name, shared_name: name, selected: true },
    elements: {
      nodes: n.actors.map((a) => ({ data: { id: a.id, value: a.id, ...nodeValues(a) } })),
      edges: n.ties.map((t, i) => ({ data: { id: edgeId(t, i), key: i, source: t.source, target: t.target, ...edgeValues(t) } })),
    },
  };
}

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csv = (rows: unknown[][]) => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

/**
 * The nodes and edges CSV pair (RFC 4180) for Gephi's spreadsheet import (Id/Label and
 * Source/Target/Type/Weight columns) and Neo4j's `LOAD CSV WITH HEADERS`.
 */
export function toCsv(n: Network): { nodes: string; edges: string } {
  return {
    nodes: csv([['Id', 'Label', ...NODE_FIELDS.slice(1).map(([k]) => k)], ...n.actors.map((a) => [a.id, a.name, ...NODE_FIELDS.slice(1).map(([k]) => nodeValues(a)[k])])]),
    edges: csv([
      ['Source', 'Target', 'Type', 'Id', 'Label', 'Weight', 'tie', 'relation', 'firstSeen', 'lastSeen'],
      ...n.ties.map((t, i) => [t.source, t.target, directed(t) ? 'Directed' : 'Undirected', edgeId(t, i), t.label, t.weight, t.type, t.relation, t.firstSeen, t.lastSeen]),
    ]),
  };
}
