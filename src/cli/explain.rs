//! `whosaid explain`: for each statement of an article (a file, or the stored article of a
//! statement id), how it was found, who was taken to say it and why, and where its date
//! came from.
//!
//! It prints what the pipeline records on each statement: the pattern that found it
//! (`FoundBy`) and the rule that chose its speaker (`SpeakerRule`), with the cue, the speaker
//! mention and the date basis, each also said in words; and, from the speaker trace
//! (`extract::explain`), the speaker rules tried in turn and the candidates the deciding one
//! weighed.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use clap::Args;
use serde::Serialize;

use super::{InputArgs, report_failed, show::date_found};
use crate::article::Article;
use crate::error::{EXIT_OK, Error, Result};
use crate::export::{Format, StatementRecord, Writer};
use crate::extract::CharIndex;
use crate::model::{SpeakerKind, SpeakerRule, SpeakerStep, Statement, StatementKind};
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
    /// Publication date for article files that have none (YYYY-MM-DD), as for `extract`.
    #[arg(long, value_parser = super::parse_date)]
    date: Option<NaiveDate>,
    /// URL for article files that have none (its date dates a dateline without a year).
    #[arg(long)]
    url: Option<String>,
    /// Do not print warnings.
    #[arg(long, short)]
    quiet: bool,
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
    /// The speaker rules that decided in turn (a later stage may decide again), each with the
    /// rules of its stage passed over before it.
    speaker_steps: Vec<Step>,
    /// The speaker candidates the deciding rule weighed, the chosen one marked.
    candidates: Vec<Candidate>,
    /// Why the deciding rule chose among them as it did.
    why_chosen: &'static str,
    /// Where the date came from.
    date_found: &'static str,
}

/// One speaker rule that decided.
#[derive(Debug, Serialize)]
struct Step {
    rule: String,
    /// Rules tried before it in its stage that decided nothing.
    passed: Vec<String>,
    /// The mention it read, as written.
    mention: Option<String>,
}

/// A speaker candidate weighed.
#[derive(Debug, Serialize)]
struct Candidate {
    name: String,
    chosen: bool,
    note: String,
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
        let (found, steps) = crate::extract::explain(&article);
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
        write_all(&mut out, &article, mine.into_iter(), &steps, args.format)?;
        return Ok(EXIT_OK);
    }
    let input = InputArgs {
        inputs: args.targets.clone(),
        date: args.date,
        title: None,
        source: None,
        url: args.url.clone(),
        quiet: args.quiet,
    };
    let mut report = super::Report::new(args.quiet);
    let mut failed = None;
    super::input::for_each_article(
        &input.inputs,
        &input.defaults(),
        &mut report,
        &mut |a, r| {
            let (found, steps) = explain_or_skip(&a, r);
            if failed.is_none() {
                failed = write_all(&mut out, &a, found.iter(), &steps, args.format).err();
            }
        },
    );
    if let Some(e) = failed {
        return Err(e);
    }
    Ok(super::exit_code(&report))
}

/// The statements of an article with their speaker trace; a bug that panics on it costs that
/// article only, reported and counted as skipped, never the rest of the run.
fn explain_or_skip(
    article: &Article,
    report: &mut super::Report,
) -> (Vec<Statement>, Vec<SpeakerStep>) {
    let run = || crate::extract::explain(article);
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)).unwrap_or_else(|_| {
        report_failed(&article.id, report);
        (Vec::new(), Vec::new())
    })
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
    steps: &[SpeakerStep],
    format: Format,
) -> Result<()> {
    let ix = CharIndex::new(&article.body);
    for s in statements {
        let record = StatementRecord::new(&article.id, s, &ix);
        let (speaker_steps, candidates) = trace_of(s, steps);
        let e = Explanation {
            id: statement_id(&article.body, record.start),
            found_rule: format!("{:?}", s.why.found_by),
            found_by: found_by(s),
            speaker_by: format!("{:?}", s.why.speaker_by),
            speaker_rule: speaker_rule(s),
            speaker_steps,
            candidates,
            why_chosen: why_chosen(s.why.speaker_by),
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

/// The speaker steps recorded for statement `s` up to the one that gave its final rule, and
/// the candidates that one weighed.
fn trace_of(s: &Statement, steps: &[SpeakerStep]) -> (Vec<Step>, Vec<Candidate>) {
    let mine: Vec<&SpeakerStep> = steps.iter().filter(|t| t.start == s.span.start).collect();
    let decided = mine.iter().rposition(|t| t.rule == s.why.speaker_by);
    let Some(last) = decided else {
        return (Vec::new(), Vec::new());
    };
    let mut shown: Vec<Step> = Vec::new();
    for t in &mine[..=last] {
        let step = Step {
            rule: format!("{:?}", t.rule),
            passed: t.passed.iter().map(|r| format!("{r:?}")).collect(),
            mention: t.mention.clone(),
        };
        // The same decision made again (a claim weighed twice) shows once.
        if shown.last().is_none_or(|l| l.rule != step.rule) {
            shown.push(step);
        }
    }
    let candidates = mine[last]
        .considered
        .iter()
        .map(|c| Candidate {
            name: c.name.clone(),
            chosen: c.chosen,
            note: c.note.clone(),
        })
        .collect();
    (shown, candidates)
}

fn print_text(e: &Explanation) -> Result<()> {
    let s = &e.statement;
    let said_on = s.said_on.as_deref().unwrap_or("unknown");
    let mut lines = vec![
        format!("{}  {} {}", e.id, s.kind, crate::export::cell(&s.text, 80)),
        format!("  found by    {} ({})", e.found_rule, e.found_by),
        format!("  speaker     {} ({})", e.speaker_by, e.speaker_rule),
        format!("  rules       {}", rules_line(&e.speaker_steps)),
    ];
    lines.extend(candidate_lines(&e.candidates));
    lines.push(format!("  chosen      {}", e.why_chosen));
    lines.push(format!("  date        {said_on}: {}", e.date_found));
    lines.push(String::new());
    for line in lines {
        super::say(format_args!("{line}"))?;
    }
    Ok(())
}

/// "CastName, Organization, OpenerNotName did not decide, then NewName on \"Ann Ruiz\"": the
/// speaker rules in the order they were tried.
fn rules_line(steps: &[Step]) -> String {
    if steps.is_empty() {
        return "not recorded (the statement changed after its speaker was chosen)".into();
    }
    let each: Vec<String> = steps
        .iter()
        .map(|t| {
            let on = t.mention.as_ref().map(|m| format!(" on {m:?}"));
            let rule = format!("{}{}", t.rule, on.unwrap_or_default());
            match t.passed.as_slice() {
                [] => rule,
                passed => format!("{} did not decide, then {rule}", passed.join(", ")),
            }
        })
        .collect();
    each.join("; later ")
}

/// How rule `rule` picks among its candidates.
fn why_chosen(rule: SpeakerRule) -> &'static str {
    use SpeakerRule as R;
    match rule {
        R::NoMention => "no one: nothing beside the cue names a speaker",
        R::TranscriptCapitals => "the cast person the capitals spell",
        R::CastName => {
            "the cast person of that name; of several, the one mentioned last before the statement"
        }
        R::NewName => "no cast person has that name: a new person called so",
        R::OpenerNotName => "no one: a lone capitalised word opening the sentence is no name",
        R::PronounAntecedent => {
            "the latest fitting mention in the sentence, else the first of the nearest earlier sentence (within six); a known gender beats an unknown one named no nearer"
        }
        R::PronounUnresolved => "no one: no person of a fitting gender within six sentences",
        R::Organization | R::OrganizationNamedBefore => "the organisation itself",
        R::OfficialsAdministration => "the one administration the article names",
        R::RoleDescriptor => "the person with that role; of several, the one mentioned last",
        R::AnonymousDescriptor => "no cast person has that role: the descriptor as written",
        R::CarriedPronoun => "the latest earlier speaker whose gender fits, within eight sentences",
        R::GroupPronoun => "the group that spoke last or was named just before",
        R::LaterQuote => "the speaker of a later quotation of the same sentence",
        R::SentenceCue => "the subject of a reporting verb elsewhere in the sentence",
        R::ClauseSubject => "the subject of the quotation's clause",
        R::DashLine => "the name on the dash line after the quotation",
        R::PreviousSpeaker => {
            "the person who spoke last, in the same or the three previous paragraphs"
        }
        R::Fallback => "nothing fitted: the nameless mention, or unknown",
    }
}

/// One line per candidate, the chosen one marked with `*`.
fn candidate_lines(candidates: &[Candidate]) -> Vec<String> {
    if candidates.is_empty() {
        return vec!["  candidates  none: the rule reads no person of the cast".into()];
    }
    candidates
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let label = if i == 0 { "candidates" } else { "" };
            let mark = if c.chosen { "*" } else { " " };
            format!("  {label:<10}  {mark} {}: {}", c.name, c.note)
        })
        .collect()
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
