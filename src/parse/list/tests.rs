//! Named cases for list markers and inline lists, on text written for these tests.

use super::*;

/// One row: a name, the input, the marker's length (None: no marker).
const MARKERS: &[(&str, &str, Option<usize>)] = &[
    // success
    ("number_paren", "1) Raise the levy", Some(3)),
    ("number_period", "12. Cut the fee", Some(4)),
    ("letter_in_parens", "(a) First", Some(4)),
    ("roman_in_parens", "(iv) Fourth", Some(5)),
    ("roman_period", "ii. Second", Some(4)),
    ("lower_letter_period", "b. Second", Some(3)),
    ("upper_letter_paren", "B) Second", Some(3)),
    ("bullet_dot", "• Point", Some(4)),
    ("bullet_hyphen", "- Point", Some(2)),
    // failure
    ("initial", "A. Lincoln spoke", None),
    ("pronoun", "I. think", None),
    ("year", "2016. The year", None),
    ("no_space", "1)Raise", None),
    ("dash", "— Ines Warburton", None),
    ("word", "via. something", None),
    // leftover: only the marker and one space are taken
    ("leftover", "3)  Two spaces", Some(3)),
];

#[test]
fn list_marker_table() {
    for &(name, text, want) in MARKERS {
        assert_eq!(list_marker(text), want, "{name}");
    }
}

#[test]
fn the_byte_precheck_passes_every_marker_the_parsers_take() {
    // Labels that are markers and near misses, each with every closer and separator: the
    // pre-check may pass a non-marker ("Mr."), never turn a marker away.
    let labels = [
        "1", "12", "123", "1234", "a", "z", "A", "Z", "i", "iv", "xii", "iiiii", "iiiiii", "I",
        "IV", "XII", "VVVVVV", "Mr", "U", "iV", "0a", "(a)", "(iv)", "(12)", "-", "*", "•", "▪",
        "◦", "‣", "·", "“", "é",
    ];
    let mut markers = 0;
    for label in labels {
        for close in ["", ".", ")", "])"] {
            for sep in ["", " ", "\t", "\u{a0}", "x", "\n"] {
                let text = format!("{label}{close}{sep}rest");
                let parsed = marker_len(&text);
                markers += usize::from(parsed.is_some());
                assert!(
                    parsed.is_none() || could_open_marker(text.as_bytes()),
                    "{text:?} is a marker the pre-check turns away"
                );
                assert_eq!(list_marker(&text), parsed, "{text:?}");
            }
        }
    }
    // The table holds markers of every kind, so the check above tested something.
    assert!(markers > 40, "{markers}");
}

#[test]
fn stop_positions_rule_cases() {
    // success: every ")" and ":" by offset; none in plain text.
    assert_eq!(stop_positions("1) a: b 2) c"), vec![1, 4, 9]);
    assert!(stop_positions("no list here").is_empty());
}
