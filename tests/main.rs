//! The one integration-test binary: a module per area, all driving the real `whosaid` binary
//! through `util::TestEnv`, plus a guard that no `tests/*.rs` file is left out of the build.

mod bad_input;
mod cli_claims;
mod cli_corrections;
mod cli_html;
mod cli_ingest;
mod cli_outputs;
mod cli_scale;
mod cli_search;
mod cli_timeline;
mod crash;
mod patterns_claims;
mod patterns_dates;
mod patterns_direct;
mod patterns_reported;
mod patterns_speakers;
mod properties;
mod safety;
mod samples;
mod store;
mod util;

/// Every `tests/*.rs` file (and `tests/*/mod.rs` directory) is declared here as a `mod`, so no
/// test file is silently never compiled (`autotests = false` would not pick it up).
#[test]
fn every_test_file_is_declared_in_main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let main = std::fs::read_to_string(dir.join("main.rs")).expect("read tests/main.rs");
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("read tests/") {
        let path = entry.expect("dir entry").path();
        let module = if path.is_dir() && path.join("mod.rs").exists() {
            path.file_name().and_then(|n| n.to_str()).map(String::from)
        } else if path.extension().is_some_and(|e| e == "rs") {
            path.file_stem().and_then(|n| n.to_str()).map(String::from)
        } else {
            None
        };
        match module {
            Some(m) if m != "main" && !main.contains(&format!("mod {m};")) => missing.push(m),
            _ => {}
        }
    }
    assert!(
        missing.is_empty(),
        "tests/main.rs lacks `mod` lines for: {missing:?}"
    );
}
