//! `people`, `person`, `export` and the people corrections, through the real binary on
//! articles written for these tests.

use std::collections::HashMap;

use crate::util::text::{self, plain};
use crate::util::{TestEnv, char_slice};

/// Columns issue 2 requires in the export CSV.
const REQUIRED_COLUMNS: [&str; 13] = [
    "said_on",
    "speaker",
    "kind",
    "statement",
    "cue",
    "speaker_mention",
    "article_title",
    "article_source",
    "article_url",
    "published_on",
    "article_id",
    "start",
    "end",
];

fn vance() -> TestEnv {
    let env = TestEnv::new();
    // Imported out of date order on purpose: the timeline must sort by date.
    env.import_texts(&[
        ("mar.txt", text::VANCE_MAR),
        ("jan.txt", text::VANCE_JAN),
        ("feb.txt", text::VANCE_FEB),
        ("ferry.txt", text::FERRY),
    ]);
    env
}

/// CSV text parsed into header-keyed rows.
fn csv_rows(csv_text: &str) -> (Vec<String>, Vec<HashMap<String, String>>) {
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let rows = reader
        .records()
        .map(|r| {
            let r = r.expect("valid CSV record");
            header
                .iter()
                .cloned()
                .zip(r.iter().map(String::from))
                .collect()
        })
        .collect();
    (header, rows)
}

fn field<'a>(v: &'a serde_json::Value, key: &str) -> &'a str {
    v[key]
        .as_str()
        .unwrap_or_else(|| panic!("{key} missing in {v}"))
}

#[test]
fn people_lists_names_with_counts_and_first_last_dates() {
    let env = vance();
    let run = env.run(&["people"]);
    run.success();
    assert!(run.stdout.contains("Harriet Vance"), "{}", run.stdout);
    assert!(run.stdout.contains("José Peña"), "{}", run.stdout);
    let people = env.run(&["people", "--format", "jsonl"]).jsonl();
    let vance = people
        .iter()
        .find(|p| p["name"] == "Harriet Vance")
        .expect("Harriet Vance listed");
    assert_eq!(vance["statements"], 3);
    assert_eq!(vance["first"], "2025-01-10");
    assert_eq!(vance["last"], "2025-03-10");
    let pena = people.iter().find(|p| p["name"] == "José Peña").unwrap();
    assert_eq!(pena["statements"], 2);
}

#[test]
fn person_by_full_name_lists_statements_oldest_first() {
    let env = vance();
    let rows = env
        .run(&["person", "Harriet Vance", "--format", "jsonl"])
        .jsonl();
    let dates: Vec<&str> = rows.iter().map(|r| field(r, "said_on")).collect();
    assert_eq!(dates, ["2025-01-10", "2025-02-10", "2025-03-10"]);
    assert!(rows.iter().all(|r| r["speaker"] == "Harriet Vance"));
    assert_eq!(rows[0]["article_title"], "Tunnel plan unveiled");
}

#[test]
fn person_table_shows_name_and_statements() {
    let env = vance();
    let run = env.run(&["person", "Harriet Vance"]);
    run.success();
    assert!(run.stdout.contains("Harriet Vance"), "{}", run.stdout);
    assert!(
        run.stdout.contains("We are finally underground"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("Tunnel digging begins"),
        "{}",
        run.stdout
    );
}

#[test]
fn person_by_unique_surname() {
    let env = vance();
    let rows = env.run(&["person", "Vance", "--format", "jsonl"]).jsonl();
    assert_eq!(rows.len(), 3);
}

#[test]
fn person_ignores_case_and_accents() {
    let env = vance();
    for name in ["jose pena", "JOSÉ PEÑA", "pena", "Peña"] {
        let run = env.run(&["person", name, "--format", "jsonl"]);
        run.success();
        let rows = run.jsonl();
        assert_eq!(rows.len(), 2, "{name}");
        assert!(rows.iter().all(|r| r["speaker"] == "José Peña"), "{name}");
    }
}

#[test]
fn ambiguous_surname_lists_candidates_and_fails() {
    let env = TestEnv::new();
    env.import_texts(&[
        ("anna.txt", text::LINDGREN_ANNA),
        ("erik.txt", text::LINDGREN_ERIK),
    ]);
    let run = env.run(&["person", "Lindgren"]);
    assert_ne!(run.code, 0);
    assert!(run.stderr.contains("Anna Lindgren"), "{}", run.stderr);
    assert!(run.stderr.contains("Erik Lindgren"), "{}", run.stderr);
    let one = env.run(&["person", "Erik Lindgren", "--format", "jsonl"]);
    one.success();
    assert_eq!(one.jsonl().len(), 1);
}

#[test]
fn unknown_person_fails_and_points_to_people() {
    let env = vance();
    let run = env.run(&["person", "Nobody Atall"]);
    run.expect_code(2);
    assert!(run.stderr.contains("Nobody Atall"), "{}", run.stderr);
    assert!(run.stderr.contains("whosaid people"), "{}", run.stderr);
}

#[test]
fn from_and_to_filter_by_date_inclusive() {
    let env = vance();
    let args = [
        "person",
        "Vance",
        "--format",
        "jsonl",
        "--from",
        "2025-02-10",
    ];
    let rows = env.run(&args).jsonl();
    let dates: Vec<&str> = rows.iter().map(|r| field(r, "said_on")).collect();
    assert_eq!(dates, ["2025-02-10", "2025-03-10"]);
    let args = ["person", "Vance", "--format", "jsonl", "--to", "2025-02-10"];
    let rows = env.run(&args).jsonl();
    let dates: Vec<&str> = rows.iter().map(|r| field(r, "said_on")).collect();
    assert_eq!(dates, ["2025-01-10", "2025-02-10"]);
    let args = [
        "person",
        "Vance",
        "--from",
        "2025-01-11",
        "--to",
        "2025-03-09",
    ];
    let rows = env
        .run(&[&args[..], &["--format", "jsonl"]].concat())
        .jsonl();
    assert_eq!(rows.len(), 1);
}

#[test]
fn kind_filter() {
    let env = vance();
    let rows = env
        .run(&["person", "Vance", "--kind", "indirect", "--format", "jsonl"])
        .jsonl();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["kind"], "indirect");
    assert!(field(&rows[0], "statement").contains("ask the state for more money"));
    let rows = env
        .run(&["person", "Vance", "--kind", "direct", "--format", "jsonl"])
        .jsonl();
    assert_eq!(rows.len(), 2);
}

#[test]
fn bad_filter_values_exit_2() {
    let env = vance();
    env.run(&["person", "Vance", "--kind", "rumour"])
        .expect_code(2);
    env.run(&["person", "Vance", "--from", "last tuesday"])
        .expect_code(2);
    env.run(&["export", "--to", "2025-02-30"]).expect_code(2);
}

#[test]
fn person_csv_format_parses() {
    let env = vance();
    let run = env.run(&["person", "Vance", "--format", "csv"]);
    run.success();
    let (header, rows) = csv_rows(&run.stdout);
    assert!(header.iter().any(|h| h == "said_on"), "{header:?}");
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[2]["statement"], "“We are finally underground,”");
}

#[test]
fn export_csv_has_required_columns_and_parses_back() {
    let env = vance();
    let run = env.run(&["export"]);
    run.success();
    let (header, rows) = csv_rows(&run.stdout);
    for col in REQUIRED_COLUMNS {
        assert!(
            header.iter().any(|h| h == col),
            "export lacks column {col}: {header:?}"
        );
    }
    assert_eq!(rows.len() as i64, env.count("statements"));
    let ferry = rows.iter().find(|r| r["speaker"] == "José Peña").unwrap();
    assert_eq!(ferry["article_source"], "Bayside Gazette");
    assert_eq!(ferry["article_url"], "https://example.org/bayside/ferry");
    assert_eq!(ferry["published_on"], "2024-11-05");
}

#[test]
fn export_statement_is_the_body_slice_in_characters() {
    let env = vance();
    env.import_texts(&[("okafor.txt", text::OKAFOR_SURNAME)]);
    env.import(&[crate::util::SAMPLES]).success();
    let (_, rows) = csv_rows(&env.run(&["export"]).stdout);
    assert!(rows.len() > 50, "{}", rows.len());
    let conn = env.conn();
    for row in rows {
        let id: i64 = row["article_id"].parse().unwrap();
        let body: String = conn
            .query_row("SELECT body FROM articles WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .unwrap();
        let start: usize = row["start"].parse().unwrap();
        let end: usize = row["end"].parse().unwrap();
        assert_eq!(
            char_slice(&body, start, end),
            row["statement"],
            "article {id}"
        );
    }
}

#[test]
fn export_to_file_with_o() {
    let env = vance();
    let run = env.run(&["export", "-o", "out.csv"]);
    run.success();
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    let written = std::fs::read_to_string(env.path("out.csv")).unwrap();
    let (_, rows) = csv_rows(&written);
    assert_eq!(rows.len() as i64, env.count("statements"));
}

#[test]
fn export_person_filter_and_dates() {
    let env = vance();
    let (_, rows) = csv_rows(&env.run(&["export", "--person", "Peña"]).stdout);
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().all(|r| r["speaker"] == "José Peña"));
    let args = [
        "export",
        "--person",
        "Harriet Vance",
        "--from",
        "2025-02-01",
    ];
    let (_, rows) = csv_rows(&env.run(&args).stdout);
    assert_eq!(rows.len(), 2);
}

#[test]
fn export_with_no_match_still_has_a_header() {
    let env = vance();
    let run = env.run(&["export", "--from", "2030-01-01"]);
    run.success();
    let (header, rows) = csv_rows(&run.stdout);
    assert!(rows.is_empty());
    for col in REQUIRED_COLUMNS {
        assert!(header.iter().any(|h| h == col), "{col}: {header:?}");
    }
}

#[test]
fn alias_lets_person_find_someone_by_another_name() {
    let env = vance();
    env.run(&["person", "Hattie"]).expect_code(2);
    env.run(&["people", "alias", "Harriet Vance", "Hattie"])
        .success();
    let rows = env.run(&["person", "hattie", "--format", "jsonl"]).jsonl();
    assert_eq!(rows.len(), 3);
    assert!(rows.iter().all(|r| r["speaker"] == "Harriet Vance"));
}

#[test]
fn merge_moves_statements_to_the_kept_person() {
    let env = TestEnv::new();
    env.import_texts(&[
        ("a.txt", &plain("Bea Sorensen", "The pier needs rebuilding")),
        (
            "b.txt",
            &plain("Beatrice Sorensen-Hale", "The pier can wait"),
        ),
    ]);
    assert_eq!(env.count("people"), 2);
    env.run(&["people", "merge", "Bea Sorensen", "Beatrice Sorensen-Hale"])
        .success();
    assert_eq!(env.count("people"), 1);
    let rows = env
        .run(&["person", "Bea Sorensen", "--format", "jsonl"])
        .jsonl();
    assert_eq!(rows.len(), 2);
    // The absorbed name still finds the merged person.
    let rows = env
        .run(&["person", "Beatrice Sorensen-Hale", "--format", "jsonl"])
        .jsonl();
    assert_eq!(rows.len(), 2);
}

#[test]
fn merging_a_person_into_themselves_fails() {
    let env = vance();
    let run = env.run(&["people", "merge", "Harriet Vance", "Vance"]);
    run.expect_code(2);
}

#[test]
fn same_person_named_differently_in_two_articles_is_one_person() {
    // Issue 4 target 5: "Sen. Margaret Okafor" in one article, "Okafor" in the next.
    let env = TestEnv::new();
    env.import_texts(&[("full.txt", text::OKAFOR_FULL)]);
    env.import_texts(&[("surname.txt", text::OKAFOR_SURNAME)]);
    assert_eq!(env.count("people"), 1);
    let rows = env.run(&["person", "Okafor", "--format", "jsonl"]).jsonl();
    assert_eq!(rows.len(), 3);
    assert!(
        rows.iter().all(|r| r["speaker"] == "Margaret Okafor"),
        "{rows:?}"
    );
}

#[test]
fn surname_first_then_full_name_is_still_one_person() {
    let env = TestEnv::new();
    env.import_texts(&[("surname.txt", text::OKAFOR_SURNAME)]);
    env.import_texts(&[("full.txt", text::OKAFOR_FULL)]);
    assert_eq!(env.count("people"), 1);
    let people = env.run(&["people", "--format", "jsonl"]).jsonl();
    assert_eq!(
        people[0]["name"], "Margaret Okafor",
        "the fullest form is canonical"
    );
}

#[test]
fn shared_surname_is_not_merged_silently() {
    let env = TestEnv::new();
    env.import_texts(&[
        ("anna.txt", text::LINDGREN_ANNA),
        ("erik.txt", text::LINDGREN_ERIK),
    ]);
    let bare = "Date: 2025-04-05\n\nThe frost passed.\n“We were lucky,” Lindgren said.\n";
    env.import_texts(&[("bare.txt", bare)]);
    let conn = env.conn();
    let merged: i64 = conn
        .query_row(
            "SELECT count(*) FROM statements s JOIN people p ON p.id = s.person_id \
             WHERE s.text LIKE '%We were lucky%' AND p.name IN ('Anna Lindgren', 'Erik Lindgren')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        merged, 0,
        "a bare shared surname was merged into one of two people"
    );
}
