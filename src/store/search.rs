//! Full-text search over statements (`statements_fts`, FTS5), ranked by bm25.
//!
//! User text is searched literally: every word becomes a quoted FTS5 string, so `AND`, `-`,
//! `:`, `(` or `'` are words to find, never syntax. Two things are read from it: a run in
//! double quotes is a phrase, and a word ending in `*` is a prefix. `--fts` passes an FTS5
//! query through untouched, for those who want its full syntax.
//!
//! Ranking: bm25 over the newest `RANK_WINDOW` matches that pass the filters (all of them
//! for any but the most common words). FTS5's `bm25()` first counts every statement holding
//! each phrase, which costs more than a search may take for a word in most statements; so
//! for a literal query each phrase's count is estimated first (from its newest matches), and
//! when one is common, bm25 is computed here (`rank`) on the newest matches' text, read
//! without any score and filtered as they come. When the filters keep fewer statements than
//! the matches a scan would read, those statements are read instead and their text matched
//! and scored here, with the same tokens. Otherwise FTS5 ranks (docs/performance.md). Raw `--fts` queries are ranked by FTS5's `bm25()`.

use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, params, params_from_iter};

use super::columns::date_text;
use super::ids::PersonId;
use super::queries::{
    TimelineFilter, TimelineRow, push_filters, row_columns, row_tables, timeline_row,
};
use super::rank::{self, Corpus, Phrase};
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
    /// The phrases of a literal query (`phrases`), ranked here; empty for a raw FTS5 query,
    /// ranked by FTS5.
    pub phrases: Vec<Phrase>,
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

/// The best `f.limit` matches by FTS5's bm25 among the newest `RANK_WINDOW` (or `f.limit`,
/// when more) that pass the filters: for raw FTS5 queries.
fn ranked_by_fts5(conn: &Connection, f: &SearchFilter) -> rusqlite::Result<Vec<(i64, f64)>> {
    let limit = window(f);
    let ranked: Vec<(i64, f64)> = if unfiltered(f) {
        let mut stmt = conn.prepare_cached(RANKED_ALL)?;
        let rows = stmt.query_map(params![f.query, limit], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    } else {
        let filter = TimelineFilter {
            person: f.person,
            from: f.from,
            to: f.to,
            kind: f.kind,
            // Search finds every kind.
            all_claims: true,
        };
        let (mut sql, mut values) = (String::from(RANKED), vec![Value::Text(f.query.clone())]);
        push_filters(&filter, &mut sql, &mut values);
        sql.push_str(" ORDER BY f.rowid DESC LIMIT ?");
        values.push(Value::Integer(limit));
        let mut stmt = conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params_from_iter(values), |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    Ok(best(ranked, f.limit))
}

fn window(f: &SearchFilter) -> i64 {
    i64::try_from(f.limit.max(RANK_WINDOW)).unwrap_or(i64::MAX)
}

fn unfiltered(f: &SearchFilter) -> bool {
    f.person.is_none() && f.from.is_none() && f.to.is_none() && f.kind.is_none()
}

/// The `limit` lowest scores, newer first among equals.
fn best(mut ranked: Vec<(i64, f64)>, limit: usize) -> Vec<(i64, f64)> {
    ranked.sort_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
    ranked.truncate(limit);
    ranked
}

/// The best `f.limit` matches of a literal query by bm25 computed here, among the newest
/// `RANK_WINDOW` that pass the filters.
fn ranked_here(conn: &Connection, f: &SearchFilter) -> rusqlite::Result<Vec<(i64, f64)>> {
    let (corpus, last) = corpus(conn)?;
    let counts = f
        .phrases
        .iter()
        .map(|p| phrase_count(conn, &p.fts, corpus, last))
        .collect::<rusqlite::Result<Vec<f64>>>()?;
    let matches = counts.iter().copied().fold(corpus.rows, f64::min);
    let affordable = affordable(conn, f, &counts, corpus, last)?;
    let plan = if unfiltered(f) {
        Plan::Scan
    } else {
        plan(conn, f, corpus.rows, matches)?
    };
    let found = match plan {
        Plan::Kept => kept_matching(conn, f)?,
        Plan::Intersect => intersected(conn, f)?,
        Plan::WalkKept => walked(conn, f)?,
        Plan::Scan if affordable => {
            return ranked_by_fts5(conn, f);
        }
        Plan::Scan => newest(conn, f)?,
    };
    let scored = found
        .into_iter()
        .map(|(id, text)| (id, rank::bm25(&f.phrases, &counts, corpus, &text)))
        .collect();
    Ok(best(scored, f.limit))
}

/// Up to this many statements holding each phrase, FTS5's `bm25()` (which counts them all
/// first) costs less than reading the candidates' text to score them here.
const FTS5_AFFORDABLE: f64 = 50_000.0;

/// Whether FTS5's `bm25()` is cheap for these phrases: it reads, for each phrase, every
/// statement holding all its words (a phrase of common words costs about as much as its
/// rarest word, however rare the phrase itself).
fn affordable(
    conn: &Connection,
    f: &SearchFilter,
    counts: &[f64],
    corpus: Corpus,
    last: i64,
) -> rusqlite::Result<bool> {
    for (p, &count) in f.phrases.iter().zip(counts) {
        if count > FTS5_AFFORDABLE {
            return Ok(false);
        }
        if p.words.len() < 2 {
            continue;
        }
        let mut rarest = f64::MAX;
        for (i, word) in p.words.iter().enumerate() {
            let last_prefix = p.prefix && i + 1 == p.words.len();
            let fts = format!("\"{word}\"{}", if last_prefix { "*" } else { "" });
            rarest = rarest.min(phrase_count(conn, &fts, corpus, last)?);
        }
        if rarest > FTS5_AFFORDABLE {
            return Ok(false);
        }
    }
    Ok(true)
}

/// How many matches of a phrase are read to estimate how many statements hold it.
const PROBE: i64 = 1_000;

/// How many statements hold the phrase `fts`: counted when fewer than `PROBE` do, otherwise
/// estimated from how densely its newest `PROBE` matches lie among the rowids up to `last`.
fn phrase_count(conn: &Connection, fts: &str, corpus: Corpus, last: i64) -> rusqlite::Result<f64> {
    let mut probe = conn.prepare_cached(
        "SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?1 \
         ORDER BY rowid DESC LIMIT 1 OFFSET ?2",
    )?;
    let nth: Option<i64> = probe
        .query_row(params![fts, PROBE - 1], |r| r.get(0))
        .optional()?;
    let Some(nth) = nth else {
        let mut count = conn
            .prepare_cached("SELECT count(*) FROM statements_fts WHERE statements_fts MATCH ?1")?;
        return count.query_row([fts], |r| r.get::<_, i64>(0).map(|n| n as f64));
    };
    let span = (last - nth + 1).max(1) as f64;
    Ok((PROBE as f64 * corpus.rows / span).clamp(PROBE as f64, corpus.rows))
}

/// bm25's corpus figures, from FTS5's own record of them (the averages row, id 1, of
/// `statements_fts_data`: varints of the row count, then each column's token total), and
/// the last statement rowid. Counted from `statements` if the record cannot be read.
fn corpus(conn: &Connection) -> rusqlite::Result<(Corpus, i64)> {
    let last: i64 = conn.query_row("SELECT coalesce(max(id), 0) FROM statements", [], |r| {
        r.get(0)
    })?;
    let block: Option<Vec<u8>> = conn
        .query_row(
            "SELECT block FROM statements_fts_data WHERE id = 1",
            [],
            |r| r.get(0),
        )
        .optional()?;
    let decoded = block.as_deref().and_then(|b| {
        let (rows, used) = varint(b)?;
        let (tokens, _) = varint(b.get(used..)?)?;
        Some((rows as f64, tokens as f64))
    });
    let (rows, tokens) = match decoded {
        Some(d) => d,
        None => {
            let n: i64 = conn.query_row("SELECT count(*) FROM statements", [], |r| r.get(0))?;
            (n as f64, n as f64 * 20.0)
        }
    };
    let corpus = Corpus {
        rows: rows.max(1.0),
        mean_len: tokens / rows.max(1.0),
    };
    Ok((corpus, last))
}

/// An SQLite varint (as FTS5 writes them): big-endian groups of 7 bits, the high bit set on
/// all but the last; a ninth byte gives 8 bits. The value and the bytes it took.
fn varint(bytes: &[u8]) -> Option<(u64, usize)> {
    let mut value = 0u64;
    for (i, &byte) in bytes.iter().enumerate().take(9) {
        if i == 8 {
            return Some(((value << 8) | u64::from(byte), 9));
        }
        value = (value << 7) | u64::from(byte & 0x7f);
        if byte & 0x80 == 0 {
            return Some((value, i + 1));
        }
    }
    None
}

/// The newest `RANK_WINDOW` matches that pass the filters, with their text.
fn newest(conn: &Connection, f: &SearchFilter) -> rusqlite::Result<Vec<(i64, String)>> {
    let (conds, mut values) = filter_conditions(f, 3);
    let sql = if conds.is_empty() {
        NEWEST.to_string()
    } else {
        format!("{NEWEST_SCAN}{conds} ORDER BY f.rowid DESC LIMIT ?2")
    };
    values.insert(0, Value::Integer(window(f)));
    values.insert(0, Value::Text(f.query.clone()));
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(values), |r| {
        Ok((r.get(0)?, r.get(1)?))
    })?;
    rows.collect()
}

/// The newest matches, from the index alone.
const NEWEST: &str = "SELECT id, text FROM statements WHERE id IN (SELECT rowid FROM \
    statements_fts WHERE statements_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?2)";
/// The newest matches, each joined to its statement and filtered (the conditions follow).
const NEWEST_SCAN: &str = "SELECT s.id, s.text FROM statements_fts f \
    JOIN statements s ON s.id = f.rowid WHERE statements_fts MATCH ?1";

/// The newest `RANK_WINDOW` statements the filters keep whose text holds every phrase.
fn kept_matching(conn: &Connection, f: &SearchFilter) -> rusqlite::Result<Vec<(i64, String)>> {
    let (conds, values) = filter_conditions(f, 1);
    let sql = format!("SELECT s.id, s.text FROM statements s WHERE 1{conds} ORDER BY s.id DESC");
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query(rusqlite::params_from_iter(values))?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let text: String = r.get(1)?;
        if rank::matches(&f.phrases, &text) {
            out.push((r.get(0)?, text));
            if out.len() >= f.limit.max(RANK_WINDOW) {
                break;
            }
        }
    }
    Ok(out)
}

/// The set conditions as ` AND s.x = ?n`, numbered from `?first`, and their values; each
/// only when set, so that SQLite uses the index that serves it.
fn filter_conditions(f: &SearchFilter, first: usize) -> (String, Vec<Value>) {
    let mut sql = String::new();
    let mut values = Vec::new();
    let mut and = |cond: &str, value: Value| {
        sql.push_str(&format!(" AND s.{cond} ?{}", values.len() + first));
        values.push(value);
    };
    if let Some(p) = f.person {
        and("person_id =", Value::Integer(p.0));
    }
    if let Some(d) = f.from {
        and("said_on >=", Value::Text(date_text(d)));
    }
    if let Some(d) = f.to {
        and("said_on <=", Value::Text(date_text(d)));
    }
    if let Some(k) = f.kind {
        and("kind =", Value::Text(k.as_str().to_string()));
    }
    (sql, values)
}

/// How the statements to rank are found when filters are set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Plan {
    /// The newest matches, each joined to its statement and filtered.
    Scan,
    /// The statements the filters keep, their text matched here.
    Kept,
    /// The rowids of all matches and of the kept statements, intersected.
    Intersect,
    /// The rowids of all matches held, and the kept statements' rowids walked on their
    /// index against them: for a broad filter (a date range over years) and fewer matches.
    WalkKept,
}

/// Relative costs: reading one statement row (scattered over the table), and one rowid from
/// an index.
/// (Measured on 1,000,000 statements: a row read while joining 2.6 µs, a rowid from the
/// date index 0.09 µs, from FTS5 0.17 µs.)
const ROW_COST: f64 = 25.0;
const ID_COST: f64 = 1.0;

/// The kept statements are counted up to this many (counting costs about as much as
/// reading their rowids); more are scanned for.
const KEPT_COUNTED: i64 = 50_000;

/// The cheapest plan for `f`'s filters, from the number of statements the person and date
/// filters keep (counted on their indexes, up to `KEPT_COUNTED`) and the estimated
/// `matches`. A kind alone, which keeps about a third, is always scanned.
fn plan(conn: &Connection, f: &SearchFilter, rows: f64, matches: f64) -> rusqlite::Result<Plan> {
    if f.person.is_none() && f.from.is_none() && f.to.is_none() {
        return Ok(Plan::Scan);
    }
    // A date range alone that spans many statements is estimated from the span of dates,
    // not counted (counting costs about as much as the plan it chooses).
    let spread = dated_share(conn, f)?.map(|share| share * rows);
    let kept = match spread {
        Some(k) if k >= 2.0 * KEPT_COUNTED as f64 => k,
        _ => {
            let (conds, values) = filter_conditions(&kind_free(f), 1);
            let sql = format!(
                "SELECT count(*) FROM (SELECT 1 FROM statements s WHERE 1{conds} LIMIT {KEPT_COUNTED})"
            );
            let mut stmt = conn.prepare_cached(&sql)?;
            let kept: i64 = stmt.query_row(rusqlite::params_from_iter(values), |r| r.get(0))?;
            match spread {
                _ if kept < KEPT_COUNTED => (kept as f64).max(1.0),
                Some(k) => k.max(KEPT_COUNTED as f64),
                // Broad filters: at least one statement in `rows / KEPT_COUNTED` passes.
                None => return Ok(Plan::Scan),
            }
        }
    };
    let window = RANK_WINDOW as f64;
    let costs = [
        (Plan::Scan, matches.min(window * rows / kept) * ROW_COST),
        (Plan::Kept, kept * ROW_COST),
        (
            Plan::Intersect,
            (matches + kept) * ID_COST + window.min(matches * kept / rows) * ROW_COST,
        ),
        (
            // No sort of the kept rowids, each looked up among the matches.
            Plan::WalkKept,
            (matches + kept / 2.0) * ID_COST + window.min(matches * kept / rows) * ROW_COST,
        ),
    ];
    let best = costs.iter().min_by(|a, b| a.1.total_cmp(&b.1));
    Ok(best.map_or(Plan::Scan, |c| c.0))
}

/// The share of statements a date range alone keeps, estimated as the share of the days
/// from the first statement's date to the last that it covers (two index lookups); `None`
/// with a person filter, or when the dates cannot be read.
fn dated_share(conn: &Connection, f: &SearchFilter) -> rusqlite::Result<Option<f64>> {
    if f.person.is_some() {
        return Ok(None);
    }
    let (first, last): (Option<String>, Option<String>) = conn
        .prepare_cached(
            "SELECT (SELECT min(said_on) FROM statements), (SELECT max(said_on) FROM statements)",
        )?
        .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let day = |d: Option<String>| {
        d.and_then(|d| NaiveDate::parse_from_str(d.get(..10).unwrap_or(&d), "%Y-%m-%d").ok())
    };
    let (Some(first), Some(last)) = (day(first), day(last)) else {
        return Ok(None);
    };
    let (from, to) = (
        f.from.unwrap_or(first).max(first),
        f.to.unwrap_or(last).min(last),
    );
    let days = |a: NaiveDate, b: NaiveDate| (b - a).num_days() as f64 + 1.0;
    Ok(Some((days(from, to).max(0.0) / days(first, last)).min(1.0)))
}

fn kind_free(f: &SearchFilter) -> SearchFilter {
    SearchFilter {
        kind: None,
        ..f.clone()
    }
}

/// The newest `RANK_WINDOW` matches among the statements the person and date filters keep,
/// found by intersecting the two rowid lists, with their text (and the kind filter applied).
fn intersected(conn: &Connection, f: &SearchFilter) -> rusqlite::Result<Vec<(i64, String)>> {
    let (conds, values) = filter_conditions(&kind_free(f), 1);
    let mut kept_stmt =
        conn.prepare_cached(&format!("SELECT s.id FROM statements s WHERE 1{conds}"))?;
    let mut kept: Vec<i64> = kept_stmt
        .query_map(rusqlite::params_from_iter(values), |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    kept.sort_unstable();
    let mut matched = conn.prepare_cached(
        "SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?1 ORDER BY rowid DESC",
    )?;
    let both: Vec<i64> = matched
        .query_map([&f.query], |r| r.get(0))?
        .filter(|id| {
            id.as_ref()
                .map_or(true, |id| kept.binary_search(id).is_ok())
        })
        .collect::<rusqlite::Result<_>>()?;
    with_text(conn, f, both)
}

/// The statements `ids` (newest first) with their text, those of `f.kind` when set, up to
/// the ranking window.
fn with_text(
    conn: &Connection,
    f: &SearchFilter,
    ids: Vec<i64>,
) -> rusqlite::Result<Vec<(i64, String)>> {
    let mut text = conn.prepare_cached(
        "SELECT id, text FROM statements WHERE id = ?1 AND (?2 IS NULL OR kind = ?2)",
    )?;
    let mut out = Vec::new();
    for id in ids {
        if let Some(row) = text
            .query_row(params![id, f.kind], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?
        {
            out.push(row);
            if out.len() >= f.limit.max(RANK_WINDOW) {
                break;
            }
        }
    }
    Ok(out)
}

/// `intersected` the other way round: every match's rowid held, the kept statements'
/// rowids walked on their index and looked up among them, the newest `RANK_WINDOW` that
/// pass read with their text (and the kind filter applied).
fn walked(conn: &Connection, f: &SearchFilter) -> rusqlite::Result<Vec<(i64, String)>> {
    let mut matched =
        conn.prepare_cached("SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?1")?;
    let ids = IdSet::new(
        matched
            .query_map([&f.query], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?,
    );
    let (conds, values) = filter_conditions(&kind_free(f), 1);
    let mut kept_stmt =
        conn.prepare_cached(&format!("SELECT s.id FROM statements s WHERE 1{conds}"))?;
    let mut kept = kept_stmt.query(rusqlite::params_from_iter(values))?;
    let mut both = Vec::new();
    while let Some(r) = kept.next()? {
        let id: i64 = r.get(0)?;
        if ids.contains(id) {
            both.push(id);
        }
    }
    both.sort_unstable_by(|a, b| b.cmp(a));
    with_text(conn, f, both)
}

/// A set of rowids: a bitmap over their span when that takes at most a word per id (ids of
/// a common word lie close), else the sorted list.
struct IdSet {
    first: i64,
    bits: Vec<u64>,
    sorted: Vec<i64>,
}

impl IdSet {
    fn new(mut ids: Vec<i64>) -> IdSet {
        ids.sort_unstable();
        let (Some(&first), Some(&last)) = (ids.first(), ids.last()) else {
            return IdSet {
                first: 0,
                bits: Vec::new(),
                sorted: ids,
            };
        };
        let words = usize::try_from(last.saturating_sub(first) / 64 + 1).unwrap_or(usize::MAX);
        if words > ids.len() {
            return IdSet {
                first,
                bits: Vec::new(),
                sorted: ids,
            };
        }
        let mut bits = vec![0u64; words];
        for id in ids {
            let at = (id - first) as usize;
            bits[at / 64] |= 1 << (at % 64);
        }
        IdSet {
            first,
            bits,
            sorted: Vec::new(),
        }
    }

    fn contains(&self, id: i64) -> bool {
        if self.bits.is_empty() {
            return self.sorted.binary_search(&id).is_ok();
        }
        let Some(at) = id
            .checked_sub(self.first)
            .and_then(|at| usize::try_from(at).ok())
        else {
            return false;
        };
        self.bits
            .get(at / 64)
            .is_some_and(|w| w >> (at % 64) & 1 == 1)
    }
}

/// The best matches of `f`, with their rows and highlighted text. The database is read, not
/// memory-mapped: a search reads scattered rows, and a mapped page's fault cost more than
/// the copy (1M bench, load 11: CPU 13 % less for a year-wide date range, 36 % for a kind).
pub(super) fn search(conn: &Connection, f: &SearchFilter) -> rusqlite::Result<Vec<SearchHit>> {
    let ranked = if f.phrases.is_empty() {
        ranked_by_fts5(conn, f)?
    } else {
        ranked_here(conn, f)?
    };
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
    let phrases = phrases(text);
    let fts: Vec<&str> = phrases.iter().map(|p| p.fts.as_str()).collect();
    (!fts.is_empty()).then(|| fts.join(" "))
}

/// The phrases of user text searched literally, as `fts_query` reads them.
pub fn phrases(text: &str) -> Vec<Phrase> {
    let mut phrases = Vec::new();
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
            phrases.push(Phrase::new(term, prefix));
        }
        rest = after;
    }
    phrases
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A store of `n` statements, one a day from 2015-01-01, every third holding "river".
    fn dated_store(n: usize) -> super::super::Store {
        let store = super::super::Store::open_in_memory().unwrap();
        let conn = &store.conn;
        conn.execute_batch(
            "INSERT INTO articles (id, content_hash, external_id, title, source, body, imported_at) \
             VALUES (1, 'h', 'a', 't', 's', 'x', '2026-01-01T00:00:00Z')",
        )
        .unwrap();
        let start = NaiveDate::from_ymd_opt(2015, 1, 1).unwrap();
        for i in 0..n {
            let day = start + chrono::Days::new(i as u64);
            let text = if i % 3 == 0 {
                "the river rose"
            } else {
                "the town slept"
            };
            conn.execute(
                "INSERT INTO statements (article_id, start_offset, end_offset, kind, text, \
                 speaker_kind, said_on, said_precision, said_basis) \
                 VALUES (1, ?1, ?1 + 1, ?2, ?3, 'unknown', ?4, 'day', 'published')",
                params![
                    i as i64,
                    ["direct", "indirect"][i % 2],
                    text,
                    date_text(day)
                ],
            )
            .unwrap();
        }
        store
    }

    fn filter(from: &str, to: &str) -> SearchFilter {
        SearchFilter {
            query: fts_query("river").unwrap(),
            phrases: phrases("river"),
            from: NaiveDate::parse_from_str(from, "%Y-%m-%d").ok(),
            to: NaiveDate::parse_from_str(to, "%Y-%m-%d").ok(),
            limit: 20,
            ..SearchFilter::default()
        }
    }

    #[test]
    fn every_plan_finds_the_same_statements_in_a_date_range() {
        let store = dated_store(3_000);
        for (from, to) in [("2016-01-01", "2016-12-31"), ("2015-03-01", "2022-01-01")] {
            for kind in [None, Some(StatementKind::Direct)] {
                let f = SearchFilter {
                    kind,
                    ..filter(from, to)
                };
                let ids = |found: Vec<(i64, String)>| {
                    let mut ids: Vec<i64> = found.into_iter().map(|(id, _)| id).collect();
                    ids.sort_unstable();
                    ids
                };
                let kept = ids(kept_matching(&store.conn, &f).unwrap());
                assert!(!kept.is_empty());
                assert_eq!(
                    kept,
                    ids(intersected(&store.conn, &f).unwrap()),
                    "{from} {kind:?}"
                );
                assert_eq!(
                    kept,
                    ids(walked(&store.conn, &f).unwrap()),
                    "{from} {kind:?}"
                );
                assert_eq!(
                    kept,
                    ids(newest(&store.conn, &f).unwrap()),
                    "{from} {kind:?}"
                );
            }
        }
    }

    #[test]
    fn an_id_set_holds_its_ids_dense_or_sparse() {
        for ids in [vec![5, 9, 70, 3, 64], vec![1, 1 << 40, -7], vec![]] {
            let set = IdSet::new(ids.clone());
            for probe in -10..200 {
                assert_eq!(set.contains(probe), ids.contains(&probe), "{ids:?} {probe}");
            }
            assert_eq!(set.contains(1 << 40), ids.contains(&(1 << 40)));
        }
    }

    #[test]
    fn a_date_range_share_is_the_share_of_days_it_covers() {
        let store = dated_store(1_000);
        let share = |from, to| {
            dated_share(&store.conn, &filter(from, to))
                .unwrap()
                .unwrap()
        };
        // 1,000 days from 2015-01-01: 2015 is 365 of them.
        assert!((share("2015-01-01", "2015-12-31") - 0.365).abs() < 1e-9);
        assert_eq!(share("2010-01-01", "2030-01-01"), 1.0);
        assert_eq!(share("2030-01-01", "2031-01-01"), 0.0);
        let person = SearchFilter {
            person: Some(PersonId(1)),
            ..filter("2015-01-01", "2015-12-31")
        };
        assert_eq!(dated_share(&store.conn, &person).unwrap(), None);
    }

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
