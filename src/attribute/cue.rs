//! Reporting verbs: the words that link a speaker to what they said.
//!
//! Each entry is one verb with its forms (base, third person, past, -ing). `Strength` says how
//! the verb may be used: every verb may attach a direct quotation ("“…,” she sighed"), while only
//! verbs of saying may introduce reported speech without marks ("she sighed that …" is odd, "she
//! warned that …" is not).

use std::sync::LazyLock;

// Fx hashing: fixed keys of our own (see lexicon.rs).
use rustc_hash::FxHashMap as HashMap;

/// How a reporting verb may be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strength {
    /// Attaches direct quotations only ("sighed", "laughed").
    Quote,
    /// Also introduces reported speech ("said that …", "warned that …").
    Speech,
}

/// The grammatical form of a cue word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// say, tell
    Base,
    /// says, tells
    Present,
    /// said, told
    Past,
    /// saying, telling
    Gerund,
}

/// The verb table, one verb a line: base, third person, past, -ing, strength.
const VERBS: &str = include_str!("words/verbs.txt");

/// Every known form, mapped to its verb.
static FORMS: LazyLock<HashMap<&'static str, CueWord>> = LazyLock::new(|| {
    let mut map = HashMap::default();
    for line in VERBS.lines().map(|l| l.split('#').next().unwrap_or("")) {
        let words: Vec<&'static str> = line.split_whitespace().collect();
        let [base, third, past, ing, strength] = words[..] else {
            continue;
        };
        let strength = if strength == "speech" {
            Strength::Speech
        } else {
            Strength::Quote
        };
        // Past first: "read" is both base and past, and a cue after a subject is past.
        for (form, word) in [
            (Form::Gerund, ing),
            (Form::Present, third),
            (Form::Base, base),
            (Form::Past, past),
        ] {
            map.insert(
                word,
                CueWord {
                    lemma: base,
                    form,
                    strength,
                },
            );
        }
    }
    map
});

/// A recognised cue word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CueWord {
    /// Base form ("say").
    pub lemma: &'static str,
    /// Which form the word was.
    pub form: Form,
    /// What it can introduce.
    pub strength: Strength,
}

/// Looks a word up in the lexicon (case-insensitive; "said" and "Said" both match).
pub fn lookup(word: &str) -> Option<CueWord> {
    if word.len() > 14 || !word.is_ascii() {
        return None;
    }
    if word.bytes().any(|b| b.is_ascii_uppercase()) {
        let (buf, len) = super::lexicon::stack_lower(word)?;
        return std::str::from_utf8(&buf[..len])
            .ok()
            .and_then(|w| FORMS.get(w).copied());
    }
    FORMS.get(word).copied()
}

/// True when the verb takes a person object before its content ("told reporters").
pub fn takes_object(lemma: &str) -> bool {
    super::lexicon::is_tell_verb(lemma)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicon_has_at_least_150_forms() {
        assert!(FORMS.len() >= 150, "{}", FORMS.len());
    }

    #[test]
    fn lookup_finds_forms() {
        assert_eq!(
            lookup("Said").map(|c| (c.lemma, c.form)),
            Some(("say", Form::Past))
        );
        assert_eq!(lookup("told").map(|c| c.lemma), Some("tell"));
        assert_eq!(lookup("quipped").map(|c| c.strength), Some(Strength::Quote));
        assert_eq!(lookup("table"), None);
    }
}
