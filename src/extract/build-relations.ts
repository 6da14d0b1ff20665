import type { Relation } from '../model/index.js';
import type { Doc } from '../model/doc.js';
import type { RoleClaim } from '../model/role-claim.js';

// "presidential spokeswoman" of a state speaks for whoever holds that state's presidency in the
// article, if it names them; otherwise for the state.
function holderOf(claims: RoleClaim[], role: string, stateId: string | undefined): string | undefined {
  return claims.find((c) => c.role === role && !c.former && c.target?.entityId === stateId && c.holder.entityId)?.holder.entityId;
}

/** Turns role claims into relations between entities (holds role in, deputy to, envoy of, spokesperson of, spouse of). */
export function buildRelations(doc: Doc, claims: RoleClaim[]): Relation[] {
  const out = new Map<string, Relation>();
  for (const c of claims) {
    const from = c.holder.entityId;
    let to = c.target?.entityId;
    if (c.targetRole) to = holderOf(claims, c.targetRole, to) ?? to;
    if (!from || !to || from === to || to.startsWith('loc:')) continue;
    // "his Spanish counterpart X" says whose side X is on, not an office X holds; a former post is
    // no longer held; "a member of Britain's Jewish community" is no membership of a body
    if (c.role === 'counterpart' || c.former || (c.role === 'member' && c.relation !== 'MEMBER_OF')) continue;
    if ((c.relation === 'DEPUTY_TO' || c.relation === 'SPOUSE_OF') && !to.startsWith('person:')) continue;
    const role = c.role;
    const id = `${doc.article.id}:rel:${c.relation}:${from}:${to}`;
    const existing = out.get(id);
    if (existing) existing.evidence.push(c.evidence);
    else out.set(id, { id, type: c.relation, fromId: from, toId: to, role, evidence: [c.evidence], confidence: c.targetRole ? 0.75 : 0.85, origin: 'rule:title-apposition' });
  }
  return [...out.values()];
}
