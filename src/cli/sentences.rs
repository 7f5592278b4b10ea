//! `whosaid sentences`: print the sentence segmentation, to see how whosaid reads a text.

use clap::Args;

use super::{InputArgs, made, print_records};
use crate::article::Article;
use crate::error::Result;
use crate::export::{self, Format, Layout};

/// `whosaid sentences`.
#[derive(Debug, Args)]
pub struct SentencesArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

/// Prints every input's sentences.
pub fn run(args: &SentencesArgs) -> Result<i32> {
    print_records(
        &args.input,
        (args.format, Layout::default()),
        &export::SENTENCE_HEADER,
        1,
        &|article: Article| {
            let rows = export::sentence_rows(&article);
            (article.id, Some(made(rows)), 0)
        },
    )
}
