// For each actor of $ids, one page of its dated facts, oldest first: statements it made (dated by
// their article), negotiations it or its state was a party to (first reported) and events it took
// part in. Facts without a full date are left out.
UNWIND $ids AS id
CALL (id) {
  OPTIONAL MATCH (x:Entity {id: id})
  OPTIONAL MATCH (x)-[:HOLDS_ROLE|ENVOY_OF]->(s:State)
  WITH x, [x] + collect(DISTINCT s) AS sides
  CALL (x) {
    MATCH (x)-[:SAID]->(st:Statement)-[:EVIDENCE]->(sen:Sentence)-[:PART_OF]->(art:Article)
    RETURN art.publishedAt AS date, 'statement' AS kind, st.id AS fid, st.cue + ': ' + st.text AS summary, sen, art
    UNION
    MATCH (x)-[:PARTICIPATED_IN]->(e:Event)-[:EVIDENCE]->(sen:Sentence)-[:PART_OF]->(art:Article)
    RETURN CASE WHEN e.date >= '0' THEN e.date ELSE art.publishedAt END AS date, 'event' AS kind, e.id AS fid, e.type + coalesce(' (' + toString(e.count) + ')', '') AS summary, sen, art
  }
  WITH sides, collect({date: date, kind: kind, id: fid, summary: summary, sen: sen, art: art}) AS own
  CALL (sides) {
    UNWIND sides AS side
    MATCH (side)-[:PARTY_TO]->(n:Negotiation)
    WITH DISTINCT n
    CALL (n) {
      MATCH (n)-[:EVIDENCE]->(sen:Sentence)-[:PART_OF]->(art:Article)
      RETURN sen, art ORDER BY art.publishedAt, sen.start LIMIT 1
    }
    CALL (n) {
      MATCH (p:Entity)-[:PARTY_TO]->(n)
      RETURN reduce(s = '', name IN collect(p.name) | s + CASE WHEN s = '' THEN '' ELSE ', ' END + name) AS parties
    }
    RETURN collect({date: n.firstSeen, kind: 'negotiation', id: n.id, summary: n.status + ' talks' + coalesce(' on ' + n.topic, '') + ': ' + parties, sen: sen, art: art}) AS talks
  }
  UNWIND own + talks AS f
  WITH f WHERE f.date >= '0'
  WITH f ORDER BY f.date, f.kind, f.id
  RETURN collect({date: f.date, kind: f.kind, id: f.id, summary: f.summary,
    evidence: {articleId: f.art.id, articleTitle: f.art.title, source: f.art.source, publishedAt: f.art.publishedAt, sentence: f.sen.text, start: f.sen.start, end: f.sen.end}}) AS found
}
RETURN id, size(found) AS total, found[$skip..$skip + $limit + 1] AS page
