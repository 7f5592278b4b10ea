//! The article's cast: every person it names, and where.
//!
//! Built once per article from every name outside quotation marks: a run of capitalised words
//! is a person when it has a title ("Sen."), a known given name, an appositive role, or speaks
//! (a reporting verb follows it). Later mentions by surname join the person with that surname;
//! the canonical name is the first full form ("Donald Trump"). Pronoun votes settle genders,
//! and chains of "he"/"she" become mentions of the person they refer to.

use std::sync::Arc;

use super::cue;
use super::lexicon::{self, Gender};
use super::mention::{Mention, MentionKind, mention_after, strip_possessive};
use super::para::Para;
use crate::model::Span;

/// One person named in the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Person {
    /// Fullest name the article gives ("Donald Trump").
    pub name: String,
    /// Lowercase name words.
    pub words: Vec<String>,
    /// Lowercase titles and role words seen with the name ("russian", "president").
    pub titles: Vec<String>,
    /// Role from an appositive or title, as written ("Putin’s foreign policy adviser").
    pub role: Option<String>,
    /// Gender from titles, given name or the article's pronouns.
    pub gender: Option<Gender>,
    /// Every form of the name the article used ("Margaret Thornquist", "Thornquist").
    pub forms: Vec<String>,
    /// Lowercase surnames the person also goes by ("Ellen Gille, née Fetter," gives Ellen
    /// Fetter "gille").
    pub also: Vec<String>,
    votes: [u32; 2],
}

impl Person {
    /// Lowercase surname.
    pub fn surname(&self) -> &str {
        self.words.last().map_or("", String::as_str)
    }

    /// Records that the person is also called `name` (lowercase words `words`), under its
    /// surname too.
    fn also_called(&mut self, name: &str, words: &[String]) {
        let surname = words.last().cloned().unwrap_or_default();
        if !self.has_surname(&surname) {
            self.also.push(surname);
        }
        let form = clean_name(name);
        if !self.forms.contains(&form) {
            self.forms.push(form);
        }
    }

    /// True when the person goes by this lowercase surname.
    fn has_surname(&self, surname: &str) -> bool {
        self.surname() == surname || self.also.iter().any(|s| s == surname)
    }
}

/// Where the article names a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PersonMention {
    /// Byte offset of the mention.
    pub pos: usize,
    /// Index into `Cast::people`.
    pub person: usize,
    /// Index of the sentence it is in.
    pub sentence: usize,
}

/// The people of one article and where each is mentioned.
#[derive(Debug, Clone, Default)]
pub(crate) struct Cast {
    /// Everyone named.
    pub people: Vec<Person>,
    /// Mentions outside quotation marks, in text order.
    pub mentions: Vec<PersonMention>,
    /// Lowercase name words of organisations an appositive named ("Consumer Voice, a
    /// campaign group,"): never people.
    pub organisations: Vec<Vec<String>>,
    /// `people[i].forms` as one shared list each, made by `share_forms` once the cast is
    /// complete: every statement of the person holds it as its speaker's aliases.
    shared_forms: Vec<Arc<[String]>>,
}

const NAME_SUFFIXES: &[&str] = &["jr.", "sr.", "jr", "sr", "ii", "iii", "iv"];

/// Lowercase name words of a name span, without possessive or suffixes.
pub(crate) fn name_words(name: &str) -> Vec<String> {
    let mut words: Vec<String> = after_possessive(name)
        .split_whitespace()
        .map(|w| strip_possessive(w).trim_end_matches(',').to_lowercase())
        .filter(|w| !w.is_empty())
        .collect();
    while words.len() > 1
        && words
            .last()
            .is_some_and(|w| NAME_SUFFIXES.contains(&w.as_str()))
    {
        words.pop();
    }
    words
}

impl Cast {
    /// Makes the shared alias lists (`aliases`); call it when no more people or forms join.
    pub(crate) fn share_forms(&mut self) {
        self.shared_forms = self
            .people
            .iter()
            .map(|p| p.forms.as_slice().into())
            .collect();
    }

    /// The forms of person `i`'s name, as a speaker's aliases: the shared list when
    /// `share_forms` ran since the person's forms last changed, else a new one.
    pub(crate) fn aliases(&self, i: usize) -> Arc<[String]> {
        match self.shared_forms.get(i) {
            Some(shared) if shared.len() == self.people[i].forms.len() => Arc::clone(shared),
            _ => self.people[i].forms.as_slice().into(),
        }
    }

    /// The person a name refers to, if the cast has exactly one fitting candidate (the most
    /// recently mentioned one before `pos` when several share a surname).
    pub fn find(&self, words: &[String], pos: usize) -> Option<usize> {
        let fits = self.name_fits(words);
        match fits.len() {
            0 => None,
            1 => Some(fits[0]),
            _ => self.latest_of(&fits, pos).or(Some(fits[0])),
        }
    }

    /// Everyone a name may refer to: the same surname, and the same or no given name.
    pub fn name_fits(&self, words: &[String]) -> Vec<usize> {
        let Some(surname) = words.last() else {
            return Vec::new();
        };
        (0..self.people.len())
            .filter(|&i| {
                let p = &self.people[i];
                p.has_surname(surname)
                    && (words.len() < 2
                        || p.words.len() < 2
                        || p.words[0] == words[0]
                        || initial_of(&words[0], &p.words[0]))
            })
            .collect()
    }

    /// "Chris" after "Chris Anderson", "Mary Anne" after "Mary Anne Kowalczyk": the given
    /// names of exactly one person with a longer name.
    /// Only for a speaker's mention: the cast itself never merges people this way.
    pub fn by_given_names(&self, words: &[String]) -> Option<usize> {
        let mut fits = (0..self.people.len()).filter(|&i| {
            let p = &self.people[i];
            p.words.len() > words.len() && p.words.starts_with(words)
        });
        let first = fits.next()?;
        let given = words.iter().all(|w| !lexicon::is_not_name(w))
            && (words.len() == 1
                || words
                    .iter()
                    .all(|w| lexicon::given_name_gender(w).is_some()));
        (fits.next().is_none() && given).then_some(first)
    }

    /// True when an appositive showed the name to be an organisation's.
    pub fn is_organisation(&self, words: &[String]) -> bool {
        self.organisations.iter().any(|o| o.as_slice() == words)
    }

    fn latest_of(&self, fits: &[usize], pos: usize) -> Option<usize> {
        self.mentions
            .iter()
            .rev()
            .filter(|m| m.pos < pos)
            .find(|m| fits.contains(&m.person))
            .map(|m| m.person)
    }

    /// Adds a person (or merges into the one with the same name) and returns its index.
    pub fn add(&mut self, name: &str, titles: Vec<String>, pos: usize) -> usize {
        let words = name_words(name);
        if let Some(i) = self.find(&words, pos) {
            let p = &mut self.people[i];
            let form = clean_name(name);
            if !p.forms.contains(&form) {
                p.forms.push(form);
            }
            if words.len() > p.words.len() && p.words.len() < 2 {
                p.name = clean_name(name);
                p.words = words.clone();
            }
            // A later "Mr." or a full given name tells the gender too.
            if p.gender.is_none() {
                p.gender = title_gender(&titles).or_else(|| given_gender(&words));
            }
            p.titles.extend(titles);
            return i;
        }
        let gender = title_gender(&titles).or_else(|| given_gender(&words));
        self.people.push(Person {
            name: clean_name(name),
            forms: vec![clean_name(name)],
            words,
            titles,
            role: None,
            gender,
            also: Vec::new(),
            votes: [0, 0],
        });
        self.people.len() - 1
    }

    /// The gender of the person with this canonical name, if known.
    pub fn gender_of(&self, name: &str) -> Option<Gender> {
        self.people
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.gender)
    }

    /// Records that the person is mentioned at `pos`.
    pub fn mention(&mut self, pos: usize, person: usize, sentence: usize) {
        self.mentions.push(PersonMention {
            pos,
            person,
            sentence,
        });
    }

    /// Counts a gendered pronoun at `pos` for the most recent person mentioned near it who may
    /// have that gender.
    pub fn vote(&mut self, pos: usize, sentence: usize, gender: Gender) {
        // Mentions are in text order: the latest before `pos` is the only candidate, as any
        // earlier one is in the same sentence or an earlier one.
        // A person whose title or given name says the other gender is passed over: in "Once
        // Fetter arrived, Edward Lorne gave her a manual" the vote is Fetter's.
        let before = self.mentions.partition_point(|m| m.pos < pos);
        let recent = self.mentions[..before]
            .iter()
            .rev()
            .take_while(|m| m.sentence + 1 >= sentence)
            .find(|m| self.people[m.person].gender.is_none_or(|g| g == gender));
        if let Some(m) = recent.copied() {
            let p = &mut self.people[m.person];
            p.votes[gender as usize] += 1;
        }
    }

    /// Settles each person's gender: titles and given names first, then the pronoun votes.
    pub fn settle_genders(&mut self) {
        for p in &mut self.people {
            if p.gender.is_none() {
                let [m, f] = p.votes;
                p.gender = if m > f {
                    Some(Gender::Male)
                } else if f > m {
                    Some(Gender::Female)
                } else {
                    None
                };
            }
        }
    }

    /// The person a pronoun at `pos` in sentence `sentence` refers to: the latest compatible
    /// mention earlier in the same sentence, else the first compatible mention of the nearest
    /// earlier sentence that has one (subjects usually come first).
    pub fn antecedent(&self, pos: usize, sentence: usize, gender: Option<Gender>) -> Option<usize> {
        // A person known to have the pronoun's gender wins over one of unknown gender named in
        // the same sentence or the one after; a person of unknown gender named nearer still
        // wins ("Fiona Parry issued a plea. “…,” she said." after a woman quoted further back).
        let known = |m: &PersonMention| gender.is_some() && self.people[m.person].gender == gender;
        let open = |m: &PersonMention| {
            let g = self.people[m.person].gender;
            gender.is_none() || g.is_none() || g == gender
        };
        let open = self.nearest(pos, sentence, &open)?;
        match self.nearest(pos, sentence, &known) {
            Some(k) if k.sentence + 1 >= open.sentence => Some(k.person),
            _ => Some(open.person),
        }
    }

    /// The latest fitting mention earlier in the sentence, else the first fitting mention of
    /// the nearest earlier sentence (within six) that has one.
    fn nearest(
        &self,
        pos: usize,
        sentence: usize,
        fits: &dyn Fn(&PersonMention) -> bool,
    ) -> Option<PersonMention> {
        let before = &self.mentions[..self.mentions.partition_point(|m| m.pos < pos)];
        if let Some(m) = before
            .iter()
            .rev()
            .take_while(|m| m.sentence >= sentence)
            .find(|m| m.sentence == sentence && fits(m))
        {
            return Some(*m);
        }
        // Mentions are in text order, so their sentences never decrease: the scan back stops
        // past six sentences (a find there would be refused), the scan forward starts at the
        // first mention of sentence `s`.
        let s = before
            .iter()
            .rev()
            .take_while(|m| sentence.saturating_sub(m.sentence) <= 6)
            .find(|m| m.sentence < sentence && fits(m))?
            .sentence;
        let first = before.partition_point(|m| m.sentence < s);
        before[first..]
            .iter()
            .take_while(|m| m.sentence == s)
            .find(|m| fits(m))
            .copied()
    }

    /// The person a definite role descriptor ("the Russian president") refers to.
    pub fn by_role(&self, head: &str, modifiers: &[String], pos: usize) -> Option<usize> {
        let fits = self.role_fits(head, modifiers);
        if fits.is_empty() {
            return None;
        }
        self.latest_of(&fits, pos).or(Some(fits[0]))
    }

    /// Everyone whose titles or appositive role hold the descriptor's head and its telling
    /// modifiers.
    pub fn role_fits(&self, head: &str, modifiers: &[String]) -> Vec<usize> {
        let head = canonical_title(head);
        (0..self.people.len())
            .filter(|&i| {
                let person = &self.people[i];
                // Title words ("Interior Minister") and the words of an appositive role
                // ("Varga’s chief of staff") both describe the person.
                let role_words = person
                    .role
                    .iter()
                    .flat_map(|r| r.split_whitespace())
                    .map(|w| w.to_lowercase());
                let t: Vec<String> = person
                    .titles
                    .iter()
                    .cloned()
                    .chain(role_words)
                    .map(|w| canonical_title(&w).to_string())
                    .collect();
                let has = |w: &str| t.iter().any(|x| x == w);
                has(head)
                    && modifiers
                        .iter()
                        .all(|m| has(canonical_title(m)) || !must_match(m))
            })
            .collect()
    }
}

/// The gender of a full name's given name ("Margaret Thornquist"), if it is a common one.
fn given_gender(words: &[String]) -> Option<Gender> {
    words
        .first()
        .filter(|_| words.len() > 1)
        .and_then(|w| lexicon::given_name_gender(w))
}

/// Modifiers a role descriptor must share with the person ("the Latvian minister" is not the
/// Nigerian one): affiliations, nationality-like adjectives and possessives.
fn must_match(m: &str) -> bool {
    let nationality = ["an", "ian", "ese", "ish", "i"]
        .iter()
        .any(|s| m.ends_with(s))
        && m.len() > 4;
    lexicon::is_affiliation(m) || nationality || m.ends_with("’s") || m.ends_with("'s")
}

fn initial_of(short: &str, long: &str) -> bool {
    let s = short.trim_end_matches('.');
    s.chars().count() == 1 && long.starts_with(s)
}

/// A name as shown: possessive and generational suffix removed ("Biden Jr." → "Biden").
pub(crate) fn clean_name(name: &str) -> String {
    let mut words: Vec<&str> = after_possessive(name)
        .split_whitespace()
        .map(strip_possessive)
        .collect();
    while words.len() > 2
        && words
            .last()
            .is_some_and(|w| NAME_SUFFIXES.contains(&w.to_lowercase().trim_end_matches(',')))
    {
        words.pop();
    }
    words.join(" ").trim_end_matches(',').to_string()
}

fn title_gender(titles: &[String]) -> Option<Gender> {
    titles.iter().find_map(|t| lexicon::title_gender(t))
}

/// Maps title abbreviations and variants to one word.
fn canonical_title(w: &str) -> &str {
    match w.trim_end_matches('.') {
        "sen" | "senator" => "senator",
        "rep" | "representative" | "congressman" | "congresswoman" => "representative",
        "gov" | "governor" => "governor",
        "pres" | "president" => "president",
        "gen" | "general" => "general",
        "dr" | "doctor" => "doctor",
        "prof" | "professor" => "professor",
        "spokesman" | "spokeswoman" | "spokesperson" => "spokesperson",
        "chairman" | "chairwoman" | "chair" => "chair",
        "adviser" | "advisor" => "adviser",
        "minister" => "minister",
        other => other,
    }
}

/// "Courier's Dana Milburn" → "Dana Milburn": a possessive inside a name belongs to whoever
/// the person works for, not to the name.
fn after_possessive(name: &str) -> &str {
    let inner = name.trim_end();
    let cut = inner
        .char_indices()
        .rev()
        .find(|&(i, c)| (c == '’' || c == '\'') && inner[i + c.len_utf8()..].starts_with("s "))
        .map(|(i, c)| i + c.len_utf8() + 2);
    cut.map_or(name, |k| &inner[k..])
}

/// Builds the cast of one paragraph's worth of tokens into `cast`. `sentence_of` maps a byte
/// offset to its sentence index; `speaks` says whether a reporting verb follows token `i`.
pub(crate) fn collect_people(cast: &mut Cast, p: &Para, sentence_of: &dyn Fn(usize) -> usize) {
    if is_headline(p) {
        // "Billionaire Mark Cuban Just Revealed …": capitals say nothing about names here.
        return;
    }
    let mut i = 0;
    while i < p.toks.len() {
        if !p.is_cap(i) || (i > 0 && p.is_cap(i - 1)) {
            i += 1;
            continue;
        }
        let Some((m, next)) = mention_after(p, i) else {
            i += 1;
            continue;
        };
        if m.kind == MentionKind::Name
            && !is_credit(p, i, next)
            && let Some(person) = register(cast, p, &m, next)
        {
            let pos = m.span.start;
            cast.mention(pos, person, sentence_of(pos));
        }
        i = next.max(i + 1);
    }
}

/// "Ann Lowe / Reuters", "Photo: Ann Lowe", "(Photograph by Ann Lowe)": a photo credit names
/// who took a picture, not a person of the story.
fn is_credit(p: &Para, start: usize, next: usize) -> bool {
    let mut k = start;
    if k > 0 && p.is_punct(k - 1, ':') {
        k -= 1;
    }
    let photo = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "photo" | "photograph" | "photos" | "credit" | "image" | "picture"
        )
    };
    let label =
        k > 0 && (photo(p.word(k - 1)) || p.word(k - 1) == "by" && k > 1 && photo(p.word(k - 2)));
    p.word(next) == "/" || label
}

/// A headline in title case: most longer words capitalised, no final period.
fn is_headline(p: &Para) -> bool {
    let last_period = p
        .toks
        .len()
        .checked_sub(1)
        .is_some_and(|k| p.is_punct(k, '.'));
    let quotes = (0..p.toks.len()).any(|k| p.quote(k).is_some());
    p.is_title_case(4) && !last_period && !quotes
}

/// Decides whether a name mention is a person worth adding; returns its index.
fn register(cast: &mut Cast, p: &Para, m: &Mention, next: usize) -> Option<usize> {
    let name = m.name?.slice(p.text);
    let words = name_words(name);
    let title_words: Vec<String> = m
        .title
        .map(|t| {
            t.slice(p.text)
                .split_whitespace()
                .map(str::to_lowercase)
                .collect()
        })
        .unwrap_or_default();
    if words.is_empty()
        || words
            .iter()
            .any(|w| lexicon::is_org_noun(w) && words.len() == 1)
    {
        return None;
    }
    // "Ellen Gille, née Fetter,": Ellen Fetter, now under her married name too.
    if let Some(j) = born_as(cast, p, &words, next, m.span.start) {
        cast.people[j].also_called(name, &words);
        return Some(j);
    }
    let known = cast.find(&words, m.span.start);
    let titled = title_words
        .iter()
        .any(|t| lexicon::is_title(t) && !lexicon::is_affiliation(t));
    let given = words.len() > 1 && lexicon::given_name_gender(&words[0]).is_some();
    let role = appositive_role(p, next).or_else(|| role_before(p, p.token_at(m.span.start), next));
    // "Consumer Voice, a campaign group,": an organisation, not a person.
    let org_role = role.as_deref().is_some_and(is_organisation_role);
    if cast.is_organisation(&words) {
        return None;
    }
    // "Sudan said": a country or state speaks as an organisation, never as a person.
    if (org_role || lexicon::is_place(&words)) && known.is_none() {
        if !cast.is_organisation(&words) {
            cast.organisations.push(words);
        }
        return None;
    }
    let speaks = speaks_after(p, next) && !is_place(p, p.token_at(m.span.start));
    if known.is_none()
        && !titled
        && !given
        && role.is_none()
        && !(speaks && words.len() > 1)
        && !(speaks && words.len() == 1 && !lexicon::is_not_name(&words[0]))
    {
        return None;
    }
    let i = cast.add(name, title_words, m.span.start);
    if let Some(role) = role {
        cast.people[i].role.get_or_insert(role);
    }
    if cast.people[i].role.is_none() && titled {
        cast.people[i].role = m.title.and_then(|t| role_of_title(t.slice(p.text)));
    }
    Some(i)
}

/// The role a title gives: "Sen." or "Former Rep.", but nothing for a title of address alone
/// ("Ms.", "Mr.", "Dr."), which says how to address someone, not what they do.
fn role_of_title(title: &str) -> Option<String> {
    let address = |w: &str| {
        matches!(
            w.trim_end_matches('.').to_lowercase().as_str(),
            "mr" | "mrs" | "ms" | "miss" | "mx" | "dr" | "messrs" | "mme"
        )
    };
    let role: Vec<&str> = title.split_whitespace().filter(|w| !address(w)).collect();
    (!role.is_empty()).then(|| role.join(" "))
}

/// "Prosecutors in Denver and Austin say": a name at token `start` after a preposition of
/// place (or after "and" following one) is a place, which does not speak.
fn is_place(p: &Para, start: usize) -> bool {
    let in_place = |k: usize| {
        k.checked_sub(1)
            .is_some_and(|b| matches!(p.word(b), "in" | "at" | "near" | "across" | "outside"))
    };
    in_place(start) || start >= 2 && p.word(start - 1) == "and" && in_place(start - 2)
}

/// "Ellen Gille, née Fetter," / "Ellen Gille (née Fetter)": the person the article named
/// with the same given name and the surname after "née".
fn born_as(cast: &Cast, p: &Para, words: &[String], next: usize, pos: usize) -> Option<usize> {
    let given = words.first().filter(|_| words.len() > 1)?;
    if !p.is_punct(next, ',') && !p.is_punct(next, '(') {
        return None;
    }
    let nee = matches!(p.word(next + 1).to_lowercase().as_str(), "née" | "nee");
    if !nee || !p.is_cap(next + 2) {
        return None;
    }
    let born = [given.clone(), p.word(next + 2).to_lowercase()];
    cast.find(&born, pos)
        .filter(|&j| cast.people[j].words.len() > 1)
}

/// "Yuri Ushakov, Putin’s foreign policy adviser," → the role words between the commas.
fn appositive_role(p: &Para, next: usize) -> Option<String> {
    if !p.is_punct(next, ',') {
        return None;
    }
    let first = p.word(next + 1);
    let starts_role = matches!(first.to_lowercase().as_str(), "a" | "an" | "the")
        || first.ends_with("’s")
        || first.ends_with("'s");
    if !starts_role {
        return None;
    }
    let end = (next + 1..(next + 12).min(p.toks.len())).find(|&k| p.is_any_punct(k))?;
    // A role noun we know, or any short lowercase noun phrase closed by a comma ("the city
    // planner,"): both say the name before them is a person.
    let known =
        (next + 1..end).any(|k| lexicon::is_role_noun(p.word(k)) || lexicon::is_title(p.word(k)));
    let short_phrase =
        end - next <= 6 && p.is_punct(end, ',') && (next + 2..end).all(|k| p.is_lower(k));
    // "According to X, the president emphasized …" is a clause, not an appositive.
    let has_verb = (next + 1..end)
        .any(|k| cue::lookup(p.word(k)).is_some() || p.is_lower(k) && p.word(k).ends_with("ed"));
    let has_role = (known || short_phrase) && !has_verb;
    has_role.then(|| {
        Span::new(
            p.span(next + 1, next + 1).start,
            p.span(end - 1, end - 1).end,
        )
        .slice(p.text)
        .to_string()
    })
}

/// "a campaign group": an appositive whose head (its last word before any "of", "at", "for",
/// "in") is an organisation noun; "the dean of the law school" is a person's role.
fn is_organisation_role(role: &str) -> bool {
    let head = role
        .split_whitespace()
        .take_while(|w| !lexicon::is_preposition(w))
        .last();
    head.is_some_and(|h| lexicon::is_org_noun(h) && !lexicon::is_role_noun(h))
}

/// "The transport minister, Eleanor Ashdown, said", "…, its chief executive, Dana Whitcombe,":
/// a role between a determiner and a comma right before a name that a comma closes is the
/// name's role (the phrase opens its clause: nothing but punctuation or "but"/"and" before).
fn role_before(p: &Para, s: usize, next: usize) -> Option<String> {
    let comma = s.checked_sub(1).filter(|&c| p.is_punct(c, ','))?;
    if !p.is_punct(next, ',') {
        return None;
    }
    let det = (comma.saturating_sub(7)..comma).rev().find(|&k| {
        matches!(
            p.word(k).to_lowercase().as_str(),
            "the" | "its" | "his" | "her" | "their"
        )
    })?;
    let words = det + 1..comma;
    let plain = words
        .clone()
        .all(|k| p.is_lower(k) || lexicon::is_affiliation(p.word(k)));
    let opens = det == 0
        || p.is_any_punct(det - 1)
        || matches!(p.word(det - 1).to_lowercase().as_str(), "but" | "and");
    let role = words
        .clone()
        .any(|k| lexicon::is_role_noun(p.word(k)) || lexicon::is_title(p.word(k)));
    (plain && opens && role && !words.is_empty())
        .then(|| p.span(det, comma - 1).slice(p.text).to_string())
}

/// True when a reporting verb follows soon after token `next` (past an appositive).
fn speaks_after(p: &Para, next: usize) -> bool {
    let mut k = next;
    if p.is_punct(k, ',') || p.is_punct(k, '(') {
        let close = if p.is_punct(k, '(') { ')' } else { ',' };
        k = (k + 1..(k + 15).min(p.toks.len()))
            .find(|&j| p.is_punct(j, close))
            .map_or(k, |j| j + 1);
    }
    // A lowercase verb: in "United States" the capitalised "States" is no verb, and after an
    // article ("Likewise, a report found") the word is a noun.
    (k..(k + 3).min(p.toks.len())).any(|j| {
        let article = j > 0 && matches!(p.word(j - 1).to_lowercase().as_str(), "a" | "an" | "the");
        p.is_lower(j)
            && !article
            && cue::lookup(p.word(j)).is_some_and(|c| c.form != cue::Form::Gerund)
    })
}

/// Records each subject "he"/"she" of the paragraph as a mention of its antecedent. The
/// article's other mentions not yet passed wait in `waiting` (in text order) and join
/// `cast.mentions` as the pronouns pass them.
pub fn chain_pronouns(
    cast: &mut Cast,
    p: &Para,
    sentence_of: &dyn Fn(usize) -> usize,
    waiting: &mut std::iter::Peekable<std::vec::IntoIter<PersonMention>>,
) {
    for t in p.toks.iter() {
        let word = t.span().slice(p.text);
        if !matches!(word, "he" | "He" | "she" | "She") {
            continue;
        }
        while let Some(m) = waiting.next_if(|m| m.pos < t.span().start) {
            cast.mentions.push(m);
        }
        let sentence = sentence_of(t.span().start);
        if let Some(person) =
            cast.antecedent(t.span().start, sentence, lexicon::pronoun_gender(word))
        {
            cast.mentions.push(PersonMention {
                pos: t.span().start,
                person,
                sentence,
            });
        }
    }
}

/// Tallies the article's own gendered pronouns for the people they follow.
pub(crate) fn vote_genders(cast: &mut Cast, p: &Para, sentence_of: &dyn Fn(usize) -> usize) {
    for (i, t) in p.toks.iter().enumerate() {
        if let Some(g) = lexicon::pronoun_gender(p.word(i)) {
            cast.vote(t.span().start, sentence_of(t.span().start), g);
        }
    }
}

/// Gives a mention's span the person's canonical name, or `None` for a pronoun unresolved.
pub(crate) fn canonical(cast: &Cast, words: &[String], pos: usize) -> Option<String> {
    cast.find(words, pos).map(|i| cast.people[i].name.clone())
}
