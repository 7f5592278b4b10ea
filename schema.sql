-- whosaid database schema (version 6: src/store/migrate.rs holds the steps from older versions).
--
-- Applied by the binary to a new database (embedded with include_str!); safe to run twice.
-- Dates are ISO text (YYYY-MM-DD). Offsets count Unicode scalar values (characters) into
-- articles.body, so any language can slice the stored text and find the statement again.
-- Natural keys make a repeated import a no-op: an article is its body's hash, a statement is
-- its article plus its offsets.

-- One imported news article, with the text every offset points into.
CREATE TABLE IF NOT EXISTS articles (
    id             INTEGER PRIMARY KEY,
    -- SHA-256 of the body, hex: importing the same text again finds this row.
    content_hash   TEXT NOT NULL UNIQUE,
    -- The record id, or the path of the file it was read from.
    external_id    TEXT NOT NULL,
    title          TEXT,
    source         TEXT,
    url            TEXT,
    -- Publication date; NULL when no header, option or dateline gave one.
    published_on   TEXT,
    -- Where published_on came from.
    published_from TEXT CHECK (published_from IN ('header', 'option', 'dateline')),
    -- The article text as imported (after any header block).
    body           TEXT NOT NULL,
    -- When it was imported (UTC, RFC 3339).
    imported_at    TEXT NOT NULL,
    -- Who wrote it, from a web page's metadata ("Jane Doe and John Roe"); added in version 6.
    byline         TEXT
) STRICT;

-- One person, across all articles.
CREATE TABLE IF NOT EXISTS people (
    id          INTEGER PRIMARY KEY,
    -- Canonical name: the fullest form seen ("Donald Trump").
    name        TEXT NOT NULL,
    -- name folded (lowercase, no accents, single spaces) for matching.
    name_key    TEXT NOT NULL,
    -- Folded surname, to join "Trump" to the one known Trump.
    surname_key TEXT NOT NULL
) STRICT;

CREATE INDEX IF NOT EXISTS people_by_surname ON people (surname_key);
CREATE INDEX IF NOT EXISTS people_by_name ON people (name_key);

-- Other names a person goes by: forms seen in articles, and ones users added.
CREATE TABLE IF NOT EXISTS aliases (
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    alias     TEXT NOT NULL,
    -- alias folded like people.name_key.
    alias_key TEXT NOT NULL,
    -- 'article' when seen in an article, 'user' when added with `people alias`.
    origin    TEXT NOT NULL CHECK (origin IN ('article', 'user')),
    PRIMARY KEY (alias_key, person_id)
) STRICT;

-- A person's aliases, for `people` and `people merge` (step 1 -> 2).
CREATE INDEX IF NOT EXISTS aliases_by_person ON aliases (person_id);

-- One attributed statement: a quotation or a reported claim.
CREATE TABLE IF NOT EXISTS statements (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    -- Content offsets into articles.body (for direct quotes, marks included).
    start_offset    INTEGER NOT NULL,
    end_offset      INTEGER NOT NULL,
    -- Speech (direct, mixed, indirect) or a claim beyond speech (step 3 -> 4): a belief, an
    -- intention, a document's or study's finding, a poll's result; (after version 6) a
    -- stance someone takes, an assessment no one is named to hold.
    kind            TEXT NOT NULL CHECK (kind IN
        ('direct', 'mixed', 'indirect', 'belief', 'intention', 'finding', 'poll', 'stance',
         'assessment')),
    -- The content exactly as written.
    text            TEXT NOT NULL,
    -- The person who said it; NULL for organisations, anonymous and unresolved speakers.
    person_id       INTEGER REFERENCES people (id) ON DELETE SET NULL,
    -- Speaker as shown: the person's name at import, or the organisation or source as written.
    speaker         TEXT,
    -- 'document' (step 3 -> 4): a report, study or poll as the source of a finding or poll.
    speaker_kind    TEXT NOT NULL
        CHECK (speaker_kind IN ('person', 'organization', 'anonymous', 'document', 'unknown')),
    -- The words naming the speaker at this statement ("he", "the Russian president").
    speaker_mention TEXT,
    mention_start   INTEGER,
    mention_end     INTEGER,
    -- The role the article gave the speaker ("Putin's foreign policy adviser").
    role            TEXT,
    -- The reporting verb or phrase ("said", "according to", "—").
    cue             TEXT,
    cue_start       INTEGER,
    cue_end         INTEGER,
    -- The day it was said, how exact that is, and where the date came from.
    said_on         TEXT,
    said_precision  TEXT CHECK (said_precision IN ('day', 'week', 'month', 'year')),
    said_basis      TEXT CHECK (said_basis IN ('stated', 'lead', 'published')),
    -- For nested attribution: who reported the claim ("According to Ushakov, …").
    reported_by     TEXT,
    -- Pieces of one quotation split by its attribution share the first piece's start offset.
    piece_of        INTEGER,
    UNIQUE (article_id, start_offset, end_offset)
) STRICT;

-- The person timeline: one person's statements by date.
CREATE INDEX IF NOT EXISTS statements_by_person ON statements (person_id, said_on);
CREATE INDEX IF NOT EXISTS statements_by_date ON statements (said_on);

-- Full-text index of statements.text (step 2 -> 3), declared as sqlite-utils declares one:
-- an external-content FTS5 table named <table>_fts with content="statements", kept in step by
-- the three triggers below, so Datasette finds it and offers search on the statements table.
CREATE VIRTUAL TABLE IF NOT EXISTS statements_fts USING fts5 (text, content="statements", tokenize="unicode61 remove_diacritics 2");

CREATE TRIGGER IF NOT EXISTS statements_ai AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE TRIGGER IF NOT EXISTS statements_ad AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TRIGGER IF NOT EXISTS statements_au AFTER UPDATE OF text ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO statements_fts (rowid, text) VALUES (new.id, new.text);
END;

-- A correction made by a person (step 2 -> 3). Statement corrections are keyed by the
-- article's content hash and the statement's offsets, not by row ids, so they apply again
-- when the article is imported again or re-extracted; person corrections name the person.
-- Every import re-applies them; the listings read the corrected rows.
CREATE TABLE IF NOT EXISTS corrections (
    id           INTEGER PRIMARY KEY,
    -- speaker: reassign to the person in value; not_statement: drop it; kind: value is the
    -- new kind; date: value is the new said_on; rename: subject becomes value; merge: the
    -- speaker subject is merged into the person value; split: a merge undone;
    -- speaker_kind: the speaker subject is a value ('person' or 'organization').
    action       TEXT NOT NULL CHECK (action IN
        ('speaker', 'not_statement', 'kind', 'date', 'rename', 'merge', 'split', 'speaker_kind')),
    -- Statement corrections: articles.content_hash and the statement's offsets.
    article_hash TEXT,
    start_offset INTEGER,
    end_offset   INTEGER,
    -- Person corrections: the name the correction is about, as the user gave it.
    subject      TEXT,
    -- The new value (a person's name, a kind, a date, a name).
    value        TEXT,
    -- What it was before, for `whosaid corrections` (and the names a merge moved, for split).
    previous     TEXT,
    -- When it was made (UTC, RFC 3339).
    made_at      TEXT NOT NULL
) STRICT;

-- The corrections of one article's statements, re-applied at each import.
CREATE INDEX IF NOT EXISTS corrections_by_statement ON corrections (article_hash, start_offset, end_offset);

-- Each person's count of statements of speech and their first and last said_on (step 3 -> 4;
-- speech only, claims beyond speech left out, since step 4 -> 5), kept by the three triggers below on every insert, delete and change of speaker or date (corrections, merges,
-- re-extraction included), so `whosaid people` reads one row a person, not every statement.
CREATE TABLE IF NOT EXISTS person_counts (
    person_id  INTEGER PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
    statements INTEGER NOT NULL,
    first_said TEXT,
    last_said  TEXT
) STRICT;

CREATE TRIGGER IF NOT EXISTS person_counts_ai AFTER INSERT ON statements
WHEN new.person_id IS NOT NULL AND new.kind IN ('direct', 'mixed', 'indirect') BEGIN
    INSERT INTO person_counts (person_id, statements, first_said, last_said)
    VALUES (new.person_id, 1, new.said_on, new.said_on)
    ON CONFLICT (person_id) DO UPDATE SET statements = statements + 1,
        first_said = coalesce(min(first_said, excluded.first_said), first_said, excluded.first_said),
        last_said = coalesce(max(last_said, excluded.last_said), last_said, excluded.last_said);
END;

CREATE TRIGGER IF NOT EXISTS person_counts_ad AFTER DELETE ON statements
WHEN old.person_id IS NOT NULL AND old.kind IN ('direct', 'mixed', 'indirect') BEGIN
    UPDATE person_counts SET statements = statements - 1,
        first_said = (SELECT min(said_on) FROM statements WHERE person_id = old.person_id
            AND kind IN ('direct', 'mixed', 'indirect')),
        last_said = (SELECT max(said_on) FROM statements WHERE person_id = old.person_id
            AND kind IN ('direct', 'mixed', 'indirect'))
    WHERE person_id = old.person_id;
END;

CREATE TRIGGER IF NOT EXISTS person_counts_au AFTER UPDATE OF person_id, said_on, kind ON statements BEGIN
    UPDATE person_counts SET statements = statements - 1,
        first_said = (SELECT min(said_on) FROM statements WHERE person_id = old.person_id
            AND kind IN ('direct', 'mixed', 'indirect')),
        last_said = (SELECT max(said_on) FROM statements WHERE person_id = old.person_id
            AND kind IN ('direct', 'mixed', 'indirect'))
    WHERE person_id = old.person_id AND old.kind IN ('direct', 'mixed', 'indirect');
    INSERT INTO person_counts (person_id, statements, first_said, last_said)
    SELECT new.person_id, 1, new.said_on, new.said_on
    WHERE new.person_id IS NOT NULL AND new.kind IN ('direct', 'mixed', 'indirect')
    ON CONFLICT (person_id) DO UPDATE SET statements = statements + 1,
        first_said = coalesce(min(first_said, excluded.first_said), first_said, excluded.first_said),
        last_said = coalesce(max(last_said, excluded.last_said), last_said, excluded.last_said);
END;
