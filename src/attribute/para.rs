//! A paragraph's tokens with the body they index: the view every pattern reads.

use super::lexicon;
use crate::model::Span;
use crate::parse::{Token, TokenKind};

/// A paragraph's tokens with the body they index.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Para<'a> {
    /// The article body.
    pub text: &'a str,
    /// The paragraph's tokens.
    pub toks: &'a [Token],
}

impl<'a> Para<'a> {
    /// The text of token `i` ("" past the end or for a quotation).
    pub fn word(&self, i: usize) -> &'a str {
        match self.toks.get(i) {
            Some(t) if !matches!(t.kind(), TokenKind::Quote(_)) => t.span().slice(self.text),
            _ => "",
        }
    }

    /// True when token `i` is the punctuation `c`.
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind() == TokenKind::Punct)
            && self.word(i).starts_with(c)
    }

    /// True when token `i` is any punctuation.
    pub fn is_any_punct(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind() == TokenKind::Punct)
    }

    /// True when token `i` is a word starting with a capital letter.
    pub fn is_cap(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind() == TokenKind::Word)
            && self.word(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// True when token `i` is a word starting with a lowercase letter.
    pub fn is_lower(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind() == TokenKind::Word)
            && self.word(i).chars().next().is_some_and(char::is_lowercase)
    }

    /// The quotation index of token `i`, if it is one.
    pub fn quote(&self, i: usize) -> Option<usize> {
        match self.toks.get(i)?.kind() {
            TokenKind::Quote(q) => Some(q),
            _ => None,
        }
    }

    /// True when at least `min` words of four letters or more stand in the paragraph and 70% of
    /// them are capitalised: a line in title case ("Sanders Says He Will Stay In The Race").
    pub fn is_title_case(&self, min: usize) -> bool {
        let long: Vec<usize> = (0..self.toks.len())
            .filter(|&k| self.word(k).chars().count() > 3)
            .collect();
        let caps = long.iter().filter(|&&k| self.is_cap(k)).count();
        long.len() >= min && caps * 10 >= long.len() * 7
    }

    /// The index of the first token starting at or after byte `at`.
    pub(crate) fn token_at(&self, at: usize) -> usize {
        self.toks.partition_point(|t| t.span().start < at)
    }

    /// True when token `k` stands right after a preposition, whose object is spoken to or
    /// about rather than speaking ("a pitch to New York voters saying …", "on Facebook
    /// writing …"). Not "with": "an ad with a voice over saying …" is the voice's.
    pub(crate) fn after_preposition(&self, k: usize) -> bool {
        let w = k.checked_sub(1).map_or("", |b| self.word(b));
        w != "with" && (lexicon::is_preposition(w) || matches!(w, "among" | "toward" | "about"))
    }

    /// True when token `k` ends a sentence: ".", "?" or "!".
    pub(crate) fn ends_sentence(&self, k: usize) -> bool {
        self.is_punct(k, '.') || self.is_punct(k, '?') || self.is_punct(k, '!')
    }

    /// True when token `k` ends a sentence or a clause: ".", "?", "!" or ";".
    pub(crate) fn ends_clause(&self, k: usize) -> bool {
        self.ends_sentence(k) || self.is_punct(k, ';')
    }

    /// Span from the start of token `a` to the end of token `b` (inclusive).
    pub fn span(&self, a: usize, b: usize) -> Span {
        match (self.toks.get(a), self.toks.get(b)) {
            (Some(x), Some(y)) => Span::new(x.span().start, y.span().end),
            _ => Span::default(),
        }
    }
}
