//! People across articles: name keys, and the rule that joins a new name to a known person.
//!
//! Pure functions. The canonical name is the fullest form seen; a later article's bare surname
//! joins the one known person with that surname; a surname shared by several people is not
//! merged silently (the caller keeps it apart and says so); a full name with another given
//! name is another person.

use unicode_normalization::UnicodeNormalization;

use crate::store::PersonId;

/// A folded name for matching: lowercase, accents and periods removed, single spaces,
/// possessives dropped ("Zelenskyy’s" → "zelenskyy").
pub fn fold(name: &str) -> String {
    let plain: String = name
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| if c == '’' { '\'' } else { c })
        .filter(|&c| c != '.')
        .collect::<String>()
        .to_lowercase();
    let words: Vec<&str> = plain
        .split_whitespace()
        .map(|w| w.strip_suffix("'s").unwrap_or(w))
        .collect();
    words.join(" ")
}

/// The folded surname: the last word, skipping "jr", "sr" and roman numerals.
pub fn surname_key(name: &str) -> String {
    let folded = fold(name);
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    let last = words
        .iter()
        .rev()
        .find(|w| !matches!(**w, "jr" | "sr" | "ii" | "iii" | "iv"))
        .or(words.last());
    last.map_or_else(String::new, |w| w.to_string())
}

fn given_key(name: &str) -> Option<String> {
    let folded = fold(name);
    let words: Vec<&str> = folded.split(' ').collect();
    (words.len() > 1).then(|| words[0].to_string())
}

/// A person already in the database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    /// Row id.
    pub id: PersonId,
    /// Canonical name.
    pub name: String,
}

/// What to do with a name from a new article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// It is this known person.
    Existing(PersonId),
    /// It is this known person, whose canonical name should become the new, fuller form.
    Upgrade(PersonId),
    /// Nobody known: a new person.
    New,
    /// A bare surname several known people share: kept apart as a new person.
    Ambiguous(Vec<String>),
}

/// Decides who `name` is, given the people known under its exact alias (`by_alias`) and the
/// people sharing its surname (`by_surname`).
pub fn decide(name: &str, by_alias: &[Known], by_surname: &[Known]) -> Decision {
    if let [one] = by_alias {
        return Decision::Existing(one.id);
    }
    if let Some(exact) = by_alias.iter().find(|k| fold(&k.name) == fold(name)) {
        return Decision::Existing(exact.id);
    }
    match given_key(name) {
        None => match by_surname {
            [] => Decision::New,
            [one] => Decision::Existing(one.id),
            many => Decision::Ambiguous(many.iter().map(|k| k.name.clone()).collect()),
        },
        Some(given) => {
            let same_given: Vec<&Known> = by_surname
                .iter()
                .filter(|k| given_compatible(&given, &k.name))
                .collect();
            if let [one] = same_given.as_slice() {
                return Decision::Existing(one.id);
            }
            let bare: Vec<&Known> = by_surname
                .iter()
                .filter(|k| given_key(&k.name).is_none())
                .collect();
            match (same_given.len(), bare.as_slice()) {
                (0, [one]) if by_surname.len() == 1 => Decision::Upgrade(one.id),
                _ => Decision::New,
            }
        }
    }
}

/// "donald" fits "Donald Trump" and "D. Trump"; "ivanka" does not fit "Donald Trump".
fn given_compatible(given: &str, known_name: &str) -> bool {
    match given_key(known_name) {
        Some(k) => {
            k == given
                || (k.len() == 1 && given.starts_with(&k))
                || (given.len() == 1 && k.starts_with(given))
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(id: i64, name: &str) -> Known {
        Known {
            id: PersonId(id),
            name: name.into(),
        }
    }

    #[test]
    fn fold_ignores_case_accents_and_periods() {
        assert_eq!(fold("  José  Ramos-Horta "), "jose ramos-horta");
        assert_eq!(fold("Sen. Zelenskyy’s"), "sen zelenskyy");
        assert_eq!(surname_key("Martin Luther King Jr."), "king");
    }

    #[test]
    fn surname_joins_the_one_known_person() {
        assert_eq!(
            decide("Trump", &[], &[known(1, "Donald Trump")]),
            Decision::Existing(PersonId(1))
        );
        assert_eq!(decide("Trump", &[], &[]), Decision::New);
    }

    #[test]
    fn shared_surname_is_not_merged_silently() {
        let both = [known(1, "Paulo Brandt"), known(2, "Kevin Brandt")];
        assert_eq!(
            decide("Brandt", &[], &both),
            Decision::Ambiguous(vec!["Paulo Brandt".into(), "Kevin Brandt".into()])
        );
        assert_eq!(
            decide("Kevin Brandt", &[], &both),
            Decision::Existing(PersonId(2))
        );
    }

    #[test]
    fn other_given_name_is_another_person_and_full_name_upgrades_bare_surname() {
        assert_eq!(
            decide("Ivanka Trump", &[], &[known(1, "Donald Trump")]),
            Decision::New
        );
        assert_eq!(
            decide("Donald Trump", &[], &[known(3, "Trump")]),
            Decision::Upgrade(PersonId(3))
        );
        assert_eq!(
            decide(
                "Trump",
                &[known(4, "Donald Trump")],
                &[known(4, "Donald Trump"), known(5, "Ivanka Trump")]
            ),
            Decision::Existing(PersonId(4))
        );
    }
}
