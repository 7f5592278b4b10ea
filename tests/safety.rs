//! Nothing lost, nothing doubled, nothing injected (issue 10): closed pipes, CSV cells a
//! spreadsheet would run, repeated and replacing imports, and names or search text that look
//! like SQL.

use std::process::Stdio;

use crate::util::text::FERRY;
use crate::util::{IMPORTED_AT, SAMPLES, TestEnv};

/// Runs `whosaid --db <db> ARGS` with its stdout closed before it writes; returns the exit
/// code and stderr.
fn with_closed_stdout(env: &TestEnv, args: &[&str]) -> (i32, String) {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("whosaid"));
    cmd.env_remove("WHOSAID_DB")
        .current_dir(env.dir())
        .arg("--db")
        .arg(env.db())
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("spawn whosaid");
    drop(child.stdout.take()); // the reader goes away, as `| head -0` would
    let out = child.wait_with_output().expect("wait for whosaid");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (out.status.code().unwrap_or(-1), stderr)
}

#[test]
fn closed_stdout_exits_0_quietly_on_every_command() {
    let env = TestEnv::new();
    let sample = format!("{SAMPLES}/01_council_budget.txt");
    let import = ["import", "--imported-at", IMPORTED_AT, SAMPLES];
    let commands: [&[&str]; 8] = [
        &import,
        &["extract", &sample],
        &["extract", "--format", "jsonl", SAMPLES],
        &["sentences", &sample],
        &["people"],
        &["person", "Thornquist"],
        &["export"],
        &["people", "alias", "Thornquist", "The Senator"],
    ];
    for args in commands {
        let (code, stderr) = with_closed_stdout(&env, args);
        let shown = args.join(" ");
        assert_eq!(code, 0, "whosaid {shown}: exit {code}\n{stderr}");
        assert!(
            !stderr.contains("panicked"),
            "whosaid {shown} panicked:\n{stderr}"
        );
        assert!(
            !stderr.contains("Broken pipe"),
            "whosaid {shown}:\n{stderr}"
        );
    }
    assert!(
        env.count("articles") > 5,
        "the import went through with stdout closed"
    );
}

#[test]
fn export_neutralises_formula_cells_unless_raw() {
    let env = TestEnv::new();
    let text = "Date: 2025-04-01\nTitle: =HYPERLINK(\"http://x.test\",\"click\")\n\n\
        “=1+2 is what we owe,” said Mayor Lena Ford.\n\
        “@everyone should vote,” Ford added.\n";
    env.import_texts(&[("f.txt", text)]);
    let safe = env.run(&["export"]);
    safe.success();
    let mut rows = csv::Reader::from_reader(safe.stdout.as_bytes());
    let header = rows.headers().unwrap().clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let records: Vec<csv::StringRecord> = rows.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 2);
    for r in &records {
        assert!(r[col("article_title")].starts_with("'=HYPERLINK"), "{r:?}");
        let first = r[col("statement")].chars().next();
        assert_eq!(
            first,
            Some('“'),
            "a quote mark first needs no prefix: {r:?}"
        );
    }
    let raw = env.run(&["export", "--raw"]);
    raw.success();
    assert!(
        raw.stdout
            .contains("\"=HYPERLINK(\"\"http://x.test\"\",\"\"click\"\")\"")
    );
}

#[test]
fn statements_are_counted_as_stored_and_never_doubled() {
    let env = TestEnv::new();
    let first = env.import(&[SAMPLES]);
    first.success();
    let stored = env.count("statements");
    assert!(
        first.stdout.contains(&format!(": {stored} statements,")),
        "summary must count what was stored ({stored}): {}",
        first.stdout
    );
    let before = env.counts();
    let again = env.import(&[SAMPLES]);
    again.success();
    assert!(
        again.stdout.contains("imported 0 articles"),
        "{}",
        again.stdout
    );
    assert!(again.stdout.contains(": 0 statements,"), "{}", again.stdout);
    assert_eq!(env.counts(), before);
}

#[test]
fn replace_re_extracts_present_articles_in_place() {
    let env = TestEnv::new();
    env.import(&[SAMPLES]).success();
    let before = env.counts();
    let ids = |env: &TestEnv| -> Vec<i64> {
        let conn = env.conn();
        let mut s = conn.prepare("SELECT id FROM articles ORDER BY id").unwrap();
        s.query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    let article_ids = ids(&env);
    // Damage the stored statements, as an older whosaid's extraction would differ.
    env.conn()
        .execute("DELETE FROM statements WHERE id % 3 = 0", [])
        .unwrap();
    let run = env.import(&["--replace", SAMPLES]);
    run.success();
    let n = article_ids.len();
    assert!(run.stdout.contains(&format!(
        "imported 0 articles ({n} re-extracted, 0 skipped)"
    )));
    assert_eq!(env.counts(), before, "exactly a clean run's rows again");
    assert_eq!(ids(&env), article_ids, "articles keep their ids");
}

#[test]
fn names_and_search_text_that_look_like_sql_or_patterns_match_only_themselves() {
    let env = TestEnv::new();
    let obrien = "Date: 2025-05-05\n\n“We fixed the lights,” said Councillor Niamh O'Brien.\n";
    env.import_texts(&[("o.txt", obrien), ("f.txt", FERRY)]);
    let found = env.run(&["person", "O'Brien"]);
    found.success();
    assert!(
        found.stdout.contains("Niamh O'Brien: 1 statement"),
        "{}",
        found.stdout
    );
    for pattern in [
        "%",
        "_",
        "' OR '1'='1",
        "\"; DROP TABLE people; --",
        "%a%",
        "N_amh",
    ] {
        let run = env.run(&["person", pattern]);
        run.expect_code(2);
        assert!(
            run.stderr.contains("nobody called"),
            "{pattern}: {}",
            run.stderr
        );
    }
    assert_eq!(env.count("people"), 2, "still two people");
    let alias = env.run(&["people", "alias", "O'Brien", "100%_sure"]);
    alias.success();
    assert!(env.run(&["person", "100%_sure"]).stdout.contains("O'Brien"));
    env.run(&["person", "100%"]).expect_code(2);
    assert_eq!(env.counts()[0], 2);
}

#[test]
fn error_writing_the_output_file_names_that_file() {
    let env = TestEnv::new();
    env.import(&[SAMPLES]).success();
    // /dev/full takes the open and refuses every write ("No space left on device").
    let run = env.run(&["export", "-o", "/dev/full"]);
    run.expect_code(2);
    assert!(
        run.stderr.contains("whosaid: /dev/full: "),
        "{}",
        run.stderr
    );
}
