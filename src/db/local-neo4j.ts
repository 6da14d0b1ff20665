import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { launcherArgs, missingLauncherParts } from './launcher-command.js';
import { launcherPort, terminate } from './launcher-process.js';
import { portAnswers } from './port-answers.js';
import { boltUri, waitUntilReady } from './wait-until-ready.js';

/** Where and how to run the local Neo4j (see Config: localHome, localBoltPort, localHeap, localPageCache). */
export interface LocalNeo4jOptions {
  /** Folder for data, logs and the pid file; resolved against the working directory. */
  home: string;
  /** Bolt port on 127.0.0.1. */
  boltPort: number;
  /** JVM heap, e.g. `768m` (used for both -Xms and -Xmx). */
  heap: string;
  /** Neo4j page cache, e.g. `256m`. */
  pageCache: string;
  /** ms, default 120000 */
  startTimeoutMs?: number;
  /** Project folder holding neo4j/ (the built jars); default: found from this module's location. */
  root?: string;
}

/** `running` means our Launcher is alive and its Bolt port answers; `pid` is set while the process lives. */
export interface LocalNeo4jStatus {
  running: boolean;
  pid: number | null;
  uri: string | null;
}

// SIGTERM runs a checkpoint; on a large store that can take a while, and SIGKILL means recovery next start.
const STOP_GRACE_MS = 60_000;

function files(home: string) {
  const dir = path.resolve(home);
  return { home: dir, pidFile: path.join(dir, 'neo4j.pid'), log: path.join(dir, 'logs', 'launcher.log') };
}

function readPid(pidFile: string): number | null {
  try {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Starts the embedded Neo4j (neo4j/…/Launcher.java) as a detached Java process that outlives this one,
 * or returns the one already running from `home`. Resolves once Bolt accepts connections.
 */
export async function startLocalNeo4j(o: LocalNeo4jOptions): Promise<{ uri: string; pid: number; alreadyRunning: boolean }> {
  const { home, pidFile, log } = files(o.home);
  const timeoutMs = o.startTimeoutMs ?? 120_000;
  const uri = boltUri(o.boltPort);

  const existing = readPid(pidFile);
  if (existing !== null) {
    const port = launcherPort(existing, home);
    if (port !== null && port !== o.boltPort) {
      throw new Error(
        `A local Neo4j from ${home} is already running (pid ${existing}) on Bolt port ${port}, not ${o.boltPort}. ` +
          'Stop it first (kg db stop) or use its port.',
      );
    }
    if (port !== null) {
      // Alive but maybe still starting (two starts in a row): wait for it instead of starting a rival
      // that would only fail on the store lock.
      if (!(await portAnswers(port))) await waitUntilReady(existing, log, port, timeoutMs, () => null);
      return { uri, pid: existing, alreadyRunning: true };
    }
    fs.rmSync(pidFile, { force: true }); // stale: the process is gone or the pid was reused
  }

  // Imported lazily: jest loads its global setup as CommonJS, where project-root.ts (import.meta)
  // cannot compile; the setup passes `root` instead.
  const root = o.root ?? (await import('../project-root.js')).projectRoot();
  const missing = missingLauncherParts(root);
  if (missing.length > 0) {
    throw new Error(
      `Cannot start the local Neo4j: missing ${missing.join(', ')}. ` +
        '`npm install` builds the Neo4j jars with Maven (it needs Java 17+ and Maven on PATH). ' +
        'To use another Neo4j server instead, set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD).',
    );
  }

  fs.mkdirSync(path.dirname(log), { recursive: true });
  const out = fs.openSync(log, 'w'); // truncated: the READY line we wait for must be this run's
  let exit: string | null = null;
  const child = (() => {
    try {
      // Detached in its own process group with no pipes back to us, so `kg db start` can return and
      // Ctrl-C in the terminal that ran `npm start` does not reach the database.
      return spawn('java', launcherArgs(root, { home, boltPort: o.boltPort, heap: o.heap, pageCache: o.pageCache }), {
        cwd: home,
        detached: true,
        stdio: ['ignore', out, out],
        windowsHide: true,
      });
    } finally {
      fs.closeSync(out);
    }
  })();
  child.once('error', (e) => (exit = `could not be run (${e.message})`));
  child.once('exit', (code, signal) => (exit = `exited with ${signal ?? `code ${code}`}`));
  child.unref();
  const pid = child.pid;
  if (pid === undefined) {
    await sleep(0); // 'error' is emitted on the next tick
    throw new Error(`Cannot start the local Neo4j: java ${exit ?? 'did not start'}.`);
  }
  fs.writeFileSync(pidFile, `${pid}\n`);

  try {
    await waitUntilReady(pid, log, o.boltPort, timeoutMs, () => exit);
  } catch (e) {
    await terminate(pid, 10_000);
    if (readPid(pidFile) === pid) fs.rmSync(pidFile, { force: true });
    throw e;
  }
  return { uri, pid, alreadyRunning: false };
}

/** Stops the Launcher named by `<home>/neo4j.pid` (SIGTERM, SIGKILL after 60 s). True if it stopped one. */
export async function stopLocalNeo4j(o: Pick<LocalNeo4jOptions, 'home'>): Promise<boolean> {
  const { home, pidFile } = files(o.home);
  const pid = readPid(pidFile);
  if (pid === null) return false;
  const ours = launcherPort(pid, home) !== null;
  if (ours) await terminate(pid, STOP_GRACE_MS);
  fs.rmSync(pidFile, { force: true });
  return ours;
}

/** Whether the Launcher of `home` runs; `uri` uses the port it was started with, which may differ from `boltPort`. */
export async function localNeo4jStatus(o: Pick<LocalNeo4jOptions, 'home' | 'boltPort'>): Promise<LocalNeo4jStatus> {
  const { home, pidFile } = files(o.home);
  const pid = readPid(pidFile);
  const port = pid === null ? null : launcherPort(pid, home);
  if (pid === null || port === null) return { running: false, pid: null, uri: null };
  const running = await portAnswers(port);
  return { running, pid, uri: running ? boltUri(port) : null };
}
