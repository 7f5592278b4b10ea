//! Candidates: the quotations that are speech and the reported claims, each with its cue and
//! the mention beside it.

pub(crate) mod quote_cue;
pub(crate) mod quotes;
pub(crate) mod reported;
pub(crate) mod titles;
