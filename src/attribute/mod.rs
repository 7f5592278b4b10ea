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

/// Direct and reported statements in text order, without dates.
fn statements(doc: &Doc) -> Vec<Statement> {
    let attributions = quotes::find_direct(doc);
    let mut out = quotes::direct_statements(doc, &attributions);
    out.extend(reported::find(doc, &out));
    out.sort_by_key(|s| (s.span.start, s.span.end));
    context::carry_pronouns(doc, &mut out);
    let unclaimed = quotes::unclaimed_quotes(doc, &out);
    out.extend(unclaimed);
    out.sort_by_key(|s| (s.span.start, s.span.end));
    out
}
