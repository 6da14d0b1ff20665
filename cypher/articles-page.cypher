// One page of article ids, newest first: matching $search (full-text over title and text, already
// escaped for Lucene), from $source (any case), published between $since and $until.
CALL () {
  WITH 1 AS one WHERE $search IS NOT NULL
  CALL db.index.fulltext.queryNodes('article_text', $search) YIELD node
  RETURN node AS art
  UNION
  WITH 1 AS one WHERE $search IS NULL
  MATCH (art:Article)
  RETURN art
}
WITH art
WHERE ($source IS NULL OR toLower(art.source) = $source)
  AND ($since IS NULL OR art.publishedAt >= $since)
  AND ($until IS NULL OR (art.publishedAt <= $until AND art.publishedAt >= '0'))
WITH art ORDER BY art.publishedAt DESC, art.id
WITH collect(art.id) AS found
RETURN size(found) AS total, found[$skip..$skip + $limit + 1] AS ids
