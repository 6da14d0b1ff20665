import type { Event, Statement } from '../model/index.js';
import type { Doc } from './doc.js';

/** Finds releases, pardons, threats, demands, meetings and other events. */
export function findEvents(doc: Doc, statements: Statement[]): Event[] {
  void doc; void statements;
  return [];
}
