import type { Relation } from '../model/index.js';
import type { Doc } from './doc.js';
import type { RoleClaim } from './find-titles.js';

/** Turns role claims into relations between entities. */
export function buildRelations(doc: Doc, claims: RoleClaim[]): Relation[] {
  void doc; void claims;
  return [];
}
