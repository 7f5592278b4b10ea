//! Corrections (`correct`, `people merge/split/alias/rename/kind`, `corrections`) through the
//! real binary: applied in listings and exports, and applied again when an article is
//! imported again and re-extracted.

use crate::util::TestEnv;

const FERRY: &str = "Title: Ferry timetable\nDate: 2025-05-09\n\n\
The ferry timetable will change in June, the minister said on Friday.\n\n\
“Nobody will wait more than an hour,” the minister said.\n";

const SUBSIDY: &str = "Title: Ferry subsidy\nDate: 2025-05-02\n\n\
“The islands deserve a reliable crossing,” said Transport Minister Eleanor Ashdown.\n\n\
Consumer Voice said fares would still rise. “This is a half measure,” said Consumer Voice.\n\n\
“We read the rules twice,” said Harlan Webb of the ferry operator.\n";

fn env() -> TestEnv {
    let env = TestEnv::new();
    env.import_texts(&[("ferry.txt", FERRY), ("subsidy.txt", SUBSIDY)]);
    env
}

/// `export` rows as JSON-like maps: (id, speaker, kind, said_on, corrected).
fn export_rows(env: &TestEnv) -> Vec<[String; 5]> {
    let run = env.run(&["export"]);
    let mut reader = csv::Reader::from_reader(run.success().stdout.as_bytes());
    let header = reader.headers().unwrap().clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let cols = ["id", "speaker", "kind", "said_on", "corrected"].map(col);
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            cols.map(|c| r[c].to_string())
        })
        .collect()
}

fn row_of<'a>(rows: &'a [[String; 5]], id: &str) -> Option<&'a [String; 5]> {
    rows.iter().find(|r| r[0] == id)
}

/// The id of the statement whose text contains `words`.
fn id_of(env: &TestEnv, words: &str) -> String {
    let run = env.run(&["search", &format!("\"{words}\""), "--format", "jsonl"]);
    run.success().jsonl()[0]["id"].as_str().unwrap().to_string()
}

/// Removes the article (its statements go with it) and imports the file again, so whosaid
/// extracts it afresh: what `import --replace` does to an article.
fn reimport_fresh(env: &TestEnv, title: &str, file: &str) {
    env.conn()
        .execute("DELETE FROM articles WHERE title = ?1", [title])
        .unwrap();
    env.import(&[env.path(file)]).success();
}

#[test]
fn merging_a_descriptor_that_export_lists_into_a_person_works() {
    let env = env();
    assert!(export_rows(&env).iter().any(|r| r[1] == "the minister"));
    let run = env.run(&["people", "merge", "Eleanor Ashdown", "the minister"]);
    assert!(
        run.success().stdout.contains("gave 2 statements"),
        "{}",
        run.stdout
    );
    let rows = export_rows(&env);
    assert!(!rows.iter().any(|r| r[1] == "the minister"));
    assert_eq!(rows.iter().filter(|r| r[1] == "Eleanor Ashdown").count(), 3);
    assert!(
        rows.iter()
            .filter(|r| r[1] == "Eleanor Ashdown")
            .any(|r| r[4] == "speaker")
    );
}

#[test]
fn alias_for_a_descriptor_takes_effect_now_and_at_later_imports() {
    let env = TestEnv::new();
    env.import_texts(&[("subsidy.txt", SUBSIDY)]);
    let run = env.run(&["people", "alias", "Ashdown", "the minister"]);
    run.success();
    env.import_texts(&[("ferry.txt", FERRY)]);
    let rows = export_rows(&env);
    assert_eq!(
        rows.iter().filter(|r| r[1] == "Eleanor Ashdown").count(),
        3,
        "{rows:?}"
    );
    let person = env.run(&["person", "the minister", "--format", "jsonl"]);
    assert_eq!(person.success().jsonl().len(), 3);
}

#[test]
fn statement_corrections_apply_in_listings_and_survive_reextraction() {
    let env = env();
    let webb = id_of(&env, "read the rules twice");
    let measure = id_of(&env, "half measure");
    let wait = id_of(&env, "wait more than");
    env.run(&[
        "correct",
        &webb,
        "--speaker",
        "Ashdown",
        "--date",
        "2025-04-30",
    ])
    .success();
    env.run(&["correct", &measure, "--not-a-statement"])
        .success();
    env.run(&["correct", &wait, "--kind", "indirect"]).success();
    let check = |env: &TestEnv| {
        let rows = export_rows(env);
        let w = row_of(&rows, &webb).expect("webb row");
        assert_eq!(
            (w[1].as_str(), w[3].as_str()),
            ("Eleanor Ashdown", "2025-04-30")
        );
        assert!(w[4].contains("speaker") && w[4].contains("date"), "{w:?}");
        assert!(row_of(&rows, &measure).is_none(), "not a statement: gone");
        assert_eq!(row_of(&rows, &wait).unwrap()[2], "indirect");
        assert_eq!(row_of(&rows, &wait).unwrap()[4], "kind");
    };
    check(&env);
    // A plain re-import of the same files changes nothing and keeps the corrections.
    env.import(&[env.path("ferry.txt"), env.path("subsidy.txt")])
        .success();
    check(&env);
    // `import --replace` extracts both articles again and applies the corrections again.
    let files = [env.path("ferry.txt"), env.path("subsidy.txt")];
    let replaced = env.run(
        &[
            &["import", "--replace"][..],
            &files
                .iter()
                .map(|p| p.to_str().unwrap())
                .collect::<Vec<_>>(),
        ]
        .concat(),
    );
    replaced.success();
    check(&env);
    // So does importing them again after they were removed.
    reimport_fresh(&env, "Ferry subsidy", "subsidy.txt");
    reimport_fresh(&env, "Ferry timetable", "ferry.txt");
    check(&env);
    let list = env.run(&["corrections", "--format", "jsonl"]);
    let actions: Vec<String> = list
        .success()
        .jsonl()
        .iter()
        .map(|v| v["action"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(actions, ["speaker", "date", "not_statement", "kind"]);
}

#[test]
fn person_and_organisation_corrections_survive_reextraction() {
    let env = env();
    env.run(&["people", "kind", "Consumer Voice", "organization"])
        .success();
    env.run(&["people", "rename", "Harlan Webb", "Harlan J. Webb"])
        .success();
    let check = |env: &TestEnv| {
        let people = env.run(&["people", "--format", "jsonl"]).jsonl();
        let names: Vec<&str> = people.iter().map(|v| v["name"].as_str().unwrap()).collect();
        assert!(!names.contains(&"Consumer Voice"), "{names:?}");
        assert!(names.contains(&"Harlan J. Webb"), "{names:?}");
        let orgs = env
            .run(&["people", "--kind", "organization", "--format", "jsonl"])
            .jsonl();
        assert!(
            orgs.iter()
                .any(|v| v["name"] == "Consumer Voice" && v["kind"] == "organization")
        );
    };
    check(&env);
    env.run(&[
        "import",
        "--replace",
        env.path("subsidy.txt").to_str().unwrap(),
    ])
    .success();
    check(&env);
    reimport_fresh(&env, "Ferry subsidy", "subsidy.txt");
    check(&env);
    // And back: an organisation made a person.
    env.run(&["people", "kind", "Consumer Voice", "person"])
        .success();
    let people = env.run(&["people", "--format", "jsonl"]).jsonl();
    assert!(
        people
            .iter()
            .any(|v| v["name"] == "Consumer Voice" && v["statements"] == 2)
    );
}

#[test]
fn split_undoes_a_merge() {
    let env = env();
    env.run(&["people", "merge", "Eleanor Ashdown", "Harlan Webb"])
        .success();
    let merged = env
        .run(&["person", "Ashdown", "--format", "jsonl"])
        .jsonl()
        .len();
    assert_eq!(merged, 2);
    let run = env.run(&["people", "split", "Eleanor Ashdown", "Harlan Webb"]);
    assert!(
        run.success().stdout.contains("1 statement"),
        "{}",
        run.stdout
    );
    assert_eq!(
        env.run(&["person", "Ashdown", "--format", "jsonl"])
            .jsonl()
            .len(),
        1
    );
    assert_eq!(
        env.run(&["person", "Webb", "--format", "jsonl"])
            .jsonl()
            .len(),
        1
    );
    let again = env.run(&["people", "split", "Eleanor Ashdown", "Harlan Webb"]);
    again.expect_code(2);
    assert!(again.stderr.contains("no merge"), "{}", again.stderr);
}

#[test]
fn people_kind_lists_speakers_with_a_kind_column() {
    let env = env();
    let all = env.run(&["people", "--kind", "all"]);
    let out = &all.success().stdout;
    assert!(out.lines().next().unwrap().contains("KIND"), "{out}");
    assert!(
        out.lines()
            .any(|l| l.starts_with("the minister") && l.contains("anonymous")),
        "{out}"
    );
    let anon = env
        .run(&["people", "--kind", "anonymous", "--format", "jsonl"])
        .jsonl();
    assert!(anon.iter().all(|v| v["kind"] == "anonymous"));
    assert!(!anon.is_empty());
}

#[test]
fn correct_without_a_change_or_with_a_bad_id_fails() {
    let env = env();
    let id = id_of(&env, "half measure");
    let run = env.run(&["correct", &id]);
    run.expect_code(2);
    assert!(run.stderr.contains("nothing to correct"), "{}", run.stderr);
    env.run(&["correct", "abcd0000:5", "--kind", "direct"])
        .expect_code(2);
    assert!(env.run(&["corrections"]).success().stdout.is_empty());
}

/// The id `corrections` gives the last correction made.
fn last_correction(env: &TestEnv) -> String {
    let list = env
        .run(&["corrections", "--format", "jsonl"])
        .success()
        .jsonl();
    list.last().unwrap()["id"].to_string()
}

fn replace_all(env: &TestEnv) {
    let files = [env.path("ferry.txt"), env.path("subsidy.txt")];
    let files: Vec<&str> = files.iter().map(|p| p.to_str().unwrap()).collect();
    env.run(&[&["import", "--replace"][..], &files].concat())
        .success();
}

#[test]
fn undoing_a_statement_correction_restores_it_and_it_stays_undone_after_reimport() {
    let env = env();
    let webb = id_of(&env, "read the rules twice");
    let measure = id_of(&env, "half measure");
    let before = export_rows(&env);
    env.run(&["correct", &webb, "--speaker", "Ashdown"])
        .success();
    let speaker = last_correction(&env);
    env.run(&["correct", &webb, "--kind", "indirect"]).success();
    env.run(&["correct", &measure, "--not-a-statement"])
        .success();
    let dropped = last_correction(&env);
    let undone = env.run(&["corrections", "undo", &speaker]);
    assert!(
        undone.success().stdout.contains("undone correction"),
        "{}",
        undone.stdout
    );
    env.run(&["corrections", "undo", &dropped]).success();
    let check = |env: &TestEnv| {
        let rows = export_rows(env);
        let w = row_of(&rows, &webb).unwrap();
        assert_eq!(w[1], row_of(&before, &webb).unwrap()[1], "speaker back");
        assert_eq!((w[2].as_str(), w[4].as_str()), ("indirect", "kind"));
        assert_eq!(row_of(&rows, &measure), row_of(&before, &measure), "back");
    };
    check(&env);
    replace_all(&env);
    check(&env);
    reimport_fresh(&env, "Ferry subsidy", "subsidy.txt");
    check(&env);
    let left = env
        .run(&["corrections", "--format", "jsonl"])
        .success()
        .jsonl();
    assert_eq!(left.len(), 1, "only the kind correction is left");
    let again = env.run(&["corrections", "undo", &speaker]);
    assert_eq!(again.code, 2, "an undone correction is gone");
    assert!(again.stderr.contains("no correction"), "{}", again.stderr);
}

#[test]
fn person_corrections_mark_rows_and_undo_reverses_them() {
    let env = env();
    let webb = id_of(&env, "read the rules twice");
    env.run(&["people", "rename", "Harlan Webb", "Harlan J. Webb"])
        .success();
    let rename = last_correction(&env);
    env.run(&["people", "kind", "Consumer Voice", "organization"])
        .success();
    let kind = last_correction(&env);
    let rows = export_rows(&env);
    assert_eq!(row_of(&rows, &webb).unwrap()[4], "rename");
    assert!(
        export_rows(&env)
            .iter()
            .any(|r| r[1] == "Consumer Voice" && r[4] == "speaker_kind")
    );
    let shown = env
        .run(&["show", &webb, "--format", "json"])
        .success()
        .stdout
        .clone();
    assert!(shown.contains("rename"), "{shown}");
    env.run(&["corrections", "undo", &rename]).success();
    env.run(&["corrections", "undo", &kind]).success();
    let check = |env: &TestEnv| {
        let people = env.run(&["people", "--format", "jsonl"]).jsonl();
        let webb_row = people.iter().find(|v| v["name"] == "Harlan Webb");
        assert!(webb_row.is_some(), "renamed back: {people:?}");
        assert!(
            people.iter().any(|v| v["name"] == "Consumer Voice"),
            "a person again: {people:?}"
        );
        let rows = export_rows(env);
        assert_eq!(row_of(&rows, &webb).unwrap()[4], "", "no longer marked");
    };
    check(&env);
    replace_all(&env);
    check(&env);
}

/// The aliases a user correction added.
fn user_aliases(env: &TestEnv) -> Vec<String> {
    env.conn()
        .prepare("SELECT alias FROM aliases WHERE origin = 'user' ORDER BY alias")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn undoing_a_rename_leaves_neither_name_as_a_user_alias() {
    let env = env();
    env.run(&["people", "rename", "Harlan Webb", "Harlan J. Webb"])
        .success();
    let first = user_aliases(&env);
    // A rename keeps both names as user aliases where the articles gave none ("Harlan J.
    // Webb", the second rename's old name, is one).
    env.run(&["people", "rename", "Harlan J. Webb", "Hal Webb"])
        .success();
    assert!(user_aliases(&env).contains(&"Harlan J. Webb".to_string()));
    let second = last_correction(&env);
    env.run(&["corrections", "undo", &second]).success();
    let people = env.run(&["people", "--format", "jsonl"]).jsonl();
    assert!(
        people.iter().any(|v| v["name"] == "Harlan J. Webb"),
        "{people:?}"
    );
    let left = user_aliases(&env);
    assert!(!left.contains(&"Hal Webb".to_string()), "{left:?}");
    assert!(!left.contains(&"Harlan J. Webb".to_string()), "{left:?}");
    assert!(
        left.iter().all(|a| first.contains(a)),
        "{left:?} beyond {first:?}"
    );
    replace_all(&env);
    assert!(user_aliases(&env).iter().all(|a| a != "Hal Webb"));
}

#[test]
fn undoing_a_merge_splits_it_and_undoing_the_split_merges_again() {
    let env = env();
    env.run(&["people", "merge", "Eleanor Ashdown", "Harlan Webb"])
        .success();
    let merge = last_correction(&env);
    let names = |env: &TestEnv| -> Vec<String> {
        env.run(&["people", "--format", "jsonl"])
            .jsonl()
            .iter()
            .map(|v| v["name"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(!names(&env).contains(&"Harlan Webb".to_string()));
    env.run(&["corrections", "undo", &merge]).success();
    assert!(names(&env).contains(&"Harlan Webb".to_string()));
    replace_all(&env);
    assert!(
        names(&env).contains(&"Harlan Webb".to_string()),
        "stays split"
    );
    env.run(&["people", "merge", "Eleanor Ashdown", "Harlan Webb"])
        .success();
    env.run(&["people", "split", "Eleanor Ashdown", "Harlan Webb"])
        .success();
    let split = last_correction(&env);
    env.run(&["corrections", "undo", &split]).success();
    assert!(
        !names(&env).contains(&"Harlan Webb".to_string()),
        "merged again"
    );
}
