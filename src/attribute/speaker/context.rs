//! Speakers from context, for mentions the cast could not resolve: a "he"/"she" speaks for the
//! latest earlier speaker of that gender; "it"/"they"/"we" for the group that spoke last or was
//! named just before.

use super::super::doc::Doc;
use super::super::lexicon;
use super::super::mention::{self, MentionKind};
use super::Attributed;
use super::{resolve, trace};
use crate::model::{Located, Speaker, SpeakerKind, SpeakerRule};

/// A "he" or "she" the cast could not resolve (the person was only ever a descriptor, or
/// named too far back) speaks for the latest earlier speaker of that gender, within eight
/// sentences: quotes in news run on from the last person quoted.
pub(crate) fn carry_pronouns(doc: &Doc, statements: &mut [Attributed]) {
    for i in 0..statements.len() {
        let s = &statements[i];
        let Some(mention) = s
            .speaker
            .mention
            .as_ref()
            .filter(|_| s.speaker.name.is_none())
        else {
            continue;
        };
        let Some(gender) = lexicon::pronoun_gender(&mention.text) else {
            if let Some(group) = group_speaker(doc, &statements[..i], mention) {
                statements[i].speaker = Speaker {
                    mention: Some(mention.clone()),
                    ..group
                };
                statements[i].why.speaker_by = SpeakerRule::GroupPronoun;
                trace::note_statement(doc, statements, i);
            }
            continue;
        };
        let here = doc.sentence_of(mention.span.start);
        let previous = statements[..i].iter().rev().find(|p| {
            let fits = p
                .speaker
                .name
                .as_deref()
                .is_some_and(|n| doc.cast.gender_of(n).is_none_or(|g| g == gender));
            p.speaker.kind == SpeakerKind::Person && fits
        });
        if let Some(prev) =
            previous.filter(|p| here.saturating_sub(doc.sentence_of(p.span.start)) <= 8)
        {
            let speaker = Speaker {
                mention: s.speaker.mention.clone(),
                ..prev.speaker.clone()
            };
            statements[i].speaker = speaker;
            statements[i].why.speaker_by = SpeakerRule::CarriedPronoun;
            trace::note_statement(doc, statements, i);
        }
    }
}

/// "it" / "they" / "we": the organisation or group that spoke last (within four sentences),
/// else the nearest organisation or capitalised group named before it in the same or the
/// previous paragraph ("the Pentagon … It said", "Democrats … they argued").
fn group_speaker(doc: &Doc, before: &[Attributed], mention: &Located) -> Option<Speaker> {
    if !matches!(mention.text.to_lowercase().as_str(), "it" | "they" | "we") {
        return None;
    }
    let here = doc.sentence_of(mention.span.start);
    let spoke = before
        .iter()
        .rev()
        .take_while(|p| here.saturating_sub(doc.sentence_of(p.span.start)) <= 4)
        .find(|p| {
            matches!(
                p.speaker.kind,
                SpeakerKind::Organization | SpeakerKind::Anonymous
            ) && p.speaker.name.is_some()
        });
    // A group named after the one that spoke last is the nearer antecedent ("Harlow Dynamics
    // won the contract. “…,” it said." after a statement of the Pentagon).
    let named = named_group_before(doc, mention, here)
        .filter(|(m, _)| spoke.is_none_or(|s| m.span.start > s.span.start));
    match (named, spoke) {
        (Some((_, group)), _) => Some(group),
        (None, Some(s)) => Some(s.speaker.clone()),
        (None, None) => None,
    }
}

/// The nearest organisation or capitalised plural group named before `mention`, in its
/// paragraph or the previous one and at most two sentences back, as a speaker.
fn named_group_before(
    doc: &Doc,
    mention: &Located,
    here: usize,
) -> Option<(mention::Mention, Speaker)> {
    let pi = doc
        .parsed
        .paragraphs
        .partition_point(|p| p.start <= mention.span.start)
        .checked_sub(1)?;
    for para in (pi.saturating_sub(1)..=pi).rev() {
        let p = doc.para(para);
        // Each capitalised run is read from its first word, with a "the" before it: "the
        // Pentagon", "Harlow Dynamics".
        let found = (0..p.toks.len())
            .rev()
            .filter(|&k| p.toks[k].span().end <= mention.span.start && p.is_cap(k))
            .filter(|&k| k == 0 || !p.is_cap(k - 1))
            .find_map(|k| {
                let the = k > 0 && p.word(k - 1).eq_ignore_ascii_case("the");
                let (m, _) = the
                    .then(|| mention::mention_after(&p, k - 1))
                    .flatten()
                    .filter(|(m, _)| m.kind == MentionKind::Organization)
                    .or_else(|| mention::mention_after(&p, k))?;
                let capital_group = m.kind == MentionKind::Organization
                    || m.kind == MentionKind::Name
                        && m.span.slice(doc.text).ends_with('s')
                        && !m.span.slice(doc.text).contains(' ');
                let near = here.saturating_sub(doc.sentence_of(m.span.start)) <= 2;
                (capital_group && near).then_some(m)
            });
        if let Some(m) = found {
            let mut group = resolve::speaker_for(doc, &m, here);
            if m.kind != MentionKind::Organization {
                // "Democrats", "Republicans": a group, not a person called so.
                group.kind = SpeakerKind::Anonymous;
                group.aliases = Default::default();
            }
            return Some((m, group));
        }
    }
    None
}
