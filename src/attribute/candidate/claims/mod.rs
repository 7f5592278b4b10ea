//! Claims beyond speech: what people believe and intend, what documents and studies found and
//! what polls show. Each is a statement of its own kind (`belief`, `intention`, `finding`,
//! `poll`), held by its holder or source, and found only where no speech was.
//!
//! Patterns (docs/grammar.md, "Claims beyond speech"), on each sentence's tokens:
//! - X believes|thinks|fears|doubts (that) CLAUSE; X is convinced|worried that CLAUSE: belief.
//! - X plans|intends|wants|hopes|aims to VERB …: intention.
//! - X found|concluded|estimated that CLAUSE: finding.
//! - A document, study or poll as subject ("the report found …", "polls show …", "the
//!   lawsuit says …"): a finding, or a poll's result, held by the document
//!   (`SpeakerKind::Document`).
//! - A poll's respondents as the subject of a verb of saying ("47% say …", "one in five
//!   said …"): a poll's result, held by the share as written.
//! - "According to the filing, CLAUSE" (found by `reported/`): retyped a finding.
//!
//! Claims come after every kind of speech has been found: a claim never covers a statement
//! already found, and one whose verb lies inside a statement is part of it ("she said she
//! believes …" is her speech).

mod assessment;
mod respondents;
mod sentence;
mod source;
mod stance;
mod verbs;

use super::super::doc::{Doc, sentence_end};
use super::super::span_index::SpanIndex;
use super::super::speaker::{self, Attributed, context};
use super::Candidate;
use super::reported::attribution_starts;
use crate::model::{FoundBy, SpeakerKind, StatementKind};
use sentence::Claim;

/// The claims beyond speech of the article, outside the statements `found`, with their
/// holders decided (a pronoun the cast left open from the statements before it).
pub(crate) fn find(doc: &Doc, found: &[Attributed]) -> Vec<Attributed> {
    let index = SpanIndex::new(found);
    let mut claims = Vec::new();
    for pi in 0..doc.tokens.len() {
        let p = doc.para(pi);
        let mut start = 0;
        while start < p.toks.len() {
            let end = sentence_end(doc, &p, start);
            claims.extend(sentence::sentence_claims(&p, (start, end)));
            start = end;
        }
    }
    let attributed: Vec<Attributed> = claims
        .into_iter()
        .filter_map(|c| clear_of(doc, &index, c))
        .map(|c| attribute(doc, c))
        .collect();
    with_context(doc, found, attributed)
}

/// The claim, ending before any statement that starts inside it; none when its verb is inside
/// a statement, or a statement covers most of it.
fn clear_of(doc: &Doc, index: &SpanIndex, mut c: Claim) -> Option<Claim> {
    if index.overlapping(c.cue).next().is_some() {
        return None;
    }
    if index
        .overlapping(c.content)
        .any(|s| s.span.start <= c.content.start)
    {
        return None;
    }
    // "A, but officials said B": the claim ends before the statement's speaker and cue.
    let cut = index
        .overlapping(c.content)
        .flat_map(attribution_starts)
        .filter(|&at| at > c.content.start)
        .min();
    if let Some(at) = cut.filter(|&at| at < c.content.end) {
        c.content.end = c.content.start + kept_before(&doc.text[c.content.start..at]).len();
    }
    let words = c.content.slice(doc.text).split_whitespace().count();
    (words >= 2).then_some(c)
}

/// `text` without the punctuation and connector ending it ("…, but").
fn kept_before(text: &str) -> &str {
    let mut kept = text.trim_end_matches(|ch: char| ch.is_whitespace() || ",;:—-".contains(ch));
    for connector in [" but", " and", " while", " yet"] {
        if let Some(rest) = kept.strip_suffix(connector) {
            kept = rest.trim_end_matches(|ch: char| ch.is_whitespace() || ",;:—-".contains(ch));
        }
    }
    kept
}

/// The claim's statement: its holder resolved like any speaker's; a document keeps its words
/// as written ("a CNN poll released Monday").
fn attribute(doc: &Doc, c: Claim) -> Attributed {
    let candidate = Candidate {
        kind: c.kind,
        span: c.content,
        cue: Some(c.cue),
        mention: c.holder,
        sentence: doc.sentence_of(c.cue.start),
        reported_by: None,
        group: None,
        found_by: FoundBy::ClaimVerb,
    };
    let mut s = speaker::attribute(doc, &candidate);
    if c.document {
        as_document(&mut s);
    }
    s
}

fn as_document(s: &mut Attributed) {
    s.speaker.kind = SpeakerKind::Document;
    s.speaker.role = None;
    s.speaker.aliases = Default::default();
    if s.speaker.name.is_none() {
        s.speaker.name = s.speaker.mention.as_ref().map(|m| m.text.clone());
    }
}

/// Pronoun holders the cast left open take their antecedent from the statements before them
/// (`context::carry_pronouns`), claims and speech alike; the speech statements themselves are
/// not changed by the claims.
fn with_context(doc: &Doc, found: &[Attributed], claims: Vec<Attributed>) -> Vec<Attributed> {
    if claims.is_empty() {
        return claims;
    }
    let mut all: Vec<Attributed> = found.iter().cloned().chain(claims).collect();
    all.sort_by_key(|s| (s.span.start, s.span.end));
    context::carry_pronouns(doc, &mut all);
    all.retain(|s| s.why.found_by == FoundBy::ClaimVerb);
    all
}

/// "According to the filing, …": a claim whose source is a document, study or poll is a
/// finding (or a poll's result), held by that document.
pub(crate) fn retype_sources(said: &mut [Attributed]) {
    for s in said.iter_mut() {
        if s.why.found_by != FoundBy::ReportedAccordingTo || s.kind != StatementKind::Indirect {
            continue;
        }
        let Some(mention) = &s.speaker.mention else {
            continue;
        };
        let poll = mention
            .text
            .split(|c: char| !(c.is_alphanumeric() || c == '’' || c == '\''))
            .find_map(verbs::finding_source);
        let Some(poll) = poll else { continue };
        s.kind = if poll {
            StatementKind::Poll
        } else {
            StatementKind::Finding
        };
        if s.speaker.kind != SpeakerKind::Person {
            as_document(s);
        }
    }
}
