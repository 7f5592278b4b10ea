//! The extraction pipeline for one article: text layer, then attribution.
//!
//! `Article ──parse──▶ Parsed ──attribute──▶ Vec<Statement>`. Pure: no IO, no clock.

use crate::article::Article;
use crate::attribute;
use crate::model::{SpeakerStep, Statement};
use crate::parse;

/// Every statement in the article, in text order, with speaker, cue and date.
pub fn extract(article: &Article) -> Vec<Statement> {
    let parsed = parse::parse(&article.body);
    let mut found = attribute::attribute(&article.body, &parsed, article.published);
    leave_out_dateline(&article.body, &mut found);
    found
}

/// `extract`, with the record of every speaker decision (`whosaid explain`): the same
/// statements, and for each the steps that chose its speaker (match them by
/// `SpeakerStep::start`; a statement moved past the dateline keeps its step's old start).
pub fn explain(article: &Article) -> (Vec<Statement>, Vec<SpeakerStep>) {
    let parsed = parse::parse(&article.body);
    let (mut found, steps) = attribute::attribute_traced(&article.body, &parsed, article.published);
    leave_out_dateline(&article.body, &mut found);
    (found, steps)
}

/// The dateline ("LONDON, March 3 (Reuters) - ") says where and when the article was filed;
/// nobody said it. A statement that starts inside it starts after it instead.
fn leave_out_dateline(body: &str, statements: &mut Vec<Statement>) {
    let len = crate::parse::date::dateline_end(body);
    if len == 0 {
        return;
    }
    let start = len + (body[len..].len() - body[len..].trim_start().len());
    statements.retain(|s| s.span.end > start);
    for s in statements.iter_mut().filter(|s| s.span.start < start) {
        s.span.start = start;
        s.text = body[start..s.span.end].to_string();
    }
}

/// `extract`, with a panic (a bug) caught: `None` then, so one bad article costs only itself.
/// The panic message has already gone to stderr through the panic hook.
pub fn extract_guarded(article: &Article) -> Option<Vec<Statement>> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| extract(article))).ok()
}

/// Maps byte offsets of one text to Unicode scalar (char) offsets. It keeps the char count at
/// every 64th byte and counts the rest on lookup, so it takes 1/16 of a byte per byte of text
/// (a count per byte took four bytes per byte: 256 MB for a 64 MB article).
#[derive(Debug, Clone)]
pub struct CharIndex<'a> {
    text: &'a str,
    /// `block_chars[i]`: chars before byte `i * BLOCK`.
    block_chars: Vec<usize>,
}

const BLOCK: usize = 64;

impl<'a> CharIndex<'a> {
    /// Builds the map for `text`.
    pub fn new(text: &'a str) -> CharIndex<'a> {
        let bytes = text.as_bytes();
        let mut block_chars = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut n = 0;
        for block in bytes.chunks(BLOCK) {
            block_chars.push(n);
            n += block.iter().filter(|&&b| !is_continuation(b)).count();
        }
        block_chars.push(n);
        CharIndex { text, block_chars }
    }

    /// The char offset of byte offset `byte` (clamped to the text): the number of characters
    /// that start before it (so a byte inside a character maps to the next character).
    pub fn char_at(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let block = byte / BLOCK;
        let from = block * BLOCK;
        let partial = self.text.as_bytes()[from..byte]
            .iter()
            .filter(|&&b| !is_continuation(b))
            .count();
        self.block_chars[block] + partial
    }
}

/// True for the second, third or fourth byte of a UTF-8 character.
fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_index_matches_counting_from_the_start() {
        let text: String = "a“b”c é 😀 ".repeat(40);
        let ix = CharIndex::new(&text);
        for byte in 0..=text.len() + 3 {
            let clamped = byte.min(text.len());
            let want = text.char_indices().filter(|&(i, _)| i < clamped).count();
            assert_eq!(ix.char_at(byte), want, "byte {byte}");
        }
    }

    #[test]
    fn char_index_counts_scalars() {
        let t = "a“b”c";
        let ix = CharIndex::new(t);
        assert_eq!(ix.char_at(0), 0);
        assert_eq!(ix.char_at(1), 1);
        assert_eq!(ix.char_at(4), 2);
        assert_eq!(ix.char_at(t.len()), 5);
    }
}
