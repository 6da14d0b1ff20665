import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestApi, type TestApi } from './api-client.js';

// The published schemas, committed because tests cannot reach the internet (see test/fixtures/xsd/README.md).
const GRAPHML_XSD = path.resolve('test/fixtures/xsd/graphml/graphml.xsd');
const GEXF_XSD = path.resolve('test/fixtures/xsd/gexf/gexf.xsd');

let api: TestApi;
let dir: string;
beforeAll(async () => {
  api = await startTestApi();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-export-'));
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await api.close();
});

async function get(pathAndQuery: string): Promise<{ status: number; text: string; type: string | null }> {
  const res = await fetch(new URL(pathAndQuery, api.server.url));
  return { status: res.status, text: await res.text(), type: res.headers.get('content-type') };
}

/** xmllint's verdict on a document against a schema: exit status 0 and "validates". */
function validate(xml: string, xsd: string, name: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, xml);
  const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', xsd, file], { encoding: 'utf8' });
  return `${r.status} ${r.stderr.trim()}`;
}

describe('exports validate against the published schemas', () => {
  test.each([
    ['/export/graphml', GRAPHML_XSD, 'whole.graphml'],
    ['/export/graphml?center=Belarus&hops=2&types=NEGOTIATED_WITH,ROLE', GRAPHML_XSD, 'center.graphml'],
    ['/export/gexf', GEXF_XSD, 'whole.gexf'],
    ['/export/gexf?center=Lukashenko&since=2000-01-01&until=2040-12-31', GEXF_XSD, 'center.gexf'],
  ])('%s', async (url, xsd, name) => {
    const { status, text } = await get(url);
    expect(status).toBe(200);
    expect(validate(text, xsd, name)).toMatch(/^0 .*validates$/);
  });

  test('a document that breaks the schema is caught (the check can fail)', () => {
    expect(validate('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="sideways"/></graphml>', GRAPHML_XSD, 'bad.graphml')).not.toMatch(/^0 /);
  });
});

describe('what the exports carry', () => {
  test('edges carry tie type, weight (articles), first and last date; center and hops narrow the network', async () => {
    const whole = JSON.parse((await get('/export/cyjs')).text);
    const one = JSON.parse((await get('/export/cyjs?center=Belarus&hops=1&types=NEGOTIATED_WITH')).text);
    expect(whole.data.name).toBe('newsgraph');
    const talks = one.elements.edges.find((e: any) => [e.data.source, e.data.target].sort().join() === 'state:BLR,state:USA');
    expect(talks.data).toMatchObject({ tie: 'NEGOTIATED_WITH', weight: 1, directed: false });
    expect(one.elements.nodes.length).toBeLessThan(whole.elements.nodes.length);
    for (const e of one.elements.edges) expect(e.data.tie).toBe('NEGOTIATED_WITH');
  });

  test('the CSV pair has Gephi and LOAD CSV headers and quotes what needs it', async () => {
    const nodes = await get('/export/nodes.csv?center=Belarus');
    const edges = await get('/export/edges.csv?center=Belarus');
    expect(nodes.type).toContain('text/csv');
    expect(nodes.text.split('\r\n')[0]).toBe('Id,Label,type,kind,iso3,wikidata,articleCount');
    expect(nodes.text).toContain('state:BLR,Belarus,State,,BLR');
    expect(edges.text.split('\r\n')[0]).toBe('Source,Target,Type,Id,Label,Weight,tie,relation,firstSeen,lastSeen');
    expect(edges.text).toMatch(/\r\nstate:BLR,state:USA,Undirected,e\d+,release of a number of prisoners,1,NEGOTIATED_WITH,/);
  });

  test('bad export options are a 400 naming the problem; an unknown center is a 404', async () => {
    const bad = await get('/export/gexf?hops=9&since=yesterday');
    expect(bad.status).toBe(400);
    expect(bad.text).toMatch(/hops/);
    expect(bad.text).toMatch(/since/);
    expect((await get('/export/graphml?center=Nobody%20Atall%20Xq')).status).toBe(404);
  });
});

describe('kg export', () => {
  const kg = (args: string[]) => execFileSync('node', ['dist/src/cli/kg.js', 'export', ...args], { encoding: 'utf8', env: { ...process.env }, stdio: ['ignore', 'pipe', 'pipe'] });

  test('writes each format; networkx loads GraphML, GEXF and cyjs', () => {
    const files = ['graphml', 'gexf', 'cytoscape'].map((format) => {
      const file = path.join(dir, `kg.${format === 'cytoscape' ? 'cyjs' : format}`);
      kg(['--format', format, '--center', 'Belarus', '--hops', '2', '--out', file]);
      return file;
    });
    expect(validate(fs.readFileSync(files[0], 'utf8'), GRAPHML_XSD, 'kg-check.graphml')).toMatch(/validates$/);
    expect(validate(fs.readFileSync(files[1], 'utf8'), GEXF_XSD, 'kg-check.gexf')).toMatch(/validates$/);
    const out = execFileSync('python3', ['scripts/py/load-exports.py', ...files], { encoding: 'utf8' });
    for (const f of files) expect(out).toMatch(new RegExp(`${path.basename(f)}: \\d+ nodes, [1-9]\\d* edges`));
  });

  test('csv writes the nodes and edges files; stdout gets the other formats', () => {
    kg(['--format', 'csv', '--out', path.join(dir, 'net')]);
    expect(fs.readFileSync(path.join(dir, 'net-nodes.csv'), 'utf8')).toMatch(/^Id,Label/);
    expect(fs.readFileSync(path.join(dir, 'net-edges.csv'), 'utf8')).toMatch(/^Source,Target,Type/);
    expect(kg(['--format', 'gexf', '--center', 'Belarus'])).toMatch(/^<\?xml[^]*<gexf /);
  });
});
