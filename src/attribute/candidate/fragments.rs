//! Quoted words inside a clause that no pattern claimed: "Ruiz bemoaned a climate in which
//! neighbours “cannot talk” any more". The words in quotation marks are the subject's, so the
//! clause after the subject's verb is the subject's mixed statement, whatever the verb.
//!
//! Runs last, on quotations no statement overlaps: a clause is kept only when its subject
//! opens the sentence (after any introductory phrase) and its verb comes right after the
//! subject, before the quotation; the content runs from the verb's next word (past "that")
//! to the end of the clause, or to the first statement found inside it.

use super::super::cue;
use super::super::doc::{Doc, sentence_end};
use super::super::lexicon;
use super::super::mention::{Mention, MentionKind};
use super::super::para::Para;
use super::super::span_index::SpanIndex;
use super::super::speaker::subject::{is_possessive, subject_before};
use super::super::speaker::{self, Attributed};
use super::Candidate;
use super::reported::content::clause_span;
use super::reported::labels::naming_phrase_end;
use super::titles::is_title_like;
use crate::model::{FoundBy, Span, StatementKind};
use crate::parse::{Marks, TokenKind};

/// The mixed statements of quotations inside a subject's clause, outside the statements
/// `found`.
pub(crate) fn find(doc: &Doc, found: &[Attributed]) -> Vec<Attributed> {
    let index = SpanIndex::new(found);
    let mut out: Vec<Attributed> = Vec::new();
    for pi in 0..doc.tokens.len() {
        let p = doc.para(pi);
        let mut start = 0;
        while start < p.toks.len() {
            let end = sentence_end(doc, &p, start);
            if let Some(c) = sentence_fragment(doc, &p, (start, end), &index) {
                out.push(speaker::attribute(doc, &c));
            }
            start = end;
        }
    }
    out
}

/// The clause of the sentence `[start, end)` holding its first free quotation, if its subject
/// and verb stand before that quotation.
fn sentence_fragment(
    doc: &Doc,
    p: &Para,
    (start, end): (usize, usize),
    index: &SpanIndex,
) -> Option<Candidate> {
    let k = (start..end).find(|&k| free_quote(doc, p, k, index))?;
    let (v, m) = (start..k.saturating_sub(1)).find_map(|v| {
        let m = stance_verb(p, v)
            .then(|| subject_before(p, v, start))
            .flatten()?;
        // "The attack on …" holds no verb: a base form needs a pronoun subject ("they").
        let base = lexicon::is_stance_base(p.word(v))
            || cue::lookup(p.word(v)).is_some_and(|c| c.form == cue::Form::Base);
        let fits = !base || m.kind == MentionKind::Pronoun;
        (fits && speaks(p, &m) && p.toks[v + 1].kind() == TokenKind::Word).then_some((v, m))
    })?;
    let from = if p.word(v + 1) == "that" {
        v + 2
    } else {
        v + 1
    };
    // The subject's words go on past the quotation to the end of its phrase.
    let stop = naming_phrase_end(doc, p, k, end);
    let mut content = clause_span(p, from, stop)?;
    // The clause ends where a statement already found inside it begins.
    if let Some(at) = index
        .overlapping(content)
        .map(|s| s.span.start)
        .filter(|&at| at > content.start)
        .min()
    {
        let kept = doc.text[content.start..at]
            .trim_end_matches(|c: char| c.is_whitespace() || ",;:—–-".contains(c));
        content = Span::new(content.start, content.start + kept.len());
    }
    if content.is_empty() || content.end <= p.toks[k].span().start {
        return None;
    }
    Some(Candidate {
        kind: StatementKind::Mixed,
        span: content,
        cue: Some(p.span(v, v)),
        mention: Some(m),
        sentence: doc.sentence_of(p.toks[v].span().start),
        reported_by: None,
        group: None,
        found_by: FoundBy::ReportedFragment,
    })
}

/// True when token `k` is a quotation in the article's main marks that no statement overlaps,
/// of words opening in lowercase: a title or a name opens with a capital ("Cake Night"), and
/// the so-called “deal” is a scare quote.
fn free_quote(doc: &Doc, p: &Para, k: usize, index: &SpanIndex) -> bool {
    let Some(q) = p.quote(k) else { return false };
    let quote = &doc.parsed.quotes[q];
    let inner = quote.inner.slice(doc.text);
    let lowercase = inner
        .chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_lowercase);
    (quote.marks == Marks::Double || doc.single_style)
        && lowercase
        && !is_title_like(inner)
        && !(k > 0 && p.word(k - 1).eq_ignore_ascii_case("so-called"))
        && index.overlapping(quote.span).next().is_none()
}

/// True when the mention `m` can be the subject that speaks: not a possessive, not "it", not
/// an opener or an affiliation read as a name ("Maybe", "Democratic").
fn speaks(p: &Para, m: &Mention) -> bool {
    let first = p.token_at(m.span.start);
    let opener = p.word(first);
    let one_word = m.span.end == p.toks[first].span().end;
    !(is_possessive(p, m)
        || m.kind == MentionKind::Pronoun && opener.eq_ignore_ascii_case("it")
        || lexicon::is_not_name(opener)
        || one_word && lexicon::is_affiliation(opener))
}

/// True when token `v` is a lowercase verb that reports or characterises what its subject
/// says: a reporting verb, a naming verb or a stance verb (`words/fragment_verbs.txt`).
fn stance_verb(p: &Para, v: usize) -> bool {
    let w = p.word(v);
    p.is_lower(v)
        && (cue::lookup(w).is_some() || lexicon::is_naming_verb(w) || lexicon::is_stance_verb(w))
}
