//! `whosaid people`: list everyone in the database (or other speakers), or correct who is who.
//!
//! Every correction here is recorded in the corrections table and applied again at each
//! import (see `store::corrections`).

use std::path::Path;

use clap::{Args, Subcommand, ValueEnum};

use super::{plural, say};
use crate::error::{EXIT_OK, Error, Result};
use crate::export::{self, Format, Writer};
use crate::model::SpeakerKind;
use crate::store::{PersonMatch, Store};

/// `whosaid people`.
#[derive(Debug, Args)]
pub struct PeopleArgs {
    /// Correction to make; without one, everyone is listed.
    #[command(subcommand)]
    action: Option<PeopleAction>,
    /// Output format for the list.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// Which speakers to list: people (the default), organisations, anonymous sources,
    /// documents (reports, studies, polls), unresolved mentions, or all of them.
    #[arg(long, value_enum, default_value_t = KindArg::Person)]
    kind: KindArg,
    /// Count claims beyond speech too (beliefs, intentions, findings, polls); without it the
    /// counts and dates are of speech only.
    #[arg(long)]
    all_claims: bool,
}

/// The speaker kinds `people --kind` lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum KindArg {
    Person,
    Organization,
    Anonymous,
    Document,
    Unknown,
    All,
}

/// What a speaker may be made with `people kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MadeKind {
    /// A person.
    Person,
    /// An organisation speaking as itself.
    Organization,
}

/// Corrections to who is who.
#[derive(Debug, Subcommand)]
pub enum PeopleAction {
    /// Merge ABSORB into the person KEEP: statements and aliases move to KEEP. ABSORB may
    /// also be a speaker that is no person (a descriptor such as "the minister", an
    /// organisation, an anonymous source), as `export` lists it.
    Merge {
        /// The person that stays.
        keep: String,
        /// The person or speaker merged away.
        absorb: String,
    },
    /// Undo a merge: NAME, merged into KEEP, is a person of their own again.
    Split {
        /// The person NAME was merged into.
        keep: String,
        /// The name of the person merged away, as the merge gave it.
        name: String,
    },
    /// Add another name a person goes by; unresolved speakers called that become theirs.
    Alias {
        /// The person.
        name: String,
        /// The other name.
        alias: String,
    },
    /// Give a person another canonical name; the old one stays an alias.
    Rename {
        /// The person.
        name: String,
        /// The new name.
        new_name: String,
    },
    /// Mark a "person" as an organisation, or an organisation (or other speaker) as a person.
    Kind {
        /// The speaker, as listed.
        name: String,
        /// What the speaker is.
        #[arg(value_enum)]
        kind: MadeKind,
    },
}

/// Lists speakers, or applies one correction.
pub fn run(db: &Path, args: &PeopleArgs, made_at: &str) -> Result<i32> {
    let mut store = Store::open(db)?;
    let Some(action) = &args.action else {
        list(&store, args)?;
        return Ok(EXIT_OK);
    };
    let done = match action {
        PeopleAction::Merge { keep, absorb } => merge(&mut store, keep, absorb, made_at)?,
        PeopleAction::Split { keep, name } => {
            let keep = store.one_person(keep)?;
            let moved = store.split_person(&keep, name, made_at)?.ok_or_else(|| {
                Error::Usage(format!(
                    "no merge of {name:?} into {} to undo: `whosaid corrections` lists the merges",
                    keep.name
                ))
            })?;
            format!(
                "split {name} from {} ({moved} statement{})",
                keep.name,
                plural(moved)
            )
        }
        PeopleAction::Alias { name, alias } => {
            let person = store.one_person(name)?;
            let moved = store.add_alias(&person, alias)?;
            let gained = if moved > 0 {
                format!(
                    " ({moved} statement{} by {alias:?} now theirs)",
                    plural(moved)
                )
            } else {
                String::new()
            };
            format!("{} is now also known as {alias}{gained}", person.name)
        }
        PeopleAction::Rename { name, new_name } => {
            let person = store.one_person(name)?;
            store.rename_person(&person, new_name, made_at)?;
            format!("renamed {} to {new_name}", person.name)
        }
        PeopleAction::Kind { name, kind } => {
            let to_person = *kind == MadeKind::Person;
            let n = store.set_speaker_kind(name, to_person, made_at)?;
            let what = if to_person {
                "a person"
            } else {
                "an organisation"
            };
            format!("{name} is {what} ({n} statement{})", plural(n))
        }
    };
    say(format_args!("{done}"))?;
    Ok(EXIT_OK)
}

/// Merges a person, or else a speaker that is no person, into `keep`.
fn merge(store: &mut Store, keep: &str, absorb: &str, made_at: &str) -> Result<String> {
    let keep = store.one_person(keep)?;
    match store.find_person(absorb)? {
        PersonMatch::One(absorbed) if absorbed.id == keep.id => Err(Error::Usage(format!(
            "{} and {} are already one person",
            keep.name, absorbed.name
        ))),
        PersonMatch::One(absorbed) => {
            store.merge_people(&keep, &absorbed, made_at)?;
            Ok(format!("merged {} into {}", absorbed.name, keep.name))
        }
        PersonMatch::Several(_) => store.one_person(absorb).map(|_| String::new()),
        PersonMatch::None => match store.merge_speaker(&keep, absorb, made_at)? {
            0 => store.one_person(absorb).map(|_| String::new()),
            n => Ok(format!(
                "gave {n} statement{} by {absorb:?} to {}",
                plural(n),
                keep.name
            )),
        },
    }
}

fn list(store: &Store, args: &PeopleArgs) -> Result<()> {
    let mut rows = Vec::new();
    if matches!(args.kind, KindArg::Person | KindArg::All) {
        rows.extend(store.people(args.all_claims)?);
    }
    let kind = match args.kind {
        KindArg::Person => None,
        KindArg::Organization => Some(Some(SpeakerKind::Organization)),
        KindArg::Anonymous => Some(Some(SpeakerKind::Anonymous)),
        KindArg::Document => Some(Some(SpeakerKind::Document)),
        KindArg::Unknown => Some(Some(SpeakerKind::Unknown)),
        KindArg::All => Some(None),
    };
    if let Some(kind) = kind {
        rows.extend(store.speakers(kind, args.all_claims)?);
    }
    let mut out = Writer::new(args.format, std::io::stdout().lock());
    for p in &rows {
        out.write(p, export::person_cells(p))?;
    }
    out.finish(&export::PEOPLE_HEADER)
}
