//! Word lists the speaker rules consult: titles, roles, organisations, pronouns, given names.
//!
//! The lists are plain text in `words/` (written for whosaid), embedded in the binary and read
//! once into hash sets on first use. Lookups are case-insensitive.

use std::sync::LazyLock;

// Fx hashing (rustc-hash): the keys are our own fixed word lists, so no untrusted input can
// pick colliding keys, and it hashes a short word several times faster than SipHash.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Grammatical gender a word points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    /// he, Mr., a male given name.
    Male,
    /// she, Ms., a female given name.
    Female,
}

/// Words of a list file: whitespace separated, `#` to the end of a line is a comment.
fn words(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .flat_map(|l| l.split('#').next().unwrap_or("").split_whitespace())
}

fn set(text: &'static str) -> HashSet<&'static str> {
    words(text).collect()
}

/// A gendered list: words after `[male]` are male, after `[female]` female.
fn gendered(text: &'static str) -> HashMap<&'static str, Gender> {
    let mut out = HashMap::default();
    let mut gender = Gender::Male;
    for w in words(text) {
        match w {
            "[male]" => gender = Gender::Male,
            "[female]" => gender = Gender::Female,
            _ => {
                out.insert(w, gender);
            }
        }
    }
    out
}

/// Countries and U.S. states, one lowercase name (of one or more words) a line.
static PLACES: LazyLock<HashSet<&str>> = LazyLock::new(|| {
    include_str!("words/places.txt")
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .collect()
});

static TITLES: LazyLock<HashSet<&str>> = LazyLock::new(|| set(include_str!("words/titles.txt")));
static ROLE_NOUNS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| set(include_str!("words/role_nouns.txt")));
static ORG_NOUNS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| set(include_str!("words/org_nouns.txt")));
static DOCUMENT_NOUNS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| set(include_str!("words/document_nouns.txt")));
static NOT_NAMES: LazyLock<HashSet<&str>> =
    LazyLock::new(|| set(include_str!("words/not_names.txt")));
static AFFILIATIONS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| set(include_str!("words/affiliations.txt")));
static NAMING_VERBS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| set(include_str!("words/naming_verbs.txt")));
static STANCE_VERBS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| set(include_str!("words/fragment_verbs.txt")));
static TELL_VERBS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| set(include_str!("words/tell_verbs.txt")));
static GIVEN_NAMES: LazyLock<HashMap<&str, Gender>> =
    LazyLock::new(|| gendered(include_str!("words/given_names.txt")));
static GENDERED_TITLES: LazyLock<HashMap<&str, Gender>> =
    LazyLock::new(|| gendered(include_str!("words/gendered_titles.txt")));

/// Words that may stand between a speaker and the verb ("he also said"), lowercase.
pub(crate) static BETWEEN: LazyLock<HashSet<&str>> =
    LazyLock::new(|| set(include_str!("words/between.txt")));
/// Forms of "be" and "get" that make the verb after them passive, lowercase.
pub(crate) static PASSIVE: LazyLock<HashSet<&str>> =
    LazyLock::new(|| set(include_str!("words/passive.txt")));
/// Words that open an introductory phrase ended by a comma ("Inside the hall, Trump …"), lowercase.
pub(crate) static INTRO: LazyLock<HashSet<&str>> =
    LazyLock::new(|| set(include_str!("words/intro_openers.txt")));
/// Words after which a quotation names something rather than reports speech ("on ABC’s “This Week”"), lowercase.
pub(crate) static TITLE_BEFORE: LazyLock<HashSet<&str>> =
    LazyLock::new(|| set(include_str!("words/title_before.txt")));
/// Small words a title may leave lowercase ("Face the Nation", "Sons of Trump"); case-sensitive.
pub(crate) static TITLE_SMALL: LazyLock<HashSet<&str>> =
    LazyLock::new(|| set(include_str!("words/title_small.txt")));
/// Words that open a descriptor phrase ("the", "a", "several", "his"), lowercase.
pub(crate) static DETERMINERS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| set(include_str!("words/determiners.txt")));
/// Words that join the parts of a name ("de", "van", "bin"), lowercase.
pub(crate) static NAME_CONNECTORS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| set(include_str!("words/name_connectors.txt")));
/// Words that end a descriptor phrase read forward ("who", "in", "said"), lowercase.
pub(crate) static PHRASE_STOPS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| set(include_str!("words/phrase_stops.txt")));
/// Words a loose descriptor never contains: they start a clause or modifier after it, lowercase.
pub(crate) static LOOSE_STOPS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| set(include_str!("words/loose_stops.txt")));
/// Words naming a group that can say things together ("police", "people", "most"), lowercase.
pub(crate) static GROUP_WORDS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| set(include_str!("words/group_words.txt")));
/// Words that cannot open reported content ("said of the claim", "said after the vote"); case-sensitive.
pub(crate) static NOT_CONTENT: LazyLock<HashSet<&str>> =
    LazyLock::new(|| set(include_str!("words/not_content.txt")));
/// Sentence openers after which a trailing cue answers a question or sets a scene ("Asked about …, she said"); case-sensitive.
pub(crate) static TRAILING_OPENERS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| set(include_str!("words/trailing_openers.txt")));

/// Subject pronouns a speaker can be.
const PRONOUNS: &[&str] = &["he", "she", "they", "i", "we", "it", "you"];

/// Lowercases only when needed, so most lookups do not allocate.
pub(crate) fn lower(word: &str) -> std::borrow::Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        std::borrow::Cow::Owned(word.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(word)
    }
}

/// `f` of `word` lowercased, as `lower` gives it, without allocating for short ASCII words.
fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    match stack_lower(word) {
        Some((buf, len)) => f(std::str::from_utf8(&buf[..len]).unwrap_or_default()),
        None => f(&lower(word)),
    }
}

/// An ASCII word of up to 32 bytes lowercased on the stack (the bytes and their length);
/// `None` for longer or non-ASCII words, which callers lowercase the usual way.
pub(crate) fn stack_lower(word: &str) -> Option<([u8; 32], usize)> {
    let mut buf = [0u8; 32];
    if word.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    buf[..word.len()].copy_from_slice(word.as_bytes());
    buf[..word.len()].make_ascii_lowercase();
    Some((buf, word.len()))
}

fn has(list: &HashSet<&str>, word: &str) -> bool {
    with_lower(word, |w| list.contains(w))
}

/// True for a title or office word that may stand before a name.
pub fn is_title(word: &str) -> bool {
    has(&TITLES, word)
}

/// The gender a title states, if any.
pub fn title_gender(word: &str) -> Option<Gender> {
    with_lower(word, |w| GENDERED_TITLES.get(w).copied())
}

/// The usual gender of a given name, if it is a common one.
pub fn given_name_gender(word: &str) -> Option<Gender> {
    with_lower(word, |w| GIVEN_NAMES.get(w).copied())
}

/// True for a noun naming a person's role ("senator", "official", "spokeswoman").
pub fn is_role_noun(word: &str) -> bool {
    has(&ROLE_NOUNS, word)
}

/// True for a noun naming an organisation ("Kremlin", "campaign", "ministry").
pub fn is_org_noun(word: &str) -> bool {
    has(&ORG_NOUNS, word)
}

/// True for the lowercase words of a country or U.S. state ("sudan", "new hampshire").
pub fn is_place(words: &[String]) -> bool {
    let joined = words.join(" ");
    PLACES.contains(joined.as_str())
}

/// True for a document or finding ("report", "poll"), which is not a speaker.
pub fn is_document_noun(word: &str) -> bool {
    has(&DOCUMENT_NOUNS, word)
}

/// True for a verb that puts the speaker's words on something ("called", "described").
pub(crate) fn is_naming_verb(word: &str) -> bool {
    has(&NAMING_VERBS, word)
}

/// True for a verb by which a subject puts forward or characterises a view ("bemoaned",
/// "touts"), any form.
pub(crate) fn is_stance_verb(word: &str) -> bool {
    has(&STANCE_VERBS, word)
}

/// Base forms of the stance verbs ("attack", "praise"): as often nouns as verbs.
static STANCE_BASES: LazyLock<HashSet<&str>> = LazyLock::new(|| {
    include_str!("words/fragment_verbs.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_whitespace().next())
        .collect()
});

/// True for the base form of a stance verb ("attack", not "attacked").
pub(crate) fn is_stance_base(word: &str) -> bool {
    has(&STANCE_BASES, word)
}

/// True for a verb (base form) taking a person as object before its content ("tell").
pub(crate) fn is_tell_verb(lemma: &str) -> bool {
    TELL_VERBS.contains(lemma)
}

/// True for a subject pronoun.
pub fn is_pronoun(word: &str) -> bool {
    PRONOUNS.contains(&lower(without_contraction(word)).as_ref())
}

/// "he’s" → "he", "they'd" → "they", "she’ll" → "she": the pronoun inside a contraction.
fn without_contraction(word: &str) -> &str {
    for tail in [
        "’s", "'s", "’d", "'d", "’ll", "'ll", "’ve", "'ve", "’re", "'re",
    ] {
        if let Some(head) = word.strip_suffix(tail) {
            return head;
        }
    }
    word
}

/// True for capitalised words that are not names (openers, months, weekdays).
pub fn is_not_name(word: &str) -> bool {
    has(&NOT_NAMES, word)
}

/// True for an affiliation adjective ("Russian", "Republican").
pub fn is_affiliation(word: &str) -> bool {
    has(&AFFILIATIONS, word)
}

/// The gender a pronoun refers to, if any.
pub fn pronoun_gender(word: &str) -> Option<Gender> {
    match lower(without_contraction(word)).as_ref() {
        "he" | "him" | "his" | "himself" => Some(Gender::Male),
        "she" | "her" | "hers" | "herself" => Some(Gender::Female),
        _ => None,
    }
}

/// Verb forms that are more often plural nouns ("member states", "the claims", "reports").
pub fn is_noun_like(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "states"
            | "claims"
            | "notes"
            | "reports"
            | "posts"
            | "answers"
            | "comments"
            | "remarks"
            | "charges"
            | "promises"
            | "demands"
            | "estimates"
            | "signals"
            | "hints"
            | "repeats"
            | "texts"
            | "protests"
            | "counters"
            | "cautions"
            | "pledges"
            | "vows"
            | "tweets"
            | "warnings"
            | "concludes"
            | "observes"
            | "suggests"
            | "maintains"
    )
}

/// True for an auxiliary or modal that opens a verb group ("has", "will", "could").
pub(crate) fn is_auxiliary(word: &str) -> bool {
    matches!(
        &*lower(word),
        "has"
            | "have"
            | "had"
            | "is"
            | "are"
            | "was"
            | "were"
            | "will"
            | "would"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "should"
            | "did"
            | "does"
    )
}

/// True for a lowercase word that is plainly a finite verb: an auxiliary, a regular past
/// ("approved"), a reporting verb's past or present ("said", "warns"), or a common irregular
/// past ("won", "made").
pub(crate) fn is_finite_verb(word: &str) -> bool {
    let regular = word.len() > 4 && word.ends_with("ed");
    let cue = super::cue::lookup(word)
        .is_some_and(|c| matches!(c.form, super::cue::Form::Past | super::cue::Form::Present));
    let irregular = matches!(
        word,
        "won"
            | "made"
            | "took"
            | "gave"
            | "got"
            | "went"
            | "came"
            | "saw"
            | "kept"
            | "held"
            | "left"
            | "ran"
            | "became"
            | "began"
            | "brought"
            | "found"
            | "knew"
            | "lost"
            | "met"
            | "paid"
            | "sent"
            | "spent"
            | "stood"
            | "remains"
    );
    is_auxiliary(word) || regular || cue || irregular
}

/// True for a preposition that can open a source or place phrase ("per", "by", "via").
pub(crate) fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "per" | "by" | "from" | "to" | "of" | "in" | "on" | "at" | "with" | "for" | "via"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_list_file_loads_words_not_comments() {
        let lists = [
            &BETWEEN,
            &PASSIVE,
            &INTRO,
            &TITLE_BEFORE,
            &TITLE_SMALL,
            &DETERMINERS,
            &NAME_CONNECTORS,
            &PHRASE_STOPS,
            &LOOSE_STOPS,
            &GROUP_WORDS,
            &NOT_CONTENT,
            &TRAILING_OPENERS,
            &NAMING_VERBS,
            &TELL_VERBS,
        ];
        for list in lists {
            assert!(list.len() >= 5, "{list:?}");
            assert!(list.iter().all(|w| !w.starts_with('#')), "{list:?}");
        }
        assert!(BETWEEN.contains("also") && TELL_VERBS.contains("tell"));
        assert!(is_naming_verb("Called") && !is_naming_verb("said"));
    }

    #[test]
    fn lists_load_and_lookups_ignore_case() {
        assert!(is_title("Sen.") && is_title("PRESIDENT"));
        assert!(is_role_noun("spokeswoman") && is_org_noun("Kremlin"));
        assert_eq!(given_name_gender("Margaret"), Some(Gender::Female));
        assert_eq!(given_name_gender("Donald"), Some(Gender::Male));
        assert_eq!(title_gender("Mr."), Some(Gender::Male));
        assert!(is_not_name("Thursday") && !is_not_name("Trump"));
        assert!(is_pronoun("She") && !is_pronoun("Shea"));
    }
}
