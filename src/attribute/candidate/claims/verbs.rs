//! The words of claims beyond speech: verbs of belief, intention and finding
//! (`words/claim_verbs.txt`), adjectives of belief (`words/claim_adjectives.txt`), and the
//! nouns of documents, studies and polls that hold findings (`words/finding_sources.txt`).

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use super::super::super::cue::Form;
use super::super::super::lexicon::lower;

/// What a claim verb states when its subject holds the claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Holds {
    /// "believes (that) …".
    Belief,
    /// "plans to …".
    Intention,
    /// "found that …": anyone's with "that", a document's with any content.
    Finding,
    /// "polls show …": only a document's, study's or poll's.
    Evidence,
}

/// A claim verb found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ClaimVerb {
    /// What it states.
    pub(crate) holds: Holds,
    /// Which form the word was.
    pub(crate) form: Form,
    /// A belief whose clause may come without "that" ("thinks the plan will fail").
    pub(crate) bare_clause: bool,
    /// A belief verb that states an intention before "to" ("hopes to win").
    pub(crate) to_intention: bool,
    /// An intention that may take a phrase for its content ("want those things now").
    pub(crate) takes_object: bool,
}

static VERBS: LazyLock<HashMap<&'static str, ClaimVerb>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for line in include_str!("../../words/claim_verbs.txt")
        .lines()
        .map(|l| l.split('#').next().unwrap_or(""))
    {
        let words: Vec<&'static str> = line.split_whitespace().collect();
        let [base, third, past, ing, holds] = words[..] else {
            continue;
        };
        let takes_object = holds == "intention+object";
        let (holds, bare_clause, to_intention) = match holds {
            "belief" => (Holds::Belief, true, false),
            "belief-that" => (Holds::Belief, false, false),
            "belief+to" => (Holds::Belief, true, true),
            "belief+to-that" => (Holds::Belief, false, true),
            "intention" | "intention+object" => (Holds::Intention, false, false),
            "finding" => (Holds::Finding, false, false),
            _ => (Holds::Evidence, false, false),
        };
        // Past after base: "put" is both, and after a subject it is read as past.
        for (form, word) in [
            (Form::Gerund, ing),
            (Form::Present, third),
            (Form::Base, base),
            (Form::Past, past),
        ] {
            let verb = ClaimVerb {
                holds,
                form,
                bare_clause,
                to_intention,
                takes_object,
            };
            map.insert(word, verb);
        }
    }
    map
});

static ADJECTIVES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("../../words/claim_adjectives.txt")).collect());

/// Finding sources: (noun, is a poll).
static SOURCES: LazyLock<HashMap<&'static str, bool>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    let mut poll = false;
    for w in words(include_str!("../../words/finding_sources.txt")) {
        if w == "[poll]" {
            poll = true;
        } else {
            map.insert(w, poll);
        }
    }
    map
});

fn words(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .flat_map(|l| l.split('#').next().unwrap_or("").split_whitespace())
}

/// The claim verb `word` is, if any (case-insensitive).
pub(crate) fn claim_verb(word: &str) -> Option<ClaimVerb> {
    VERBS.get(lower(word).as_ref()).copied()
}

/// True for an adjective of belief ("convinced", "worried").
pub(crate) fn is_belief_adjective(word: &str) -> bool {
    ADJECTIVES.contains(lower(word).as_ref())
}

/// For the head noun of a document, study or poll: whether it is a poll.
pub(crate) fn finding_source(word: &str) -> Option<bool> {
    let word = lower(word);
    let word = word.trim_end_matches("’s").trim_end_matches("'s");
    SOURCES.get(word).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_read_every_form_and_the_poll_section() {
        assert_eq!(
            claim_verb("Believes"),
            Some(ClaimVerb {
                holds: Holds::Belief,
                form: Form::Present,
                bare_clause: true,
                to_intention: false,
                takes_object: false,
            })
        );
        assert_eq!(
            claim_verb("intended").map(|v| v.holds),
            Some(Holds::Intention)
        );
        assert_eq!(claim_verb("said"), None);
        assert!(claim_verb("hoped").is_some_and(|v| v.to_intention));
        assert!(claim_verb("knows").is_some_and(|v| !v.bare_clause));
        assert!(is_belief_adjective("convinced") && !is_belief_adjective("tired"));
        assert_eq!(finding_source("Polls"), Some(true));
        assert_eq!(finding_source("report’s"), Some(false));
        assert_eq!(finding_source("senator"), None);
    }
}
