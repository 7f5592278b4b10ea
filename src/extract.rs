//! The extraction pipeline for one article: text layer, then attribution.
//!
//! `Article ──parse──▶ Parsed ──attribute──▶ Vec<Statement>`. Pure: no IO, no clock.

use crate::article::Article;
use crate::attribute;
use crate::model::Statement;
use crate::parse;

/// Every statement in the article, in text order, with speaker, cue and date.
pub fn extract(article: &Article) -> Vec<Statement> {
    let parsed = parse::parse(&article.body);
    let mut found = attribute::attribute(&article.body, &parsed, article.published);
    leave_out_dateline(&article.body, &mut found);
    found
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

/// Maps byte offsets of one text to Unicode scalar (char) offsets.
#[derive(Debug, Clone)]
pub struct CharIndex {
    chars_before: Vec<u32>,
}

impl CharIndex {
    /// Builds the map for `text`.
    pub fn new(text: &str) -> CharIndex {
        let mut chars_before = Vec::with_capacity(text.len() + 1);
        let mut n = 0u32;
        for (i, c) in text.char_indices() {
            while chars_before.len() <= i {
                chars_before.push(n);
            }
            n += 1;
            let _ = c;
        }
        while chars_before.len() <= text.len() {
            chars_before.push(n);
        }
        CharIndex { chars_before }
    }

    /// The char offset of byte offset `byte` (clamped to the text).
    pub fn char_at(&self, byte: usize) -> usize {
        let last = self.chars_before.len().saturating_sub(1);
        self.chars_before.get(byte.min(last)).copied().unwrap_or(0) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
