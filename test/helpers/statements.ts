import { extract } from './seed.js';

// What the statement tests ask of an extraction, on invented text dated 2024-05-06.
const DATE = '2024-05-06';

/** The contents of every statement found in `text`. */
export function contentsOf(text: string): string[] {
  return extract(text, DATE).statements.map((s) => text.slice(s.start, s.end));
}

/**
 * The name of the speaker of the statement whose content is exactly `content`: null when it has
 * none, '(no such statement)' when no statement has that content (so an assertion fails and says why).
 */
export function speakerOf(text: string, content: string): string | null {
  const g = extract(text, DATE);
  const st = g.statements.find((s) => text.slice(s.start, s.end) === content);
  if (!st) return '(no such statement)';
  return g.entities.find((e) => e.id === st.speakerId)?.name ?? null;
}
