//! The speaker of a quotation no pattern claimed, by the loosest rules.

use super::super::candidate::quote_cue;
use super::super::candidate::quotes::Unclaimed;
use super::super::doc::{Doc, sentence_start};
use super::super::mention::{self, Mention, MentionKind};
use super::super::para::Para;
use super::{Attributed, resolve, subject, trace};
use crate::model::{FoundBy, Located, Span, Speaker, SpeakerKind, SpeakerRule, StatementKind, Why};
use crate::parse::Quote;

/// A cue and speaker one rule decided.
type Decision = (Option<Located>, Speaker, SpeakerRule);

/// The statement of a quotation no pattern claimed, with the cue and speaker the rules find,
/// tried in order: a later quotation of its sentence with a cue (`LaterQuote`); a reporting
/// verb anywhere in its sentence (`SentenceCue`); the subject of its clause ("Huckabee is
/// labeling it “…”", `ClauseSubject`); a dash line right after it ("— Ann Ruiz, at the rally",
/// `DashLine`); the person who spoke last in the same or the three previous paragraphs
/// (`PreviousSpeaker`); the nameless mention the verb found, else unknown (`Fallback`).
pub(crate) fn attribute(doc: &Doc, u: &Unclaimed, found: &[Attributed]) -> Attributed {
    let quote = &doc.parsed.quotes[u.quote];
    let p = doc.para(u.paragraph);
    let start = sentence_start(doc, &p, u.token);
    let cued = quote_cue::sentence_cue(&p, u.token, start);
    let (cue, speaker, rule) = later_quote(doc, quote, found)
        .or_else(|| sentence_cue(doc, cued.as_ref()))
        .or_else(|| clause_subject(doc, &p, start, u.token))
        .or_else(|| signed(doc, &p, u))
        .or_else(|| previous_speaker(doc, u.paragraph, quote, found))
        .unwrap_or_else(|| fallback(doc, cued));
    trace::note(doc, quote.span.start, &speaker, rule, found);
    Attributed {
        kind: StatementKind::Direct,
        span: quote.span,
        speaker,
        cue,
        reported_by: None,
        group: None,
        why: Why {
            found_by: FoundBy::QuoteUnclaimed,
            speaker_by: rule,
        },
    }
}

/// The speaker of the mention `m`, resolved in its own sentence.
fn resolve(doc: &Doc, m: &Mention) -> Speaker {
    resolve::speaker_for(doc, m, doc.sentence_of(m.span.start))
}

/// “A” and “B,” Dean proclaimed: a later quotation of the same sentence lends its speaker.
fn later_quote(doc: &Doc, quote: &Quote, found: &[Attributed]) -> Option<Decision> {
    let sentence = doc.sentence_of(quote.span.start);
    let s = found.iter().find(|s| {
        s.span.start >= quote.span.end
            && doc.sentence_of(s.span.start) == sentence
            && s.kind == StatementKind::Direct
            && s.cue.is_some()
            && s.speaker.name.is_some()
    })?;
    Some((s.cue.clone(), s.speaker.clone(), SpeakerRule::LaterQuote))
}

/// A reporting verb anywhere in the quotation's sentence, when its speaker has a name.
fn sentence_cue(doc: &Doc, cued: Option<&(Option<Span>, Mention)>) -> Option<Decision> {
    let (cue, m) = cued?;
    let speaker = resolve(doc, m).with_name()?;
    let cue = cue.map(|c| Located::from_span(doc.text, c));
    Some((cue, speaker, SpeakerRule::SentenceCue))
}

/// The named subject of the quotation's clause ("Huckabee is labeling it “…”").
fn clause_subject(doc: &Doc, p: &Para, start: usize, qi: usize) -> Option<Decision> {
    let m = subject::clause_subject(p, start, qi)?;
    let speaker = resolve(doc, &m).with_name()?;
    Some((None, speaker, SpeakerRule::ClauseSubject))
}

/// A quotation ending its paragraph, signed by a dash line after it.
fn signed(doc: &Doc, p: &Para, u: &Unclaimed) -> Option<Decision> {
    let last_in_paragraph = (u.token + 1..p.toks.len()).all(|k| p.is_any_punct(k));
    if !last_in_paragraph {
        return None;
    }
    let m = dash_line(doc, u.paragraph + 1)?;
    let speaker = resolve(doc, &m).with_name()?;
    Some((None, speaker, SpeakerRule::DashLine))
}

/// The person who spoke last before the quotation in its paragraph or the three before. A
/// person merely named since does not break the chain (measured on the train split: the
/// earlier speaker is right more often); one who spoke since is the one found.
fn previous_speaker(doc: &Doc, pi: usize, quote: &Quote, found: &[Attributed]) -> Option<Decision> {
    let para_start = doc.parsed.paragraphs[pi.saturating_sub(3)].start;
    let s = found.iter().rev().find(|s| {
        s.span.end <= quote.span.start
            && s.span.start >= para_start
            && s.speaker.kind == SpeakerKind::Person
            && s.speaker.name.is_some()
    })?;
    let speaker = Speaker {
        mention: None,
        ..s.speaker.clone()
    };
    Some((None, speaker, SpeakerRule::PreviousSpeaker))
}

/// Nothing fitted: the nameless mention the sentence's verb found, else unknown.
fn fallback(doc: &Doc, cued: Option<(Option<Span>, Mention)>) -> Decision {
    match cued {
        Some((cue, m)) => (
            cue.map(|c| Located::from_span(doc.text, c)),
            resolve(doc, &m),
            SpeakerRule::Fallback,
        ),
        None => (None, Speaker::unknown(None), SpeakerRule::Fallback),
    }
}

/// "— Ann Ruiz, at the rally": a paragraph that opens with a dash and a name signs the
/// quotation before it.
fn dash_line(doc: &Doc, pi: usize) -> Option<Mention> {
    let p = doc.para(pi);
    let dash = ["-", "—", "–"].iter().any(|d| p.word(0) == *d);
    if !dash {
        return None;
    }
    let (m, _) = mention::mention_after(&p, 1)?;
    (m.kind == MentionKind::Name).then_some(m)
}
