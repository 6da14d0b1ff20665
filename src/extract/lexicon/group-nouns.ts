/**
 * Nouns (lemmas) for the people who act for a state or body: "officials of the Soviet Union",
 * "a delegation from Nigeria", "the Japanese government", "the French president". The actor they
 * name is the state or body ("Japanese automakers" are not Japan).
 */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'government', 'official', 'authority', 'leader', 'leadership', 'delegation', 'delegate', 'negotiator',
  'representative', 'envoy', 'diplomat', 'administration', 'cabinet', 'team', 'side', 'minister',
  'member', 'executive', 'boss', 'management', 'spokesman', 'spokeswoman', 'spokesperson', 'counterpart',
  'president', 'premier', 'prime', 'military', 'army', 'regime',
]);
