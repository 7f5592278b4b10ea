//! The text layer: paragraphs, sentences, quotation marks, words and date expressions.
//!
//! The grammar rules are written with nom (the hottest ones, run at every terminal or mark,
//! as byte loops that give what nom's would: `bytes`), and nom stops here: callers get plain
//! spans (`Span`, `Sentence`, `Quote`, `Token`, `TimeExpr`) and never see nom's types.

mod abbrev;
mod bytes;
pub(crate) mod date;
pub mod layout;
mod list;
pub mod quote;
pub mod sentence;
pub mod token;

use crate::model::Span;
pub use quote::{Marks, Quote};
pub use sentence::Sentence;
pub use token::{MAX_BODY, Token, TokenKind};

/// The text layer's view of one article body.
#[derive(Debug, Clone, Default)]
pub struct Parsed {
    /// Paragraphs, trimmed: the non-blank lines, or runs of lines in hard-wrapped text.
    pub paragraphs: Vec<Span>,
    /// Sentences in order; they tile the body up to whitespace.
    pub sentences: Vec<Sentence>,
    /// Quotations (and pieces of quotations over several paragraphs), by start.
    pub quotes: Vec<Quote>,
}

impl Parsed {
    /// The tokens of paragraph `para`, each quotation that opens in it (not nested) one token.
    pub fn paragraph_tokens(&self, text: &str, para: Span) -> Vec<Token> {
        let quotes: Vec<_> = self
            .quotes
            .iter()
            .copied()
            .enumerate()
            .filter(|(_, q)| !q.nested && para.contains(q.span))
            .collect();
        token::tokenize(text, para, &quotes)
    }

    /// [`Parsed::paragraph_tokens`] of every paragraph, in order. Each quotation is handed to
    /// the one paragraph that can hold it (paragraphs are in order and disjoint), so this is
    /// linear in the number of quotations, not their number times the paragraphs'.
    pub fn tokens_by_paragraph(&self, text: &str) -> Vec<Vec<Token>> {
        let mut quotes: Vec<Vec<(usize, Quote)>> = vec![Vec::new(); self.paragraphs.len()];
        for (i, q) in self.quotes.iter().enumerate().filter(|(_, q)| !q.nested) {
            let at = self.paragraphs.partition_point(|p| p.start <= q.span.start);
            let held = at.checked_sub(1).and_then(|pi| {
                let para = self.paragraphs[pi];
                para.contains(q.span).then_some(pi)
            });
            if let Some(pi) = held {
                quotes[pi].push((i, *q));
            }
        }
        self.paragraphs
            .iter()
            .zip(&quotes)
            .map(|(para, quotes)| {
                let mut tokens = token::tokenize(text, *para, quotes);
                tokens.shrink_to_fit();
                tokens
            })
            .collect()
    }
}

/// Offsets into the body (found once for the whole body) that fall inside one paragraph, and
/// the paragraph's start.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Inside<'p> {
    pub(crate) at: &'p [usize],
    pub(crate) base: usize,
}

impl Inside<'_> {
    /// The offsets, relative to the paragraph.
    pub(crate) fn relative(self) -> impl Iterator<Item = usize> {
        self.at.iter().map(move |&k| k - self.base)
    }
}

/// The offsets in `rest` (in order) that fall inside `span`, with `rest` moved past them.
/// Spans must come in order; a linear walk, so each offset is looked at about once.
pub(crate) fn take_inside<'p>(rest: &mut &'p [usize], span: Span) -> Inside<'p> {
    let skip = rest.iter().take_while(|&&k| k < span.start).count();
    let from = &rest[skip..];
    let n = from.iter().take_while(|&&k| k < span.end).count();
    *rest = &from[n..];
    Inside {
        at: &from[..n],
        base: span.start,
    }
}

/// Splits a body into paragraphs and sentences and finds its quotations.
pub fn parse(text: &str) -> Parsed {
    let paragraphs = sentence::split_paragraphs(text);
    let sentences = sentence::sentences_of(text, &paragraphs);
    let quotes = quote::find_quotes(text, &paragraphs);
    Parsed {
        paragraphs,
        sentences,
        quotes,
    }
}
