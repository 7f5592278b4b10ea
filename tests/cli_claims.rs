//! Claims beyond speech through the real binary: left out of `person`, `export`, `timeline`
//! and the `people` counts unless `--all-claims` (or `--kind`) asks for them, found by
//! `search` with their kind, and stored in a database migrated from before they existed.
//!
//! The articles were written for these tests; names and events are invented.

use crate::util::TestEnv;

const FERRY: &str = "Title: Ferry timetable\nDate: 2025-05-06\nSource: The Tideline\n\n\
“The winter sailings will stay,” said harbour master Ines Calloway.\n\n\
Calloway believes the new boat will arrive before October. She plans to add a night crossing.\n\n\
A survey released Monday by the island council found that 70% of riders want later sailings.\n";

fn env() -> TestEnv {
    let env = TestEnv::new();
    env.import_texts(&[("ferry.txt", FERRY)]).success();
    env
}

fn kinds(run: &crate::util::Run, field: &str) -> Vec<String> {
    run.jsonl()
        .iter()
        .map(|v| v[field].as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn person_lists_speech_unless_all_claims_is_given() {
    let env = env();
    let speech = env.run(&["person", "Calloway", "--format", "jsonl"]);
    speech.success();
    assert_eq!(kinds(&speech, "kind"), ["direct"], "{}", speech.stdout);
    let all = env.run(&["person", "Calloway", "--all-claims", "--format", "jsonl"]);
    all.success();
    let mut got = kinds(&all, "kind");
    got.sort();
    assert_eq!(got, ["belief", "direct", "intention"], "{}", all.stdout);
}

#[test]
fn kind_asks_for_one_claim_kind_without_all_claims() {
    let env = env();
    let run = env.run(&[
        "person", "Calloway", "--kind", "belief", "--format", "jsonl",
    ]);
    run.success();
    let statements = kinds(&run, "statement");
    assert_eq!(statements.len(), 1, "{}", run.stdout);
    assert!(statements[0].contains("new boat"), "{statements:?}");
}

#[test]
fn export_and_people_counts_leave_claims_out_by_default() {
    let env = env();
    let csv = env.run(&["export"]);
    csv.success();
    // Header plus the one quotation.
    assert_eq!(csv.stdout.lines().count(), 2, "{}", csv.stdout);
    let all = env.run(&["export", "--all-claims"]);
    assert_eq!(all.stdout.lines().count(), 5, "{}", all.stdout);
    let count = |args: &[&str]| -> i64 {
        let run = env.run(args);
        run.success();
        run.jsonl()
            .iter()
            .find(|v| v["name"].as_str().is_some_and(|n| n.contains("Calloway")))
            .and_then(|v| v["statements"].as_i64())
            .unwrap_or_else(|| panic!("no Calloway in {}", run.stdout))
    };
    assert_eq!(count(&["people", "--format", "jsonl"]), 1);
    assert_eq!(count(&["people", "--all-claims", "--format", "jsonl"]), 3);
}

#[test]
fn the_survey_is_a_document_listed_by_people_kind_document() {
    let env = env();
    let run = env.run(&[
        "people",
        "--kind",
        "document",
        "--all-claims",
        "--format",
        "jsonl",
    ]);
    run.success();
    let names = kinds(&run, "name");
    assert_eq!(names.len(), 1, "{}", run.stdout);
    assert!(names[0].contains("survey"), "{names:?}");
}

#[test]
fn search_finds_claims_and_shows_their_kind() {
    let env = env();
    let run = env.run(&["search", "boat"]);
    run.success();
    assert!(run.stdout.contains("[belief]"), "{}", run.stdout);
    let polls = env.run(&["search", "riders", "--kind", "poll", "--format", "jsonl"]);
    polls.success();
    assert_eq!(kinds(&polls, "kind"), ["poll"], "{}", polls.stdout);
}

#[test]
fn an_unknown_kind_names_the_claim_kinds() {
    let env = env();
    let run = env.run(&["person", "Calloway", "--kind", "opinion"]);
    run.expect_code(2);
    assert!(
        run.stderr
            .contains("belief, intention, finding, poll, stance or assessment"),
        "{}",
        run.stderr
    );
}

/// The schema of the version before claims: today's, with the narrower CHECKs it had then.
fn schema_before_claims() -> String {
    let schema = include_str!("../schema.sql");
    let kind = "('direct', 'mixed', 'indirect', 'belief', 'intention', 'finding', 'poll', 'stance',\n         'assessment')";
    let speaker = "('person', 'organization', 'anonymous', 'document', 'unknown')";
    assert!(schema.contains(kind) && schema.contains(speaker));
    // The byline column came in the step after claims.
    let byline = schema
        .find("    -- Who wrote it")
        .expect("the byline column");
    let byline_end = schema[byline..].find(") STRICT").unwrap() + byline;
    let schema = format!(
        "{}{}",
        schema[..byline].trim_end().trim_end_matches(','),
        &schema[byline_end - 1..]
    );
    schema
        .replace(kind, "('direct', 'mixed', 'indirect')")
        .replace(
            speaker,
            "('person', 'organization', 'anonymous', 'unknown')",
        )
}

#[test]
fn a_database_from_before_claims_migrates_and_then_stores_claims() {
    // The version this build writes, read off a fresh database: three before (claims, the
    // byline, then stances) is the one before claims.
    let fresh = env();
    let current: i64 = fresh
        .conn()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    let env = TestEnv::new();
    {
        let conn = rusqlite::Connection::open(env.db()).unwrap();
        conn.execute_batch(&schema_before_claims()).unwrap();
        conn.pragma_update(None, "user_version", current - 3)
            .unwrap();
        let belief = "INSERT INTO statements (article_id, start_offset, end_offset, kind, text, speaker_kind) \
             VALUES (1, 0, 5, 'belief', 'Body.', 'unknown')";
        conn.execute_batch(
            "INSERT INTO articles (content_hash, external_id, body, imported_at) \
             VALUES ('h', 'old.txt', 'Body of an old article.', '2025-01-01T00:00:00Z');
             INSERT INTO statements (article_id, start_offset, end_offset, kind, text, speaker_kind) \
             VALUES (1, 0, 4, 'indirect', 'Body', 'unknown');",
        )
        .unwrap();
        assert!(
            conn.execute(belief, []).is_err(),
            "version 3 has no beliefs"
        );
    }
    let run = env.import_texts(&[("ferry.txt", FERRY)]);
    assert!(
        run.stderr.contains(&format!(
            "from schema version {} to {current} (done once)",
            current - 3
        )),
        "{}",
        run.stderr
    );
    run.success();
    let conn = env.conn();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, current);
    let old: i64 = conn
        .query_row(
            "SELECT count(*) FROM statements WHERE text = 'Body'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(old, 1, "the old statement survived the rebuild");
    let beliefs: i64 = conn
        .query_row(
            "SELECT count(*) FROM statements WHERE kind = 'belief'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(beliefs, 1);
    let found = env.run(&["search", "Body", "--format", "jsonl"]);
    found.success();
    assert_eq!(
        found.jsonl().len(),
        1,
        "the old row is still searchable: {}",
        found.stdout
    );
}
