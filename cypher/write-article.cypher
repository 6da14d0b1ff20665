// One article and its sentences. The text is kept once on the Article; sentences keep their own
// text too, because that is the evidence researchers quote.
MERGE (a:Article {id: $article.id})
SET a.title = $article.title, a.source = $article.source, a.publishedAt = $article.publishedAt,
    a.place = $article.place, a.sourcePath = $article.sourcePath, a.url = $article.url, a.text = $article.text
WITH a
UNWIND $sentences AS s
MERGE (n:Sentence {id: s.id})
SET n.index = s.index, n.start = s.start, n.end = s.end, n.text = s.text, n.articleId = $article.id
MERGE (n)-[:PART_OF]->(a)
