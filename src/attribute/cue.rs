//! Reporting verbs: the words that link a speaker to what they said.
//!
//! Each entry is one verb with its forms (base, third person, past, -ing). `Strength` says how
//! the verb may be used: every verb may attach a direct quotation ("“…,” she sighed"), while only
//! verbs of saying may introduce reported speech without marks ("she sighed that …" is odd, "she
//! warned that …" is not).

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

/// A verb taking a person as object before its content ("told reporters", "assured voters").
const TELL_VERBS: &[&str] = &[
    "tell", "inform", "assure", "remind", "warn", "urge", "ask", "promise", "advise", "reassure",
    "brief",
];

/// (base, third person, past, -ing, strength)
const VERBS: &[(&str, &str, &str, &str, Strength)] = &[
    ("say", "says", "said", "saying", Strength::Speech),
    ("tell", "tells", "told", "telling", Strength::Speech),
    ("add", "adds", "added", "adding", Strength::Speech),
    ("note", "notes", "noted", "noting", Strength::Speech),
    ("admit", "admits", "admitted", "admitting", Strength::Speech),
    (
        "insist",
        "insists",
        "insisted",
        "insisting",
        Strength::Speech,
    ),
    ("argue", "argues", "argued", "arguing", Strength::Speech),
    ("warn", "warns", "warned", "warning", Strength::Speech),
    ("write", "writes", "wrote", "writing", Strength::Speech),
    ("tweet", "tweets", "tweeted", "tweeting", Strength::Speech),
    ("post", "posts", "posted", "posting", Strength::Speech),
    ("ask", "asks", "asked", "asking", Strength::Speech),
    ("reply", "replies", "replied", "replying", Strength::Speech),
    (
        "respond",
        "responds",
        "responded",
        "responding",
        Strength::Speech,
    ),
    (
        "recall",
        "recalls",
        "recalled",
        "recalling",
        Strength::Speech,
    ),
    (
        "explain",
        "explains",
        "explained",
        "explaining",
        Strength::Speech,
    ),
    (
        "declare",
        "declares",
        "declared",
        "declaring",
        Strength::Speech,
    ),
    ("claim", "claims", "claimed", "claiming", Strength::Speech),
    ("state", "states", "stated", "stating", Strength::Speech),
    (
        "announce",
        "announces",
        "announced",
        "announcing",
        Strength::Speech,
    ),
    (
        "acknowledge",
        "acknowledges",
        "acknowledged",
        "acknowledging",
        Strength::Speech,
    ),
    (
        "confirm",
        "confirms",
        "confirmed",
        "confirming",
        Strength::Speech,
    ),
    ("deny", "denies", "denied", "denying", Strength::Speech),
    (
        "suggest",
        "suggests",
        "suggested",
        "suggesting",
        Strength::Speech,
    ),
    (
        "predict",
        "predicts",
        "predicted",
        "predicting",
        Strength::Speech,
    ),
    (
        "promise",
        "promises",
        "promised",
        "promising",
        Strength::Speech,
    ),
    (
        "emphasize",
        "emphasizes",
        "emphasized",
        "emphasizing",
        Strength::Speech,
    ),
    (
        "emphasise",
        "emphasises",
        "emphasised",
        "emphasising",
        Strength::Speech,
    ),
    (
        "stress",
        "stresses",
        "stressed",
        "stressing",
        Strength::Speech,
    ),
    (
        "reiterate",
        "reiterates",
        "reiterated",
        "reiterating",
        Strength::Speech,
    ),
    (
        "concede",
        "concedes",
        "conceded",
        "conceding",
        Strength::Speech,
    ),
    (
        "counter",
        "counters",
        "countered",
        "countering",
        Strength::Speech,
    ),
    (
        "remark",
        "remarks",
        "remarked",
        "remarking",
        Strength::Speech,
    ),
    (
        "observe",
        "observes",
        "observed",
        "observing",
        Strength::Speech,
    ),
    ("vow", "vows", "vowed", "vowing", Strength::Speech),
    ("pledge", "pledges", "pledged", "pledging", Strength::Speech),
    (
        "testify",
        "testifies",
        "testified",
        "testifying",
        Strength::Speech,
    ),
    ("joke", "jokes", "joked", "joking", Strength::Speech),
    (
        "complain",
        "complains",
        "complained",
        "complaining",
        Strength::Speech,
    ),
    ("boast", "boasts", "boasted", "boasting", Strength::Speech),
    ("brag", "brags", "bragged", "bragging", Strength::Speech),
    (
        "lament",
        "laments",
        "lamented",
        "lamenting",
        Strength::Speech,
    ),
    (
        "continue",
        "continues",
        "continued",
        "continuing",
        Strength::Quote,
    ),
    ("urge", "urges", "urged", "urging", Strength::Speech),
    (
        "assert",
        "asserts",
        "asserted",
        "asserting",
        Strength::Speech,
    ),
    (
        "contend",
        "contends",
        "contended",
        "contending",
        Strength::Speech,
    ),
    (
        "maintain",
        "maintains",
        "maintained",
        "maintaining",
        Strength::Speech,
    ),
    (
        "mention",
        "mentions",
        "mentioned",
        "mentioning",
        Strength::Speech,
    ),
    (
        "report",
        "reports",
        "reported",
        "reporting",
        Strength::Speech,
    ),
    (
        "reveal",
        "reveals",
        "revealed",
        "revealing",
        Strength::Speech,
    ),
    (
        "disclose",
        "discloses",
        "disclosed",
        "disclosing",
        Strength::Speech,
    ),
    ("allege", "alleges", "alleged", "alleging", Strength::Speech),
    ("charge", "charges", "charged", "charging", Strength::Speech),
    (
        "answer",
        "answers",
        "answered",
        "answering",
        Strength::Speech,
    ),
    (
        "caution",
        "cautions",
        "cautioned",
        "cautioning",
        Strength::Speech,
    ),
    (
        "proclaim",
        "proclaims",
        "proclaimed",
        "proclaiming",
        Strength::Speech,
    ),
    ("assure", "assures", "assured", "assuring", Strength::Speech),
    (
        "inform",
        "informs",
        "informed",
        "informing",
        Strength::Speech,
    ),
    (
        "remind",
        "reminds",
        "reminded",
        "reminding",
        Strength::Speech,
    ),
    (
        "conclude",
        "concludes",
        "concluded",
        "concluding",
        Strength::Speech,
    ),
    ("agree", "agrees", "agreed", "agreeing", Strength::Speech),
    (
        "retort",
        "retorts",
        "retorted",
        "retorting",
        Strength::Speech,
    ),
    (
        "comment",
        "comments",
        "commented",
        "commenting",
        Strength::Speech,
    ),
    (
        "indicate",
        "indicates",
        "indicated",
        "indicating",
        Strength::Speech,
    ),
    (
        "signal",
        "signals",
        "signaled",
        "signaling",
        Strength::Speech,
    ),
    ("hint", "hints", "hinted", "hinting", Strength::Speech),
    (
        "speculate",
        "speculates",
        "speculated",
        "speculating",
        Strength::Speech,
    ),
    (
        "estimate",
        "estimates",
        "estimated",
        "estimating",
        Strength::Speech,
    ),
    (
        "predict",
        "predicts",
        "predicted",
        "predicting",
        Strength::Speech,
    ),
    ("advise", "advises", "advised", "advising", Strength::Speech),
    (
        "demand",
        "demands",
        "demanded",
        "demanding",
        Strength::Speech,
    ),
    (
        "threaten",
        "threatens",
        "threatened",
        "threatening",
        Strength::Speech,
    ),
    (
        "repeat",
        "repeats",
        "repeated",
        "repeating",
        Strength::Speech,
    ),
    (
        "reassure",
        "reassures",
        "reassured",
        "reassuring",
        Strength::Speech,
    ),
    (
        "insinuate",
        "insinuates",
        "insinuated",
        "insinuating",
        Strength::Speech,
    ),
    (
        "recount",
        "recounts",
        "recounted",
        "recounting",
        Strength::Speech,
    ),
    ("email", "emails", "emailed", "emailing", Strength::Speech),
    ("text", "texts", "texted", "texting", Strength::Quote),
    ("sigh", "sighs", "sighed", "sighing", Strength::Quote),
    (
        "grumble",
        "grumbles",
        "grumbled",
        "grumbling",
        Strength::Quote,
    ),
    ("quip", "quips", "quipped", "quipping", Strength::Quote),
    ("laugh", "laughs", "laughed", "laughing", Strength::Quote),
    ("shout", "shouts", "shouted", "shouting", Strength::Quote),
    ("yell", "yells", "yelled", "yelling", Strength::Quote),
    (
        "scream",
        "screams",
        "screamed",
        "screaming",
        Strength::Quote,
    ),
    (
        "whisper",
        "whispers",
        "whispered",
        "whispering",
        Strength::Quote,
    ),
    (
        "mutter",
        "mutters",
        "muttered",
        "muttering",
        Strength::Quote,
    ),
    (
        "exclaim",
        "exclaims",
        "exclaimed",
        "exclaiming",
        Strength::Quote,
    ),
    ("snap", "snaps", "snapped", "snapping", Strength::Quote),
    ("fume", "fumes", "fumed", "fuming", Strength::Quote),
    (
        "marvel",
        "marvels",
        "marveled",
        "marveling",
        Strength::Quote,
    ),
    ("gush", "gushes", "gushed", "gushing", Strength::Quote),
    ("cheer", "cheers", "cheered", "cheering", Strength::Quote),
    (
        "chuckle",
        "chuckles",
        "chuckled",
        "chuckling",
        Strength::Quote,
    ),
    ("smile", "smiles", "smiled", "smiling", Strength::Quote),
    ("shrug", "shrugs", "shrugged", "shrugging", Strength::Quote),
    ("muse", "muses", "mused", "musing", Strength::Quote),
    (
        "wonder",
        "wonders",
        "wondered",
        "wondering",
        Strength::Quote,
    ),
    ("plead", "pleads", "pleaded", "pleading", Strength::Quote),
    ("beg", "begs", "begged", "begging", Strength::Quote),
    (
        "interject",
        "interjects",
        "interjected",
        "interjecting",
        Strength::Quote,
    ),
    ("chime", "chimes", "chimed", "chiming", Strength::Quote),
    ("begin", "begins", "began", "beginning", Strength::Quote),
    ("rant", "rants", "ranted", "ranting", Strength::Quote),
    (
        "thunder",
        "thunders",
        "thundered",
        "thundering",
        Strength::Quote,
    ),
    ("scoff", "scoffs", "scoffed", "scoffing", Strength::Quote),
    ("sneer", "sneers", "sneered", "sneering", Strength::Quote),
    ("groan", "groans", "groaned", "groaning", Strength::Quote),
    (
        "bellow",
        "bellows",
        "bellowed",
        "bellowing",
        Strength::Quote,
    ),
    (
        "stammer",
        "stammers",
        "stammered",
        "stammering",
        Strength::Quote,
    ),
    (
        "murmur",
        "murmurs",
        "murmured",
        "murmuring",
        Strength::Quote,
    ),
    ("huff", "huffs", "huffed", "huffing", Strength::Quote),
    ("growl", "growls", "growled", "growling", Strength::Quote),
    ("blurt", "blurts", "blurted", "blurting", Strength::Quote),
    ("opine", "opines", "opined", "opining", Strength::Speech),
    (
        "reason",
        "reasons",
        "reasoned",
        "reasoning",
        Strength::Quote,
    ),
    (
        "protest",
        "protests",
        "protested",
        "protesting",
        Strength::Speech,
    ),
    (
        "object",
        "objects",
        "objected",
        "objecting",
        Strength::Quote,
    ),
    (
        "concur",
        "concurs",
        "concurred",
        "concurring",
        Strength::Quote,
    ),
    ("rebut", "rebuts", "rebutted", "rebutting", Strength::Quote),
    (
        "clarify",
        "clarifies",
        "clarified",
        "clarifying",
        Strength::Speech,
    ),
    (
        "describe",
        "describes",
        "described",
        "describing",
        Strength::Quote,
    ),
    ("write", "writes", "written", "writing", Strength::Speech),
];

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
    let lower = word.to_ascii_lowercase();
    VERBS
        .iter()
        .find_map(|&(base, third, past, ing, strength)| {
            let form = if lower == base {
                Form::Base
            } else if lower == third {
                Form::Present
            } else if lower == past {
                Form::Past
            } else if lower == ing {
                Form::Gerund
            } else {
                return None;
            };
            Some(CueWord {
                lemma: base,
                form,
                strength,
            })
        })
}

/// True when the verb takes a person object before its content ("told reporters").
pub fn takes_object(lemma: &str) -> bool {
    TELL_VERBS.contains(&lemma)
}

/// How many distinct word forms the lexicon knows.
pub fn form_count() -> usize {
    let mut forms: Vec<&str> = VERBS
        .iter()
        .flat_map(|&(a, b, c, d, _)| [a, b, c, d])
        .collect();
    forms.sort_unstable();
    forms.dedup();
    forms.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicon_has_at_least_150_forms() {
        assert!(form_count() >= 150, "{}", form_count());
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
