// Articles and their sentences, one row per article. The text is kept once on the Article; sentences
// keep their own text too, because that is the evidence researchers quote.
UNWIND $articles AS art
MERGE (a:Article {id: art.id})
SET a.title = art.title, a.source = art.source, a.publishedAt = art.publishedAt,
    a.place = art.place, a.sourcePath = art.sourcePath, a.url = art.url, a.text = art.text
WITH a, art
UNWIND art.sentences AS s
MERGE (n:Sentence {id: s.id})
SET n.index = s.index, n.start = s.start, n.end = s.end, n.text = s.text, n.articleId = art.id
MERGE (n)-[:PART_OF]->(a)
