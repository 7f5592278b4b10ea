//! `whosaid import`: extract articles' statements and store them in the database.
//!
//! The pipeline: this thread reads the inputs one article at a time and hashes each; an
//! article already stored stops there (it costs a hash, no extraction). The others are
//! extracted on every core (`parallel::Ordered`) and come back in input order to this
//! thread, the one writer, which stores them in batches: many articles per transaction
//! (`BATCH_ARTICLES`, `BATCH_TIME`), each article all or nothing. So article ids, people
//! ids and every row are those of a run on one thread (`--jobs 1`).

use std::path::Path;
use std::time::{Duration, Instant};

use clap::Args;

use super::input::Read;
use super::parallel::{Jobs, Ordered};
use super::{InputArgs, Report, exit_code, input, plural, report_failed, say};
use crate::article::Article;
use crate::error::{Error, Result};
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
    let work = |job: Job| {
        let found = crate::extract::extract_guarded(&job.article);
        (job, found)
    };
    std::thread::scope(|scope| {
        let mut ordered = Ordered::start(scope, args.jobs.threads(), &work);
        input::for_each(
            &args.input.inputs,
            &args.input.defaults(),
            &mut report,
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
                    if let Err(e) = writer.commit() {
                        writer.fatal.get_or_insert(e);
                    }
                }
            },
        );
        ordered.finish(&mut |done| writer.write(done, &mut report));
    });
    // The articles stored before a fatal error stay stored.
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

/// The one line an import prints.
fn summary(t: &Totals, replace: bool, skipped: usize, people: i64, db: &Path) -> Result<()> {
    let (new, statements) = (t.new, t.statements);
    let present = if replace {
        format!("{} re-extracted", t.replaced)
    } else {
        format!("{} already present", t.present)
    };
    say(format_args!(
        "imported {new} article{} ({present}, {skipped} skipped): {statements} statements, {people} new people -> {}",
        plural(new),
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
