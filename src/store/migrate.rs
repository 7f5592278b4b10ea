//! Connection setup and schema migrations.
//!
//! The schema version is `PRAGMA user_version`. A new database (version 0, nothing in it) gets
//! `schema.sql`, the full current schema, and the current version. An older database gets the
//! steps after its version, in order, in one exclusive transaction: either all of them apply or
//! none does. A database from a newer whosaid, or a SQLite file that is not a whosaid
//! database, is refused untouched.
//!
//! The rule for changing the schema (docs/schema.md): never edit or reorder a step in `STEPS`;
//! append one, and change `schema.sql` in the same commit so that a fresh database and a
//! migrated one end up with the same `sqlite_master` (a test checks this).

use std::path::Path;
use std::time::Duration;

use rusqlite::config::DbConfig;
use rusqlite::{Connection, TransactionBehavior};

use super::db;
use crate::error::{Error, Result};

/// The full current schema, applied to a new database.
pub const SCHEMA: &str = include_str!("../../schema.sql");

/// The statements table rebuilt after its `kind` CHECK widens (SQLite cannot change a CHECK in
/// place): the old table is renamed to `$old` (its indexes and triggers go with it and are
/// dropped with it), the new one allows `$kinds` and takes the rows with their ids (so the
/// full-text index, keyed by id, stays right), the indexes and triggers are made again, and the
/// kept counts are counted again. One text for every step that widens the CHECK: a step's SQL
/// is what this expands to for its arguments (checked byte for byte against the two literals
/// it replaced). Like the steps, never edit it: a rebuild that differs gets a text of its own.
macro_rules! rebuild_statements {
    ($old:literal, $kinds:literal) => {
        concat!(
            r#"ALTER TABLE statements RENAME TO "#,
            $old,
            r#";
CREATE TABLE IF NOT EXISTS statements (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start_offset    INTEGER NOT NULL,
    end_offset      INTEGER NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN
        ("#,
            $kinds,
            r#")),
    text            TEXT NOT NULL,
    person_id       INTEGER REFERENCES people (id) ON DELETE SET NULL,
    speaker         TEXT,
    speaker_kind    TEXT NOT NULL
        CHECK (speaker_kind IN ('person', 'organization', 'anonymous', 'document', 'unknown')),
    speaker_mention TEXT,
    mention_start   INTEGER,
    mention_end     INTEGER,
    role            TEXT,
    cue             TEXT,
    cue_start       INTEGER,
    cue_end         INTEGER,
    said_on         TEXT,
    said_precision  TEXT CHECK (said_precision IN ('day', 'week', 'month', 'year')),
    said_basis      TEXT CHECK (said_basis IN ('stated', 'lead', 'published')),
    reported_by     TEXT,
    piece_of        INTEGER,
    UNIQUE (article_id, start_offset, end_offset)
) STRICT;
INSERT INTO statements SELECT * FROM "#,
            $old,
            r#";
DROP TABLE "#,
            $old,
            r#";
CREATE INDEX IF NOT EXISTS statements_by_person ON statements (person_id, said_on);
CREATE INDEX IF NOT EXISTS statements_by_date ON statements (said_on);
CREATE TRIGGER IF NOT EXISTS statements_ai AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS statements_ad AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER IF NOT EXISTS statements_au AFTER UPDATE OF text ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO statements_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS person_counts_ai AFTER INSERT ON statements
WHEN new.person_id IS NOT NULL AND new.kind IN ('direct', 'mixed', 'indirect') BEGIN
    INSERT INTO person_counts (person_id, statements, first_said, last_said)
    VALUES (new.person_id, 1, new.said_on, new.said_on)
    ON CONFLICT (person_id) DO UPDATE SET statements = statements + 1,
        first_said = coalesce(min(first_said, excluded.first_said), first_said, excluded.first_said),
        last_said = coalesce(max(last_said, excluded.last_said), last_said, excluded.last_said);
END;
CREATE TRIGGER IF NOT EXISTS person_counts_ad AFTER DELETE ON statements
WHEN old.person_id IS NOT NULL AND old.kind IN ('direct', 'mixed', 'indirect') BEGIN
    UPDATE person_counts SET statements = statements - 1,
        first_said = (SELECT min(said_on) FROM statements WHERE person_id = old.person_id
            AND kind IN ('direct', 'mixed', 'indirect')),
        last_said = (SELECT max(said_on) FROM statements WHERE person_id = old.person_id
            AND kind IN ('direct', 'mixed', 'indirect'))
    WHERE person_id = old.person_id;
END;
CREATE TRIGGER IF NOT EXISTS person_counts_au AFTER UPDATE OF person_id, said_on, kind ON statements BEGIN
    UPDATE person_counts SET statements = statements - 1,
        first_said = (SELECT min(said_on) FROM statements WHERE person_id = old.person_id
            AND kind IN ('direct', 'mixed', 'indirect')),
        last_said = (SELECT max(said_on) FROM statements WHERE person_id = old.person_id
            AND kind IN ('direct', 'mixed', 'indirect'))
    WHERE person_id = old.person_id AND old.kind IN ('direct', 'mixed', 'indirect');
    INSERT INTO person_counts (person_id, statements, first_said, last_said)
    SELECT new.person_id, 1, new.said_on, new.said_on
    WHERE new.person_id IS NOT NULL AND new.kind IN ('direct', 'mixed', 'indirect')
    ON CONFLICT (person_id) DO UPDATE SET statements = statements + 1,
        first_said = coalesce(min(first_said, excluded.first_said), first_said, excluded.first_said),
        last_said = coalesce(max(last_said, excluded.last_said), last_said, excluded.last_said);
END;
DELETE FROM person_counts;
INSERT INTO person_counts (person_id, statements, first_said, last_said)
SELECT person_id, count(*), min(said_on), max(said_on) FROM statements
WHERE person_id IS NOT NULL AND kind IN ('direct', 'mixed', 'indirect') GROUP BY person_id;"#,
        )
    };
}

/// Migration steps: `STEPS[i]` takes a database from version `i + 1` to `i + 2`.
/// Append only.
const STEPS: &[&str] = &[
    // 1 -> 2: `people` and `merge` look aliases up by person.
    "CREATE INDEX IF NOT EXISTS aliases_by_person ON aliases (person_id);",
    // 2 -> 3: full-text search on statements (issue 11), and the corrections table.
    r#"CREATE VIRTUAL TABLE IF NOT EXISTS statements_fts USING fts5 (text, content="statements", tokenize="unicode61 remove_diacritics 2");
CREATE TRIGGER IF NOT EXISTS statements_ai AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS statements_ad AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER IF NOT EXISTS statements_au AFTER UPDATE OF text ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO statements_fts (rowid, text) VALUES (new.id, new.text);
END;
INSERT INTO statements_fts (statements_fts) VALUES ('rebuild');
CREATE TABLE IF NOT EXISTS corrections (
    id           INTEGER PRIMARY KEY,
    action       TEXT NOT NULL CHECK (action IN
        ('speaker', 'not_statement', 'kind', 'date', 'rename', 'merge', 'split', 'speaker_kind')),
    article_hash TEXT,
    start_offset INTEGER,
    end_offset   INTEGER,
    subject      TEXT,
    value        TEXT,
    previous     TEXT,
    made_at      TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS corrections_by_statement ON corrections (article_hash, start_offset, end_offset);"#,
    // 3 -> 4: kept statement counts and dates per person, for `people` (issue 14), filled
    // from the statements already stored.
    r#"CREATE TABLE IF NOT EXISTS person_counts (
    person_id  INTEGER PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
    statements INTEGER NOT NULL,
    first_said TEXT,
    last_said  TEXT
) STRICT;

CREATE TRIGGER IF NOT EXISTS person_counts_ai AFTER INSERT ON statements
WHEN new.person_id IS NOT NULL BEGIN
    INSERT INTO person_counts (person_id, statements, first_said, last_said)
    VALUES (new.person_id, 1, new.said_on, new.said_on)
    ON CONFLICT (person_id) DO UPDATE SET statements = statements + 1,
        first_said = coalesce(min(first_said, excluded.first_said), first_said, excluded.first_said),
        last_said = coalesce(max(last_said, excluded.last_said), last_said, excluded.last_said);
END;

CREATE TRIGGER IF NOT EXISTS person_counts_ad AFTER DELETE ON statements
WHEN old.person_id IS NOT NULL BEGIN
    UPDATE person_counts SET statements = statements - 1,
        first_said = (SELECT min(said_on) FROM statements WHERE person_id = old.person_id),
        last_said = (SELECT max(said_on) FROM statements WHERE person_id = old.person_id)
    WHERE person_id = old.person_id;
END;

CREATE TRIGGER IF NOT EXISTS person_counts_au AFTER UPDATE OF person_id, said_on ON statements BEGIN
    UPDATE person_counts SET statements = statements - 1,
        first_said = (SELECT min(said_on) FROM statements WHERE person_id = old.person_id),
        last_said = (SELECT max(said_on) FROM statements WHERE person_id = old.person_id)
    WHERE person_id = old.person_id;
    INSERT INTO person_counts (person_id, statements, first_said, last_said)
    SELECT new.person_id, 1, new.said_on, new.said_on WHERE new.person_id IS NOT NULL
    ON CONFLICT (person_id) DO UPDATE SET statements = statements + 1,
        first_said = coalesce(min(first_said, excluded.first_said), first_said, excluded.first_said),
        last_said = coalesce(max(last_said, excluded.last_said), last_said, excluded.last_said);
END;
INSERT INTO person_counts (person_id, statements, first_said, last_said)
SELECT person_id, count(*), min(said_on), max(said_on) FROM statements
WHERE person_id IS NOT NULL GROUP BY person_id;"#,
    // 4 -> 5: claims beyond speech (issue 16): statements.kind also allows belief, intention,
    // finding and poll, speaker_kind also document; person_counts counts speech only.
    rebuild_statements!(
        "statements_before_claims",
        "'direct', 'mixed', 'indirect', 'belief', 'intention', 'finding', 'poll'"
    ),
    // 5 -> 6: the byline of a saved web page (issue 12).
    "ALTER TABLE articles ADD COLUMN byline TEXT;",
    // 6 -> 7: stances and assessments (issue 16): statements.kind also allows stance ("X
    // endorsed Y") and assessment ("the bill is expected to pass").
    rebuild_statements!(
        "statements_before_stances",
        "'direct', 'mixed', 'indirect', 'belief', 'intention', 'finding', 'poll', 'stance', 'assessment'"
    ),
];

/// The schema version this build writes (`PRAGMA user_version`).
pub const SCHEMA_VERSION: i64 = 1 + STEPS.len() as i64;

/// How long a connection waits for another writer before giving up.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// Sets the per-connection pragmas: foreign keys, busy timeout, WAL journal (for files),
/// `synchronous = NORMAL` (durable at each checkpoint, never corrupt; see docs/schema.md).
///
/// And the query planner stability guarantee (QPSG): plans never depend on bound values.
/// Without it the bundled SQLite marks every `column = ?N` for a new plan when its value
/// changes to or from 0 or 1, and `sqlite3_clear_bindings` (which rusqlite calls when a
/// cached statement goes back to its cache) then expires the statement, so every
/// `prepare_cached` query with such a condition was compiled again at each use (12-13 % of
/// an import's CPU, in the people look-ups). No plan here needs a bound value: there are no
/// statistics (no ANALYZE) and no LIKE with a bound prefix.
pub(super) fn configure(conn: &Connection, path: &Path) -> Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT).map_err(|e| db(path, e))?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)
        .map_err(|e| db(path, e))?;
    conn.pragma_update(None, "foreign_keys", true)
        .map_err(|e| not_whosaid_or_db(path, e))?;
    // An in-memory database answers "memory" and stays so; a file switches to WAL.
    let _mode: String = conn
        .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
        .map_err(|e| not_whosaid_or_db(path, e))?;
    conn.pragma_update(None, "synchronous", "NORMAL")
        .map_err(|e| db(path, e))
}

/// Brings the schema to `SCHEMA_VERSION`, or refuses a database it cannot use.
pub(super) fn migrate(conn: &mut Connection, path: &Path) -> Result<()> {
    // Up to date is the common case: no write lock is taken for it.
    if check_version(conn, path)? == SCHEMA_VERSION {
        return Ok(());
    }
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Exclusive)
        .map_err(|e| db(path, e))?;
    // Read again under the lock: another process may have migrated meanwhile.
    let version = check_version(&tx, path)?;
    if version == 0 {
        tx.execute_batch(SCHEMA).map_err(|e| db(path, e))?;
    } else {
        // A large archive takes a while (about a minute a million statements when a step
        // rebuilds the statements table): say what is happening rather than hang silently.
        eprintln!(
            "whosaid: upgrading {} from schema version {version} to {SCHEMA_VERSION} (done once)",
            path.display()
        );
        for step in &STEPS[step_index(version)..] {
            tx.execute_batch(step).map_err(|e| db(path, e))?;
        }
    }
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)
        .map_err(|e| db(path, e))?;
    tx.commit().map_err(|e| db(path, e))
}

/// The first step to apply to a database at `version` (1 or more, below the current one).
fn step_index(version: i64) -> usize {
    usize::try_from(version - 1).unwrap_or(0)
}

/// The database's version; an error when it is newer than this build, or when it is some
/// other application's SQLite file (version 0 with tables in it).
fn check_version(conn: &Connection, path: &Path) -> Result<i64> {
    // One statement, so one snapshot: read apart, another process could create the schema
    // between the two reads, and its tables would then look like some other application's.
    let (version, objects): (i64, i64) = conn
        .query_row(
            "SELECT user_version, (SELECT count(*) FROM sqlite_master) FROM pragma_user_version",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .map_err(|e| not_whosaid_or_db(path, e))?;
    if version > SCHEMA_VERSION {
        return Err(Error::SchemaTooNew {
            path: path.to_path_buf(),
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    if version == 0 && objects > 0 {
        return Err(Error::NotWhosaid {
            path: path.to_path_buf(),
        });
    }
    Ok(version)
}

/// "file is not a database" becomes `NotWhosaid`; anything else stays a database error.
fn not_whosaid_or_db(path: &Path, e: rusqlite::Error) -> Error {
    if e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) {
        Error::NotWhosaid {
            path: path.to_path_buf(),
        }
    } else {
        db(path, e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The schema as shipped at version 1, kept as a fixture (never edit it).
    const SCHEMA_V1: &str = include_str!("fixtures/schema_v1.sql");

    /// Every schema object as (type, name, table, SQL without comments or extra spaces).
    fn objects(conn: &Connection) -> Vec<(String, String, String, String)> {
        let mut stmt = conn
            .prepare("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name")
            .unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .map(|row| {
                let (t, n, tbl, sql): (String, String, String, String) = row.unwrap();
                (t, n, tbl, normalise_sql(&sql))
            })
            .collect()
    }

    fn normalise_sql(sql: &str) -> String {
        let code: Vec<&str> = sql
            .lines()
            .map(|l| l.split("--").next().unwrap_or(""))
            .collect();
        // `ALTER TABLE … ADD COLUMN` writes ", col" after the last column's own spacing.
        code.join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .replace(" ,", ",")
            .replace(" )", ")")
    }

    fn version_1_database(path: &Path) {
        let conn = Connection::open(path).unwrap();
        conn.execute_batch(SCHEMA_V1).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        conn.execute_batch(
            "INSERT INTO articles (content_hash, external_id, body, imported_at) \
             VALUES ('h', 'a.txt', 'Body.', '2025-01-01T00:00:00Z');
             INSERT INTO people (name, name_key, surname_key) VALUES ('Ann Lee', 'ann lee', 'lee');",
        )
        .unwrap();
    }

    #[test]
    fn version_1_database_migrates_to_the_fresh_schema() {
        let dir = tempfile::tempdir().unwrap();
        let (old, fresh) = (dir.path().join("old.db"), dir.path().join("fresh.db"));
        version_1_database(&old);
        let mut migrated = Connection::open(&old).unwrap();
        configure(&migrated, &old).unwrap();
        migrate(&mut migrated, &old).unwrap();
        let mut new = Connection::open(&fresh).unwrap();
        configure(&new, &fresh).unwrap();
        migrate(&mut new, &fresh).unwrap();
        assert_eq!(objects(&migrated), objects(&new));
        let version = |c: &Connection| -> i64 {
            c.query_row("PRAGMA user_version", [], |r| r.get(0))
                .unwrap()
        };
        assert_eq!(version(&migrated), SCHEMA_VERSION);
        assert_eq!(version(&new), SCHEMA_VERSION);
        let rows: i64 = migrated
            .query_row("SELECT count(*) FROM articles", [], |r| r.get(0))
            .unwrap();
        assert_eq!(rows, 1, "migration kept the data");
    }

    #[test]
    fn statements_stored_before_step_3_are_searchable_after_it() {
        let dir = tempfile::tempdir().unwrap();
        let old = dir.path().join("old.db");
        version_1_database(&old);
        let mut conn = Connection::open(&old).unwrap();
        conn.execute_batch(
            "INSERT INTO statements (article_id, start_offset, end_offset, kind, text, speaker_kind) \
             VALUES (1, 0, 5, 'direct', 'Body.', 'unknown');",
        )
        .unwrap();
        configure(&conn, &old).unwrap();
        migrate(&mut conn, &old).unwrap();
        let hits: i64 = conn
            .query_row(
                "SELECT count(*) FROM statements_fts WHERE statements_fts MATCH 'body'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(hits, 1, "the rebuild indexed rows stored before the step");
    }

    #[test]
    fn the_claims_rebuild_keeps_rows_ids_search_and_triggers() {
        let dir = tempfile::tempdir().unwrap();
        let old = dir.path().join("old.db");
        version_1_database(&old);
        let mut conn = Connection::open(&old).unwrap();
        // Every step before the claims step: the database as the release before claims
        // left it.
        let before = STEPS
            .iter()
            .position(|s| s.contains("statements_before_claims"))
            .unwrap();
        for step in &STEPS[..before] {
            conn.execute_batch(step).unwrap();
        }
        conn.pragma_update(None, "user_version", before as i64 + 1)
            .unwrap();
        conn.execute_batch(
            "INSERT INTO statements (id, article_id, start_offset, end_offset, kind, text, speaker_kind, person_id) \
             VALUES (7, 1, 0, 5, 'indirect', 'Body.', 'unknown', 1);",
        )
        .unwrap();
        let belief = "INSERT INTO statements (article_id, start_offset, end_offset, kind, text, speaker_kind, person_id) \
             VALUES (1, 1, 4, 'belief', 'ody', 'document', 1)";
        assert!(
            conn.execute(belief, []).is_err(),
            "version 3 refuses a belief"
        );
        configure(&conn, &old).unwrap();
        migrate(&mut conn, &old).unwrap();
        let count =
            |c: &Connection, sql: &str| -> i64 { c.query_row(sql, [], |r| r.get(0)).unwrap() };
        assert_eq!(
            count(&conn, "SELECT count(*) FROM statements WHERE id = 7"),
            1
        );
        conn.execute(belief, []).unwrap();
        let hits = "SELECT count(*) FROM statements_fts WHERE statements_fts MATCH 'body OR ody'";
        assert_eq!(
            count(&conn, hits),
            2,
            "the old row and the new one are both searchable"
        );
        conn.execute("DELETE FROM statements WHERE id = 7", [])
            .unwrap();
        assert_eq!(count(&conn, hits), 1, "the delete trigger is back");
        let leftovers =
            "SELECT count(*) FROM sqlite_master WHERE sql LIKE '%statements_before_claims%'";
        assert_eq!(count(&conn, leftovers), 0);
    }

    #[test]
    fn the_stances_rebuild_lets_a_stance_in_and_keeps_the_rows() {
        let dir = tempfile::tempdir().unwrap();
        let old = dir.path().join("old.db");
        version_1_database(&old);
        let mut conn = Connection::open(&old).unwrap();
        let before = STEPS
            .iter()
            .position(|s| s.contains("statements_before_stances"))
            .unwrap();
        for step in &STEPS[..before] {
            conn.execute_batch(step).unwrap();
        }
        conn.pragma_update(None, "user_version", before as i64 + 1)
            .unwrap();
        let stance = "INSERT INTO statements (article_id, start_offset, end_offset, kind, text, speaker_kind) \
             VALUES (1, 1, 4, 'stance', 'ody', 'unknown')";
        conn.execute_batch(
            "INSERT INTO statements (id, article_id, start_offset, end_offset, kind, text, speaker_kind) \
             VALUES (9, 1, 0, 5, 'belief', 'Body.', 'unknown');",
        )
        .unwrap();
        assert!(
            conn.execute(stance, []).is_err(),
            "no stances before the step"
        );
        configure(&conn, &old).unwrap();
        migrate(&mut conn, &old).unwrap();
        conn.execute(stance, []).unwrap();
        let count =
            |c: &Connection, sql: &str| -> i64 { c.query_row(sql, [], |r| r.get(0)).unwrap() };
        assert_eq!(
            count(&conn, "SELECT count(*) FROM statements WHERE id = 9"),
            1
        );
        let hits = "SELECT count(*) FROM statements_fts WHERE statements_fts MATCH 'body OR ody'";
        assert_eq!(count(&conn, hits), 2, "both rows are searchable");
    }

    #[test]
    fn newer_database_is_refused_naming_both_versions() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v99.db");
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE future (x INTEGER); PRAGMA user_version = 99;")
            .unwrap();
        drop(conn);
        let mut conn = Connection::open(&path).unwrap();
        let err = migrate(&mut conn, &path).unwrap_err().to_string();
        assert!(
            err.contains("99") && err.contains(&format!("up to {SCHEMA_VERSION}")),
            "{err}"
        );
        let future: i64 = conn
            .query_row("SELECT count(*) FROM future", [], |r| r.get(0))
            .unwrap();
        assert_eq!(future, 0, "the newer database is left as it was");
    }

    #[test]
    fn other_sqlite_file_is_not_a_whosaid_database() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("other.db");
        let mut conn = Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE notes (x TEXT);").unwrap();
        let err = migrate(&mut conn, &path).unwrap_err();
        assert!(matches!(err, Error::NotWhosaid { .. }), "{err}");
    }

    #[test]
    fn file_connection_uses_wal_and_normal_sync() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.db");
        let conn = Connection::open(&path).unwrap();
        configure(&conn, &path).unwrap();
        let mode: String = conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        let sync: i64 = conn
            .query_row("PRAGMA synchronous", [], |r| r.get(0))
            .unwrap();
        assert_eq!((mode.as_str(), sync), ("wal", 1));
    }
}
