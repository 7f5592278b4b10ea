//! One test per class of bad input (issue 10): each asserts the message (naming the file, and
//! the line where there is one), the exit code, and that the good inputs beside it landed.
//! Exit codes: 0 all imported, 1 some skipped, 2 usage or fatal (docs/cli.md).

use std::os::unix::fs::{PermissionsExt, symlink};

use crate::util::{Run, TestEnv, text::plain};

/// Writes a good article beside the bad input.
fn good(env: &TestEnv) -> std::path::PathBuf {
    env.write("good.txt", plain("Ada Brook", "Keep the market open"))
}

#[track_caller]
fn says(run: &Run, words: &[&str]) {
    for w in words {
        assert!(
            run.stderr.contains(w),
            "stderr lacks {w:?}:\n{}",
            run.stderr
        );
    }
}

#[test]
fn empty_and_blank_files_are_skipped_and_named() {
    let env = TestEnv::new();
    env.write("zero.txt", "");
    env.write("blank.txt", " \n\t\n");
    let run = env.import(&["zero.txt", "blank.txt", good(&env).to_str().unwrap()]);
    run.expect_code(1);
    says(
        &run,
        &["zero.txt: empty article", "blank.txt: empty article"],
    );
    assert_eq!(env.count("articles"), 1);
    assert!(run.stdout.contains("2 skipped"), "{}", run.stdout);
}

#[test]
fn unreadable_file_is_named_and_skipped() {
    let env = TestEnv::new();
    let secret = env.write("secret.txt", plain("Cy Dune", "Nobody may read this"));
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o000)).unwrap();
    let good = good(&env);
    std::fs::set_permissions(&good, std::fs::Permissions::from_mode(0o644)).unwrap();
    let run = env.import_unprivileged(&["secret.txt", "good.txt"]);
    run.expect_code(1);
    says(&run, &["secret.txt: ", "ermission denied"]);
    assert_eq!(env.count("articles"), 1);
}

#[test]
fn unreadable_directory_is_named_and_skipped() {
    let env = TestEnv::new();
    env.write("feed/locked/a.txt", plain("Cy Dune", "Locked away"));
    env.write("feed/open/b.txt", plain("Ada Brook", "Out in the open"));
    for (dir, mode) in [
        ("feed", 0o755),
        ("feed/open", 0o755),
        ("feed/locked", 0o000),
    ] {
        std::fs::set_permissions(env.path(dir), std::fs::Permissions::from_mode(mode)).unwrap();
    }
    std::fs::set_permissions(
        env.path("feed/open/b.txt"),
        PermissionsExt::from_mode(0o644),
    )
    .unwrap();
    let run = env.import_unprivileged(&["feed"]);
    std::fs::set_permissions(env.path("feed/locked"), PermissionsExt::from_mode(0o755)).unwrap();
    run.expect_code(1);
    says(&run, &["feed/locked: ", "ermission denied"]);
    assert_eq!(env.count("articles"), 1);
}

#[test]
fn directory_link_loop_is_reported_and_not_walked_again() {
    let env = TestEnv::new();
    env.write("feed/a.txt", plain("Ada Brook", "Keep the market open"));
    env.write("feed/sub/b.txt", plain("Cy Dune", "Fix the old bridge"));
    symlink("..", env.path("feed/sub/back")).unwrap();
    let run = env.import(&["feed"]);
    run.expect_code(1);
    says(&run, &["feed/sub/back: symbolic link loop"]);
    assert_eq!(env.count("articles"), 2);
    assert!(
        run.stdout
            .contains("imported 2 articles (0 already present, 1 skipped)")
    );
}

#[test]
fn self_looping_link_is_named_given_directly_or_in_a_directory() {
    let env = TestEnv::new();
    std::fs::create_dir_all(env.path("feed")).unwrap();
    symlink("loop.txt", env.path("feed/loop.txt")).unwrap();
    good(&env);
    let run = env.import(&["feed", "feed/loop.txt", "good.txt"]);
    run.expect_code(1);
    assert_eq!(
        run.stderr.matches("loop.txt: symbolic link loop").count(),
        2,
        "{}",
        run.stderr
    );
    assert_eq!(env.count("articles"), 1);
}

#[test]
fn pipe_in_a_directory_is_skipped_not_read() {
    let env = TestEnv::new();
    env.write("feed/a.txt", plain("Ada Brook", "Keep the market open"));
    let made = std::process::Command::new("mkfifo")
        .arg(env.path("feed/wire.txt"))
        .status()
        .expect("run mkfifo");
    assert!(made.success());
    let run = env.import(&["feed"]);
    run.expect_code(1);
    says(&run, &["wire.txt: not a regular file"]);
    assert_eq!(env.count("articles"), 1);
}

#[test]
fn unbalanced_quote_marks_keep_the_rest_of_the_article() {
    let env = TestEnv::new();
    let text = "Date: 2025-03-03\n\n\
        The plan “was never going to work, one member wrote on the board.\n\
        “We start on Monday,” said Mayor Lena Ford.\n\
        Ford said the budget was settled.\n\
        ” ” “ “ ” stray marks ended the page.\n";
    env.write("stray.txt", text);
    let run = env.run(&["extract", "--format", "jsonl", "stray.txt"]);
    run.success();
    let texts: Vec<String> = run.jsonl().iter().map(|v| v["text"].to_string()).collect();
    assert!(
        texts.iter().any(|t| t.contains("We start on Monday")),
        "{texts:?}"
    );
    assert!(
        texts.iter().any(|t| t.contains("the budget was settled")),
        "{texts:?}"
    );
    env.import(&["stray.txt"]).success();
    assert_eq!(env.count("articles"), 1);
}

#[test]
fn unparseable_header_or_record_date_warns_with_its_line() {
    let env = TestEnv::new();
    let body = plain("Ada Brook", "Keep the market open");
    env.write(
        "a.txt",
        format!("Title: Market\nDate: sometime soon\n\n{body}"),
    );
    let record = serde_json::json!({"id": "r", "date": "the 45th", "text": plain("Cy Dune", "No")});
    env.write("b.jsonl", format!("\n\n{record}\n"));
    let run = env.import(&["a.txt", "b.jsonl"]);
    run.success();
    says(
        &run,
        &[
            "a.txt:2: unreadable date \"sometime soon\"",
            "b.jsonl:3: unreadable date",
        ],
    );
    assert_eq!(env.count("articles"), 2);
}

#[test]
fn malformed_json_line_is_skipped_by_line_number() {
    let env = TestEnv::new();
    let ok = serde_json::json!({"text": plain("Ada Brook", "Keep the market open")});
    env.write(
        "feed.jsonl",
        format!("{ok}\n{{\"text\": \"unterminated\n[1, 2]\n"),
    );
    let run = env.import(&["feed.jsonl"]);
    run.expect_code(1);
    says(
        &run,
        &[
            "feed.jsonl:2: not a JSON record",
            "feed.jsonl:3: not a JSON record",
        ],
    );
    assert_eq!(env.count("articles"), 1);
}

#[test]
fn database_in_a_missing_folder_is_named_exit_2() {
    let env = TestEnv::new();
    good(&env);
    let mut cmd = env.bare_cmd();
    cmd.args(["--db", "no/such/dir/x.db", "import", "good.txt"]);
    let run = crate::util::capture(&mut cmd);
    run.expect_code(2);
    says(&run, &["folder no/such/dir does not exist", "--db"]);
    assert!(!env.path("no").exists());
}

#[test]
fn database_that_is_not_whosaid_is_refused_untouched_exit_2() {
    let env = TestEnv::new();
    good(&env);
    let content = b"just some notes\n".repeat(200);
    let path = env.write("notes.db", &content);
    let mut cmd = env.bare_cmd();
    cmd.arg("--db").arg(&path).args(["import", "good.txt"]);
    let run = crate::util::capture(&mut cmd);
    run.expect_code(2);
    says(&run, &["notes.db is not a whosaid database"]);
    assert_eq!(std::fs::read(&path).unwrap(), content, "left as it was");
    let other = env.path("other.db");
    let conn = rusqlite::Connection::open(&other).unwrap();
    conn.execute_batch("CREATE TABLE recipes (name TEXT);")
        .unwrap();
    drop(conn);
    let mut cmd = env.bare_cmd();
    cmd.arg("--db").arg(&other).arg("people");
    let run = crate::util::capture(&mut cmd);
    run.expect_code(2);
    says(&run, &["other.db is not a whosaid database"]);
}

#[test]
fn database_from_a_newer_whosaid_is_refused_naming_both_versions() {
    let env = TestEnv::new();
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute_batch("CREATE TABLE articles (id INTEGER); PRAGMA user_version = 99;")
        .unwrap();
    drop(conn);
    good(&env);
    let run = env.import(&["good.txt"]);
    run.expect_code(2);
    let supported = whosaid::store::SCHEMA_VERSION;
    says(
        &run,
        &[
            "schema version 99",
            &format!("supports up to {supported}"),
            "upgrade whosaid",
        ],
    );
    let version: i64 = env
        .conn()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, 99, "the newer database is left as it was");
}

#[test]
fn enormous_single_line_record_is_extracted_whole() {
    let env = TestEnv::new();
    // One line of about 200 KB: 2,400 quotations and 2,400 reported claims, no line break.
    let names = ["Ann Lee", "Tom Park", "Rosa Diaz", "Omar Hale"];
    let text: String = (0..2400)
        .map(|i| {
            let name = names[i % names.len()];
            let surname = name.split(' ').nth(1).unwrap();
            format!(
                "“Stop number {i} opens in May,” said {name}. {surname} said the stop had cost {i} dollars. "
            )
        })
        .collect();
    assert!(text.len() > 200_000 && !text.contains('\n'));
    let record = serde_json::json!({"id": "long", "date": "2025-07-04", "text": text});
    env.write("long.jsonl", format!("{record}\n"));
    let run = env.import(&["long.jsonl", good(&env).to_str().unwrap()]);
    run.success();
    assert!(run.stdout.contains("imported 2 articles"), "{}", run.stdout);
    let conn = env.conn();
    let count = |kind: &str| -> i64 {
        conn.query_row(
            "SELECT count(*) FROM statements s JOIN articles a ON a.id = s.article_id \
             WHERE a.external_id = 'long' AND s.kind = ?1",
            [kind],
            |r| r.get(0),
        )
        .unwrap()
    };
    assert_eq!(count("direct"), 2400, "every quotation");
    assert_eq!(count("indirect"), 2400, "every reported claim");
}
