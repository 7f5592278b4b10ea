//! The command line: clap definitions and one function per command.
//!
//! IO lives here (and in `store` and `export`): reading inputs, the clock for `imported_at`,
//! writing to stdout. Every command returns its exit code or an error for `main` to print.

mod input;

use std::io::Write;
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};

use crate::article::Defaults;
use crate::error::{EXIT_OK, EXIT_SKIPPED, Error, Result};
use crate::export::{self, Format, StatementRecord, Writer};
use crate::extract::{CharIndex, extract};
use crate::model::StatementKind;
use crate::parse;
use crate::store::{PersonMatch, Store, TimelineFilter};
use input::Report;

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

    /// Timestamp recorded as the import time (for reproducible tests); default: now.
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
  whosaid export --person Thornquist -o t.csv  the same as CSV
  whosaid extract --format jsonl story.txt     extract without a database";

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Import articles: extract their statements and store them in the database.
    ///
    /// INPUT is a text file (optionally opening with a header block of `Title:`, `Date:`,
    /// `Source:` and `URL:` lines ended by a blank line), a directory (searched recursively for
    /// .txt, .md, .jsonl and .ndjson files), `-` for standard input, or a .jsonl file with one
    /// article record a line: {"id", "date", "title", "source", "url", "text"} (only "text" is
    /// required). Importing an article already in the database changes nothing.
    Import(ImportArgs),
    /// Extract statements and print them, without a database.
    Extract(ExtractArgs),
    /// Print the sentence segmentation, to see how whosaid reads a text.
    Sentences(SentencesArgs),
    /// List everyone in the database, or correct who is who.
    People(PeopleArgs),
    /// Show one person's statements, oldest first.
    ///
    /// NAME matches the canonical name or any alias, ignoring case and accents; a surname alone
    /// works when only one person has it (otherwise the candidates are listed).
    Person(PersonArgs),
    /// Export the claim timeline as CSV (RFC 4180, with a header row).
    Export(ExportArgs),
}

/// Options that fill what an input lacks.
#[derive(Debug, Args, Clone)]
pub struct InputArgs {
    /// Files, directories, .jsonl files, or - for standard input.
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
    fn defaults(&self) -> Defaults {
        Defaults {
            date: self.date,
            title: self.title.clone(),
            source: self.source.clone(),
            url: self.url.clone(),
        }
    }
}

/// `whosaid import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    #[command(flatten)]
    input: InputArgs,
}

/// `whosaid extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

/// `whosaid sentences`.
#[derive(Debug, Args)]
pub struct SentencesArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

/// `whosaid people`.
#[derive(Debug, Args)]
pub struct PeopleArgs {
    /// Correction to make; without one, everyone is listed.
    #[command(subcommand)]
    action: Option<PeopleAction>,
    /// Output format for the list.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

/// Corrections to who is who.
#[derive(Debug, Subcommand)]
pub enum PeopleAction {
    /// Merge person ABSORB into KEEP: statements and aliases move to KEEP.
    Merge {
        /// The person that stays.
        keep: String,
        /// The person merged away.
        absorb: String,
    },
    /// Add another name a person goes by.
    Alias {
        /// The person.
        name: String,
        /// The other name.
        alias: String,
    },
}

/// Filters shared by `person` and `export`.
#[derive(Debug, Args)]
pub struct FilterArgs {
    /// Only statements said on or after this date (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    from: Option<NaiveDate>,
    /// Only statements said on or before this date (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    to: Option<NaiveDate>,
    /// Only statements of this kind.
    #[arg(long, value_parser = parse_kind)]
    kind: Option<StatementKind>,
}

/// `whosaid person`.
#[derive(Debug, Args)]
pub struct PersonArgs {
    /// Name, alias or unique surname.
    name: String,
    #[command(flatten)]
    filter: FilterArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

/// `whosaid export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Only this person's statements (name, alias or unique surname).
    #[arg(long)]
    person: Option<String>,
    #[command(flatten)]
    filter: FilterArgs,
    /// Write to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
}

fn parse_date(s: &str) -> std::result::Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("invalid date {s:?}: use YYYY-MM-DD, e.g. 2025-07-04"))
}

fn parse_kind(s: &str) -> std::result::Result<StatementKind, String> {
    StatementKind::parse(s)
        .ok_or_else(|| format!("unknown kind {s:?}: use direct, mixed or indirect"))
}

/// Runs a parsed command line; returns the exit code.
pub fn run(cli: Cli) -> Result<i32> {
    match cli.command {
        Command::Import(args) => import(&cli.db, &args, cli.imported_at),
        Command::Extract(args) => extract_cmd(&args),
        Command::Sentences(args) => sentences(&args),
        Command::People(args) => people_cmd(&cli.db, &args),
        Command::Person(args) => person(&cli.db, &args),
        Command::Export(args) => export_cmd(&cli.db, &args),
    }
}

fn exit_code(report: &Report) -> i32 {
    if report.skipped > 0 {
        EXIT_SKIPPED
    } else {
        EXIT_OK
    }
}

fn now_rfc3339() -> String {
    chrono::DateTime::<chrono::Utc>::from(std::time::SystemTime::now())
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

fn import(db: &std::path::Path, args: &ImportArgs, imported_at: Option<String>) -> Result<i32> {
    let mut store = Store::open(db)?;
    let imported_at = imported_at.unwrap_or_else(now_rfc3339);
    let mut report = Report::new(args.input.quiet);
    let (mut new, mut present, mut statements) = (0, 0, 0);
    let mut fatal: Option<Error> = None;
    let people_before = store.counts()?.2;
    input::for_each_article(
        &args.input.inputs,
        &args.input.defaults(),
        &mut report,
        &mut |article, report| {
            if fatal.is_some() {
                return;
            }
            let Some(found) = extract_guarded(&article, report) else {
                return;
            };
            match store.import(&article, &found, &imported_at) {
                Ok(done) if done.new => {
                    new += 1;
                    statements += done.statements;
                    done.notes.into_iter().for_each(|n| report.warn(n));
                }
                Ok(_) => present += 1,
                Err(e) => fatal = Some(e),
            }
        },
    );
    if let Some(e) = fatal {
        return Err(e);
    }
    let people = store.counts()?.2 - people_before;
    println!(
        "imported {new} article{} ({present} already present, {} skipped): {statements} statements, {people} new people -> {}",
        plural(new),
        report.skipped,
        db.display()
    );
    Ok(exit_code(&report))
}

/// Extracts one article; a bug that panics on it costs that article only, reported and
/// counted as skipped, never the rest of the run.
fn extract_guarded(
    article: &crate::article::Article,
    report: &mut Report,
) -> Option<Vec<crate::model::Statement>> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| extract(article))) {
        Ok(found) => Some(found),
        Err(_) => {
            report.skip(format!(
                "{}: internal error while extracting this article; skipped (please report it with the text)",
                article.id
            ));
            None
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn extract_cmd(args: &ExtractArgs) -> Result<i32> {
    print_records(
        &args.input,
        args.format,
        &export::STATEMENT_HEADER,
        |article, report| {
            let ix = CharIndex::new(&article.body);
            let found = extract_guarded(article, report).unwrap_or_default();
            found
                .iter()
                .map(|s| {
                    let record = StatementRecord::new(&article.id, s, &ix);
                    let cells = export::statement_cells(&record);
                    (record, cells)
                })
                .collect()
        },
    )
}

/// One sentence as `whosaid sentences` prints it.
#[derive(Debug, serde::Serialize)]
struct SentenceRecord {
    article: String,
    start: usize,
    end: usize,
    text: String,
}

fn sentences(args: &SentencesArgs) -> Result<i32> {
    print_records(
        &args.input,
        args.format,
        &["START", "END", "SENTENCE"],
        |article, _| {
            let ix = CharIndex::new(&article.body);
            parse::sentence::split_sentences(&article.body)
                .iter()
                .map(|s| {
                    let text = s.span.slice(&article.body).to_string();
                    let (start, end) = (ix.char_at(s.span.start), ix.char_at(s.span.end));
                    let cells = vec![start.to_string(), end.to_string(), export::cell(&text, 100)];
                    (
                        SentenceRecord {
                            article: article.id.clone(),
                            start,
                            end,
                            text,
                        },
                        cells,
                    )
                })
                .collect()
        },
    )
}

/// Reads every input and prints the records `rows` makes of each article, in `format`; a
/// write error (other than a closed pipe, which `main` treats as success) stops the run.
fn print_records<T: serde::Serialize>(
    input: &InputArgs,
    format: Format,
    header: &[&str],
    mut rows: impl FnMut(&crate::article::Article, &mut Report) -> Vec<(T, Vec<String>)>,
) -> Result<i32> {
    let stdout = std::io::stdout();
    let mut out = Writer::new(format, stdout.lock());
    let mut report = Report::new(input.quiet);
    let mut failed: Option<Error> = None;
    input::for_each_article(
        &input.inputs,
        &input.defaults(),
        &mut report,
        &mut |article, report| {
            if failed.is_some() {
                return;
            }
            for (record, cells) in rows(&article, report) {
                if let Err(e) = out.write(&record, cells) {
                    failed = Some(e);
                    return;
                }
            }
        },
    );
    if let Some(e) = failed {
        return Err(e);
    }
    out.finish(header)?;
    Ok(exit_code(&report))
}

fn people_cmd(db: &std::path::Path, args: &PeopleArgs) -> Result<i32> {
    let mut store = Store::open(db)?;
    match &args.action {
        None => {
            let stdout = std::io::stdout();
            let mut out = Writer::new(args.format, stdout.lock());
            for p in store.people()? {
                let cells = export::person_cells(&p);
                out.write(&p, cells)?;
            }
            out.finish(&export::PEOPLE_HEADER)?;
        }
        Some(PeopleAction::Merge { keep, absorb }) => {
            let keep = one_person(&store, keep)?;
            let absorb = one_person(&store, absorb)?;
            if keep.id == absorb.id {
                return Err(Error::Usage(format!(
                    "{} and {} are already one person",
                    keep.name, absorb.name
                )));
            }
            store.merge_people(&keep, &absorb)?;
            println!("merged {} into {}", absorb.name, keep.name);
        }
        Some(PeopleAction::Alias { name, alias }) => {
            let person = one_person(&store, name)?;
            store.add_alias(&person, alias)?;
            println!("{} is now also known as {alias}", person.name);
        }
    }
    Ok(EXIT_OK)
}

/// The one person a name means, or an error listing the candidates.
fn one_person(store: &Store, name: &str) -> Result<crate::people::Known> {
    match store.find_person(name)? {
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

fn filter(person: Option<i64>, f: &FilterArgs) -> TimelineFilter {
    TimelineFilter {
        person,
        from: f.from.map(|d| d.to_string()),
        to: f.to.map(|d| d.to_string()),
        kind: f.kind,
    }
}

fn person(db: &std::path::Path, args: &PersonArgs) -> Result<i32> {
    let store = Store::open(db)?;
    let who = one_person(&store, &args.name)?;
    let rows = store.timeline(&filter(Some(who.id), &args.filter))?;
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    if args.format == Format::Table {
        writeln!(
            lock,
            "{}: {} statement{}",
            who.name,
            rows.len(),
            plural(rows.len())
        )
        .map_err(|e| Error::io("-", e))?;
    }
    let mut out = Writer::new(args.format, lock);
    for r in &rows {
        out.write(r, export::timeline_cells(r))?;
    }
    out.finish(&export::TIMELINE_HEADER)?;
    Ok(EXIT_OK)
}

fn export_cmd(db: &std::path::Path, args: &ExportArgs) -> Result<i32> {
    let store = Store::open(db)?;
    let person = match &args.person {
        Some(name) => Some(one_person(&store, name)?.id),
        None => None,
    };
    let rows = store.timeline(&filter(person, &args.filter))?;
    let sink: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(path).map_err(|e| Error::io(path, e))?,
        )),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut out = Writer::new(Format::Csv, sink);
    if rows.is_empty() {
        // A header row even when nothing matches, so the file is still a valid table.
        out.write_csv_header(&export::TIMELINE_COLUMNS)?;
    }
    for r in &rows {
        out.write(r, Vec::new())?;
    }
    out.finish(&[])?;
    if let Some(path) = &args.output {
        eprintln!(
            "wrote {} statement{} to {}",
            rows.len(),
            plural(rows.len()),
            path.display()
        );
    }
    Ok(EXIT_OK)
}
