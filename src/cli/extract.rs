//! `whosaid extract`: extract statements and print them, without a database.

use clap::Args;

use super::{InputArgs, print_records};
use crate::error::Result;
use crate::export::{self, Format};

/// `whosaid extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

/// Prints every input's statements.
pub fn run(args: &ExtractArgs) -> Result<i32> {
    print_records(
        &args.input,
        args.format,
        &export::STATEMENT_HEADER,
        |article, report| {
            let found = super::extract_or_skip(article, report).unwrap_or_default();
            report.found(found.len());
            export::statement_rows(article, &found)
        },
    )
}
