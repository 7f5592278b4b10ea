//! The speaker of a quotation no pattern claimed, by the loosest rules.

use super::super::candidate::quote_cue;
use super::super::doc::{Doc, sentence_start};
use super::super::mention::{self, MentionKind};
use super::super::para::Para;
use super::{resolve, subject};
use crate::model::{Located, Speaker, SpeakerKind, Statement, StatementKind};
use crate::parse::Quote;

/// The cue and speaker of the quotation `quote` (token `qi` of paragraph `pi`) that no pattern
/// claimed, tried in order: a later quotation of its sentence with a cue; a reporting verb
/// anywhere in its sentence; the subject of its clause ("Huckabee is labeling it “…”"); a dash
/// line right after it ("— Ann Ruiz, at the rally"); the person who spoke last in the same or
/// the three previous paragraphs; a nameless mention the verb found. Else unknown.
pub(crate) fn unclaimed_speaker(
    doc: &Doc,
    p: &Para,
    (pi, qi): (usize, usize),
    quote: &Quote,
    found: &[Statement],
) -> (Option<Located>, Speaker) {
    let start = sentence_start(doc, p, qi);
    let resolve = |m: &mention::Mention| {
        resolve::speaker_for(&doc.cast, doc.text, m, doc.sentence_of(m.span.start))
    };
    // “A” and “B,” Dean proclaimed: a later quotation of the same sentence lends its speaker.
    let sentence = doc.sentence_of(quote.span.start);
    let later = found.iter().find(|s| {
        s.span.start >= quote.span.end
            && doc.sentence_of(s.span.start) == sentence
            && s.kind == StatementKind::Direct
            && s.cue.is_some()
            && s.speaker.name.is_some()
    });
    if let Some(s) = later {
        return (s.cue.clone(), s.speaker.clone());
    }
    let cued = quote_cue::sentence_cue(p, qi, start);
    if let Some((cue, m)) = &cued {
        let speaker = resolve(m);
        if speaker.name.is_some() {
            return (cue.map(|c| Located::from_span(doc.text, c)), speaker);
        }
    }
    if let Some(speaker) = subject::clause_subject(p, start, qi)
        .map(|m| resolve(&m))
        .filter(|s| s.name.is_some())
    {
        return (None, speaker);
    }
    let last_in_paragraph = (qi + 1..p.toks.len()).all(|k| p.is_any_punct(k));
    if last_in_paragraph
        && let Some(speaker) = dash_line(doc, pi + 1)
            .map(|m| resolve(&m))
            .filter(|s| s.name.is_some())
    {
        return (None, speaker);
    }
    let para_start = doc.parsed.paragraphs[pi.saturating_sub(3)].start;
    let previous = found.iter().rev().find(|s| {
        s.span.end <= quote.span.start
            && s.span.start >= para_start
            && s.speaker.kind == SpeakerKind::Person
            && s.speaker.name.is_some()
    });
    // A person merely named since does not break the chain (measured on the train split: the
    // earlier speaker is right more often); one who spoke since is `previous` already.
    if let Some(s) = previous {
        let speaker = Speaker {
            mention: None,
            ..s.speaker.clone()
        };
        return (None, speaker);
    }
    match cued {
        Some((cue, m)) => (cue.map(|c| Located::from_span(doc.text, c)), resolve(&m)),
        None => (None, Speaker::unknown(None)),
    }
}

/// "— Ann Ruiz, at the rally": a paragraph that opens with a dash and a name signs the
/// quotation before it.
fn dash_line(doc: &Doc, pi: usize) -> Option<mention::Mention> {
    let p = doc.para(pi);
    let dash = ["-", "—", "–"].iter().any(|d| p.word(0) == *d);
    if !dash {
        return None;
    }
    let (m, _) = mention::mention_after(&p, 1)?;
    (m.kind == MentionKind::Name).then_some(m)
}
