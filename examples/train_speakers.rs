//! Trains the speaker re-ranker (`src/attribute/rerank.rs`) on the PolNeAR `train` split and
//! writes its weights to `src/attribute/words/speaker_model.txt`.
//!
//!     cargo run --release --example train_speakers -- ../shared/eval/polnear
//!
//! Only documents whose split is `train` are read; `dev` is never touched. One document in five
//! (by a hash of its id) is held out to choose the margin and to report the gain; the final
//! weights are then fitted on all train documents. Standard library and serde_json only.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use whosaid::attribute::rerank::FEATURES;
use whosaid::extract::CharIndex;
use whosaid::model::SpeakerKind;

/// One statement: its candidates' features, which are right, and which the rules chose.
struct Example {
    features: Vec<Vec<f32>>,
    right: Vec<bool>,
    held_out: bool,
}

/// Words of a gold speaker mention that can be a surname (the scorer's rule, without titles).
fn mention_words(mention: &str) -> HashSet<String> {
    const TITLES: &[&str] = &[
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "rep",
        "gov",
        "president",
        "vice",
        "senator",
        "former",
        "gen",
        "lt",
        "col",
        "secretary",
        "state",
        "rev",
        "the",
        "a",
        "an",
        "of",
        "candidate",
        "nominee",
        "presidential",
        "democratic",
        "republican",
        "gop",
        "chairman",
        "chair",
        "ceo",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "u.s.",
        "us",
    ];
    mention
        .split(|c: char| !(c.is_alphanumeric() || c == '.' || c == '\'' || c == '’' || c == '-'))
        .map(|w| {
            w.trim_matches(|c| c == '.' || c == '\'' || c == '’' || c == '-')
                .to_lowercase()
        })
        .filter(|w| !w.is_empty() && !TITLES.contains(&w.as_str()))
        .collect()
}

fn is_named(mention: &str) -> bool {
    const PRONOUNS: &[&str] = &[
        "he", "she", "they", "we", "i", "you", "it", "who", "which", "that", "him", "her", "them",
        "his", "hers", "their", "its", "one",
    ];
    let words = mention_words(mention);
    !words.is_empty()
        && !words.iter().all(|w| PRONOUNS.contains(&w.as_str()))
        && mention.chars().any(char::is_uppercase)
}

fn surname(name: &str) -> String {
    name.split_whitespace()
        .last()
        .unwrap_or("")
        .trim_matches(|c| c == '.' || c == ',')
        .to_lowercase()
}

fn gold_chars(q: &serde_json::Value) -> HashSet<usize> {
    let mut out = HashSet::new();
    let pieces = q["spans"].as_array().cloned().unwrap_or_default();
    let spans = if pieces.is_empty() {
        vec![q.clone()]
    } else {
        pieces
    };
    for s in spans {
        let (a, b) = (
            s["start"].as_u64().unwrap_or(0),
            s["end"].as_u64().unwrap_or(0),
        );
        out.extend(a as usize..b as usize);
    }
    out
}

fn examples(dir: &Path) -> Vec<Example> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .expect("read the PolNeAR folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let gold: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(&f).expect("read gold")).expect("gold JSON");
        if gold["split"] != "train" {
            continue;
        }
        let id = gold["doc_id"].as_str().unwrap_or("").to_string();
        let text_path = f.to_string_lossy().replace(".gold.json", ".txt");
        let text = fs::read_to_string(text_path).expect("read text");
        let held_out = id.bytes().map(u32::from).sum::<u32>() % 5 == 0;
        let index = CharIndex::new(&text);
        let quotes: Vec<(HashSet<usize>, String)> = gold["quotes"]
            .as_array()
            .cloned()
            .unwrap_or_default()
            .iter()
            .map(|q| {
                let m = q["speaker"]
                    .as_str()
                    .or(q["speaker_mention"].as_str())
                    .unwrap_or("")
                    .to_string();
                (gold_chars(q), m)
            })
            .collect();
        let parsed = whosaid::parse::parse(&text);
        for (s, cands) in whosaid::attribute::rerank_examples(&text, &parsed) {
            let eligible = matches!(s.speaker.kind, SpeakerKind::Person | SpeakerKind::Unknown);
            if !eligible || cands.len() < 2 {
                continue;
            }
            let chars: HashSet<usize> =
                (index.char_at(s.span.start)..index.char_at(s.span.end)).collect();
            let Some((_, mention)) = quotes
                .iter()
                .filter(|(g, _)| g.intersection(&chars).count() * 2 >= chars.len().max(1))
                .max_by_key(|(g, _)| g.intersection(&chars).count())
            else {
                continue;
            };
            if !is_named(mention) {
                continue;
            }
            let words = mention_words(mention);
            let right: Vec<bool> = cands
                .iter()
                .map(|(n, _, _)| words.contains(&surname(n)))
                .collect();
            if !right.iter().any(|&r| r) {
                continue;
            }
            out.push(Example {
                features: cands.into_iter().map(|(_, _, f)| f).collect(),
                right,
                held_out,
            });
        }
    }
    out
}

fn score(w: &[f32], f: &[f32]) -> f32 {
    w.iter().zip(f).map(|(a, b)| a * b).sum()
}

/// Softmax regression over each example's candidates, with L2, by gradient descent.
fn train(data: &[&Example]) -> Vec<f32> {
    let n = FEATURES.len();
    let mut w = vec![0.0f32; n];
    let rate = 0.05;
    let l2 = 1e-3;
    for _ in 0..200 {
        let mut grad = vec![0.0f32; n];
        for e in data {
            let scores: Vec<f32> = e.features.iter().map(|f| score(&w, f)).collect();
            let top = scores.iter().cloned().fold(f32::MIN, f32::max);
            let exp: Vec<f32> = scores.iter().map(|s| (s - top).exp()).collect();
            let z: f32 = exp.iter().sum();
            let zr: f32 = exp
                .iter()
                .zip(&e.right)
                .filter(|(_, r)| **r)
                .map(|(x, _)| x)
                .sum();
            for (k, f) in e.features.iter().enumerate() {
                let p = exp[k] / z;
                let q = if e.right[k] { exp[k] / zr } else { 0.0 };
                for j in 0..n {
                    grad[j] += (p - q) * f[j];
                }
            }
        }
        for j in 0..n {
            w[j] -= rate * (grad[j] / data.len() as f32 + l2 * w[j]);
        }
    }
    w
}

/// How many examples end with a right speaker when the model overrides the rules' choice by
/// at least `margin`.
fn correct(w: &[f32], data: &[&Example], margin: f32) -> usize {
    data.iter()
        .filter(|e| {
            let scores: Vec<f32> = e.features.iter().map(|f| score(w, f)).collect();
            let best = (0..scores.len())
                .max_by(|&a, &b| scores[a].total_cmp(&scores[b]))
                .unwrap_or(0);
            let rule = e.features.iter().position(|f| f[0] > 0.0);
            let current = rule.map_or(0.0, |r| scores[r]);
            let chosen = if rule != Some(best) && scores[best] - current >= margin {
                Some(best)
            } else {
                rule
            };
            chosen.is_some_and(|c| e.right[c])
        })
        .count()
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/eval/polnear".to_string());
    let out = std::env::args()
        .nth(2)
        .unwrap_or_else(|| "src/attribute/words/speaker_model.txt".to_string());
    let all = examples(Path::new(&dir));
    let fit: Vec<&Example> = all.iter().filter(|e| !e.held_out).collect();
    let held: Vec<&Example> = all.iter().filter(|e| e.held_out).collect();
    let w = train(&fit);
    let margins = [0.0f32, 0.5, 1.0, 1.5, 2.0, 3.0, f32::INFINITY];
    println!("{} examples ({} held out)", all.len(), held.len());
    let rules_alone = correct(&w, &held, f32::INFINITY);
    let mut best = (rules_alone, f32::INFINITY);
    for &m in &margins {
        let c = correct(&w, &held, m);
        println!(
            "margin {m:>4}: held-out right {c} of {} (rules alone {rules_alone})",
            held.len()
        );
        if c > best.0 {
            best = (c, m);
        }
    }
    let all_refs: Vec<&Example> = all.iter().collect();
    let w = train(&all_refs);
    let mut text = String::from(
        "# Speaker re-ranker weights (src/attribute/rerank.rs), one feature a line: name, weight.\n\
         # \"margin\" is the score lead a candidate needs over the rules' choice; without it the model is\n\
         # off. Written by `cargo run --release --example train_speakers` from the PolNeAR train split.\n",
    );
    for (name, v) in FEATURES.iter().zip(&w) {
        text.push_str(&format!("{name} {v:.4}\n"));
    }
    if best.1.is_finite() {
        text.push_str(&format!("margin {:.2}\n", best.1));
    }
    fs::write(&out, text).expect("write the weights");
    println!("wrote {out} (margin {})", best.1);
}
