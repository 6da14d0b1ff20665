// Entities are shared across articles: MERGE on the stable id, add each article's aliases and mentions.
// One row per (article, entity), in article order, so later articles add to what earlier ones wrote.
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
ON CREATE SET n.name = e.name, n.type = e.type
SET n.nameKey = coalesce(n.nameKey, e.nameKey), n.kind = coalesce(e.kind, n.kind), n.iso3 = coalesce(e.iso3, n.iso3), n.wikidata = coalesce(e.wikidata, n.wikidata),
    n.surname = coalesce(e.surname, n.surname),
    n.aliases = reduce(acc = coalesce(n.aliases, []), x IN e.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END)
SET n.aliasText = reduce(s = '', x IN n.aliases | s + ' ' + x)
FOREACH (_ IN CASE WHEN e.type = 'Person' THEN [1] ELSE [] END | SET n:Person:Actor)
FOREACH (_ IN CASE WHEN e.type = 'State' THEN [1] ELSE [] END | SET n:State:Actor)
FOREACH (_ IN CASE WHEN e.type = 'Organization' THEN [1] ELSE [] END | SET n:Organization:Actor)
FOREACH (_ IN CASE WHEN e.type = 'Location' THEN [1] ELSE [] END | SET n:Location)
WITH n, e
MATCH (a:Article {id: e.articleId})
MERGE (n)-[m:MENTIONED_IN]->(a)
SET m.count = size(e.starts), m.starts = e.starts, m.ends = e.ends, m.texts = e.texts
