import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Main class of neo4j/src/main/java/newsgraph/Launcher.java; also how its processes are recognised. */
export const LAUNCHER_CLASS = 'newsgraph.Launcher';

/** What the Launcher needs: its home folder (absolute), Bolt port, heap and page cache sizes (`768m`, `1g`). */
export interface LauncherCommandOptions {
  home: string;
  boltPort: number;
  heap: string;
  pageCache: string;
}

/** `java` arguments that run the Launcher from the jars built by `npm install` (scripts/install-neo4j.mjs). */
export function launcherArgs(root: string, o: LauncherCommandOptions): string[] {
  const classpath = [path.join(root, 'neo4j', 'target', 'classes'), path.join(root, 'neo4j', 'lib', '*')].join(
    path.delimiter,
  );
  return [
    // Initial = max heap, as Neo4j recommends (it warns otherwise): no resizing pauses later.
    `-Xms${o.heap}`,
    `-Xmx${o.heap}`,
    // A DBMS that ran out of heap is in an unknown state; dying lets `kg db status` tell the truth.
    '-XX:+ExitOnOutOfMemoryError',
    '-XX:-OmitStackTraceInFastThrow',
    // The same opens the neo4j server script passes: without them the page cache and the transaction
    // log fall back to slower paths (Neo4j logs "Reflection access ... not available").
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
    '-cp',
    classpath,
    LAUNCHER_CLASS,
    '--home',
    o.home,
    '--port',
    String(o.boltPort),
    '--pagecache',
    o.pageCache,
  ];
}

/** Human-readable list of what is missing to run the Launcher; empty when java and the jars are there. */
export function missingLauncherParts(root: string): string[] {
  const missing: string[] = [];
  const java = spawnSync('java', ['-version'], { stdio: 'ignore', shell: process.platform === 'win32' });
  if (java.error || java.status !== 0) missing.push('`java` (Java 17+) on PATH');
  const classFile = path.join(root, 'neo4j', 'target', 'classes', 'newsgraph', 'Launcher.class');
  if (!fs.existsSync(classFile)) missing.push(`the compiled launcher ${path.relative(root, classFile)}`);
  const lib = path.join(root, 'neo4j', 'lib');
  const jars = fs.existsSync(lib) ? fs.readdirSync(lib) : [];
  for (const jar of ['neo4j-kernel', 'neo4j-bolt']) {
    if (!jars.some((f) => f.startsWith(`${jar}-`) && f.endsWith('.jar'))) missing.push(`neo4j/lib/${jar}-*.jar`);
  }
  return missing;
}
