//! Domain types shared by every stage: spans, statements, speakers and dates.
//!
//! Offsets inside the pipeline are byte offsets into the article body (`Span`); they are turned
//! into Unicode scalar offsets only at the edges (JSON output, the database), where users and
//! other languages expect character positions.

use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use crate::parse::date::Precision;

/// A byte range `[start, end)` into an article body, always on char boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers nothing.
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// True when `other` lies wholly inside this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share a byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The covered text, or "" when the span does not fit `text`.
    pub fn slice(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// How a statement was reported: three kinds of speech, and four kinds of claim beyond
/// speech (left out of timelines and counts unless asked for: `--all-claims`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StatementKind {
    /// Words wholly inside quotation marks.
    Direct,
    /// Reported speech that quotes some words ("called the plan “a disaster”").
    Mixed,
    /// Reported speech without quotation marks ("she said that …").
    Indirect,
    /// What someone believes, thinks or fears ("X believes that …", "X is convinced that …").
    Belief,
    /// What someone plans, intends or wants to do ("X plans to …").
    Intention,
    /// What a document or study found or shows ("the report found that …").
    Finding,
    /// What a poll or survey shows ("polls show …", "a survey found that …").
    Poll,
    /// A position someone takes toward a person, plan or idea ("X endorsed Y", "X opposes the
    /// plan", "X declined to comment"): its content is what the position is about.
    Stance,
    /// What is expected with no one named who expects it ("the bill is expected to pass").
    Assessment,
}

impl StatementKind {
    /// The name used in output and in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            StatementKind::Direct => "direct",
            StatementKind::Mixed => "mixed",
            StatementKind::Indirect => "indirect",
            StatementKind::Belief => "belief",
            StatementKind::Intention => "intention",
            StatementKind::Finding => "finding",
            StatementKind::Poll => "poll",
            StatementKind::Stance => "stance",
            StatementKind::Assessment => "assessment",
        }
    }

    /// Every kind, speech first, in the order of the docs.
    pub const ALL: [StatementKind; 9] = [
        StatementKind::Direct,
        StatementKind::Mixed,
        StatementKind::Indirect,
        StatementKind::Belief,
        StatementKind::Intention,
        StatementKind::Finding,
        StatementKind::Poll,
        StatementKind::Stance,
        StatementKind::Assessment,
    ];

    /// Parses the stored name.
    pub fn parse(s: &str) -> Option<StatementKind> {
        let s = s.to_ascii_lowercase();
        StatementKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// True for speech (direct, mixed, indirect); false for beliefs, intentions, findings and
    /// polls.
    pub fn is_speech(self) -> bool {
        matches!(
            self,
            StatementKind::Direct | StatementKind::Mixed | StatementKind::Indirect
        )
    }
}

/// What sort of source a speaker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A named person.
    Person,
    /// An organisation speaking as itself ("the Kremlin", "the Pentagon").
    Organization,
    /// An unnamed source ("a U.S. official", "officials", "a spokeswoman").
    Anonymous,
    /// A document, study or poll, as written ("the report", "a CNN poll"): the source of a
    /// finding or a poll, never a person.
    Document,
    /// A mention that could not be resolved ("he" with no antecedent), or no mention at all.
    Unknown,
}

impl SpeakerKind {
    /// The name used in output and in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Organization => "organization",
            SpeakerKind::Anonymous => "anonymous",
            SpeakerKind::Document => "document",
            SpeakerKind::Unknown => "unknown",
        }
    }
}

/// A piece of article text with its position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    /// The text as written.
    pub text: String,
    /// Where it is.
    pub span: Span,
}

impl Located {
    /// Copies `span` out of `body`.
    pub fn from_span(body: &str, span: Span) -> Located {
        Located {
            text: span.slice(body).to_string(),
            span,
        }
    }
}

/// Who said a statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// Canonical name within the article ("Donald Trump"), or the organisation or anonymous
    /// source as written ("the Kremlin", "a U.S. official"); `None` when unresolved.
    pub name: Option<String>,
    /// Person, organisation, anonymous or unknown.
    pub kind: SpeakerKind,
    /// The words that named the speaker at this statement ("he", "Trump", "the official").
    pub mention: Option<Located>,
    /// The role the article gave the person ("Putin’s foreign policy adviser").
    pub role: Option<String>,
    /// Other forms of the person's name in the article ("Thornquist"), kept as aliases. One
    /// list shared by all of the person's statements (a copy each took about a tenth of a long
    /// article's memory).
    pub aliases: Arc<[String]>,
}

impl Speaker {
    /// A speaker nobody could name.
    pub fn unknown(mention: Option<Located>) -> Speaker {
        Speaker {
            name: None,
            kind: SpeakerKind::Unknown,
            mention,
            role: None,
            aliases: Arc::default(),
        }
    }

    /// The speaker, if it has a name.
    pub fn with_name(self) -> Option<Speaker> {
        self.name.is_some().then_some(self)
    }
}

/// Where a statement's date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateBasis {
    /// A time expression attached to the statement's own cue or clause.
    Stated,
    /// The date the article's lead gave the event the speaker is talking about.
    Lead,
    /// The article's publication date, for lack of anything closer.
    Published,
}

impl DateBasis {
    /// The name used in output and in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            DateBasis::Stated => "stated",
            DateBasis::Lead => "lead",
            DateBasis::Published => "published",
        }
    }
}

/// The day a statement was made, how exact it is, and why we think so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatementDate {
    /// The day (first day of the week, month or year for coarser precision).
    pub date: NaiveDate,
    /// Day, week, month or year.
    pub precision: Precision,
    /// Stated, lead or published.
    pub basis: DateBasis,
}

/// One attributed statement found in an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    /// Direct, mixed, indirect, or a claim beyond speech (belief, intention, finding, poll).
    pub kind: StatementKind,
    /// Where the content is (for direct quotes, including the quotation marks).
    pub span: Span,
    /// The content exactly as written.
    pub text: String,
    /// Who said it.
    pub speaker: Speaker,
    /// The reporting verb or phrase linking speaker and content ("said", "according to").
    pub cue: Option<Located>,
    /// When it was said, if known.
    pub said_on: Option<StatementDate>,
    /// Who reported it, for nested attribution ("According to Ushakov, Putin said …").
    pub reported_by: Option<String>,
    /// Pieces of one quotation interrupted by its attribution share the start of the first
    /// piece here; `None` for a statement in one piece.
    pub group: Option<usize>,
    /// The rules that found the statement and chose its speaker (not printed by `extract`).
    pub why: Why,
}

/// Which rules decided a statement: the pattern that found it and the rule that chose its
/// speaker. The order the rules are tried in is documented in `attribute/candidate/` and
/// `attribute/speaker/mod.rs`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Why {
    /// The pattern that found the quotation or claim.
    pub found_by: FoundBy,
    /// The rule that chose the speaker.
    pub speaker_by: SpeakerRule,
}

/// One stage of a speaker decision, recorded only when asked (`extract::explain`): the rule
/// that decided there, the rules tried before it that found nothing, and the speaker
/// candidates it weighed, the chosen one marked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeakerStep {
    /// Byte offset where the statement starts in the article body.
    pub start: usize,
    /// The rule that decided at this stage.
    pub rule: SpeakerRule,
    /// Rules of the same stage tried before `rule`, in order, that decided nothing.
    pub passed: Vec<SpeakerRule>,
    /// The mention the rule read, as written.
    pub mention: Option<String>,
    /// The candidates weighed.
    pub considered: Vec<Considered>,
}

/// A speaker candidate a rule weighed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Considered {
    /// The candidate's name as the article's cast has it.
    pub name: String,
    /// True for the one the rule chose.
    pub chosen: bool,
    /// Why it fitted or not, in words.
    pub note: String,
}

/// The pattern that found a statement (docs/grammar.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FoundBy {
    /// “…,” X said. / “…,” said X. / “…” — X: a cue after the quotation.
    QuoteCueAfter,
    /// X said, “…” / According to X, “…” / X: “…”: a cue before the quotation.
    QuoteCueBefore,
    /// “…,” Hannity started.: a past-tense verb the lexicon does not know after the quotation.
    QuoteLooseCueAfter,
    /// A paragraph ending "X said:" introduces the quotation opening the next one.
    QuoteColonLine,
    /// "X said in a statement." right before the quotation opening the next sentence.
    QuoteBareAttribution,
    /// A piece of a quotation split by its cue or running over several paragraphs.
    QuoteContinued,
    /// A quotation opening its sentence right after a quote of a known speaker.
    QuoteFollowOn,
    /// A quotation of five words or more that no pattern claimed.
    QuoteUnclaimed,
    /// "X said (that) CLAUSE" / "X told Y CLAUSE": a verb of speech after its subject.
    ReportedVerb,
    /// "CLAUSE, X said." / "CLAUSE, said X.": the cue after its content.
    ReportedTrailing,
    /// "A, X said, B": an attribution set off by commas inside its content.
    ReportedParenthetical,
    /// "voters who said …": the group before a relative "who".
    ReportedRelative,
    /// "… that A — but reiterated that B" / "…, adding that B": a verb sharing the speaker of
    /// the claim before it.
    ReportedCoordinated,
    /// "… but officials said B": a new subject after "but" inside an earlier claim.
    ReportedContrasted,
    /// "According to X, CLAUSE" / "CLAUSE, according to X".
    ReportedAccordingTo,
    /// "TAPPER: …" / "Q: …": a speaker's label and a colon opening the paragraph.
    ReportedLabel,
    /// "X called the plan “a disaster”": a naming verb quoting the speaker's words.
    ReportedNaming,
    /// "when asked by a reporter whether …": a question put by a named asker.
    ReportedQuestion,
    /// "accused X of …", "called on X to …", "warned against …": a cue whose content is an
    /// object and a phrase (`words/object_cues.txt`).
    ReportedObject,
    /// "X said Y had told Z that …": Y's claim inside X's, reported by X.
    ReportedNested,
    /// "X bemoaned a climate in which people “hate each other”": quoted words no pattern
    /// claimed, inside the clause of the subject and verb before them.
    ReportedFragment,
    /// "X believes that …", "X plans to …", "the report found …", "polls show …": a claim
    /// beyond speech (`candidate/claims/`).
    ClaimVerb,
}

/// The rule that chose a statement's speaker, in the order of `attribute/speaker/mod.rs`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeakerRule {
    /// No mention beside the cue: unknown.
    NoMention,
    /// "TAPPER:": capitals that spell a cast member's name.
    TranscriptCapitals,
    /// A name the article's cast knows.
    CastName,
    /// A name the cast does not know: a person called so.
    NewName,
    /// A lone capitalised word where a sentence opener stands: no name, unknown.
    OpenerNotName,
    /// "he"/"she" to the person it refers to in the cast.
    PronounAntecedent,
    /// A pronoun the cast could not resolve: unknown (until a context rule decides).
    PronounUnresolved,
    /// A named organisation, as written.
    Organization,
    /// "the Russian space agency" after "Russian space agency Roscosmos": the organisation
    /// named right after the same words earlier in the article.
    OrganizationNamedBefore,
    /// "administration officials", "American officials": the one administration the article
    /// names ("the Tarrant administration").
    OfficialsAdministration,
    /// A definite role descriptor ("the Russian president") to the person with that role.
    RoleDescriptor,
    /// A descriptor no one in the cast fits: an anonymous source, as written.
    AnonymousDescriptor,
    /// An unresolved "he"/"she" speaks for the latest earlier speaker of that gender.
    CarriedPronoun,
    /// "it"/"they"/"we": the group that spoke last or was named just before.
    GroupPronoun,
    /// Unclaimed: a later quotation of the same sentence with a cue lends its speaker.
    LaterQuote,
    /// Unclaimed: a reporting verb elsewhere in the quotation's sentence.
    SentenceCue,
    /// Unclaimed: the subject of the quotation's clause.
    ClauseSubject,
    /// Unclaimed: a dash line right after it ("— Ann Ruiz, at the rally").
    DashLine,
    /// Unclaimed: the person who spoke last in the same or the three previous paragraphs.
    PreviousSpeaker,
    /// Unclaimed: nothing fitted; the nameless mention a verb found, or unknown.
    Fallback,
}
