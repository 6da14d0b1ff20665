// Lookups the API makes: actors by name and alias, statements by text, facts by type and date.
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText];
CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (n:Statement) ON EACH [n.text];
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX person_surname IF NOT EXISTS FOR (n:Person) ON (n.surname);
CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.type);
CREATE INDEX negotiation_status IF NOT EXISTS FOR (n:Negotiation) ON (n.status);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
CREATE INDEX entity_name_key IF NOT EXISTS FOR (n:Entity) ON (n.nameKey);
