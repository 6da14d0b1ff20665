import { cypher } from '../load/cypher-files.js';
import type { Executor } from '../load/executor.js';

interface ExportNode {
  id: string;
  name: string;
  type: string;
  kind?: string | null;
  iso3?: string | null;
  wikidata?: string | null;
}
interface ExportEdge {
  source: string;
  target: string;
  type: string;
  weight: number;
  label: string;
}

async function actorNetwork(executor: Executor): Promise<{ nodes: ExportNode[]; edges: ExportEdge[] }> {
  const [row] = await executor.read<{ nodes: ExportNode[]; edges: ExportEdge[] }>({ name: 'export-graph', cypher: cypher('export-graph'), params: {} });
  return row ?? { nodes: [], edges: [] };
}

const xml = (v: unknown) => String(v ?? '').replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** GraphML of the actor network, for Gephi (File > Open) and Cytoscape (File > Import > Network). */
export async function exportGraphml(executor: Executor): Promise<string> {
  const { nodes, edges } = await actorNetwork(executor);
  const keys = [
    ['name', 'node', 'string'], ['type', 'node', 'string'], ['kind', 'node', 'string'], ['iso3', 'node', 'string'], ['wikidata', 'node', 'string'],
    ['type', 'edge', 'string'], ['weight', 'edge', 'double'], ['label', 'edge', 'string'],
  ];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys.map(([n, f, t]) => `  <key id="${f}_${n}" for="${f}" attr.name="${n}" attr.type="${t}"/>`),
    '  <graph id="newsgraph" edgedefault="directed">',
    ...nodes.map((n) => `    <node id="${xml(n.id)}">${['name', 'type', 'kind', 'iso3', 'wikidata'].map((k) => `<data key="node_${k}">${xml(n[k as keyof ExportNode])}</data>`).join('')}</node>`),
    ...edges.map((e, i) => `    <edge id="e${i}" source="${xml(e.source)}" target="${xml(e.target)}"><data key="edge_type">${xml(e.type)}</data><data key="edge_weight">${e.weight}</data><data key="edge_label">${xml(e.label)}</data></edge>`),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}

/** Cytoscape.js JSON (elements: nodes and edges), which Cytoscape desktop also imports. */
export async function exportCytoscape(executor: Executor): Promise<unknown> {
  const { nodes, edges } = await actorNetwork(executor);
  return {
    elements: {
      nodes: nodes.map((n) => ({ data: { ...n } })),
      edges: edges.map((e, i) => ({ data: { id: `e${i}`, ...e } })),
    },
  };
}
