//! Fuzz target for the whole pipeline, parsing through storage: arbitrary bytes, read as UTF-8
//! (lossily), become an article twice, once as a text file (header block then body) and once
//! as a JSON Lines record; each runs through `extract`, which must not panic and must return
//! statements whose spans are on char boundaries of the body and whose text is exactly the body
//! at the span; then each is imported into an in-memory store, which must accept it, store
//! every statement once, and give back the same statements in its timeline; a second import
//! of the same article must change nothing.
//!
//! Run: `cargo +nightly fuzz run extract` from the crate root (see docs/fuzzing.md).

#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::article::{Article, Defaults, from_json_record, from_text};
use whosaid::extract::extract;
use whosaid::store::{Store, TimelineFilter};

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    let defaults = Defaults::default();
    let (article, _) = from_text("fuzz", &input, &defaults);
    check(&article);
    if let Ok((article, _)) = from_json_record("fuzz", 1, &input, &defaults) {
        check(&article);
    }
    // The same bytes as the `text` of a record, so every input also reaches the JSON path.
    let record = serde_json_string(&input);
    if let Ok((article, _)) = from_json_record("fuzz", 1, &record, &defaults) {
        assert_eq!(article.body, input, "record text must round-trip");
        check(&article);
    }
});

/// Runs the extraction, checks every statement against the body, then stores them.
fn check(article: &Article) {
    let body = article.body.as_str();
    let statements = extract(article);
    for s in &statements {
        let (start, end) = (s.span.start, s.span.end);
        assert!(
            start <= end && end <= body.len(),
            "span {start}..{end} outside body"
        );
        assert!(
            body.is_char_boundary(start) && body.is_char_boundary(end),
            "span off boundary"
        );
        assert_eq!(
            s.text,
            body[start..end],
            "statement text differs from body[span]"
        );
        for located in [s.speaker.mention.as_ref(), s.cue.as_ref()]
            .into_iter()
            .flatten()
        {
            let (a, b) = (located.span.start, located.span.end);
            assert!(
                a <= b && b <= body.len(),
                "located span {a}..{b} outside body"
            );
            assert!(body.is_char_boundary(a) && body.is_char_boundary(b));
            assert_eq!(
                located.text,
                body[a..b],
                "located text differs from body[span]"
            );
        }
    }
    store(article, &statements);
}

/// Imports the article into a fresh in-memory store and reads its statements back.
fn store(article: &Article, statements: &[whosaid::Statement]) {
    let mut store = Store::open_in_memory().expect("in-memory store");
    let done = store
        .import(article, statements, "2025-01-01T00:00:00Z")
        .expect("import");
    let mut spans: Vec<_> = statements.iter().map(|s| (s.span.start, s.span.end)).collect();
    spans.sort_unstable();
    spans.dedup();
    assert_eq!(done.statements, spans.len(), "each statement stored once");
    // Every kind, claims beyond speech included: a plain timeline lists speech only.
    let every = TimelineFilter {
        all_claims: true,
        ..TimelineFilter::default()
    };
    let rows = store.timeline(&every).expect("timeline");
    assert_eq!(rows.len(), spans.len(), "timeline gives back what was stored");
    for row in &rows {
        assert!(statements.iter().any(|s| s.text == row.statement));
    }
    let again = store
        .import(article, statements, "2025-01-02T00:00:00Z")
        .expect("import again");
    assert!(!again.new && again.statements == 0, "a second import is a no-op");
}

/// `{"text": <input>}` with the input escaped as a JSON string.
fn serde_json_string(input: &str) -> String {
    let mut out = String::from("{\"id\": \"fuzz\", \"text\": \"");
    for c in input.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push_str("\"}");
    out
}
