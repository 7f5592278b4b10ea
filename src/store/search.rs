//! Full-text search over statements (`statements_fts`, FTS5), ranked by bm25.
//!
//! User text is searched literally: every word becomes a quoted FTS5 string, so `AND`, `-`,
//! `:`, `(` or `'` are words to find, never syntax. Two things are read from it: a run in
//! double quotes is a phrase, and a word ending in `*` is a prefix. `--fts` passes an FTS5
//! query through untouched, for those who want its full syntax.
//!
//! Ranking: bm25 over the newest `RANK_WINDOW` matches (all of them for any but the most
//! common words), so that a search over a million statements stays fast (docs/performance.md).

use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{Connection, params, params_from_iter};

use super::ids::PersonId;
use super::queries::{
    TimelineFilter, TimelineRow, push_filters, row_columns, row_tables, timeline_row,
};
use crate::model::StatementKind;

/// Marks the start of a match in `SearchHit::highlighted`.
pub const MATCH_START: char = '\u{2}';
/// Marks the end of a match in `SearchHit::highlighted`.
pub const MATCH_END: char = '\u{3}';

/// What to search for, and which statements may match.
#[derive(Debug, Clone, Default)]
pub struct SearchFilter {
    /// An FTS5 query (see `fts_query` for turning user text into one).
    pub query: String,
    /// Only this person.
    pub person: Option<PersonId>,
    /// said_on on or after.
    pub from: Option<NaiveDate>,
    /// said_on on or before.
    pub to: Option<NaiveDate>,
    /// Only this kind.
    pub kind: Option<StatementKind>,
    /// At most this many hits, best first.
    pub limit: usize,
}

/// One statement found.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchHit {
    /// The statement.
    pub row: TimelineRow,
    /// Its text with each match between `MATCH_START` and `MATCH_END`.
    pub highlighted: String,
    /// bm25 score (lower is better).
    pub rank: f64,
}

/// How many matches, newest first, are ranked by bm25 at most: a word in most statements
/// then costs a bounded time, and the best of its 2,000 latest matches are shown.
pub const RANK_WINDOW: usize = 2_000;

/// The matches that pass the filters, with their bm25 scores; `push_filters` adds the
/// conditions that are set (they join only `statements`), then the order and limit follow.
const RANKED: &str = "SELECT f.rowid, bm25(statements_fts) FROM statements_fts f \
    JOIN statements s ON s.id = f.rowid \
    WHERE statements_fts MATCH ?";

/// The same without filters: the index alone.
const RANKED_ALL: &str = "SELECT rowid, bm25(statements_fts) FROM statements_fts \
    WHERE statements_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?2";

/// One hit's row, then its text with the matches marked.
const ROW: &str = concat!(
    "SELECT ",
    row_columns!(),
    "FROM",
    row_tables!(),
    "WHERE s.id = ?1"
);
const HIGHLIGHT: &str = "SELECT highlight(statements_fts, 0, char(2), char(3)) \
    FROM statements_fts WHERE statements_fts MATCH ?1 AND rowid = ?2";

/// The best `f.limit` matches by bm25 among the newest `RANK_WINDOW` (or `f.limit`, when
/// more) that pass the filters.
fn ranked(conn: &Connection, f: &SearchFilter) -> rusqlite::Result<Vec<(i64, f64)>> {
    let limit = i64::try_from(f.limit.max(RANK_WINDOW)).unwrap_or(i64::MAX);
    let unfiltered = f.person.is_none() && f.from.is_none() && f.to.is_none() && f.kind.is_none();
    let ranked: Vec<(i64, f64)> = if unfiltered {
        let mut stmt = conn.prepare_cached(RANKED_ALL)?;
        let rows = stmt.query_map(params![f.query, limit], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    } else {
        let filter = TimelineFilter {
            person: f.person,
            from: f.from,
            to: f.to,
            kind: f.kind,
        };
        let (mut sql, mut values) = (String::from(RANKED), vec![Value::Text(f.query.clone())]);
        push_filters(&filter, &mut sql, &mut values);
        sql.push_str(" ORDER BY f.rowid DESC LIMIT ?");
        values.push(Value::Integer(limit));
        let mut stmt = conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params_from_iter(values), |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let mut ranked = ranked;
    ranked.sort_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
    ranked.truncate(f.limit);
    Ok(ranked)
}

pub(super) fn search(conn: &Connection, f: &SearchFilter) -> rusqlite::Result<Vec<SearchHit>> {
    let ranked = ranked(conn, f)?;
    let mut row = conn.prepare_cached(ROW)?;
    let mut mark = conn.prepare_cached(HIGHLIGHT)?;
    ranked
        .into_iter()
        .map(|(id, rank)| {
            Ok(SearchHit {
                row: row.query_row([id], timeline_row)?,
                highlighted: mark.query_row(params![f.query, id], |r| r.get(0))?,
                rank,
            })
        })
        .collect()
}

/// The FTS5 query for user text searched literally: each word a quoted string (all must
/// match), `"a run"` a phrase, `word*` a prefix. `None` when nothing searchable is left.
pub fn fts_query(text: &str) -> Option<String> {
    let mut terms = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| !c.is_whitespace()) {
        rest = &rest[start..];
        let (term, prefix, after) = if let Some(inner) = rest.strip_prefix('"') {
            // A phrase runs to the next double quote, or to the end when unclosed.
            let end = inner.find('"').unwrap_or(inner.len());
            let after = inner.get(end + 1..).unwrap_or("");
            (
                &inner[..end],
                after.starts_with('*'),
                after.trim_start_matches('*'),
            )
        } else {
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            let word = &rest[..end];
            let stem = word.trim_end_matches('*');
            (stem, stem.len() < word.len(), &rest[end..])
        };
        if term.chars().any(char::is_alphanumeric) {
            let quoted = format!(
                "\"{}\"{}",
                term.replace('"', "\"\""),
                if prefix { "*" } else { "" }
            );
            terms.push(quoted);
        }
        rest = after;
    }
    (!terms.is_empty()).then(|| terms.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_quoted_so_syntax_is_literal() {
        assert_eq!(
            fts_query("water AND plan").unwrap(),
            r#""water" "AND" "plan""#
        );
        assert_eq!(fts_query("don't -x (y)").unwrap(), r#""don't" "-x" "(y)""#);
        assert_eq!(fts_query("col:umn").unwrap(), r#""col:umn""#);
    }

    #[test]
    fn phrases_and_prefixes_are_kept() {
        assert_eq!(
            fts_query(r#""river we" borrow"#).unwrap(),
            r#""river we" "borrow""#
        );
        assert_eq!(fts_query("drou*").unwrap(), r#""drou"*"#);
        assert_eq!(fts_query(r#""a riv"*"#).unwrap(), r#""a riv"*"#);
        assert_eq!(
            fts_query(r#""unclosed phrase"#).unwrap(),
            r#""unclosed phrase""#
        );
    }

    #[test]
    fn nothing_searchable_is_none() {
        assert_eq!(fts_query("  "), None);
        assert_eq!(fts_query("-- * \"\""), None);
    }

    #[test]
    fn every_literal_query_is_valid_fts5() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE VIRTUAL TABLE t USING fts5 (x); INSERT INTO t VALUES ('a b');")
            .unwrap();
        for text in [
            "\"",
            "a\"b",
            "NEAR(a b)",
            "x OR",
            "^a",
            "a+b",
            "'; DROP TABLE t; --",
            "*a",
        ] {
            let Some(q) = fts_query(text) else { continue };
            let r: rusqlite::Result<i64> =
                conn.query_row("SELECT count(*) FROM t WHERE t MATCH ?1", [&q], |r| {
                    r.get(0)
                });
            assert!(r.is_ok(), "{text:?} -> {q:?}: {r:?}");
        }
    }
}
