import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { LAUNCHER_CLASS } from './launcher-command.js';

/** True when `pid` is a live process (a zombie awaiting its parent counts as dead). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // Field 3 of /proc/<pid>/stat is the state; the name before it may hold spaces, so split after ')'.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no /proc (macOS): kill(0) is all we know
  }
}

/** Command line of `pid` as arguments, or null when it cannot be read. */
function commandLine(pid: number): string[] | null {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    // No /proc (macOS): ps joins arguments with spaces, good enough to find the flags we passed.
    const ps = spawnSync('ps', ['-p', String(pid), '-o', 'command='], { encoding: 'utf8' });
    return ps.status === 0 && ps.stdout.trim() ? ps.stdout.trim().split(/\s+/) : null;
  }
}

/**
 * The Bolt port of the live Launcher `pid` serving `home`, or null when `pid` is anything else.
 * A pid file can outlive its process and the pid be reused, so never signal a pid without this check.
 */
export function launcherPort(pid: number, home: string): number | null {
  if (!isAlive(pid)) return null;
  const args = commandLine(pid);
  if (!args?.includes(LAUNCHER_CLASS)) return null;
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  if (flag('--home') !== home) return null;
  const port = Number(flag('--port'));
  return Number.isInteger(port) ? port : null;
}

/** Waits until `pid` is gone; false when it is still alive after `timeoutMs`. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await sleep(100);
  }
  return true;
}

/** SIGTERM (the Launcher's shutdown hook checkpoints and closes the store), SIGKILL after `graceMs`. */
export async function terminate(pid: number, graceMs: number): Promise<void> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return; // already gone
  }
  if (await waitForExit(pid, graceMs)) return;
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    return;
  }
  await waitForExit(pid, 10_000);
}
