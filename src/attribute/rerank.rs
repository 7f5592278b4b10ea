//! A learned second opinion on who speaks: after the rules have chosen, each statement's
//! candidates (the people of the cast named near it) are scored by a small linear model, and
//! the best-scoring person replaces the rules' choice when the model is confident.
//!
//! The weights live in `words/speaker_model.txt`, trained on the PolNeAR `train` split only by
//! `cargo run --release --example train_speakers` (docs/accuracy.md). Pure functions, no IO.

use super::Doc;
use super::lexicon;
use crate::model::{Located, Speaker, SpeakerKind, Statement};

/// The features of one candidate, in the order of the weights file.
pub const FEATURES: &[&str] = &[
    "rule",
    "same_sentence_before",
    "same_sentence_after",
    "previous_sentence",
    "earlier_sentence",
    "next_sentence",
    "first_in_sentence",
    "verb_after",
    "last_speaker",
    "mentions_log",
    "distance_log",
    "possessive",
    "after_preposition",
];

/// One person who might have said a statement.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// Index into `Cast::people`.
    pub person: usize,
    /// Index into `Cast::mentions`: the mention nearest the statement.
    pub mention: usize,
    /// Feature values, in `FEATURES` order.
    pub features: Vec<f32>,
}

const MODEL: &str = include_str!("words/speaker_model.txt");

/// The weights of the model, and the score margin it needs over the rules' choice.
fn weights() -> (Vec<f32>, f32) {
    let mut w = vec![0.0; FEATURES.len()];
    let mut margin = f32::INFINITY;
    for line in MODEL.lines().map(str::trim) {
        let Some((name, value)) = line.split_once(char::is_whitespace) else {
            continue;
        };
        let Ok(value) = value.trim().parse::<f32>() else {
            continue;
        };
        if name == "margin" {
            margin = value;
        } else if let Some(i) = FEATURES.iter().position(|f| *f == name) {
            w[i] = value;
        }
    }
    (w, margin)
}

/// The linear score of a candidate.
pub fn score(weights: &[f32], features: &[f32]) -> f32 {
    weights.iter().zip(features).map(|(w, f)| w * f).sum()
}

/// The candidates for statement `i`: people named from two paragraphs before it to the end of
/// the sentence after it, outside quotations.
pub fn candidates(doc: &Doc, statements: &[Statement], i: usize) -> Vec<Candidate> {
    let s = &statements[i];
    let here = doc.sentence_of(s.span.start);
    let pi = doc
        .parsed
        .paragraphs
        .partition_point(|p| p.start <= s.span.start)
        .saturating_sub(1);
    let from = doc.parsed.paragraphs[pi.saturating_sub(2)].start;
    let last = statements[..i]
        .iter()
        .rev()
        .find(|p| p.span.end <= s.span.start && p.speaker.name.is_some())
        .and_then(|p| p.speaker.name.clone());
    let mut out: Vec<Candidate> = Vec::new();
    for (mi, m) in doc.cast.mentions.iter().enumerate() {
        if m.pos < from || m.sentence > here + 1 {
            continue;
        }
        let distance = if m.pos < s.span.start {
            s.span.start - m.pos
        } else {
            m.pos.saturating_sub(s.span.end)
        };
        match out.iter_mut().find(|c| c.person == m.person) {
            Some(c) => {
                let old = &doc.cast.mentions[c.mention];
                let old_distance = if old.pos < s.span.start {
                    s.span.start - old.pos
                } else {
                    old.pos.saturating_sub(s.span.end)
                };
                if distance < old_distance {
                    c.mention = mi;
                }
            }
            None => out.push(Candidate {
                person: m.person,
                mention: mi,
                features: Vec::new(),
            }),
        }
    }
    for c in &mut out {
        c.features = features(doc, s, here, c, last.as_deref());
    }
    out
}

fn features(doc: &Doc, s: &Statement, here: usize, c: &Candidate, last: Option<&str>) -> Vec<f32> {
    let m = &doc.cast.mentions[c.mention];
    let person = &doc.cast.people[c.person];
    let flag = |b: bool| if b { 1.0 } else { 0.0 };
    let before = m.pos < s.span.start;
    let distance = if before {
        s.span.start - m.pos
    } else {
        m.pos.saturating_sub(s.span.end)
    };
    let first_in_sentence = !doc
        .cast
        .mentions
        .iter()
        .any(|o| o.sentence == m.sentence && o.pos < m.pos && o.person != m.person);
    let rest = doc.text.get(m.pos..).unwrap_or("");
    let name_end = person
        .forms
        .iter()
        .filter(|f| rest.starts_with(f.as_str()))
        .map(String::len)
        .max()
        .unwrap_or_else(|| rest.find(char::is_whitespace).unwrap_or(rest.len()));
    let after_name = &rest[name_end.min(rest.len())..];
    let possessive = after_name.starts_with("’s") || after_name.starts_with("'s");
    let verb_after = after_name
        .split_whitespace()
        .take(3)
        .any(|w| w.starts_with(char::is_lowercase) && super::cue::lookup(w).is_some());
    let before_word = doc.text[..m.pos]
        .split_whitespace()
        .next_back()
        .unwrap_or("");
    let after_preposition = matches!(
        before_word,
        "of" | "to" | "with" | "for" | "by" | "from" | "about" | "on" | "at" | "against"
    );
    let mentions = doc
        .cast
        .mentions
        .iter()
        .filter(|o| o.person == c.person)
        .count();
    let rule = s.speaker.name.as_deref() == Some(person.name.as_str());
    vec![
        flag(rule),
        flag(m.sentence == here && before),
        flag(m.sentence == here && !before),
        flag(m.sentence + 1 == here),
        flag(m.sentence + 1 < here),
        flag(m.sentence == here + 1),
        flag(first_in_sentence),
        flag(verb_after),
        flag(last == Some(person.name.as_str())),
        (1.0 + mentions as f32).ln(),
        (1.0 + distance as f32 / 20.0).ln(),
        flag(possessive),
        flag(after_preposition),
    ]
}

/// Re-scores the speakers of statements whose speaker is a person or unknown: when the best
/// candidate beats the rules' choice by the model's margin, that person speaks.
pub fn apply(doc: &Doc, statements: &mut [Statement]) {
    let (w, margin) = weights();
    if !margin.is_finite() {
        return;
    }
    for i in 0..statements.len() {
        let eligible =
            matches!(
                statements[i].speaker.kind,
                SpeakerKind::Person | SpeakerKind::Unknown
            ) && !statements[i].speaker.mention.as_ref().is_some_and(|m| {
                lexicon::is_pronoun(&m.text) && statements[i].speaker.name.is_some()
            });
        if !eligible {
            continue;
        }
        let cands = candidates(doc, statements, i);
        let scored: Vec<(f32, &Candidate)> =
            cands.iter().map(|c| (score(&w, &c.features), c)).collect();
        let Some(&(best, top)) = scored.iter().max_by(|a, b| a.0.total_cmp(&b.0)) else {
            continue;
        };
        let current = scored
            .iter()
            .find(|(_, c)| c.features[0] > 0.0)
            .map_or(0.0, |(v, _)| *v);
        if top.features[0] > 0.0 || best - current < margin {
            continue;
        }
        let person = &doc.cast.people[top.person];
        let pos = doc.cast.mentions[top.mention].pos;
        let len = person
            .forms
            .iter()
            .filter(|f| {
                doc.text
                    .get(pos..)
                    .is_some_and(|r| r.starts_with(f.as_str()))
            })
            .map(String::len)
            .max()
            .unwrap_or(0);
        let mention = (len > 0)
            .then(|| Located::from_span(doc.text, crate::model::Span::new(pos, pos + len)));
        statements[i].speaker = Speaker {
            name: Some(person.name.clone()),
            kind: SpeakerKind::Person,
            mention,
            role: person.role.clone(),
            aliases: person.forms.clone(),
        };
    }
}
