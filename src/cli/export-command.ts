import fs from 'node:fs';
import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { exportNetwork } from '../serve/export-graph.js';
import { toCsv, toCytoscape, toGexf, toGraphml, type Network } from '../serve/export-formats.js';
import { parseExportRequest } from '../serve/export-request.js';
import { GraphQueries } from '../serve/graph-queries.js';

/** The file(s) of one export: name suffix -> content (CSV is a nodes and an edges file). */
export function renderExport(format: string, network: Network): Record<string, string> {
  if (format === 'graphml') return { '': toGraphml(network) };
  if (format === 'gexf') return { '': toGexf(network) };
  if (format === 'cytoscape') return { '': `${JSON.stringify(toCytoscape(network), null, 1)}\n` };
  const { nodes, edges } = toCsv(network);
  return { '-nodes.csv': nodes, '-edges.csv': edges };
}

/** `kg export --format graphml|gexf|cytoscape|csv [--center ID --hops N --since --until --types] [--out FILE]`. */
export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('write the actor network (or the neighbourhood of one actor) for Gephi, Cytoscape, networkx or LOAD CSV')
    .requiredOption('--format <format>', 'graphml, gexf, cytoscape (.cyjs) or csv')
    .option('--center <actor>', 'only the neighbourhood of this actor (id, name or alias)')
    .option('--hops <n>', 'with --center: ties away from it, 1 to 3', '1')
    .option('--since <YYYY-MM-DD>', 'only ties reported on or after this date')
    .option('--until <YYYY-MM-DD>', 'only ties reported on or before this date')
    .option('--types <list>', 'only these kinds of tie: NEGOTIATED_WITH,SPOKE_ABOUT,MET_IN_EVENT,ROLE')
    .option('--out <file>', 'write here instead of stdout (csv: a prefix, writes PREFIX-nodes.csv and PREFIX-edges.csv)')
    .action(async (opts: Record<string, string | undefined>) => {
      const parsed = parseExportRequest(opts);
      if (!parsed.ok) throw new Error(`bad export options: ${parsed.message}`);
      if (parsed.value.format === 'csv' && !opts.out) throw new Error('csv is two files (nodes and edges): give --out PREFIX');
      const config = loadConfig();
      // imported here: the driver costs every other `kg` command its start-up time
      const { openGraph } = await import('../load/open-graph.js');
      const executor = await openGraph(config);
      try {
        // A whole-corpus export is a batch job, not an API request: no read timeout.
        const network = await exportNetwork(new GraphQueries(executor), parsed.value);
        if (!network.found) throw new Error(`no actor named ${parsed.value.center}`);
        for (const [suffix, text] of Object.entries(renderExport(parsed.value.format, network))) {
          if (opts.out) fs.writeFileSync(`${opts.out.replace(/-?(nodes|edges)?\.csv$/, '')}${suffix}`, text);
          else process.stdout.write(text);
        }
        process.stderr.write(`exported ${network.actors.length} actors and ${network.ties.length} ties\n`);
      } finally {
        await executor.close();
      }
    });
}
