//! whosaid: who said what, and when, in the news.
//!
//! The pipeline, one stage per module (`extract::extract` runs parse through dating for one
//! article):
//!
//! ```text
//! input file ──article──▶ Article                                      src/article.rs
//!   ──parse (nom)──▶ Parsed: paragraphs, sentences, quotation spans     src/parse/
//!   ──Doc::new──▶ tokens per paragraph, the article's cast of people    src/attribute/doc.rs, cast.rs
//!   ──candidates──▶ Candidate: quotation or claim, cue, mention, rule  src/attribute/candidate/
//!   ──speakers──▶ Attributed: speaker chosen, with its SpeakerRule     src/attribute/speaker/
//!   ──dating──▶ Statement with said_on                                 src/attribute/dating.rs
//!   ──people──▶ one person, one row, across articles                    src/people.rs
//!   ──store──▶ SQLite (schema.sql)                                      src/store/
//!   ──export──▶ person timeline, CSV, JSON Lines                        src/export.rs
//! ```
//!
//! Where to look:
//! - a quotation is found in `parse/quote.rs` and claimed as speech in
//!   `attribute/candidate/quotes.rs` (its patterns in `candidate/quote_cue.rs`); reported speech
//!   is found in `attribute/candidate/reported/`;
//! - a speaker is chosen in `attribute/speaker/`: which phrase speaks (`subject.rs`,
//!   `inverted.rs`, `groups.rs`), who it is (`resolve.rs`), from context (`context.rs`), and for
//!   quotations no pattern claimed (`unclaimed.rs`), in the order `speaker/mod.rs` lists;
//! - a date is resolved in `attribute/dating.rs`, with the grammar in `parse/date/`;
//! - `extract --with-articles` output is read back (for `import --statements`) in `load.rs`.
//!
//! Each statement keeps the rule that found it and the rule that chose its speaker
//! (`Statement::why`).
#![deny(missing_docs)]
#![warn(clippy::too_many_lines)]

pub mod article;
mod attribute;
pub mod cli;
pub mod error;
pub mod export;
pub mod extract;
pub mod html;
pub mod load;
pub mod model;
pub mod parse;
mod people;
pub mod store;
pub mod timeline_page;

pub use article::Article;
pub use error::{Error, Result};
pub use model::{Statement, StatementKind};
