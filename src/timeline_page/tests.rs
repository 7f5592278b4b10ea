//! The page's embedded data and its safety; how it looks is checked by eye in headless
//! Chromium (docs/timeline.png), not here.

use super::*;

use crate::model::{DateBasis, Precision, SpeakerKind, StatementKind};
use crate::store::ArticleId;

fn row(said_on: Option<&str>, kind: &str, text: &str) -> TimelineRow {
    let date = said_on.and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    TimelineRow {
        id: format!("0000abcd:{}", text.len()),
        corrected: String::new(),
        article_byline: None,
        said_on: date,
        said_precision: date.map(|_| Precision::Day),
        said_basis: date.map(|_| DateBasis::Stated),
        speaker: Some("Jane Doe".into()),
        speaker_kind: SpeakerKind::Person,
        kind: StatementKind::parse(kind).expect("a kind"),
        statement: text.into(),
        cue: Some("said".into()),
        speaker_mention: Some("Doe".into()),
        role: None,
        reported_by: None,
        article_title: Some("A headline".into()),
        article_source: Some("The Gazette".into()),
        article_url: Some("https://example.org/a".into()),
        published_on: date,
        article_id: ArticleId(1),
        article_ref: "a.txt".into(),
        start: 0,
        end: text.chars().count() as i64,
    }
}

#[test]
fn embedded_data_round_trips_with_months_and_kinds() {
    let rows = [
        row(Some("2025-01-30"), "direct", "“One.”"),
        row(Some("2025-01-02"), "indirect", "two"),
        row(Some("2025-04-09"), "mixed", "three “3”"),
        row(None, "direct", "“Undated.”"),
    ];
    let page = render("Jane Doe", &rows);
    let data = embedded_data(&page).expect("page embeds its data");
    assert_eq!(data, page_data("Jane Doe", &rows));
    assert_eq!(data.person, "Jane Doe");
    assert_eq!(data.statements.len(), 4);
    assert_eq!(data.statements[2].source.as_deref(), Some("The Gazette"));
    let months: Vec<(&str, usize)> = data
        .months
        .iter()
        .map(|m| (m.month.as_str(), m.count))
        .collect();
    assert_eq!(
        months,
        [
            ("2025-01", 2),
            ("2025-02", 0),
            ("2025-03", 0),
            ("2025-04", 1)
        ]
    );
    assert_eq!(data.kinds.get("direct"), Some(&2));
    assert_eq!(data.kinds.get("mixed"), Some(&1));
}

#[test]
fn months_cross_the_year_end() {
    let rows = [
        row(Some("2025-11-03"), "direct", "a"),
        row(Some("2026-02-01"), "direct", "b"),
    ];
    let months: Vec<String> = page_data("X", &rows)
        .months
        .into_iter()
        .map(|m| m.month)
        .collect();
    assert_eq!(months, ["2025-11", "2025-12", "2026-01", "2026-02"]);
}

#[test]
fn statement_text_cannot_close_the_script_or_inject_markup() {
    let evil = "</script><script>alert(1)</script><!-- & <b>";
    let page = render("<b>Jane</b>", &[row(Some("2025-01-01"), "direct", evil)]);
    assert!(!page.contains("alert(1)</script>"));
    assert!(!page.contains("<b>"));
    assert_eq!(
        page.matches("</script>").count(),
        2,
        "only the page's own two scripts"
    );
    let data = embedded_data(&page).unwrap();
    assert_eq!(data.statements[0].text, evil);
    assert_eq!(data.person, "<b>Jane</b>");
}

#[test]
fn page_is_self_contained() {
    let page = render("Jane Doe", &[row(Some("2025-01-01"), "direct", "x")]);
    for remote in [
        "src=\"http",
        "href=\"http",
        "<link",
        "@import",
        "fetch(",
        "XMLHttpRequest",
    ] {
        assert!(!page.contains(remote), "page refers out: {remote}");
    }
    assert!(page.contains("<style>") && page.contains("textContent"));
}

#[test]
fn no_statements_gives_an_empty_axis_not_a_failure() {
    let data = embedded_data(&render("Nobody", &[])).unwrap();
    assert!(data.statements.is_empty() && data.months.is_empty());
}
