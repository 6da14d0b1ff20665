// Articles by id, in the order given.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a {.id, .title, .source, .publishedAt, .place, .url, .sourcePath, .text} AS article
