//! Who does the saying: the subject of a reporting verb, shared by direct quotations and
//! reported speech.
//!
//! From the verb backwards: adverbs and auxiliaries are skipped ("he also said", "Trump has
//! said"), then a parenthesis ("(D-Ore.)") or an appositive between commas ("Yuri Ushakov,
//! Putin’s adviser, said"; "Trump, speaking at a rally in Wilmington, N.C., warned"), and a
//! relative "who" stands for the name before it ("Mike Lee, who declared …"). A passive verb
//! ("was asked") has no speaker subject, and a possessive ("Trump’s repeated …") is not one.

use super::lexicon;
use super::mention::{Mention, MentionKind, Para, loose_before, mention_after, mention_before};
use crate::parse::date::find_time_expressions;

/// Words that may stand between a speaker and the verb ("he also said").
const BETWEEN: &[&str] = &[
    "also",
    "later",
    "then",
    "again",
    "has",
    "had",
    "have",
    "would",
    "will",
    "once",
    "previously",
    "recently",
    "further",
    "simply",
    "just",
    "quickly",
    "finally",
    "first",
    "often",
    "publicly",
    "privately",
    "reportedly",
    "flatly",
    "repeatedly",
    "earlier",
    "still",
    "even",
    "herself",
    "himself",
    "themselves",
    "only",
    "immediately",
    "now",
    "could",
    "did",
    "does",
    "do",
    "may",
    "might",
    "should",
    "never",
    "always",
    "already",
    "long",
    "not",
    "soon",
    "however",
    "though",
    "too",
    "meanwhile",
    "nonetheless",
    "instead",
    "therefore",
    "thus",
    "clearly",
];

/// Forms of "be" that make the verb after them passive.
const PASSIVE: &[&str] = &[
    "was", "were", "is", "are", "been", "being", "be", "get", "got",
];

/// True when token `i` may stand between a subject and its verb: an auxiliary, an adverb or a
/// time expression ("Trump on Thursday said").
pub fn is_between(p: &Para, i: usize) -> bool {
    let w = p.word(i).to_lowercase();
    BETWEEN.contains(&w.as_str())
        || (w.len() > 4 && w.ends_with("ly") && p.is_lower(i))
        || (!w.is_empty() && !find_time_expressions(p.word(i)).is_empty())
        || (w == "on" && !find_time_expressions(p.word(i + 1)).is_empty())
}

/// The speaker of the verb at token `v`, looking no further back than token `start`.
pub fn subject_before(p: &Para, v: usize, start: usize) -> Option<Mention> {
    let mut s = v.checked_sub(1)?;
    while s > start && is_between(p, s) {
        s -= 1;
    }
    if PASSIVE.contains(&p.word(s).to_lowercase().as_str()) {
        return None;
    }
    if p.is_punct(s, ')') {
        s = (start..s)
            .rev()
            .find(|&i| p.is_punct(i, '('))?
            .checked_sub(1)?;
    } else if p.is_punct(s, ',') {
        return appositive_subject(p, s, start);
    }
    if s < start {
        return None;
    }
    if p.word(s) == "who" && s >= start + 2 && p.is_punct(s - 1, ',') {
        // "Mike Lee, who declared …": the relative pronoun stands for the name before it.
        s -= 2;
    }
    mention_before(p, s)
        .map(|(m, _)| m)
        .filter(|m| !is_possessive(p, m))
}

/// Like `subject_before`, but also takes a determiner-led phrase with any head ("the email
/// read", "one Trump confidant said"), for cues a quotation already vouches for.
pub fn subject_before_loose(p: &Para, v: usize, start: usize) -> Option<Mention> {
    subject_before(p, v, start).or_else(|| {
        let mut s = v.checked_sub(1)?;
        while s > start && is_between(p, s) {
            s -= 1;
        }
        loose_before(p, s)
            .filter(|(_, st)| *st >= start)
            .map(|(m, _)| m)
    })
}

/// "X, an appositive, said": the first comma of the sentence that opens a lowercase aside
/// and follows a name or pronoun; else the comma nearest the verb.
fn appositive_subject(p: &Para, close: usize, start: usize) -> Option<Mention> {
    // "the company’s chief executive, Dana Whitcombe, said": the name is the appositive.
    if let Some((m, ms)) = mention_before(p, close.checked_sub(1)?) {
        let after_descriptor = ms >= start + 2 && p.is_punct(ms - 1, ',') && p.is_lower(ms - 2);
        if m.kind == MentionKind::Name && after_descriptor {
            return Some(m);
        }
    }
    let lo = close.saturating_sub(30).max(start);
    let commas: Vec<usize> = (lo..close)
        .filter(|&i| p.is_punct(i, ',') && i > start)
        .collect();
    for &c in &commas {
        let aside_lower = p.is_lower(c + 1) || p.word(c + 1).eq_ignore_ascii_case("the");
        if !aside_lower {
            continue;
        }
        if let Some(m) = before_comma(p, c, start)
            && matches!(m.kind, MentionKind::Name | MentionKind::Pronoun)
        {
            return Some(m);
        }
    }
    before_comma(p, *commas.last()?, start)
}

/// The mention just before the comma at `c`, past a parenthesis ("Rep. X (D-Calif.),").
fn before_comma(p: &Para, c: usize, start: usize) -> Option<Mention> {
    let mut e = c.checked_sub(1)?;
    if p.is_punct(e, ')') {
        e = (start..e)
            .rev()
            .find(|&i| p.is_punct(i, '('))?
            .checked_sub(1)?;
    }
    mention_before(p, e)
        .map(|(m, _)| m)
        .filter(|m| !is_possessive(p, m))
}

/// True when the mention is a possessive ("Trump’s"), which modifies a noun, not a verb.
pub fn is_possessive(p: &Para, m: &Mention) -> bool {
    let t = m.span.slice(p.text);
    t.ends_with("’s") || t.ends_with("'s") || t.ends_with('’')
}

/// "Carson did not name them, but told his supporters, “…”": a verb after "but"/"and" with no
/// subject of its own shares the sentence's subject.
pub fn coordinated_subject(p: &Para, start: usize, v: usize) -> Option<Mention> {
    let mut s = v.checked_sub(1)?;
    while s > start && is_between(p, s) {
        s -= 1;
    }
    let joined = matches!(p.word(s).to_lowercase().as_str(), "but" | "and") || p.is_punct(s, '—');
    joined.then(|| sentence_subject(p, start, s)).flatten()
}

/// The subject of the sentence a participle hangs on ("Trump doubled down, saying “…”"): the
/// first name or pronoun, or a descriptor or organisation opening the sentence.
pub fn sentence_subject(p: &Para, start: usize, v: usize) -> Option<Mention> {
    (start..v).find_map(|i| {
        let prev = i
            .checked_sub(1)
            .filter(|&k| k >= start)
            .map(|k| p.word(k))
            .unwrap_or("");
        let inside_name =
            p.is_cap(i - usize::from(i > 0)) && i > start && !lexicon::is_not_name(prev);
        if inside_name || prev.eq_ignore_ascii_case("the") {
            return None;
        }
        let (m, _) = mention_after(p, i)?;
        let opening = i == start
            && matches!(m.kind, MentionKind::Descriptor | MentionKind::Organization)
            && m.definite;
        let fits = matches!(m.kind, MentionKind::Name | MentionKind::Pronoun) || opening;
        (fits && !is_possessive(p, &m)).then_some(m)
    })
}
