//! Attributions after their content: "CLAUSE, X said." / "CLAUSE, said X." and the
//! parenthetical "A, X said, B".

use super::super::super::cue::{self, Form};
use super::super::super::lexicon::{self, TRAILING_OPENERS};
use super::super::super::mention::{Mention, MentionKind, mention_after, mention_before};
use super::super::super::para::Para;
use super::super::super::speaker::subject::apposed_name_before;
use super::Claim;
use super::content::clause_span;
use crate::model::FoundBy;

/// "CLAUSE, X said." / "CLAUSE, said X." / "CLAUSE, library director X said in a statement."
/// / "CLAUSE,” X told Y.": the cue ends the sentence but for a short tail.
pub(crate) fn trailing(p: &Para, start: usize, end: usize, v: usize) -> Option<Claim> {
    let before = v.checked_sub(1)?;
    let apposed = p
        .is_punct(before, ',')
        .then(|| apposed_name_before(p, start, before));
    let (m, content_end, after) = if let Some((m, comma)) = apposed.flatten() {
        (m, comma, v + 1)
    } else if p.is_punct(before, ',') || ends_with_comma_quote(p, before) {
        // "Berg, in contrast, told the Herald he …": after "told" comes the hearer, never an
        // inverted speaker.
        if hearer_follows(p, v) {
            return None;
        }
        let found = inverted_after(p, end, v, before)?;
        if content_resumes(p, found.2, end) {
            // "A, say economists at the bank, until B": the sentence goes on after the
            // speaker, so the cue is a parenthetical inside it (`inverted_parenthetical`).
            return None;
        }
        found
    } else {
        subject_after_comma(p, start, v, before)?
    };
    let quote_follows = (v + 1..end).any(|k| p.quote(k).is_some());
    let question =
        TRAILING_OPENERS.contains(p.word(start)) && !scene_then_clause(p, start, content_end);
    // A sentence that is only a quotation and its cue is a direct quote, handled there; quoted
    // words inside the clause make it mixed (“We teach nothing” against anyone, he said).
    let only_quote = p.quote(start).is_some() && content_end <= start + 2;
    if quote_follows || question || content_end <= start || only_quote {
        return None;
    }
    if !is_tail(p, v, after, end) {
        return None;
    }
    let content = clause_span(p, start, content_end)?;
    // "Last month, X asked Y whether …": a time is no claim.
    let only_time = crate::parse::date::find_time_expressions(content.slice(p.text))
        .first()
        .is_some_and(|e| e.start == 0 && e.end + 1 >= content.len());
    if only_time {
        return None;
    }
    Some(Claim::new(
        p.span(v, v),
        Some(m),
        content,
        FoundBy::ReportedTrailing,
    ))
}

/// "As the mayor spoke in Dunmore, a boy was hurt, police said.": an opener that sets a scene
/// (not a question put, "Asked about …, she said") ends at a comma before a clause of four
/// words or more, which with it is the content.
fn scene_then_clause(p: &Para, start: usize, content_end: usize) -> bool {
    let asked = |k: usize| matches!(p.word(k), "asked" | "pressed" | "questioned");
    if matches!(
        p.word(start),
        "Asked" | "Pressed" | "Questioned" | "According"
    ) || asked(start + 1)
    {
        return false;
    }
    (start + 1..content_end)
        .find(|&k| p.is_punct(k, ','))
        .is_some_and(|comma| {
            (comma + 1..content_end)
                .filter(|&k| p.toks[k].kind() == crate::parse::TokenKind::Word)
                .count()
                >= 4
        })
}

/// True when, after an inverted speaker ending before token `after` and a short tail, the
/// sentence's content goes on: a comma, then a conjunction and at least three words ("…, say
/// the researchers at the institute, because the levees …"), not a second verb of the speaker
/// ("…, said Ann Link, and added that …").
fn content_resumes(p: &Para, after: usize, end: usize) -> bool {
    (after..(after + 10).min(end)).any(|c| {
        if !p.is_punct(c, ',') {
            return false;
        }
        let w = p.word(c + 1);
        let joins = matches!(
            w,
            "until" | "because" | "unless" | "since" | "so" | "although" | "though" | "if"
        ) || matches!(w, "and" | "but")
            && cue::lookup(p.word(c + 2)).is_none()
            && !lexicon::BETWEEN.contains(p.word(c + 2));
        let words = (c + 2..end).filter(|&k| !p.is_any_punct(k)).count();
        joins && words >= 3
    })
}

/// True when the cue at `v` is one whose object is its hearer ("told", "informed",
/// "assured").
fn hearer_follows(p: &Para, v: usize) -> bool {
    cue::lookup(p.word(v)).is_some_and(|c| {
        matches!(
            c.lemma,
            "tell" | "inform" | "assure" | "remind" | "advise" | "reassure" | "brief"
        )
    })
}

/// "CLAUSE, said X, an adviser." / "… may be “strategic,” said X." / "…, said strategist Dan
/// Axel, …": the speaker after an inverted cue (a role word before the name is its title), the
/// content's end and the token after the speaker.
fn inverted_after(
    p: &Para,
    end: usize,
    v: usize,
    before: usize,
) -> Option<(Mention, usize, usize)> {
    let (m, next) = mention_after(p, v + 1)?;
    let (m, next) = match mention_after(p, next) {
        Some((name, after))
            if m.kind == MentionKind::Descriptor
                && name.kind == MentionKind::Name
                && p.is_lower(v + 1) =>
        {
            (name, after)
        }
        _ => (m, next),
    };
    // "…, said the bureau's director, James Comey, on Monday.": the name in apposition.
    let (m, next) = match mention_after(p, next + 1) {
        Some((name, after))
            if m.kind == MentionKind::Descriptor
                && p.is_punct(next, ',')
                && name.kind == MentionKind::Name
                && (after >= end || p.is_any_punct(after)) =>
        {
            (name, after)
        }
        _ => (m, next),
    };
    let content_end = if p.quote(before).is_some() { v } else { before };
    Some((m, content_end, next))
}

/// Words that make a clause of what stands between a comma and a subject ("…, argued X,
/// would cost twice what the county admits" is no "CLAUSE, the county admits").
fn is_clause_word(w: &str) -> bool {
    matches!(
        w,
        "would"
            | "will"
            | "could"
            | "can"
            | "should"
            | "may"
            | "might"
            | "must"
            | "is"
            | "was"
            | "are"
            | "were"
            | "what"
            | "which"
            | "than"
    )
}

/// "CLAUSE, X said.": the subject right before the cue, after the comma that ends the content
/// (with at most five lowercase title words between), the content's end and the token after
/// the cue.
fn subject_after_comma(
    p: &Para,
    start: usize,
    v: usize,
    before: usize,
) -> Option<(Mention, usize, usize)> {
    let (m, ms) = mention_before(p, before)?;
    let comma = (ms.saturating_sub(5).max(start)..ms)
        .rev()
        .find(|&k| !p.is_lower(k) || lexicon::is_preposition(p.word(k)))?;
    if (comma + 1..ms)
        .any(|k| matches!(p.word(k), "and" | "but" | "or" | "nor") || is_clause_word(p.word(k)))
    {
        // "…, and Mr. Dalby agreed to it": a second clause, not an attribution.
        return None;
    }
    let ends_clause = p.is_punct(comma, ',') || ends_with_comma_quote(p, comma);
    if !ends_clause || (comma + 1..ms).any(|k| cue::lookup(p.word(k)).is_some()) {
        return None;
    }
    let content_end = if p.quote(comma).is_some() {
        comma + 1
    } else {
        comma
    };
    Some((m, content_end, v + 1))
}

/// True when token `k` is a quotation whose last words end with a comma (“…,”).
fn ends_with_comma_quote(p: &Para, k: usize) -> bool {
    p.quote(k).is_some()
        && p.span(k, k)
            .slice(p.text)
            .trim_end_matches(['”', '"', '’'])
            .ends_with(',')
}

/// True when what follows a trailing cue is only a tail: nothing, punctuation, a time, a
/// place or manner phrase ("in a statement", "on Thursday"), or the object of "told".
fn is_tail(p: &Para, v: usize, after: usize, end: usize) -> bool {
    if after >= end {
        return true;
    }
    if p.is_punct(after, ',') {
        // "…, X said, adding that …" ends the attribution; "A, X said, is B" is a
        // parenthetical inside the claim, not a trailing cue.
        let next = p.word(after + 1);
        // "…, said Ann Link, the group's director.": an appositive of the speaker.
        let appositive = matches!(
            next.to_lowercase().as_str(),
            "a" | "an" | "the" | "his" | "her" | "their" | "its"
        ) || next.ends_with("’s")
            || next.ends_with("'s")
            || p.is_cap(after + 1) && !lexicon::is_not_name(next)
            || next.chars().all(|c| c.is_ascii_digit()) && !next.is_empty();
        return after + 1 >= end
            || appositive && !(after + 1..end).any(|k| p.word(k) == "that")
            || cue::lookup(next).is_some_and(|c| c.form == Form::Gerund)
            || matches!(
                next,
                "who" | "according" | "in" | "on" | "at" | "during" | "citing" | "referring"
            )
            || !crate::parse::date::find_time_expressions(next).is_empty();
    }
    if p.is_any_punct(after) {
        // A colon introduces content; a final stop ends the attribution.
        return !p.is_punct(after, ':');
    }
    let w = p.word(after).to_lowercase();
    // "Days before it reported, the company said on Friday that it had …": a "that" soon after
    // the time or place opens the cue's own content.
    if (after..(after + 8).min(end)).any(|k| p.word(k) == "that") {
        return false;
    }
    if w == "to" && !hearer_after_to(p, after + 1) {
        // "…, urged Mayor Tosk to step down": an infinitive is what was urged, no tail.
        return false;
    }
    let told = cue::lookup(p.word(v)).is_some_and(|c| cue::takes_object(c.lemma));
    matches!(
        w.as_str(),
        "in" | "on"
            | "at"
            | "during"
            | "to"
            | "with"
            | "after"
            | "before"
            | "from"
            | "last"
            | "this"
            | "earlier"
            | "later"
            | "recently"
            | "afterward"
            | "then"
    ) || !crate::parse::date::find_time_expressions(p.word(after)).is_empty()
        || (told
            && (mention_after(p, after).is_some()
                || short_object(p, after, end)
                || is_hearer(p.word(after)) && (after + 1 >= end || p.is_any_punct(after + 1))))
}

/// True when the word at `k` after "to" opens a hearer ("to reporters", "to the crowd", "to
/// CNN"), not an infinitive ("to step down").
fn hearer_after_to(p: &Para, k: usize) -> bool {
    let w = p.word(k);
    is_hearer(w)
        || p.is_cap(k)
        || matches!(
            w,
            "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "this" | "local"
        )
}

/// Who "told" is said to ("told reporters", "told supporters").
pub(crate) fn is_hearer(w: &str) -> bool {
    matches!(
        w,
        "me" | "him"
            | "her"
            | "us"
            | "them"
            | "you"
            | "reporters"
            | "journalists"
            | "voters"
            | "supporters"
            | "lawmakers"
            | "members"
            | "audiences"
            | "listeners"
            | "viewers"
            | "donors"
    )
}

/// "… told the crowd." / "… told a local radio station on Friday.": a determiner and at most
/// four words, then the end of the sentence or a time or place phrase with no "that" after
/// it, are the object of "told", not its content.
fn short_object(p: &Para, from: usize, end: usize) -> bool {
    let det = p.word(from).to_lowercase();
    if !matches!(
        det.as_str(),
        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my"
    ) {
        return false;
    }
    let stops = |k: usize| matches!(p.word(k), "on" | "in" | "at" | "during" | "last" | "this");
    let mut k = from + 1;
    while k < end && k <= from + 4 && !p.is_any_punct(k) && !stops(k) {
        k += 1;
    }
    if k == from + 1 {
        return false;
    }
    k >= end
        || (p.is_any_punct(k) && !p.is_punct(k, ':'))
        || (stops(k) && (k..end).all(|j| p.word(j) != "that"))
}

/// "A, X said, B": an attribution set off by commas inside the sentence it reports.
pub(crate) fn parenthetical(p: &Para, start: usize, end: usize, v: usize) -> Option<Claim> {
    if !p.is_punct(v + 1, ',')
        || !matches!(cue::lookup(p.word(v))?.form, Form::Past | Form::Present)
    {
        return None;
    }
    let (m, ms) = mention_before(p, v.checked_sub(1)?)?;
    // Quoted words inside the clauses make the sentence mixed; a quotation right before the
    // attribution, or opening the sentence, is a direct quote split by its cue.
    let quoted = p.quote(start).is_some()
        || ms >= 2 && p.quote(ms - 2).is_some()
        || p.quote(v + 2).is_some();
    let question = matches!(
        p.word(start),
        "Asked" | "Pressed" | "Questioned" | "When" | "If"
    );
    if ms <= start + 1 || !p.is_punct(ms - 1, ',') || quoted || question {
        return None;
    }
    whole_sentence(p, start, end, v, m)
}

/// "A, say economists, B" / "A, argued Ms Lindqvist, B": an inverted attribution set off by
/// commas inside the sentence it reports; the whole sentence is the claim, as for
/// `parenthetical`.
pub(crate) fn inverted_parenthetical(
    p: &Para,
    start: usize,
    end: usize,
    v: usize,
) -> Option<Claim> {
    let form = cue::lookup(p.word(v))?.form;
    if v < start + 2 || !p.is_punct(v - 1, ',') || form == Form::Gerund || !p.is_lower(v) {
        return None;
    }
    let (m, next) = inverted_speaker(p, v)?;
    let rest = (next + 1..end).filter(|&k| !p.is_any_punct(k)).count();
    let quoted =
        p.quote(start).is_some() || p.quote(v - 2).is_some() || p.quote(next + 1).is_some();
    let plural_or_named = m.kind != MentionKind::Descriptor || m.span.slice(p.text).ends_with('s');
    if !p.is_punct(next, ',') || rest < 2 || quoted || !plural_or_named {
        return None;
    }
    whole_sentence(p, start, end, v, m)
}

/// The speaker after an inverted cue at `v` and the token after it: a mention, or a role
/// word before a name ("said economist Jane Roe").
fn inverted_speaker(p: &Para, v: usize) -> Option<(Mention, usize)> {
    let (m, next) = mention_after(p, v + 1)?;
    let (m, next) = match mention_after(p, next) {
        Some((name, after))
            if m.kind == MentionKind::Descriptor && name.kind == MentionKind::Name =>
        {
            (name, after)
        }
        _ => (m, next),
    };
    // "say economists at the Dale Institute,": a short place or affiliation after the speaker.
    let tail = matches!(p.word(next), "at" | "of" | "from" | "with" | "in")
        .then(|| (next + 1..(next + 7).min(p.toks.len())).find(|&k| p.is_any_punct(k)))
        .flatten();
    Some((m, tail.unwrap_or(next)))
}

/// The claim of a parenthetical attribution: the whole sentence, cue at `v`.
fn whole_sentence(p: &Para, start: usize, end: usize, v: usize, m: Mention) -> Option<Claim> {
    let content = clause_span(p, start, end)?;
    Some(Claim::new(
        p.span(v, v),
        Some(m),
        content,
        FoundBy::ReportedParenthetical,
    ))
}
