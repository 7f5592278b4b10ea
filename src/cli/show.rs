//! `whosaid show`: one statement in its article, with everything known about where it came
//! from: the sentences around it, the article's title, source, URL and date, the speaker
//! mention and cue with their offsets, and how its date was found.

use std::path::Path;

use clap::Args;
use serde::Serialize;

use super::say;
use crate::error::{EXIT_OK, Result};
use crate::export::{Layout, MatchMarks, wrap_words};
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
    let before = body.get(from..start).unwrap_or("").to_string();
    let after = body.get(end..to).unwrap_or("").to_string();
    (before, after)
}

fn print_text(r: &ShowRecord) -> Result<()> {
    let row = &r.detail.row;
    let marks = MatchMarks::for_stdout(Layout::for_stdout(false, 0).color);
    let speaker = row.speaker.as_deref().unwrap_or("?");
    let (kind, speaker_kind) = (row.kind.as_str(), row.speaker_kind.as_str());
    say(format_args!(
        "{}  {kind}, said by {speaker} ({speaker_kind})",
        row.id
    ))?;
    say(format_args!(""))?;
    let (open, close) = (marks.open, marks.close);
    let context = format!(
        "{}{open}{}{close}{}",
        r.context_before, row.statement, r.context_after
    );
    let width = terminal_size::terminal_size().map_or(100, |(w, _)| usize::from(w.0));
    for line in wrap_words(&context, width.saturating_sub(3).max(30)) {
        say(format_args!("  {line}"))?;
    }
    say(format_args!(""))?;
    for (label, value) in labelled(r) {
        say(format_args!("{label:<12}{value}"))?;
    }
    Ok(())
}

/// The labelled lines under the context.
fn labelled(r: &ShowRecord) -> Vec<(&'static str, String)> {
    let d = r.detail;
    let row = &d.row;
    let or_dash = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
    let at = |text: &Option<String>, s: Option<i64>, e: Option<i64>| match (text, s, e) {
        (Some(t), Some(s), Some(e)) => format!("{t:?} at {s}-{e}"),
        (Some(t), _, _) => format!("{t:?}"),
        (None, _, _) => "-".into(),
    };
    let corrected = if row.corrected.is_empty() {
        "no".into()
    } else {
        row.corrected.clone()
    };
    vec![
        ("article", or_dash(&row.article_title)),
        ("source", or_dash(&row.article_source)),
        ("url", or_dash(&row.article_url)),
        ("byline", or_dash(&row.article_byline)),
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
            at(&row.speaker_mention, d.mention_start, d.mention_end),
        ),
        ("role", or_dash(&row.role)),
        ("cue", at(&row.cue, d.cue_start, d.cue_end)),
        ("reported by", or_dash(&row.reported_by)),
        ("said on", said_on(row)),
        ("date found", r.date_found.to_string()),
        ("corrected", corrected),
    ]
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
