//! A poll's respondents as the subject of a verb of saying: "47% say …", "one in five said …",
//! "a third of independents, 33 percent, say …", "those surveyed say …". What they say is a
//! poll's result, held by the share of respondents as written.

use super::super::super::lexicon::lower;
use super::super::super::mention::{self, Mention, MentionKind};
use super::super::super::para::Para;
use super::super::super::speaker::subject::is_between;
use crate::parse::TokenKind;

/// How many tokens back from the verb the share may begin.
const REACH: usize = 10;

/// The share of respondents that is the subject of the verb at token `v` (looking no further
/// back than token `start`).
pub(crate) fn respondents(p: &Para, start: usize, v: usize) -> Option<Mention> {
    let mut last = v.checked_sub(1)?;
    while last > start && is_between(p, last) {
        last -= 1;
    }
    // "A third of independents, 33 percent, say": the figure in apposition ends the subject.
    if p.is_punct(last, ',') {
        last = last.checked_sub(1)?;
    }
    // "A majority of those who said": the verb is in a relative clause of the subject.
    if last < start || opens_clause(p, last) {
        return None;
    }
    let first = phrase_start(p, start, last)?;
    let head = (first..=last).find(|&k| is_share(p, k))?;
    let mut m = mention::phrase(p, first, last, head);
    m.kind = MentionKind::Descriptor;
    Some(m)
}

/// The first token of the subject ending at `last`: back to the sentence's start, a clause
/// break or an opening conjunction, over words, figures and the commas of an apposed figure.
fn phrase_start(p: &Para, start: usize, last: usize) -> Option<usize> {
    let mut k = last;
    while k > start && k + REACH > last {
        let prev = k - 1;
        let word = p.toks[prev].kind() == TokenKind::Word;
        if p.is_punct(prev, ',') {
            // Only the comma before an apposed figure ("a third of independents, 33 percent").
            if !(prev + 1..=last).any(|j| is_share(p, j)) || !figure_follows(p, prev + 1) {
                break;
            }
        } else if !(word || p.is_punct(prev, '%') || p.is_punct(prev, '-')) || opens_clause(p, prev)
        {
            break;
        }
        k = prev;
    }
    // "While only 7 percent said": the subject starts after the conjunction.
    while k <= last && opens_clause(p, k) {
        k += 1;
    }
    // A share opens the subject, within its first three words ("Just over a quarter").
    (k <= last && (k..(k + 4).min(last + 1)).any(|j| is_share(p, j) || is_number(p.word(j))))
        .then_some(k)
}

/// True when a figure ("33 percent", "33%") starts at token `k`.
fn figure_follows(p: &Para, k: usize) -> bool {
    is_number(p.word(k)) && (p.is_punct(k + 1, '%') || lower(p.word(k + 1)) == "percent")
}

/// True for a word that opens a clause and so ends any subject before it.
fn opens_clause(p: &Para, k: usize) -> bool {
    matches!(
        lower(p.word(k)).as_ref(),
        "and"
            | "but"
            | "while"
            | "whereas"
            | "when"
            | "as"
            | "if"
            | "that"
            | "because"
            | "though"
            | "although"
            | "yet"
            | "so"
            | "among"
            | "by"
            | "who"
            | "which"
    )
}

/// True when token `k` is the head of a share: "percent", "%" after a figure, a fraction
/// ("a third", "two-thirds", "majorities"), "in" between figures ("one in five") or the
/// respondents themselves ("those surveyed").
fn is_share(p: &Para, k: usize) -> bool {
    let w = lower(p.word(k));
    let figure_before = k > 0 && is_number(p.word(k - 1));
    match w.as_ref() {
        "percent" | "%" => figure_before,
        "in" => figure_before && is_number(p.word(k + 1)),
        "surveyed" | "polled" | "respondents" => true,
        w => is_fraction(w),
    }
}

fn is_fraction(w: &str) -> bool {
    let last = w.rsplit('-').next().unwrap_or(w);
    matches!(
        last,
        "third"
            | "thirds"
            | "quarter"
            | "quarters"
            | "fifth"
            | "fifths"
            | "half"
            | "majority"
            | "majorities"
            | "plurality"
            | "minority"
    )
}

/// True for a figure: digits ("47", "1,200") or a number word ("Forty-two", "six").
fn is_number(w: &str) -> bool {
    if w.starts_with(|c: char| c.is_ascii_digit()) {
        return w
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.');
    }
    let w = lower(w);
    w.split('-').all(|part| {
        matches!(
            part,
            "one"
                | "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "eleven"
                | "twelve"
                | "twenty"
                | "thirty"
                | "forty"
                | "fifty"
                | "sixty"
                | "seventy"
                | "eighty"
                | "ninety"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_and_fractions() {
        assert!(is_number("47") && is_number("Forty-two") && is_number("1,200"));
        assert!(!is_number("forty-somethings") && !is_number("4x4"));
        assert!(is_fraction("two-thirds") && is_fraction("majority") && !is_fraction("thirdly"));
    }
}
