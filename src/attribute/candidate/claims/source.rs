//! The document, study or poll that holds a finding: the subject before a verb whose head
//! noun is a finding source ("A poll released Sunday by two networks shows …", "the results
//! of the audit suggest …"), never one inside a prepositional phrase ("leads in the polls").

use super::super::super::cue;
use super::super::super::lexicon::{self, lower};
use super::super::super::mention::{self, Mention, MentionKind, is_determiner};
use super::super::super::para::Para;
use super::super::super::speaker::subject::is_between;
use super::verbs::{claim_verb, finding_source};
use crate::parse::TokenKind;

/// How far back from the verb the source's head noun may stand.
const REACH: usize = 16;

/// The finding source that is the subject of the verb at token `v` (looking no further back
/// than token `start`): its mention and whether it is a poll.
pub(crate) fn document_subject(p: &Para, start: usize, v: usize) -> Option<(Mention, bool)> {
    let mut end = v.checked_sub(1)?;
    while end > start && (is_between(p, end) || p.is_punct(end, ',')) {
        end -= 1;
    }
    if end < start || p.is_any_punct(end) {
        return None;
    }
    let head = (v.saturating_sub(REACH).max(start)..=end)
        .rev()
        .take_while(|&j| !ends_subject(p, j))
        .find(|&j| p.toks[j].kind() == TokenKind::Word && finding_source(p.word(j)).is_some())?;
    let poll = finding_source(p.word(head))?;
    let first = phrase_start(p, start, head);
    if first > start && is_preposition(p.word(first - 1)) {
        return None;
    }
    // "In the report, investigators found …": someone named after a comma is the subject.
    let someone_after_comma = (head + 1..=end).any(|j| {
        let comma = (head + 1..j).any(|c| p.is_punct(c, ','));
        comma
            && !is_preposition(p.word(j - 1))
            && mention::mention_after(p, j)
                .is_some_and(|(m, next)| next > end && m.kind != MentionKind::Organization)
    });
    if someone_after_comma {
        return None;
    }
    Some((mention::phrase(p, first, end, head), poll))
}

/// A token no subject phrase reaches across: a clause break, a quotation, or a verb.
fn ends_subject(p: &Para, j: usize) -> bool {
    let w = p.word(j);
    // A participle may modify the source ("the poll, released Monday by …"); a present or a
    // claim verb ends it.
    let verb = p.is_lower(j)
        && finding_source(w).is_none()
        && (claim_verb(w).is_some_and(|c| c.form != cue::Form::Past)
            || cue::lookup(w).is_some_and(|c| c.form == cue::Form::Present));
    p.is_punct(j, ';')
        || p.is_punct(j, ':')
        || p.is_punct(j, '—')
        || p.is_punct(j, '.')
        || p.quote(j).is_some()
        || verb
        || (is_clause_word(w) && !matches!(w, "and" | "or"))
        || w == "to"
}

/// The first token of the noun phrase whose head is token `head`: back over its modifiers to
/// a determiner ("the latest national poll", "A CNN/ORC poll").
fn phrase_start(p: &Para, start: usize, head: usize) -> usize {
    let mut k = head;
    while k > start && k + 6 > head {
        let w = p.word(k - 1);
        if is_determiner(w) {
            return k - 1;
        }
        let modifier = p.toks[k - 1].kind() == TokenKind::Word
            && !is_preposition(w)
            && !is_clause_word(w)
            && !lexicon::is_pronoun(w)
            && claim_verb(w).is_none()
            && (p.is_cap(k - 1) || cue::lookup(w).is_none());
        if !modifier {
            break;
        }
        k -= 1;
    }
    k
}

fn is_preposition(w: &str) -> bool {
    let w = lower(w);
    lexicon::is_preposition(&w)
        || matches!(
            w.as_ref(),
            "among"
                | "about"
                | "toward"
                | "than"
                | "like"
                | "after"
                | "before"
                | "since"
                | "despite"
        )
}

/// Words that join or open clauses, or are forms of "be" and "have".
fn is_clause_word(w: &str) -> bool {
    matches!(
        lower(w).as_ref(),
        "and"
            | "or"
            | "but"
            | "that"
            | "which"
            | "who"
            | "as"
            | "while"
            | "if"
            | "when"
            | "because"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "has"
            | "have"
            | "had"
    )
}
