//! Assessments: what is expected with no one named who expects it ("the bill is expected to
//! pass", "repairs are widely expected to cost more"). The content is the whole clause, its
//! subject included; the holder is left unknown (the writer, or whoever expects it).
//!
//! "Seems" and "appears" ("the campaign seems stalled") read the same way were right only 65%
//! of the time on PolNeAR train (their annotators end such clauses early and often give them a
//! holder), so they are left out.

use super::super::super::lexicon::lower;
use super::super::super::para::Para;
use super::super::reported::content::clause_span;
use super::sentence::Claim;
use crate::model::StatementKind;

/// True for the verb an assessment turns on ("expected").
pub(crate) fn is_assessment_verb(word: &str) -> bool {
    matches!(word, "expected")
}

/// The assessment of the verb at token `v` in the sentence of tokens `[start, end)`.
pub(crate) fn assessment_claim(p: &Para, (start, end): (usize, usize), v: usize) -> Option<Claim> {
    // "is expected to", "are widely expected to": a passive with its infinitive.
    let at = be_before(p, start, v)?;
    if !(p.word(v) == "expected" && p.word(v + 1) == "to" && p.is_lower(v + 2)) {
        return None;
    }
    let from = clause_start(p, start, at)?;
    // "you are expected to sign in": an instruction, not an assessment.
    if matches!(
        lower(p.word(from)).as_ref(),
        "it" | "you" | "i" | "we" | "there"
    ) {
        return None;
    }
    Some(Claim {
        kind: StatementKind::Assessment,
        cue: p.span(at, v),
        holder: None,
        document: false,
        content: clause_span(p, from, clause_end(p, v, end))?,
    })
}

/// Where the clause of the verb at `v` ends: at a clause break or a connector that opens
/// another clause ("…, as he dictated terms", "… so stark that it prompted …" is kept).
fn clause_end(p: &Para, v: usize, end: usize) -> usize {
    (v + 2..end)
        .find(|&k| {
            let punct = p.is_any_punct(k) && !p.is_punct(k, '-') && !p.is_punct(k, '’');
            // "expected to cost more than …", "… to decide what …" go on.
            let w = lower(p.word(k));
            punct
                || p.quote(k).is_some()
                || is_connector(&w) && !matches!(w.as_ref(), "than" | "what")
        })
        .unwrap_or(end)
}

fn is_connector(w: &str) -> bool {
    matches!(
        w,
        "and"
            | "but"
            | "because"
            | "while"
            | "when"
            | "although"
            | "though"
            | "since"
            | "if"
            | "as"
            | "so"
            | "however"
            | "whether"
            | "where"
            | "after"
            | "before"
            | "until"
            | "than"
            | "what"
            | "despite"
            | "even"
    )
}

/// The form of "be" before the participle at `v` (past "widely", "also", "not").
fn be_before(p: &Para, start: usize, v: usize) -> Option<usize> {
    let mut k = v.checked_sub(1)?;
    while k > start
        && matches!(
            p.word(k),
            "widely" | "also" | "not" | "still" | "now" | "largely"
        )
    {
        k -= 1;
    }
    let be = matches!(
        lower(p.word(k)).as_ref(),
        "is" | "are" | "was" | "were" | "been" | "be" | "’s" | "'s"
    );
    (be && k >= start).then_some(k)
}

/// The first token of the clause the verb at `at` belongs to: after the sentence start, a
/// clause break or a connector; a relative pronoun opening it is kept ("which is expected
/// to …"). None when no subject stands between.
fn clause_start(p: &Para, start: usize, at: usize) -> Option<usize> {
    let mut k = at;
    while k > start {
        let w = lower(p.word(k - 1));
        if p.is_any_punct(k - 1) && !p.is_punct(k - 1, '’') || p.quote(k - 1).is_some() {
            break;
        }
        if is_connector(&w) || w == "that" {
            break;
        }
        k -= 1;
        if matches!(w.as_ref(), "who" | "which") {
            break;
        }
    }
    (k < at).then_some(k)
}
