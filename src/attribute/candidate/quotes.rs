//! Which quotations are speech: the quotation patterns tried on every top-level quotation, in
//! order, and the quotations none claims that are kept anyway.

use super::super::doc::{Doc, sentence_start};
use super::super::mention;
use super::super::mention::Mention;
use super::super::para::Para;
use super::super::span_index::SpanIndex;
use super::super::speaker::Attributed;
use super::super::speaker::resolve;
use super::Candidate;
use super::quote_cue;
use super::titles::{in_title_position, is_title_like};
use crate::model::{FoundBy, Span, StatementKind};
use crate::parse::TokenKind;

/// A quotation with what links it to a speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Attribution {
    /// Index of the quotation in `Parsed::quotes`.
    quote: usize,
    /// The cue's words ("said", "according to", "—", ":"), if any.
    cue: Option<Span>,
    /// The mention naming the speaker, if any.
    mention: Option<Mention>,
    /// Which pattern matched.
    rule: FoundBy,
    /// Paragraph of the quotation.
    paragraph: usize,
    /// Index of the sentence the mention (or the quotation) is in.
    sentence: usize,
}

/// Runs the direct-quotation patterns over every top-level quotation.
fn find_direct(doc: &Doc) -> Vec<Attribution> {
    let mut out: Vec<Attribution> = Vec::new();
    for pi in 0..doc.tokens.len() {
        let p = doc.para(pi);
        for qi in 0..p.toks.len() {
            let TokenKind::Quote(q) = p.toks[qi].kind() else {
                continue;
            };
            if let Some(a) = attribute_quote(doc, &p, (pi, qi), q, out.last()) {
                out.push(a);
            }
        }
    }
    out
}

/// The attribution of the quotation `q` (token `qi` of paragraph `pi`): its own cue by the
/// patterns in order, else what it inherits from `last`.
fn attribute_quote(
    doc: &Doc,
    p: &Para,
    (pi, qi): (usize, usize),
    q: usize,
    last: Option<&Attribution>,
) -> Option<Attribution> {
    let quote = &doc.parsed.quotes[q];
    let inner = quote.inner.slice(doc.text);
    if in_title_position(p, qi) || is_title_like(inner) {
        return None;
    }
    let start = sentence_start(doc, p, qi);
    if let Some(((cue, mention), rule)) = own_cue(doc, p, (pi, qi), start, inner) {
        let sentence = doc.sentence_of(mention.span.start);
        return Some(Attribution {
            quote: q,
            cue,
            mention: Some(mention),
            rule,
            paragraph: pi,
            sentence,
        });
    }
    inherit(doc, p, (pi, qi), q, start, last?)
}

/// The cue patterns of a quotation, in order: cue after, cue before, loose cue after, a colon
/// line ending the previous paragraph, a bare attribution sentence just before it.
fn own_cue(
    doc: &Doc,
    p: &Para,
    (pi, qi): (usize, usize),
    start: usize,
    inner: &str,
) -> Option<((Option<Span>, mention::Mention), FoundBy)> {
    if let Some(found) = quote_cue::cue_after(p, qi, inner) {
        return Some((found, FoundBy::QuoteCueAfter));
    }
    if let Some(found) = quote_cue::cue_before(p, qi, start) {
        return Some((found, FoundBy::QuoteCueBefore));
    }
    if let Some(found) = quote_cue::loose_cue_after(p, qi, inner) {
        return Some((found, FoundBy::QuoteLooseCueAfter));
    }
    if qi == 0 && pi > 0 {
        let prev = doc.para(pi - 1);
        let n = prev.toks.len();
        if n > 0 && prev.is_punct(n - 1, ':') {
            let s = sentence_start(doc, &prev, n - 1);
            if let Some(found) = quote_cue::cue_before(&prev, n, s) {
                return Some((found, FoundBy::QuoteColonLine));
            }
        }
    }
    // "Sam Lau said in a statement. “There are no ballots …”": a sentence that is only an
    // attribution introduces the quotation opening the next one.
    if qi == start && qi > 0 && p.is_punct(qi - 1, '.') {
        let s = sentence_start(doc, p, qi - 1);
        if let Some(found) = quote_cue::bare_attribution(p, s, qi - 1) {
            return Some((found, FoundBy::QuoteBareAttribution));
        }
    }
    None
}

/// What a quotation without a cue of its own inherits from the attribution before it: a
/// continued piece or a follow-on keeps the mention and its sentence (so "he" resolves as it
/// did); a follow-on quotation has no cue of its own.
fn inherit(
    doc: &Doc,
    p: &Para,
    (pi, qi): (usize, usize),
    q: usize,
    start: usize,
    last: &Attribution,
) -> Option<Attribution> {
    let quote = &doc.parsed.quotes[q];
    let inner = quote.inner.slice(doc.text);
    let inherit = |rule| {
        let cue = if rule == FoundBy::QuoteFollowOn {
            None
        } else {
            last.cue
        };
        Some(Attribution {
            quote: q,
            rule,
            paragraph: pi,
            cue,
            ..last.clone()
        })
    };
    if quote.continued && last.paragraph + 1 == pi {
        return inherit(FoundBy::QuoteContinued);
    }
    if same_sentence_piece(doc, p, pi, qi, last) {
        return inherit(FoundBy::QuoteContinued);
    }
    if follows_on(doc, p, pi, qi, start, last, inner) {
        // “A,” she said. “B.” in one paragraph is one quotation split by its cue.
        let split = pi == last.paragraph
            && matches!(
                last.rule,
                FoundBy::QuoteCueAfter | FoundBy::QuoteLooseCueAfter
            )
            && last.quote + 1 == q;
        return inherit(if split {
            FoundBy::QuoteContinued
        } else {
            FoundBy::QuoteFollowOn
        });
    }
    None
}

/// “A,” said X, a long appositive, “B.”: the second piece of a quotation split by its cue, in
/// the same sentence (no sentence end between the pieces, the cue between them).
fn same_sentence_piece(doc: &Doc, p: &Para, pi: usize, qi: usize, last: &Attribution) -> bool {
    let Some(cue) = last.cue.filter(|_| last.paragraph == pi) else {
        return false;
    };
    let Some(prev) = (0..qi).rev().find(|&k| p.quote(k) == Some(last.quote)) else {
        return false;
    };
    let between = prev + 1..qi;
    let opens_piece =
        qi > 0 && (p.is_punct(qi - 1, ',') || p.is_punct(qi - 1, ':') || p.is_punct(qi - 1, '—'));
    if !opens_piece {
        return false;
    }
    let cue_between = between.clone().any(|k| p.toks[k].span() == cue);
    let ends = between.clone().any(|k| p.ends_sentence(k));
    let first_inner = doc.parsed.quotes[last.quote]
        .inner
        .slice(doc.text)
        .trim_end();
    cue_between && !ends && !first_inner.ends_with(['.', '?', '!'])
}

/// A quotation opening its sentence, soon after `last`, with no other person named between.
fn follows_on(
    doc: &Doc,
    p: &Para,
    pi: usize,
    qi: usize,
    start: usize,
    last: &Attribution,
    inner: &str,
) -> bool {
    if qi != start || pi > last.paragraph + 1 || last.mention.is_none() {
        return false;
    }
    let words = inner.split_whitespace().count();
    if words < 3 && !inner.trim_end().ends_with(['.', '?', '!']) {
        return false;
    }
    let from = doc.parsed.quotes[last.quote].span.end;
    let to = p.toks[qi].span().start;
    let last_person = last.mention.as_ref().and_then(|m| {
        let s = resolve::speaker_for(doc, m, last.sentence);
        s.name
    });
    // A person named in between (outside the last attribution's own sentence) breaks the chain.
    !doc.cast.mentions.iter().any(|m| {
        m.pos >= from
            && m.pos < to
            && m.sentence != last.sentence
            && Some(&doc.cast.people[m.person].name) != last_person.as_ref()
    })
}

/// The direct quotations the patterns claimed, in text order: pieces of one quotation
/// interrupted by the same cue share a group.
pub(crate) fn find(doc: &Doc) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    for a in find_direct(doc) {
        let quote = &doc.parsed.quotes[a.quote];
        let group = out
            .last()
            .filter(|prev| prev.cue.is_some() && prev.cue == a.cue)
            .map(|prev| prev.group.unwrap_or(prev.span.start));
        if let (Some(g), Some(prev)) = (group, out.last_mut()) {
            prev.group = Some(g);
        }
        out.push(Candidate {
            kind: StatementKind::Direct,
            span: quote.span,
            cue: a.cue,
            mention: a.mention,
            sentence: a.sentence,
            reported_by: None,
            group,
            found_by: a.rule,
        });
    }
    out
}

/// A quotation no pattern claimed: token `token` of paragraph `paragraph`, quotation `quote`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Unclaimed {
    /// Paragraph index.
    pub(crate) paragraph: usize,
    /// Token index in the paragraph.
    pub(crate) token: usize,
    /// Index in `Parsed::quotes`.
    pub(crate) quote: usize,
}

/// Quotations no pattern claimed that still read as speech (five words or more, not a title
/// or a name): kept as direct statements so no quoted sentence is lost, with the speaker
/// `speaker::unclaimed` finds, or unknown. Where a title would stand ("thanked them for “…”",
/// "a “…”") only words opening in lowercase read as speech: a title opens with a capital.
pub(crate) fn unclaimed(doc: &Doc, found: &[Attributed]) -> Vec<Unclaimed> {
    let mut out = Vec::new();
    let index = SpanIndex::new(found);
    for pi in 0..doc.tokens.len() {
        let p = doc.para(pi);
        for qi in 0..p.toks.len() {
            let Some(q) = p.quote(qi) else { continue };
            let quote = &doc.parsed.quotes[q];
            let inner = quote.inner.slice(doc.text);
            let taken = index.overlapping(quote.span).next().is_some();
            if taken
                || inner.split_whitespace().count() < 5
                || in_title_position(&p, qi) && !opens_lowercase(inner)
                || is_title_like(inner)
            {
                continue;
            }
            out.push(Unclaimed {
                paragraph: pi,
                token: qi,
                quote: q,
            });
        }
    }
    out
}

/// True when the quoted words open with a lowercase letter ("taking these steps …").
fn opens_lowercase(inner: &str) -> bool {
    inner.trim_start().starts_with(char::is_lowercase)
}
