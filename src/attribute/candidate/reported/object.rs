//! Speech cues whose content is no clause but an object and a phrase: "accused the council of
//! wasting money", "called on the government to resign", "warned against buying pills online",
//! "expressed concern about the plan". The patterns live in `words/object_cues.txt`.

use std::sync::LazyLock;

use super::super::super::cue::{self, Strength};
use super::super::super::lexicon;
use super::super::super::mention::Mention;
use super::super::super::para::Para;
use super::super::super::speaker::groups::gerund_subject;
use super::super::super::speaker::subject::subject_before;
use super::super::Candidate;
use super::content::clause_span;
use super::sentence::negated;
use super::{Claim, Doc, is_document, to_candidate};
use crate::model::FoundBy;

/// One pattern: the verb's forms, then its fixed words and object slot (`_`).
struct Pattern {
    forms: Vec<&'static str>,
    rest: Vec<&'static str>,
}

static PATTERNS: LazyLock<Vec<Pattern>> = LazyLock::new(|| {
    include_str!("../../words/object_cues.txt")
        .lines()
        .map(|l| l.split('#').next().unwrap_or(""))
        .filter_map(|l| {
            let mut words = l.split_whitespace();
            let forms = words.next()?.split(',').collect();
            Some(Pattern {
                forms,
                rest: words.collect(),
            })
        })
        .collect()
});

/// Every verb form of every pattern: a word not among them matches no pattern.
static FORMS: LazyLock<rustc_hash::FxHashSet<&'static str>> = LazyLock::new(|| {
    PATTERNS
        .iter()
        .flat_map(|p| p.forms.iter().copied())
        .collect()
});

/// The longest object the slot `_` takes, in tokens.
const MAX_OBJECT: usize = 8;

/// The claims of the sentence `[start, end)` made with an object cue.
pub(crate) fn object_claims(doc: &Doc, p: &Para, start: usize, end: usize) -> Vec<Candidate> {
    (start..end)
        .filter(|&v| p.is_lower(v))
        .filter_map(|v| {
            // The verb lowercased once for all patterns, and looked up in all their forms first.
            let from = with_lowercase(p.word(v), |word| {
                FORMS.contains(word).then(|| {
                    PATTERNS
                        .iter()
                        .find_map(|pat| matches_at(p, v, end, pat, word))
                })?
            })?;
            object_claim(p, start, end, v, from)
        })
        .filter_map(|c| to_candidate(doc, p, c))
        .collect()
}

/// `f` of `word` lowercased (`str::to_lowercase`); a short ASCII word is lowercased on the
/// stack, so this allocates nothing for it.
fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    match lexicon::stack_lower(word) {
        Some((buf, len)) => f(std::str::from_utf8(&buf[..len]).unwrap_or_default()),
        None => f(&word.to_lowercase()),
    }
}

/// True when `word` lowercased is in `list`.
fn lowercase_in(word: &str, list: &[&str]) -> bool {
    with_lowercase(word, |w| list.contains(&w))
}

/// Where the content starts when pattern `pat` matches with its verb at token `v` (`word`,
/// lowercased).
fn matches_at(p: &Para, v: usize, end: usize, pat: &Pattern, word: &str) -> Option<usize> {
    if !pat.forms.contains(&word) {
        return None;
    }
    let mut k = v + 1;
    let mut from = None;
    for &w in &pat.rest {
        if w == "_" {
            // "who asked not to be named": a negation is no object, and the phrase is the
            // source's anonymity, not a statement.
            if k < end && lowercase_in(p.word(k), &["not", "never"]) {
                return None;
            }
            from.get_or_insert(k);
            let fixed = *next_fixed(pat, w)?;
            let len = (k..(k + MAX_OBJECT).min(end))
                .take_while(|&j| p.toks[j].kind() == crate::parse::TokenKind::Word)
                .position(|j| p.word(j) == fixed)?;
            if len == 0 {
                return None;
            }
            k += len;
        } else if p.word(k).eq_ignore_ascii_case(w) {
            k += 1;
        } else {
            return None;
        }
    }
    // "asked the company to:" and a list: the phrase needs a word after its fixed words.
    if k >= end || p.toks[k].kind() != crate::parse::TokenKind::Word {
        return None;
    }
    Some(from.unwrap_or(k))
}

/// The fixed word after the slot `slot` in the pattern (the slot is always followed by one).
fn next_fixed<'a>(pat: &'a Pattern, slot: &str) -> Option<&'a &'static str> {
    let at = pat.rest.iter().position(|w| *w == slot)?;
    pat.rest.get(at + 1)
}

/// The claim of the cue at `v` whose content starts at token `from`.
fn object_claim(p: &Para, start: usize, end: usize, v: usize, from: usize) -> Option<Claim> {
    if negated(p, start, v) {
        return None;
    }
    // "… said the plan was sound but criticized the board for …" (a second predicate) and
    // "farmers rallied …, urging regulators to …" (an act, not speech) give nothing: the verb
    // needs its own subject, and a participle a speech act before it in the sentence.
    let mention: Mention = if p.word(v).ends_with("ing") {
        if !speech_before(p, start, v) {
            return None;
        }
        gerund_subject(p, start, v, &None)
    } else {
        subject_before(p, v, start)
    }?;
    if is_document(&mention, p) {
        return None;
    }
    let content = clause_span(p, from, phrase_end(p, from, end))?;
    Some(Claim::new(
        p.span(v, v),
        Some(mention),
        content,
        FoundBy::ReportedObject,
    ))
}

/// Where an object cue's phrase ends: at the first comma, dash or semicolon, or before "but"
/// ("called for new roads, but Congress has not acted"): what follows is the writer's.
fn phrase_end(p: &Para, from: usize, end: usize) -> usize {
    (from..end)
        .find(|&k| {
            p.is_punct(k, ',')
                || p.is_punct(k, ';')
                || p.is_punct(k, '—')
                || p.is_punct(k, '–')
                || matches!(p.word(k), "but" | "while" | "whereas")
        })
        .unwrap_or(end)
}

/// Nouns of a speech act a participle may follow ("issued a statement accusing …").
const SPEECH_NOUNS: &[&str] = &[
    "statement",
    "letter",
    "speech",
    "interview",
    "tweet",
    "tweets",
    "post",
    "remarks",
    "address",
    "op-ed",
    "column",
    "video",
    "ad",
    "message",
];

/// True when a verb of speech or a speech noun stands before token `v` in the sentence.
fn speech_before(p: &Para, start: usize, v: usize) -> bool {
    (start..v).any(|k| {
        let w = p.word(k);
        cue::lookup(w).is_some_and(|c| c.strength == Strength::Speech)
            || lowercase_in(w, SPEECH_NOUNS)
    })
}
