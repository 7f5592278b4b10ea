//! `whosaid explain`: for each statement of an article (a file, or the stored article of a
//! statement id), how it was found, who was taken to say it and why, and where its date
//! came from.
//!
//! It prints what the pipeline records on each statement: the pattern that found it
//! (`FoundBy`) and the rule that chose its speaker (`SpeakerRule`), with the cue, the speaker
//! mention and the date basis, each also said in words. The speaker candidates a rule weighed
//! are not recorded by the pipeline yet; they print as "not recorded".

use std::path::{Path, PathBuf};

use clap::Args;
use serde::Serialize;

use super::{InputArgs, extract_or_skip, show::date_found};
use crate::article::Article;
use crate::error::{EXIT_OK, Error, Result};
use crate::export::{Format, StatementRecord, Writer};
use crate::extract::CharIndex;
use crate::model::{SpeakerKind, Statement, StatementKind};
use crate::store::{StatementKey, Store, statement_id};

/// `whosaid explain`.
#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// Article files (as `import` reads them), or one statement id from the database.
    #[arg(required = true, value_name = "FILE|ID")]
    targets: Vec<PathBuf>,
    /// Output format: labelled text, or one JSON object a line.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

/// Why one statement is what it is.
#[derive(Debug, Serialize)]
struct Explanation {
    /// Stable id (article hash and start offset).
    id: String,
    #[serde(flatten)]
    statement: StatementRecord,
    /// The pattern that found the quotation or claim (docs/grammar.md).
    found_rule: String,
    /// How the quotation or claim was found, in words.
    found_by: String,
    /// The rule that chose the speaker, in the order of `attribute/speaker/`.
    speaker_by: String,
    /// How the speaker was decided, in words.
    speaker_rule: String,
    /// The speaker candidates weighed (not recorded by the pipeline yet).
    candidates: Option<Vec<String>>,
    /// Where the date came from.
    date_found: &'static str,
}

/// Explains every statement of each target.
pub fn run(db: &Path, args: &ExplainArgs) -> Result<i32> {
    let stored = match args.targets.as_slice() {
        [one] if !one.exists() => one.to_str().and_then(StatementKey::parse).map(|_| one),
        _ => None,
    };
    let mut out = Writer::new(args.format, std::io::stdout().lock());
    if let Some(id) = stored {
        let id = id.to_string_lossy();
        let (article, start) = stored_article(db, &id)?;
        let found = crate::extract::extract(&article);
        let ix = CharIndex::new(&article.body);
        let mine: Vec<&Statement> = found
            .iter()
            .filter(|s| ix.char_at(s.span.start) as i64 == start)
            .collect();
        if mine.is_empty() {
            return Err(Error::Usage(format!(
                "{id} is no longer found in its article by this whosaid (it was stored by an earlier version or by a correction)"
            )));
        }
        write_all(&mut out, &article, mine.into_iter(), args.format)?;
        return Ok(EXIT_OK);
    }
    let input = InputArgs {
        inputs: args.targets.clone(),
        date: None,
        title: None,
        source: None,
        url: None,
        quiet: false,
    };
    let mut report = super::Report::new(false);
    let mut failed = None;
    super::input::for_each_article(
        &input.inputs,
        &input.defaults(),
        &mut report,
        &mut |a, r| {
            let found = extract_or_skip(&a, r).unwrap_or_default();
            if failed.is_none() {
                failed = write_all(&mut out, &a, found.iter(), args.format).err();
            }
        },
    );
    if let Some(e) = failed {
        return Err(e);
    }
    Ok(super::exit_code(&report))
}

/// The stored article of statement `id`, and the statement's start offset.
fn stored_article(db: &Path, id: &str) -> Result<(Article, i64)> {
    let detail = Store::open(db)?.statement(id)?;
    let from = detail
        .published_from
        .as_deref()
        .and_then(crate::store::published_from_of);
    let row = detail.row;
    let article = Article {
        id: row.article_ref,
        title: row.article_title,
        source: row.article_source,
        url: row.article_url,
        byline: row.article_byline,
        published: row.published_on,
        published_from: from,
        body: detail.body,
    };
    Ok((article, row.start))
}

fn write_all<'s, W: std::io::Write>(
    out: &mut Writer<W>,
    article: &Article,
    statements: impl Iterator<Item = &'s Statement>,
    format: Format,
) -> Result<()> {
    let ix = CharIndex::new(&article.body);
    for s in statements {
        let record = StatementRecord::new(&article.id, s, &ix);
        let e = Explanation {
            id: statement_id(&article.body, record.start),
            found_rule: format!("{:?}", s.why.found_by),
            found_by: found_by(s),
            speaker_by: format!("{:?}", s.why.speaker_by),
            speaker_rule: speaker_rule(s),
            candidates: None,
            date_found: date_found(s.said_on.map(|d| d.basis)),
            statement: record,
        };
        if format == Format::Table {
            print_text(&e)?;
        } else {
            out.write(&e, Vec::new())?;
        }
    }
    Ok(())
}

fn print_text(e: &Explanation) -> Result<()> {
    let s = &e.statement;
    let said_on = s.said_on.as_deref().unwrap_or("unknown");
    let lines = [
        format!("{}  {} {}", e.id, s.kind, crate::export::cell(&s.text, 80)),
        format!("  found by    {} ({})", e.found_rule, e.found_by),
        format!("  speaker     {} ({})", e.speaker_by, e.speaker_rule),
        "  candidates  not recorded by the pipeline yet".to_string(),
        format!("  date        {said_on}: {}", e.date_found),
        String::new(),
    ];
    for line in lines {
        super::say(format_args!("{line}"))?;
    }
    Ok(())
}

fn found_by(s: &Statement) -> String {
    let cue = s.cue.as_ref().map(|c| format!("the cue {:?}", c.text));
    let what = match (s.kind, &cue) {
        (StatementKind::Direct, Some(cue)) => format!("a quotation attributed by {cue}"),
        (StatementKind::Direct, None) => {
            "a quotation with no cue of its own: its speaker comes from the text around it".into()
        }
        (StatementKind::Mixed, _) => format!(
            "reported speech that quotes some words, after {}",
            cue.as_deref().unwrap_or("no cue")
        ),
        (StatementKind::Indirect, _) => format!(
            "reported speech without quotation marks, after {}",
            cue.as_deref().unwrap_or("no cue")
        ),
        (kind, _) => format!(
            "a claim beyond speech ({}), after {}",
            kind.as_str(),
            cue.as_deref().unwrap_or("no cue")
        ),
    };
    let mut notes = vec![what];
    if let Some(by) = &s.reported_by {
        notes.push(format!("nested: reported by {by}"));
    }
    if s.group.is_some() {
        notes.push("a piece of one quotation split by its attribution".into());
    }
    notes.join("; ")
}

const PRONOUNS: [&str; 8] = ["he", "she", "they", "it", "his", "her", "their", "its"];

fn speaker_rule(s: &Statement) -> String {
    let sp = &s.speaker;
    let mention = sp.mention.as_ref().map(|m| m.text.as_str());
    let name = sp.name.as_deref().unwrap_or("nobody");
    match (sp.kind, mention) {
        (SpeakerKind::Unknown, Some(m)) => format!("{m:?} could not be resolved to anyone"),
        (SpeakerKind::Unknown, None) => "no speaker mention was found".into(),
        (SpeakerKind::Organization, _) => format!("{name}: an organisation speaking as itself"),
        (SpeakerKind::Anonymous, _) => format!("{name}: an unnamed source, as written"),
        (SpeakerKind::Document, _) => format!("{name}: a document, study or poll, as written"),
        (SpeakerKind::Person, None) => {
            format!("{name}: no mention at the statement, carried from the text around it")
        }
        (SpeakerKind::Person, Some(m)) if PRONOUNS.contains(&m.to_lowercase().as_str()) => {
            format!("{name}: the pronoun {m:?}, resolved to the person it refers back to")
        }
        (SpeakerKind::Person, Some(m)) if m == name || m.ends_with(name) => {
            format!("{name}: named at the statement ({m:?})")
        }
        (SpeakerKind::Person, Some(m)) => {
            format!(
                "{name}: {m:?}, resolved to the person of that name or description in the article"
            )
        }
    }
}
