// One page of event ids, newest first: of $type, with a participant in $actorIds, dated (the event's
// own date when it has a year, else its article's) between $since and $until.
CALL () {
  WITH 1 AS one WHERE $actorIds IS NOT NULL
  MATCH (x:Entity)-[:PARTICIPATED_IN]->(e:Event) WHERE x.id IN $actorIds
  RETURN e
  UNION
  WITH 1 AS one WHERE $actorIds IS NULL
  MATCH (e:Event)
  RETURN e
}
WITH DISTINCT e WHERE $type IS NULL OR e.type = $type
MATCH (e)-[:REPORTED_IN]->(art:Article)
WITH e, CASE WHEN e.date >= '0' THEN e.date ELSE art.publishedAt END AS date
WHERE ($since IS NULL OR date >= $since) AND ($until IS NULL OR (date <= $until AND date >= '0'))
WITH e, date ORDER BY date DESC, e.id
WITH collect(e.id) AS found
RETURN size(found) AS total, found[$skip..$skip + $limit + 1] AS ids
