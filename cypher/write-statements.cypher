// One row per statement, with the id of its article.
UNWIND $statements AS st
MERGE (s:Statement {id: st.id})
SET s.text = st.text, s.kind = st.kind, s.cue = st.cue, s.start = st.start, s.end = st.end,
    s.speakerStart = st.speakerStart, s.speakerEnd = st.speakerEnd, s.speakerText = st.speakerText,
    s.cueStart = st.cueStart, s.cueEnd = st.cueEnd, s.confidence = st.confidence, s.origin = st.origin,
    s.articleId = st.articleId
WITH s, st
MATCH (a:Article {id: st.articleId})
MERGE (s)-[:REPORTED_IN]->(a)
WITH s, st
MATCH (sen:Sentence {id: st.sentenceId})
MERGE (s)-[ev:EVIDENCE]->(sen)
SET ev.start = st.start, ev.end = st.end
WITH s, st
CALL (s, st) {
  MATCH (sp:Entity {id: st.speakerId})
  MERGE (sp)-[:SAID]->(s)
}
WITH s, st
UNWIND st.aboutIds AS aboutId
MATCH (x:Entity {id: aboutId})
MERGE (s)-[:ABOUT]->(x)
