// npm postinstall: builds the local Neo4j launcher (neo4j/pom.xml) so `npm start` and the tests can
// run a real Neo4j 5.26 Community without a separate install. Plain Node ESM because it runs before
// TypeScript is compiled. It never fails `npm install` for a missing toolchain: a remote Neo4j
// (NEO4J_URI) is a complete alternative, so it explains and exits 0 instead.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pom = path.join(root, 'neo4j', 'pom.xml');
const source = path.join(root, 'neo4j', 'src', 'main', 'java', 'newsgraph', 'Launcher.java');
const classFile = path.join(root, 'neo4j', 'target', 'classes', 'newsgraph', 'Launcher.class');
const lib = path.join(root, 'neo4j', 'lib');
// Written after a successful build: copy-dependencies does not touch jars that already exist, so
// the folder's own mtime says nothing about whether the build finished.
const stamp = path.join(lib, '.installed');
const isWindows = process.platform === 'win32';

const say = (line) => console.log(`[newsgraph] ${line}`);

if (process.env.NEO4J_URI || process.env.NEWSGRAPH_SKIP_NEO4J === '1') {
  const why = process.env.NEO4J_URI ? 'NEO4J_URI is set' : 'NEWSGRAPH_SKIP_NEO4J=1';
  say(`${why}: skipping the local Neo4j build.`);
  process.exit(0);
}

const javaMajor = probeJava();
const hasMaven = probe(isWindows ? 'mvn.cmd' : 'mvn', ['-v']);
if (javaMajor === null || javaMajor < 17 || !hasMaven) {
  const problems = [];
  if (javaMajor === null) problems.push('`java` was not found on PATH');
  else if (javaMajor < 17) problems.push(`\`java\` on PATH is version ${javaMajor}; Neo4j 5.26 needs Java 17 or 21`);
  if (!hasMaven) problems.push('`mvn` (Apache Maven) was not found on PATH');
  console.warn(
    [
      '',
      `[newsgraph] The local Neo4j cannot be installed: ${problems.join(' and ')}.`,
      '[newsgraph] Either install Java 17 and Maven 3.8+, then run `npm install` again:',
      '[newsgraph]   Debian/Ubuntu: sudo apt-get install openjdk-17-jdk-headless maven',
      '[newsgraph]   macOS:         brew install openjdk@17 maven',
      '[newsgraph]   Windows:       winget install Microsoft.OpenJDK.17 Apache.Maven',
      '[newsgraph] or use another Neo4j 5 server (Neo4j Desktop, Docker, Aura) by setting',
      '[newsgraph]   NEO4J_URI (e.g. bolt://localhost:7687), NEO4J_USER and NEO4J_PASSWORD.',
      '[newsgraph] npm install continues; only the built-in local database is unavailable.',
      '',
    ].join('\n'),
  );
  process.exit(0);
}

if (isUpToDate()) {
  say('Local Neo4j launcher is already built (neo4j/lib, neo4j/target); nothing to do.');
  process.exit(0);
}

say('Building the local Neo4j 5.26 launcher with Maven (the first run downloads ~160 MB from Maven Central)...');
// A changed pom may pin another Neo4j version: stale jars left in lib/ would shadow the new ones.
fs.rmSync(lib, { recursive: true, force: true });
const started = Date.now();
const mvn = spawnSync(isWindows ? 'mvn.cmd' : 'mvn', ['-q', '-B', '-f', pom, 'package'], {
  cwd: root,
  stdio: 'inherit',
  shell: isWindows,
});
if (mvn.status !== 0) {
  console.error(
    `[newsgraph] Maven failed (${mvn.error?.message ?? `exit ${mvn.status ?? mvn.signal}`}); the local Neo4j is not installed. ` +
      'Fix the error above and run `npm install` again, or set NEO4J_URI to use another server.',
  );
  process.exit(mvn.status || 1);
}
fs.writeFileSync(stamp, `${new Date().toISOString()}\n`);
say(`Local Neo4j launcher built in ${((Date.now() - started) / 1000).toFixed(1)} s (Neo4j jars are GPLv3, kept out of git).`);

/** True when the class, the jars and the stamp exist and are newer than the pom and the source. */
function isUpToDate() {
  const mtime = (file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : null);
  const built = Math.min(mtime(classFile) ?? -1, mtime(stamp) ?? -1);
  const inputs = Math.max(mtime(pom) ?? Infinity, mtime(source) ?? Infinity);
  const hasJars = fs.existsSync(lib) && fs.readdirSync(lib).some((f) => /^neo4j-bolt-.*\.jar$/.test(f));
  return hasJars && built >= inputs;
}

/** Major version of the `java` on PATH, or null when there is none. */
function probeJava() {
  const r = spawnSync('java', ['-version'], { encoding: 'utf8', shell: isWindows });
  if (r.error || r.status !== 0) return null;
  // `java -version` prints to stderr: openjdk version "17.0.15" ... / java version "1.8.0_392"
  const m = /version "(\d+)(?:\.(\d+))?/.exec(`${r.stderr}${r.stdout}`);
  if (!m) return null;
  return m[1] === '1' ? Number(m[2]) : Number(m[1]);
}

function probe(command, args) {
  const r = spawnSync(command, args, { stdio: 'ignore', shell: isWindows });
  return !r.error && r.status === 0;
}
