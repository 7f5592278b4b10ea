//! Who a mention is: a name, pronoun, descriptor or organisation mapped onto the cast.
//!
//! Rules, in order (`speaker_for`): transcript capitals ("TAPPER:") that spell a cast member;
//! a name the cast knows, else a new person (a lone sentence opener is no one); a "he"/"she"
//! to its antecedent; an organisation as written; a definite role descriptor ("the Russian
//! president") to the person with that role, "administration officials" to the one
//! administration the article names, else an anonymous source as written.

use super::super::cast::{clean_name, name_words};
use super::super::doc::Doc;
use super::super::lexicon;
use super::super::mention::{Mention, MentionKind};
use crate::model::{Located, Span, Speaker, SpeakerKind, SpeakerRule};

/// Turns a mention into a speaker, using the cast and the sentence the mention is in.
pub(crate) fn speaker_for(doc: &Doc, m: &Mention, sentence: usize) -> Speaker {
    decide(doc, m, sentence).0
}

/// Who the mention `m` (in sentence `sentence`) is, and the rule that said so.
pub(crate) fn decide(doc: &Doc, m: &Mention, sentence: usize) -> (Speaker, SpeakerRule) {
    let (cast, text) = (&doc.cast, doc.text);
    let located = Some(Located::from_span(text, m.span));
    let person = |i: usize| Speaker {
        name: Some(cast.people[i].name.clone()),
        kind: SpeakerKind::Person,
        mention: located.clone(),
        role: cast.people[i].role.clone(),
        aliases: cast.aliases(i),
    };
    // "TAPPER:" in a transcript: capitals that spell a cast member's name are that person.
    let written = m.span.slice(text);
    if written.chars().any(char::is_alphabetic)
        && !written.chars().any(char::is_lowercase)
        && written.chars().filter(|c| c.is_alphabetic()).count() > 3
        && let Some(i) = cast.find(&name_words(written), m.span.start)
    {
        return (person(i), SpeakerRule::TranscriptCapitals);
    }
    match m.kind {
        MentionKind::Name => by_name(doc, m, located.clone(), &person),
        MentionKind::Pronoun => {
            let word = m.span.slice(text);
            let gender = lexicon::pronoun_gender(word);
            match gender.and_then(|g| cast.antecedent(m.span.start, sentence, Some(g))) {
                Some(i) => (person(i), SpeakerRule::PronounAntecedent),
                None => (Speaker::unknown(located), SpeakerRule::PronounUnresolved),
            }
        }
        MentionKind::Organization => match named_before(doc, m) {
            Some(name) => (
                organisation(text, m, name),
                SpeakerRule::OrganizationNamedBefore,
            ),
            None => (
                named_group(text, m, SpeakerKind::Organization),
                SpeakerRule::Organization,
            ),
        },
        MentionKind::Descriptor => {
            let head = m.head.as_deref().unwrap_or("");
            if m.definite
                && let Some(i) = cast.by_role(head, &m.modifiers, m.span.start)
            {
                return (person(i), SpeakerRule::RoleDescriptor);
            }
            if let Some(name) = officials_administration(doc, m) {
                return (
                    organisation(text, m, name),
                    SpeakerRule::OfficialsAdministration,
                );
            }
            (
                named_group(text, m, SpeakerKind::Anonymous),
                SpeakerRule::AnonymousDescriptor,
            )
        }
    }
}

/// "administration officials said", "American officials said": officials of the government,
/// who speak for the one administration the article names ("the Tarrant administration");
/// none when it names none or several.
fn officials_administration(doc: &Doc, m: &Mention) -> Option<String> {
    let head = m.head.as_deref()?;
    let national = |w: &str| matches!(w, "administration" | "american" | "u.s." | "us");
    // One official ("a senior administration official") stays an anonymous source.
    let officials = head == "officials";
    if !officials || m.modifiers.is_empty() || !m.modifiers.iter().all(|w| national(w)) {
        return None;
    }
    let (text, lower) = (doc.text, doc.lower());
    let mut named: Option<&str> = None;
    for (at, _) in lower.match_indices(" administration") {
        // The capitalised word before it: "Tarrant administration", "Obama’s administration"
        // is no name of one.
        let before = text.get(..at)?;
        let word = &before[before.rfind(' ').map_or(0, |k| k + 1)..];
        let word = word.trim_start_matches(['(', '“', '"']);
        let name_like = word.starts_with(|c: char| c.is_uppercase())
            && word.chars().all(char::is_alphabetic)
            && !lexicon::is_not_name(word)
            && !lexicon::is_title(&word.to_lowercase());
        if !name_like {
            continue;
        }
        match named {
            Some(n) if n != word => return None,
            _ => named = Some(word),
        }
    }
    named.map(|n| format!("the {n} administration"))
}

/// Who a name mention is: the cast member (`person` makes the speaker), an organisation an
/// appositive named, no one for a sentence opener, or a new person.
fn by_name(
    doc: &Doc,
    m: &Mention,
    located: Option<Located>,
    person: &dyn Fn(usize) -> Speaker,
) -> (Speaker, SpeakerRule) {
    let (cast, text) = (&doc.cast, doc.text);
    let words = name_words(m.name.map_or("", |s| s.slice(text)));
    // "Chris" after "Chris Anderson": the one person with those given names.
    if let Some(i) = cast
        .find(&words, m.span.start)
        .or_else(|| cast.by_given_names(&words))
    {
        return (person(i), SpeakerRule::CastName);
    }
    if cast.is_organisation(&words) {
        (
            named_group(text, m, SpeakerKind::Organization),
            SpeakerRule::Organization,
        )
    } else if is_opener(text, m.span) {
        (Speaker::unknown(located), SpeakerRule::OpenerNotName)
    } else {
        (new_person(text, m, located), SpeakerRule::NewName)
    }
}

/// A person the cast does not know, called as the mention names them.
fn new_person(text: &str, m: &Mention, located: Option<Located>) -> Speaker {
    Speaker {
        name: Some(clean_name(m.name.map_or("", |s| s.slice(text)))),
        kind: SpeakerKind::Person,
        mention: located,
        role: None,
        aliases: Default::default(),
    }
}

/// A lone capitalised word no one in the article is called, where a sentence opener stands
/// ("Likewise, …", "Wait, …") or a lone title or affiliation ("Former …"): not a name.
fn is_opener(text: &str, span: Span) -> bool {
    let word = span.slice(text);
    if word.contains(' ') {
        return false;
    }
    let before = text.get(..span.start).unwrap_or("").trim_end();
    let sentence_start =
        before.is_empty() || before.ends_with(['.', '?', '!', '“', '"', ':', ';', '—']);
    let after = text.get(span.end..).unwrap_or("");
    let lower = word.to_lowercase();
    sentence_start && after.starts_with(',')
        || lexicon::is_title(&lower)
        || lexicon::is_affiliation(&lower) && !lower.ends_with('s')
}

/// An organisation or anonymous source, named as written with a lowercase article.
fn named_group(text: &str, m: &Mention, kind: SpeakerKind) -> Speaker {
    let written = m.span.slice(text);
    let name = match written.split_once(' ') {
        Some((first, rest)) if matches!(first, "The" | "A" | "An") => {
            format!("{} {rest}", first.to_lowercase())
        }
        _ => written.to_string(),
    };
    Speaker {
        name: Some(name),
        kind,
        mention: Some(Located::from_span(text, m.span)),
        role: None,
        aliases: Default::default(),
    }
}

/// "the Russian space agency" with "Russian space agency Roscosmos" elsewhere in the article:
/// a descriptor of an organisation is the organisation the article names right after the same
/// words (the nearest such naming before the mention, else the first after it); not a person
/// with a title ("Palestinian Authority President Mahmoud Abbas").
fn named_before(doc: &Doc, m: &Mention) -> Option<String> {
    let text = doc.text;
    let written = m.span.slice(text);
    let words = written
        .strip_prefix("the ")
        .or_else(|| written.strip_prefix("The "))?;
    // One noun ("the company") is too common to name one organisation.
    if !words.contains(' ') || !words.starts_with(|c: char| c.is_alphabetic()) {
        return None;
    }
    let phrase = words.to_ascii_lowercase();
    let named_at = |at: usize| -> Option<String> {
        let rest = text.get(at + phrase.len()..)?;
        let rest = rest.strip_prefix(", ").or_else(|| rest.strip_prefix(' '))?;
        let name: Vec<&str> = rest
            .split(' ')
            .take_while(|w| {
                w.starts_with(|c: char| c.is_uppercase())
                    && w.chars()
                        .all(|c| c.is_alphanumeric() || c == '-' || c == '&')
            })
            .collect();
        let first = name.first()?;
        let person = lexicon::is_title(&first.to_lowercase()) || lexicon::is_not_name(first);
        (!person).then(|| name.join(" "))
    };
    let lower = doc.lower();
    let before = lower.get(..m.span.start)?;
    before
        .rmatch_indices(&phrase)
        .find_map(|(at, _)| named_at(at))
        .or_else(|| {
            lower
                .match_indices(&phrase)
                .filter(|(at, _)| *at > m.span.start)
                .find_map(|(at, _)| named_at(at))
        })
        .or_else(|| apposed_before(text, lower, &phrase))
}

/// "Roscosmos, the Russian space agency,": the capitalised words before ", the PHRASE".
fn apposed_before(text: &str, lower: &str, phrase: &str) -> Option<String> {
    let apposed = format!(", the {phrase}");
    lower.match_indices(&apposed).find_map(|(at, _)| {
        // The phrase ends there: "Morag Lindsay, the company's operations director" is no
        // apposition of "the company".
        let after = lower.get(at + apposed.len()..)?.chars().next();
        if after.is_some_and(|c| c.is_alphanumeric() || matches!(c, '\'' | '’')) {
            return None;
        }
        let name: Vec<&str> = text
            .get(..at)?
            .rsplit(' ')
            .take_while(|w| w.starts_with(|c: char| c.is_uppercase()))
            .collect();
        let first = *name.last()?;
        let ok = !lexicon::is_title(&first.to_lowercase()) && !lexicon::is_not_name(first);
        ok.then(|| name.into_iter().rev().collect::<Vec<_>>().join(" "))
    })
}

/// The organisation `name`, spoken of here as `m`.
fn organisation(text: &str, m: &Mention, name: String) -> Speaker {
    Speaker {
        name: Some(name),
        kind: SpeakerKind::Organization,
        mention: Some(Located::from_span(text, m.span)),
        role: None,
        aliases: Default::default(),
    }
}
