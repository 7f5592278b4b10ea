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
}

/// What one import run did, for the summary line.
#[derive(Debug, Default)]
struct Totals {
    new: usize,
    present: usize,
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
            match store.import(&article, &found, imported_at) {
                Ok(done) if done.new => {
                    totals.new += 1;
                    totals.statements += done.statements;
                    done.notes.into_iter().for_each(|n| report.warn(n));
                }
                Ok(_) => totals.present += 1,
                Err(e) => fatal = Some(e),
            }
        },
    );
    if let Some(e) = fatal {
        return Err(e);
    }
    let people = store.counts()?.2 - people_before;
    let Totals {
        new,
        present,
        statements,
    } = totals;
    quiet_pipe(say(format_args!(
        "imported {new} article{} ({present} already present, {} skipped): {statements} statements, {people} new people -> {}",
        plural(new),
        report.skipped,
        db.display()
    )))?;
    Ok(exit_code(&report))
}

/// A closed stdout after the import is done does not change what the run did.
fn quiet_pipe(result: Result<()>) -> Result<()> {
    match result {
        Err(e) if e.is_broken_pipe() => Ok(()),
        other => other,
    }
}
