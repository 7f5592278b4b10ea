//! Abbreviations that end in a period without ending a sentence.
//!
//! Shared by the sentence splitter (is this period a boundary?) and the tokenizer (does the
//! period belong to the word?). Lists are plain data; the decisions live in `sentence.rs`.

use std::sync::LazyLock;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Titles before a name: a period after one never ends a sentence ("Sen. Okafor").
const TITLES: &[&str] = &[
    "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs",
    "Gen", "Lt", "Col", "Sgt", "Capt", "Cpl", "Pvt", "Maj", "Adm", "Cmdr", "Cmdr", "Brig", "Prof",
    "Rev", "Hon", "Pres", "Supt", "Det", "Insp", "Atty", "Amb", "Gens", "Fr", "Sr", "Sra", "St",
    "Ste", "Mt", "Ft", "Ald", "Rt", "Msgr",
];

/// Abbreviations that usually sit mid-sentence but can end one ("Jr.", "Calif.").
const SOFT: &[&str] = &[
    "Jr", "Sr", "etc", "vs", "v", "al", "approx", "Ave", "Blvd", "Rd", "Hwy", "Dept", "Univ",
    "Assn", "Est", "ca", "cf", "ed", "eds", "est", "ft", "lb", "lbs", "oz", "mi", "min", "max",
    "mph", // US state abbreviations in AP style.
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans",
    "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore",
    "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
];

/// Abbreviations before a number: month abbreviations ("Jan. 5") and references ("p. 12",
/// "pp. 4-6", "No. 7", "Art. 5", "fig. 3"). No boundary before a digit.
const BEFORE_NUMBER: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No",
    "Nos", "Vol", "vol", "Vols", "vols", "Fig", "fig", "Figs", "figs", "p", "pp", "Art", "art",
    "Arts", "ch", "Ch", "chap", "Chap", "sec", "Sec", "para", "Para", "paras", "pt", "Pt", "Nr",
    "nr", "Ex", "ex", "Tab", "tab",
];

/// Times and eras: at a sentence end before any capitalised word but a day, month or zone.
const TIMES: &[&str] = &["a.m", "p.m", "A.M", "P.M", "B.C", "A.D", "B.C.E", "C.E"];

/// Company suffixes: at a sentence end before a sentence opener or a capitalised word that a
/// lowercase one follows ("Acme Inc. Shares fell"), not before a title ("Acme Inc. Chief
/// Executive …", "Acme Inc. CEO …").
const COMPANIES: &[&str] = &[
    "Inc", "Corp", "Co", "Cos", "Ltd", "LLC", "Plc", "PLC", "plc", "Bros",
];

/// Words after "a.m." or "B.C." that keep the sentence going: days, months and time zones.
const TIME_FOLLOWERS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Eastern",
    "Central",
    "Mountain",
    "Pacific",
    "Atlantic",
    "Alaska",
    "Hawaii",
    "Greenwich",
    "British",
    "local",
    "Moscow",
    "Beijing",
    "Tokyo",
];

/// Words that very often open a sentence: after a soft abbreviation they mark a boundary.
const STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "But",
    "And",
    "Or",
    "So",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "Then",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "My",
    "In",
    "On",
    "At",
    "As",
    "After",
    "Before",
    "When",
    "While",
    "If",
    "What",
    "Why",
    "How",
    "Who",
    "Yet",
    "Still",
    "Meanwhile",
    "However",
    "Now",
    "Last",
    "Earlier",
    "Later",
];

static STARTER_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| STARTERS.iter().copied().collect());

/// Every listed word with its class, in one map (one hash per period in an article). A word on
/// several lists takes the first class `classify` checks: lower classes go in first and are
/// overwritten.
static CLASSES: LazyLock<HashMap<&'static str, AbbrevClass>> = LazyLock::new(|| {
    let lists = [
        (SOFT, AbbrevClass::Soft),
        (BEFORE_NUMBER, AbbrevClass::BeforeNumber),
        (COMPANIES, AbbrevClass::Company),
        (TIMES, AbbrevClass::Time),
        (TITLES, AbbrevClass::Title),
    ];
    let mut map = HashMap::default();
    for (words, class) in lists {
        for &w in words {
            map.insert(w, class);
        }
    }
    map
});

/// Membership by hash (the lists are too long to scan for every period in an article); Fx
/// hashing, as the keys are our own fixed lists (no untrusted input is ever inserted). No
/// listed word is longer than 12 bytes.
fn in_list(set: &HashSet<&'static str>, word: &str) -> bool {
    word.len() <= 12 && set.contains(word)
}

/// How a word followed by a period behaves at a possible sentence boundary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbbrevClass {
    /// Never ends a sentence: titles and single initials.
    Title,
    /// Ends a sentence only before a typical sentence opener.
    Soft,
    /// A month abbreviation or a reference ("p.", "No."): no boundary before a number.
    BeforeNumber,
    /// A time or era ("a.m.", "B.C."): a boundary before a capitalised word but a day, month
    /// or time zone.
    Time,
    /// A company suffix ("Inc."): a boundary before an opener or a capitalised word that a
    /// lowercase one follows.
    Company,
    /// An ordinary word: the period ends the sentence.
    None,
}

/// Classifies `word` (the text before a period, without the period). Titles, times and
/// company suffixes come first, then initials, then the words before numbers and the soft ones.
pub fn classify(word: &str) -> AbbrevClass {
    let listed = if word.len() <= 12 {
        CLASSES.get(word).copied()
    } else {
        None
    };
    if let Some(class @ (AbbrevClass::Title | AbbrevClass::Time | AbbrevClass::Company)) = listed {
        return class;
    }
    if is_initials(word) {
        // "J", "J.K", "U.S", "a.m", "D.C": letters joined by periods.
        return if word.len() == 1 {
            AbbrevClass::Title
        } else {
            AbbrevClass::Soft
        };
    }
    listed.unwrap_or(AbbrevClass::None)
}

/// True for a word after "a.m." or "B.C." that keeps its sentence going ("Friday", "EST").
pub fn continues_time(word: &str) -> bool {
    let zone = (2..=4).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase());
    zone || TIME_FOLLOWERS.contains(&word)
}

/// True for a typical sentence opener ("The", "He").
pub fn is_starter(word: &str) -> bool {
    in_list(&STARTER_SET, word)
}

/// True for "J", "J.K", "U.S", "a.m": single letters separated by periods.
fn is_initials(word: &str) -> bool {
    let mut expect_letter = true;
    let mut letters = 0;
    for c in word.chars() {
        if expect_letter {
            if !c.is_alphabetic() {
                return false;
            }
            letters += 1;
        } else if c != '.' {
            return false;
        }
        expect_letter = !expect_letter;
    }
    letters > 0 && !expect_letter && (letters > 1 || word.chars().all(char::is_uppercase))
}

/// True when a period after `word` belongs to the word ("Mr." "U.S." "Calif.").
pub fn takes_period(word: &str) -> bool {
    let last = word.rsplit('-').next().unwrap_or(word);
    classify(word) != AbbrevClass::None || (last != word && classify(last) != AbbrevClass::None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_common_forms() {
        assert_eq!(classify("Mr"), AbbrevClass::Title);
        assert_eq!(classify("J"), AbbrevClass::Title);
        assert_eq!(classify("U.S"), AbbrevClass::Soft);
        assert_eq!(classify("Calif"), AbbrevClass::Soft);
        assert_eq!(classify("Jan"), AbbrevClass::BeforeNumber);
        assert_eq!(classify("pp"), AbbrevClass::BeforeNumber);
        assert_eq!(classify("p.m"), AbbrevClass::Time);
        assert_eq!(classify("Inc"), AbbrevClass::Company);
        assert_eq!(classify("said"), AbbrevClass::None);
        assert_eq!(classify("a"), AbbrevClass::None);
        assert_eq!(classify("I"), AbbrevClass::Title);
    }

    #[test]
    fn a_word_on_two_lists_takes_the_first_class() {
        // "Sr" is a title and a soft abbreviation: a title.
        assert_eq!(classify("Sr"), AbbrevClass::Title);
        // Times are initials too: the list wins; other initials come before the soft list.
        assert_eq!(classify("B.C.E"), AbbrevClass::Time);
        assert_eq!(classify("D.C"), AbbrevClass::Soft);
        // Longer than any listed word: only initials can match.
        assert_eq!(classify("Massachusetts"), AbbrevClass::None);
        assert_eq!(classify("A.B.C.D.E.F.G"), AbbrevClass::Soft);
    }
}
