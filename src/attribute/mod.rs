//! Attribution: from the text layer to dated statements with speaker and cue.
//!
//! Pure functions, no IO, no clock. `attribute` runs the stages in order, each its own module
//! with its own output:
//!
//! ```text
//! Parsed ──Doc::new──▶ Doc: tokens per paragraph, the cast of people          doc.rs, cast.rs
//!   ──candidate::quotes::find──▶ Vec<Candidate>: quotations, cue, mention, FoundBy
//!   ──speaker::attribute──▶ Vec<Attributed>: speaker chosen, SpeakerRule (not yet dated)
//!   ──candidate::reported::find──▶ Vec<Candidate>: claims outside those quotations
//!   ──speaker::attribute, reported::end_at_quotes──▶ Vec<Attributed>
//!   ──speaker::context::carry_pronouns──▶ pronouns the cast left open, from context
//!   ──candidate::quotes::unclaimed──▶ Vec<Unclaimed> ──speaker::unclaimed──▶ Vec<Attributed>
//!   ──candidate::nested──▶ speech inside reported speech; "As the Tribune reports," as reporter
//!   ──candidate::claims::find──▶ Vec<Attributed>: beliefs, intentions, findings, polls
//!   ──candidate::fragments::find──▶ quoted words left over, as their clause's subject's
//!   ──learn (Doc::learn): new full-name speakers join the cast; the above runs once more
//!   ──dating::date_statements──▶ Vec<Statement>: each with its said_on
//! ```
//!
//! Reported claims are found after the quotations' speakers are known because a claim never
//! covers a claimed quotation and ends where another speaker's quotation begins.

mod candidate;
mod cast;
mod cue;
mod dating;
mod doc;
mod lexicon;
mod mention;
mod para;
mod span_index;
mod speaker;

use chrono::NaiveDate;

use crate::model::{SpeakerKind, SpeakerStep, Statement};
use crate::parse::Parsed;
use candidate::{claims, fragments, nested, quotes, reported};
pub(crate) use doc::Doc;
use speaker::trace::Trace;
use speaker::{Attributed, context};

/// Finds every statement in an article body, in text order: the stages of this module's doc.
pub(crate) fn attribute(
    text: &str,
    parsed: &Parsed,
    published: Option<NaiveDate>,
) -> Vec<Statement> {
    run(Doc::new(text, parsed), published).0
}

/// `attribute`, with the speaker trace (`speaker/trace.rs`): every speaker decision of the
/// final pass, the rule, the rules passed over and the candidates weighed.
pub(crate) fn attribute_traced(
    text: &str,
    parsed: &Parsed,
    published: Option<NaiveDate>,
) -> (Vec<Statement>, Vec<SpeakerStep>) {
    let mut doc = Doc::new(text, parsed);
    doc.trace = Some(Trace::default());
    let (statements, trace) = run(doc, published);
    (statements, trace.map(Trace::into_steps).unwrap_or_default())
}

/// The stages, on a `Doc` that may carry a trace; the trace is handed back.
fn run(mut doc: Doc, published: Option<NaiveDate>) -> (Vec<Statement>, Option<Trace>) {
    let mut statements = statements(&doc);
    // Learn: speakers named only where they speak ("said Ann Ruiz, 45, a nurse") join the
    // cast, so later pronouns can find them; then candidates and speakers run again.
    let learned = learned_speakers(&statements);
    if !learned.is_empty() {
        // The first pass's statements go before the second pass runs: two at once doubled
        // the peak memory of a long article.
        drop(std::mem::take(&mut statements));
        doc.learn(&learned);
        statements = self::statements(&doc);
    }
    // Dating reads the text, sentences, quotations and cast, not the tokens: a long article's
    // tokens (and its lowercase copy) go before the statements are dated.
    doc.tokens = Vec::new();
    doc.drop_lower();
    let dated = dating::date_statements(&doc, statements, published);
    (dated, doc.trace.take())
}

/// Full names of people the cast did not know (a new name, so no aliases) that a lowercase
/// cue showed to speak: "United" before "States" is no one to learn. Only speech teaches: the
/// claims beyond speech do not change who is in the cast.
fn learned_speakers(statements: &[Attributed]) -> Vec<String> {
    statements
        .iter()
        .filter(|s| s.kind.is_speech())
        .filter(|s| s.speaker.kind == SpeakerKind::Person && s.speaker.aliases.is_empty())
        .filter(|s| {
            s.cue
                .as_ref()
                .is_some_and(|c| !c.text.starts_with(char::is_uppercase))
        })
        .filter_map(|s| s.speaker.name.clone())
        .filter(|name| name.contains(' '))
        .collect()
}

/// Candidates, then speakers: direct and reported statements in text order, without dates.
fn statements(doc: &Doc) -> Vec<Attributed> {
    speaker::trace::restart(doc);
    // Each list of candidates is dropped once attributed, so a long article's candidates and
    // statements are not all in memory at once.
    let mut out = attributed(doc, quotes::find(doc));
    let mut said = attributed(doc, reported::find(doc, &out));
    reported::end_at_quotes(doc, &mut said, &out);
    claims::retype_sources(&mut said);
    let inner = nested::inner_statements(doc, &said);
    out.extend(said);
    out.extend(inner);
    in_text_order(&mut out);
    context::carry_pronouns(doc, &mut out);
    let unclaimed: Vec<Attributed> = quotes::unclaimed(doc, &out)
        .iter()
        .map(|u| speaker::unclaimed::attribute(doc, u, &out))
        .collect();
    out.extend(unclaimed);
    in_text_order(&mut out);
    nested::as_reported(doc, &mut out);
    // Claims beyond speech last: they never cover speech, and speech never depends on them.
    let beyond = claims::find(doc, &out);
    out.extend(beyond);
    in_text_order(&mut out);
    let clauses = fragments::find(doc, &out);
    out.extend(clauses);
    in_text_order(&mut out);
    out
}

/// Each candidate with its speaker.
fn attributed(doc: &Doc, candidates: Vec<candidate::Candidate>) -> Vec<Attributed> {
    candidates
        .iter()
        .map(|c| speaker::attribute(doc, c))
        .collect()
}

/// Sorts statements by span, keeping the order of equal spans (a stable sort). By cached key:
/// the sort then moves (key, index) pairs, not statements, so its scratch space is a small
/// fraction of the list's, where `sort_by_key` took half the list again.
fn in_text_order(statements: &mut [Attributed]) {
    statements.sort_by_cached_key(|s| (s.span.start, s.span.end));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FoundBy, SpeakerRule};

    /// Each statement's text with the rules that found it and chose its speaker.
    fn why(text: &str) -> Vec<(String, FoundBy, SpeakerRule)> {
        let parsed = crate::parse::parse(text);
        attribute(text, &parsed, None)
            .into_iter()
            .map(|s| (s.text, s.why.found_by, s.why.speaker_by))
            .collect()
    }

    #[test]
    fn the_speaker_trace_changes_no_statement() {
        let text = "Mayor Ann Ruiz spoke on Monday. Her deputy, Tom Ruiz, agreed.\n\
                    “The bridge opens in May,” Ruiz said. She said the budget would hold.\n\
                    “Nobody will be stranded,” the deputy said. “It is done.”";
        let parsed = crate::parse::parse(text);
        let plain = attribute(text, &parsed, None);
        let (traced, steps) = attribute_traced(text, &parsed, None);
        assert_eq!(plain, traced);
        for s in &plain {
            let step = steps.iter().rfind(|t| t.start == s.span.start);
            assert_eq!(step.map(|t| t.rule), Some(s.why.speaker_by), "{}", s.text);
        }
    }

    #[test]
    fn statements_record_the_pattern_and_the_speaker_rule() {
        let found = why(
            "Mayor Ann Ruiz spoke on Monday. “The bridge opens in May,” Ruiz said.\n\
             She also said the budget would hold.",
        );
        assert_eq!(
            found,
            vec![
                (
                    "“The bridge opens in May,”".to_string(),
                    FoundBy::QuoteCueAfter,
                    SpeakerRule::CastName
                ),
                (
                    "the budget would hold".to_string(),
                    FoundBy::ReportedVerb,
                    SpeakerRule::PronounAntecedent
                ),
            ]
        );
    }

    #[test]
    fn an_unclaimed_quotation_records_the_sieve_step_that_named_its_speaker() {
        let found = why(
            "“The water is safe to drink,” said Tom Vale, the plant manager.\n\
             At the gate, his message to residents was that “nobody will need bottled water after this week.”",
        );
        let last = found.last().expect("a statement");
        assert_eq!(
            (last.1, last.2),
            (FoundBy::QuoteUnclaimed, SpeakerRule::PreviousSpeaker),
            "{found:?}"
        );
    }
}
