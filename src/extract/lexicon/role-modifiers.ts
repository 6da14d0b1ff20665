/**
 * Adjectives that stand between a determiner or a state and a role word without changing which
 * role it is ("the former Belarusian leader", "outgoing Foreign Minister X", "the shadow home
 * secretary"). The one list that titles and role descriptions read.
 */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'former', 'new', 'current', 'outgoing', 'incoming', 'acting', 'then', 'late', 'top', 'senior', 'special', 'chief', 'deputy', 'foreign',
  'prime', 'vice', 'interim', 'longtime', 'veteran', 'first', 'influential', 'powerful', 'shadow', 'majority', 'minority',
]);

/** Markers of a post no longer held: "former", "ex-", "then-" ("then-Senator X"). */
export function isFormerMarker(word: string): boolean {
  const w = word.toLowerCase();
  return w === 'former' || w === 'then' || w === 'then-' || w.startsWith('ex-');
}

/** Roles held for a person rather than a body: "deputy to US special envoy X", "adviser to President Y". */
export const PERSONAL_ROLES: ReadonlySet<string> = new Set(['deputy', 'aide', 'adviser', 'chief of staff', 'spokesperson']);
