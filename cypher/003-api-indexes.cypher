// Lookups of the researcher's API (issue 10): article search and the date filters on negotiations.
CREATE FULLTEXT INDEX article_text IF NOT EXISTS FOR (n:Article) ON EACH [n.title, n.text];
CREATE INDEX article_source IF NOT EXISTS FOR (n:Article) ON (n.source);
CREATE INDEX negotiation_last_seen IF NOT EXISTS FOR (n:Negotiation) ON (n.lastSeen);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
