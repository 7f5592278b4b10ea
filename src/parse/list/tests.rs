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
fn stop_positions_rule_cases() {
    // success: every ")" and ":" by offset; none in plain text.
    assert_eq!(stop_positions("1) a: b 2) c"), vec![1, 4, 9]);
    assert!(stop_positions("no list here").is_empty());
}
