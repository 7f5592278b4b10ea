//! SQL text and the functions that run it. Values are always bound, never formatted in.

use chrono::NaiveDate;
use rusqlite::types::{ToSql, ToSqlOutput, Value};
use rusqlite::{Connection, Row, params};
use serde::Serialize;

use super::columns::{date_at, date_text};
use super::ids::{ArticleId, PersonId};
use crate::extract::CharIndex;
use crate::model::{DateBasis, Precision, SpeakerKind, Statement, StatementKind};
use crate::people::{self, Known};

/// The `articles` columns of one article.
pub(super) struct ArticleRow<'a> {
    pub hash: &'a str,
    pub external_id: &'a str,
    pub title: Option<&'a str>,
    pub source: Option<&'a str>,
    pub url: Option<&'a str>,
    pub published_on: Option<String>,
    pub published_from: Option<&'static str>,
    pub body: &'a str,
    pub imported_at: &'a str,
    pub byline: Option<&'a str>,
}

const INSERT_ARTICLE: &str = "INSERT INTO articles \
    (content_hash, external_id, title, source, url, published_on, published_from, body, imported_at, byline) \
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";

pub(super) fn insert_article(conn: &Connection, a: &ArticleRow) -> rusqlite::Result<ArticleId> {
    conn.prepare_cached(INSERT_ARTICLE)?.execute(params![
        a.hash,
        a.external_id,
        a.title,
        a.source,
        a.url,
        a.published_on,
        a.published_from,
        a.body,
        a.imported_at,
        a.byline
    ])?;
    Ok(ArticleId(conn.last_insert_rowid()))
}

const UPDATE_ARTICLE: &str = "UPDATE articles SET external_id = ?2, title = ?3, source = ?4, \
    url = ?5, published_on = ?6, published_from = ?7, imported_at = ?8, byline = ?9 WHERE id = ?1";

/// Removes an article's statements and takes the header fields of `a`, to store it again.
pub(super) fn clear_article(
    conn: &Connection,
    id: ArticleId,
    a: &ArticleRow,
) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM statements WHERE article_id = ?1")?
        .execute([id])?;
    conn.prepare_cached(UPDATE_ARTICLE)?.execute(params![
        id,
        a.external_id,
        a.title,
        a.source,
        a.url,
        a.published_on,
        a.published_from,
        a.imported_at,
        a.byline
    ])?;
    Ok(())
}

const INSERT_STATEMENTS: &str = "INSERT OR IGNORE INTO statements \
    (article_id, start_offset, end_offset, kind, text, person_id, speaker, speaker_kind, \
     speaker_mention, mention_start, mention_end, role, cue, cue_start, cue_end, \
     said_on, said_precision, said_basis, reported_by, piece_of) VALUES ";

/// Columns of one statement row.
const STATEMENT_COLUMNS: usize = 20;

/// Rows per INSERT, well within SQLite's 32,766 parameters.
const ROWS_PER_INSERT: usize = 500;

/// Inserts an article's statements, `people[i]` the person of `statements[i]`, in one
/// INSERT per 500: FTS5 writes its pending index to disk at the start of every statement
/// that writes to it (the insert trigger), so one insert per row made that once per row.
/// Returns how many were stored (one at the offsets of one already stored is not).
pub(super) fn insert_statements(
    conn: &Connection,
    article_id: ArticleId,
    statements: &[Statement],
    people: &[Option<PersonId>],
    ix: &CharIndex,
) -> rusqlite::Result<usize> {
    let mut stored = 0;
    for (rows, people) in statements
        .chunks(ROWS_PER_INSERT)
        .zip(people.chunks(ROWS_PER_INSERT))
    {
        let mut values = Vec::with_capacity(rows.len() * STATEMENT_COLUMNS);
        for (s, person) in rows.iter().zip(people) {
            statement_values(&mut values, article_id, *person, s, ix)?;
        }
        let tuples: Vec<String> = (0..rows.len())
            .map(|r| {
                let marks: Vec<String> = (1..=STATEMENT_COLUMNS)
                    .map(|c| format!("?{}", r * STATEMENT_COLUMNS + c))
                    .collect();
                format!("({})", marks.join(", "))
            })
            .collect();
        let sql = format!("{INSERT_STATEMENTS}{}", tuples.join(", "));
        stored += conn
            .prepare_cached(&sql)?
            .execute(rusqlite::params_from_iter(values))?;
    }
    Ok(stored)
}

/// The column values of one statement row, in `INSERT_STATEMENTS` order.
fn statement_values(
    values: &mut Vec<Value>,
    article_id: ArticleId,
    person: Option<PersonId>,
    s: &Statement,
    ix: &CharIndex,
) -> rusqlite::Result<()> {
    let mention = s.speaker.mention.as_ref();
    let cue = s.cue.as_ref();
    let date = s.said_on.as_ref();
    let at = |byte: usize| Some(ix.char_at(byte) as i64);
    let cells: [&dyn ToSql; STATEMENT_COLUMNS] = [
        &article_id,
        &at(s.span.start),
        &at(s.span.end),
        &s.kind,
        &s.text,
        &person,
        &s.speaker.name,
        &s.speaker.kind,
        &mention.map(|m| m.text.as_str()),
        &mention.and_then(|m| at(m.span.start)),
        &mention.and_then(|m| at(m.span.end)),
        &s.speaker.role,
        &cue.map(|c| c.text.as_str()),
        &cue.and_then(|c| at(c.span.start)),
        &cue.and_then(|c| at(c.span.end)),
        &date.map(|d| date_text(d.date)),
        &date.map(|d| d.precision),
        &date.map(|d| d.basis),
        &s.reported_by,
        &s.group.and_then(at),
    ];
    for cell in cells {
        values.push(match cell.to_sql()? {
            ToSqlOutput::Owned(v) => v,
            ToSqlOutput::Borrowed(v) => Value::try_from(v)?,
            // Zero blobs and arrays: no column here is either.
            _ => Value::Null,
        });
    }
    Ok(())
}

pub(super) fn insert_person(conn: &Connection, name: &str) -> rusqlite::Result<PersonId> {
    conn.prepare_cached("INSERT INTO people (name, name_key, surname_key) VALUES (?1, ?2, ?3)")?
        .execute(params![name, people::fold(name), people::surname_key(name)])?;
    Ok(PersonId(conn.last_insert_rowid()))
}

pub(super) fn rename(conn: &Connection, id: PersonId, name: &str) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "UPDATE people SET name = ?2, name_key = ?3, surname_key = ?4 WHERE id = ?1",
    )?
    .execute(params![
        id,
        name,
        people::fold(name),
        people::surname_key(name)
    ])?;
    Ok(())
}

pub(super) fn add_alias(
    conn: &Connection,
    id: PersonId,
    alias: &str,
    origin: &str,
) -> rusqlite::Result<()> {
    conn.prepare_cached("INSERT OR IGNORE INTO aliases (person_id, alias, alias_key, origin) VALUES (?1, ?2, ?3, ?4)")?
        .execute(params![id, alias, people::fold(alias), origin])?;
    Ok(())
}

fn known(row: &Row) -> rusqlite::Result<Known> {
    Ok(Known {
        id: row.get(0)?,
        name: row.get(1)?,
    })
}

/// People whose canonical name or an alias folds to `key`.
pub(super) fn people_by_key(conn: &Connection, key: &str) -> rusqlite::Result<Vec<Known>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, name FROM people WHERE name_key = ?1 \
         UNION SELECT p.id, p.name FROM aliases a JOIN people p ON p.id = a.person_id WHERE a.alias_key = ?1 \
         ORDER BY 1",
    )?;
    stmt.query_map([key], known)?.collect()
}

/// People whose canonical name (not alias) folds to `key`.
pub(super) fn people_by_name(conn: &Connection, key: &str) -> rusqlite::Result<Vec<Known>> {
    let mut stmt =
        conn.prepare_cached("SELECT id, name FROM people WHERE name_key = ?1 ORDER BY id")?;
    stmt.query_map([key], known)?.collect()
}

/// People whose name, read with hyphens as spaces, holds `part` as whole words. `%`, `_`
/// and `\` in `part` match only themselves.
pub(super) fn people_by_part(conn: &Connection, part: &str) -> rusqlite::Result<Vec<Known>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, name FROM people \
         WHERE ' ' || replace(name_key, '-', ' ') || ' ' LIKE '% ' || ?1 || ' %' ESCAPE '\\' \
         ORDER BY id",
    )?;
    stmt.query_map([like_literal(part)], known)?.collect()
}

/// `text` escaped for a LIKE pattern with `ESCAPE '\'`.
pub(super) fn like_literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// People whose surname folds to `key`.
pub(super) fn people_by_surname(conn: &Connection, key: &str) -> rusqlite::Result<Vec<Known>> {
    let mut stmt =
        conn.prepare_cached("SELECT id, name FROM people WHERE surname_key = ?1 ORDER BY id")?;
    stmt.query_map([key], known)?.collect()
}

/// Moves `absorb`'s statements and aliases to `keep` and removes `absorb`. A statement keeps
/// its `speaker` (the name its article gave), which is how `split` finds it again.
pub(super) fn merge(conn: &Connection, keep: &Known, absorb: &Known) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE statements SET person_id = ?1 WHERE person_id = ?2",
        params![keep.id, absorb.id],
    )?;
    conn.execute(
        "UPDATE OR IGNORE aliases SET person_id = ?1 WHERE person_id = ?2",
        params![keep.id, absorb.id],
    )?;
    add_alias(conn, keep.id, &absorb.name, "user")?;
    conn.execute("DELETE FROM people WHERE id = ?1", [absorb.id])?;
    Ok(())
}

/// The canonical name of person `id`.
pub(super) fn name_of(conn: &Connection, id: PersonId) -> rusqlite::Result<String> {
    conn.query_row("SELECT name FROM people WHERE id = ?1", [id], |r| r.get(0))
}

/// Every name person `id` goes by: the canonical name, then the aliases.
pub(super) fn aliases_of(conn: &Connection, id: PersonId) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT name FROM people WHERE id = ?1 UNION ALL \
         SELECT alias FROM aliases WHERE person_id = ?1",
    )?;
    stmt.query_map([id], |r| r.get(0))?.collect()
}

/// Every alias a user added, as (person, folded alias).
pub(super) fn user_aliases(conn: &Connection) -> rusqlite::Result<Vec<(PersonId, String)>> {
    let mut stmt =
        conn.prepare_cached("SELECT person_id, alias_key FROM aliases WHERE origin = 'user'")?;
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect()
}

/// Moves from person `from` to `to` the aliases folding to one of `keys` and the statements
/// whose speaker, as its article named them, folds to one of them; returns the statements
/// moved.
pub(super) fn move_back(
    conn: &Connection,
    from: PersonId,
    to: PersonId,
    keys: &[String],
) -> rusqlite::Result<usize> {
    let mut stmt =
        conn.prepare("SELECT id, coalesce(speaker, '') FROM statements WHERE person_id = ?1")?;
    let rows: Vec<(i64, String)> = stmt
        .query_map([from], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let name = name_of(conn, to)?;
    let mut moved = 0;
    for (id, speaker) in rows.iter().filter(|(_, s)| keys.contains(&people::fold(s))) {
        let speaker = if speaker.is_empty() { &name } else { speaker };
        conn.execute(
            "UPDATE statements SET person_id = ?2, speaker = ?3 WHERE id = ?1",
            params![id, to, speaker],
        )?;
        moved += 1;
    }
    for key in keys {
        conn.execute(
            "UPDATE OR IGNORE aliases SET person_id = ?3 WHERE person_id = ?1 AND alias_key = ?2",
            params![from, key, to],
        )?;
    }
    Ok(moved)
}

/// One person (or other speaker) in `whosaid people`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PersonSummary {
    /// Canonical name, or the organisation or source as written.
    pub name: String,
    /// person, organization, anonymous or unknown.
    pub kind: SpeakerKind,
    /// How many statements.
    pub statements: i64,
    /// Earliest said_on.
    pub first: Option<NaiveDate>,
    /// Latest said_on.
    pub last: Option<NaiveDate>,
    /// Other names, comma separated.
    pub aliases: String,
}

/// Speakers that are no person (organisations, anonymous sources, unresolved mentions) by
/// the name their articles gave; `{kind}` is empty or a condition on the kind (two texts, not
/// a catch-all `?1 IS NULL OR`, which would keep SQLite from any index on the kind).
macro_rules! speakers_sql {
    ($kind:literal) => {
        concat!(
            "SELECT s.speaker, s.speaker_kind, count(*), min(s.said_on), max(s.said_on), '' \
             FROM statements s WHERE s.person_id IS NULL AND s.speaker IS NOT NULL ",
            $kind,
            " GROUP BY s.speaker, s.speaker_kind ORDER BY count(*) DESC, s.speaker"
        )
    };
}

fn summary(r: &Row) -> rusqlite::Result<PersonSummary> {
    Ok(PersonSummary {
        name: r.get(0)?,
        kind: r.get(1)?,
        statements: r.get(2)?,
        first: date_at(r, 3)?,
        last: date_at(r, 4)?,
        aliases: r.get(5)?,
    })
}

/// The condition that keeps speech only (direct, mixed, indirect): beliefs, intentions,
/// findings and polls are counted and listed only with `--all-claims`.
macro_rules! speech_only {
    () => {
        "s.kind IN ('direct', 'mixed', 'indirect')"
    };
}

/// Speakers other than people, of `kind` (every kind when `None`); their claims beyond speech
/// count only when `all_claims`.
pub(super) fn speakers(
    conn: &Connection,
    kind: Option<SpeakerKind>,
    all_claims: bool,
) -> rusqlite::Result<Vec<PersonSummary>> {
    let claims = if all_claims {
        ""
    } else {
        concat!(" AND ", speech_only!())
    };
    match kind {
        Some(kind) => {
            let sql = format!(speakers_sql!("AND s.speaker_kind = ?1{}"), claims);
            let mut stmt = conn.prepare(&sql)?;
            stmt.query_map([kind], summary)?.collect()
        }
        None => {
            let sql = format!(speakers_sql!("{}"), claims);
            let mut stmt = conn.prepare(&sql)?;
            stmt.query_map([], summary)?.collect()
        }
    }
}

/// Everyone, most statements first: the kept counts of `person_counts` (of speech only), one
/// row a person; with `all_claims`, counted from the statements, claims beyond speech too.
pub(super) fn people(conn: &Connection, all_claims: bool) -> rusqlite::Result<Vec<PersonSummary>> {
    let sql = if all_claims {
        "SELECT p.name, 'person', count(s.id), min(s.said_on), max(s.said_on), \
            coalesce((SELECT group_concat(a.alias, ', ') FROM aliases a \
                      WHERE a.person_id = p.id AND a.alias <> p.name), '') \
         FROM people p LEFT JOIN statements s ON s.person_id = p.id \
         GROUP BY p.id ORDER BY count(s.id) DESC, p.name"
    } else {
        "SELECT p.name, 'person', coalesce(c.statements, 0), c.first_said, c.last_said, \
            coalesce((SELECT group_concat(a.alias, ', ') FROM aliases a \
                      WHERE a.person_id = p.id AND a.alias <> p.name), '') \
         FROM people p LEFT JOIN person_counts c ON c.person_id = p.id \
         ORDER BY coalesce(c.statements, 0) DESC, p.name"
    };
    let mut stmt = conn.prepare(sql)?;
    stmt.query_map([], summary)?.collect()
}

/// Which statements a timeline shows.
#[derive(Debug, Clone, Default)]
pub struct TimelineFilter {
    /// Only this person.
    pub person: Option<PersonId>,
    /// said_on on or after.
    pub from: Option<NaiveDate>,
    /// said_on on or before.
    pub to: Option<NaiveDate>,
    /// Only this kind.
    pub kind: Option<StatementKind>,
    /// Also claims beyond speech (beliefs, intentions, findings, polls); without it, and
    /// without a `kind`, only speech is listed.
    pub all_claims: bool,
}

/// One row of a timeline; field order is the CSV column order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimelineRow {
    /// Stable statement id: the article hash's first 8 hex digits and the start offset
    /// (`3f2a9c01:562`); the same in every database that holds the article.
    pub id: String,
    /// Day the statement was made.
    pub said_on: Option<NaiveDate>,
    /// day, week, month or year.
    pub said_precision: Option<Precision>,
    /// stated, lead or published.
    pub said_basis: Option<DateBasis>,
    /// Canonical name, organisation or source.
    pub speaker: Option<String>,
    /// person, organization, anonymous or unknown.
    pub speaker_kind: SpeakerKind,
    /// direct, mixed, indirect, belief, intention, finding, poll, stance or assessment.
    pub kind: StatementKind,
    /// The content as written.
    pub statement: String,
    /// Reporting verb.
    pub cue: Option<String>,
    /// How the article named the speaker here.
    pub speaker_mention: Option<String>,
    /// Role the article gave the speaker.
    pub role: Option<String>,
    /// Who reported the claim, for nested attribution.
    pub reported_by: Option<String>,
    /// Headline.
    pub article_title: Option<String>,
    /// Publisher.
    pub article_source: Option<String>,
    /// Address.
    pub article_url: Option<String>,
    /// Publication date.
    pub published_on: Option<NaiveDate>,
    /// Database id of the article.
    pub article_id: ArticleId,
    /// Record id or file path of the article.
    pub article_ref: String,
    /// Content start (characters into the article body).
    pub start: i64,
    /// Content end (characters).
    pub end: i64,
    /// The corrections applied to this statement (`speaker`, `kind`, `date`) and to its
    /// speaker (`rename`, `merge`, `split`, `speaker_kind`), comma separated; empty when none.
    pub corrected: String,
    /// Who wrote the article (a web page's byline).
    pub article_byline: Option<String>,
}

/// The columns every statement listing reads, in `TimelineRow` order (`timeline_row`).
macro_rules! row_columns {
    () => {
        "substr(a.content_hash, 1, 8) || ':' || s.start_offset, \
        s.said_on, s.said_precision, s.said_basis, \
        coalesce(p.name, s.speaker), s.speaker_kind, s.kind, s.text, s.cue, s.speaker_mention, \
        s.role, s.reported_by, a.title, a.source, a.url, a.published_on, a.id, a.external_id, \
        s.start_offset, s.end_offset, \
        coalesce((SELECT group_concat(DISTINCT c.action) FROM corrections c \
            WHERE c.article_hash = a.content_hash AND c.start_offset = s.start_offset \
              AND c.end_offset = s.end_offset), ''), a.byline "
    };
}
pub(super) use row_columns;

/// The joins behind `row_columns!`.
macro_rules! row_tables {
    () => {
        " statements s JOIN articles a ON a.id = s.article_id \
          LEFT JOIN people p ON p.id = s.person_id "
    };
}
pub(super) use row_tables;

/// How many columns `row_columns!` reads.
pub(super) const ROW_COLUMNS: usize = 22;

const TIMELINE: &str = concat!("SELECT ", row_columns!(), "FROM", row_tables!(), "WHERE 1");

const TIMELINE_ORDER: &str = " ORDER BY s.said_on IS NULL, s.said_on, \
    a.published_on IS NULL, a.published_on, a.id, s.start_offset";

/// The timeline query for `f`: only the conditions that are set (`push_filters`). At most
/// twenty-four texts, each prepared once per connection.
fn timeline_query(f: &TimelineFilter) -> (String, Vec<Value>) {
    let mut sql = String::from(TIMELINE);
    let mut values = Vec::new();
    push_filters(f, &mut sql, &mut values);
    sql.push_str(TIMELINE_ORDER);
    (sql, values)
}

/// Appends to `sql` (whose statements table is `s`) an ` AND` condition for each filter of
/// `f` that is set, and its value to `values`: only those, each bound, so SQLite can use the
/// index that serves it (a catch-all `?1 IS NULL OR s.person_id = ?1` keeps it from using
/// any).
pub(super) fn push_filters(f: &TimelineFilter, sql: &mut String, values: &mut Vec<Value>) {
    let mut and = |cond: &str, value: Value| {
        sql.push_str(" AND ");
        sql.push_str(cond);
        values.push(value);
    };
    if let Some(p) = f.person {
        and("s.person_id = ?", Value::Integer(p.0));
    }
    if let Some(d) = f.from {
        and("s.said_on >= ?", Value::Text(date_text(d)));
    }
    if let Some(d) = f.to {
        and("s.said_on <= ?", Value::Text(date_text(d)));
    }
    if let Some(k) = f.kind {
        and("s.kind = ?", Value::Text(k.as_str().to_string()));
    } else if !f.all_claims {
        sql.push_str(concat!(" AND ", speech_only!()));
    }
}

/// Reads the `row_columns!` of one result row.
pub(super) fn timeline_row(r: &Row) -> rusqlite::Result<TimelineRow> {
    Ok(TimelineRow {
        id: r.get(0)?,
        said_on: date_at(r, 1)?,
        said_precision: r.get(2)?,
        said_basis: r.get(3)?,
        speaker: r.get(4)?,
        speaker_kind: r.get(5)?,
        kind: r.get(6)?,
        statement: r.get(7)?,
        cue: r.get(8)?,
        speaker_mention: r.get(9)?,
        role: r.get(10)?,
        reported_by: r.get(11)?,
        article_title: r.get(12)?,
        article_source: r.get(13)?,
        article_url: r.get(14)?,
        published_on: date_at(r, 15)?,
        article_id: r.get(16)?,
        article_ref: r.get(17)?,
        start: r.get(18)?,
        end: r.get(19)?,
        corrected: r.get(20)?,
        article_byline: r.get(21)?,
    })
}

pub(super) fn timeline(
    conn: &Connection,
    f: &TimelineFilter,
) -> rusqlite::Result<Vec<TimelineRow>> {
    let (sql, values) = timeline_query(f);
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(values), timeline_row)?;
    rows.collect()
}
