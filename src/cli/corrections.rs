//! `whosaid corrections`: every correction made, oldest first; `corrections undo ID`
//! undoes one.

use std::path::Path;

use clap::{Args, Subcommand};

use super::say;
use crate::error::{EXIT_OK, Result};
use crate::export::{Format, Writer, cell};
use crate::store::{CorrectionRow, Store};

/// `whosaid corrections`.
#[derive(Debug, Args)]
pub struct CorrectionsArgs {
    /// What to do; without it, the corrections are listed.
    #[command(subcommand)]
    action: Option<CorrectionsAction>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

/// What to do with a correction.
#[derive(Debug, Subcommand)]
pub enum CorrectionsAction {
    /// Undo correction ID (as the list shows it) and forget it, so that no later import
    /// applies it again. A statement correction is undone by extracting its article again
    /// (with the other corrections applied); a rename, merge, split or person/organisation
    /// change by its reverse.
    Undo {
        /// The correction's id.
        id: i64,
    },
}

/// Undoes one correction and says what it was.
fn undo(db: &Path, id: i64, made_at: &str) -> Result<i32> {
    let mut store = Store::open(db)?;
    let undone = store.undo_correction(id, &crate::extract::extract, made_at)?;
    say(format_args!("undone correction {id}: {}", summary(&undone)))?;
    Ok(EXIT_OK)
}

fn summary(c: &CorrectionRow) -> String {
    let of = c
        .statement
        .as_deref()
        .or(c.subject.as_deref())
        .unwrap_or("?");
    match c.value.as_deref() {
        Some(value) => format!("{} of {of} ({value})", c.action),
        None => format!("{} of {of}", c.action),
    }
}

/// Header of the corrections table.
const HEADER: [&str; 6] = ["ID", "MADE AT", "ACTION", "OF", "NOW", "BEFORE"];

/// Lists the corrections, or undoes one.
pub fn run(db: &Path, args: &CorrectionsArgs, made_at: &str) -> Result<i32> {
    if let Some(CorrectionsAction::Undo { id }) = args.action {
        return undo(db, id, made_at);
    }
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
