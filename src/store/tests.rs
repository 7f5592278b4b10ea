//! Store tests on in-memory databases.

use super::*;
use crate::article::{Defaults, from_text};
use crate::extract::extract;

const ARTICLE: &str = "Title: Budget vote\nDate: 2025-03-14\n\n\
“We will vote on Friday,” said Mayor Rosa Linde.\n\
“It is not perfect,” Linde added.\n";

fn store_with_article() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    let (article, _) = from_text("a.txt", ARTICLE, &Defaults::default());
    let statements = extract(&article);
    store
        .import(&article, &statements, "2025-03-15T00:00:00Z")
        .unwrap();
    store
}

#[test]
fn fresh_database_has_the_schema_version_and_tables() {
    let store = Store::open_in_memory().unwrap();
    let version: i64 = store
        .conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, SCHEMA_VERSION);
    let tables: i64 = store
        .conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'statements_fts%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        tables, 6,
        "articles, people, aliases, statements, corrections, person_counts"
    );
    let fk: i64 = store
        .conn
        .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
        .unwrap();
    assert_eq!(fk, 1);
}

#[test]
fn importing_the_same_article_twice_changes_nothing() {
    let mut store = store_with_article();
    let before = store.counts().unwrap();
    assert_eq!(before, (1, 2, 1));
    let (article, _) = from_text("copy.txt", ARTICLE, &Defaults::default());
    let again = store
        .import(&article, &extract(&article), "2025-03-16T00:00:00Z")
        .unwrap();
    assert!(!again.new);
    assert_eq!(store.counts().unwrap(), before);
}

#[test]
fn schema_too_new_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.db");
    {
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    let err = Store::open(&path).unwrap_err();
    assert!(
        matches!(err, Error::SchemaTooNew { found: 99, .. }),
        "{err}"
    );
}

#[test]
fn person_lookup_by_surname_alias_and_accents() {
    let mut store = store_with_article();
    let PersonMatch::One(rosa) = store.find_person("linde").unwrap() else {
        panic!("no Linde")
    };
    assert_eq!(rosa.name, "Rosa Linde");
    store.add_alias(&rosa, "Rósa the Mayor").unwrap();
    assert_eq!(
        store.find_person("rosa the mayor").unwrap(),
        PersonMatch::One(rosa.clone())
    );
    assert_eq!(store.find_person("Nobody").unwrap(), PersonMatch::None);
    // A given name alone, or part of a hyphenated name, finds the one person who has it.
    assert_eq!(
        store.find_person("ROSA").unwrap(),
        PersonMatch::One(rosa.clone())
    );
}

#[test]
fn merge_moves_statements_and_removes_the_duplicate() {
    let mut store = store_with_article();
    let text = "Date: 2025-04-01\n\n“Roads first,” said Councilwoman Rosie Lind.\n";
    let (article, _) = from_text("b.txt", text, &Defaults::default());
    store
        .import(&article, &extract(&article), "2025-04-02T00:00:00Z")
        .unwrap();
    let PersonMatch::One(rosa) = store.find_person("Rosa Linde").unwrap() else {
        panic!()
    };
    let PersonMatch::One(rosie) = store.find_person("Rosie Lind").unwrap() else {
        panic!()
    };
    store
        .merge_people(&rosa, &rosie, "2025-04-03T00:00:00Z")
        .unwrap();
    let rows = store
        .timeline(&TimelineFilter {
            person: Some(rosa.id),
            ..TimelineFilter::default()
        })
        .unwrap();
    assert_eq!(rows.len(), 3);
    assert_eq!(
        store.find_person("Rosie Lind").unwrap(),
        PersonMatch::One(rosa)
    );
}

/// Per person: statements, first and last said_on, counted from the statements themselves.
fn counted(store: &Store) -> Vec<(i64, i64, Option<String>, Option<String>)> {
    per_person(
        store,
        "SELECT person_id, count(*), min(said_on), max(said_on) FROM statements \
         WHERE person_id IS NOT NULL GROUP BY person_id ORDER BY person_id",
    )
}

/// The same from the kept counts.
fn kept(store: &Store) -> Vec<(i64, i64, Option<String>, Option<String>)> {
    per_person(
        store,
        "SELECT person_id, statements, first_said, last_said FROM person_counts \
         WHERE statements > 0 ORDER BY person_id",
    )
}

fn per_person(store: &Store, sql: &str) -> Vec<(i64, i64, Option<String>, Option<String>)> {
    let mut stmt = store.conn.prepare(sql).unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn kept_person_counts_follow_imports_corrections_merges_and_replacing() {
    let mut store = store_with_article();
    let second = "Title: Ferry\nDate: 2025-05-02\n\n\
        “The ferry runs again in June,” said Tom Park, the harbour master.\n\
        “We are glad,” said Rosa Linde.\n\
        Park said the repairs had cost more than planned.\n";
    let (article, _) = from_text("b.txt", second, &Defaults::default());
    store
        .import(&article, &extract(&article), "2025-05-03T00:00:00Z")
        .unwrap();
    let check = |store: &Store, step: &str| {
        assert_eq!(kept(store), counted(store), "after {step}");
    };
    check(&store, "imports");
    assert!(kept(&store).len() >= 2, "{:?}", kept(&store));
    let ids: Vec<String> = store
        .timeline(&TimelineFilter::default())
        .unwrap()
        .into_iter()
        .map(|r| r.id)
        .collect();
    let at = "2025-06-01T00:00:00Z";
    let day = chrono::NaiveDate::from_ymd_opt(2024, 1, 9).unwrap();
    store.correct(&ids[0], &Change::Date(day), at).unwrap();
    check(&store, "a date correction");
    store
        .correct(&ids[1], &Change::Speaker("Tom Park".into()), at)
        .unwrap();
    check(&store, "a speaker correction");
    store.correct(&ids[2], &Change::NotStatement, at).unwrap();
    check(&store, "a statement removed");
    let (rosa, tom) = (
        store.one_person("Rosa Linde").unwrap(),
        store.one_person("Tom Park").unwrap(),
    );
    store.merge_people(&rosa, &tom, at).unwrap();
    check(&store, "a merge");
    store.split_person(&rosa, "Tom Park", at).unwrap();
    check(&store, "a split");
    store
        .replace(&article, &extract(&article), "2025-06-02T00:00:00Z")
        .unwrap();
    check(&store, "re-extraction");
    store.set_speaker_kind("Tom Park", false, at).unwrap();
    check(&store, "a person made an organisation");
    let people = store.people(false).unwrap();
    let rosa_row = people.iter().find(|p| p.name == "Rosa Linde").unwrap();
    let n = counted(&store)
        .into_iter()
        .find(|c| c.0 == rosa.id.0)
        .map_or(0, |c| c.1);
    assert_eq!(rosa_row.statements, n, "people reads the kept counts");
}

#[test]
fn cached_people_lookups_are_not_compiled_again_at_each_use() {
    let store = Store::open_in_memory().unwrap();
    for key in ["ruiz", "vale", "ruiz", "0"] {
        queries::people_by_surname(&store.conn, key).unwrap();
    }
    let stmt = store
        .conn
        .prepare_cached("SELECT id, name FROM people WHERE surname_key = ?1 ORDER BY id")
        .unwrap();
    assert_eq!(stmt.get_status(rusqlite::StatementStatus::RePrepare), 0);
}
