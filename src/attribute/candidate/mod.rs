//! Candidates: the quotations that are speech and the reported claims, each with its cue, the
//! mention beside it and the pattern that found it (`FoundBy`).
//!
//! - `quotes.rs` runs the quotation patterns (`quote_cue.rs`) on every top-level quotation, in
//!   order: cue after, cue before, loose cue after, colon line, bare attribution; then what a
//!   quotation without a cue inherits (continued piece, follow-on). Titles and scare quotes
//!   (`titles.rs`) are never claimed. Quotations none claims are listed for the unclaimed
//!   speaker rules.
//! - `reported/` finds reported speech without quotation marks, and mixed statements.
//! - `nested.rs` finds speech reported inside reported speech ("X said Y had told Z that …")
//!   and marks the statements an outlet reports ("As the Tribune reports, …").
//! - `fragments.rs` gives quoted words no pattern claimed, inside a subject's clause, the
//!   subject as speaker (a mixed statement of the clause).
//! - `claims/` finds claims beyond speech (beliefs, intentions, findings, polls) where no
//!   speech was found, and retypes "according to the filing" as a finding.
//!
//! Which mention speaks is read by the rules of `speaker/` that the patterns call; who it is
//! is decided later, in `speaker::attribute`.

pub(crate) mod claims;
pub(crate) mod fragments;
pub(crate) mod nested;
pub(crate) mod quote_cue;
pub(crate) mod quotes;
pub(crate) mod reported;
pub(crate) mod titles;

use super::mention::Mention;
use crate::model::{FoundBy, Span, StatementKind};

/// A quotation or claim found, before its speaker is chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Candidate {
    /// Direct, mixed, indirect, or a claim beyond speech.
    pub(crate) kind: StatementKind,
    /// The content (for a quotation, with its marks).
    pub(crate) span: Span,
    /// The cue's words ("said", "according to", "—", ":"), if any.
    pub(crate) cue: Option<Span>,
    /// The mention beside the cue that names the speaker, if any.
    pub(crate) mention: Option<Mention>,
    /// The sentence the mention is resolved in (pronouns look back from it).
    pub(crate) sentence: usize,
    /// The mention of who reported it, for nested attribution ("According to X, Y said …").
    pub(crate) reported_by: Option<Mention>,
    /// Pieces of one quotation interrupted by its cue share the first piece's start.
    pub(crate) group: Option<usize>,
    /// The pattern that found it.
    pub(crate) found_by: FoundBy,
}
