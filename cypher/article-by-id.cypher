MATCH (a:Article {id: $id})
RETURN a {.id, .title, .source, .publishedAt, .place, .url, .sourcePath, .text} AS article
