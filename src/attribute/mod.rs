//! Attribution: from the text layer to statements with speaker, cue and date.
//!
//! Pure functions, no IO, no clock. `attribute` runs the stages in order:
//! 1. `Doc::new` (`doc.rs`): tokens per paragraph (quotations as single tokens) and the
//!    article's cast of people (`cast.rs`);
//! 2. candidates (`candidate/`): the quotations that are speech and the reported claims, each
//!    with its cue and the mention beside it;
//! 3. speakers (`speaker/`): which mention speaks and who it is;
//! 4. learn: speakers named only where they speak join the cast, and stages 2–3 run again;
//! 5. dates (`dating.rs`): the day each statement was made.

mod candidate;
mod cast;
mod cue;
mod dating;
mod doc;
mod lexicon;
mod mention;
mod para;
mod speaker;

use chrono::NaiveDate;

use crate::model::{SpeakerKind, Statement};
use crate::parse::Parsed;
use candidate::{quotes, reported};
pub(crate) use doc::Doc;
use speaker::context;

/// Finds every statement in an article body, in text order.
pub(crate) fn attribute(
    text: &str,
    parsed: &Parsed,
    published: Option<NaiveDate>,
) -> Vec<Statement> {
    let mut doc = Doc::new(text, parsed);
    let mut statements = statements(&doc);
    // Speakers named only where they speak ("said Ann Ruiz, 45, a nurse") join the cast, so
    // later pronouns can find them; then attribution runs again with the fuller cast.
    let learned: Vec<String> = statements
        .iter()
        .filter(|s| s.speaker.kind == SpeakerKind::Person && s.speaker.aliases.is_empty())
        // A full name with a lowercase cue: "United" before "States" is no one to learn.
        .filter(|s| {
            s.cue
                .as_ref()
                .is_some_and(|c| !c.text.starts_with(char::is_uppercase))
        })
        .filter_map(|s| s.speaker.name.clone())
        .filter(|name| name.contains(' '))
        .collect();
    if !learned.is_empty() {
        doc.build_cast(&learned);
        statements = self::statements(&doc);
    }
    dating::date_statements(&doc, &mut statements, published);
    statements
}

/// Candidates, then speakers: direct and reported statements in text order, without dates.
fn statements(doc: &Doc) -> Vec<Statement> {
    let quotes = quotes::find(doc);
    let mut out: Vec<Statement> = quotes.iter().map(|c| speaker::attribute(doc, c)).collect();
    let claims = reported::find(doc, &out);
    let mut said: Vec<Statement> = claims.iter().map(|c| speaker::attribute(doc, c)).collect();
    reported::end_at_quotes(doc, &mut said, &out);
    out.extend(said);
    out.sort_by_key(|s| (s.span.start, s.span.end));
    context::carry_pronouns(doc, &mut out);
    let unclaimed: Vec<Statement> = quotes::unclaimed(doc, &out)
        .iter()
        .map(|u| speaker::unclaimed::attribute(doc, u, &out))
        .collect();
    out.extend(unclaimed);
    out.sort_by_key(|s| (s.span.start, s.span.end));
    out
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
