//! Direct quotations: the cue a quotation hangs on and the mention beside it.
//!
//! Patterns, tried in order for each top-level quotation (see docs/grammar.md):
//! 1. cue after: “…,” X said. / “…,” said X. / “…,” X, a senior adviser, said. / “…” — X
//! 2. cue before: X said, “…” / X said: “…” / X told Y “…” / X, speaking from Y, said, “…” /
//!    According to X, “…” / X: “…”
//! 3. colon line: a paragraph ending "X said:" introduces a quotation opening the next one
//! 4. continuation: the next paragraph's piece of a quotation over several paragraphs
//! 5. follow-on: a quotation that opens its sentence, right after a quote of a known speaker in
//!    the same or the previous paragraph, with no other person named in between
//!
//! The patterns live here; `quotes.rs` runs them in that order.

use super::super::cue::{self, Form};
use super::super::lexicon;
use super::super::mention::{
    self, Mention, MentionKind, loose_after, mention_after, mention_before,
};
use super::super::para::Para;
use super::super::speaker::inverted::{
    capitalised_run, inverted_speaker, name_before, passive_agent,
};
use super::super::speaker::subject::{
    coordinated_subject, postmodified_subject, sentence_subject, subject_before,
    subject_before_loose,
};
use crate::model::Span;

/// True when token `i` is a finite reporting verb ("said", "says", "added"; not "saying").
pub(crate) fn finite_cue(p: &Para, i: usize) -> bool {
    // Lowercase only: "the Washington Post" and "United States" hold no verbs. A bare form
    // counts after a modal ("he will say").
    let modal = i > 0
        && matches!(
            p.word(i - 1),
            "will" | "would" | "could" | "can" | "might" | "may" | "must" | "should" | "did"
        );
    // "would continue to investigate": a verb with an infinitive after it reports nothing.
    let infinitive = p.word(i + 1) == "to";
    p.is_lower(i)
        && (cue::lookup(p.word(i)).is_some_and(|c| {
            matches!(c.form, Form::Past | Form::Present)
                || modal && c.form == Form::Base && !infinitive
        }) || idiom_cue(p, i))
}

/// Idioms that report a quotation: "as Milburn puts it, “…”", "“…,” Moreau went on".
fn idiom_cue(p: &Para, i: usize) -> bool {
    matches!(p.word(i), "put" | "puts") && p.word(i + 1) == "it"
        || matches!(p.word(i), "went" | "goes") && p.word(i + 1) == "on"
}

/// Tries the cue-after patterns for the quotation token `qi`.
pub(crate) fn cue_after(p: &Para, qi: usize, quote_inner: &str) -> Option<(Option<Span>, Mention)> {
    let mut j = qi + 1;
    if p.is_punct(j, ',') {
        j += 1;
    }
    if p.is_punct(j, '—') || p.is_punct(j, '–') {
        let (m, _) = mention_after(p, j + 1)?;
        return (m.kind != MentionKind::Pronoun).then(|| (Some(p.span(j, j)), m));
    }
    let ends_period = quote_inner.trim_end().ends_with(['.', '…']);
    if finite_cue(p, j) {
        let m = inverted_speaker(p, j + 1)?;
        return (!ends_period).then(|| (Some(p.span(j, j)), m));
    }
    // “…,” according to CNN. / “…,” according to a court filing by prosecutor Dale Aron.
    if p.word(j) == "according" && p.word(j + 1) == "to" {
        let (m, next) = mention_after(p, j + 2).or_else(|| loose_after(p, j + 2))?;
        let by = (next..(next + 3).min(p.toks.len())).find(|&k| p.word(k) == "by");
        let author = by
            .filter(|_| m.kind != MentionKind::Name)
            .and_then(|k| inverted_speaker(p, k + 1))
            .filter(|a| matches!(a.kind, MentionKind::Name | MentionKind::Organization));
        return Some((Some(p.span(j, j + 1)), author.unwrap_or(m)));
    }
    // “…,” X said / “…,” X, a senior adviser, said / “…,” super PAC spokeswoman X said
    let v = (j..(j + 32).min(p.toks.len()))
        .take_while(|&k| !is_long_quote(p, k) && !p.ends_clause(k))
        .find(|&k| finite_cue(p, k))?;
    // “…,” Nate Silver, the analyst who founded the site, tweeted: the name the quotation
    // hands over to speaks, whatever its appositive or relative clause names.
    let named_first = mention_after(p, j)
        .filter(|(m, next)| m.kind == MentionKind::Name && *next < v && p.is_punct(*next, ','))
        .map(|(m, _)| m);
    let m = named_first
        .or_else(|| subject_before_loose(p, v, j))
        .or_else(|| capitalised_run(p, j, v))?;
    // “…” and mishandled the files, he said …: words before a pronoun are a clause of their
    // own, and the quotation is part of what "he" said, not handed over to him.
    let handed_over = m.span.start == p.toks[j].span().start
        || m.kind != MentionKind::Pronoun && starts_after_lowercase(p, j, &m);
    if !handed_over {
        return None;
    }
    // “…done.” Trump said the next day that … / “Why now?” Mills then writes back, “…”: a new
    // sentence after the quotation, not its attribution.
    let new_sentence = quote_inner.trim_end().ends_with(['?', '!'])
        && p.is_cap(j)
        && !lexicon::is_pronoun(p.word(j));
    let next_quote = (v + 1..(v + 8).min(p.toks.len()))
        .take_while(|&k| !p.ends_clause(k))
        .any(|k| p.quote(k).is_some());
    if ends_period && !short_tail(p, v + 1) || new_sentence && next_quote {
        return None;
    }
    Some((Some(p.span(v, v)), m))
}

/// “…,” Hannity started. / “…,” exhorted actress Jamie Lee Curtis.: a quotation that hands
/// over (ends in a comma, "?" or "!") to a speaker and a past-tense verb the lexicon does not
/// know, with the sentence ending soon after.
pub(crate) fn loose_cue_after(
    p: &Para,
    qi: usize,
    quote_inner: &str,
) -> Option<(Option<Span>, Mention)> {
    let mut j = qi + 1;
    let comma = p.is_punct(j, ',');
    if comma {
        j += 1;
    }
    if !comma && !quote_inner.trim_end().ends_with([',', '?', '!']) {
        return None;
    }
    let verbish = |k: usize| {
        p.is_lower(k)
            && (p.word(k).len() > 4 && p.word(k).ends_with("ed")
                || cue::lookup(p.word(k)).is_some())
    };
    if verbish(j) {
        let m = inverted_speaker(p, j + 1)?;
        // A full name right after the verb may carry a long appositive ("beamed Donald
        // Hartley of Madison, who …"); a descriptor needs the sentence to end soon.
        let full_name = m.kind == MentionKind::Name
            && m.span.start == p.toks[j + 1].span().start
            && m.name.is_some_and(|n| n.slice(p.text).contains(' '));
        let named = matches!(m.kind, MentionKind::Name | MentionKind::Descriptor);
        return (named && (full_name || short_tail(p, j + 1))).then(|| (Some(p.span(j, j)), m));
    }
    if let Some((m, next)) = mention_after(p, j)
        && verbish(next)
    {
        return short_tail(p, next + 1).then(|| (Some(p.span(next, next)), m));
    }
    // “…,” an angry Hollande retaliated.
    let v = (j + 1..(j + 6).min(p.toks.len())).find(|&k| verbish(k))?;
    let m = capitalised_run(p, j, v)?;
    short_tail(p, v + 1).then(|| (Some(p.span(v, v)), m))
}

/// The loosest pattern, for quotations no other pattern claimed: a reporting verb anywhere in
/// the quotation's sentence and its speaker (“…” that Sanders can win, said X, a strategist. /
/// As X puts it, Obama made Republicans “…”).
pub(crate) fn sentence_cue(p: &Para, qi: usize, start: usize) -> Option<(Option<Span>, Mention)> {
    // Later quotations in the sentence share its cue: “A” and “B,” Dean proclaimed.
    let end = (qi + 1..p.toks.len())
        .find(|&k| p.ends_clause(k))
        .unwrap_or(p.toks.len());
    let after = (qi + 1..end)
        .filter(|&k| p.quote(k).is_none() && finite_cue(p, k))
        .find_map(|v| {
            let inverted = p.is_punct(v - 1, ',') || p.quote(v - 1).is_some();
            let m = if let Some(agent) = passive_agent(p, v) {
                Some(agent)
            } else if inverted {
                inverted_speaker(p, v + 1)
            } else {
                subject_before_loose(p, v, qi + 1)
            };
            m.or_else(|| name_before(p, v)).map(|m| (v, m))
        });
    if let Some((v, m)) = after {
        return Some((Some(p.span(v, v)), m));
    }
    let v = (start..qi).rev().find(|&k| finite_cue(p, k))?;
    let m = passive_agent(p, v)
        .or_else(|| subject_before_loose(p, v, start))
        .or_else(|| coordinated_subject(p, start, v))?;
    Some((Some(p.span(v, v)), m))
}

/// True when the mention `m` is the object of a preposition later than the sentence's start.
fn object_of_preposition(p: &Para, m: &Mention, sentence_start: usize) -> bool {
    (sentence_start + 1..p.toks.len())
        .find(|&k| p.toks[k].span().start == m.span.start)
        .is_some_and(|k| p.after_preposition(k))
}

/// True when the cue word at `v` is a noun in its phrase: "a snappy retort", "an inspector
/// general's report", "the private server email", "the primary states". Past forms are verbs
/// ("the official said"); base forms and forms often nouns are not after a determiner.
fn noun_slot(p: &Para, v: usize, start: usize) -> bool {
    let Some(c) = cue::lookup(p.word(v)) else {
        return false;
    };
    let nounish =
        c.form == Form::Base || c.form == Form::Present && lexicon::is_noun_like(p.word(v));
    if !nounish || v == 0 {
        return false;
    }
    let possessive = p.word(v - 1).ends_with("’s") || p.word(v - 1).ends_with("'s");
    let determiner = (v.saturating_sub(3).max(start)..v).rev().find(|&k| {
        matches!(
            p.word(k).to_lowercase().as_str(),
            "a" | "an" | "the" | "this" | "that" | "his" | "her" | "its" | "their"
        )
    });
    let only_modifiers =
        determiner.is_some_and(|d| (d + 1..v).all(|k| p.is_lower(k) && !p.word(k).ends_with('s')));
    possessive || only_modifiers
}

/// True when the mention `m` is preceded, from `j`, only by lowercase descriptor words and
/// capitalised affiliations ("super PAC spokeswoman Kellyanne Conway").
fn starts_after_lowercase(p: &Para, j: usize, m: &Mention) -> bool {
    // "another friend, Mariam Emara told CNN": a comma may separate descriptor and name.
    let between = (j..p.toks.len())
        .take_while(|&k| p.toks[k].span().start < m.span.start)
        .count();
    between <= 8
        && (j..p.toks.len())
            .take_while(|&k| p.toks[k].span().start < m.span.start)
            .all(|k| {
                (p.toks[k].kind() == crate::parse::TokenKind::Word || p.is_punct(k, ','))
                    && !finite_cue(p, k)
            })
}

/// True when token `k` is a quotation of more than three words; a shorter one ("wearing
/// “Vote Ruiz” pins") may stand inside an attribution.
fn is_long_quote(p: &Para, k: usize) -> bool {
    p.quote(k).is_some() && p.toks[k].span().slice(p.text).split_whitespace().count() > 3
}

/// True when the sentence ends within a few tokens of `k` with no new clause.
fn short_tail(p: &Para, k: usize) -> bool {
    for i in k..(k + 10).min(p.toks.len() + 1) {
        if i >= p.toks.len() || p.ends_sentence(i) {
            return true;
        }
        if p.quote(i).is_some() || p.word(i) == "that" {
            return false;
        }
    }
    false
}

/// Tries the cue-before patterns for a quotation starting at token `end` (tokens before it).
pub(crate) fn cue_before(
    p: &Para,
    end: usize,
    sentence_start: usize,
) -> Option<(Option<Span>, Mention)> {
    if end == 0 || end <= sentence_start {
        return None;
    }
    let Some(v) = verb_before(p, end, sentence_start) else {
        return colon_only(p, end, sentence_start);
    };
    if let Some(agent) = passive_agent(p, v) {
        return Some((Some(p.span(v, v)), agent));
    }
    if !verb_reaches(p, v, end - 1) {
        return colon_only(p, end, sentence_start);
    }
    if p.word(v).eq_ignore_ascii_case("according") {
        if p.word(v + 1) != "to" {
            return None;
        }
        let (m, _) = mention_after(p, v + 2)?;
        return Some((Some(p.span(v, v + 1)), m));
    }
    let form = cue::lookup(p.word(v)).map_or(Form::Past, |c| c.form);
    let after_quote = v > 0
        && (p.quote(v - 1).is_some()
            || (p.is_punct(v - 1, ',') && v > 1 && p.quote(v - 2).is_some()));
    if (v == sentence_start || after_quote) && form != Form::Gerund {
        // Said Dorothy Poynter, who grew up with him, “…” / “A,” said X, “B.”: the second
        // piece shares the first one's inverted cue.
        let m = inverted_speaker(p, v + 1)?;
        return Some((Some(p.span(v, v)), m));
    }
    let m = if form == Form::Gerund {
        participle_speaker(p, v, sentence_start)
    } else {
        subject_speaker(p, v, sentence_start)
    }?;
    Some((Some(p.span(v, v)), m))
}

/// The reporting verb (or "according") before the quotation at token `end`, within reach: 12
/// tokens, or 20 when a colon or comma closes a long attribution ("the committee said about
/// its inclusion of … in the latest draft of its platform:").
fn verb_before(p: &Para, end: usize, sentence_start: usize) -> Option<usize> {
    let reach = if p.is_punct(end - 1, ':') || p.is_punct(end - 1, ',') {
        20
    } else {
        12
    };
    let lo = sentence_start.max(end.saturating_sub(reach));
    (lo..end)
        .rev()
        .take_while(|&i| p.quote(i).is_none())
        .find(|&i| {
            // A capitalised verb only opens a sentence ("Said Fitch, …"); "the Washington
            // Post" holds no verb.
            let verb = (cue::lookup(p.word(i)).is_some() || idiom_cue(p, i))
                && (p.is_lower(i) || i == sentence_start);
            verb && !noun_slot(p, i, sentence_start) || p.word(i).eq_ignore_ascii_case("according")
        })
}

/// True when the verb at `v` reaches the quotation after `tail_end`: right before it, or
/// through a comma, colon, "that", or the hearer of "told".
fn verb_reaches(p: &Para, v: usize, tail_end: usize) -> bool {
    // "Fitch told reporters “…”": a hearer may stand between "told" and the quotation.
    let told_object = cue::lookup(p.word(v)).is_some_and(|c| cue::takes_object(c.lemma))
        && tail_end > v
        && mention_after(p, v + 1).is_some_and(|(_, next)| next == tail_end + 1)
        || matches!(
            p.word(tail_end),
            "reporters" | "me" | "him" | "her" | "us" | "them"
        );
    let tail_ok = v == tail_end
        || p.is_punct(tail_end, ',')
        || p.is_punct(tail_end, ':')
        || p.word(tail_end) == "that"
        || told_object;
    let told = cue::lookup(p.word(v))
        .is_some_and(|c| cue::takes_object(c.lemma) || p.is_punct(tail_end, ':'));
    tail_ok && tail_end - v <= if told { 16 } else { 9 }
}

/// The speaker of a participle before a quotation: "a voice over saying: “…”" (the phrase
/// right before it); "…, Spicer said, adding, “…”" (the speaker of the sentence's last verb of
/// saying); else the sentence's subject.
fn participle_speaker(p: &Para, v: usize, sentence_start: usize) -> Option<Mention> {
    let before = v
        .checked_sub(1)
        .filter(|&k| k >= sentence_start && !p.is_any_punct(k));
    before
        .and_then(|k| mention_before(p, k).or_else(|| mention::loose_before(p, k)))
        .filter(|(_, ms)| !p.after_preposition(*ms))
        .map(|(m, _)| m)
        .or_else(|| {
            let said = (sentence_start..v).rev().find(|&k| finite_cue(p, k))?;
            subject_before(p, said, sentence_start)
        })
        .or_else(|| sentence_subject(p, sentence_start, v))
}

/// The subject of a finite verb before a quotation. "A source speaking to Harbor Radio said":
/// the radio is spoken to, the source speaks.
fn subject_speaker(p: &Para, v: usize, sentence_start: usize) -> Option<Mention> {
    let m = subject_before_loose(p, v, sentence_start)
        .or_else(|| coordinated_subject(p, sentence_start, v))
        .or_else(|| postmodified_subject(p, sentence_start, v));
    match m {
        Some(m) if object_of_preposition(p, &m, sentence_start) => {
            let opening = mention_after(p, sentence_start)
                .or_else(|| loose_after(p, sentence_start))
                .map(|(o, _)| o)
                .filter(|o| o.kind != MentionKind::Name || o.span != m.span);
            opening.filter(|o| o.span.start < m.span.start).or(Some(m))
        }
        m => m,
    }
}

/// A sentence `[start, end)` that is only "X said" plus a short tail ("in a statement", "on
/// Thursday"): its cue and speaker.
pub(crate) fn bare_attribution(
    p: &Para,
    start: usize,
    end: usize,
) -> Option<(Option<Span>, Mention)> {
    let v = (start..end).find(|&k| finite_cue(p, k))?;
    let tail_short = end - v <= 5
        && (v + 1..end).all(|k| !finite_cue(p, k) && p.word(k) != "that" && p.quote(k).is_none());
    // "Sam Lau, the party's spokesman, said in a statement.": a name and its appositive.
    let apposed = mention_after(p, start)
        .filter(|(m, next)| m.kind == MentionKind::Name && *next < v && p.is_punct(*next, ','))
        .map(|(m, _)| m);
    let m = apposed.or_else(|| subject_before(p, v, start))?;
    (tail_short && m.span.start == p.toks[start].span().start).then(|| (Some(p.span(v, v)), m))
}

/// "Trump on Twitter: “…”": a name opening the sentence, then a colon right before the quote.
fn colon_only(p: &Para, end: usize, sentence_start: usize) -> Option<(Option<Span>, Mention)> {
    if end < 1 || !p.is_punct(end - 1, ':') {
        return None;
    }
    // "Pollsters agree - Carl Bialik:": a name right before the colon speaks; else the subject.
    // A name right before the colon speaks ("More from Jones:"), unless it is an object
    // ("delivered a blunt message to Trump:").
    let named = mention_before(p, end.checked_sub(2)?)
        .filter(|(_, ms)| {
            !ms.checked_sub(1).is_some_and(|b| {
                matches!(
                    p.word(b),
                    "to" | "for" | "at" | "with" | "about" | "on" | "against" | "by"
                )
            })
        })
        .map(|(m, _)| m)
        .filter(|m| {
            m.kind == MentionKind::Name
                || m.kind == MentionKind::Organization
                    && m.span.slice(p.text).starts_with(char::is_uppercase)
        });
    // "A footnote in the report makes that clear: “…”": a phrase led by a determiner opening
    // the sentence, with a lowercase verb after it, speaks through the colon.
    let opening = || {
        let (m, next) = loose_after(p, sentence_start)?;
        (next < end - 1 && p.is_lower(next)).then_some(m)
    };
    let m = named
        .or_else(|| sentence_subject(p, sentence_start, end - 1))
        .or_else(opening)?;
    Some((Some(p.span(end - 1, end - 1)), m))
}
