// Which of $ids are stored already: those articles are skipped without extracting them again.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id
