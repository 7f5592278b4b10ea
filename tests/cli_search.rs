//! `search` and `show`, and statement ids, through the real binary on articles written for
//! these tests.

use crate::util::{TestEnv, char_slice};

const HARBOUR: &str = "Title: Harbour dredging approved\nDate: 2025-04-10\nSource: The Tideline\nURL: https://example.org/dredge\n\n\
The port board approved the dredging plan on Wednesday.\n\n\
“The channel is silting faster than anyone predicted,” said harbour master Ines Calloway.\n\n\
Calloway said the work would start in September. Fishermen were not convinced.\n\n\
“Dredging AND dumping is not a plan (it's a postponement),” said trawler captain Owen Rudd.\n";

const SCHOOL: &str = "Title: School roof\nDate: 2025-06-02\n\n\
“The roof has leaked for three winters,” said principal Mara Quist.\n\n\
Quist said the district promised repairs in 2023.\n";

fn env() -> TestEnv {
    let env = TestEnv::new();
    env.import_texts(&[("harbour.txt", HARBOUR), ("school.txt", SCHOOL)]);
    env
}

fn texts(run: &crate::util::Run) -> Vec<String> {
    run.jsonl()
        .iter()
        .map(|v| v["statement"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn search_finds_a_word_best_match_first_with_ids() {
    let env = env();
    let run = env.run(&["search", "silting", "--format", "jsonl"]);
    run.success();
    let hits = run.jsonl();
    assert_eq!(hits.len(), 1, "{}", run.stdout);
    assert!(
        hits[0]["statement"]
            .as_str()
            .unwrap()
            .contains("silting faster")
    );
    let id = hits[0]["id"].as_str().unwrap();
    let shown = env.run(&["show", id, "--format", "json"]);
    shown.success();
    let v: serde_json::Value = serde_json::from_str(&shown.stdout).unwrap();
    assert_eq!(v["id"], id);
}

#[test]
fn search_words_phrase_and_prefix() {
    let env = env();
    // All words must match, in any order.
    let both = env.run(&["search", "roof", "winters", "--format", "jsonl"]);
    assert_eq!(texts(both.success()).len(), 1);
    assert!(texts(&env.run(&["search", "roof", "channel", "--format", "jsonl"])).is_empty());
    // A phrase matches its words in that order only.
    let phrase = env.run(&["search", "\"faster than anyone\"", "--format", "jsonl"]);
    assert_eq!(texts(phrase.success()).len(), 1);
    let reversed = env.run(&["search", "\"anyone than faster\"", "--format", "jsonl"]);
    assert!(texts(reversed.success()).is_empty());
    // A prefix matches every word it begins.
    let prefix = env.run(&["search", "dredg*", "--format", "jsonl"]);
    assert!(
        texts(prefix.success())
            .iter()
            .any(|t| t.contains("Dredging"))
    );
}

#[test]
fn fts_and_sql_syntax_in_user_text_is_searched_literally() {
    let env = env();
    let stored = env.count("statements");
    // "AND" and the parentheses are words to find here, not FTS5 syntax.
    let run = env.run(&["search", "AND dumping (it's", "--format", "jsonl"]);
    assert_eq!(texts(run.success()).len(), 1, "{}", run.stderr);
    for text in [
        "NEAR(",
        "'; DROP TABLE statements; --",
        "\"",
        "col:x",
        "-x",
        "*",
    ] {
        let run = env.run(&["search", text]);
        assert!(run.code == 0 || run.code == 2, "{text:?}: {run:?}");
        assert!(
            !run.stderr.contains("syntax error"),
            "{text:?}: {}",
            run.stderr
        );
    }
    assert_eq!(env.count("statements"), stored, "nothing was dropped");
    // --fts passes FTS5 syntax through: OR finds both articles' statements.
    let raw = env.run(&["search", "--fts", "silting OR roof", "--format", "jsonl"]);
    assert_eq!(texts(raw.success()).len(), 2);
    let bad = env.run(&["search", "--fts", "NEAR("]);
    bad.expect_code(2);
    assert!(bad.stderr.contains("invalid FTS5 query"), "{}", bad.stderr);
}

#[test]
fn search_filters_by_person_date_and_kind() {
    let env = env();
    let all = texts(
        env.run(&["search", "said*", "--fts", "--format", "jsonl"])
            .success(),
    );
    let _ = all;
    let quist = env.run(&[
        "search",
        "roof OR repairs OR district",
        "--fts",
        "--person",
        "Quist",
        "--format",
        "jsonl",
    ]);
    let found = quist.success().jsonl();
    assert!(!found.is_empty());
    assert!(
        found.iter().all(|v| v["speaker"] == "Mara Quist"),
        "{}",
        quist.stdout
    );
    let later = env.run(&[
        "search",
        "roof",
        "--from",
        "2025-07-01",
        "--format",
        "jsonl",
    ]);
    assert!(texts(later.success()).is_empty());
    let direct = env.run(&["search", "repairs", "--kind", "direct", "--format", "jsonl"]);
    assert!(
        texts(direct.success()).is_empty(),
        "the repairs claim is indirect"
    );
    let indirect = env.run(&[
        "search", "repairs", "--kind", "indirect", "--format", "jsonl",
    ]);
    assert_eq!(texts(indirect.success()).len(), 1);
}

/// Literal searches are matched and ranked by whosaid (the statements a filter keeps may be
/// read and matched without the index); they must find what FTS5 itself finds.
#[test]
fn literal_and_fts5_searches_find_the_same_statements() {
    let env = env();
    let ids = |args: &[&str]| -> Vec<String> {
        let mut ids: Vec<String> = env
            .run(&[args, &["--format", "jsonl", "--limit", "100"]].concat())
            .success()
            .jsonl()
            .iter()
            .map(|v| v["id"].as_str().unwrap().to_string())
            .collect();
        ids.sort();
        ids
    };
    let filters: [&[&str]; 4] = [
        &[],
        &["--person", "Calloway"],
        &["--from", "2025-05-01"],
        &["--kind", "direct"],
    ];
    for filter in filters {
        for (literal, fts) in [("the", "\"the\""), ("plan", "\"plan\""), ("si*", "\"si\"*")] {
            let mine = ids(&[&["search", literal], filter].concat());
            let theirs = ids(&[&["search", "--fts", fts], filter].concat());
            assert_eq!(mine, theirs, "{literal} {filter:?}");
        }
    }
    assert!(!ids(&["search", "the", "--person", "Calloway"]).is_empty());
}

#[test]
fn search_table_off_a_terminal_has_no_colour_codes_and_nothing_found_says_so() {
    let env = env();
    let run = env.run(&["search", "silting"]);
    run.success();
    assert!(run.stdout.starts_with("ID "), "{}", run.stdout);
    assert!(
        !run.stdout.contains('\u{1b}') && !run.stdout.contains('\u{2}'),
        "{:?}",
        run.stdout
    );
    let none = env.run(&["search", "zeppelin"]);
    none.success();
    assert!(
        none.stderr.contains("no statement matches"),
        "{}",
        none.stderr
    );
}

#[test]
fn ids_are_stable_across_databases_and_shown_by_person_and_export() {
    let a = env();
    let b = TestEnv::new();
    // Another database, articles imported in the other order: the same ids.
    b.import_texts(&[("s.txt", SCHOOL), ("h.txt", HARBOUR)]);
    let ids = |env: &TestEnv| -> Vec<String> {
        let run = env.run(&["person", "Calloway", "--format", "jsonl"]);
        run.success()
            .jsonl()
            .iter()
            .map(|v| v["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids(&a), ids(&b));
    assert!(!ids(&a).is_empty());
    let table = a.run(&["person", "Calloway"]);
    assert!(
        table.success().stdout.contains(&ids(&a)[0]),
        "{}",
        table.stdout
    );
    let csv = a.run(&["export"]);
    assert!(
        csv.success().stdout.starts_with("id,said_on,"),
        "{}",
        csv.stdout
    );
    assert!(csv.stdout.contains(&ids(&a)[0]));
}

#[test]
fn show_gives_context_source_offsets_and_date_basis() {
    let env = env();
    let hit = env
        .run(&["search", "silting", "--format", "jsonl"])
        .jsonl()
        .remove(0);
    let id = hit["id"].as_str().unwrap();
    let run = env.run(&["show", id, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&run.success().stdout).unwrap();
    assert_eq!(v["article_title"], "Harbour dredging approved");
    assert_eq!(v["article_source"], "The Tideline");
    assert_eq!(v["article_url"], "https://example.org/dredge");
    assert_eq!(v["published_on"], "2025-04-10");
    assert_eq!(v["published_from"], "header");
    assert_eq!(v["speaker_mention"], "Ines Calloway");
    assert_eq!(v["cue"], "said");
    let body = env
        .conn()
        .query_row(
            "SELECT body FROM articles WHERE title LIKE 'Harbour%'",
            [],
            |r| r.get::<_, String>(0),
        )
        .unwrap();
    let at = |s: &str, e: &str| {
        char_slice(
            &body,
            v[s].as_u64().unwrap() as usize,
            v[e].as_u64().unwrap() as usize,
        )
    };
    assert_eq!(at("cue_start", "cue_end"), "said");
    assert_eq!(at("mention_start", "mention_end"), "Ines Calloway");
    assert!(
        v["context_before"]
            .as_str()
            .unwrap()
            .contains("approved the dredging plan")
    );
    assert!(
        v["context_after"]
            .as_str()
            .unwrap()
            .contains("said harbour master")
    );
    assert!(
        v["date_found"]
            .as_str()
            .unwrap()
            .starts_with(v["said_basis"].as_str().unwrap())
    );
    let text = env.run(&["show", id]);
    let out = &text.success().stdout;
    assert!(out.contains("[[“The channel is silting"), "{out}");
    for label in [
        "article",
        "source",
        "url",
        "published",
        "mention",
        "cue",
        "said on",
        "date found",
    ] {
        assert!(
            out.lines().any(|l| l.starts_with(label)),
            "{label} missing:\n{out}"
        );
    }
}

#[test]
fn show_unknown_or_malformed_id_fails_with_exit_2() {
    let env = env();
    let run = env.run(&["show", "00000000:1"]);
    run.expect_code(2);
    assert!(
        run.stderr.contains("no statement 00000000:1"),
        "{}",
        run.stderr
    );
    let bad = env.run(&["show", "42"]);
    bad.expect_code(2);
    assert!(bad.stderr.contains("not a statement id"), "{}", bad.stderr);
}

#[test]
fn wide_keeps_whole_statements_on_one_line() {
    let env = TestEnv::new();
    let long = "Title: Long\nDate: 2025-01-02\n\n“This is a long statement that goes on well past the seventy-two characters a table cell keeps,” said Mayor Ada Pell.\n";
    env.import_texts(&[("long.txt", long)]);
    let short = env.run(&["person", "Pell"]);
    assert!(short.success().stdout.contains('…'), "{}", short.stdout);
    let wide = env.run(&["person", "Pell", "--wide"]);
    assert!(
        wide.success().stdout.contains("a table cell keeps,”"),
        "{}",
        wide.stdout
    );
}

const NAMESAKES: &str = "Title: Harbour vote\nDate: 2026-03-02\n\n\
Mayor Ann Ruiz opened the meeting on Monday. Her deputy, Tom Ruiz, sat beside her.\n\n\
\"The bridge opens in May,\" Ruiz said.\n\n\
She also said the budget would hold.\n";

/// The candidates of the statement whose text contains `needle`: (name, chosen) pairs.
fn candidates_of(all: &[serde_json::Value], needle: &str) -> Vec<(String, bool)> {
    let v = all
        .iter()
        .find(|v| v["text"].as_str().unwrap().contains(needle))
        .unwrap_or_else(|| panic!("{needle} explained"));
    v["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["name"].as_str().unwrap().into(),
                c["chosen"].as_bool().unwrap(),
            )
        })
        .collect()
}

#[test]
fn explain_lists_the_speaker_candidates_and_the_one_chosen() {
    let env = TestEnv::new();
    let file = env.write("namesakes.txt", NAMESAKES);
    let run = env.run(&["explain", file.to_str().unwrap(), "--format", "jsonl"]);
    let all = run.success().jsonl();
    // "Ruiz" fits both Ruizes; the one mentioned last before the quotation wins.
    assert_eq!(
        candidates_of(&all, "bridge"),
        [("Ann Ruiz".into(), false), ("Tom Ruiz".into(), true)]
    );
    // "She": the nearer Tom Ruiz is weighed and refused for his gender.
    let she = candidates_of(&all, "budget");
    assert!(she.contains(&("Ann Ruiz".into(), true)), "{she:?}");
    assert!(she.contains(&("Tom Ruiz".into(), false)), "{she:?}");
    let budget = all
        .iter()
        .find(|v| v["text"] == "the budget would hold")
        .unwrap();
    assert_eq!(budget["speaker_steps"][0]["rule"], "PronounAntecedent");
    assert_eq!(budget["speaker_steps"][0]["mention"], "She");
    let text = env.run(&["explain", file.to_str().unwrap()]);
    let out = &text.success().stdout;
    assert!(out.contains("* Tom Ruiz: same surname"), "{out}");
    assert!(out.contains("the other gender"), "{out}");
    assert!(!out.contains("not recorded"), "{out}");
}

#[test]
fn explain_shows_the_sieve_steps_an_unclaimed_quotation_passed() {
    let env = TestEnv::new();
    let file = env.write(
        "plant.txt",
        "\u{201c}The water is safe to drink,\u{201d} said Tom Vale, the plant manager.\n\n\
         At the gate, his message to residents was that \u{201c}nobody will need bottled water after this week.\u{201d}\n",
    );
    let run = env.run(&["explain", file.to_str().unwrap(), "--format", "jsonl"]);
    let all = run.success().jsonl();
    let last = all.last().expect("two statements");
    assert_eq!(last["speaker_by"], "PreviousSpeaker");
    let passed = &last["speaker_steps"][0]["passed"];
    assert_eq!(passed[0], "LaterQuote", "{last}");
    assert_eq!(passed.as_array().unwrap().len(), 4, "{last}");
    assert_eq!(candidates_of(&all, "bottled"), [("Tom Vale".into(), true)]);
}

#[test]
fn explain_a_file_and_a_stored_statement_agree() {
    let env = env();
    let file = env.path("harbour.txt");
    let run = env.run(&["explain", file.to_str().unwrap(), "--format", "jsonl"]);
    let all = run.success().jsonl();
    let silting = all
        .iter()
        .find(|v| v["text"].as_str().unwrap().contains("silting"))
        .expect("silting explained");
    assert!(
        silting["found_by"]
            .as_str()
            .unwrap()
            .contains("cue \"said\""),
        "{silting}"
    );
    assert!(
        silting["speaker_rule"]
            .as_str()
            .unwrap()
            .starts_with("Ines Calloway"),
        "{silting}"
    );
    assert!(
        silting["date_found"]
            .as_str()
            .unwrap()
            .starts_with(silting["said_basis"].as_str().unwrap())
    );
    let id = silting["id"].as_str().unwrap();
    let stored = env.run(&["explain", id, "--format", "jsonl"]);
    let one = stored.success().jsonl();
    assert_eq!(one.len(), 1);
    assert_eq!(one[0]["speaker_rule"], silting["speaker_rule"]);
    assert_eq!(one[0]["candidates"], silting["candidates"]);
    assert!(!silting["candidates"].as_array().unwrap().is_empty());
    let text = env.run(&["explain", id]);
    assert!(
        text.success().stdout.contains("found by"),
        "{}",
        text.stdout
    );
    env.run(&["explain", "0000aaaa:3"]).expect_code(2);
}

#[test]
fn explain_dates_a_dateless_file_with_date_as_extract_does() {
    let env = TestEnv::new();
    let file = env.write(
        "undated.txt",
        "Mayor Ida Brunner said on Thursday that the ferry would sail again.\n",
    );
    let path = file.to_str().unwrap();
    let plain = env.run(&["explain", path, "--format", "jsonl"]);
    assert!(
        plain.stderr.contains("no publication date"),
        "{}",
        plain.stderr
    );
    assert!(plain.success().jsonl()[0]["said_on"].is_null());
    let dated = env.run(&[
        "explain",
        path,
        "--date",
        "2025-07-04",
        "-q",
        "--format",
        "jsonl",
    ]);
    assert_eq!(dated.stderr, "");
    let extract = env.run(&["extract", path, "--date", "2025-07-04", "--format", "jsonl"]);
    let (dated, extract) = (dated.success().jsonl(), extract.success().jsonl());
    assert_eq!(dated[0]["said_on"], "2025-07-03");
    assert_eq!(dated[0]["said_on"], extract[0]["said_on"]);
}
