//! Property tests of the text layer and the whole extraction on arbitrary Unicode.
//!
//! Inputs mix news-like fragments (every quotation mark the scanner knows, apostrophes,
//! abbreviations, sentence ends, blank lines, NBSP, emoji, combining marks, header lines) with
//! arbitrary characters, so that the properties reach the scanner's branches rather than only
//! plain noise. Invariants checked, all through the public API:
//!
//! - nothing panics (`parse`, `split_sentences`, `find_quotes`, `tokenize`, `extract`);
//! - paragraphs and sentences tile the body: in order, non-overlapping, trimmed, non-empty,
//!   with only whitespace before the first, between two and after the last; a sentence lies
//!   inside the paragraph it names;
//! - every span (paragraph, sentence, quotation and its inner span, token) is within the text
//!   and on char boundaries; a quotation lies inside its paragraph and holds its inner span;
//! - any two quotations are nested or disjoint, never partially overlapping;
//! - tokens of a paragraph are in order, inside it, and cover all of it but whitespace; a
//!   quotation token names a quotation with the same span;
//! - every extracted statement's `text` is exactly `body[span]`, on char boundaries, and the
//!   same holds for its cue and speaker mention;
//! - through storage: an in-memory store takes every article, keeps each statement once, gives
//!   the same statements back in its timeline and CSV export, and a second import changes
//!   nothing.

use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use whosaid::article::{Article, Defaults, from_json_record, from_text};
use whosaid::extract::extract;
use whosaid::model::Span;
use whosaid::parse::quote::find_quotes;
use whosaid::parse::sentence::{split_paragraphs, split_sentences};
use whosaid::parse::token::TokenKind;
use whosaid::parse::{Parsed, parse};
use whosaid::store::{Store, TimelineFilter};

type Checked = Result<(), TestCaseError>;

/// Fragments the text layer and attribution treat specially, each written for these tests.
/// (Kept in groups by hand: rustfmt would put each on its own line.)
#[rustfmt::skip]
const FRAGMENTS: &[&str] = &[
    // Quotation marks, alone and in typical positions.
    "“", "”", "\"", "‘", "’", "'", "«", "»", "„", "‹", "›", "<", "''", "``", " “", "” ",
    ",” she said. “", ".”", "?”", "!’", "’”", "“‘", "” — ", "« ", " »",
    // Apostrophes that are not marks.
    "didn’t", "leaders’ ", "Russia’s", "the ’90s", "rock ’n’ roll", "it's", "o'clock",
    // Sentence ends, abbreviations, initials and numbers.
    ".", ". ", "? ", "! ", "...", "…", " Sen. ", "Mr. ", "Dr. ", "U.S.", "U.K. ", "a.m.",
    "Calif.", "J.K. Rowling", "George W. Bush", "3.5%", "$1.2 billion", "No. 5", "vs.", "etc.",
    // Whitespace and invisible characters.
    " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u{a0}", "\u{2028}", "\u{3000}", "\u{200b}",
    "\u{feff}", "\u{200d}",
    // Non-ASCII letters, emoji and combining marks.
    "😀", "👩\u{200d}👩\u{200d}👧", "🇺🇸", "e\u{301}", "\u{301}", "\u{308}", "שלום", "你好。",
    "Ünal", "ß", "İ",
    // Attribution words, names and dates.
    " said", " says ", " told reporters", "according to ", ", she said.", " he added.",
    "Okafor", "the mayor", "Ms. Lee", "Gov. Ruiz", "she", "They", " on Thursday", " yesterday",
    "June 14", "2025-06-14", "WASHINGTON, June 14, 2025 — ", "—", "–", "-", ":", ";", ",",
    // Header lines, headings and bullets.
    "Date: 2025-06-14\n", "Title: Budget\n", "\n- ", "\n* ", "\n• ", "\n# ", "(", ")", "[",
];

/// One piece of input: a known fragment, a short word, or a few arbitrary characters.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => proptest::sample::select(FRAGMENTS).prop_map(str::to_string),
        2 => "[A-Za-z]{1,8}",
        2 => proptest::collection::vec(any::<char>(), 0..6).prop_map(String::from_iter),
    ]
}

/// News-like text: mostly fragments, sometimes a wholly arbitrary string.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        5 => proptest::collection::vec(piece(), 0..48).prop_map(|v| v.concat()),
        1 => any::<String>(),
    ]
}

/// `span` lies within `text` and starts and ends on char boundaries.
fn check_span(text: &str, span: Span, what: &str) -> Checked {
    prop_assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} {span:?} outside text of {} bytes",
        text.len()
    );
    prop_assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} not on char boundaries"
    );
    Ok(())
}

/// Spans are non-empty, in order, and only whitespace lies outside them.
fn check_tiling(text: &str, spans: &[Span], what: &str) -> Checked {
    let mut pos = 0;
    for &span in spans {
        check_span(text, span, what)?;
        prop_assert!(
            span.start >= pos,
            "{what} {span:?} overlaps the previous one"
        );
        let gap = &text[pos..span.start];
        prop_assert!(
            gap.chars().all(char::is_whitespace),
            "non-whitespace {gap:?} before {what} {span:?}"
        );
        prop_assert!(!span.is_empty(), "empty {what} at {}", span.start);
        pos = span.end;
    }
    let tail = &text[pos..];
    prop_assert!(
        tail.chars().all(char::is_whitespace),
        "non-whitespace {tail:?} after the last {what}"
    );
    Ok(())
}

/// No span starts or ends with whitespace.
fn check_trimmed(text: &str, spans: &[Span], what: &str) -> Checked {
    for &span in spans {
        check_span(text, span, what)?;
        let inside = &text[span.start..span.end];
        prop_assert_eq!(inside.trim(), inside, "{} {:?} not trimmed", what, span);
    }
    Ok(())
}

/// Paragraphs and sentences tile the text; each sentence sits in its own paragraph.
fn check_sentences(text: &str, parsed: &Parsed) -> Checked {
    check_tiling(text, &parsed.paragraphs, "paragraph")?;
    check_trimmed(text, &parsed.paragraphs, "paragraph")?;
    let spans: Vec<Span> = parsed.sentences.iter().map(|s| s.span).collect();
    check_tiling(text, &spans, "sentence")?;
    for s in &parsed.sentences {
        let para = parsed.paragraphs.get(s.paragraph).copied();
        prop_assert!(
            para.is_some_and(|p| p.contains(s.span)),
            "sentence {:?} is not inside its paragraph {}",
            s.span,
            s.paragraph
        );
    }
    Ok(())
}

/// Two spans overlap only by one holding the other.
fn nested_or_disjoint(a: Span, b: Span) -> bool {
    a.end <= b.start || b.end <= a.start || a.contains(b) || b.contains(a)
}

/// Quotations are in order, on char boundaries, inside their paragraph, nested or disjoint.
fn check_quotes(text: &str, parsed: &Parsed) -> Checked {
    let quotes = &parsed.quotes;
    for (i, q) in quotes.iter().enumerate() {
        check_span(text, q.span, "quotation")?;
        check_span(text, q.inner, "quotation inner span")?;
        prop_assert!(
            q.span.contains(q.inner),
            "inner {:?} outside {:?}",
            q.inner,
            q.span
        );
        let para = parsed.paragraphs.get(q.paragraph).copied();
        prop_assert!(
            para.is_some_and(|p| p.contains(q.span)),
            "quotation {:?} is not inside its paragraph {}",
            q.span,
            q.paragraph
        );
        for r in &quotes[i + 1..] {
            prop_assert!(r.span.start >= q.span.start, "quotations out of order");
            prop_assert!(
                nested_or_disjoint(q.span, r.span),
                "quotations {:?} and {:?} overlap partially",
                q.span,
                r.span
            );
        }
    }
    Ok(())
}

/// Tokens of each paragraph, built as the attribution stage builds them, are in order, inside
/// the paragraph, on char boundaries, and leave out only whitespace; all paragraphs' tokens at
/// once are each paragraph's tokens.
fn check_tokens(text: &str, parsed: &Parsed) -> Checked {
    let all = parsed.tokens_by_paragraph(text);
    prop_assert_eq!(all.len(), parsed.paragraphs.len());
    for (para, by_paragraph) in parsed.paragraphs.iter().zip(&all) {
        let tokens = parsed.paragraph_tokens(text, *para);
        prop_assert_eq!(
            &tokens,
            by_paragraph,
            "tokens of all paragraphs at once differ"
        );
        for t in &tokens {
            check_span(text, t.span(), "token")?;
            prop_assert!(
                para.contains(t.span()),
                "token {:?} outside {:?}",
                t.span(),
                para
            );
        }
        let local: Vec<Span> = tokens
            .iter()
            .map(|t| Span::new(t.span().start - para.start, t.span().end - para.start))
            .collect();
        check_tiling(para.slice(text), &local, "token")?;
        check_trimmed(para.slice(text), &local, "token")?;
        for t in &tokens {
            if let TokenKind::Quote(i) = t.kind() {
                let q = parsed.quotes.get(i).map(|q| q.span);
                prop_assert_eq!(q, Some(t.span()), "quotation token names another quotation");
            }
        }
    }
    Ok(())
}

/// `text` is `body[span]`, with the span on char boundaries.
fn check_located(body: &str, span: Span, text: &str, what: &str) -> Checked {
    check_span(body, span, what)?;
    prop_assert_eq!(
        text,
        &body[span.start..span.end],
        "{} text is not body[span]",
        what
    );
    Ok(())
}

/// Extraction does not panic and every statement, cue and mention is `body[span]`.
fn check_extract(article: &Article) -> Checked {
    let body = article.body.as_str();
    for s in extract(article) {
        check_located(body, s.span, &s.text, "statement")?;
        if let Some(cue) = &s.cue {
            check_located(body, cue.span, &cue.text, "cue")?;
        }
        if let Some(m) = &s.speaker.mention {
            check_located(body, m.span, &m.text, "speaker mention")?;
        }
    }
    Ok(())
}

/// The article's statements go into an in-memory store and come back unchanged, once each.
fn check_store(article: &Article) -> Checked {
    let found = extract(article);
    let mut store = Store::open_in_memory().map_err(|e| TestCaseError::fail(e.to_string()))?;
    let fail = |e: whosaid::Error| TestCaseError::fail(e.to_string());
    let done = store
        .import(article, &found, "2025-01-01T00:00:00Z")
        .map_err(fail)?;
    let mut spans: Vec<Span> = found.iter().map(|s| s.span).collect();
    spans.sort();
    spans.dedup();
    prop_assert_eq!(done.statements, spans.len());
    let rows = store.timeline(&TimelineFilter::default()).map_err(fail)?;
    prop_assert_eq!(rows.len(), spans.len());
    for row in &rows {
        prop_assert!(
            found.iter().any(|s| s.text == row.statement),
            "{:?}",
            row.statement
        );
    }
    let mut csv = Vec::new();
    let mut out = whosaid::export::Writer::new(whosaid::export::Format::Csv, &mut csv);
    for row in &rows {
        out.write(row, Vec::new()).map_err(fail)?;
    }
    out.finish(&[]).map_err(fail)?;
    let read_back = csv::Reader::from_reader(csv.as_slice()).records().count();
    prop_assert_eq!(read_back, rows.len());
    let again = store
        .import(article, &found, "2025-01-02T00:00:00Z")
        .map_err(fail)?;
    prop_assert!(!again.new && again.statements == 0);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(384))]

    #[test]
    fn sentences_tile_the_text(text in text()) {
        let parsed = parse(&text);
        check_sentences(&text, &parsed)?;
        prop_assert_eq!(split_sentences(&text), parsed.sentences);
    }

    // Sentences are documented as "trimmed of surrounding whitespace", but the sentence gap
    // rule (`gap` in src/parse/sentence.rs) takes only spaces, tabs, NBSP and thin spaces, so
    // a sentence after ". \u{2028}" starts with the U+2028. Found by this test: ". \u{2028}“".
    #[test]
    fn sentences_are_trimmed(text in text()) {
        let spans: Vec<Span> = split_sentences(&text).iter().map(|s| s.span).collect();
        check_trimmed(&text, &spans, "sentence")?;
    }

    #[test]
    fn quotes_are_on_boundaries_and_nested_or_disjoint(text in text()) {
        let parsed = parse(&text);
        check_quotes(&text, &parsed)?;
        prop_assert_eq!(find_quotes(&text, &split_paragraphs(&text)), parsed.quotes);
    }

    #[test]
    fn tokens_cover_each_paragraph_but_whitespace(text in text()) {
        check_tokens(&text, &parse(&text))?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(192))]

    #[test]
    fn extraction_statements_are_body_slices(text in text()) {
        let (article, _) = from_text("prop", &text, &Defaults::default());
        check_extract(&article)?;
        let record = serde_json::json!({ "id": "prop", "text": text }).to_string();
        let from_record = from_json_record("prop.jsonl", 1, &record, &Defaults::default());
        prop_assert!(from_record.is_ok(), "record rejected: {:?}", from_record.err());
        if let Ok((article, _)) = from_record {
            prop_assert_eq!(&article.body, &text);
            check_extract(&article)?;
        }
    }

    #[test]
    fn storage_keeps_every_statement_once(text in text()) {
        let (article, _) = from_text("prop", &text, &Defaults::default());
        check_store(&article)?;
    }
}
