//! Stances: a position someone takes toward a person, plan or idea, with what it is about as
//! its content ("X endorsed the governor", "X opposes the plan", "X refused to answer", "X
//! called for a recount"). The verbs live in `words/stance_verbs.txt`.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::super::super::cue::{self, Form};
use super::super::super::lexicon::{self, lower};
use super::super::super::mention::is_determiner;
use super::super::super::para::Para;
use super::super::reported::sentence::base_form_ok;
use super::sentence::{Claim, holder_before, passive, plural_phrase};
use super::verbs::claim_verb;
use crate::model::StatementKind;

/// What may follow a verb of stance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct StanceVerb {
    /// Which form the word was.
    form: Form,
    /// A noun phrase: "endorsed the governor".
    object: bool,
    /// An infinitive: "refused to answer".
    to: bool,
    /// The word that must come right after the verb ("called for").
    particle: Option<&'static str>,
}

static VERBS: LazyLock<HashMap<&'static str, Vec<StanceVerb>>> = LazyLock::new(|| {
    let mut map: HashMap<&'static str, Vec<StanceVerb>> = HashMap::new();
    for line in include_str!("../../words/stance_verbs.txt")
        .lines()
        .map(|l| l.split('#').next().unwrap_or(""))
    {
        let words: Vec<&'static str> = line.split_whitespace().collect();
        let (forms, takes, particle) = match words[..] {
            [b, t, p, i, takes] => ([b, t, p, i], takes, None),
            [b, t, p, i, takes, particle] => ([b, t, p, i], takes, Some(particle)),
            _ => continue,
        };
        let [base, third, past, ing] = forms;
        for (form, word) in [
            (Form::Gerund, ing),
            (Form::Present, third),
            (Form::Base, base),
            (Form::Past, past),
        ] {
            if word == "-" {
                continue;
            }
            map.entry(word).or_default().push(StanceVerb {
                form,
                object: takes.split('|').any(|t| t == "object"),
                to: takes.split('|').any(|t| t == "to"),
                particle,
            });
        }
    }
    map
});

/// True when `word` is a verb of stance in some form (case-insensitive).
pub(crate) fn is_stance_verb(word: &str) -> bool {
    VERBS.contains_key(lower(word).as_ref())
}

/// The stance of the verb at token `v` in the sentence of tokens `[start, end)`, if it is a
/// verb of stance with a holder before it and its content after it.
pub(crate) fn stance_claim(p: &Para, (start, end): (usize, usize), v: usize) -> Option<Claim> {
    let entries = VERBS.get(lower(p.word(v)).as_ref())?;
    let form = entries.first()?.form;
    if form == Form::Gerund || !p.is_lower(v) || passive(p, start, v) || in_relative(p, start, v) {
        return None;
    }
    let from = entries
        .iter()
        .find_map(|verb| content_from(p, v, end, verb))?;
    let holder = holder_before(p, start, v)?;
    // "Do you support …?": a question to the reader.
    if lower(holder.span.slice(p.text)) == "you" {
        return None;
    }
    if form == Form::Base && !base_form_ok(p, start, v, &holder) && !plural_phrase(p, &holder) {
        return None;
    }
    let last = object_end(p, from, end)?;
    Some(Claim {
        kind: StatementKind::Stance,
        cue: p.span(v, from.saturating_sub(1).max(v)),
        holder: Some(holder),
        document: false,
        content: p.span(from, last),
    })
}

/// True when the verb at `v` opens a relative clause ("the governor, who endorsed him, …"):
/// PolNeAR's annotators leave most such asides out (right 65% of the time on train).
fn in_relative(p: &Para, start: usize, v: usize) -> bool {
    (v.saturating_sub(4).max(start)..v)
        .rev()
        .take_while(|&k| !p.is_any_punct(k))
        .any(|k| {
            matches!(
                lower(p.word(k)).as_ref(),
                "who" | "which" | "that" | "who’d" | "who'd" | "whom"
            )
        })
}

/// Where the content of the verb at `v` opens: after its particle, at "to" for an infinitive,
/// or at the first word of a noun phrase.
fn content_from(p: &Para, v: usize, end: usize, verb: &StanceVerb) -> Option<usize> {
    let mut k = v + 1;
    if let Some(particle) = verb.particle {
        if p.word(k) != particle {
            return None;
        }
        k += 1;
    }
    if k >= end {
        return None;
    }
    let w = p.word(k);
    if w == "to" {
        return (verb.to && p.is_lower(k + 1)).then_some(k);
    }
    let word = p.toks[k].kind() == crate::parse::TokenKind::Word;
    // "declined sharply", "backed by", "support for": no phrase it takes.
    let phrase = word
        && !w.ends_with("ly")
        && !lexicon::is_preposition(&lower(w))
        && !matches!(
            w,
            "by" | "that" | "it's" | "it’s" | "there" | "so" | "as" | "up" | "out"
        )
        && (is_determiner(w) || p.is_cap(k) || p.is_lower(k));
    (verb.object && phrase).then_some(k)
}

/// The last token of the content opening at `from`: up to a clause break, a connector that
/// opens a new clause, or a second predicate ("and said …"), at most 30 tokens on.
fn object_end(p: &Para, from: usize, end: usize) -> Option<usize> {
    // "declined to say when …": the infinitive's own clause, not a connector.
    let own_clause = |k: usize| p.word(from) == "to" && k == from + 2 && p.is_lower(k);
    let stop = (from + 1..end.min(from + 30))
        .find(|&k| ends_object(p, k) && !own_clause(k))
        .unwrap_or(end.min(from + 30));
    let mut last = stop.checked_sub(1)?;
    while last > from && p.is_any_punct(last) {
        last -= 1;
    }
    (last >= from && !p.is_any_punct(last)).then_some(last)
}

fn ends_object(p: &Para, k: usize) -> bool {
    let w = p.word(k);
    // "endorsed him last week", "attacked her harshly in …": when and how, not what.
    let when = matches!(
        lower(w).as_ref(),
        "despite" | "during" | "last" | "earlier" | "later" | "ago" | "yesterday" | "today"
    ) || w.ends_with("ly") && p.is_lower(k)
        || matches!(w, "in" | "on" | "at" | "since" | "by") && is_time(p.word(k + 1));
    let punct = p.is_any_punct(k) && !p.is_punct(k, '-') && !p.is_punct(k, '’');
    let connector = matches!(
        lower(w).as_ref(),
        "because"
            | "as"
            | "when"
            | "while"
            | "after"
            | "before"
            | "since"
            | "if"
            | "but"
            | "although"
            | "though"
            | "saying"
            | "arguing"
            | "even"
            | "until"
    );
    let next = p.word(k + 1);
    let predicate = matches!(w, "and" | "or")
        && p.is_lower(k + 1)
        && (next.ends_with("ed")
            || cue::lookup(next).is_some()
            || claim_verb(next).is_some()
            || is_stance_verb(next)
            || matches!(
                next,
                "is" | "was" | "has" | "had" | "will" | "would" | "then"
            ));
    punct || p.quote(k).is_some() || connector || predicate || when
}

/// A word that opens a phrase of time: a month, a weekday, a year, "early", "late".
fn is_time(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit())
        || matches!(
            lower(w).as_ref(),
            "early"
                | "late"
                | "recent"
                | "january"
                | "february"
                | "march"
                | "april"
                | "may"
                | "june"
                | "july"
                | "august"
                | "september"
                | "october"
                | "november"
                | "december"
                | "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
        )
}
