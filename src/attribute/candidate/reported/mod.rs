//! Reported speech: statements without quotation marks, and mixed ones that quote some words.
//!
//! Patterns (docs/grammar.md, "Reported speech"), on each sentence's tokens:
//! - X said (that) CLAUSE / X told Y (that) CLAUSE / X confirmed|warned|denied … CLAUSE
//! - CLAUSE, X said.   CLAUSE, said X.
//! - According to X, CLAUSE   /   CLAUSE, according to X.
//! - …, saying (that) CLAUSE  (the speaker is the sentence's subject)
//! - … that A — but reiterated that B: the second verb shares the first one's speaker.
//! - According to X, Y emphasized CLAUSE: Y's claim, reported by X (nested attribution).
//!
//! Only verbs of speech count ("believes", "polls show", "the report found" are not speech), and
//! documents are not speakers. The content is the reported words only: from the word after
//! "that" (or after the cue and its object) to the end of the clause.

pub(crate) mod content;
pub(crate) mod labels;
mod object;
pub(crate) mod sentence;
mod trailing;

use super::super::cast;
use super::super::doc::{Doc, sentence_end};
use super::super::lexicon;
use super::super::mention::{Mention, MentionKind};
use super::super::para::Para;
use super::super::span_index::SpanIndex;
use super::super::speaker::Attributed;
use super::Candidate;
use super::titles::{in_title_position, is_title_like};
use crate::model::{FoundBy, Span, StatementKind};

/// Reported statements of the article that do not overlap the quotations claimed.
pub(crate) fn find(doc: &Doc, direct: &[Attributed]) -> Vec<Candidate> {
    let mut out = Vec::new();
    for pi in 0..doc.tokens.len() {
        let p = doc.para(pi);
        out.extend(labels::label_claim(doc, &p));
        let mut start = 0;
        let headline = p.is_title_case(3);
        while start < p.toks.len() {
            let end = sentence_end(doc, &p, start);
            let before = out.len();
            sentence::sentence_statements(doc, &p, (start, end), headline, &mut out);
            let extra: Vec<Candidate> = object::object_claims(doc, &p, start, end)
                .into_iter()
                .filter(|s| !out[before..].iter().any(|o| o.span.overlaps(s.span)))
                .collect();
            out.extend(extra);
            // One statement comes out once: a characterisation ("accused the government of
            // 'managed decline'") that an object cue of the sentence already gave is left out.
            let objects = before..out.len();
            let labelled: Vec<Candidate> = labels::characterizations(doc, &p, start, end)
                .into_iter()
                .filter(|s| !out[objects.clone()].iter().any(|o| o.span.overlaps(s.span)))
                .collect();
            out.extend(labelled);
            out.extend(labels::questions_put(doc, &p, start, end));
            start = end;
        }
    }
    let index = SpanIndex::new(direct);
    // An empty claim is covered by any direct statement at all (as `covers_most` reads it).
    out.retain(|c| {
        let covered = if c.span.is_empty() {
            !direct.is_empty()
        } else {
            index
                .overlapping(c.span)
                .any(|d| covers_most(d.span, c.span))
        };
        !covered
    });
    out
}

/// "After Scalia said that …, Trump said: “…”": a reported claim, once its speaker is known,
/// ends where a quotation attributed to someone else begins its attribution; claims left
/// under two words are dropped.
pub(crate) fn end_at_quotes(doc: &Doc, claims: &mut Vec<Attributed>, direct: &[Attributed]) {
    let index = SpanIndex::new(direct);
    for s in claims.iter_mut() {
        let cut = index
            .starting_in(s.span.start + 1, s.span.end)
            .iter()
            .filter(|d| {
                s.span.start < d.span.start
                    && d.span.start < s.span.end
                    && d.speaker.name != s.speaker.name
            })
            .flat_map(|d| attribution_starts(d))
            .filter(|&at| at > s.span.start)
            .min();
        if let Some(at) = cut {
            let kept = doc.text[s.span.start..at].trim_end_matches(|c: char| {
                c.is_whitespace() || matches!(c, ',' | ';' | ':' | '—' | '-')
            });
            s.span.end = s.span.start + kept.len();
        }
    }
    claims.retain(|s| s.span.slice(doc.text).split_whitespace().count() >= 2);
}

/// Where a statement's attribution begins: its content, its cue and its speaker's mention,
/// whichever stand (a claim before it ends at the first of them).
pub(crate) fn attribution_starts(d: &Attributed) -> impl Iterator<Item = usize> {
    [
        Some(d.span.start),
        d.cue.as_ref().map(|c| c.span.start),
        d.speaker.mention.as_ref().map(|m| m.span.start),
    ]
    .into_iter()
    .flatten()
}

fn covers_most(direct: Span, reported: Span) -> bool {
    let overlap = direct
        .end
        .min(reported.end)
        .saturating_sub(direct.start.max(reported.start));
    overlap * 2 >= reported.len()
}

/// A speech verb with its speaker's mention and content, before it becomes a candidate.
struct Claim {
    cue: Span,
    mention: Option<Mention>,
    content: Span,
    reported_by: Option<Mention>,
    found_by: FoundBy,
}

impl Claim {
    fn new(cue: Span, mention: Option<Mention>, content: Span, found_by: FoundBy) -> Claim {
        Claim {
            cue,
            mention,
            content,
            reported_by: None,
            found_by,
        }
    }
}

fn is_document(m: &Mention, p: &Para) -> bool {
    let head = m.head.as_deref().unwrap_or_else(|| m.span.slice(p.text));
    m.kind != MentionKind::Name && m.kind != MentionKind::Pronoun && lexicon::is_document_noun(head)
}

/// The candidate of a claim: mixed when it holds quoted words, else indirect. A capitalised cue
/// inside a sentence (a headline, "Kasich Just Revealed …") counts only for a person the cast
/// knows.
fn to_candidate(doc: &Doc, p: &Para, c: Claim) -> Option<Candidate> {
    if c.content.is_empty() {
        return None;
    }
    let cue_word = c.cue.slice(doc.text);
    let capitalised = cue_word.starts_with(char::is_uppercase);
    // Sentences are in text order: find the one starting at the cue, if any, by halving.
    let sentences = &doc.parsed.sentences;
    let at = sentences.partition_point(|s| s.span.start < c.cue.start);
    let sentence_initial = sentences
        .get(at)
        .is_some_and(|s| s.span.start == c.cue.start);
    if capitalised && !sentence_initial {
        let known = c.mention.as_ref().is_some_and(|m| {
            m.kind == MentionKind::Name
                && m.name.is_some_and(|n| {
                    cast::canonical(&doc.cast, &cast::name_words(n.slice(p.text)), n.start)
                        .is_some()
                })
        });
        if !known {
            return None;
        }
    }
    // Tokens are in text order: only those from the content's start can lie inside it.
    let first = p.toks.partition_point(|t| t.span().start < c.content.start);
    let inside = p.toks[first..]
        .iter()
        .take_while(|t| t.span().start < c.content.end);
    let has_quote = inside
        .enumerate()
        .map(|(k, t)| (first + k, t))
        .any(|(k, t)| {
            p.quote(k).is_some_and(|q| {
                let quote = &doc.parsed.quotes[q];
                let inner = quote.inner.slice(doc.text);
                // Single marks quote words only where they are the article's main marks;
                // elsewhere they are a headline's or a scare quote's.
                (quote.marks == crate::parse::Marks::Double || doc.single_style)
                    && c.content.contains(t.span())
                    && !in_title_position(p, k)
                    && !is_title_like(inner)
            })
        });
    let kind = if has_quote {
        StatementKind::Mixed
    } else {
        StatementKind::Indirect
    };
    Some(Candidate {
        kind,
        span: c.content,
        cue: Some(c.cue),
        mention: c.mention,
        sentence: doc.sentence_of(c.cue.start),
        reported_by: c.reported_by,
        group: None,
        found_by: c.found_by,
    })
}
