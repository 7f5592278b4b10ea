//! The command line: the clap definitions shared by every command, and the dispatch to one
//! module per command (`cli/<command>.rs`, each holding its own Args and `run`).
//!
//! IO lives here (and in `store` and `export`): reading inputs, the clock for `imported_at`,
//! writing to stdout. Every command returns its exit code or an error for `main` to print.
//! Command modules stay thin: records and tables come from `export`, the panic guard from
//! `extract`, person lookup from `store`.

mod color;
mod completions;
mod correct;
mod corrections;
mod explain;
mod export;
mod extract;
mod import;
mod input;
mod man;
mod parallel;
mod people;
mod person;
mod progress;
mod search;
mod sentences;
mod show;
mod timeline;

use std::io::Write;
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};

use crate::article::{Article, Defaults};
use crate::error::{EXIT_OK, EXIT_SKIPPED, Error, Result};
use crate::export::{Format, Layout, Writer};
use crate::model::StatementKind;
use crate::store::{PersonId, TimelineFilter};
pub use completions::CompletionsArgs;
pub use correct::CorrectArgs;
pub use corrections::CorrectionsArgs;
pub use explain::ExplainArgs;
pub use export::ExportArgs;
pub use extract::ExtractArgs;
pub use import::ImportArgs;
pub use input::Report;
pub use people::{PeopleAction, PeopleArgs};
pub use person::PersonArgs;
pub use search::SearchArgs;
pub use sentences::SentencesArgs;
pub use show::ShowArgs;
pub use timeline::TimelineArgs;

/// Tracks who said what, and when, in the news.
///
/// whosaid reads news articles, finds every quotation and reported claim, links each to the
/// person who said it and the day it was said, and keeps them in SQLite. Then it gives back one
/// person's statements as a timeline or a CSV.
#[derive(Debug, Parser)]
#[command(name = "whosaid", version, after_help = EXAMPLES, max_term_width = 100)]
pub struct Cli {
    /// Database file, created on first use.
    #[arg(
        long,
        global = true,
        env = "WHOSAID_DB",
        default_value = "whosaid.db",
        value_name = "PATH"
    )]
    pub db: PathBuf,

    /// Timestamp recorded as the import or correction time (for reproducible tests);
    /// default: now.
    #[arg(long, global = true, hide = true, value_name = "RFC3339")]
    pub imported_at: Option<String>,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

const EXAMPLES: &str = "\
Examples:
  whosaid import samples/                      import every article in a folder
  whosaid import --date 2025-07-04 story.txt   give an undated article its date
  whosaid people                               everyone quoted, with counts and dates
  whosaid person Thornquist                    one person's statements, oldest first
  whosaid search 'river we borrow'             find a half-remembered quotation
  whosaid show 3f2a9c01:562                    a statement in its article, with its source
  whosaid correct 3f2a9c01:562 --speaker Lee   fix a wrong attribution, for good
  whosaid export --person Thornquist -o t.csv  the same as CSV
  whosaid timeline Thornquist --html t.html    the same as a web page with a time axis
  whosaid extract --format jsonl story.txt     extract without a database

Exit codes: 0 all went well, 1 some inputs were skipped (each named on standard error),
2 usage error or nothing could be done (a bad --db, an unknown id or name).";

const IMPORT_EXAMPLES: &str = "\
Examples:
  whosaid import samples/                      every article in a folder, recursively
  whosaid import --date 2025-07-04 story.txt   an article with no date of its own
  whosaid import - < page.html                 a saved page (or text, or JSON Lines) on stdin
  whosaid import --replace samples/            extract stored articles again after an upgrade

Exit code 1 when some input was skipped (each is named on standard error, with its line).";

const EXTRACT_EXAMPLES: &str = "\
Examples:
  whosaid extract story.txt                    a table: date, kind, speaker, cue, statement
  whosaid extract --format jsonl feed.jsonl    one JSON record a statement
  whosaid extract --date 2025-07-04 story.txt  date an article that has no date of its own";

const PERSON_EXAMPLES: &str = "\
Examples:
  whosaid person Thornquist                    by surname, when only one person has it
  whosaid person 'Margaret Thornquist' --all-claims
                                               with beliefs and intentions too
  whosaid person Thornquist --format csv       the same rows as CSV";

const SEARCH_EXAMPLES: &str = "\
Examples:
  whosaid search river                         every statement with the word
  whosaid search '\"river we borrow\"'           those words in that order
  whosaid search 'permit*' --wide              words beginning 'permit', texts in full
  whosaid search --fts 'drought OR pool'       FTS5 query syntax";

const EXPORT_EXAMPLES: &str = "\
Examples:
  whosaid export -o all.csv                    every statement, speech only
  whosaid export --person Thornquist --from 2025-06-01 -o t.csv
                                               one person's, from a day on";

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Import articles: extract their statements and store them in the database.
    ///
    /// INPUT is a text file (optionally opening with a header block of `Title:`, `Date:`,
    /// `Source:` and `URL:` lines ended by a blank line), a saved web page (.html, .htm: the
    /// article text and its metadata are read, navigation and ads left out), a directory
    /// (searched recursively for .txt, .md, .html, .htm, .jsonl and .ndjson files), `-` for
    /// standard input, or a .jsonl file with one article record a line: {"id", "date",
    /// "title", "source", "url", "text"} or with "html" (a saved page) instead of "text".
    /// Importing an article already in the database changes nothing.
    #[command(after_help = IMPORT_EXAMPLES)]
    Import(ImportArgs),
    /// Extract statements and print them, without a database.
    #[command(after_help = EXTRACT_EXAMPLES)]
    Extract(ExtractArgs),
    /// Print the sentence segmentation, to see how whosaid reads a text.
    Sentences(SentencesArgs),
    /// List everyone in the database, or correct who is who.
    People(PeopleArgs),
    /// Show one person's statements, oldest first.
    ///
    /// NAME matches the canonical name or any alias, ignoring case and accents; a surname alone
    /// works when only one person has it (otherwise the candidates are listed).
    #[command(after_help = PERSON_EXAMPLES)]
    Person(PersonArgs),
    /// Export the claim timeline as CSV (RFC 4180, with a header row).
    #[command(after_help = EXPORT_EXAMPLES)]
    Export(ExportArgs),
    /// Full-text search over statements, best match first.
    ///
    /// Words are searched literally (all must match, in any order, ignoring case and
    /// accents); "a phrase" in double quotes matches those words in that order; a word ending
    /// in * matches any word it begins. --fts passes SQLite FTS5 query syntax instead.
    #[command(after_help = SEARCH_EXAMPLES)]
    Search(SearchArgs),
    /// Show one statement in its article, with its source and offsets.
    ///
    /// Prints the sentences around it (from the stored article text), the article's title,
    /// source, URL and date, the speaker mention and the cue with their offsets, and how its
    /// date was found.
    Show(ShowArgs),
    /// Correct one statement: its speaker, its kind, its date, or that it is no statement.
    ///
    /// Corrections are kept in their own table, keyed by the article's text and the
    /// statement's offsets: they apply in every listing and export, and again when the
    /// article is imported again.
    Correct(CorrectArgs),
    /// List the corrections made (with `correct` and `people`), oldest first, or undo one.
    Corrections(CorrectionsArgs),
    /// Explain how each statement was found, who said it and why, and its date.
    ///
    /// Takes article files (nothing is stored), or one stored statement by its id; prints the
    /// pattern that found each statement, the rule that chose its speaker, and where its date
    /// came from.
    Explain(ExplainArgs),
    /// Write one person's statements as a web page: a time axis, counts per month, filters.
    ///
    /// The page is one self-contained HTML file (inline style and script, nothing fetched):
    /// hover a statement to read it, click to keep it open.
    Timeline(TimelineArgs),
    /// Print a shell completion script (bash, zsh or fish).
    Completions(CompletionsArgs),
    /// Print the manual page (roff): `whosaid man > whosaid.1`.
    Man,
}

/// Options that fill what an input lacks.
#[derive(Debug, Args, Clone)]
pub struct InputArgs {
    /// Files (.txt, .md, .html, .htm, .jsonl, .ndjson), directories, or - for standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Publication date for inputs that have none (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// Title for inputs that have none.
    #[arg(long)]
    pub title: Option<String>,
    /// Source (publisher) for inputs that have none.
    #[arg(long)]
    pub source: Option<String>,
    /// URL for inputs that have none.
    #[arg(long)]
    pub url: Option<String>,
    /// Do not print warnings (skipped inputs are still reported).
    #[arg(long, short)]
    pub quiet: bool,
}

impl InputArgs {
    /// What the options fill in for inputs that lack it.
    pub fn defaults(&self) -> Defaults {
        Defaults {
            date: self.date,
            title: self.title.clone(),
            source: self.source.clone(),
            url: self.url.clone(),
        }
    }
}

/// Filters shared by `person` and `export`.
#[derive(Debug, Args)]
pub struct FilterArgs {
    /// Only statements said on or after this date (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    pub from: Option<NaiveDate>,
    /// Only statements said on or before this date (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    pub to: Option<NaiveDate>,
    /// Only statements of this kind: direct, mixed, indirect (speech), or belief, intention,
    /// finding, poll, stance, assessment (claims beyond speech).
    #[arg(long, value_parser = parse_kind)]
    pub kind: Option<StatementKind>,
    /// Also list claims beyond speech: what people believe or intend, and what documents,
    /// studies and polls found. Without it (and without --kind) `person`, `export` and
    /// `timeline` list speech only; `search` always finds every kind.
    #[arg(long)]
    pub all_claims: bool,
}

impl FilterArgs {
    /// The store filter for these options, for one person or everyone.
    pub fn filter(&self, person: Option<PersonId>) -> TimelineFilter {
        TimelineFilter {
            person,
            from: self.from,
            to: self.to,
            kind: self.kind,
            all_claims: self.all_claims,
        }
    }
}

fn parse_date(s: &str) -> std::result::Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("invalid date {s:?}: use YYYY-MM-DD, e.g. 2025-07-04"))
}

fn parse_kind(s: &str) -> std::result::Result<StatementKind, String> {
    StatementKind::parse(s).ok_or_else(|| {
        format!(
            "unknown kind {s:?}: use direct, mixed, indirect, belief, intention, finding, poll, \
             stance or assessment"
        )
    })
}

/// Runs a parsed command line; returns the exit code.
pub fn run(cli: Cli) -> Result<i32> {
    match cli.command {
        Command::Import(args) => import::run(&cli.db, &args, &stamp(cli.imported_at)),
        Command::Extract(args) => extract::run(&args),
        Command::Sentences(args) => sentences::run(&args),
        Command::People(args) => people::run(&cli.db, &args, &stamp(cli.imported_at)),
        Command::Person(args) => person::run(&cli.db, &args),
        Command::Export(args) => export::run(&cli.db, &args),
        Command::Search(args) => search::run(&cli.db, &args),
        Command::Show(args) => show::run(&cli.db, &args),
        Command::Correct(args) => correct::run(&cli.db, &args, &stamp(cli.imported_at)),
        Command::Corrections(args) => corrections::run(&cli.db, &args, &stamp(cli.imported_at)),
        Command::Explain(args) => explain::run(&cli.db, &args),
        Command::Timeline(args) => timeline::run(&cli.db, &args),
        Command::Completions(args) => completions::run(&args),
        Command::Man => man::run(),
    }
}

/// The time to record for an import or a correction: `fixed`, or now in UTC (the one clock
/// read of the program).
fn stamp(fixed: Option<String>) -> String {
    fixed.unwrap_or_else(|| {
        chrono::DateTime::<chrono::Utc>::from(std::time::SystemTime::now())
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    })
}

/// 0 when nothing was skipped, else 1.
fn exit_code(report: &Report) -> i32 {
    if report.skipped > 0 {
        EXIT_SKIPPED
    } else {
        EXIT_OK
    }
}

/// "" for one, "s" for any other count.
fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Writes one line to standard output; a closed pipe comes back as an error `main` treats as
/// success, never as a panic.
fn say(line: std::fmt::Arguments) -> Result<()> {
    writeln!(std::io::stdout().lock(), "{line}").map_err(|e| Error::io("standard output", e))
}

/// What the work on one article gives `print_records`: its id, its records with their table
/// cells (`None` when extraction failed on it) and how many statements it counts for.
type Rows<T> = (String, Option<Records<T>>, usize);

/// An article's records, made one at a time as they are printed: called with where each goes
/// (a record and its table cells). A long article's records are so never all in memory.
type Records<T> = Box<dyn FnOnce(&mut dyn FnMut(T, Vec<String>)) + Send>;

/// Records already made, as [`Records`].
fn made<T: Send + 'static>(rows: Vec<(T, Vec<String>)>) -> Records<T> {
    Box::new(move |sink| {
        rows.into_iter()
            .for_each(|(record, cells)| sink(record, cells))
    })
}

/// Reads every input and prints the records `rows` makes of each article, in `format`, in
/// input order; `rows` runs on `threads` threads. A write error (other than a closed pipe,
/// which `main` treats as success) stops the run.
fn print_records<T, F>(
    input: &InputArgs,
    (format, layout): (Format, Layout),
    header: &[&str],
    threads: usize,
    rows: &F,
) -> Result<i32>
where
    T: serde::Serialize + Send + 'static,
    F: Fn(Article) -> Rows<T> + Sync,
{
    let stdout = std::io::stdout();
    // Buffered: a line-buffered stdout makes a write call per statement; the buffer is handed
    // on after each article, so a streaming filter still prints an article as it is done.
    let mut out = Writer::new(format, std::io::BufWriter::new(stdout.lock())).layout(layout);
    let mut report = Report::new(input.quiet);
    let mut failed: Option<Error> = None;
    let mut print = |(id, records, found): Rows<T>, report: &mut Report| {
        let Some(records) = records else {
            return report_failed(&id, report);
        };
        report.found(found);
        records(&mut |record, cells| {
            if failed.is_none() {
                failed = out.write(&record, cells).err();
            }
        });
        if failed.is_none() {
            failed = out.flush().err();
        }
    };
    std::thread::scope(|scope| {
        let mut ordered = parallel::Ordered::start(scope, threads, rows);
        input::for_each(
            &input.inputs,
            &input.defaults(),
            &mut report,
            &mut |read, report| match read {
                input::Read::Article(article) => ordered.push(article, &mut |r| print(r, report)),
                input::Read::Waiting => ordered.drain(&mut |r| print(r, report)),
            },
        );
        ordered.finish(&mut |r| print(r, &mut report));
    });
    if let Some(e) = failed {
        return Err(e);
    }
    out.finish(header)?;
    Ok(exit_code(&report))
}

/// Reports an article whose extraction failed (a caught panic), as skipped.
fn report_failed(id: &str, report: &mut Report) {
    report.skip(format!(
        "{id}: internal error while extracting this article; skipped (please report it with the text)"
    ));
}
