//! SQLite storage: open and migrate, import an article's statements, query people and
//! timelines. The schema is `schema.sql` at the crate root, embedded in the binary.
//!
//! Invariants: every connection has foreign keys on, a busy timeout, and (for files) the WAL
//! journal; the schema is migrated on open (`migrate.rs`); one article is imported all or
//! nothing (its own transaction, or a batch of whole articles in one transaction); an article
//! already present (same body hash) is left untouched.

mod columns;
mod corrections;
mod ids;
mod migrate;
mod queries;
mod rank;
mod search;
mod statement;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension, TransactionBehavior};
use sha2::{Digest, Sha256};

use crate::article::{Article, PublishedFrom};
use crate::error::{Error, Result};
use crate::extract::CharIndex;
use crate::model::{SpeakerKind, Statement};
use crate::people::{self, Decision, Known};
pub use corrections::{Change, CorrectionRow};
pub use ids::{ArticleId, PersonId, StatementId};
pub use migrate::{BUSY_TIMEOUT, SCHEMA, SCHEMA_VERSION};
use queries::ArticleRow;
pub use queries::{PersonSummary, TimelineFilter, TimelineRow};
pub use rank::Phrase;
pub use search::{MATCH_END, MATCH_START, SearchFilter, SearchHit, fts_query, phrases};
pub use statement::{StatementDetail, StatementKey};

/// An open whosaid database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// True while a batch transaction (`begin_batch`) is open.
    batch: bool,
}

/// What importing one article did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Imported {
    /// False when the article was already in the database.
    pub new: bool,
    /// True when the article was already there and its statements were replaced.
    pub replaced: bool,
    /// Statements stored.
    pub statements: usize,
    /// Notes for the user (e.g. a surname kept apart because several people share it).
    pub notes: Vec<String>,
}

/// Who a name given on the command line is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PersonMatch {
    /// Exactly one person.
    One(Known),
    /// Several people fit; their names.
    Several(Vec<String>),
    /// Nobody fits.
    None,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
        if let Some(folder) = folder.filter(|f| !f.is_dir()) {
            return Err(Error::DbFolderMissing {
                path: path.to_path_buf(),
                folder: folder.to_path_buf(),
            });
        }
        let conn = Connection::open(path).map_err(|e| db(path, e))?;
        Store::init(conn, path.to_path_buf())
    }

    /// An in-memory database, for tests and one-off runs.
    pub fn open_in_memory() -> Result<Store> {
        let path = PathBuf::from(":memory:");
        let conn = Connection::open_in_memory().map_err(|e| db(&path, e))?;
        Store::init(conn, path)
    }

    fn init(mut conn: Connection, path: PathBuf) -> Result<Store> {
        migrate::configure(&conn, &path)?;
        migrate::migrate(&mut conn, &path)?;
        Ok(Store {
            conn,
            path,
            batch: false,
        })
    }

    fn err(&self, e: rusqlite::Error) -> Error {
        db(&self.path, e)
    }

    /// Stores an article and its statements; a second import of the same body is a no-op.
    pub fn import(
        &mut self,
        article: &Article,
        statements: &[Statement],
        imported_at: &str,
    ) -> Result<Imported> {
        let hash = content_hash(&article.body);
        self.store_article(article, &hash, statements, imported_at, false)
    }

    /// Like `import`, but an article already present has its statements replaced by
    /// `statements` (re-extracted, e.g. after an upgrade) and its header fields by the
    /// article's: all in one transaction, so the article is never left half replaced.
    pub fn replace(
        &mut self,
        article: &Article,
        statements: &[Statement],
        imported_at: &str,
    ) -> Result<Imported> {
        let hash = content_hash(&article.body);
        self.store_article(article, &hash, statements, imported_at, true)
    }

    /// `import` (or `replace` when `replace`) of an article whose body hashes to `hash`
    /// (`content_hash`). Inside a batch (`begin_batch`) the article joins the batch's
    /// transaction: all of it or none of it, whatever happens (an error rolls the batch back).
    pub fn store_article(
        &mut self,
        article: &Article,
        hash: &str,
        statements: &[Statement],
        imported_at: &str,
        replace: bool,
    ) -> Result<Imported> {
        self.in_article(|tx| {
            let mut out = Imported::default();
            let article_id = match find_article(tx, hash)? {
                Some(_) if !replace => return Ok(out),
                Some(id) => {
                    out.replaced = true;
                    queries::clear_article(tx, id, &article_row(article, hash, imported_at))?;
                    id
                }
                None => {
                    out.new = true;
                    queries::insert_article(tx, &article_row(article, hash, imported_at))?
                }
            };
            insert_statements(tx, article_id, article, statements, &mut out)?;
            corrections::reapply(tx, article_id, hash)?;
            Ok(out)
        })
    }

    /// True when an article whose body hashes to `hash` is stored (or stored in the open
    /// batch).
    pub fn has_article(&self, hash: &str) -> Result<bool> {
        find_article(&self.conn, hash)
            .map(|id| id.is_some())
            .map_err(|e| self.err(e))
    }

    /// Opens a write transaction that the next articles join (`store_article`), until
    /// `commit_batch`: many articles per commit, each still all or nothing. A crash or an
    /// error loses the open batch whole, never part of an article. Does nothing when a batch
    /// is open.
    pub fn begin_batch(&mut self) -> Result<()> {
        if !self.batch {
            self.conn
                .execute_batch("BEGIN IMMEDIATE")
                .map_err(|e| db(&self.path, e))?;
            self.batch = true;
        }
        Ok(())
    }

    /// Commits the open batch, if any.
    pub fn commit_batch(&mut self) -> Result<()> {
        if self.batch {
            self.conn
                .execute_batch("COMMIT")
                .map_err(|e| db(&self.path, e))?;
            self.batch = false;
        }
        Ok(())
    }

    /// Runs `work` as one article's write: inside the open batch, else in its own immediate
    /// transaction. An error undoes all of `work`: inside a batch, by rolling the whole batch
    /// back (whole articles only, never part of one). No savepoint per article: FTS5 writes
    /// its pending index data to disk at every savepoint, which made a batch as slow as a
    /// transaction per article.
    fn in_article<T>(
        &mut self,
        work: impl FnOnce(&Connection) -> rusqlite::Result<T>,
    ) -> Result<T> {
        if !self.batch {
            return self.write(work);
        }
        work(&self.conn).map_err(|e| {
            self.batch = false;
            // Dropping the connection would roll back too; a failed rollback changes nothing.
            let _ = self.conn.execute_batch("ROLLBACK");
            db(&self.path, e)
        })
    }

    /// Numbers of articles, statements and people stored.
    pub fn counts(&self) -> Result<(i64, i64, i64)> {
        self.conn
            .query_row(
                "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM statements), (SELECT count(*) FROM people)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .map_err(|e| self.err(e))
    }

    /// Everyone with statements, most statements first; claims beyond speech count only when
    /// `all_claims`.
    pub fn people(&self, all_claims: bool) -> Result<Vec<PersonSummary>> {
        queries::people(&self.conn, all_claims).map_err(|e| self.err(e))
    }

    /// Finds a person by canonical name, alias or unique surname, ignoring case and accents.
    pub fn find_person(&self, name: &str) -> Result<PersonMatch> {
        let key = people::fold(name);
        // An exact canonical name is that person, even when others share its surname.
        let exact = queries::people_by_name(&self.conn, &key).map_err(|e| self.err(e))?;
        if let [one] = exact.as_slice() {
            return Ok(PersonMatch::One(one.clone()));
        }
        let mut found = queries::people_by_key(&self.conn, &key).map_err(|e| self.err(e))?;
        if !key.contains(' ') {
            // A surname alone: everyone with that surname is a candidate, not just aliases.
            let by_surname =
                queries::people_by_surname(&self.conn, &key).map_err(|e| self.err(e))?;
            for k in by_surname {
                if !found.contains(&k) {
                    found.push(k);
                }
            }
        }
        if found.is_empty() {
            // Part of a name: "Rosa", "delgado finch" (hyphens fold to spaces here).
            let loose = key.replace('-', " ");
            found = queries::people_by_part(&self.conn, &loose).map_err(|e| self.err(e))?;
        }
        let mut found = found.into_iter();
        Ok(match (found.next(), found.len()) {
            (None, _) => PersonMatch::None,
            (Some(one), 0) => PersonMatch::One(one),
            (Some(first), _) => PersonMatch::Several(
                std::iter::once(first)
                    .chain(found)
                    .map(|k| k.name)
                    .collect(),
            ),
        })
    }

    /// The one person `name` means, or an error listing the candidates or saying nobody fits.
    pub fn one_person(&self, name: &str) -> Result<Known> {
        match self.find_person(name)? {
            PersonMatch::One(k) => Ok(k),
            PersonMatch::Several(names) => Err(Error::Person(format!(
                "{name:?} matches several people: {}; give the full name",
                names.join(", ")
            ))),
            PersonMatch::None => Err(Error::Person(format!(
                "nobody called {name:?} in the database: `whosaid people` lists everyone"
            ))),
        }
    }

    /// Statements in timeline order: said_on, then publication date, then position.
    pub fn timeline(&self, filter: &TimelineFilter) -> Result<Vec<TimelineRow>> {
        let mut rows = queries::timeline(&self.conn, filter).map_err(|e| self.err(e))?;
        corrections::mark_people(&self.conn, &mut rows).map_err(|e| self.err(e))?;
        Ok(rows)
    }

    /// Runs `work` in one immediate transaction.
    fn write<T>(&mut self, work: impl FnOnce(&Connection) -> rusqlite::Result<T>) -> Result<T> {
        let path = self.path.clone();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| db(&path, e))?;
        let out = work(&tx).map_err(|e| db(&path, e))?;
        tx.commit().map_err(|e| db(&path, e))?;
        Ok(out)
    }

    /// Merges person `absorb` into `keep`: statements and aliases move, `absorb` is removed;
    /// the merge is recorded so that `split_person` can undo it.
    pub fn merge_people(&mut self, keep: &Known, absorb: &Known, made_at: &str) -> Result<()> {
        self.write(|tx| {
            corrections::record_merge(tx, keep, absorb, made_at)?;
            queries::merge(tx, keep, absorb)
        })
    }

    /// Gives `keep` the statements of the speaker `speaker` that is no person (a descriptor,
    /// an organisation, an anonymous source), as statement corrections; returns how many.
    pub fn merge_speaker(&mut self, keep: &Known, speaker: &str, made_at: &str) -> Result<usize> {
        self.write(|tx| corrections::merge_speaker(tx, keep, speaker, made_at))
    }

    /// Undoes the merge of `name` into `keep`; `None` when no such merge was made.
    pub fn split_person(
        &mut self,
        keep: &Known,
        name: &str,
        made_at: &str,
    ) -> Result<Option<usize>> {
        self.write(|tx| corrections::split(tx, keep, name, made_at))
    }

    /// Adds a user alias to a person, and gives them the unresolved speakers it names
    /// (`people alias Ashdown "the minister"`); returns how many statements that moved.
    pub fn add_alias(&mut self, person: &Known, alias: &str) -> Result<usize> {
        self.write(|tx| {
            queries::add_alias(tx, person.id, alias, "user")?;
            corrections::apply_user_aliases(tx, None)
        })
    }

    /// Renames a person; the old name stays an alias.
    pub fn rename_person(&mut self, person: &Known, new_name: &str, made_at: &str) -> Result<()> {
        self.write(|tx| corrections::rename(tx, person, new_name, made_at))
    }

    /// Makes the speaker `name` a person or an organisation; returns the statements changed.
    pub fn set_speaker_kind(
        &mut self,
        name: &str,
        to_person: bool,
        made_at: &str,
    ) -> Result<usize> {
        self.write(|tx| corrections::set_speaker_kind(tx, name, to_person, made_at))
    }

    /// Records and applies `change` to the statement with stable id `id`.
    pub fn correct(&mut self, id: &str, change: &Change, made_at: &str) -> Result<()> {
        let rowid = self.statement_rowid(id)?;
        self.write(|tx| corrections::correct_statement(tx, rowid, change, made_at))
    }

    /// Undoes correction `id` (as `corrections` lists it) and forgets it, so no later import
    /// applies it again. A statement correction is undone by extracting its article again
    /// with `extract` (the pipeline, passed in by the caller) and applying the corrections
    /// left, all in one transaction; a person correction by its reverse. Returns what was
    /// undone.
    pub fn undo_correction(
        &mut self,
        id: i64,
        extract: &dyn Fn(&Article) -> Vec<Statement>,
        made_at: &str,
    ) -> Result<CorrectionRow> {
        let undone = self.write(|tx| {
            let Some(taken) = corrections::take(tx, id)? else {
                return Ok(None);
            };
            match &taken.hash {
                Some(hash) => reextract(tx, hash, extract)?,
                None => corrections::undo_person(tx, &taken.row, made_at)?,
            }
            Ok(Some(taken.row))
        })?;
        undone.ok_or_else(|| {
            Error::Usage(format!(
                "no correction {id}: `whosaid corrections` lists them with their ids"
            ))
        })
    }

    /// Every correction, oldest first.
    pub fn corrections(&self) -> Result<Vec<CorrectionRow>> {
        corrections::list(&self.conn).map_err(|e| self.err(e))
    }

    /// Speakers that are no person, of `kind` (all when `None`); claims beyond speech count
    /// only when `all_claims`.
    pub fn speakers(
        &self,
        kind: Option<SpeakerKind>,
        all_claims: bool,
    ) -> Result<Vec<PersonSummary>> {
        queries::speakers(&self.conn, kind, all_claims).map_err(|e| self.err(e))
    }

    /// Full-text search, best match first.
    pub fn search(&self, filter: &SearchFilter) -> Result<Vec<SearchHit>> {
        let mut hits = search::search(&self.conn, filter).map_err(|e| self.err(e))?;
        corrections::mark_people(&self.conn, hits.iter_mut().map(|h| &mut h.row))
            .map_err(|e| self.err(e))?;
        Ok(hits)
    }

    /// The row id of the statement with stable id `id`, or an error saying why there is none.
    fn statement_rowid(&self, id: &str) -> Result<i64> {
        let key = StatementKey::parse(id).ok_or_else(|| {
            Error::Usage(format!(
                "{id:?} is not a statement id: ids look like 3f2a9c01:562 (see `whosaid person`, `search` or `export`)"
            ))
        })?;
        match statement::find(&self.conn, &key)
            .map_err(|e| self.err(e))?
            .as_slice()
        {
            [one] => Ok(*one),
            [] => Err(Error::Usage(format!("no statement {id} in the database"))),
            _ => Err(Error::Usage(format!(
                "{id} fits several statements: give more digits of the article hash, or HASH:START-END"
            ))),
        }
    }

    /// The statement with stable id `id`, with its article.
    pub fn statement(&self, id: &str) -> Result<StatementDetail> {
        let rowid = self.statement_rowid(id)?;
        let mut detail = statement::detail(&self.conn, rowid)
            .map_err(|e| self.err(e))?
            .ok_or_else(|| Error::Usage(format!("no statement {id} in the database")))?;
        corrections::mark_people(&self.conn, [&mut detail.row]).map_err(|e| self.err(e))?;
        Ok(detail)
    }
}

fn db(path: &Path, source: rusqlite::Error) -> Error {
    Error::Db {
        path: path.to_path_buf(),
        source,
    }
}

/// The stable id of the statement starting at character `start` of an article `body`, as
/// the database gives it (`HASH:START`).
pub fn statement_id(body: &str, start: usize) -> String {
    format!("{}:{start}", &content_hash(body)[..8])
}

/// The hex SHA-256 of an article body: the article's identity in the database.
pub fn content_hash(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Extracts the stored article with content hash `hash` again with `extract`, replaces its
/// statements and applies its corrections; nothing when the article is gone.
fn reextract(
    tx: &Connection,
    hash: &str,
    extract: &dyn Fn(&Article) -> Vec<Statement>,
) -> rusqlite::Result<()> {
    let Some((article_id, article, imported_at)) = stored_article(tx, hash)? else {
        return Ok(());
    };
    let found = extract(&article);
    queries::clear_article(tx, article_id, &article_row(&article, hash, &imported_at))?;
    insert_statements(tx, article_id, &article, &found, &mut Imported::default())?;
    corrections::reapply(tx, article_id, hash)
}

/// The stored article with content hash `hash`, as `import` read it, and its import time.
fn stored_article(
    tx: &Connection,
    hash: &str,
) -> rusqlite::Result<Option<(ArticleId, Article, String)>> {
    tx.query_row(
        "SELECT id, external_id, title, source, url, published_on, published_from, body, \
         imported_at, byline FROM articles WHERE content_hash = ?1",
        [hash],
        |r| {
            let article = Article {
                id: r.get(1)?,
                title: r.get(2)?,
                source: r.get(3)?,
                url: r.get(4)?,
                byline: r.get(9)?,
                published: columns::date_at(r, 5)?,
                published_from: r
                    .get::<_, Option<String>>(6)?
                    .as_deref()
                    .and_then(published_from_of),
                body: r.get(7)?,
            };
            Ok((r.get(0)?, article, r.get(8)?))
        },
    )
    .optional()
}

/// The `PublishedFrom` that `published_from_str` wrote as `text`.
pub fn published_from_of(text: &str) -> Option<PublishedFrom> {
    match text {
        "header" => Some(PublishedFrom::Header),
        "option" => Some(PublishedFrom::Option),
        "dateline" => Some(PublishedFrom::Dateline),
        _ => None,
    }
}

/// The id of the article whose body has this hash.
fn find_article(tx: &Connection, hash: &str) -> rusqlite::Result<Option<ArticleId>> {
    tx.prepare_cached("SELECT id FROM articles WHERE content_hash = ?1")?
        .query_row([hash], |r| r.get(0))
        .optional()
}

/// The `articles` columns for `article`.
fn article_row<'a>(article: &'a Article, hash: &'a str, imported_at: &'a str) -> ArticleRow<'a> {
    ArticleRow {
        hash,
        external_id: &article.id,
        title: article.title.as_deref(),
        source: article.source.as_deref(),
        url: article.url.as_deref(),
        published_on: article.published.map(columns::date_text),
        published_from: article.published_from.map(PublishedFrom::as_str),
        body: &article.body,
        imported_at,
        byline: article.byline.as_deref(),
    }
}

/// Stores the statements of one article, with their people and aliases.
fn insert_statements(
    tx: &Connection,
    article_id: ArticleId,
    article: &Article,
    statements: &[Statement],
    out: &mut Imported,
) -> rusqlite::Result<()> {
    let index = CharIndex::new(&article.body);
    let mut people = Vec::with_capacity(statements.len());
    for s in statements {
        let person = match (&s.speaker.kind, &s.speaker.name) {
            (SpeakerKind::Person, Some(name)) => {
                let id = person_id(tx, name, &article.id, out)?;
                for alias in s.speaker.aliases.iter() {
                    queries::add_alias(tx, id, alias, "article")?;
                }
                Some(id)
            }
            _ => None,
        };
        people.push(person);
    }
    // A statement at the offsets of one already stored is not stored again.
    out.statements += queries::insert_statements(tx, article_id, statements, &people, &index)?;
    Ok(())
}

/// The person row for a canonical name from an article, creating or upgrading as `people`
/// decides, and recording the name as an alias.
fn person_id(
    tx: &Connection,
    name: &str,
    article: &str,
    out: &mut Imported,
) -> rusqlite::Result<PersonId> {
    let key = people::fold(name);
    let by_surname = queries::people_by_surname(tx, &people::surname_key(name))?;
    // A bare surname seen as an alias must not merge silently when several share it.
    let by_alias = if key.contains(' ') || by_surname.len() <= 1 {
        queries::people_by_key(tx, &key)?
    } else {
        queries::people_by_name(tx, &key)?
    };
    let id = match people::decide(name, &by_alias, &by_surname) {
        Decision::Existing(id) => id,
        Decision::Upgrade(id) => {
            queries::rename(tx, id, name)?;
            id
        }
        Decision::New => queries::insert_person(tx, name)?,
        Decision::Ambiguous(names) => {
            out.notes.push(format!(
                "{article}: \"{name}\" could be {}: kept apart; use `whosaid people merge` if they are one person",
                names.join(" or ")
            ));
            queries::insert_person(tx, name)?
        }
    };
    queries::add_alias(tx, id, name, "article")?;
    Ok(id)
}

#[cfg(test)]
mod tests;
