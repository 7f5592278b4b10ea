//! Corrections made by a person, kept in their own table and applied to the stored rows.
//!
//! A statement correction (speaker, not a statement, kind, date) is keyed by the article's
//! content hash and the statement's offsets; a person correction (rename, merge, split,
//! person ↔ organisation) names the person. Making one records it and applies it at once;
//! every import of an article applies the article's statement corrections and the person
//! corrections again, so they survive a re-import and a re-extraction. Listings then read
//! the corrected rows, and mark a corrected statement (`corrected` column).

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use super::ids::{ArticleId, PersonId};
use super::queries;
use crate::model::StatementKind;
use crate::people::{self, Known};

/// A change to one statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// It was said by this person (created when nobody has the name).
    Speaker(String),
    /// It is not a statement: it is removed from every listing.
    NotStatement,
    /// Its kind is this.
    Kind(StatementKind),
    /// It was said on this day.
    Date(chrono::NaiveDate),
}

impl Change {
    fn action_and_value(&self) -> (&'static str, Option<String>) {
        match self {
            Change::Speaker(name) => ("speaker", Some(name.clone())),
            Change::NotStatement => ("not_statement", None),
            Change::Kind(k) => ("kind", Some(k.as_str().to_string())),
            Change::Date(d) => ("date", Some(d.format("%Y-%m-%d").to_string())),
        }
    }
}

/// One correction as `whosaid corrections` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CorrectionRow {
    /// Row id.
    pub id: i64,
    /// speaker, not_statement, kind, date, rename, merge, split or speaker_kind.
    pub action: String,
    /// The statement's stable id, for statement corrections.
    pub statement: Option<String>,
    /// The person or speaker, for person corrections.
    pub subject: Option<String>,
    /// The new value.
    pub value: Option<String>,
    /// What it was before.
    pub previous: Option<String>,
    /// When it was made.
    pub made_at: String,
}

/// A statement's natural key: article hash and offsets.
struct Key {
    hash: String,
    start: i64,
    end: i64,
}

fn key_of(conn: &Connection, rowid: i64) -> rusqlite::Result<(Key, String)> {
    conn.query_row(
        "SELECT a.content_hash, s.start_offset, s.end_offset, \
            s.kind || ', ' || coalesce(s.said_on, 'undated') || ', ' || \
            coalesce(p.name, s.speaker, '?') || ' (' || s.speaker_kind || ')' \
         FROM statements s JOIN articles a ON a.id = s.article_id \
         LEFT JOIN people p ON p.id = s.person_id WHERE s.id = ?1",
        [rowid],
        |r| {
            let key = Key {
                hash: r.get(0)?,
                start: r.get(1)?,
                end: r.get(2)?,
            };
            Ok((key, r.get(3)?))
        },
    )
}

fn record(
    conn: &Connection,
    action: &str,
    key: Option<&Key>,
    (subject, value, previous): (Option<&str>, Option<&str>, Option<&str>),
    made_at: &str,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO corrections (action, article_hash, start_offset, end_offset, subject, value, previous, made_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            action,
            key.map(|k| k.hash.as_str()),
            key.map(|k| k.start),
            key.map(|k| k.end),
            subject,
            value,
            previous,
            made_at
        ],
    )?;
    Ok(())
}

/// Records `change` to the statement at `rowid` and applies it.
pub(super) fn correct_statement(
    conn: &Connection,
    rowid: i64,
    change: &Change,
    made_at: &str,
) -> rusqlite::Result<()> {
    let (key, previous) = key_of(conn, rowid)?;
    let (action, mut value) = change.action_and_value();
    if let Change::Speaker(name) = change {
        // The canonical name the person has now, so re-applying finds the same person.
        let id = person_named(conn, name)?;
        value = Some(queries::name_of(conn, id)?);
    }
    let meta = (None, value.as_deref(), Some(previous.as_str()));
    record(conn, action, Some(&key), meta, made_at)?;
    apply_statement(conn, action, &key, value.as_deref())
}

const WHERE_KEY: &str = " WHERE article_id = (SELECT id FROM articles WHERE content_hash = ?1) \
    AND start_offset = ?2 AND end_offset = ?3";

fn apply_statement(
    conn: &Connection,
    action: &str,
    k: &Key,
    value: Option<&str>,
) -> rusqlite::Result<()> {
    let sql = match action {
        "not_statement" => {
            let sql = format!("DELETE FROM statements{WHERE_KEY}");
            conn.execute(&sql, params![k.hash, k.start, k.end])?;
            return Ok(());
        }
        "speaker" => {
            let person = person_named(conn, value.unwrap_or_default())?;
            let sql = format!(
                "UPDATE statements SET person_id = ?4, speaker = ?5, speaker_kind = 'person'{WHERE_KEY}"
            );
            let name = queries::name_of(conn, person)?;
            conn.execute(&sql, params![k.hash, k.start, k.end, person, name])?;
            return Ok(());
        }
        "kind" => "UPDATE statements SET kind = ?4",
        "date" => {
            "UPDATE statements SET said_on = ?4, said_precision = 'day', said_basis = 'stated'"
        }
        _ => return Ok(()),
    };
    conn.execute(
        &format!("{sql}{WHERE_KEY}"),
        params![k.hash, k.start, k.end, value],
    )?;
    Ok(())
}

/// The person called `name` (canonical name first, then an alias), created when nobody is.
fn person_named(conn: &Connection, name: &str) -> rusqlite::Result<PersonId> {
    let key = people::fold(name);
    if let Some(k) = queries::people_by_name(conn, &key)?.first() {
        return Ok(k.id);
    }
    if let [one] = queries::people_by_key(conn, &key)?.as_slice() {
        return Ok(one.id);
    }
    let id = queries::insert_person(conn, name)?;
    queries::add_alias(conn, id, name, "article")?;
    Ok(id)
}

/// Applies, after an import of the article `article` with content hash `hash`, its statement
/// corrections, every person correction, and user aliases that name its unresolved speakers.
pub(super) fn reapply(conn: &Connection, article: ArticleId, hash: &str) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare_cached(
        "SELECT action, start_offset, end_offset, value FROM corrections \
         WHERE article_hash = ?1 ORDER BY id",
    )?;
    let rows: Vec<(String, i64, i64, Option<String>)> = stmt
        .query_map([hash], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (action, start, end, value) in rows {
        let key = Key {
            hash: hash.to_string(),
            start,
            end,
        };
        apply_statement(conn, &action, &key, value.as_deref())?;
    }
    reapply_people(conn, Some(article))?;
    apply_user_aliases(conn, Some(article))?;
    Ok(())
}

/// Applies every rename, merge and person ↔ organisation correction again, in order.
fn reapply_people(conn: &Connection, scope: Option<ArticleId>) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare_cached(
        "SELECT action, subject, value FROM corrections \
         WHERE action IN ('rename', 'merge', 'speaker_kind') ORDER BY id",
    )?;
    let rows: Vec<(String, String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (action, subject, value) in rows {
        let found = queries::people_by_name(conn, &people::fold(&subject))?;
        match action.as_str() {
            "rename" => {
                for k in found
                    .iter()
                    .filter(|k| people::fold(&value) != people::fold(&k.name))
                {
                    rename_person(conn, k, &value)?;
                }
            }
            "merge" => {
                let keep = queries::people_by_name(conn, &people::fold(&value))?;
                if let Some(keep) = keep.first() {
                    for k in found.iter().filter(|k| k.id != keep.id) {
                        queries::merge(conn, keep, k)?;
                    }
                }
            }
            _ if value == "organization" => {
                for k in &found {
                    person_to_organization(conn, k)?;
                }
            }
            _ => {
                organization_to_person(conn, &subject, scope)?;
            }
        }
    }
    Ok(())
}

fn rename_person(conn: &Connection, person: &Known, new_name: &str) -> rusqlite::Result<()> {
    queries::rename(conn, person.id, new_name)?;
    queries::add_alias(conn, person.id, &person.name, "user")?;
    queries::add_alias(conn, person.id, new_name, "user")
}

/// Renames `person` to `new_name`, keeping the old name as an alias.
pub(super) fn rename(
    conn: &Connection,
    person: &Known,
    new_name: &str,
    made_at: &str,
) -> rusqlite::Result<()> {
    let meta = (Some(person.name.as_str()), Some(new_name), None);
    record(conn, "rename", None, meta, made_at)?;
    rename_person(conn, person, new_name)
}

/// The statements whose unresolved speaker, as written, folds to `key`.
fn unresolved_speaking(
    conn: &Connection,
    key: &str,
    scope: Option<ArticleId>,
) -> rusqlite::Result<Vec<i64>> {
    // One article through its (article_id, offsets) index, or every statement: two texts,
    // not a catch-all `?1 IS NULL OR article_id = ?1`, which scans the table at every import.
    const UNRESOLVED: &str = "SELECT id, speaker FROM statements \
        WHERE person_id IS NULL AND speaker IS NOT NULL";
    let mut stmt = match scope {
        Some(_) => conn.prepare_cached(&format!("{UNRESOLVED} AND article_id = ?1"))?,
        None => conn.prepare_cached(UNRESOLVED)?,
    };
    let params: &[&dyn rusqlite::ToSql] = match &scope {
        Some(article) => &[article],
        None => &[],
    };
    let rows = stmt.query_map(params, |r| {
        Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, speaker) = row?;
        if people::fold(&speaker) == key {
            out.push(id);
        }
    }
    Ok(out)
}

fn assign(conn: &Connection, rowids: &[i64], person: PersonId) -> rusqlite::Result<()> {
    let name = queries::name_of(conn, person)?;
    let mut stmt = conn.prepare_cached(
        "UPDATE statements SET person_id = ?2, speaker = ?3, speaker_kind = 'person' WHERE id = ?1",
    )?;
    for id in rowids {
        stmt.execute(params![id, person, name])?;
    }
    Ok(())
}

/// Gives `keep` every statement of the unresolved speaker `speaker` (a descriptor such as
/// "the minister", an organisation or an anonymous source), each recorded as a statement
/// correction; returns how many.
pub(super) fn merge_speaker(
    conn: &Connection,
    keep: &Known,
    speaker: &str,
    made_at: &str,
) -> rusqlite::Result<usize> {
    let rowids = unresolved_speaking(conn, &people::fold(speaker), None)?;
    for &id in &rowids {
        correct_statement(conn, id, &Change::Speaker(keep.name.clone()), made_at)?;
    }
    Ok(rowids.len())
}

/// Records that `absorb` (with its names) was merged into `keep`, so `split` can undo it.
pub(super) fn record_merge(
    conn: &Connection,
    keep: &Known,
    absorb: &Known,
    made_at: &str,
) -> rusqlite::Result<()> {
    let names = queries::aliases_of(conn, absorb.id)?.join("\n");
    let meta = (
        Some(absorb.name.as_str()),
        Some(keep.name.as_str()),
        Some(names.as_str()),
    );
    record(conn, "merge", None, meta, made_at)
}

/// Undoes the merge of `name` into `keep`: `name` is a person again, with the names and the
/// statements (by the name their article gave) it had. `None` when no such merge is recorded.
pub(super) fn split(
    conn: &Connection,
    keep: &Known,
    name: &str,
    made_at: &str,
) -> rusqlite::Result<Option<usize>> {
    let merge: Option<(i64, String, String)> = conn
        .query_row(
            "SELECT id, subject, coalesce(previous, '') FROM corrections \
             WHERE action = 'merge' AND value = ?1 AND subject = ?2 ORDER BY id DESC LIMIT 1",
            params![keep.name, name],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let Some((merge_id, subject, names)) = merge else {
        return Ok(None);
    };
    let moved = unmerge(conn, keep, &subject, &names)?;
    conn.execute("DELETE FROM corrections WHERE id = ?1", [merge_id])?;
    let meta = (Some(subject.as_str()), Some(keep.name.as_str()), None);
    record(conn, "split", None, meta, made_at)?;
    Ok(Some(moved))
}

/// Makes `subject`, merged into `keep` with the names `names` (one a line), a person again
/// with the statements those names gave; returns how many moved.
fn unmerge(conn: &Connection, keep: &Known, subject: &str, names: &str) -> rusqlite::Result<usize> {
    let keep_key = people::fold(&keep.name);
    let keys: Vec<String> = names
        .lines()
        .chain(std::iter::once(subject))
        .map(people::fold)
        .filter(|k| *k != keep_key)
        .collect();
    let person = queries::insert_person(conn, subject)?;
    queries::move_back(conn, keep.id, person, &keys)
}

/// A correction as `undo` reads it.
#[derive(Debug, Clone)]
pub(super) struct Recorded {
    /// As `whosaid corrections` lists it.
    pub row: CorrectionRow,
    /// The article's content hash, for a statement correction.
    pub hash: Option<String>,
}

/// Reads correction `id` and deletes it, so no later import applies it; `None` when there
/// is none.
pub(super) fn take(conn: &Connection, id: i64) -> rusqlite::Result<Option<Recorded>> {
    let row = list(conn)?.into_iter().find(|c| c.id == id);
    let Some(row) = row else { return Ok(None) };
    let hash: Option<String> = conn.query_row(
        "SELECT article_hash FROM corrections WHERE id = ?1",
        [id],
        |r| r.get(0),
    )?;
    conn.execute("DELETE FROM corrections WHERE id = ?1", [id])?;
    Ok(Some(Recorded { row, hash }))
}

/// Undoes a person correction already taken out of the table: a rename is renamed back, a
/// merge split, a split merged again (and recorded as a merge, so it can be split again),
/// an organisation made a person again and the reverse.
pub(super) fn undo_person(
    conn: &Connection,
    r: &CorrectionRow,
    made_at: &str,
) -> rusqlite::Result<()> {
    let subject = r.subject.as_deref().unwrap_or_default();
    let value = r.value.as_deref().unwrap_or_default();
    let named = |name: &str| queries::people_by_name(conn, &people::fold(name));
    match r.action.as_str() {
        "rename" => {
            for k in named(value)? {
                queries::rename(conn, k.id, subject)?;
                // Both names the rename added as user aliases go: the new one, and the old
                // one, which is the name again.
                for name in [value, subject] {
                    conn.execute(
                        "DELETE FROM aliases WHERE person_id = ?1 AND alias_key = ?2 AND origin = 'user'",
                        params![k.id, people::fold(name)],
                    )?;
                }
            }
        }
        "merge" => {
            if let Some(keep) = named(value)?.first() {
                unmerge(
                    conn,
                    keep,
                    subject,
                    r.previous.as_deref().unwrap_or_default(),
                )?;
            }
        }
        "split" => {
            if let (Some(keep), Some(absorb)) = (named(value)?.first(), named(subject)?.first()) {
                record_merge(conn, keep, absorb, made_at)?;
                queries::merge(conn, keep, absorb)?;
            }
        }
        "speaker_kind" if value == "organization" => {
            organization_to_person(conn, subject, None)?;
        }
        "speaker_kind" => {
            for k in queries::people_by_key(conn, &people::fold(subject))? {
                person_to_organization(conn, &k)?;
            }
        }
        _ => {}
    }
    Ok(())
}

fn person_to_organization(conn: &Connection, person: &Known) -> rusqlite::Result<usize> {
    let n = conn.execute(
        "UPDATE statements SET person_id = NULL, speaker = ?2, speaker_kind = 'organization' \
         WHERE person_id = ?1",
        params![person.id, person.name],
    )?;
    conn.execute("DELETE FROM people WHERE id = ?1", [person.id])?;
    Ok(n)
}

fn organization_to_person(
    conn: &Connection,
    name: &str,
    scope: Option<ArticleId>,
) -> rusqlite::Result<usize> {
    let rowids = unresolved_speaking(conn, &people::fold(name), scope)?;
    if !rowids.is_empty() {
        let person = person_named(conn, name)?;
        assign(conn, &rowids, person)?;
    }
    Ok(rowids.len())
}

/// Makes the speaker `name` a person (`to_person`) or an organisation, now and at every
/// later import; returns how many statements changed.
pub(super) fn set_speaker_kind(
    conn: &Connection,
    name: &str,
    to_person: bool,
    made_at: &str,
) -> rusqlite::Result<usize> {
    let value = if to_person { "person" } else { "organization" };
    record(
        conn,
        "speaker_kind",
        None,
        (Some(name), Some(value), None),
        made_at,
    )?;
    if to_person {
        return organization_to_person(conn, name, None);
    }
    let mut n = 0;
    for k in queries::people_by_key(conn, &people::fold(name))? {
        n += person_to_organization(conn, &k)?;
    }
    Ok(n)
}

/// Gives each unresolved speaker that a user alias names (`people alias Ashdown "the
/// minister"`) to that person, in one article or everywhere; returns how many.
pub(super) fn apply_user_aliases(
    conn: &Connection,
    scope: Option<ArticleId>,
) -> rusqlite::Result<usize> {
    let mut n = 0;
    for (person, key) in queries::user_aliases(conn)? {
        let rowids = unresolved_speaking(conn, &key, scope)?;
        assign(conn, &rowids, person)?;
        n += rowids.len();
    }
    Ok(n)
}

/// Every correction, oldest first.
pub(super) fn list(conn: &Connection) -> rusqlite::Result<Vec<CorrectionRow>> {
    let mut stmt = conn.prepare(
        "SELECT id, action, CASE WHEN article_hash IS NULL THEN NULL ELSE \
            substr(article_hash, 1, 8) || ':' || start_offset END, \
            subject, value, previous, made_at FROM corrections ORDER BY id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(CorrectionRow {
            id: r.get(0)?,
            action: r.get(1)?,
            statement: r.get(2)?,
            subject: r.get(3)?,
            value: r.get(4)?,
            previous: r.get(5)?,
            made_at: r.get(6)?,
        })
    })?;
    rows.collect()
}

/// Adds to each row's `corrected` the person corrections that made its speaker what it is
/// now: a rename or a merge into that name, a split out of it, a person ↔ organisation
/// change of it (matched on the speaker as shown, folded).
pub(super) fn mark_people<'r>(
    conn: &Connection,
    rows: impl IntoIterator<Item = &'r mut queries::TimelineRow>,
) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT action, CASE WHEN action IN ('rename', 'merge') THEN value ELSE subject END \
         FROM corrections WHERE article_hash IS NULL ORDER BY id",
    )?;
    let marks: Vec<(String, String)> = stmt
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get::<_, Option<String>>(1)?.unwrap_or_default(),
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    if marks.is_empty() {
        return Ok(());
    }
    let marks: Vec<(String, String)> = marks
        .into_iter()
        .map(|(action, name)| (action, people::fold(&name)))
        .collect();
    for row in rows {
        let Some(speaker) = row.speaker.as_deref().map(people::fold) else {
            continue;
        };
        for (action, _) in marks.iter().filter(|(_, name)| *name == speaker) {
            let already = row.corrected.split(',').any(|a| a == action);
            if !already {
                if !row.corrected.is_empty() {
                    row.corrected.push(',');
                }
                row.corrected.push_str(action);
            }
        }
    }
    Ok(())
}
