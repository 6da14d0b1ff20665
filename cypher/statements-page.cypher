// One page of statements with speaker, subjects and evidence sentence, newest article first;
// optionally only those of $speakerIds, about $aboutIds, or whose text matches $text (full-text).
MATCH (s:Statement)-[:EVIDENCE]->(sen:Sentence)-[:PART_OF]->(art:Article)
OPTIONAL MATCH (sp:Entity)-[:SAID]->(s)
WITH s, sen, art, sp
WHERE ($speakerIds IS NULL OR sp.id IN $speakerIds)
  AND ($aboutIds IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(a:Entity) WHERE a.id IN $aboutIds })
  AND ($textIds IS NULL OR s.id IN $textIds)
OPTIONAL MATCH (s)-[:ABOUT]->(x:Entity)
WITH s, sen, art, sp, collect(x {.id, .name, .aliases, .kind, .iso3, .wikidata, type: x.type}) AS about
ORDER BY art.publishedAt DESC, art.id, s.start
WITH collect(s {.id, .text, .kind, .cue, .speakerText, .confidence, .origin,
  speaker: CASE WHEN sp IS NULL THEN null ELSE sp {.id, .name, .aliases, .kind, .iso3, .wikidata, type: sp.type} END,
  about: about,
  evidence: {articleId: art.id, articleTitle: art.title, source: art.source, publishedAt: art.publishedAt, sentence: sen.text, start: s.start, end: s.end}}) AS items
RETURN size(items) AS total, items[$skip..$skip + $limit + 1] AS page
