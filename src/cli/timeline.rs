//! `whosaid timeline NAME --html FILE`: one person's statements as a self-contained web page
//! (`timeline_page`), to open in any browser without a server.

use std::path::{Path, PathBuf};

use clap::Args;

use super::{FilterArgs, plural};
use crate::error::{EXIT_OK, Error, Result};
use crate::store::Store;

/// `whosaid timeline`.
#[derive(Debug, Args)]
pub struct TimelineArgs {
    /// Name, alias or unique surname.
    name: String,
    #[command(flatten)]
    filter: FilterArgs,
    /// Write the page to this file (`-` for standard output).
    #[arg(long, value_name = "FILE")]
    html: PathBuf,
}

/// Writes the person's timeline page.
pub fn run(db: &Path, args: &TimelineArgs) -> Result<i32> {
    let store = Store::open(db)?;
    let who = store.one_person(&args.name)?;
    let rows = store.timeline(&args.filter.filter(Some(who.id)))?;
    let page = crate::timeline_page::render(&who.name, &rows);
    if args.html.as_os_str() == "-" {
        super::completions::write_stdout(page.as_bytes())?;
        return Ok(EXIT_OK);
    }
    std::fs::write(&args.html, page).map_err(|e| Error::io(&args.html, e))?;
    let n = rows.len();
    eprintln!(
        "wrote {}'s timeline ({n} statement{}) to {}",
        who.name,
        plural(n),
        args.html.display()
    );
    Ok(EXIT_OK)
}
