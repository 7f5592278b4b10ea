//! Speakers: every decision about who said a statement lives here.
//!
//! Like CoreNLP's sieves, small named rules are tried in a fixed order and the first that
//! decides wins; the rule is kept on the statement (`Attributed::why`, `SpeakerRule`).
//!
//! 1. Which mention speaks, beside the cue a candidate pattern found (called by the patterns
//!    in `candidate/`): the subject before the verb (`subject.rs`: past adverbs, appositives,
//!    parentheses, "who", introductory phrases), the phrase after an inverted or passive cue
//!    (`inverted.rs`), or an unnamed group, a relative clause's head or a participle's speaker
//!    (`groups.rs`).
//! 2. Who that mention is (`resolve.rs`, `decide`): transcript capitals, a name in the cast, a
//!    new name, a sentence opener that is no name, a pronoun's antecedent, an organisation, a
//!    role descriptor's person, an anonymous descriptor.
//! 3. Context, for pronouns the cast left unresolved (`context.rs`): an unresolved "he"/"she"
//!    speaks for the latest earlier speaker of that gender (`CarriedPronoun`); "it"/"they"/
//!    "we" for the group that spoke last or was named just before (`GroupPronoun`).
//! 4. Quotations no pattern claimed (`unclaimed.rs`): a later quotation of the sentence, a
//!    verb elsewhere in the sentence, the clause's subject, a dash line, the previous speaker,
//!    else the nameless mention or unknown.
//!
//! `trace.rs` records, only when `whosaid explain` asks, each decision of stages 2–4 with the
//! rules passed over and the candidates weighed.

pub(crate) mod context;
pub(crate) mod groups;
pub(crate) mod inverted;
pub(crate) mod resolve;
pub(crate) mod subject;
pub(crate) mod trace;
pub(crate) mod unclaimed;

use super::candidate::Candidate;
use super::doc::Doc;
use crate::model::{Located, Span, Speaker, SpeakerRule, StatementKind, Why};

/// A statement with its speaker chosen, not yet dated: the speakers stage's output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Attributed {
    /// Direct, mixed or indirect.
    pub(crate) kind: StatementKind,
    /// Where the content is (for direct quotes, including the quotation marks). Its text is
    /// `span.slice(doc.text)`, copied out only when the statement is dated.
    pub(crate) span: Span,
    /// Who said it, as the rules chose.
    pub(crate) speaker: Speaker,
    /// The cue linking speaker and content.
    pub(crate) cue: Option<Located>,
    /// Who reported it, for nested attribution.
    pub(crate) reported_by: Option<String>,
    /// Pieces of one quotation interrupted by its cue share the first piece's start.
    pub(crate) group: Option<usize>,
    /// The pattern that found it and the rule that chose its speaker.
    pub(crate) why: Why,
}

/// The statement of a candidate: its mention resolved to a speaker (rule 2), and the reporter
/// of a nested attribution too. Not yet dated.
pub(crate) fn attribute(doc: &Doc, c: &Candidate) -> Attributed {
    let (speaker, speaker_by) = match &c.mention {
        Some(m) => resolve::decide(doc, m, c.sentence),
        None => (Speaker::unknown(None), SpeakerRule::NoMention),
    };
    let reported_by = c
        .reported_by
        .as_ref()
        .map(|m| resolve::speaker_for(doc, m, c.sentence))
        .and_then(|s| s.name);
    trace::note(doc, c.span.start, &speaker, speaker_by, &[]);
    Attributed {
        kind: c.kind,
        span: c.span,
        speaker,
        cue: c.cue.map(|cue| Located::from_span(doc.text, cue)),
        reported_by,
        group: c.group,
        why: Why {
            found_by: c.found_by,
            speaker_by,
        },
    }
}
