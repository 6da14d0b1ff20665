// One page of statement ids, newest article first: of $speakerIds, about $aboutIds, matching $search
// (full-text, already escaped for Lucene), reported between $since and $until. The most selective
// argument picks where the query starts, so a search does not scan every statement.
CALL () {
  WITH 1 AS one WHERE $search IS NOT NULL
  CALL db.index.fulltext.queryNodes('statement_text', $search) YIELD node
  RETURN node AS s
  UNION
  WITH 1 AS one WHERE $search IS NULL AND $speakerIds IS NOT NULL
  MATCH (sp:Entity)-[:SAID]->(s:Statement) WHERE sp.id IN $speakerIds
  RETURN s
  UNION
  WITH 1 AS one WHERE $search IS NULL AND $speakerIds IS NULL AND $aboutIds IS NOT NULL
  MATCH (s:Statement)-[:ABOUT]->(x:Entity) WHERE x.id IN $aboutIds
  RETURN s
  UNION
  WITH 1 AS one WHERE $search IS NULL AND $speakerIds IS NULL AND $aboutIds IS NULL
  MATCH (s:Statement)
  RETURN s
}
MATCH (s)-[:REPORTED_IN]->(art:Article)
WHERE ($speakerIds IS NULL OR EXISTS { MATCH (sp:Entity)-[:SAID]->(s) WHERE sp.id IN $speakerIds })
  AND ($aboutIds IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(x:Entity) WHERE x.id IN $aboutIds })
  AND ($since IS NULL OR art.publishedAt >= $since)
  AND ($until IS NULL OR (art.publishedAt <= $until AND art.publishedAt >= '0'))
WITH s, art ORDER BY art.publishedAt DESC, art.id, s.start
WITH collect(s.id) AS found
RETURN size(found) AS total, found[$skip..$skip + $limit + 1] AS ids
