//! The library's one error type, and how errors map to exit codes.
//!
//! Messages are lowercase without a final period, name the file (and line where it helps) and
//! say how to fix the problem when there is a fix. Only `main.rs` prints them.

use std::path::PathBuf;

/// Everything that can go wrong in whosaid.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file involved ("-" for standard input or output).
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// The database failed.
    #[error("database {path}: {source}")]
    Db {
        /// The database file.
        path: PathBuf,
        /// What SQLite said.
        source: rusqlite::Error,
    },
    /// The database was written by a newer whosaid.
    #[error(
        "database {path} has schema version {found}, this whosaid supports up to {supported}: \
         upgrade whosaid or use another --db"
    )]
    SchemaTooNew {
        /// The database file.
        path: PathBuf,
        /// Version found in the file.
        found: i64,
        /// Newest version this build knows.
        supported: i64,
    },
    /// The database file is some other SQLite file, or not SQLite at all.
    #[error(
        "{path} is not a whosaid database: choose another --db (a new file is created on first use)"
    )]
    NotWhosaid {
        /// The file given as --db.
        path: PathBuf,
    },
    /// The folder the database should be in does not exist.
    #[error("database {path}: folder {folder} does not exist: create it or choose another --db")]
    DbFolderMissing {
        /// The file given as --db.
        path: PathBuf,
        /// Its missing folder.
        folder: PathBuf,
    },
    /// Writing CSV failed.
    #[error("csv: {0}")]
    Csv(#[from] csv::Error),
    /// Writing JSON failed.
    #[error("json: {0}")]
    Json(#[from] serde_json::Error),
    /// A person name matched nobody, or several people.
    #[error("{0}")]
    Person(String),
    /// The user asked for something that cannot be done.
    #[error("{0}")]
    Usage(String),
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// Wraps an IO error with the path it concerns.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    /// True when the error is a closed pipe on output, which is not a failure.
    pub fn is_broken_pipe(&self) -> bool {
        match self {
            Error::Io { source, .. } => source.kind() == std::io::ErrorKind::BrokenPipe,
            Error::Csv(e) => match e.kind() {
                csv::ErrorKind::Io(io) => io.kind() == std::io::ErrorKind::BrokenPipe,
                _ => false,
            },
            Error::Json(e) => e.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe),
            _ => false,
        }
    }
}

/// Exit code: everything went through.
pub const EXIT_OK: i32 = 0;
/// Exit code: the run finished but some inputs were skipped (each reported on stderr).
pub const EXIT_SKIPPED: i32 = 1;
/// Exit code: usage error or a fatal error (as clap uses for bad arguments).
pub const EXIT_FATAL: i32 = 2;
