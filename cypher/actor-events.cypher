// For each actor of $ids, one page of the ids of the events it took part in, newest first.
UNWIND $ids AS id
CALL (id) {
  OPTIONAL MATCH (x:Entity {id: id})-[:PARTICIPATED_IN]->(e:Event)-[:REPORTED_IN]->(art:Article)
  WITH DISTINCT e, CASE WHEN e.date >= '0' THEN e.date ELSE art.publishedAt END AS date
  ORDER BY date DESC, e.id
  RETURN collect(e.id) AS found
}
RETURN id, size(found) AS total, found[$skip..$skip + $limit + 1] AS ids
