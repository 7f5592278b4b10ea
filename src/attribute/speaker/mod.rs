//! Speakers: every decision about who said a statement.

pub(crate) mod context;
pub(crate) mod groups;
pub(crate) mod inverted;
pub(crate) mod resolve;
pub(crate) mod subject;
pub(crate) mod unclaimed;
