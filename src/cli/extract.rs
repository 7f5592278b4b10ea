//! `whosaid extract`: extract statements and print them, without a database.

use clap::Args;

use super::parallel::Jobs;
use super::{InputArgs, print_records};
use crate::article::Article;
use crate::error::Result;
use crate::export::{self, Format, Layout};

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
    #[command(flatten)]
    jobs: Jobs,
}

/// Prints every input's statements, extracted on every core (`--jobs`), in input order.
pub fn run(args: &ExtractArgs) -> Result<i32> {
    let layout = Layout::for_stdout(args.wide, export::STATEMENT_WRAP);
    let rows = |article: Article| {
        let Some(found) = crate::extract::extract_guarded(&article) else {
            return (article.id, None, 0);
        };
        let mut rows = export::statement_rows(&article, &found);
        if layout.full {
            for (record, cells) in &mut rows {
                cells[export::STATEMENT_WRAP] = export::cell(&record.text, usize::MAX);
            }
        }
        (article.id, Some(rows), found.len())
    };
    print_records(
        &args.input,
        (args.format, layout),
        &export::STATEMENT_HEADER,
        args.jobs.threads(),
        &rows,
    )
}
