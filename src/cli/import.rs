//! `whosaid import`: extract articles' statements and store them in the database.
//!
//! The pipeline: this thread reads the inputs one article at a time and hashes each; an
//! article already stored stops there (it costs a hash, no extraction). The others are
//! extracted on every core (`parallel::Ordered`) and come back in input order to this
//! thread, the one writer, which stores them in batches: many articles per transaction
//! (`BATCH_ARTICLES`, `BATCH_TIME`), each article all or nothing (a crash or an error loses
//! the open batch, never part of an article). So article ids, people
//! ids and every row are those of a run on one thread (`--jobs 1`).
//!
//! With `--statements` the inputs are extract's loadable JSON Lines (`extract --with-articles`,
//! read back by `load.rs`): the same writer stores them, nothing is extracted.

use std::path::Path;
use std::time::{Duration, Instant};

use clap::Args;

use super::input::{LineRead, Read};
use super::parallel::{Jobs, Ordered};
use super::{InputArgs, Report, exit_code, input, plural, report_failed, say};
use crate::article::Article;
use crate::error::{Error, Result};
use crate::load::{self, ByteIndex, Line, Pending};
use crate::model::Statement;
use crate::store::{Store, content_hash};

/// `whosaid import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Extract articles already in the database again and replace their statements (after
    /// an upgrade of whosaid), each article all or nothing.
    #[arg(long)]
    replace: bool,
    /// The INPUT files are `whosaid extract --format jsonl --with-articles` output (made
    /// elsewhere, e.g. on a cluster): store their articles and statements without extracting;
    /// the rows are those of a plain import of the same articles.
    #[arg(long)]
    statements: bool,
    #[command(flatten)]
    jobs: Jobs,
}

/// A batch is committed once it holds this many articles...
const BATCH_ARTICLES: usize = 500;
/// ... or once it has been open this long, so other writers wait little and a crash loses
/// little.
const BATCH_TIME: Duration = Duration::from_millis(250);

/// What one import run did, for the summary line.
#[derive(Debug, Default)]
struct Totals {
    new: usize,
    present: usize,
    replaced: usize,
    statements: usize,
}

/// An article to extract, with its content hash.
struct Job {
    article: Article,
    hash: String,
}

/// An extracted article (`None`: extraction failed on it).
type Extracted = (Job, Option<Vec<Statement>>);

/// The one writer: stores extracted articles in batches.
struct Writer<'a> {
    store: Store,
    imported_at: &'a str,
    replace: bool,
    totals: Totals,
    fatal: Option<Error>,
    /// When the open batch began, and how many articles it holds.
    batch: Option<(Instant, usize)>,
}

impl Writer<'_> {
    /// Stores one extracted article, committing the batch when it is full or old.
    fn write(&mut self, (job, found): Extracted, report: &mut Report) {
        if self.fatal.is_some() {
            return;
        }
        let Some(found) = found else {
            return report_failed(&job.article.id, report);
        };
        if let Err(e) = self.store_one(&job, &found, report) {
            self.fatal = Some(e);
        }
    }

    fn store_one(&mut self, job: &Job, found: &[Statement], report: &mut Report) -> Result<()> {
        self.store.begin_batch()?;
        let (started, articles) = self.batch.get_or_insert_with(|| (Instant::now(), 0));
        *articles += 1;
        let full = *articles >= BATCH_ARTICLES || started.elapsed() >= BATCH_TIME;
        let done = self.store.store_article(
            &job.article,
            &job.hash,
            found,
            self.imported_at,
            self.replace,
        )?;
        let t = &mut self.totals;
        t.new += usize::from(done.new);
        t.replaced += usize::from(done.replaced);
        t.present += usize::from(!done.new && !done.replaced);
        t.statements += done.statements;
        report.found(done.statements);
        done.notes.into_iter().for_each(|n| report.warn(n));
        if full {
            self.commit()?;
        }
        Ok(())
    }

    /// Commits the open batch now (the input waits), keeping the first error.
    fn commit_now(&mut self) {
        if let Err(e) = self.commit() {
            self.fatal.get_or_insert(e);
        }
    }

    fn commit(&mut self) -> Result<()> {
        self.batch = None;
        self.store.commit_batch()
    }

    /// True when the article needs no extraction: already stored, and not `--replace`.
    fn present(&mut self, hash: &str) -> bool {
        if self.replace || self.fatal.is_some() {
            return self.fatal.is_some();
        }
        match self.store.has_article(hash) {
            Ok(found) => {
                self.totals.present += usize::from(found);
                found
            }
            Err(e) => {
                self.fatal = Some(e);
                true
            }
        }
    }
}

/// Imports every input, then prints one summary line.
pub fn run(db: &Path, args: &ImportArgs, imported_at: &str) -> Result<i32> {
    let store = Store::open(db)?;
    let people_before = store.counts()?.2;
    let mut report = Report::new(args.input.quiet);
    let mut writer = Writer {
        store,
        imported_at,
        replace: args.replace,
        totals: Totals::default(),
        fatal: None,
        batch: None,
    };
    if args.statements {
        load_statements(&args.input.inputs, &mut writer, &mut report);
    } else {
        extract_and_store(args, &mut writer, &mut report);
    }
    // The batches committed before a fatal error stay stored.
    let committed = writer.commit();
    if let Some(e) = writer.fatal {
        return Err(e);
    }
    committed?;
    let people = writer.store.counts()?.2 - people_before;
    let totals = &writer.totals;
    quiet_pipe(summary(totals, args.replace, report.skipped, people, db))?;
    Ok(exit_code(&report))
}

/// Reads the inputs, extracts on every core and stores in input order.
fn extract_and_store(args: &ImportArgs, writer: &mut Writer, report: &mut Report) {
    let work = |job: Job| {
        let found = crate::extract::extract_guarded(&job.article);
        (job, found)
    };
    std::thread::scope(|scope| {
        let mut ordered = Ordered::start(scope, args.jobs.threads(), &work);
        input::for_each(
            &args.input.inputs,
            &args.input.defaults(),
            report,
            &mut |read, report| match read {
                Read::Article(article) => {
                    let hash = content_hash(&article.body);
                    if !writer.present(&hash) {
                        let job = Job { article, hash };
                        ordered.push(job, &mut |done| writer.write(done, report));
                    }
                }
                // Standard input waits: store what is in hand, and commit it.
                Read::Waiting => {
                    ordered.drain(&mut |done| writer.write(done, report));
                    writer.commit_now();
                }
            },
        );
        ordered.finish(&mut |done| writer.write(done, report));
    });
}

/// An article read from a `--statements` file, with its statements so far (each with its
/// line), or the problem that makes it be skipped.
struct Loading {
    article: Article,
    statements: Vec<(String, Pending)>,
    problem: Option<String>,
}

/// `import --statements`: each article record and the statement records after it are stored
/// as one article, all or nothing; a bad line skips its article, named with the line.
fn load_statements(inputs: &[std::path::PathBuf], writer: &mut Writer, report: &mut Report) {
    let mut current: Option<Loading> = None;
    input::for_each_line(inputs, report, &mut |read, report| {
        let LineRead::Line { name, number, text } = read else {
            writer.commit_now();
            return;
        };
        match (load::read_line(text), &mut current) {
            (Ok(Line::Article(article)), _) => {
                if let Some(done) = current.replace(Loading {
                    article,
                    statements: Vec::new(),
                    problem: None,
                }) {
                    store_loaded(done, writer, report);
                }
            }
            (Ok(Line::Statement(s)), Some(open)) if s.article() == open.article.id => {
                open.statements.push((format!("{name}:{number}"), *s));
            }
            (Ok(Line::Statement(s)), _) => report.skip(format!(
                "{name}:{number}: a statement of {:?} without its article record before it; skipped",
                s.article()
            )),
            (Err(message), Some(open)) => {
                open.problem.get_or_insert(format!("{name}:{number}: {message}"));
            }
            (Err(message), None) => report.skip(format!("{name}:{number}: {message}")),
        }
    });
    if let Some(done) = current {
        store_loaded(done, writer, report);
    }
}

/// Stores one loaded article (unless present), or reports why it is skipped.
fn store_loaded(loading: Loading, writer: &mut Writer, report: &mut Report) {
    let id = loading.article.id.clone();
    if let Some(problem) = loading.problem {
        return report.skip(format!("{problem}; article {id:?} skipped"));
    }
    let ix = ByteIndex::new(&loading.article.body);
    let mut found = Vec::with_capacity(loading.statements.len());
    for (line, pending) in loading.statements {
        match pending.statement(&ix) {
            Ok(s) => found.push(s),
            Err(message) => {
                return report.skip(format!("{line}: {message}; article {id:?} skipped"));
            }
        }
    }
    let hash = content_hash(&loading.article.body);
    if !writer.present(&hash) {
        let job = Job {
            article: loading.article,
            hash,
        };
        writer.write((job, Some(found)), report);
    }
}

/// The one line an import prints.
fn summary(t: &Totals, replace: bool, skipped: usize, people: i64, db: &Path) -> Result<()> {
    let (new, statements) = (t.new, t.statements);
    let present = if replace {
        format!("{} re-extracted", t.replaced)
    } else {
        format!("{} already present", t.present)
    };
    say(format_args!(
        "imported {new} article{} ({present}, {skipped} skipped): {statements} statement{}, {people} new {} -> {}",
        plural(new),
        plural(statements),
        if people == 1 { "person" } else { "people" },
        db.display()
    ))
}

/// A closed stdout after the import is done does not change what the run did.
fn quiet_pipe(result: Result<()>) -> Result<()> {
    match result {
        Err(e) if e.is_broken_pipe() => Ok(()),
        other => other,
    }
}
