//! `whosaid people`: list everyone in the database, or correct who is who.

use std::path::Path;

use clap::{Args, Subcommand};

use super::say;
use crate::error::{EXIT_OK, Error, Result};
use crate::export::{self, Format, Writer};
use crate::store::Store;

/// `whosaid people`.
#[derive(Debug, Args)]
pub struct PeopleArgs {
    /// Correction to make; without one, everyone is listed.
    #[command(subcommand)]
    action: Option<PeopleAction>,
    /// Output format for the list.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

/// Corrections to who is who.
#[derive(Debug, Subcommand)]
pub enum PeopleAction {
    /// Merge person ABSORB into KEEP: statements and aliases move to KEEP.
    Merge {
        /// The person that stays.
        keep: String,
        /// The person merged away.
        absorb: String,
    },
    /// Add another name a person goes by.
    Alias {
        /// The person.
        name: String,
        /// The other name.
        alias: String,
    },
}

/// Lists everyone, or applies one correction.
pub fn run(db: &Path, args: &PeopleArgs) -> Result<i32> {
    let mut store = Store::open(db)?;
    match &args.action {
        None => list(&store, args.format)?,
        Some(PeopleAction::Merge { keep, absorb }) => {
            let keep = store.one_person(keep)?;
            let absorb = store.one_person(absorb)?;
            if keep.id == absorb.id {
                return Err(Error::Usage(format!(
                    "{} and {} are already one person",
                    keep.name, absorb.name
                )));
            }
            store.merge_people(&keep, &absorb)?;
            say(format_args!("merged {} into {}", absorb.name, keep.name))?;
        }
        Some(PeopleAction::Alias { name, alias }) => {
            let person = store.one_person(name)?;
            store.add_alias(&person, alias)?;
            say(format_args!("{} is now also known as {alias}", person.name))?;
        }
    }
    Ok(EXIT_OK)
}

fn list(store: &Store, format: Format) -> Result<()> {
    let mut out = Writer::new(format, std::io::stdout().lock());
    for p in store.people()? {
        let cells = export::person_cells(&p);
        out.write(&p, cells)?;
    }
    out.finish(&export::PEOPLE_HEADER)
}
