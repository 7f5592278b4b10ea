//! `whosaid man`: the manual page (roff), generated from the clap definitions, on standard
//! output: `whosaid man > whosaid.1 && man ./whosaid.1`.

use clap::CommandFactory;

use super::Cli;
use super::completions::write_stdout;
use crate::error::{EXIT_OK, Error, Result};

/// Prints the manual page.
pub fn run() -> Result<i32> {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut page)
        .map_err(|e| Error::io("standard output", e))?;
    write_stdout(&page)?;
    Ok(EXIT_OK)
}
