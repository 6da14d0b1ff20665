import type { Statement } from '../model/index.js';

/**
 * The statements a graph keeps: those whose speaker resolved to an entity, and direct quotes. Reported
 * speech whose speaker phrase points nowhere ("critics said", an "it" with no organization before
 * it) names no one a researcher can cite, and a content found with no speaker reads as a wrong
 * attribution: a missing statement costs less trust than a wrong one. A direct quote is the
 * article's own verbatim record and stays, unattributed, for the researcher to read (on PolNeAR dev,
 * dropping those too cost 4.5 points of direct-quote recall for 0.5 of facts precision). Later
 * passes still see every statement (an event inside reported speech is reported, whoever said it).
 */
export function attributedStatements(statements: Statement[]): Statement[] {
  return statements.filter((s) => s.speakerId !== null || s.kind === 'direct');
}
