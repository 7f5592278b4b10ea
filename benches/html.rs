//! Speed of reading a saved web page (`html::read_page`: parse, metadata, boilerplate removal,
//! readability scoring, paragraphs) on a typical 100 KB news page.
//!
//! The page is `samples/html/11_thornquist_wildfire_grants.html` grown the way real pages
//! are: an inline configuration script, a large navigation menu and a longer story, to about
//! 100 KB (printed when the benchmark starts). Run: `cargo bench --bench html`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::fmt::Write;
use std::hint::black_box;

/// The sample page grown to a typical size: about 45 KB of script, 25 KB of menu, 45 paragraphs.
fn typical_page() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/samples/html/11_thornquist_wildfire_grants.html"
    );
    let page = std::fs::read_to_string(path).unwrap();
    let mut script = String::from("<script>");
    for i in 0..600 {
        let _ = writeln!(
            script,
            r#"window.__cfg{i}={{"slot":"s{i}","sizes":[[300,250],[728,90]],"targeting":{{"section":"politics","pos":{i}}}}};"#
        );
    }
    script.push_str("</script>");
    let mut menu = String::from("<nav class=\"mega-menu\"><ul>");
    for i in 0..300 {
        let _ = write!(
            menu,
            "<li><a href=\"/news/section-{i}\">Section {i} stories</a></li>"
        );
    }
    menu.push_str("</ul></nav>");
    let mut story = String::new();
    for i in 0..38 {
        let _ = write!(
            story,
            "<p>Council member number {i} said the committee would return to the question of \
             recovery grants after the summer recess, when the agency expects to publish its \
             figures for the year.</p>"
        );
    }
    page.replace("</head>", &format!("{script}</head>"))
        .replace("<main", &format!("{menu}<main"))
        .replace("<p>The committee", &format!("{story}<p>The committee"))
}

fn read_page(c: &mut Criterion) {
    let page = typical_page();
    eprintln!("html/read_page: page of {} bytes", page.len());
    let mut group = c.benchmark_group("html");
    group.throughput(Throughput::Bytes(page.len() as u64));
    group.bench_function("read_page", |b| {
        b.iter(|| whosaid::html::read_page(black_box(&page)).map(|p| p.body.len()))
    });
    group.finish();
}

criterion_group!(benches, read_page);
criterion_main!(benches);
