//! whosaid: who said what, and when, in the news.
//!
//! The pipeline, one stage per module:
//!
//! ```text
//! article text ──article──▶ Article
//!   ──parse (nom)──▶ paragraphs, sentences, quotation spans, tokens      src/parse/
//!   ──attribute──▶ statements: cue, speaker, kind, date                  src/attribute/
//!   ──people──▶ one person, one row, across articles                     src/people.rs
//!   ──store──▶ SQLite (schema.sql)                                       src/store/
//!   ──export──▶ person timeline, CSV, JSON Lines                         src/export.rs
//! ```
//!
//! Where to look: a quote is detected in `parse/quote.rs` and claimed as speech in
//! `attribute/direct.rs`; a speaker is chosen in `attribute/resolve.rs`; a date is resolved in
//! `attribute/dating.rs` with the grammar in `parse/date.rs`.
#![deny(missing_docs)]

pub mod article;
pub mod attribute;
pub mod cli;
pub mod error;
pub mod export;
pub mod extract;
pub mod html;
pub mod model;
pub mod parse;
pub mod people;
pub mod store;
pub mod timeline_page;

pub use article::Article;
pub use error::{Error, Result};
pub use model::{Statement, StatementKind};
