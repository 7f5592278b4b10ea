//! `whosaid person`: one person's statements, oldest first.

use std::path::Path;

use clap::Args;

use super::{FilterArgs, plural, say};
use crate::error::{EXIT_OK, Result};
use crate::export::{self, Format, Layout, Writer};
use crate::store::Store;

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
    /// Whole statements on one line each (no shortening, no wrapping).
    #[arg(long)]
    wide: bool,
}

/// Prints the person's timeline.
pub fn run(db: &Path, args: &PersonArgs) -> Result<i32> {
    let store = Store::open(db)?;
    let who = store.one_person(&args.name)?;
    let rows = store.timeline(&args.filter.filter(Some(who.id)))?;
    if args.format == Format::Table {
        let n = rows.len();
        let name = super::color::Paint::stdout().bold(&who.name);
        say(format_args!("{name}: {n} statement{}", plural(n)))?;
    }
    let layout = Layout::for_stdout(args.wide, export::TIMELINE_WRAP);
    let mut out = Writer::new(args.format, std::io::stdout().lock()).layout(layout);
    for r in &rows {
        out.write(r, export::timeline_cells(r, layout.full))?;
    }
    out.finish(&export::TIMELINE_HEADER)?;
    Ok(EXIT_OK)
}
