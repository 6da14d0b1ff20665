import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { isAlive } from './launcher-process.js';
import { portAnswers } from './port-answers.js';

/** The line Launcher.java prints once the default database answers, followed by the URI. */
const READY = 'NEO4J READY';

/** URI of the local Bolt connector on `port` (it only ever listens on loopback). */
export function boltUri(port: number): string {
  return `bolt://127.0.0.1:${port}`;
}

/** Polls the launcher log for the READY line, failing with the log's tail if the process dies or time runs out. */
export async function waitUntilReady(
  pid: number,
  log: string,
  port: number,
  timeoutMs: number,
  exited: () => string | null,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const readyLine = `${READY} ${boltUri(port)}`;
  for (;;) {
    const text = fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '';
    if (text.includes(readyLine) && (await portAnswers(port))) return;
    const died = exited() ?? (isAlive(pid) ? null : 'exited');
    if (died !== null || Date.now() >= deadline) {
      const why = died !== null ? `the process (pid ${pid}) ${died}` : `it was not ready after ${timeoutMs / 1000} s`;
      throw new Error(`Local Neo4j failed to start: ${why}. Last lines of ${log}:\n${tail(text)}`);
    }
    await sleep(250);
  }
}

function tail(text: string, lines = 20): string {
  const last = text.trimEnd().split('\n').slice(-lines).join('\n');
  return last || '(empty; see debug.log beside it)';
}
