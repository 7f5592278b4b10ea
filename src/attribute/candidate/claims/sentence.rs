//! The claims beyond speech of one sentence: each verb of belief, intention or finding with
//! its holder and content, "is convinced that …", and a document, study or poll as the subject
//! of a verb of speech ("the report says …").

use super::super::super::cue::{self, Form, Strength};
use super::super::super::lexicon::{self, NOT_CONTENT, PASSIVE, lower};
use super::super::super::mention::{Mention, is_determiner, loose_before};
use super::super::super::para::Para;
use super::super::super::speaker::groups::{bare_group, bare_group_at, relative_clause_head};
use super::super::super::speaker::subject::{
    coordinated_subject, is_between, postmodified_subject, subject_before,
};
use super::super::reported::content::{clause_span, content_start};
use super::super::reported::sentence::base_form_ok;
use super::assessment::{assessment_claim, is_assessment_verb};
use super::respondents::respondents;
use super::source::document_subject;
use super::stance::{is_stance_verb, stance_claim};
use super::verbs::{ClaimVerb, Holds, claim_verb, is_belief_adjective};
use crate::model::{Span, StatementKind};

/// A claim found in a sentence, before it becomes a candidate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Claim {
    /// Belief, intention, finding, poll or stance.
    pub(crate) kind: StatementKind,
    /// The verb ("believes"), or "is convinced".
    pub(crate) cue: Span,
    /// Who or what holds the claim; none for an assessment ("the bill is expected to pass").
    pub(crate) holder: Option<Mention>,
    /// True when the holder is a document, study or poll.
    pub(crate) document: bool,
    /// What is claimed.
    pub(crate) content: Span,
}

/// The claims of the sentence of tokens `[start, end)`.
pub(crate) fn sentence_claims(p: &Para, (start, end): (usize, usize)) -> Vec<Claim> {
    let mut out: Vec<Claim> = Vec::new();
    for k in start..end {
        if !(p.is_lower(k) || k == start && p.is_cap(k)) {
            continue;
        }
        let inside = out.last().is_some_and(|c| c.content.contains(p.span(k, k)));
        let Some(claim) = claim_at(p, start, end, k) else {
            continue;
        };
        if inside {
            // A verb inside the content of the claim before it is part of that content,
            // unless a new subject after "but" holds it ("A, but polls show B").
            let Some(prev) = out.last_mut() else { continue };
            let opens = claim
                .holder
                .as_ref()
                .map_or(claim.content.start, |h| h.span.start);
            match contrast_start(p, prev.content.start, opens) {
                Some(end) => prev.content.end = end,
                None => continue,
            }
        }
        out.push(claim);
    }
    out
}

/// Where the claim before ends when a new one opens at byte `opens` after a contrast ("…, but
/// polls show"): the end of the word before the connector; `None` when there is no contrast.
fn contrast_start(p: &Para, from: usize, opens: usize) -> Option<usize> {
    let at = p.token_at(opens);
    let connector = at.checked_sub(1)?;
    // "…, and one in five say B": "and" after a comma joins a second claim too.
    let joined = p.word(connector) == "and" && connector > 0 && p.is_punct(connector - 1, ',');
    let contrast = matches!(p.word(connector), "but" | "while" | "whereas" | "yet")
        || p.is_punct(connector, ';')
        || joined;
    let mut end = connector;
    while end > 0 && p.is_any_punct(end - 1) {
        end -= 1;
    }
    let last = end.checked_sub(1)?;
    (contrast && p.toks[last].span().start > from).then(|| p.toks[last].span().end)
}

fn claim_at(p: &Para, start: usize, end: usize, k: usize) -> Option<Claim> {
    let w = p.word(k);
    // "is expected to …" with no holder; "Berg expected that …" is his belief.
    if let Some(c) = is_assessment_verb(w)
        .then(|| assessment_claim(p, (start, end), k))
        .flatten()
    {
        return Some(c);
    }
    if let Some(verb) = claim_verb(w) {
        return verb_claim(p, (start, end), k, verb);
    }
    if is_belief_adjective(w) {
        return adjective_claim(p, (start, end), k);
    }
    if is_stance_verb(w) {
        return stance_claim(p, (start, end), k);
    }
    // "the documents say", "the lawsuit claims": a form that is no noun ("the FBI's email
    // set-up", "reports"), after its subject.
    let speech = cue::lookup(w).is_some_and(|c| {
        c.strength == Strength::Speech
            && p.is_lower(k)
            && !lexicon::is_noun_like(w)
            && match c.form {
                Form::Past | Form::Present => true,
                Form::Base => c.lemma == "say",
                Form::Gerund => false,
            }
    });
    if speech {
        return document_speech(p, (start, end), k);
    }
    None
}

/// "the lawsuit claims …", "the poll said …": words of speech whose subject is a document;
/// "47% say …": a poll's respondents.
fn document_speech(p: &Para, (start, end): (usize, usize), v: usize) -> Option<Claim> {
    let (holder, poll, document) = match document_subject(p, start, v) {
        Some((holder, poll)) => (holder, poll, true),
        // Respondents only say ("47% say"): "two-thirds of the pages of emails" is no verb.
        None if cue::lookup(p.word(v)).is_some_and(|c| c.lemma == "say") => {
            (respondents(p, start, v)?, true, false)
        }
        None => return None,
    };
    let from = content_start(p, v, end)?;
    Some(Claim {
        kind: source_kind(poll),
        cue: p.span(v, v),
        holder: Some(holder),
        document,
        content: clause_span(p, from, end)?,
    })
}

/// The claim of a verb of belief, intention or finding at token `v`.
fn verb_claim(p: &Para, (start, end): (usize, usize), v: usize, verb: ClaimVerb) -> Option<Claim> {
    if verb.form == Form::Gerund {
        return None;
    }
    if let Some((holder, poll)) = document_subject(p, start, v) {
        // "polls show" (a plural's present), never "to put him …".
        let bare = verb.form == Form::Base && !is_plural(holder.head.as_deref().unwrap_or(""));
        let infinitive = p.word(v - 1) == "to";
        if !matches!(verb.holds, Holds::Finding | Holds::Evidence) || bare || infinitive {
            return None;
        }
        let from = after_that(p, v, end).unwrap_or(v + 1);
        return Some(Claim {
            kind: source_kind(poll),
            cue: p.span(v, v),
            holder: Some(holder),
            document: true,
            content: clause_span(p, from, end)?,
        });
    }
    if verb.holds == Holds::Evidence {
        return None;
    }
    if passive(p, start, v) {
        // "repairs are expected to cost …": no one holds it.
        return None;
    }
    let holder = holder_before(p, start, v)?;
    if verb.form == Form::Base && !base_form_ok(p, start, v, &holder) && !plural_phrase(p, &holder)
    {
        return None;
    }
    // "Cost estimates that …": a plural noun, not a verb after a name.
    let opener =
        holder.span.start == p.toks[start].span().start && !holder.span.slice(p.text).contains(' ');
    if lexicon::is_noun_like(p.word(v)) && opener {
        return None;
    }
    let (kind, from) = match verb.holds {
        Holds::Intention => (
            StatementKind::Intention,
            infinitive(p, v, end).or_else(|| wanted(p, v, verb))?,
        ),
        Holds::Finding => (StatementKind::Finding, after_that(p, v, end)?),
        _ => match infinitive(p, v, end).filter(|_| verb.to_intention) {
            Some(from) => (StatementKind::Intention, from),
            None => (StatementKind::Belief, belief_content(p, v, end, verb)?),
        },
    };
    if kind == StatementKind::Intention && !held_intention(p, start, v, &holder) {
        return None;
    }
    Some(Claim {
        kind,
        cue: p.span(v, v),
        holder: Some(holder),
        document: false,
        content: clause_span(p, from, end)?,
    })
}

/// False for an intention no one is said to hold: advice ("may want to check") or a
/// condition ("if you want to …"). Restrictive relatives and relative clauses about a noun
/// ("voters who plan to attend", "the points he hopes to see") are kept: PolNeAR's annotators
/// count them as often as not.
fn held_intention(p: &Para, start: usize, v: usize, holder: &Mention) -> bool {
    let modal = (start..v).rev().take(3).any(|k| {
        matches!(
            lower(p.word(k)).as_ref(),
            "may" | "might" | "could" | "should" | "would"
        )
    });
    let at = p.token_at(holder.span.start);
    let conditional = at > start && matches!(lower(p.word(at - 1)).as_ref(), "if" | "unless");
    !(modal || conditional)
}

/// "X is convinced that …", "they were increasingly worried that …".
fn adjective_claim(p: &Para, (start, end): (usize, usize), a: usize) -> Option<Claim> {
    if p.word(a + 1) != "that" {
        return None;
    }
    let mut be = a.checked_sub(1)?;
    while be > start && is_between(p, be) {
        be -= 1;
    }
    if be < start || !is_be(p.word(be)) {
        return None;
    }
    let holder = holder_before(p, start, be)?;
    Some(Claim {
        kind: StatementKind::Belief,
        cue: p.span(be, a),
        holder: Some(holder),
        document: false,
        content: clause_span(p, a + 2, end)?,
    })
}

fn is_be(w: &str) -> bool {
    matches!(
        lower(w).as_ref(),
        "is" | "are"
            | "was"
            | "were"
            | "am"
            | "be"
            | "been"
            | "remains"
            | "remained"
            | "seems"
            | "seemed"
            | "became"
            | "becomes"
    )
}

/// The person or group before the verb at token `v` that holds the claim.
pub(super) fn holder_before(p: &Para, start: usize, v: usize) -> Option<Mention> {
    relative_clause_head(p, start, v)
        .or_else(|| subject_before(p, v, start))
        .or_else(|| coordinated_subject(p, start, v))
        .or_else(|| bare_group(p, start, v))
        .or_else(|| postmodified_subject(p, start, v))
        .or_else(|| group_right_before(p, start, v))
        .filter(|m| m.span.end <= p.toks[v].span().start)
}

/// "Dock workers want …", "many anglers believe …": a plural or determiner-led phrase right
/// before the verb (past "also", "still"), which `bare_group` keeps to verbs of saying.
fn group_right_before(p: &Para, start: usize, v: usize) -> Option<Mention> {
    let mut last = v.checked_sub(1)?;
    while last > start && is_between(p, last) {
        last -= 1;
    }
    if last < start {
        return None;
    }
    bare_group_at(p, start, last).or_else(|| {
        loose_before(p, last)
            .filter(|(_, first)| *first >= start)
            .map(|(m, _)| m)
    })
}

/// True when a form of "be" or "get" stands before the verb at `v` (past "also", "widely").
pub(super) fn passive(p: &Para, start: usize, v: usize) -> bool {
    let mut k = v;
    while k > start && is_between(p, k - 1) {
        k -= 1;
    }
    k > start && PASSIVE.contains(lower(p.word(k - 1)).as_ref())
}

/// "many fishermen", "most residents": a phrase a plural determiner opens.
pub(super) fn plural_phrase(p: &Para, m: &Mention) -> bool {
    let first = p.word(p.token_at(m.span.start));
    matches!(
        lower(first).as_ref(),
        "many" | "some" | "most" | "few" | "several" | "all" | "both" | "these" | "those" | "other"
    )
}

/// A plural head noun ("polls", "data", "figures"): its verb's present is the base form.
fn is_plural(head: &str) -> bool {
    head.ends_with('s') || matches!(head, "data" | "polling" | "research" | "evidence")
}

fn source_kind(poll: bool) -> StatementKind {
    if poll {
        StatementKind::Poll
    } else {
        StatementKind::Finding
    }
}

/// The token after the "that" that opens the content soon after the verb at `v` (past a
/// parenthesis set off by commas: "believes, for example, that …").
fn after_that(p: &Para, v: usize, end: usize) -> Option<usize> {
    let mut k = v + 1;
    if p.is_punct(k, ',') {
        k = (k + 1..(k + 7).min(end)).find(|&j| p.is_punct(j, ','))? + 1;
    }
    (p.word(k) == "that").then_some(k + 1)
}

/// "plans to …", "hopes not to …": the content opens at "to" (or "not").
fn infinitive(p: &Para, v: usize, end: usize) -> Option<usize> {
    let to = if p.word(v + 1) == "not" { v + 2 } else { v + 1 };
    (to + 1 < end && p.word(to) == "to" && p.is_lower(to + 1)).then_some(v + 1)
}

/// "They want those things now", "voters want him to leave": what the verbs marked
/// "intention+object" want, a phrase opening with a determiner or a pronoun.
fn wanted(p: &Para, v: usize, verb: ClaimVerb) -> Option<usize> {
    let w = p.word(v + 1);
    let object = is_determiner(w) || matches!(w, "him" | "her" | "them" | "us" | "me" | "it");
    (verb.takes_object && object && p.is_lower(v + 1)).then_some(v + 1)
}

/// Where a belief's content opens: after "that", or (for the verbs that allow it) at a clause
/// of four words or more opening with its subject ("thinks the plan will fail").
fn belief_content(p: &Para, v: usize, end: usize, verb: ClaimVerb) -> Option<usize> {
    if let Some(from) = after_that(p, v, end) {
        return Some(from);
    }
    let k = v + 1;
    let w = p.word(k);
    if !verb.bare_clause || NOT_CONTENT.contains(w) || matches!(w, "so" | "not" | "of" | "about") {
        return None;
    }
    let subject = lexicon::is_pronoun(w) || is_determiner(w) || p.is_cap(k) || w == "if";
    let words = (k..end).filter(|&j| !p.is_any_punct(j)).count();
    (subject && words >= 4).then_some(k)
}
