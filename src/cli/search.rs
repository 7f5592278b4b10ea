//! `whosaid search`: full-text search over statements, best match first.

use std::path::Path;

use clap::Args;

use super::{FilterArgs, plural};
use crate::error::{EXIT_OK, Error, Result};
use crate::export::{self, Format, Layout, Writer, cell};
use crate::store::{SearchFilter, Store, fts_query, phrases};

/// `whosaid search`.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// What to find: words (all must match), "a phrase", or a prefix*.
    #[arg(required = true, value_name = "TEXT")]
    text: Vec<String>,
    /// Only this person's statements (name, alias or unique surname).
    #[arg(long)]
    person: Option<String>,
    #[command(flatten)]
    filter: FilterArgs,
    /// TEXT is an SQLite FTS5 query (AND, OR, NOT, NEAR, column filters) and is passed as is.
    #[arg(long)]
    fts: bool,
    /// At most this many statements.
    #[arg(long, default_value_t = 20)]
    limit: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// Whole statements on one line each (no shortening, no wrapping).
    #[arg(long)]
    wide: bool,
}

/// Header of the search table.
const HEADER: [&str; 5] = ["ID", "SAID ON", "SPEAKER", "STATEMENT", "ARTICLE"];

/// Prints the statements that match, best first.
pub fn run(db: &Path, args: &SearchArgs) -> Result<i32> {
    let store = Store::open(db)?;
    let text = args.text.join(" ");
    let query = if args.fts {
        text.clone()
    } else {
        fts_query(&text).ok_or_else(|| {
            Error::Usage(format!("nothing to search for in {text:?}: give a word"))
        })?
    };
    let person = match &args.person {
        Some(name) => Some(store.one_person(name)?.id),
        None => None,
    };
    let filter = args.filter.filter(person);
    let hits = store
        .search(&SearchFilter {
            query,
            phrases: if args.fts { Vec::new() } else { phrases(&text) },
            person: filter.person,
            from: filter.from,
            to: filter.to,
            kind: filter.kind,
            limit: args.limit,
        })
        .map_err(|e| bad_fts(e, args.fts, &text))?;
    let layout = Layout::for_stdout(args.wide, 3);
    let mut out = Writer::new(args.format, std::io::stdout().lock()).layout(layout);
    for hit in &hits {
        let r = &hit.row;
        let mut cells = export::timeline_cells_with(r, String::new()).into_iter();
        let (id, said_on) = (
            cells.next().unwrap_or_default(),
            cells.next().unwrap_or_default(),
        );
        let article = cells.last().unwrap_or_default();
        // A claim beyond speech shows its kind before its text: "[belief] …".
        let text = if r.kind.is_speech() {
            hit.highlighted.clone()
        } else {
            format!("[{}] {}", r.kind.as_str(), hit.highlighted)
        };
        let statement = if layout.full {
            cell(&text, usize::MAX)
        } else {
            cell(&text, 72)
        };
        let speaker = cell(r.speaker.as_deref().unwrap_or("?"), 24);
        out.write(r, vec![id, said_on, speaker, statement, article])?;
    }
    out.finish(&HEADER)?;
    if args.format == Format::Table && hits.is_empty() {
        eprintln!("no statement matches {text:?}");
    } else if args.format == Format::Table && hits.len() == args.limit {
        eprintln!(
            "first {} statement{} shown: --limit N for more",
            hits.len(),
            plural(hits.len())
        );
    }
    Ok(EXIT_OK)
}

/// An FTS5 syntax error in a raw `--fts` query becomes a usage error naming the query.
fn bad_fts(e: Error, raw: bool, text: &str) -> Error {
    match e {
        Error::Db { source, .. } if raw && source.to_string().contains("fts5") => {
            Error::Usage(format!(
                "invalid FTS5 query {text:?}: {source} (without --fts, text is searched literally)"
            ))
        }
        other => other,
    }
}
