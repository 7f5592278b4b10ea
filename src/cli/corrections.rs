//! `whosaid corrections`: every correction made, oldest first.

use std::path::Path;

use clap::Args;

use crate::error::{EXIT_OK, Result};
use crate::export::{Format, Writer, cell};
use crate::store::Store;

/// `whosaid corrections`.
#[derive(Debug, Args)]
pub struct CorrectionsArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

/// Header of the corrections table.
const HEADER: [&str; 6] = ["ID", "MADE AT", "ACTION", "OF", "NOW", "BEFORE"];

/// Lists the corrections.
pub fn run(db: &Path, args: &CorrectionsArgs) -> Result<i32> {
    let store = Store::open(db)?;
    let mut out = Writer::new(args.format, std::io::stdout().lock());
    for c in store.corrections()? {
        let of = c
            .statement
            .clone()
            .or_else(|| c.subject.clone())
            .unwrap_or_default();
        let before = c.previous.as_deref().unwrap_or("-").replace('\n', ", ");
        let cells = vec![
            c.id.to_string(),
            c.made_at.clone(),
            c.action.clone(),
            cell(&of, 30),
            cell(c.value.as_deref().unwrap_or("-"), 30),
            cell(&before, 50),
        ];
        out.write(&c, cells)?;
    }
    out.finish(&HEADER)?;
    Ok(EXIT_OK)
}
