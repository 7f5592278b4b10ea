//! `TestEnv`: a hermetic harness that runs the real `whosaid` binary against a fresh SQLite file
//! in a temporary directory, and opens that file with rusqlite for assertions.
//!
//! Invariants: every run has `WHOSAID_DB` removed from its environment and the temp directory
//! as its working directory, so no test reads or writes a database outside its own temp dir;
//! every import gets the same hidden `--imported-at`, so stored rows are reproducible.

#![allow(dead_code)] // Each test module uses a different part of the harness.

pub mod cases;
pub mod text;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use rusqlite::Connection;
use tempfile::TempDir;

/// The import time every test import records.
pub const IMPORTED_AT: &str = "2025-01-01T00:00:00Z";

/// The bundled sample articles.
pub const SAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/samples");

/// Path of one bundled sample, e.g. `sample("01_council_budget.txt")`.
pub fn sample(name: &str) -> PathBuf {
    Path::new(SAMPLES).join(name)
}

/// What one run of the binary did.
#[derive(Debug)]
pub struct Run {
    /// Exit code (-1 if killed by a signal).
    pub code: i32,
    /// Standard output, lossily decoded.
    pub stdout: String,
    /// Standard error, lossily decoded.
    pub stderr: String,
}

impl Run {
    /// Asserts the exit code, showing both streams when it differs.
    #[track_caller]
    pub fn expect_code(&self, code: i32) -> &Run {
        assert_eq!(
            self.code, code,
            "exit code {} (expected {code})\n--- stdout\n{}\n--- stderr\n{}",
            self.code, self.stdout, self.stderr
        );
        self
    }

    /// Asserts success (exit code 0).
    #[track_caller]
    pub fn success(&self) -> &Run {
        self.expect_code(0)
    }

    /// Stdout parsed as JSON Lines.
    #[track_caller]
    pub fn jsonl(&self) -> Vec<serde_json::Value> {
        self.stdout
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
            .collect()
    }
}

/// A temp directory with its own database path.
pub struct TestEnv {
    dir: TempDir,
    db: PathBuf,
}

impl Default for TestEnv {
    fn default() -> Self {
        Self::new()
    }
}

impl TestEnv {
    /// A fresh temp directory; the database file `test.db` in it does not exist yet.
    pub fn new() -> TestEnv {
        let dir = tempfile::Builder::new()
            .prefix("whosaid-test-")
            .tempdir()
            .expect("create temp dir");
        let db = dir.path().join("test.db");
        TestEnv { dir, db }
    }

    /// The temp directory (also the working directory of every run).
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// The database path passed with `--db`.
    pub fn db(&self) -> &Path {
        &self.db
    }

    /// A path inside the temp directory.
    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// Writes `content` to `rel` inside the temp directory (creating parent directories).
    pub fn write(&self, rel: &str, content: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create parent dirs");
        }
        std::fs::write(&path, content).expect("write input file");
        path
    }

    /// The binary with a clean environment and the temp dir as working directory, no `--db`.
    pub fn bare_cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("whosaid").expect("whosaid binary built");
        cmd.env_remove("WHOSAID_DB").current_dir(self.dir.path());
        cmd
    }

    /// Runs `whosaid --db <db> ARGS...`.
    pub fn run<S: AsRef<std::ffi::OsStr>>(&self, args: &[S]) -> Run {
        let mut cmd = self.bare_cmd();
        cmd.arg("--db").arg(&self.db).args(args);
        capture(&mut cmd)
    }

    /// Runs `whosaid --db <db> ARGS...` with `stdin` as standard input.
    pub fn run_stdin<S: AsRef<std::ffi::OsStr>>(&self, args: &[S], stdin: &str) -> Run {
        let mut cmd = self.bare_cmd();
        cmd.arg("--db").arg(&self.db).args(args).write_stdin(stdin);
        capture(&mut cmd)
    }

    /// Runs `whosaid --db <db> import --imported-at <fixed> ARGS...`.
    pub fn import<S: AsRef<std::ffi::OsStr>>(&self, args: &[S]) -> Run {
        let mut cmd = self.bare_cmd();
        cmd.arg("--db")
            .arg(&self.db)
            .args(["import", "--imported-at", IMPORTED_AT])
            .args(args);
        capture(&mut cmd)
    }

    /// Runs `whosaid --db <db> import --imported-at <fixed> ARGS...` as a user to whom file
    /// permissions apply: as itself, or, when the tests run as root (as CI does), as `nobody`
    /// through `setpriv`, with the temp directory opened to that user.
    pub fn import_unprivileged<S: AsRef<std::ffi::OsStr>>(&self, args: &[S]) -> Run {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let root = std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0);
        let bin = assert_cmd::cargo::cargo_bin("whosaid");
        let mut cmd = if root {
            let open = std::fs::Permissions::from_mode(0o777);
            std::fs::set_permissions(self.dir(), open).expect("open the temp dir");
            let mut cmd = Command::new("setpriv");
            cmd.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
                .arg(bin);
            cmd
        } else {
            Command::new(bin)
        };
        cmd.env_remove("WHOSAID_DB").current_dir(self.dir());
        cmd.arg("--db")
            .arg(&self.db)
            .args(["import", "--imported-at", IMPORTED_AT])
            .args(args);
        capture(&mut cmd)
    }

    /// Writes each `(name, content)` file and imports them all; asserts success.
    pub fn import_texts(&self, files: &[(&str, &str)]) -> Run {
        let paths: Vec<PathBuf> = files.iter().map(|(n, c)| self.write(n, c)).collect();
        let run = self.import(&paths);
        run.success();
        run
    }

    /// Opens the database file (it must exist: an import or query created it).
    pub fn conn(&self) -> Connection {
        assert!(self.db.exists(), "no database at {}", self.db.display());
        Connection::open(&self.db).expect("open test database")
    }

    /// `SELECT count(*) FROM <table>`.
    pub fn count(&self, table: &str) -> i64 {
        count_rows(&self.conn(), table)
    }

    /// The four counts issue 2 asks to stay unchanged on re-import.
    pub fn counts(&self) -> [i64; 4] {
        let conn = self.conn();
        ["articles", "statements", "people", "aliases"].map(|t| count_rows(&conn, t))
    }
}

/// `SELECT count(*) FROM <table>` on an open connection.
pub fn count_rows(conn: &Connection, table: &str) -> i64 {
    // The table name comes from test code, never from input.
    conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap_or_else(|e| panic!("count {table}: {e}"))
}

/// Runs a command and captures its exit code and output.
pub fn capture(cmd: &mut Command) -> Run {
    let out = cmd.output().expect("run whosaid");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// The characters `[start, end)` of `body` (offsets count Unicode scalar values).
pub fn char_slice(body: &str, start: usize, end: usize) -> String {
    body.chars()
        .skip(start)
        .take(end.saturating_sub(start))
        .collect()
}
