// placeholder, replaced by the Neo4j launcher work
