import type { RawMention } from './doc.js';
import type { RelationType } from './relation.js';
import type { Span } from './span.js';

/** A role stated for a person: "UN special envoy Staffan de Mistura", "X, deputy to Y". */
export interface RoleClaim {
  holder: RawMention;
  role: string;
  relation: RelationType;
  /** The state, organization or person the role is of or to. */
  target?: RawMention;
  /** "presidential spokeswoman": the target is whoever holds this role for `target`'s state. */
  targetRole?: string;
  former: boolean;
  evidence: Span;
}
