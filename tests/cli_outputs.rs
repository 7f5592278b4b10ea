//! The output side of the CLI through the real binary: the timeline web page, `--format
//! json` on every listing command, no colour or progress bar when not on a terminal, shell
//! completions and the manual page.

use crate::util::{SAMPLES, TestEnv};
use whosaid::timeline_page::embedded_data;

fn samples_env() -> TestEnv {
    let env = TestEnv::new();
    env.import(&[SAMPLES]).success();
    env
}

#[test]
fn timeline_html_page_embeds_the_persons_statements() {
    let env = samples_env();
    let run = env.run(&["timeline", "Thornquist", "--html", "t.html"]);
    run.success();
    assert!(
        run.stderr.contains("wrote Margaret Thornquist's timeline"),
        "{}",
        run.stderr
    );
    let page = std::fs::read_to_string(env.path("t.html")).unwrap();
    let data = embedded_data(&page).expect("embedded JSON");
    assert_eq!(data.person, "Margaret Thornquist");
    let listed = env.run(&["person", "Thornquist", "--format", "json"]);
    let rows: Vec<serde_json::Value> = serde_json::from_str(&listed.stdout).unwrap();
    assert_eq!(data.statements.len(), rows.len());
    for (s, r) in data.statements.iter().zip(&rows) {
        assert_eq!(Some(s.text.as_str()), r["statement"].as_str());
        assert_eq!(s.date.as_deref(), r["said_on"].as_str());
        assert_eq!(Some(s.id.as_str()), r["id"].as_str());
    }
    let total: usize = data.months.iter().map(|m| m.count).sum();
    assert_eq!(
        total,
        data.statements.iter().filter(|s| s.date.is_some()).count()
    );
    // Statements from the saved web pages are on the axis with their outlet as source.
    assert!(
        data.statements
            .iter()
            .any(|s| s.source.as_deref() == Some("Columbia Herald"))
    );
}

#[test]
fn timeline_kind_filter_and_stdout() {
    let env = samples_env();
    let run = env.run(&["timeline", "Thornquist", "--kind", "direct", "--html", "-"]);
    run.success();
    let data = embedded_data(&run.stdout).unwrap();
    assert!(!data.statements.is_empty());
    assert!(data.statements.iter().all(|s| s.kind == "direct"));
    env.run(&["timeline", "Nobody Atall", "--html", "x.html"])
        .expect_code(2);
    assert!(!env.path("x.html").exists());
}

#[test]
fn format_json_is_one_array_on_every_listing_command() {
    let env = samples_env();
    let sample = format!("{SAMPLES}/02_thornquist_water_plan.txt");
    for args in [
        vec!["people", "--format", "json"],
        vec!["person", "Thornquist", "--format", "json"],
        vec!["extract", "--format", "json", sample.as_str()],
        vec!["sentences", "--format", "json", sample.as_str()],
    ] {
        let run = env.run(&args);
        run.success();
        let value: serde_json::Value = serde_json::from_str(&run.stdout)
            .unwrap_or_else(|e| panic!("{args:?}: {e}\n{}", run.stdout));
        let items = value
            .as_array()
            .unwrap_or_else(|| panic!("{args:?}: not an array"));
        assert!(
            !items.is_empty() && items.iter().all(|v| v.is_object()),
            "{args:?}"
        );
        let jsonl = env.run(
            &args
                .iter()
                .map(|a| if *a == "json" { "jsonl" } else { a })
                .collect::<Vec<_>>(),
        );
        assert_eq!(items.len(), jsonl.jsonl().len(), "{args:?}");
    }
    let empty = env.run(&[
        "person",
        "Thornquist",
        "--from",
        "2099-01-01",
        "--format",
        "json",
    ]);
    assert_eq!(empty.stdout, "[]\n");
}

#[test]
fn no_colour_or_progress_bar_when_not_a_terminal() {
    let env = TestEnv::new();
    let run = env.import(&[SAMPLES]);
    let both = format!("{}{}", run.stdout, run.stderr);
    assert!(
        !both.contains('\x1b'),
        "escape codes in piped output: {both:?}"
    );
    assert!(
        !both.contains("articles/s"),
        "progress bar in piped output: {both:?}"
    );
    let person = env.run(&["person", "Thornquist"]);
    assert!(person.stdout.starts_with("Margaret Thornquist: "));
}

#[test]
fn completions_for_each_shell_and_the_man_page() {
    let env = TestEnv::new();
    for (shell, marker) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef whosaid"),
        ("fish", "complete -c whosaid"),
    ] {
        let run = env.run(&["completions", shell]);
        run.success();
        assert!(
            run.stdout.contains(marker),
            "{shell}: {}",
            &run.stdout[..200.min(run.stdout.len())]
        );
        for cmd in ["import", "timeline", "person", "completions"] {
            assert!(run.stdout.contains(cmd), "{shell} lacks {cmd}");
        }
    }
    env.run(&["completions", "powershell"]).expect_code(2);
    let man = env.run(&["man"]);
    man.success();
    assert!(
        man.stdout.starts_with(".ie") || man.stdout.contains(".TH whosaid"),
        "{}",
        &man.stdout[..100]
    );
    assert!(man.stdout.contains("timeline") && man.stdout.contains("import"));
}
