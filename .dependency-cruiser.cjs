/**
 * The pipeline order, held by a rule instead of by memory (npm run lint:deps, part of npm test):
 * model <- ingest <- extract <- resolve <- pipeline <- load <- serve <- cli/main.
 * A stage imports only model/, config, earlier stages and db/ (infrastructure); nothing imports serve/ or cli/;
 * src/ never imports test/ or scripts/.
 */
const later = {
  model: 'ingest|extract|resolve|pipeline|load|serve|cli|db',
  ingest: 'extract|resolve|pipeline|load|serve|cli|db',
  extract: 'resolve|pipeline|load|serve|cli|db',
  resolve: 'pipeline|load|serve|cli|db',
  pipeline: 'load|serve|cli|db',
  load: 'serve|cli',
  serve: 'cli',
  db: 'ingest|extract|resolve|pipeline|load|serve|cli',
};

module.exports = {
  forbidden: [
    ...Object.entries(later).map(([stage, forbidden]) => ({
      name: `${stage}-imports-a-later-stage`,
      comment: `src/${stage}/ may import only earlier stages of the pipeline (see .dependency-cruiser.cjs)`,
      severity: 'error',
      from: { path: `^src/${stage}/` },
      to: { path: `^src/(${forbidden})/` },
    })),
    {
      name: 'src-imports-tests-or-scripts',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(test|scripts)/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'an import the cruiser cannot resolve would hide a violation',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true, dependencyTypesNot: ['core'] },
    },
    {
      name: 'no-circular',
      comment: 'a cycle makes the pass order unreadable',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
