//! Crash safety and concurrency (issue 10): a `kill -9` in the middle of an import leaves a
//! sound database that the same import then completes; two imports and several readers at once
//! all succeed, with nothing lost and no "database is locked".

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use rusqlite::Connection;

use crate::util::text::feed;
use crate::util::{IMPORTED_AT, TestEnv, capture};

/// Every stored statement, as (article hash, start, end, text, speaker), sorted.
fn statements(conn: &Connection) -> Vec<(String, i64, i64, String, Option<String>)> {
    let mut stmt = conn
        .prepare(
            "SELECT a.content_hash, s.start_offset, s.end_offset, s.text, \
                    coalesce(p.name, s.speaker) \
             FROM statements s JOIN articles a ON a.id = s.article_id \
             LEFT JOIN people p ON p.id = s.person_id \
             ORDER BY 1, 2, 3",
        )
        .unwrap();
    stmt.query_map([], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

/// `whosaid --db <db> import --imported-at <fixed> INPUT`, started, not waited for.
fn spawn_import(env: &TestEnv, input: &str) -> Child {
    Command::new(assert_cmd::cargo::cargo_bin("whosaid"))
        .env_remove("WHOSAID_DB")
        .current_dir(env.dir())
        .arg("--db")
        .arg(env.db())
        .args(["import", "-q", "--imported-at", IMPORTED_AT, input])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn whosaid import")
}

/// Articles stored so far, read while another process writes (0 before the schema exists).
fn articles_now(env: &TestEnv) -> i64 {
    let Ok(conn) = Connection::open(env.db()) else {
        return 0;
    };
    conn.busy_timeout(Duration::from_secs(5)).unwrap();
    conn.query_row("SELECT count(*) FROM articles", [], |r| r.get(0))
        .unwrap_or(0)
}

const ARTICLES: usize = 1200;

#[test]
fn kill_9_mid_import_leaves_a_sound_database_that_the_same_import_completes() {
    let clean = TestEnv::new();
    clean.write("feed.jsonl", feed(0, ARTICLES));
    clean.import(&["-q", "feed.jsonl"]).success();
    let want = statements(&clean.conn());

    let env = TestEnv::new();
    env.write("feed.jsonl", feed(0, ARTICLES));
    let mut child = spawn_import(&env, "feed.jsonl");
    let start = Instant::now();
    while articles_now(&env) < 20 {
        assert!(
            child.try_wait().unwrap().is_none(),
            "import ended before it could be killed"
        );
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "import never got going"
        );
        std::thread::sleep(Duration::from_millis(2));
    }
    child.kill().expect("SIGKILL"); // std's kill is SIGKILL on Unix: no chance to clean up
    let status = child.wait().unwrap();
    assert_eq!(status.code(), None, "killed by a signal, not exited");
    let stored = articles_now(&env);
    assert!(
        stored < ARTICLES as i64,
        "killed mid-import ({stored} articles stored)"
    );

    let conn = env.conn();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    let fk: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(fk, 0, "no dangling references");
    drop(conn);

    let again = env.import(&["-q", "feed.jsonl"]);
    again.success();
    assert_eq!(env.count("articles"), ARTICLES as i64);
    assert_eq!(
        statements(&env.conn()),
        want,
        "exactly the statements of a clean run"
    );
}

#[test]
fn two_imports_and_readers_at_once_all_succeed_and_lose_nothing() {
    let env = TestEnv::new();
    // Overlapping halves: articles 400..600 are in both.
    env.write("a.jsonl", feed(0, 600));
    env.write("b.jsonl", feed(400, 600));
    let imports = [spawn_import(&env, "a.jsonl"), spawn_import(&env, "b.jsonl")];
    let readers: Vec<std::thread::JoinHandle<Vec<(i32, String)>>> = ["people", "export", "person"]
        .into_iter()
        .map(|command| {
            let db = env.db().to_path_buf();
            let dir = env.dir().to_path_buf();
            std::thread::spawn(move || reader_loop(&db, &dir, command))
        })
        .collect();
    for child in imports {
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "import failed:\n{stderr}");
        assert!(!stderr.contains("locked"), "{stderr}");
    }
    for reader in readers {
        for (code, stderr) in reader.join().unwrap() {
            assert!(!stderr.contains("locked"), "{stderr}");
            // A person may not exist yet in the first reads; anything else is a failure.
            assert!(
                code == 0 || stderr.contains("nobody called"),
                "exit {code}: {stderr}"
            );
        }
    }
    let sequential = TestEnv::new();
    sequential.write("all.jsonl", feed(0, 1000));
    sequential.import(&["-q", "all.jsonl"]).success();
    assert_eq!(env.count("articles"), 1000);
    let got: Vec<_> = statements(&env.conn())
        .into_iter()
        .map(|s| (s.0, s.1, s.2, s.3))
        .collect();
    let want: Vec<_> = statements(&sequential.conn())
        .into_iter()
        .map(|s| (s.0, s.1, s.2, s.3))
        .collect();
    assert_eq!(got, want, "every statement stored once");
}

/// Runs a read-only command over and over while the imports go on; returns each exit code
/// and stderr.
fn reader_loop(db: &std::path::Path, dir: &std::path::Path, command: &str) -> Vec<(i32, String)> {
    let mut results = Vec::new();
    for _ in 0..15 {
        let mut cmd = assert_cmd::Command::cargo_bin("whosaid").unwrap();
        cmd.env_remove("WHOSAID_DB")
            .current_dir(dir)
            .arg("--db")
            .arg(db);
        match command {
            "person" => cmd.args(["person", "Ann Lee"]),
            other => cmd.arg(other),
        };
        let run = capture(&mut cmd);
        results.push((run.code, run.stderr));
    }
    results
}
