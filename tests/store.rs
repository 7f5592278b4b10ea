//! The SQLite file the binary writes, checked with rusqlite: schema, natural keys, offsets
//! that point back into the stored body, and rows that keep their invariants.

use rusqlite::Connection;

use crate::util::{IMPORTED_AT, SAMPLES, TestEnv, char_slice};

fn samples_db() -> TestEnv {
    let env = TestEnv::new();
    env.import(&[SAMPLES]).success();
    env
}

fn strings(conn: &Connection, sql: &str) -> Vec<String> {
    let mut stmt = conn.prepare(sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn schema_has_the_tables_indexes_and_version() {
    let env = samples_db();
    let conn = env.conn();
    let tables = strings(
        &conn,
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
    );
    for t in ["aliases", "articles", "people", "statements"] {
        assert!(
            tables.iter().any(|n| n == t),
            "missing table {t}: {tables:?}"
        );
    }
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert!(version >= 1, "user_version {version}");
    let person_index: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'index' \
             AND tbl_name = 'statements' AND sql LIKE '%person_id%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(person_index >= 1, "no index for the person timeline");
}

#[test]
fn import_time_is_the_one_given() {
    let env = samples_db();
    let times = strings(&env.conn(), "SELECT DISTINCT imported_at FROM articles");
    assert_eq!(times, [IMPORTED_AT]);
}

#[test]
fn every_statement_is_its_body_slice_in_characters() {
    let env = samples_db();
    let conn = env.conn();
    let mut stmt = conn
        .prepare(
            "SELECT a.body, s.start_offset, s.end_offset, s.text FROM statements s \
             JOIN articles a ON a.id = s.article_id",
        )
        .unwrap();
    let rows: Vec<(String, i64, i64, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(rows.len() > 50);
    for (body, start, end, text) in rows {
        assert!(0 <= start && start < end, "bad span {start}..{end}");
        assert_eq!(char_slice(&body, start as usize, end as usize), text);
    }
}

#[test]
fn direct_statements_open_with_a_quote_mark() {
    // The closing mark is checked in samples.rs (a quote over two paragraphs is a known gap).
    let env = samples_db();
    let texts = strings(
        &env.conn(),
        "SELECT text FROM statements WHERE kind = 'direct'",
    );
    for t in texts {
        let first = t.chars().next().unwrap();
        assert!(matches!(first, '“' | '"' | '‘' | '\''), "{t:?}");
    }
}

#[test]
fn said_on_is_never_after_the_article_date_and_has_precision_and_basis() {
    let env = samples_db();
    let conn = env.conn();
    let bad = strings(
        &conn,
        "SELECT s.text FROM statements s JOIN articles a ON a.id = s.article_id \
         WHERE s.said_on > a.published_on \
            OR (s.said_on IS NULL) <> (s.said_precision IS NULL) \
            OR (s.said_on IS NULL) <> (s.said_basis IS NULL)",
    );
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn only_person_speakers_link_to_people() {
    let env = samples_db();
    let bad = strings(
        &env.conn(),
        "SELECT coalesce(speaker, '?') FROM statements \
         WHERE (speaker_kind <> 'person' AND person_id IS NOT NULL) \
            OR (speaker_kind = 'person' AND speaker IS NOT NULL AND person_id IS NULL)",
    );
    assert!(bad.is_empty(), "{bad:?}");
}

#[test]
fn no_pronoun_or_title_becomes_a_person() {
    let env = samples_db();
    let names = strings(&env.conn(), "SELECT name FROM people");
    for name in &names {
        let lower = name.to_lowercase();
        let first = lower.split(' ').next().unwrap_or_default();
        assert!(
            !matches!(lower.as_str(), "he" | "she" | "they" | "it" | "we" | "i"),
            "pronoun as a person: {name}"
        );
        assert!(
            !matches!(
                first,
                "sen." | "mayor" | "dr." | "rep." | "gov." | "creator" | "co-star" | "the"
            ),
            "title or article kept in a person's name: {name}"
        );
    }
}

#[test]
fn the_same_body_is_stored_once() {
    let env = TestEnv::new();
    let body = crate::util::text::FERRY;
    env.import_texts(&[("a.txt", body), ("b.txt", body)]);
    let hashes = strings(&env.conn(), "SELECT content_hash FROM articles");
    assert_eq!(hashes.len(), 1);
    assert_eq!(hashes[0].len(), 64, "sha-256 hex");
}

#[test]
fn a_database_from_a_newer_whosaid_is_refused() {
    let env = samples_db();
    env.conn().pragma_update(None, "user_version", 999).unwrap();
    let run = env.run(&["people"]);
    run.expect_code(2);
    assert!(run.stderr.contains("999"), "{}", run.stderr);
    assert!(run.stderr.contains("schema"), "{}", run.stderr);
}

#[test]
fn opening_an_existing_database_keeps_its_rows() {
    let env = samples_db();
    let before = env.counts();
    env.run(&["people"]).success();
    env.run(&["export"]).success();
    assert_eq!(env.counts(), before);
}
