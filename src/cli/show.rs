//! `whosaid show`: one statement in its article, with everything known about where it came
//! from: the sentences around it, the article's title, source, URL and date, the speaker
//! mention and cue with their offsets, and how its date was found.

use std::path::Path;

use clap::Args;
use serde::Serialize;

use super::say;
use crate::error::{EXIT_OK, Result};
use crate::export::{Layout, MatchMarks};
use crate::extract::CharIndex;
use crate::model::DateBasis;
use crate::store::{StatementDetail, Store};

/// `whosaid show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The statement's id, as `person`, `search` and `export` show it.
    id: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    format: ShowFormat,
}

/// How `show` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ShowFormat {
    /// Labelled lines for reading.
    Text,
    /// One JSON object.
    Json,
}

/// The statement with its context, as `--format json` prints it.
#[derive(Debug, Serialize)]
struct ShowRecord<'a> {
    #[serde(flatten)]
    detail: &'a StatementDetail,
    /// The sentence before the statement's first sentence, and the text of its sentences
    /// before it.
    context_before: String,
    /// The text of its sentences after it, and the sentence after its last one.
    context_after: String,
    /// How the date was found, in words.
    date_found: &'static str,
}

/// Prints the statement.
pub fn run(db: &Path, args: &ShowArgs) -> Result<i32> {
    let store = Store::open(db)?;
    let detail = store.statement(&args.id)?;
    let (before, after) = context(&detail);
    let record = ShowRecord {
        detail: &detail,
        context_before: before,
        context_after: after,
        date_found: date_found(detail.row.said_basis),
    };
    match args.format {
        ShowFormat::Json => say(format_args!("{}", serde_json::to_string_pretty(&record)?))?,
        ShowFormat::Text => print_text(&record)?,
    }
    Ok(EXIT_OK)
}

/// What each date basis means, for readers.
pub(super) fn date_found(basis: Option<DateBasis>) -> &'static str {
    match basis {
        Some(DateBasis::Stated) => {
            "stated: a date expression at the statement's cue or in its clause"
        }
        Some(DateBasis::Lead) => "lead: the date the article's lead gives the event spoken about",
        Some(DateBasis::Published) => "published: the article's date, for lack of anything closer",
        None => "undated: no date in the text and no publication date",
    }
}

/// The text around the statement: from the start of the sentence before its first sentence
/// to the end of the sentence after its last one.
fn context(d: &StatementDetail) -> (String, String) {
    let body = &d.body;
    let ix = CharIndex::new(body);
    let byte_of = |ch: i64| {
        let ch = usize::try_from(ch).unwrap_or(0);
        body.char_indices().nth(ch).map_or(body.len(), |(b, _)| b)
    };
    let (start, end) = (byte_of(d.row.start), byte_of(d.row.end));
    let sentences = crate::parse::sentence::split_sentences(body);
    let first = sentences
        .iter()
        .position(|s| s.span.end > start)
        .unwrap_or(0);
    let last = sentences
        .iter()
        .rposition(|s| s.span.start < end)
        .unwrap_or(first);
    let from = sentences
        .get(first.saturating_sub(1))
        .map_or(start, |s| s.span.start.min(start));
    let to = sentences
        .get(last + 1)
        .or(sentences.get(last))
        .map_or(end, |s| s.span.end.max(end));
    let _ = ix;
    let before = body.get(from..start).unwrap_or("").to_string();
    let after = body.get(end..to).unwrap_or("").to_string();
    (before, after)
}

fn print_text(r: &ShowRecord) -> Result<()> {
    let d = r.detail;
    let row = &d.row;
    let marks = MatchMarks::for_stdout(Layout::for_stdout(false, 0).color);
    let speaker = row.speaker.as_deref().unwrap_or("?");
    say(format_args!(
        "{}  {}, said by {speaker} ({})",
        row.id,
        row.kind.as_str(),
        row.speaker_kind.as_str()
    ))?;
    say(format_args!(""))?;
    let context = format!(
        "{}{}{}{}{}",
        r.context_before, marks.open, row.statement, marks.close, r.context_after
    );
    for line in context
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .lines()
    {
        say(format_args!("  {line}"))?;
    }
    say(format_args!(""))?;
    let span = |s: Option<i64>, e: Option<i64>| match (s, e) {
        (Some(s), Some(e)) => format!(" at {s}-{e}"),
        _ => String::new(),
    };
    let lines = [
        (
            "article",
            row.article_title.clone().unwrap_or_else(|| "-".into()),
        ),
        (
            "source",
            row.article_source.clone().unwrap_or_else(|| "-".into()),
        ),
        ("url", row.article_url.clone().unwrap_or_else(|| "-".into())),
        ("published", published(d)),
        ("file", row.article_ref.clone()),
        (
            "offsets",
            format!(
                "{}-{} (characters into the article text)",
                row.start, row.end
            ),
        ),
        (
            "mention",
            row.speaker_mention.as_ref().map_or("-".into(), |m| {
                format!("{m:?}{}", span(d.mention_start, d.mention_end))
            }),
        ),
        ("role", row.role.clone().unwrap_or_else(|| "-".into())),
        (
            "cue",
            row.cue.as_ref().map_or("-".into(), |c| {
                format!("{c:?}{}", span(d.cue_start, d.cue_end))
            }),
        ),
        (
            "reported by",
            row.reported_by.clone().unwrap_or_else(|| "-".into()),
        ),
        ("said on", said_on(row)),
        ("date found", r.date_found.to_string()),
        (
            "corrected",
            if row.corrected.is_empty() {
                "no".into()
            } else {
                row.corrected.clone()
            },
        ),
    ];
    for (label, value) in lines {
        say(format_args!("{label:<12}{value}"))?;
    }
    Ok(())
}

fn published(d: &StatementDetail) -> String {
    match (d.row.published_on, &d.published_from) {
        (Some(p), Some(from)) => format!("{p} (from the {from})"),
        (Some(p), None) => p.to_string(),
        (None, _) => "unknown".into(),
    }
}

fn said_on(row: &crate::store::TimelineRow) -> String {
    match (row.said_on, row.said_precision) {
        (Some(d), Some(p)) => format!("{d} ({})", p.as_str()),
        (Some(d), None) => d.to_string(),
        (None, _) => "unknown".into(),
    }
}
