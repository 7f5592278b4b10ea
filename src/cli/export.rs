//! `whosaid export`: the claim timeline as CSV, to a file or standard output.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Args;

use super::{FilterArgs, plural};
use crate::error::{EXIT_OK, Error, Result};
use crate::export::{self, Format, Writer};
use crate::store::Store;

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
    /// Leave cells as they are: by default a cell starting with =, +, -, @, tab or carriage
    /// return gets a ' in front, so a spreadsheet shows it as text instead of running it.
    #[arg(long)]
    raw: bool,
}

/// Writes the timeline as CSV.
pub fn run(db: &Path, args: &ExportArgs) -> Result<i32> {
    let store = Store::open(db)?;
    let person = match &args.person {
        Some(name) => Some(store.one_person(name)?.id),
        None => None,
    };
    let rows = store.timeline(&args.filter.filter(person))?;
    let (sink, name): (Box<dyn Write>, PathBuf) = match &args.output {
        Some(path) => (
            Box::new(std::io::BufWriter::new(
                std::fs::File::create(path).map_err(|e| Error::io(path, e))?,
            )),
            path.clone(),
        ),
        None => (Box::new(std::io::stdout().lock()), "-".into()),
    };
    let mut out = Writer::new(Format::Csv, sink).named(name).raw(args.raw);
    if rows.is_empty() {
        // A header row even when nothing matches, so the file is still a valid table.
        out.write_csv_header(&export::TIMELINE_COLUMNS)?;
    }
    for r in &rows {
        out.write(r, Vec::new())?;
    }
    out.finish(&[])?;
    if let Some(path) = &args.output {
        let n = rows.len();
        let _ = writeln!(
            std::io::stderr(),
            "wrote {n} statement{} to {}",
            plural(n),
            path.display()
        );
    }
    Ok(EXIT_OK)
}
