//! Unit tests of the page reader on the saved pages in samples/html/ (written for whosaid in
//! four outlets' layouts) and on small inline pages.

use super::*;

fn sample(name: &str) -> String {
    let path = format!("{}/samples/html/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// Asserts the body holds every `kept` phrase and none of the `dropped` ones.
fn assert_body(page: &Page, kept: &[&str], dropped: &[&str]) {
    for k in kept {
        assert!(page.body.contains(k), "missing {k:?} in:\n{}", page.body);
    }
    for d in dropped {
        assert!(!page.body.contains(d), "kept {d:?} in:\n{}", page.body);
    }
}

#[test]
fn boilerplate_is_matched_by_tag_role_class_and_id_but_not_by_near_misses() {
    let html = r#"<html><body>
        <div class="masthead-tools">keep 1</div><div class="ad">drop</div>
        <div class="x ad-top">drop</div><div class="headline">keep 2</div>
        <div role="navigation">drop</div><div id="ad-top">drop</div><div id="Comments">drop</div>
        <div class="Most-Read">drop</div><nav>drop</nav><p class="lead">keep 3</p>
        <div id="makehomepagedialog"><h2>drop</h2></div>
        </body></html>"#;
    let doc = Document::from(html);
    remove_boilerplate(&doc);
    let text = collapse(&doc.root().text());
    assert_eq!(text, "keep 1 keep 2 keep 3");
}

#[test]
fn flags_on_the_page_containers_do_not_remove_the_story() {
    // Real pages carry feature flags on <html>, the paywall state on <body> and script hooks
    // on <main> and <article>; a share bar inside the story is still boilerplate.
    let html = r#"<html class="flag-extendedbyline-on flag-unfollowcomments-on">
        <head><title>Ferry fares</title></head>
        <body class="story paywall user-anonymous"><main class="js-social-anchor-start">
        <article class="story-share-enabled"><div class="share-tools">Share this story</div>
        <p>The harbour board said on Monday that ferry fares would rise by a tenth in April,
        the first rise in six years.</p>
        <p>&ldquo;We held them as long as we could,&rdquo; the board&rsquo;s chair, Ines Marlow,
        told reporters after the vote.</p></article></main></body></html>"#;
    let page = read_page(html).unwrap();
    assert_body(
        &page,
        &[
            "ferry fares would rise by a tenth in April",
            "“We held them as long as we could,”",
        ],
        &["Share this story"],
    );
}

#[test]
fn a_styled_opening_quote_mark_stays_with_its_quotation() {
    let html = r#"<html><body><article>
        <p>The survey team said the results would be published in June.</p>
        <blockquote><p><span class="pullquote">&ldquo;</span>We counted every nest twice over,
        and the numbers held,&rdquo; said the team leader, Odile Varga.</p></blockquote>
        <div class="pullquote">We counted every nest</div></article></body></html>"#;
    let page = read_page(html).unwrap();
    assert_body(
        &page,
        &["“We counted every nest twice over, and the numbers held,” said"],
        &[],
    );
    assert_eq!(page.body.matches("We counted every nest").count(), 1);
}

#[test]
fn json_ld_in_cdata_gives_the_metadata() {
    let html = r#"<html><head>
        <meta property="article:published_time" content="2024-03-09T12:00:00Z">
        <script type="application/ld+json">
        <![CDATA[
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Dam vote delayed",
         "datePublished": "2024-03-08T22:00:00Z",
         "author": [{"@type": "Person", "name": "Ana Ruiz"}, {"@type": "Person", "name": "Lev Ito"}]}
        ]]>
        </script></head><body><article><p>The water board said on Friday that the vote on the
        dam would wait until the spring, after a review of the costs.</p></article></body></html>"#;
    let page = read_page(html).unwrap();
    assert_eq!(page.title.as_deref(), Some("Dam vote delayed"));
    assert_eq!(page.published, day(2024, 3, 8));
    assert_eq!(page.byline.as_deref(), Some("Ana Ruiz and Lev Ito"));
    assert_eq!(unwrap_cdata("//<![CDATA[\n{}\n//]]>"), "{}");
    assert_eq!(unwrap_cdata(" {\"a\": 1} "), "{\"a\": 1}");
}

/// A story page with no byline in its metadata, `marks` inserted before the story.
fn page_with_byline(marks: &str) -> Page {
    let html = format!(
        r#"<html><head><title>Tram line</title></head><body>
        <aside><span class="byline">By <a href="/p/other">Other Writer</a></span></aside>
        {marks}<article><p>The transport authority said on Tuesday that the new tram line would
        open in the autumn, a year later than planned.</p></article></body></html>"#
    );
    read_page(&html).unwrap()
}

#[test]
fn bylines_come_from_the_page_markup_when_the_metadata_has_none() {
    let rel = page_with_byline(r#"<span>By <a rel="author" href="/a/">Mira Kovac</a></span>"#);
    assert_eq!(rel.byline.as_deref(), Some("Mira Kovac"));
    let prop = r#"<div itemprop="author"><span itemprop="name">Tomas Reyes</span> Staff</div>"#;
    assert_eq!(
        page_with_byline(prop).byline.as_deref(),
        Some("Tomas Reyes")
    );
    // By class, in page order: the link beside the job title, not the handle or the date.
    let class = Document::from(
        r#"<p class="byline-date">May 20, 2019</p><div class="story-author">
        <a href="/a/">Mira Kovac</a><div class="author-title">Transport Editor</div></div>"#,
    );
    assert_eq!(
        markup_byline(&class, BYLINE_CLASSES).as_deref(),
        Some("Mira Kovac")
    );
    for bad in ["Follow @mkovac", "May 20, 2019", "https://example.org/mira"] {
        assert_eq!(clean_byline(bad), None, "{bad}");
    }
    assert_eq!(
        clean_byline("by: Mira Kovac |").as_deref(),
        Some("Mira Kovac")
    );
    assert_eq!(clean_byline("Byron Hale").as_deref(), Some("Byron Hale"));
}

#[test]
fn a_date_command_timestamp_dates_the_page() {
    assert_eq!(page_date("Fri Mar 13 21:30:09 EST 2015"), day(2015, 3, 13));
    assert_eq!(page_date("Fri Mar 13 EST 2015 extra"), None);
}

#[test]
fn deep_nesting_does_not_exhaust_the_stack() {
    let depth = 1_000;
    let html = format!(
        "{}<p>The mayor said on Tuesday that the bridge would reopen in March.</p>{}",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    let err = read_page(&html).unwrap_err();
    assert!(err.0.contains("nested more than"), "{err}");
    let ok = format!(
        "{}<p>{}</p>{}",
        "<div>".repeat(40),
        "Words said here. ".repeat(9),
        "</div>".repeat(40)
    );
    assert!(read_page(&ok).is_ok());
}

#[test]
fn json_ld_page_gives_metadata_and_only_the_story() {
    let page = read_page(&sample("11_thornquist_wildfire_grants.html")).unwrap();
    assert_eq!(
        page.title.as_deref(),
        Some("Thornquist presses for faster wildfire grants")
    );
    assert_eq!(page.published, day(2025, 6, 12));
    assert_eq!(page.byline.as_deref(), Some("Priya Raman"));
    assert_eq!(page.site_name.as_deref(), Some("Cascade Ledger"));
    assert_eq!(
        page.url.as_deref(),
        Some("https://example.org/cascade-ledger/news/us-politics-81234567")
    );
    assert_body(
        &page,
        &[
            "“A town of four thousand people cannot float",
            "it isn’t recovery money any more.”",
            "wanted an audit of how the agency spends",
        ],
        &[
            "Most read",
            "We will not back down",
            "Advertisement",
            "cookies",
            "Sign up",
            "Drought payments still stuck",
            "Crews cleared debris",
            "Copyright",
        ],
    );
}

#[test]
fn paragraphs_stay_paragraphs() {
    let page = read_page(&sample("11_thornquist_wildfire_grants.html")).unwrap();
    let paras: Vec<&str> = page.body.split("\n\n").collect();
    assert_eq!(paras.len(), 7, "{}", page.body);
    assert!(paras.iter().all(|p| !p.contains('\n') && p.trim() == *p));
    assert!(paras[0].starts_with("Sen. Margaret Thornquist on Thursday"));
}

#[test]
fn meta_tag_date_entities_and_comments() {
    let page = read_page(&sample("12_thornquist_salmon_dams.html")).unwrap();
    assert_eq!(page.published, day(2025, 8, 5));
    assert_eq!(page.byline.as_deref(), Some("Tom Abernathy"));
    assert_eq!(page.site_name.as_deref(), Some("Columbia Herald"));
    assert_body(
        &page,
        &[
            "the region’s salmon",
            "“We agree on pipes. We do not agree on dams,” she said.",
        ],
        &[
            "riverwatcher52",
            "as the senator said",
            "small favour",
            "Most viewed",
            "Salmon count falls",
            "Explore more",
            "Tom Abernathy in Lewiston",
            "&ldquo;",
            "&#8217;",
        ],
    );
    // The pull quote repeats a sentence of the story: it is dropped, the sentence stays once.
    assert_eq!(page.body.matches("counting is not a policy").count(), 1);
}

#[test]
fn time_element_dates_a_page_without_date_meta() {
    let page = read_page(&sample("13_harbor_ferry_strike.html")).unwrap();
    assert_eq!(page.published, day(2025, 11, 18));
    assert_eq!(page.byline.as_deref(), Some("Janet Collier"));
    assert_eq!(
        page.url.as_deref(),
        Some("https://example.org/harbor-times/2025/11/18/nyregion/ferry-strike-vote.html")
    );
    assert_body(
        &page,
        &[
            "“Nobody takes this lightly,” said Marcus Bell",
            "That was never in question,” he said.",
        ],
        &[
            "Continue reading",
            "Related Coverage",
            "Most Popular",
            "I Was Wrong",
            "appears in print",
            "Sign up",
            "Photo by",
        ],
    );
}

#[test]
fn json_ld_graph_and_div_paragraphs() {
    let page = read_page(&sample("14_thornquist_grid_outage.html")).unwrap();
    assert_eq!(
        page.title.as_deref(),
        Some("Thornquist demands answers after grid outage leaves 200,000 without power")
    );
    assert_eq!(page.published, day(2026, 1, 14));
    assert_eq!(page.byline.as_deref(), Some("Luis Ferreira"));
    assert_body(
        &page,
        &[
            "\"People were burning furniture",
            "agency's administrator",
            "senator’s questions",
        ],
        &[
            "Ad Feedback",
            "Paid Content",
            "This is not over",
            "Related article",
            "Watch:",
        ],
    );
    assert_eq!(page.body.split("\n\n").count(), 6, "{}", page.body);
}

#[test]
fn section_front_is_no_article() {
    let html = r#"<html><head><title>Politics - Ledger</title></head><body>
        <nav><a href="/">Home</a> <a href="/p">Politics</a></nav><main><h1>Politics</h1><ul>
        <li><a href="/1">Senator presses for faster wildfire grants</a></li>
        <li><a href="/2">&ldquo;Water isn&rsquo;t partisan,&rdquo; senator says</a></li>
        <li><a href="/3">Budget talks resume after a week off</a></li></ul></main></body></html>"#;
    let err = read_page(html).unwrap_err();
    assert!(err.0.contains("no article text"), "{err}");
}

#[test]
fn empty_and_odd_inputs_are_errors_not_panics() {
    for html in [
        "",
        "<",
        "<html>",
        "plain words, no tags",
        "<p>&#xFFFFFF; &bogus;</p>",
    ] {
        assert!(read_page(html).is_err(), "{html:?}");
    }
}

#[test]
fn bare_paragraphs_without_metadata_still_read() {
    let html = "<html><body><p>The mayor said on Tuesday that the bridge would reopen in \
        March after repairs.</p><p>&ldquo;We are nearly there,&rdquo; she said at a meeting \
        of the council.</p></body></html>";
    let page = read_page(html).unwrap();
    assert_eq!(page.published, None);
    assert_eq!(
        page.body,
        "The mayor said on Tuesday that the bridge would reopen in March after repairs.\n\n\
         “We are nearly there,” she said at a meeting of the council."
    );
}

#[test]
fn page_dates_take_the_local_day_or_a_written_date() {
    assert_eq!(page_date("2025-06-12T23:30:00-05:00"), day(2025, 6, 12));
    assert_eq!(page_date("2025-06-12"), day(2025, 6, 12));
    assert_eq!(page_date("June 12, 2025"), day(2025, 6, 12));
    assert_eq!(page_date("yesterday-ish"), None);
}

#[test]
fn bylines_lose_their_by_and_addresses_are_not_bylines() {
    assert_eq!(clean_byline("By  Jane Doe,").as_deref(), Some("Jane Doe"));
    assert_eq!(clean_byline("https://social.example/jane"), None);
    assert_eq!(
        names(&serde_json::json!([{"name": "A B"}, {"name": "C D"}])).as_deref(),
        Some("A B and C D")
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
    /// Any text, tag soup included, gives a page or an error, never a panic; a page's body has
    /// no tags left and no blank paragraph.
    #[test]
    fn any_input_reads_without_panic(
        html in "(<(p|div|a|script|article|meta|time)[^<>]{0,12}>|[a-zA-Z .,;&#“”\"]{0,40}|</p>){0,30}"
    ) {
        if let Ok(page) = read_page(&html) {
            proptest::prop_assert!(!page.body.contains("<p"));
            proptest::prop_assert!(page.body.split("\n\n").all(|p| !p.trim().is_empty()));
        }
    }
}

#[test]
fn very_deep_nesting_is_refused_before_parsing() {
    let deep = format!(
        "<html><body>{}<p>He said it was fine, officials said.</p>{}</body></html>",
        "<div>".repeat(RAW_DEPTH + 1),
        "</div>".repeat(RAW_DEPTH + 1)
    );
    let started = std::time::Instant::now();
    let err = read_page(&deep).unwrap_err();
    assert!(err.to_string().contains("open at once"), "{err}");
    assert!(started.elapsed().as_secs() < 2);
    // Omitted end tags, self-closed and void elements, comments and script text do not count.
    let many = format!(
        "<body>{}{}{}<script>{}</script><!-- {} --></body>",
        "<p>Words here, said she.".repeat(3_000),
        "<br><img src=x><span/>".repeat(2_000),
        "<li>item".repeat(2_000),
        "'<div>'".repeat(2_000),
        "<div>".repeat(2_000)
    );
    assert!(!open_tags_exceed(&many, RAW_DEPTH));
    assert!(open_tags_exceed(&"<div><span>".repeat(600), RAW_DEPTH));
    assert!(!open_tags_exceed(
        &"<div><span></span></div>".repeat(2_000),
        RAW_DEPTH
    ));
}
