//! Unit tests of the output writers.

use super::*;
use crate::model::{SpeakerKind, StatementKind};
use crate::store::ArticleId;

#[derive(Serialize)]
struct Row {
    a: String,
    b: i32,
}

#[test]
fn csv_round_trips_quotes_commas_and_newlines() {
    let mut buf = Vec::new();
    let mut w = Writer::new(Format::Csv, &mut buf);
    let tricky = "“Yes,” she said, \"no\"\nnext".to_string();
    w.write(
        &Row {
            a: tricky.clone(),
            b: 1,
        },
        vec![],
    )
    .unwrap();
    w.finish(&[]).unwrap();
    let mut r = csv::Reader::from_reader(buf.as_slice());
    let rec = r.records().next().unwrap().unwrap();
    assert_eq!(&rec[0], tricky);
    assert_eq!(r.headers().unwrap().iter().collect::<Vec<_>>(), ["a", "b"]);
}

#[test]
fn timeline_columns_match_the_row_fields() {
    let row = TimelineRow {
        id: String::new(),
        said_on: None,
        said_precision: None,
        said_basis: None,
        speaker: None,
        speaker_kind: SpeakerKind::Unknown,
        kind: StatementKind::Direct,
        statement: String::new(),
        cue: None,
        speaker_mention: None,
        role: None,
        reported_by: None,
        article_title: None,
        article_source: None,
        article_url: None,
        published_on: None,
        article_id: ArticleId(0),
        article_ref: String::new(),
        start: 0,
        end: 0,
        corrected: String::new(),
        article_byline: None,
    };
    let mut buf = Vec::new();
    let mut w = Writer::new(Format::Csv, &mut buf);
    w.write(&row, vec![]).unwrap();
    w.finish(&[]).unwrap();
    let header = String::from_utf8(buf)
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .to_string();
    assert_eq!(header, TIMELINE_COLUMNS.join(","));
}

#[test]
fn formula_cells_are_neutralised_unless_raw() {
    let write = |raw: bool| {
        let mut buf = Vec::new();
        let mut w = Writer::new(Format::Csv, &mut buf).raw(raw);
        for a in [
            "=HYPERLINK(\"x\")",
            "+1",
            "-2",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "plain, \"q\"",
        ] {
            w.write(&Row { a: a.into(), b: -3 }, vec![]).unwrap();
        }
        w.finish(&[]).unwrap();
        let mut r = csv::Reader::from_reader(buf.as_slice());
        assert_eq!(r.headers().unwrap().iter().collect::<Vec<_>>(), ["a", "b"]);
        r.records()
            .map(|rec| rec.unwrap().iter().map(String::from).collect::<Vec<_>>())
            .collect::<Vec<_>>()
    };
    let safe = write(false);
    let cells: Vec<&str> = safe.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(
        cells,
        [
            "'=HYPERLINK(\"x\")",
            "'+1",
            "'-2",
            "'@SUM(A1)",
            "'\tx",
            "'\rx",
            "plain, \"q\""
        ]
    );
    assert_eq!(safe[0][1], "'-3", "numbers starting with - too");
    let raw = write(true);
    assert_eq!(raw[0][0], "=HYPERLINK(\"x\")");
    assert_eq!(raw[0][1], "-3");
}

#[test]
fn table_pads_columns() {
    let mut buf = Vec::new();
    write_table(
        &mut buf,
        &[
            vec!["A".into(), "B".into()],
            vec!["long".into(), "x".into()],
        ],
        Layout::default(),
    )
    .unwrap();
    assert_eq!(String::from_utf8(buf).unwrap(), "A     B\nlong  x\n");
}

#[test]
fn wrapped_column_continues_under_itself() {
    let mut buf = Vec::new();
    let layout = Layout {
        wrap: Some((1, 34)),
        ..Layout::default()
    };
    let words = "one two three four five six seven eight nine ten";
    let rows = [vec!["id".into(), words.into(), "end".into()]];
    write_table(&mut buf, &rows, layout).unwrap();
    let text = String::from_utf8(buf).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "id  one two three four five   end");
    assert_eq!(lines[1], "    six seven eight nine ten");
    assert_eq!(lines.len(), 2);
}

#[test]
fn terminal_rows_are_narrower_than_the_terminal() {
    let layout = Layout {
        wrap: Some((2, 80)),
        ..Layout::default()
    };
    let words = "the statement runs on for a good many words before it ends";
    let rows = [
        vec![
            "ID".into(),
            "SPEAKER".into(),
            "STATEMENT".into(),
            "ARTICLE".into(),
        ],
        vec![
            "19e05a56:511".into(),
            "a spokeswoman for the agency".into(),
            words.into(),
            "The Harbor Ledger: Harbor City budget".into(),
        ],
    ];
    let mut buf = Vec::new();
    write_table(&mut buf, &rows, layout).unwrap();
    let text = String::from_utf8(buf).unwrap();
    assert!(text.lines().all(|l| l.chars().count() < 80), "{text}");
    assert!(
        text.contains("19e05a56:511"),
        "the first column is never cut: {text}"
    );
    assert!(text.contains("a spokeswoman for"), "{text}");
    assert!(!text.contains("the agency"), "cut to fit: {text}");
    let statement: Vec<&str> = text.lines().skip(1).collect();
    assert!(statement.join(" ").contains("before it"), "{text}");
}

#[test]
fn matches_are_bold_on_colour_and_plain_otherwise() {
    let marked = format!("a {MATCH_START}river{MATCH_END} b");
    assert_eq!(show_matches(&marked, false), "a river b");
    assert_eq!(show_matches(&marked, true), "a \x1b[1mriver\x1b[22m b");
}
