// For each actor of $ids, the number of articles that mention it.
UNWIND $ids AS id
MATCH (a:Entity {id: id})
RETURN id, COUNT { (a)-[:MENTIONED_IN]->() } AS articleCount
