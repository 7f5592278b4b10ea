//! bm25 computed here, for searches whose words are common.
//!
//! FTS5's own `bm25()` first counts, for each phrase of the query, every statement holding
//! it: for a word in most of a million statements that count alone costs more than the
//! whole search may take. Here the same formula (FTS5's: k1 = 1.2, b = 0.75, idf floored at
//! 1e-6) ranks the candidates a search has already read, with each phrase's statement count
//! given by the caller (estimated from its newest matches when it is common) and the term
//! frequencies and lengths counted from the statement text, tokenized as FTS5's unicode61
//! tokenizer with `remove_diacritics 2` does: runs of letters and digits, lowercase, accents
//! dropped. Pure: no IO.

use unicode_normalization::UnicodeNormalization;

/// One phrase of a literal query: its FTS5 string, its words (folded as `tokens` folds
/// them), and whether the last one is a prefix.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Phrase {
    /// The phrase as an FTS5 query: a quoted string, `*` after it for a prefix.
    pub fts: String,
    /// Folded words, in order.
    pub words: Vec<String>,
    /// The last word matches any word it begins.
    pub prefix: bool,
}

impl Phrase {
    /// The phrase of one term of user text.
    pub fn new(term: &str, prefix: bool) -> Phrase {
        let star = if prefix { "*" } else { "" };
        Phrase {
            fts: format!("\"{}\"{star}", term.replace('"', "\"\"")),
            words: tokens(term),
            prefix,
        }
    }

    /// How many times the phrase occurs in `words` (a statement's tokens).
    fn occurrences(&self, words: &[String]) -> usize {
        let n = self.words.len();
        if n == 0 || words.len() < n {
            return 0;
        }
        words
            .windows(n)
            .filter(|w| {
                w.iter()
                    .zip(&self.words)
                    .enumerate()
                    .all(|(i, (word, want))| {
                        if self.prefix && i + 1 == n {
                            word.starts_with(want.as_str())
                        } else {
                            word == want
                        }
                    })
            })
            .count()
    }
}

/// A text's tokens: runs of letters and digits, lowercase, without accents.
pub fn tokens(text: &str) -> Vec<String> {
    let folded: String = text
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect();
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether `text` holds every phrase.
pub fn matches(phrases: &[Phrase], text: &str) -> bool {
    let words = tokens(text);
    phrases.iter().all(|p| p.occurrences(&words) > 0)
}

/// What bm25 needs to know about the whole index.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Corpus {
    /// Statements indexed.
    pub rows: f64,
    /// Their mean length in tokens.
    pub mean_len: f64,
}

const K1: f64 = 1.2;
const B: f64 = 0.75;

/// The bm25 score of `text` for `phrases`, FTS5's sign: lower is better. `counts[i]` is how
/// many statements hold `phrases[i]`. A phrase FTS5 matched but the tokens here miss counts
/// once, so every candidate scores.
pub fn bm25(phrases: &[Phrase], counts: &[f64], corpus: Corpus, text: &str) -> f64 {
    let words = tokens(text);
    let len = words.len() as f64;
    let norm = K1 * (1.0 - B + B * len / corpus.mean_len.max(1.0));
    let score: f64 = phrases
        .iter()
        .zip(counts)
        .map(|(p, &n)| {
            let idf = ((corpus.rows - n + 0.5) / (n + 0.5)).ln();
            let idf = if idf > 0.0 { idf } else { 1e-6 };
            let tf = p.occurrences(&words).max(1) as f64;
            idf * tf * (K1 + 1.0) / (tf + norm)
        })
        .sum();
    -score
}

#[cfg(test)]
mod tests {
    use super::*;

    const CORPUS: Corpus = Corpus {
        rows: 1000.0,
        mean_len: 10.0,
    };

    #[test]
    fn tokens_fold_case_and_accents_and_split_on_punctuation() {
        assert_eq!(tokens("Café, DON'T—now!"), ["cafe", "don", "t", "now"]);
        assert!(tokens(" -- ").is_empty());
    }

    #[test]
    fn phrases_prefixes_and_words_are_counted() {
        let words = tokens("the river we borrow is the river we keep");
        assert_eq!(Phrase::new("river we", false).occurrences(&words), 2);
        assert_eq!(Phrase::new("bor", true).occurrences(&words), 1);
        assert_eq!(Phrase::new("bor", false).occurrences(&words), 0);
        assert_eq!(Phrase::new("we river", false).occurrences(&words), 0);
        let both = [Phrase::new("river", false), Phrase::new("keep", false)];
        assert!(matches(&both, "The River, we keep."));
        assert!(!matches(&both, "The River, we borrow."));
    }

    #[test]
    fn more_occurrences_and_shorter_texts_rank_first() {
        let p = [Phrase::new("water", false)];
        let twice = bm25(&p, &[10.0], CORPUS, "water, water and more");
        let once = bm25(&p, &[10.0], CORPUS, "water and more words");
        let long = bm25(
            &p,
            &[10.0],
            CORPUS,
            "water and very many more words than that one",
        );
        assert!(twice < once && once < long, "{twice} {once} {long}");
    }

    #[test]
    fn a_rare_phrase_weighs_more_than_a_common_one() {
        let p = [Phrase::new("the", false), Phrase::new("ferry", false)];
        let counts = [900.0, 3.0];
        let ferry = bm25(&p, &counts, CORPUS, "the ferry ferry the");
        let the = bm25(&p, &counts, CORPUS, "the the the ferry");
        assert!(ferry < the, "{ferry} {the}");
    }
}
