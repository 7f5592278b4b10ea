//! Saved web pages through the real binary: .html/.htm files given directly and found in
//! folders, JSON Lines records with an `html` field, standard input, and pages with no article.

use crate::util::{TestEnv, sample};

const NO_ARTICLE: &str = "<html><head><title>Politics</title></head><body><nav>\
    <a href='/'>Home</a></nav><ul><li><a href='/1'>Senator presses for grants</a></li>\
    <li><a href='/2'>Budget talks resume</a></li></ul></body></html>";

/// A small page written for this test: metadata in meta tags, one quotation, a "Most read" list.
const PAGE: &str = "<html><head><meta property='og:site_name' content='Valley Gazette'>\
    <meta property='article:published_time' content='2025-04-08T08:00:00-07:00'>\
    <link rel='canonical' href='https://example.org/gazette/bridge'>\
    <title>Bridge to reopen in May | Valley Gazette</title></head><body>\
    <nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Bridge to reopen in May</h1>\
    <p>The county engineer, Ruth Calloway, said on Monday that the Mill Street bridge would \
    reopen in May after six months of repairs to its deck.</p>\
    <p>&ldquo;We found more rust than anyone expected,&rdquo; Calloway said. &ldquo;But the \
    steel is sound now.&rdquo;</p></article>\
    <section class='most-read'><h2>Most read</h2><ol><li><a href='/x'>&ldquo;We will never \
    give up,&rdquo; coach says</a></li></ol></section></body></html>";

#[test]
fn html_file_gives_article_text_metadata_and_statements() {
    let env = TestEnv::new();
    let page = env.write("bridge.html", PAGE);
    let run = env.run(&[
        "extract".as_ref(),
        "--format".as_ref(),
        "jsonl".as_ref(),
        page.as_os_str(),
    ]);
    run.success();
    let rows = run.jsonl();
    let texts: Vec<&str> = rows.iter().filter_map(|r| r["text"].as_str()).collect();
    assert!(
        texts.contains(&"“We found more rust than anyone expected,”"),
        "{texts:?}"
    );
    assert!(
        texts
            .iter()
            .all(|t| !t.contains("never give up") && !t.contains('<'))
    );
    assert!(
        rows.iter().all(|r| r["said_on"] == "2025-04-07"),
        "{rows:?}"
    );
    assert!(rows.iter().any(|r| r["speaker"] == "Ruth Calloway"));
}

#[test]
fn folder_import_reads_html_pages_with_their_metadata() {
    let env = TestEnv::new();
    let dir = env.path("pages");
    std::fs::create_dir_all(&dir).unwrap();
    for name in [
        "11_thornquist_wildfire_grants.html",
        "13_harbor_ferry_strike.html",
    ] {
        std::fs::copy(sample(&format!("html/{name}")), dir.join(name)).unwrap();
    }
    std::fs::copy(
        sample("html/12_thornquist_salmon_dams.html"),
        dir.join("dams.HTM"),
    )
    .unwrap();
    env.import(&["pages"]).success();
    assert_eq!(env.count("articles"), 3);
    let conn = env.conn();
    let (title, source, url, published, body): (String, String, String, String, String) = conn
        .query_row(
            "SELECT title, source, url, published_on, body FROM articles WHERE external_id LIKE '%ferry%'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .unwrap();
    assert_eq!(
        title,
        "Ferry Workers Vote to Strike, Stranding Island Commuters"
    );
    assert_eq!(source, "The Harbor Times");
    assert!(url.ends_with("/ferry-strike-vote.html"));
    assert_eq!(published, "2025-11-18");
    // The summary under the headline stays (it is the page's own text); the kicker does not.
    assert!(body.starts_with("The walkout, set for Monday"), "{body}");
    assert!(body.contains("\n\nWorkers who run the ferries"), "{body}");
    assert!(!body.contains("Most Popular") && !body.contains("Advertisement"));
}

#[test]
fn page_without_article_is_skipped_with_its_name_and_exit_1() {
    let env = TestEnv::new();
    env.write("in/front.html", NO_ARTICLE);
    env.write("in/bridge.htm", PAGE);
    let run = env.import(&["in"]);
    run.expect_code(1);
    assert!(
        run.stderr
            .contains("front.html: no article text found in the page"),
        "{}",
        run.stderr
    );
    assert!(
        run.stdout
            .contains("imported 1 article (0 already present, 1 skipped)")
    );
}

#[test]
fn json_record_with_html_field_and_html_on_stdin() {
    let env = TestEnv::new();
    let record = serde_json::json!({"id": "gz-1", "html": PAGE});
    let bad = serde_json::json!({"id": "gz-2", "html": NO_ARTICLE});
    env.write("pages.jsonl", format!("{record}\n{bad}\n"));
    let run = env.run(&["extract", "--format", "jsonl", "pages.jsonl"]);
    run.expect_code(1);
    assert!(
        run.stderr.contains("pages.jsonl:2: no article text"),
        "{}",
        run.stderr
    );
    assert!(run.jsonl().iter().all(|r| r["article"] == "gz-1"));
    let piped = env.run_stdin(&["extract", "--format", "jsonl", "-"], PAGE);
    piped.success();
    assert_eq!(piped.jsonl().len(), run.jsonl().len());
}

#[test]
fn byline_is_stored_shown_and_exported() {
    let env = TestEnv::new();
    let page = PAGE.replace(
        "<title>",
        "<meta name='author' content='Dana Whitfield'><title>",
    );
    env.write("bridge.html", &page);
    env.import(&["bridge.html"]).success();
    let rows = exported_bylines(&env);
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| r.1 == "Dana Whitfield"), "{rows:?}");
    let id = rows[0].0.as_str();
    let shown = env.run(&["show", id]);
    assert!(
        shown.success().stdout.contains("Dana Whitfield"),
        "{}",
        shown.stdout
    );
    // A text article has none.
    env.write(
        "plain.txt",
        "Title: Plain\nDate: 2025-01-02\n\n“All is well,” said Mo Reyes.\n",
    );
    env.import(&["plain.txt"]).success();
    assert!(exported_bylines(&env).iter().any(|r| r.1.is_empty()));
}

/// (id, article_byline) of every exported row.
fn exported_bylines(env: &TestEnv) -> Vec<(String, String)> {
    let run = env.run(&["export"]);
    let mut reader = csv::Reader::from_reader(run.success().stdout.as_bytes());
    let header = reader.headers().unwrap().clone();
    let byline = header.iter().position(|h| h == "article_byline").unwrap();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[0].to_string(), r[byline].to_string())
        })
        .collect()
}

#[test]
fn very_deeply_nested_page_is_skipped_quickly_with_its_name() {
    let env = TestEnv::new();
    let deep = format!(
        "<html><body>{}<p>“It is fine,” said Mo Reyes.</p>{}</body></html>",
        "<div>".repeat(50_000),
        "</div>".repeat(50_000)
    );
    env.write("in/deep.html", &deep);
    env.write("in/bridge.htm", PAGE);
    let started = std::time::Instant::now();
    let run = env.import(&["in"]);
    run.expect_code(1);
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
    assert!(
        run.stderr
            .contains("deep.html: more than 1024 elements open at once"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.contains("imported 1 article"), "{}", run.stdout);
}
