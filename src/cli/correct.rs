//! `whosaid correct`: correct one statement (speaker, kind, date, or not a statement).

use std::path::Path;

use chrono::NaiveDate;
use clap::Args;

use super::{parse_date, parse_kind, say};
use crate::error::{EXIT_OK, Error, Result};
use crate::model::StatementKind;
use crate::store::{Change, Store};

/// `whosaid correct`.
#[derive(Debug, Args)]
pub struct CorrectArgs {
    /// The statement's id, as `person`, `search` and `export` show it.
    id: String,
    /// It was said by this person (a name, alias or unique surname; a new name makes a new
    /// person).
    #[arg(long, value_name = "NAME")]
    speaker: Option<String>,
    /// Its kind is this (direct, mixed or indirect).
    #[arg(long, value_parser = parse_kind)]
    kind: Option<StatementKind>,
    /// It was said on this day (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    date: Option<NaiveDate>,
    /// It is not a statement: drop it from every listing and export.
    #[arg(long, conflicts_with_all = ["speaker", "kind", "date"])]
    not_a_statement: bool,
}

/// Records and applies the corrections asked for.
pub fn run(db: &Path, args: &CorrectArgs, made_at: &str) -> Result<i32> {
    let mut store = Store::open(db)?;
    let mut changes = Vec::new();
    if let Some(name) = &args.speaker {
        changes.push(Change::Speaker(speaker_name(&store, name)?));
    }
    changes.extend(args.kind.map(Change::Kind));
    changes.extend(args.date.map(Change::Date));
    if args.not_a_statement {
        changes.push(Change::NotStatement);
    }
    if changes.is_empty() {
        return Err(Error::Usage(
            "nothing to correct: give --speaker, --kind, --date or --not-a-statement".into(),
        ));
    }
    for change in &changes {
        store.correct(&args.id, change, made_at)?;
    }
    say(format_args!(
        "corrected {}: {}",
        args.id,
        describe(&changes)
    ))?;
    Ok(EXIT_OK)
}

/// The person `name` means when someone has that name; a new name as given otherwise.
fn speaker_name(store: &Store, name: &str) -> Result<String> {
    match store.find_person(name)? {
        crate::store::PersonMatch::None => Ok(name.trim().to_string()),
        _ => Ok(store.one_person(name)?.name),
    }
}

fn describe(changes: &[Change]) -> String {
    let parts: Vec<String> = changes
        .iter()
        .map(|c| match c {
            Change::Speaker(name) => format!("said by {name}"),
            Change::Kind(k) => format!("kind {}", k.as_str()),
            Change::Date(d) => format!("said on {d}"),
            Change::NotStatement => "not a statement".into(),
        })
        .collect();
    parts.join(", ")
}
