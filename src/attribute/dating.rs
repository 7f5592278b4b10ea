//! When each statement was said: the time expression attached to its cue, else the lead's date
//! for the lead's speaker, else the publication date.
//!
//! Rules (docs/grammar.md, "Dates"):
//! 1. stated: a time expression in the cue's clause, outside every quotation and outside the
//!    statement's own content ("said Thursday", "told reporters on June 14", "In a 2019
//!    interview, she said"). The nearest one to the cue wins.
//! 2. continuation: a piece of a split quotation, a follow-on quotation, or a statement cued by
//!    a pronoun straight after the same speaker takes the date of the statement it continues.
//! 3. lead: when the lead sentence dates its event ("Trump detailed the call on Thursday"), that
//!    speaker's later statements without a time of their own take the lead's date.
//! 4. published: the article's date, precision day. No article date: unknown.
//!
//! A date is never after the publication date (the resolver guarantees it).

use chrono::NaiveDate;

use super::doc::Doc;
use super::speaker::Attributed;
use crate::model::{DateBasis, Precision, Span, Statement, StatementDate};
use crate::parse::date::{self, ResolvedDate, TimeExpr, TimeValue};

/// Dates every attributed statement (which must be in text order): the dating stage.
pub(crate) fn date_statements(
    doc: &Doc,
    attributed: Vec<Attributed>,
    published: Option<NaiveDate>,
) -> Vec<Statement> {
    let lead = lead_date(doc, published, &attributed);
    let mut out: Vec<Statement> = Vec::with_capacity(attributed.len());
    // Taken from the back of the reversed list, which gives its memory back as it empties: a
    // long article's statements are not held twice, attributed and dated, at the end.
    let mut rest = attributed;
    rest.reverse();
    while let Some(a) = rest.pop() {
        if rest.len() >= 1024 && rest.len() * 2 < rest.capacity() {
            rest.shrink_to_fit();
        }
        let stated = stated_date(doc, &a, published);
        let inherited = stated.is_none().then(|| continued_date(&out, &a)).flatten();
        let from_lead = lead
            .as_ref()
            .filter(|(name, _)| a.speaker.name.as_deref() == Some(name.as_str()))
            .map(|(_, d)| *d);
        let said_on = stated.or(inherited).or(from_lead).or_else(|| {
            published.map(|d| StatementDate {
                date: d,
                precision: Precision::Day,
                basis: DateBasis::Published,
            })
        });
        out.push(Statement {
            kind: a.kind,
            span: a.span,
            // The content exactly as written: copied only now, so the statements being
            // attributed do not each hold their text (a long article's text once more).
            text: a.span.slice(doc.text).to_string(),
            speaker: a.speaker,
            cue: a.cue,
            said_on,
            reported_by: a.reported_by,
            group: a.group,
            why: a.why,
        });
    }
    out
}

/// The date of a time expression in the statement's cue clause.
fn stated_date(doc: &Doc, s: &Attributed, published: Option<NaiveDate>) -> Option<StatementDate> {
    // Without a cue (a quotation kept unclaimed), the quotation's own sentence stands in.
    let cue = s
        .cue
        .as_ref()
        .map_or(Span::new(s.span.start, s.span.start), |c| c.span);
    let region = cue_region(doc, s, cue);
    // "CLAUSE “…” in the 2008 primary, said X": before a trailing cue's comma is content.
    // A participle after a comma ("released a statement Wednesday, saying …") is not one.
    let trailing = doc.text[..cue.start]
        .trim_end()
        .trim_end_matches(['”', '"', '’', '\''])
        .ends_with(',')
        && !cue.slice(doc.text).ends_with("ing");
    let exprs: Vec<TimeExpr> = region
        .iter()
        .flat_map(|r| {
            date::find_time_expressions(r.slice(doc.text))
                .into_iter()
                .map(move |e| (r.start, e))
        })
        .map(|(base, e)| TimeExpr {
            start: base + e.start,
            end: base + e.end,
            ..e
        })
        .filter(|e| !describes_a_span(doc.text, e.start))
        .filter(|e| !trailing || e.start >= cue.start)
        .collect();
    let nearest = exprs
        .iter()
        .min_by_key(|e| distance(cue, Span::new(e.start, e.end)))?;
    let resolved = resolve(nearest.value, published)?;
    Some(StatementDate {
        date: resolved.date,
        precision: resolved.precision,
        basis: DateBasis::Stated,
    })
}

/// "mayor since 2021", "until 2019": a time that bounds a state of affairs, not a saying.
fn describes_a_span(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("").trim_end();
    let last_word = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let first_word = text
        .get(at..)
        .unwrap_or("")
        .split_whitespace()
        .next()
        .unwrap_or("");
    ["since", "until", "through", "till"]
        .iter()
        .any(|w| last_word.eq_ignore_ascii_case(w))
        || first_word.eq_ignore_ascii_case("since")
}

/// Resolves against the publication date; without one, only absolute dates resolve.
fn resolve(value: TimeValue, published: Option<NaiveDate>) -> Option<ResolvedDate> {
    match published {
        Some(p) => date::resolve(value, p),
        None if matches!(
            value,
            TimeValue::Date(_) | TimeValue::MonthYear { .. } | TimeValue::Year(_)
        ) =>
        {
            date::resolve(value, NaiveDate::MAX)
        }
        None => None,
    }
}

fn distance(a: Span, b: Span) -> usize {
    if b.start >= a.end {
        b.start - a.end
    } else {
        a.start.saturating_sub(b.end)
    }
}

/// The text of the cue's sentence outside quotations and outside the statement's content.
fn cue_region(doc: &Doc, s: &Attributed, cue: Span) -> Vec<Span> {
    let sentence = doc
        .parsed
        .sentences
        .get(doc.sentence_of(cue.start))
        .map_or(cue, |x| x.span);
    // Quotations are sorted by start: only those that can touch the sentence are looked at,
    // from the last top-level one before it (it alone may run into the sentence).
    let quotes = &doc.parsed.quotes;
    let mut first = quotes.partition_point(|q| q.span.start < sentence.start);
    while first > 0 {
        first -= 1;
        if !quotes[first].nested {
            break;
        }
    }
    let mut holes: Vec<Span> = quotes[first..]
        .iter()
        .take_while(|q| q.span.start < sentence.end)
        .filter(|q| !q.nested)
        .map(|q| q.span)
        .collect();
    holes.push(s.span);
    holes.sort();
    let mut out = Vec::new();
    let mut at = sentence
        .start
        .max(date::dateline_end(doc.text).min(sentence.end));
    for h in holes
        .iter()
        .filter(|h| h.end > sentence.start && h.start < sentence.end)
    {
        if h.start > at {
            out.push(Span::new(at, h.start));
        }
        at = at.max(h.end);
    }
    if at < sentence.end {
        out.push(Span::new(at, sentence.end));
    }
    out
}

/// The date of the statement (among the dated ones before it) that `s` continues, if any.
fn continued_date(dated: &[Statement], s: &Attributed) -> Option<StatementDate> {
    let prev = dated.iter().rev().find(|p| p.span.end <= s.span.start)?;
    let same_speaker = prev.speaker.name.is_some() && prev.speaker.name == s.speaker.name;
    let grouped = s.group.is_some() && s.group == prev.group;
    let pronoun = s
        .speaker
        .mention
        .as_ref()
        .is_some_and(|m| super::lexicon::is_pronoun(&m.text));
    let follow_on = s.cue.is_none();
    ((grouped || ((follow_on || pronoun) && same_speaker))
        && prev
            .said_on
            .is_some_and(|d| d.basis != DateBasis::Published))
    .then_some(prev.said_on)
    .flatten()
}

/// The lead sentence's event date and its subject's canonical name.
fn lead_date(
    doc: &Doc,
    published: Option<NaiveDate>,
    statements: &[Attributed],
) -> Option<(String, StatementDate)> {
    let lead = doc
        .parsed
        .sentences
        .iter()
        .find(|s| is_lead(s.span.slice(doc.text)))?;
    let text = lead.span.slice(doc.text);
    // The lead's own time, not one inside a quotation, a statement's content or the dateline.
    let skip = date::dateline_end(doc.text);
    let expr = date::find_time_expressions(text).into_iter().find(|e| {
        let at = lead.span.start + e.start;
        at >= skip
            && !inside_quote(doc, at)
            && !describes_a_span(doc.text, at)
            && !statements
                .iter()
                .any(|s| s.span.start <= at && at < s.span.end)
    })?;
    let resolved = resolve(expr.value, published)?;
    let subject = doc
        .cast
        .mentions
        .iter()
        .find(|m| lead.span.contains(Span::new(m.pos, m.pos)))?;
    let name = doc.cast.people[subject.person].name.clone();
    Some((
        name,
        StatementDate {
            date: resolved.date,
            precision: resolved.precision,
            basis: DateBasis::Lead,
        },
    ))
}

/// A lead sentence is a full sentence (not a headline): eight words or more, ending in a period.
fn is_lead(sentence: &str) -> bool {
    sentence.split_whitespace().count() >= 8 && sentence.trim_end().ends_with(['.', '”', '"'])
}

fn inside_quote(doc: &Doc, pos: usize) -> bool {
    doc.parsed
        .quotes
        .iter()
        .any(|q| q.span.start <= pos && pos < q.span.end)
}
