//! `whosaid extract`: extract statements and print them, without a database.

use clap::Args;

use serde::Serialize;

use super::parallel::Jobs;
use super::{InputArgs, Records, Rows, print_records};
use crate::article::Article;
use crate::error::{Error, Result};
use crate::export::{self, Format, Layout, StatementRecord};
use crate::extract::CharIndex;
use crate::load::ArticleRecord;

/// `whosaid extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// Whole statements on one line each (no shortening, no wrapping).
    #[arg(long)]
    wide: bool,
    /// With --format jsonl: before each article's statements, one record holding the article
    /// (id, header fields and text), and the aliases of each statement's speaker: what
    /// `whosaid import --statements` needs to store them without extracting again.
    #[arg(long)]
    with_articles: bool,
    #[command(flatten)]
    jobs: Jobs,
}

/// A line of `--with-articles` output: an article, or one of its statements.
#[derive(Serialize)]
#[serde(untagged)]
enum Loadable {
    Article(Box<ArticleRecord>),
    Statement(Box<StatementRecord>),
}

/// Prints every input's statements, extracted on every core (`--jobs`), in input order.
pub fn run(args: &ExtractArgs) -> Result<i32> {
    let layout = Layout::for_stdout(args.wide, export::STATEMENT_WRAP);
    let output = (args.format, layout);
    let threads = args.jobs.threads();
    let header = &export::STATEMENT_HEADER;
    if args.with_articles {
        if args.format != Format::Jsonl {
            return Err(Error::Usage(
                "--with-articles needs --format jsonl (one record a line)".into(),
            ));
        }
        return print_records(&args.input, output, header, threads, &loadable_rows);
    }
    let table = args.format == Format::Table;
    let rows = |article: Article| {
        let Some(found) = crate::extract::extract_guarded(&article) else {
            return (article.id, None, 0);
        };
        let (id, count) = (article.id.clone(), found.len());
        let records: Records<StatementRecord> = Box::new(move |sink| {
            let ix = CharIndex::new(&article.body);
            for s in &found {
                let record = StatementRecord::new(&article.id, s, &ix);
                // Only a table prints cells.
                let mut cells = Vec::new();
                if table {
                    cells = export::statement_cells(&record);
                    if layout.full {
                        cells[export::STATEMENT_WRAP] = export::cell(&record.text, usize::MAX);
                    }
                }
                sink(record, cells);
            }
        });
        (id, Some(records), count)
    };
    print_records(&args.input, output, header, threads, &rows)
}

/// The article's record, then its statements' records with their speakers' aliases.
fn loadable_rows(article: Article) -> Rows<Loadable> {
    let Some(found) = crate::extract::extract_guarded(&article) else {
        return (article.id, None, 0);
    };
    let (id, count) = (article.id.clone(), found.len());
    let records: Records<Loadable> = Box::new(move |sink| {
        sink(
            Loadable::Article(Box::new(ArticleRecord::new(&article))),
            Vec::new(),
        );
        let ix = CharIndex::new(&article.body);
        for s in &found {
            let mut record = StatementRecord::new(&article.id, s, &ix);
            record.aliases = Some(s.speaker.aliases.to_vec());
            sink(Loadable::Statement(Box::new(record)), Vec::new());
        }
    });
    (id, Some(records), count)
}
