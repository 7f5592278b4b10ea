//! Fuzz target for the whole extraction: arbitrary bytes, read as UTF-8 (lossily), become an
//! article twice, once as a text file (header block then body) and once as a JSON Lines
//! record; each runs through `extract`, which must not panic and must return statements whose
//! spans are on char boundaries of the body and whose text is exactly the body at the span.
//!
//! Run: `cargo +nightly fuzz run extract` from the crate root (see docs/fuzzing.md).

#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::article::{Article, Defaults, from_json_record, from_text};
use whosaid::extract::extract;

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

/// Runs the extraction and checks every statement against the body.
fn check(article: &Article) {
    let body = article.body.as_str();
    for s in extract(article) {
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
