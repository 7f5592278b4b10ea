//! Where reported content begins and ends, and the "according to" source.

use super::super::super::cue::{self, Form, Strength};
use super::super::super::lexicon::{self, NOT_CONTENT};
use super::super::super::mention::{self, Mention, MentionKind, mention_after};
use super::super::super::para::Para;
use super::super::super::speaker::subject::is_between;
use super::trailing::is_hearer;
use crate::model::Span;

/// Where the content begins after the cue at `v`: after an object ("told reporters"), time or
/// place phrases ("on Thursday", "in a statement"), and at "that" when there is one.
pub(crate) fn content_start(p: &Para, v: usize, end: usize) -> Option<usize> {
    let lemma = cue::lookup(p.word(v))?.lemma;
    if let Some(that) = complementizer(p, v, end, lemma) {
        // The content starts after the complementizer: what was said, not "that".
        return Some(that + 1);
    }
    let k = past_object_and_time(p, v, end, lemma)?;
    // "he said of the claim …" is about something, not a report of what was said; "said
    // after the vote" is when, not what.
    // "asked for the meeting", "agreed to it": a request or consent, not what was said.
    let request = matches!(
        lemma,
        "ask" | "agree" | "promise" | "vow" | "pledge" | "urge"
    ) && matches!(p.word(k), "for" | "with")
        || matches!(lemma, "ask" | "agree") && p.word(k) == "to";
    let first = p.word(k);
    let amount = first == "about"
        && p.word(k + 1)
            .starts_with(|c: char| c.is_ascii_digit() || c == 'h');
    let about = request || !amount && NOT_CONTENT.contains(first);
    (k < end && !about).then_some(k)
}

/// The "that" opening the content soon after the cue at `v`, if it is the complementizer.
fn complementizer(p: &Para, v: usize, end: usize, lemma: &str) -> Option<usize> {
    // "wrote of a city that has lost its nerve": "that" after "of" is relative.
    if matches!(p.word(v + 1), "of" | "about") {
        return None;
    }
    let that = (v + 1..(v + 10).min(end))
        .take_while(|&k| p.quote(k).is_none() && !p.is_punct(k, '.'))
        .find(|&k| p.word(k) == "that")?;
    // "said in her opening remarks that": a noun among the words is no second verb; "say
    // they feel that way": a subject among them opens a clause of its own.
    let between_ok = (v + 1..that).all(|k| {
        if matches!(p.word(k), "he" | "she" | "they" | "we" | "I") {
            return false;
        }
        let verb = cue::lookup(p.word(k)).is_some_and(|c| c.strength == Strength::Speech);
        let noun = lexicon::is_noun_like(p.word(k))
            || k > v + 1
                && matches!(
                    p.word(k - 1),
                    "her" | "his" | "their" | "its" | "the" | "a" | "an" | "opening" | "closing"
                );
        !verb || noun
    });
    // "said the areas of the network that were hacked …": after a noun phrase opening the
    // content, "that" is relative, not the complementizer (but "told the panel that" is).
    let noun_first = matches!(
        p.word(v + 1),
        "the" | "a" | "an" | "this" | "these" | "those" | "his" | "her" | "their" | "its"
    ) && !cue::takes_object(lemma)
        && that > v + 2
        && !is_time_phrase(p, v + 1, that);
    (between_ok && !noun_first).then_some(that)
}

/// The token after the cue's object ("told reporters"), and after time and place phrases
/// ("on Thursday", "in a statement").
fn past_object_and_time(p: &Para, v: usize, end: usize, lemma: &str) -> Option<usize> {
    let mut k = v + 1;
    if cue::takes_object(lemma) {
        let object_word = is_hearer(p.word(k));
        if object_word {
            k += 1;
        } else if let Some((_, next)) = mention_after(p, k).filter(|(m, _)| {
            m.kind != MentionKind::Descriptor
                || m.head.as_deref().is_some_and(lexicon::is_role_noun)
        }) {
            k = next;
        }
    }
    while k < end
        && (is_between(p, k)
            || p.is_punct(k, ',')
            || is_time_modifier(p, k, end)
            || skip_time(p, k, end) > k)
    {
        k = skip_time(p, k, end).max(k + 1);
    }
    if matches!(
        p.word(k),
        "in" | "on" | "at" | "during" | "aboard" | "outside" | "inside"
    ) {
        // "wrote in both listings he was …": without a comma, the content starts at the
        // pronoun that opens its clause.
        let comma = (k..(k + 8).min(end)).find(|&i| p.is_punct(i, ','));
        let pronoun = (k + 1..(k + 7).min(end))
            .find(|&i| matches!(p.word(i), "he" | "she" | "they" | "it" | "we" | "I"));
        k = match (comma, pronoun) {
            (Some(c), Some(pr)) => c.min(pr - 1),
            (c, pr) => c.or(pr.map(|i| i - 1))?,
        } + 1;
    }
    Some(k)
}

/// "late Thursday", "early Monday": a word that shifts the time expression after it.
fn is_time_modifier(p: &Para, k: usize, end: usize) -> bool {
    matches!(p.word(k), "late" | "early" | "earlier" | "later")
        && k + 1 < end
        && skip_time(p, k + 1, end) > k + 1
}

/// True when tokens `[from, to)` are one time expression ("this week", "last month").
fn is_time_phrase(p: &Para, from: usize, to: usize) -> bool {
    let span = p.span(from, to - 1);
    crate::parse::date::find_time_expressions(span.slice(p.text))
        .iter()
        .any(|e| e.start == 0 && e.end == span.len())
}

/// The token after a time expression starting at token `k` ("Wednesday morning"), or `k`.
pub(crate) fn skip_time(p: &Para, k: usize, end: usize) -> usize {
    let Some(tok) = p.toks.get(k) else { return k };
    let limit = p
        .toks
        .get(end.saturating_sub(1))
        .map_or(tok.span().end, |t| t.span().end);
    let rest = p.text.get(tok.span().start..limit).unwrap_or("");
    match crate::parse::date::find_time_expressions(rest).first() {
        Some(e) if e.start == 0 => (k..end)
            .find(|&j| p.toks[j].span().start >= tok.span().start + e.end)
            .unwrap_or(end),
        _ => k,
    }
}

/// The span of tokens `[from, to)` without a final sentence period; None when under 3 words.
pub(crate) fn clause_span(p: &Para, from: usize, to: usize) -> Option<Span> {
    let mut to = predicate_end(p, from, to);
    while to > from && p.is_any_punct(to - 1) && !p.is_punct(to - 1, ')') {
        to -= 1;
    }
    let words = (from..to).filter(|&k| !p.is_any_punct(k)).count();
    (words >= 2).then(|| p.span(from, to - 1))
}

/// "the U.S. is still assisting Ukraine but criticized the Biden administration": a second
/// predicate of the speaker ("but" or "and" then a past-tense verb with no subject) ends the
/// reported content.
fn predicate_end(p: &Para, from: usize, to: usize) -> usize {
    (from + 3..to.saturating_sub(1))
        .find(|&k| {
            let next = p.word(k + 1);
            p.word(k) == "but"
                && p.is_lower(k + 1)
                && next.len() > 4
                && !next.contains('-')
                && (next.ends_with("ed") || cue::lookup(next).is_some_and(|c| c.form == Form::Past))
        })
        .unwrap_or(to)
}

/// "According to X, CLAUSE" or "CLAUSE, according to X": (cue, X, CLAUSE).
pub(crate) fn according_to(
    p: &Para,
    start: usize,
    end: usize,
) -> Option<(Span, Mention, Span, bool)> {
    if let Some(found) = as_reports(p, start, end) {
        return Some(found);
    }
    let a = (start..end)
        .find(|&k| p.word(k).eq_ignore_ascii_case("according") && p.word(k + 1) == "to")?;
    let (m, after) = source_after(p, a + 2, end)?;
    let cue = p.span(a, a + 1);
    // "But, according to the poll, …": a connector and its comma may come first.
    let opener = matches!(
        p.word(start),
        "But" | "And" | "Yet" | "So" | "Now" | "However" | "Still"
    );
    let opens =
        a == start || opener && (a == start + 1 || a == start + 2 && p.is_punct(start + 1, ','));
    if opens && p.is_punct(after, ',') {
        let content = clause_span(p, after + 1, end)?;
        return Some((cue, m, content, true));
    }
    if a >= start + 2 && p.is_punct(a - 1, ',') {
        // "CLAUSE, according to X." — or mid-sentence "A, according to X, B": the sentence.
        let to = if p.is_punct(after, ',') && after + 1 < end {
            end
        } else {
            a - 1
        };
        let content = clause_span(p, start, to)?;
        return Some((cue, m, content, false));
    }
    None
}

/// "As the Tribune reports, CLAUSE" / "As Ruiz wrote, CLAUSE": like "According to X, CLAUSE",
/// the source opening the sentence with a verb of speech and a comma.
fn as_reports(p: &Para, start: usize, end: usize) -> Option<(Span, Mention, Span, bool)> {
    let at = if matches!(p.word(start), "But" | "And" | "Yet" | "So") {
        start + 1
    } else {
        start
    };
    if !p.word(at).eq_ignore_ascii_case("as") {
        return None;
    }
    let (m, v) = mention_after(p, at + 1)?;
    let speech = cue::lookup(p.word(v)).is_some_and(|c| {
        c.strength == Strength::Speech && matches!(c.form, Form::Past | Form::Present)
    });
    if !speech || !p.is_lower(v) || !p.is_punct(v + 1, ',') || m.kind == MentionKind::Pronoun {
        return None;
    }
    let content = clause_span(p, v + 2, end)?;
    Some((p.span(v, v), m, content, true))
}

/// The source after "according to": a mention, else the words up to the next comma or the
/// end ("figures her campaign released Friday"), as an organisation or an anonymous source.
fn source_after(p: &Para, from: usize, end: usize) -> Option<(Mention, usize)> {
    if let Some(found) =
        mention_after(p, from).filter(|(_, next)| *next >= end || p.is_any_punct(*next))
    {
        return Some(found);
    }
    let stop = (from..end)
        .find(|&k| p.is_punct(k, ',') || p.is_punct(k, '.') || p.is_punct(k, ';'))
        .unwrap_or(end);
    if stop <= from || stop - from > 14 {
        return None;
    }
    // "a senior adviser who requested anonymity": the phrase ends before its relative clause;
    // "an interview his brother Alastair Osman gave": a full name inside it is the source.
    let phrase_end = (from..stop)
        .find(|&k| matches!(p.word(k), "who" | "which" | "that" | "whose"))
        .unwrap_or(stop);
    if let Some(name) = (from..phrase_end).filter(|&k| p.is_cap(k)).find_map(|k| {
        let (m, _) = mention_after(p, k)?;
        let full = m.name.is_some_and(|n| n.slice(p.text).contains(' '));
        (m.kind == MentionKind::Name && full && k > from).then_some(m)
    }) {
        return Some((name, stop));
    }
    let head = (from..phrase_end)
        .rev()
        .find(|&k| p.toks[k].kind() == crate::parse::TokenKind::Word)?;
    let m = mention::phrase(p, from, head, head);
    Some((m, stop))
}
