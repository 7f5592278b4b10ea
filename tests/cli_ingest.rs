//! `whosaid import` (and `extract`) through the real binary: inputs of every kind, bad inputs
//! reported and skipped with the right exit code, dates filled or left unknown, where the
//! database lives, and a repeated import that changes nothing.

use rusqlite::Connection;

use crate::util::text::{self, plain};
use crate::util::{SAMPLES, TestEnv, capture};

fn one<T: rusqlite::types::FromSql>(conn: &Connection, sql: &str) -> T {
    conn.query_row(sql, [], |r| r.get(0))
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

#[test]
fn text_file_header_block_fills_article_fields_and_is_not_body() {
    let env = TestEnv::new();
    let run = env.import_texts(&[("ferry.txt", text::FERRY)]);
    assert!(run.stdout.contains("imported 1 article"), "{}", run.stdout);
    let conn = env.conn();
    let (title, source, url, date, from, body): (String, String, String, String, String, String) =
        conn.query_row(
            "SELECT title, source, url, published_on, published_from, body FROM articles",
            [],
            |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                ))
            },
        )
        .unwrap();
    assert_eq!(title, "Ferry fares frozen for another year");
    assert_eq!(source, "Bayside Gazette");
    assert_eq!(url, "https://example.org/bayside/ferry");
    assert_eq!((date.as_str(), from.as_str()), ("2024-11-05", "header"));
    assert!(
        body.starts_with("The harbor board"),
        "header left in body: {body:?}"
    );
    assert_eq!(env.count("statements"), 2);
}

#[test]
fn directory_is_searched_recursively_for_txt_md_and_jsonl() {
    let env = TestEnv::new();
    env.write("in/a.txt", plain("Nora Quill", "The bridge is safe"));
    env.write("in/sub/b.md", plain("Otto Brask", "The bridge is not safe"));
    let records = format!(
        "{}\n{}\n",
        serde_json::json!({"id": "r1", "text": plain("Pia Lund", "Fix the road first")}),
        serde_json::json!({"id": "r2", "text": plain("Ravi Soto", "Fix the bridge first")}),
    );
    env.write("in/sub/deeper/c.jsonl", records);
    env.write("in/ignored.csv", plain("Sam Ignored", "Not an article"));
    env.import(&["in"]).success();
    assert_eq!(env.count("articles"), 4);
    let conn = env.conn();
    let nobody: i64 = one(
        &conn,
        "SELECT count(*) FROM people WHERE name = 'Sam Ignored'",
    );
    assert_eq!(nobody, 0, "a .csv file was imported");
}

#[test]
fn stdin_dash_imports_a_text_article() {
    let env = TestEnv::new();
    let run = env.run_stdin(
        &["import", "--imported-at", crate::util::IMPORTED_AT, "-"],
        &plain("Tess Marlow", "The library needs a new roof"),
    );
    run.success();
    assert_eq!(env.count("articles"), 1);
    let name: String = one(&env.conn(), "SELECT name FROM people");
    assert_eq!(name, "Tess Marlow");
}

#[test]
fn stdin_dash_accepts_json_lines() {
    let env = TestEnv::new();
    let input = format!(
        "{}\n",
        serde_json::json!({"text": plain("Uma Reed", "Parking is too scarce")})
    );
    env.run_stdin(&["import", "-"], &input).success();
    assert_eq!(env.count("articles"), 1);
}

#[test]
fn json_record_fields_are_stored() {
    let env = TestEnv::new();
    let rec = serde_json::json!({
        "id": "rec-7", "date": "2025-05-01", "title": "Road work", "source": "Valley Wire",
        "url": "https://example.org/road", "text": plain("Vera Holt", "The detour ends Friday"),
    });
    env.write("one.ndjson", format!("{rec}\n"));
    env.import(&["one.ndjson"]).success();
    let conn = env.conn();
    let row: (String, String, String, String, String) = conn
        .query_row(
            "SELECT external_id, published_on, title, source, url FROM articles",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .unwrap();
    assert_eq!(
        row,
        (
            "rec-7".into(),
            "2025-05-01".into(),
            "Road work".into(),
            "Valley Wire".into(),
            "https://example.org/road".into()
        )
    );
}

#[test]
fn json_line_without_text_is_skipped_with_file_and_line_and_exit_1() {
    let env = TestEnv::new();
    let lines = [
        serde_json::json!({"id": "a", "text": plain("Wes Arden", "Open the gates")}),
        serde_json::json!({"id": "b", "title": "No body here"}),
        serde_json::json!({"id": "c", "text": plain("Xena Pratt", "Close the gates")}),
    ];
    let body: String = lines.iter().map(|l| format!("{l}\n")).collect();
    env.write("recs.jsonl", body);
    let run = env.import(&["recs.jsonl"]);
    run.expect_code(1);
    assert!(run.stderr.contains("recs.jsonl:2:"), "{}", run.stderr);
    assert!(run.stderr.contains("text"), "{}", run.stderr);
    assert_eq!(env.count("articles"), 2);
}

#[test]
fn json_line_that_is_not_json_is_skipped_with_file_and_line() {
    let env = TestEnv::new();
    let good = serde_json::json!({"text": plain("Yara Quinn", "Plant more trees")});
    env.write("mixed.jsonl", format!("{good}\n{{not json\n"));
    let run = env.import(&["mixed.jsonl"]);
    run.expect_code(1);
    assert!(run.stderr.contains("mixed.jsonl:2:"), "{}", run.stderr);
    assert_eq!(env.count("articles"), 1);
}

#[test]
fn missing_file_is_named_others_still_imported_exit_1() {
    let env = TestEnv::new();
    env.write("good.txt", plain("Zane Ortiz", "Buses should run later"));
    let run = env.import(&["nope.txt", "good.txt"]);
    run.expect_code(1);
    assert!(run.stderr.contains("nope.txt"), "{}", run.stderr);
    assert_eq!(env.count("articles"), 1);
}

#[test]
fn binary_file_is_skipped_and_named() {
    let env = TestEnv::new();
    env.write("blob.txt", b"\x00\x01\x02binary\x00data".as_slice());
    env.write("good.txt", plain("Ada Brook", "Keep the market open"));
    let run = env.import(&["blob.txt", "good.txt"]);
    run.expect_code(1);
    assert!(run.stderr.contains("blob.txt"), "{}", run.stderr);
    assert_eq!(env.count("articles"), 1);
}

#[test]
fn invalid_utf8_is_imported_with_a_warning() {
    let env = TestEnv::new();
    let mut bytes = b"Date: 2025-02-02\n\nThe caf\xe9 on Main Street closed.\n".to_vec();
    bytes.extend_from_slice(plain("Bo Carver", "We will miss it").as_bytes());
    env.write("latin1.txt", bytes);
    let run = env.import(&["latin1.txt"]);
    run.success();
    assert!(run.stderr.contains("latin1.txt"), "{}", run.stderr);
    assert!(run.stderr.contains("warning"), "{}", run.stderr);
    let body: String = one(&env.conn(), "SELECT body FROM articles");
    assert!(body.contains('\u{FFFD}'), "{body:?}");
    assert_eq!(env.count("statements"), 1);
}

#[test]
fn article_without_date_warns_and_statements_are_dated_unknown() {
    let env = TestEnv::new();
    env.write("undated.txt", text::UNDATED);
    let run = env.import(&["undated.txt"]);
    run.success();
    assert!(run.stderr.contains("undated.txt"), "{}", run.stderr);
    assert!(run.stderr.contains("date"), "{}", run.stderr);
    let conn = env.conn();
    let published: Option<String> = one(&conn, "SELECT published_on FROM articles");
    assert_eq!(published, None);
    let dated: i64 = one(
        &conn,
        "SELECT count(*) FROM statements WHERE said_on IS NOT NULL",
    );
    assert_eq!(dated, 0, "an undated article's statement got a date");
    assert_eq!(env.count("statements"), 1);
}

#[test]
fn date_option_fills_a_missing_date() {
    let env = TestEnv::new();
    env.write("undated.txt", text::UNDATED);
    let run = env.import(&["--date", "2025-06-01", "undated.txt"]);
    run.success();
    assert!(
        !run.stderr.contains("no publication date"),
        "{}",
        run.stderr
    );
    let conn = env.conn();
    let (on, from): (String, String) = conn
        .query_row(
            "SELECT published_on, published_from FROM articles",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((on.as_str(), from.as_str()), ("2025-06-01", "option"));
    let said: (String, String) = conn
        .query_row("SELECT said_on, said_basis FROM statements", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!(said, ("2025-06-01".into(), "published".into()));
}

#[test]
fn date_option_does_not_override_a_header_date() {
    let env = TestEnv::new();
    env.write("ferry.txt", text::FERRY);
    env.import(&["--date", "2000-01-01", "ferry.txt"]).success();
    let on: String = one(&env.conn(), "SELECT published_on FROM articles");
    assert_eq!(on, "2024-11-05");
}

#[test]
fn title_source_url_options_fill_what_the_input_lacks() {
    let env = TestEnv::new();
    env.write("undated.txt", text::UNDATED);
    env.write("ferry.txt", text::FERRY);
    let args = [
        "--title",
        "Pool opens late",
        "--source",
        "Town Crier",
        "--url",
        "u:1",
    ];
    env.import(&[&args[..], &["undated.txt", "ferry.txt"]].concat())
        .success();
    let conn = env.conn();
    let mut stmt = conn
        .prepare("SELECT title, source, url FROM articles ORDER BY id")
        .unwrap();
    let rows: Vec<(String, String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        rows[0],
        ("Pool opens late".into(), "Town Crier".into(), "u:1".into())
    );
    assert_eq!(rows[1].0, "Ferry fares frozen for another year");
    assert_eq!(rows[1].1, "Bayside Gazette");
}

#[test]
fn dateline_gives_the_publication_date() {
    let env = TestEnv::new();
    let article = format!(
        "MILLTOWN, May 5, 2025 — The mill reopened.\n{}",
        plain("Cy Dawes", "It feels like home again")
    );
    env.import_texts(&[("dateline.txt", &article)]);
    let (on, from): (String, String) = env
        .conn()
        .query_row(
            "SELECT published_on, published_from FROM articles",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((on.as_str(), from.as_str()), ("2025-05-05", "dateline"));
}

#[test]
fn byline_and_date_line_at_the_top_of_a_text_give_author_and_date() {
    let env = TestEnv::new();
    let article = format!(
        "Pool to close after summer\nBy Ana Ruiz\nPublished 14 November 2026\n\n{}",
        plain("Cy Dawes", "We will miss the morning swims")
    );
    let run = env.import_texts(&[("top.txt", &article)]);
    assert!(
        !run.stderr.contains("no publication date"),
        "{}",
        run.stderr
    );
    let (on, from, by): (String, String, String) = env
        .conn()
        .query_row(
            "SELECT published_on, published_from, byline FROM articles",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(
        (on.as_str(), from.as_str(), by.as_str()),
        ("2026-11-14", "header", "Ana Ruiz")
    );
    let said_on: String = env
        .conn()
        .query_row("SELECT said_on FROM statements LIMIT 1", [], |r| r.get(0))
        .unwrap();
    assert_eq!(said_on, "2026-11-14");
}

#[test]
fn a_dateline_beats_date_option_and_a_yearless_one_takes_the_option_year() {
    let env = TestEnv::new();
    let dated = format!(
        "MILLTOWN, May 5, 2025 — The mill reopened.\n{}",
        plain("Cy Dawes", "It feels like home again")
    );
    let yearless = format!(
        "OSLO, Dec 5 (Reuters) - The ferry sailed.\n{}",
        plain("Ola Berg", "The fjord was calm")
    );
    env.write("dated.txt", &dated);
    env.write("yearless.txt", &yearless);
    let run = env.import(&["--date", "2026-12-01", "dated.txt", "yearless.txt"]);
    run.success();
    assert!(!run.stderr.contains("no year"), "{}", run.stderr);
    let conn = env.conn();
    let mut stmt = conn
        .prepare("SELECT published_on, published_from FROM articles ORDER BY published_on")
        .unwrap();
    let rows: Vec<(String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    // The dated dateline is the article's own date; December 5 is on or before the option's
    // day only in 2025.
    assert_eq!(
        rows,
        [
            ("2025-05-05".to_string(), "dateline".to_string()),
            ("2025-12-05".to_string(), "dateline".to_string()),
        ]
    );
}

#[test]
fn wire_dateline_without_a_date_is_left_out_of_the_first_statement() {
    let env = TestEnv::new();
    env.write(
        "wire.txt",
        "Date: 2026-03-04\n\nHARBOR CITY (AP) — The council will vote next week on the new \
         ferry fares, Mayor Lena Ortiz said Tuesday.\n",
    );
    let run = env.run(&["extract", "--format", "jsonl", "wire.txt"]);
    let rows = run.success().jsonl();
    assert_eq!(rows.len(), 1, "{}", run.stdout);
    assert_eq!(
        rows[0]["text"],
        "The council will vote next week on the new ferry fares"
    );
    assert_eq!(rows[0]["speaker"], "Lena Ortiz");
    // Without a Date: header, the warning says the dateline has no date (not that there is none).
    env.write(
        "undated.txt",
        "HARBOR CITY (AP) — The council will vote on the fares, Mayor Lena Ortiz said.\n",
    );
    let run = env.run(&["extract", "--format", "jsonl", "undated.txt"]);
    assert!(
        run.stderr
            .contains("undated.txt:1: the dateline gives a place but no date"),
        "{}",
        run.stderr
    );
}

#[test]
fn empty_article_is_skipped_exit_1() {
    let env = TestEnv::new();
    env.write(
        "empty.txt",
        "Title: Nothing here\nDate: 2025-01-02\n\n   \n",
    );
    let run = env.import(&["empty.txt"]);
    run.expect_code(1);
    assert!(run.stderr.contains("empty.txt"), "{}", run.stderr);
}

#[test]
fn whosaid_db_env_is_used_without_db_option() {
    let env = TestEnv::new();
    env.write("a.txt", plain("Di Ember", "Repaint the school"));
    let from_env = env.path("from-env.db");
    let mut cmd = env.bare_cmd();
    cmd.env("WHOSAID_DB", &from_env).args(["import", "a.txt"]);
    capture(&mut cmd).success();
    assert!(from_env.exists());
    assert!(!env.path("whosaid.db").exists());
}

#[test]
fn db_option_beats_whosaid_db_env() {
    let env = TestEnv::new();
    env.write("a.txt", plain("Di Ember", "Repaint the school"));
    let from_env = env.path("from-env.db");
    let from_opt = env.path("from-opt.db");
    let mut cmd = env.bare_cmd();
    cmd.env("WHOSAID_DB", &from_env)
        .arg("--db")
        .arg(&from_opt)
        .args(["import", "a.txt"]);
    capture(&mut cmd).success();
    assert!(from_opt.exists());
    assert!(!from_env.exists());
}

#[test]
fn default_database_is_whosaid_db_in_the_current_directory() {
    let env = TestEnv::new();
    env.write("a.txt", plain("Di Ember", "Repaint the school"));
    let mut cmd = env.bare_cmd();
    cmd.args(["import", "a.txt"]);
    capture(&mut cmd).success();
    assert!(env.path("whosaid.db").exists());
    let mut people = env.bare_cmd();
    people.arg("people");
    let run = capture(&mut people);
    run.success();
    assert!(run.stdout.contains("Di Ember"), "{}", run.stdout);
}

#[test]
fn extract_needs_no_database() {
    let env = TestEnv::new();
    env.write("a.txt", plain("Di Ember", "Repaint the school"));
    let run = env.run(&["extract", "--format", "jsonl", "a.txt"]);
    run.success();
    assert_eq!(run.jsonl().len(), 1);
    assert!(!env.db().exists(), "extract created a database");
}

#[test]
fn reimporting_samples_changes_no_count() {
    let env = TestEnv::new();
    env.import(&[SAMPLES]).success();
    let first = env.counts();
    assert!(first.iter().all(|&n| n > 0), "{first:?}");
    // Twelve text articles and four saved web pages (samples/html/).
    assert_eq!(first[0], 16, "articles");
    let again = env.import(&[SAMPLES]);
    again.success();
    assert!(
        again.stdout.contains("16 already present"),
        "{}",
        again.stdout
    );
    assert_eq!(env.counts(), first, "articles, statements, people, aliases");
}

#[test]
fn same_text_under_another_name_is_the_same_article() {
    let env = TestEnv::new();
    env.import_texts(&[("a.txt", text::FERRY), ("copy/a-again.txt", text::FERRY)]);
    assert_eq!(env.count("articles"), 1);
    assert_eq!(env.count("statements"), 2);
}

#[test]
fn invalid_date_value_is_a_usage_error_exit_2() {
    let env = TestEnv::new();
    env.write("a.txt", plain("Di Ember", "Repaint the school"));
    let run = env.import(&["--date", "2025-13-45", "a.txt"]);
    run.expect_code(2);
    assert!(run.stderr.contains("2025-13-45"), "{}", run.stderr);
    assert!(!env.db().exists() || env.count("articles") == 0);
}

#[test]
fn unknown_subcommand_exits_2() {
    let env = TestEnv::new();
    env.run(&["frobnicate"]).expect_code(2);
}

#[test]
fn import_without_inputs_exits_2() {
    let env = TestEnv::new();
    env.run(&["import"]).expect_code(2);
}

#[test]
fn help_mentions_every_command() {
    let env = TestEnv::new();
    let mut cmd = env.bare_cmd();
    cmd.arg("--help");
    let run = capture(&mut cmd);
    run.success();
    for command in [
        "import",
        "extract",
        "people",
        "person",
        "export",
        "search",
        "show",
        "explain",
        "correct",
        "corrections",
    ] {
        assert!(
            run.stdout.contains(command),
            "--help lacks {command}:\n{}",
            run.stdout
        );
    }
}

/// The example command lines in `whosaid COMMAND --help` (each `  whosaid COMMAND ...` line,
/// its arguments split at spaces, '...' quoting one argument).
fn help_examples(env: &TestEnv, command: &str) -> Vec<Vec<String>> {
    let mut cmd = env.bare_cmd();
    cmd.args([command, "--help"]);
    let run = capture(&mut cmd);
    run.success();
    let (_, examples) = run
        .stdout
        .split_once("Examples:\n")
        .unwrap_or_else(|| panic!("{command} --help has no examples:\n{}", run.stdout));
    let prefix = format!("  whosaid {command} ");
    let mut lines = Vec::new();
    for line in examples.lines() {
        let Some(rest) = line.strip_prefix(&prefix) else {
            continue;
        };
        let command_part = rest.split("  ").next().unwrap_or_default();
        let mut args = vec![command.to_string()];
        for (i, piece) in command_part.split('\'').enumerate() {
            if i % 2 == 1 {
                args.push(piece.to_string());
            } else {
                args.extend(piece.split_whitespace().map(str::to_string));
            }
        }
        lines.push(args);
    }
    assert!(!lines.is_empty(), "{command} --help: no example lines");
    lines
}

#[test]
fn help_examples_of_search_person_and_export_run_on_the_samples() {
    let env = TestEnv::new();
    env.import(&[SAMPLES]).success();
    for command in ["search", "person", "export"] {
        for args in help_examples(&env, command) {
            let run = env.run(&args);
            run.success();
            assert!(
                !run.stdout.is_empty() || args.iter().any(|a| a == "-o"),
                "{args:?} printed nothing"
            );
        }
    }
}

#[test]
fn help_of_import_and_extract_has_examples_and_top_level_help_exit_codes() {
    let env = TestEnv::new();
    for command in ["import", "extract"] {
        assert!(help_examples(&env, command).len() >= 2);
    }
    let mut cmd = env.bare_cmd();
    cmd.arg("--help");
    let run = capture(&mut cmd);
    for code in [
        "0 all went well",
        "1 some inputs were skipped",
        "2 usage error",
    ] {
        assert!(run.stdout.contains(code), "--help lacks {code:?}");
    }
}

#[test]
fn extract_csv_and_table_formats() {
    let env = TestEnv::new();
    env.write("ferry.txt", text::FERRY);
    let csv_run = env.run(&["extract", "--format", "csv", "ferry.txt"]);
    csv_run.success();
    let mut reader = csv::Reader::from_reader(csv_run.stdout.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    for col in ["kind", "text", "start", "end", "speaker", "said_on"] {
        assert!(header.iter().any(|h| h == col), "{col}: {header:?}");
    }
    assert_eq!(reader.records().count(), 2);
    let table = env.run(&["extract", "ferry.txt"]);
    table.success();
    assert!(table.stdout.contains("José Peña"), "{}", table.stdout);
}

#[test]
fn the_summary_line_counts_in_the_singular_for_one() {
    let env = TestEnv::new();
    let run = env.import_texts(&[(
        "one.txt",
        "Date: 2025-07-04\n\nMayor Ida Brunner said the ferry would sail at noon.\n",
    )]);
    assert!(
        run.stdout.contains(
            "imported 1 article (0 already present, 0 skipped): 1 statement, 1 new person"
        ),
        "{}",
        run.stdout
    );
}
