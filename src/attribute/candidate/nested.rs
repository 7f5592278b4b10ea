//! Nested statements: speech reported inside someone's reported speech, and speech an outlet
//! reports.
//!
//! - "The ministry said Mr Oyelaran had told its envoy that CLAUSE": besides the ministry's
//!   statement, Oyelaran's claim (CLAUSE), `reported_by` the ministry.
//! - "As the Tribune reports, the company announced that CLAUSE": the company's claim,
//!   `reported_by` the Tribune.

use super::super::cue::{self, Form, Strength};
use super::super::doc::{Doc, sentence_start};
use super::super::mention::{MentionKind, mention_after};
use super::super::para::Para;
use super::super::speaker::subject::subject_before;
use super::super::speaker::{self, Attributed, resolve};
use super::Candidate;
use super::reported::content::{clause_span, content_start};
use crate::model::{FoundBy, StatementKind};

/// How far into the outer content the inner verb may stand ("Mr Oyelaran had told").
const REACH: usize = 8;

/// The inner statements of the reported statements `said` ("X said Y had told Z that …"),
/// each reported by the outer speaker.
pub(crate) fn inner_statements(doc: &Doc, said: &[Attributed]) -> Vec<Attributed> {
    said.iter()
        .filter(|s| s.kind == StatementKind::Indirect && s.speaker.name.is_some())
        .filter_map(|s| inner(doc, s))
        .collect()
}

fn inner(doc: &Doc, outer: &Attributed) -> Option<Attributed> {
    let pi = paragraph_of(doc, outer.span.start)?;
    let p = doc.para(pi);
    let a = p.token_at(outer.span.start);
    let b = p.token_at(outer.span.end);
    let v = (a + 1..(a + REACH).min(b)).find(|&k| {
        p.is_lower(k)
            && cue::lookup(p.word(k))
                .is_some_and(|c| c.strength == Strength::Speech && c.form == Form::Past)
    })?;
    let mention = subject_before(&p, v, a).filter(|m| {
        m.span.start == outer.span.start
            && matches!(m.kind, MentionKind::Name | MentionKind::Descriptor)
    })?;
    let from = content_start(&p, v, b)?;
    let content = clause_span(&p, from, b)?;
    let candidate = Candidate {
        kind: StatementKind::Indirect,
        span: content,
        cue: Some(p.span(v, v)),
        mention: Some(mention),
        sentence: doc.sentence_of(p.toks[v].span().start),
        reported_by: None,
        group: None,
        found_by: FoundBy::ReportedNested,
    };
    let mut s = speaker::attribute(doc, &candidate);
    s.speaker.name.as_ref()?;
    s.reported_by = outer.speaker.name.clone();
    Some(s)
}

/// The paragraph holding byte `at`.
fn paragraph_of(doc: &Doc, at: usize) -> Option<usize> {
    let after = doc
        .tokens
        .partition_point(|t| t.first().is_none_or(|f| f.span().start <= at));
    after.checked_sub(1)
}

/// "As the Tribune reports, …": the statements of that sentence are reported by the outlet.
pub(crate) fn as_reported(doc: &Doc, statements: &mut [Attributed]) {
    for s in statements.iter_mut().filter(|s| s.reported_by.is_none()) {
        let Some(cue) = &s.cue else { continue };
        let Some(pi) = paragraph_of(doc, cue.span.start) else {
            continue;
        };
        let p = doc.para(pi);
        let start = sentence_start(doc, &p, p.token_at(cue.span.start));
        if let Some(outlet) = outlet_opening(doc, &p, start, p.token_at(cue.span.start)) {
            s.reported_by = Some(outlet);
        }
    }
}

/// The outlet of an "As X reports|reported|wrote|noted," opening the sentence at `start`,
/// before the cue at `cue`.
fn outlet_opening(doc: &Doc, p: &Para, start: usize, cue: usize) -> Option<String> {
    if !p.word(start).eq_ignore_ascii_case("as") {
        return None;
    }
    let (m, next) = mention_after(p, start + 1)?;
    let verb = cue::lookup(p.word(next))
        .is_some_and(|c| matches!(c.lemma, "report" | "write" | "note") && c.form != Form::Gerund);
    (verb && p.is_punct(next + 1, ',') && next + 1 < cue)
        .then(|| resolve::speaker_for(doc, &m, doc.sentence_of(m.span.start)).name)
        .flatten()
}
