//! Scale (issue 14) through the real binary: parallel extraction gives the rows and the output
//! of one thread, byte for byte; standard input is a streaming filter; JSON Lines are read
//! record by record.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use rusqlite::Connection;

use crate::util::text::{feed, plain};
use crate::util::{SAMPLES, TestEnv};

/// Every row of every table whosaid writes, ids included, in id order, as text.
fn dump(conn: &Connection) -> Vec<String> {
    let mut out = Vec::new();
    for table in ["articles", "people", "aliases", "statements", "corrections"] {
        // Table names come from the list above, never from input.
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {table} ORDER BY rowid"))
            .unwrap();
        let columns = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                let cells: Vec<String> = (0..columns)
                    .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                    .collect();
                Ok(format!("{table}: {}", cells.join(" | ")))
            })
            .unwrap();
        out.extend(rows.map(Result::unwrap));
    }
    out
}

/// A feed whose articles 100..150 come twice (the second copy is already present then).
fn feed_with_repeats() -> String {
    format!("{}{}", feed(0, 150), feed(100, 100))
}

#[test]
fn parallel_import_stores_the_rows_of_one_thread_ids_included() {
    let dump_of = |jobs: &str| {
        let env = TestEnv::new();
        env.write("feed.jsonl", feed_with_repeats());
        let run = env.import(&["-q", "-j", jobs, "feed.jsonl", SAMPLES]);
        run.success();
        assert!(run.stdout.contains("50 already present"), "{}", run.stdout);
        dump(&env.conn())
    };
    let one = dump_of("1");
    assert!(one.len() > 700, "{} rows", one.len());
    assert_eq!(dump_of("4"), one, "four threads");
    assert_eq!(dump_of("2"), one, "two threads");
}

#[test]
fn parallel_extract_prints_the_bytes_of_one_thread_from_a_file_or_stdin() {
    let env = TestEnv::new();
    env.write("feed.jsonl", feed(0, 120));
    let out = |args: &[&str]| {
        let run = env.run(args);
        run.success();
        run.stdout
    };
    let one = out(&["extract", "--format", "jsonl", "-j", "1", "feed.jsonl"]);
    assert_eq!(one.lines().count(), 240, "a quotation and a claim each");
    assert_eq!(
        out(&["extract", "--format", "jsonl", "-j", "3", "feed.jsonl"]),
        one
    );
    let piped = env.run_stdin(
        &["extract", "--format", "jsonl", "-j", "3", "-"],
        &feed(0, 120),
    );
    piped.success();
    assert_eq!(piped.stdout, one, "standard input gives the file's output");
    let samples = out(&["extract", "--format", "csv", "-j", "1", SAMPLES]);
    assert_eq!(
        out(&["extract", "--format", "csv", "-j", "4", SAMPLES]),
        samples
    );
}

#[test]
fn stdin_filter_prints_each_record_before_the_next_one_comes() {
    let env = TestEnv::new();
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("whosaid"))
        .env_remove("WHOSAID_DB")
        .current_dir(env.dir())
        .args(["extract", "--format", "jsonl", "-j", "2", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if tx.send(line.unwrap()).is_err() {
                return;
            }
        }
    });
    for (i, name) in ["Ann Lee", "Tom Park", "Rosa Diaz"].iter().enumerate() {
        let text = plain(name, &format!("Bridge {i} opens in June"));
        let record = serde_json::json!({"id": format!("r{i}"), "date": "2025-06-01", "text": text});
        writeln!(stdin, "{record}").unwrap();
        stdin.flush().unwrap();
        // Stdin is still open: the record's statement must come out now.
        let line = rx
            .recv_timeout(Duration::from_secs(60))
            .expect("no output while the input stayed open");
        let value: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert_eq!(value["article"], format!("r{i}"));
        assert_eq!(value["speaker"], *name);
    }
    drop(stdin);
    assert!(child.wait().unwrap().success());
    reader.join().unwrap();
}

#[test]
fn json_lines_are_read_record_by_record_a_bad_one_costs_itself() {
    let env = TestEnv::new();
    let good = |i: usize| {
        let text = plain("Ann Lee", &format!("Ferry {i} will run at dawn"));
        format!(
            "{}\n",
            serde_json::json!({"id": format!("g{i}"), "text": text})
        )
    };
    let mut bytes = good(1).into_bytes();
    bytes.extend_from_slice(b"{\"id\": \"bad\", \"text\": \"nul \x00 here\"}\n");
    bytes.extend_from_slice(&[0xff, 0xfe, b'\n']);
    bytes.extend_from_slice(good(4).as_bytes());
    env.write("mixed.jsonl", bytes);
    let run = env.import(&["mixed.jsonl"]);
    run.expect_code(1);
    assert!(
        run.stderr.contains("mixed.jsonl:2: NUL bytes"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("mixed.jsonl:3:"), "{}", run.stderr);
    assert_eq!(env.count("articles"), 2, "records 1 and 4 stored");
}

#[test]
fn a_folder_is_walked_in_sorted_path_order() {
    let env = TestEnv::new();
    for (path, name) in [
        ("in/b/z.txt", "Ann Lee"),
        ("in/a.txt", "Tom Park"),
        ("in/c.txt", "Rosa Diaz"),
        ("in/b/a/y.txt", "Omar Hale"),
    ] {
        env.write(path, plain(name, &format!("The road near {name} closes")));
    }
    let run = env.run(&["extract", "--format", "jsonl", "-j", "3", "in"]);
    run.success();
    let order: Vec<String> = run
        .jsonl()
        .iter()
        .map(|v| v["article"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        order,
        ["in/a.txt", "in/b/a/y.txt", "in/b/z.txt", "in/c.txt"]
    );
}

#[test]
fn import_statements_stores_the_rows_of_a_plain_import() {
    let plain_db = TestEnv::new();
    plain_db.write("feed.jsonl", feed(0, 60));
    plain_db.import(&["-q", "feed.jsonl", SAMPLES]).success();
    let loaded = TestEnv::new();
    loaded.write("feed.jsonl", feed(0, 60));
    let made = loaded.run(&[
        "extract",
        "-q",
        "--format",
        "jsonl",
        "--with-articles",
        "feed.jsonl",
        SAMPLES,
    ]);
    made.success();
    loaded.write("loadable.jsonl", &made.stdout);
    let run = loaded.import(&["--statements", "loadable.jsonl"]);
    run.success();
    assert_eq!(dump(&loaded.conn()), dump(&plain_db.conn()));
    let again = loaded.run_stdin(&["import", "--statements", "-"], &made.stdout);
    again.success();
    assert!(
        again.stdout.contains("imported 0 articles"),
        "{}",
        again.stdout
    );
}

#[test]
fn import_statements_skips_an_article_with_a_bad_line_and_names_it() {
    let env = TestEnv::new();
    env.write("feed.jsonl", feed(0, 3));
    let made = env.run(&[
        "extract",
        "--format",
        "jsonl",
        "--with-articles",
        "feed.jsonl",
    ]);
    made.success();
    let mut lines: Vec<String> = made.stdout.lines().map(String::from).collect();
    // The second article's first statement points past the end of its text.
    let second = lines
        .iter()
        .position(|l| l.contains("\"item-1\"") && l.contains("\"kind\""))
        .unwrap();
    let mut bad: serde_json::Value = serde_json::from_str(&lines[second]).unwrap();
    bad["end"] = serde_json::json!(100_000);
    lines[second] = bad.to_string();
    env.write("bad.jsonl", lines.join("\n") + "\n");
    let run = env.import(&["--statements", "bad.jsonl"]);
    run.expect_code(1);
    let line = second + 1;
    assert!(
        run.stderr
            .contains(&format!("bad.jsonl:{line}: offset 100000 is past the end")),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("\"item-1\" skipped"), "{}", run.stderr);
    assert_eq!(
        env.count("articles"),
        2,
        "the other two articles are stored"
    );
    let plain = env.run(&["extract", "--format", "jsonl", "feed.jsonl"]);
    assert!(
        !plain.stdout.contains("\"aliases\""),
        "plain output unchanged"
    );
    let csv = env.run(&[
        "extract",
        "--format",
        "csv",
        "--with-articles",
        "feed.jsonl",
    ]);
    csv.expect_code(2);
}
