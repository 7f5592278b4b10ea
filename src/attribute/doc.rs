//! The article as the attribution stages see it: the body, its text layer, the tokens of each
//! paragraph (a quotation is one token) and the cast of people it names.
//!
//! `Doc::new` builds the cast once; `Doc::learn` rebuilds it with the speakers a first
//! attribution pass found (the "learn" stage of `attribute/mod.rs`).

use std::cell::OnceCell;

use super::cast::{self, Cast};
use super::para::Para;
use super::speaker::trace::Trace;
use crate::parse::{Marks, Parsed, Token};

/// One article's text with everything the attribution stages share.
#[derive(Debug)]
pub(crate) struct Doc<'a> {
    /// The article body.
    pub text: &'a str,
    /// Paragraphs, sentences and quotations.
    pub parsed: &'a Parsed,
    /// Tokens of each paragraph.
    pub tokens: Vec<Vec<Token>>,
    /// The people the article names.
    pub cast: Cast,
    /// The body in ASCII lowercase (same byte offsets), made on the first case-blind phrase
    /// search such as an organisation's descriptor ("the Nordic space agency"): `lower()`.
    lower: OnceCell<String>,
    /// True when single marks are the article's main quotation marks (British house style):
    /// more top-level quotations open with ‘ or ' than with double marks.
    pub single_style: bool,
    /// The speaker trace, when `whosaid explain` asked for one (`speaker/trace.rs`).
    pub trace: Option<Trace>,
    sentence_starts: Vec<usize>,
}

impl<'a> Doc<'a> {
    /// Tokenizes the article and collects its cast.
    pub fn new(text: &'a str, parsed: &'a Parsed) -> Doc<'a> {
        let tokens = parsed.tokens_by_paragraph(text);
        let sentence_starts = parsed.sentences.iter().map(|s| s.span.start).collect();
        let top = parsed.quotes.iter().filter(|q| !q.nested);
        let single = top.clone().filter(|q| q.marks == Marks::Single).count();
        let single_style = single * 2 > top.count();
        let mut doc = Doc {
            text,
            parsed,
            tokens,
            cast: Cast::default(),
            lower: OnceCell::new(),
            single_style,
            trace: None,
            sentence_starts,
        };
        doc.learn(&[]);
        doc
    }

    /// The body in ASCII lowercase, same byte offsets (made on first use: an article without
    /// a case-blind phrase search never holds a second copy of its text).
    pub fn lower(&self) -> &str {
        self.lower.get_or_init(|| self.text.to_ascii_lowercase())
    }

    /// Drops the lowercase body (made again if asked for).
    pub fn drop_lower(&mut self) {
        self.lower = OnceCell::new();
    }

    /// Index of the sentence containing byte `pos`.
    pub fn sentence_of(&self, pos: usize) -> usize {
        self.sentence_starts
            .partition_point(|&s| s <= pos)
            .saturating_sub(1)
    }

    /// The paragraph `i` as a token view.
    pub fn para(&self, i: usize) -> Para<'_> {
        Para {
            text: self.text,
            toks: self.tokens.get(i).map_or(&[], Vec::as_slice),
        }
    }

    /// Collects the cast: people named in the article, plus `speakers` (names that a reporting
    /// verb showed to be people, found by a first attribution pass).
    pub(crate) fn learn(&mut self, speakers: &[String]) {
        let mut cast = Cast::default();
        for name in speakers {
            cast.add(name, Vec::new(), 0);
        }
        let sentence_of = |pos| self.sentence_of(pos);
        for i in 0..self.tokens.len() {
            cast::collect_people(&mut cast, &self.para(i), &sentence_of);
        }
        // A second pass records surname mentions that come before the full name.
        cast.mentions.clear();
        for i in 0..self.tokens.len() {
            cast::collect_people(&mut cast, &self.para(i), &sentence_of);
        }
        for i in 0..self.tokens.len() {
            cast::vote_genders(&mut cast, &self.para(i), &sentence_of);
        }
        cast.settle_genders();
        // Chains of "he"/"she" outside quotations: each pronoun becomes a mention of the person
        // it refers to, so the next pronoun can reach that person however long the chain.
        // Resolving a pronoun reads only the mentions before it, so the later ones wait aside
        // and each pronoun's mention is pushed in text order (an insert per pronoun moved all
        // later mentions: quadratic in a long article).
        let mut waiting = std::mem::take(&mut cast.mentions).into_iter().peekable();
        for i in 0..self.tokens.len() {
            cast::chain_pronouns(&mut cast, &self.para(i), &sentence_of, &mut waiting);
        }
        cast.mentions.extend(waiting);
        cast.share_forms();
        self.cast = cast;
    }
}

/// The token index where the sentence containing token `i` starts.
pub(crate) fn sentence_start(doc: &Doc, p: &Para, i: usize) -> usize {
    let Some(tok) = p.toks.get(i) else { return 0 };
    let s = doc.sentence_of(tok.span().start);
    let mut k = i;
    while k > 0 && doc.sentence_of(p.toks[k - 1].span().start) == s {
        k -= 1;
    }
    k
}

/// The token index one past the sentence of paragraph `p` that starts at token `start`.
pub(crate) fn sentence_end(doc: &Doc, p: &Para, start: usize) -> usize {
    // A quotation token belongs to the sentence its closing mark is in.
    let sentence_at_end = |k: usize| doc.sentence_of(p.toks[k].span().end.saturating_sub(1));
    (start + 1..p.toks.len())
        .find(|&k| doc.sentence_of(p.toks[k].span().start) != sentence_at_end(k - 1))
        .unwrap_or(p.toks.len())
}
