//! `whosaid import`: extract articles' statements and store them in the database.

use std::path::Path;

use clap::Args;

use super::{InputArgs, Report, exit_code, extract_or_skip, input, plural, say};
use crate::error::{Error, Result};
use crate::store::Store;

/// `whosaid import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Extract articles already in the database again and replace their statements (after
    /// an upgrade of whosaid), each article all or nothing.
    #[arg(long)]
    replace: bool,
}

/// What one import run did, for the summary line.
#[derive(Debug, Default)]
struct Totals {
    new: usize,
    present: usize,
    replaced: usize,
    statements: usize,
}

/// Imports every input, then prints one summary line.
pub fn run(db: &Path, args: &ImportArgs, imported_at: &str) -> Result<i32> {
    let mut store = Store::open(db)?;
    let mut report = Report::new(args.input.quiet);
    let mut totals = Totals::default();
    let mut fatal: Option<Error> = None;
    let people_before = store.counts()?.2;
    input::for_each_article(
        &args.input.inputs,
        &args.input.defaults(),
        &mut report,
        &mut |article, report| {
            if fatal.is_some() {
                return;
            }
            let Some(found) = extract_or_skip(&article, report) else {
                return;
            };
            let done = if args.replace {
                store.replace(&article, &found, imported_at)
            } else {
                store.import(&article, &found, imported_at)
            };
            match done {
                Ok(done) => {
                    totals.new += usize::from(done.new);
                    totals.replaced += usize::from(done.replaced);
                    totals.present += usize::from(!done.new && !done.replaced);
                    totals.statements += done.statements;
                    report.found(done.statements);
                    done.notes.into_iter().for_each(|n| report.warn(n));
                }
                Err(e) => fatal = Some(e),
            }
        },
    );
    if let Some(e) = fatal {
        return Err(e);
    }
    let people = store.counts()?.2 - people_before;
    quiet_pipe(summary(&totals, args.replace, report.skipped, people, db))?;
    Ok(exit_code(&report))
}

/// The one line an import prints.
fn summary(t: &Totals, replace: bool, skipped: usize, people: i64, db: &Path) -> Result<()> {
    let (new, statements) = (t.new, t.statements);
    let present = if replace {
        format!("{} re-extracted", t.replaced)
    } else {
        format!("{} already present", t.present)
    };
    say(format_args!(
        "imported {new} article{} ({present}, {skipped} skipped): {statements} statements, {people} new people -> {}",
        plural(new),
        db.display()
    ))
}

/// A closed stdout after the import is done does not change what the run did.
fn quiet_pipe(result: Result<()>) -> Result<()> {
    match result {
        Err(e) if e.is_broken_pipe() => Ok(()),
        other => other,
    }
}
