//! One statement by its stable id, with everything `whosaid show` and `explain` print.
//!
//! A stable id is `HASH:START`: the first 8 hex digits of the article's content hash and the
//! statement's start offset (characters). It comes from the statement's natural key, so it
//! stays the same across re-imports and in every database holding the article. A longer or
//! shorter hash prefix (at least 4 digits) is accepted, and `HASH:START-END` for the rare
//! statements that share a start.

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use super::queries::{TimelineRow, row_columns, row_tables, timeline_row};

/// A statement id as the user gave it, split into its parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementKey {
    /// Leading hex digits of the article's content hash.
    pub hash_prefix: String,
    /// Start offset (characters).
    pub start: i64,
    /// End offset (characters), when given.
    pub end: Option<i64>,
}

impl StatementKey {
    /// Reads `HASH:START` or `HASH:START-END`; `None` when `id` is not of that shape.
    pub fn parse(id: &str) -> Option<StatementKey> {
        let (hash, offsets) = id.trim().split_once(':')?;
        let (start, end) = match offsets.split_once('-') {
            Some((start, end)) => (start, Some(end.parse().ok()?)),
            None => (offsets, None),
        };
        let hash = hash.to_ascii_lowercase();
        let hex = hash.len() >= 4 && hash.chars().all(|c| c.is_ascii_hexdigit());
        Some(StatementKey {
            hash_prefix: hex.then_some(hash)?,
            start: start.parse().ok()?,
            end,
        })
    }
}

/// A statement with its article and the positions of its speaker mention and cue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatementDetail {
    /// The statement as listings show it (id, speaker, date, article, …).
    #[serde(flatten)]
    pub row: TimelineRow,
    /// Speaker mention start and end (characters).
    pub mention_start: Option<i64>,
    /// Speaker mention end (characters).
    pub mention_end: Option<i64>,
    /// Cue start (characters).
    pub cue_start: Option<i64>,
    /// Cue end (characters).
    pub cue_end: Option<i64>,
    /// Start of the first piece, for pieces of one split quotation.
    pub piece_of: Option<i64>,
    /// Where the publication date came from: header, option or dateline.
    pub published_from: Option<String>,
    /// When the article was imported.
    pub imported_at: String,
    /// The article's full text (offsets point into it); not serialised.
    #[serde(skip)]
    pub body: String,
}

const FIND: &str = "SELECT s.id FROM statements s JOIN articles a ON a.id = s.article_id \
    WHERE a.content_hash >= ?1 AND a.content_hash < ?1 || 'g' \
      AND s.start_offset = ?2 AND (?3 IS NULL OR s.end_offset = ?3) LIMIT 2";

/// The row ids of the statements `key` names (more than one when the prefix is ambiguous).
pub(super) fn find(conn: &Connection, key: &StatementKey) -> rusqlite::Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(FIND)?;
    let rows = stmt.query_map(params![key.hash_prefix, key.start, key.end], |r| r.get(0))?;
    rows.collect()
}

const DETAIL: &str = concat!(
    "SELECT ",
    row_columns!(),
    ", s.mention_start, s.mention_end, s.cue_start, s.cue_end, s.piece_of, \
       a.published_from, a.imported_at, a.body FROM",
    row_tables!(),
    "WHERE s.id = ?1"
);

/// The statement at row id `rowid`.
pub(super) fn detail(conn: &Connection, rowid: i64) -> rusqlite::Result<Option<StatementDetail>> {
    conn.query_row(DETAIL, [rowid], |r| {
        let n = super::queries::ROW_COLUMNS;
        Ok(StatementDetail {
            row: timeline_row(r)?,
            mention_start: r.get(n)?,
            mention_end: r.get(n + 1)?,
            cue_start: r.get(n + 2)?,
            cue_end: r.get(n + 3)?,
            piece_of: r.get(n + 4)?,
            published_from: r.get(n + 5)?,
            imported_at: r.get(n + 6)?,
            body: r.get(n + 7)?,
        })
    })
    .optional()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_parse_and_bad_ones_do_not() {
        let key = StatementKey::parse("3F2A9C01:562-632").unwrap();
        assert_eq!(
            (key.hash_prefix.as_str(), key.start, key.end),
            ("3f2a9c01", 562, Some(632))
        );
        assert_eq!(StatementKey::parse("3f2a9c01:562").unwrap().end, None);
        for bad in ["", "42", "xyz1:1-2", "3f2a:x", "3f2a:1-b", "3f:1-2"] {
            assert_eq!(StatementKey::parse(bad), None, "{bad:?}");
        }
    }
}
