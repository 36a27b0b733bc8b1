//! Property tests: the renderers never exceed the width and never panic,
//! whatever the Markdown, and every JSON output parses back.

use dryga::content::{Item, Kind};
use dryga::render::json::{ItemJson, ShowJson};
use dryga::render::table::{self, Column, Fit};
use dryga::render::{Look, markdown, show};
use proptest::prelude::*;

/// Pieces of Markdown, plain and pathological, to build documents from.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z ]{0,40}",
        "\\PC{0,30}",
        Just("# Heading that is rather long for a narrow terminal\n".to_owned()),
        Just("## Sub\n".to_owned()),
        Just("- item one\n- item two\n  - nested item\n    - deeper\n".to_owned()),
        Just("1. first\n2. second\n10. tenth\n".to_owned()),
        Just("> quote\n> > nested quote\n> > > deeper quote\n".to_owned()),
        Just("```\ncode line that is long enough to need cutting somewhere\n\ttabbed\n```\n".to_owned()),
        Just("**bold** *em* `code` ~~strike~~ [link](https://example.org/a/very/long/path)\n".to_owned()),
        Just("Supercalifragilisticexpialidociousandthensomemoretomakeitlonger\n".to_owned()),
        Just("漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字 e\u{301}\u{301}\u{301}\n".to_owned()),
        Just("\u{1b}[2J\u{1b}]0;title\u{7} \u{202e}rtl\u{200b}\n".to_owned()),
        Just("<div>html</div>\n\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |\n".to_owned()),
        Just("line with hard break  \nnext\n".to_owned()),
        Just("\n\n".to_owned()),
        (1usize..40).prop_map(|n| format!("{}deep\n", "> ".repeat(n))),
        (1usize..30).prop_map(|n| (0..n).map(|i| "  ".repeat(i) + "- level\n").collect::<String>()),
    ]
}

fn document() -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 0..12).prop_map(|parts| parts.join("\n"))
}

fn width(line: &str) -> usize {
    textwrap::core::display_width(line)
}

fn item(title: String, summary: String, body: String, tags: Vec<String>) -> Item {
    Item {
        slug: "x".to_owned(),
        kind: Kind::Project,
        title,
        subtitle: Some("sub".to_owned()),
        summary,
        domain: Some("web".to_owned()),
        tags,
        period: None,
        featured: true,
        highlights: Vec::new(),
        awards: Vec::new(),
        order: 1,
        body,
        path: "x.md".to_owned(),
    }
}

/// Whether `line` (escape sequences taken out) is one web address alone
/// but for its indent and a list's or a quote's marks: left whole when too
/// long for the line, as a slug is (broken in two, it cannot be copied).
fn address_alone(line: &str) -> bool {
    let visible = regex::Regex::new("\x1b\\[[0-9;]*m").expect("a regex").replace_all(line, "").into_owned();
    // Words as the wrap splits them: at spaces only.
    let words: Vec<&str> = visible.split(' ').filter(|w| !w.is_empty()).collect();
    let Some((last, marks)) = words.split_last() else { return false };
    let mark = |w: &&str| {
        !w.chars().any(char::is_alphanumeric)
            || (w.ends_with('.') && w[..w.len() - 1].bytes().all(|b| b.is_ascii_digit()))
    };
    last.contains("://") && marks.iter().all(mark)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn markdown_never_exceeds_the_width(md in document(), w in 20usize..200, color in any::<bool>()) {
        let out = markdown::render(&md, w, color);
        for line in out.lines() {
            prop_assert!(width(line) <= w || address_alone(line), "{} > {w}: {line:?}", width(line));
        }
        if !color {
            prop_assert!(!out.contains('\u{1b}'), "escape byte without colour");
        }
    }

    /// No line is wider than the width, but a tag alone on its line that is
    /// itself wider (broken in two, it could not be copied into `--tag`), or
    /// a web address.
    #[test]
    fn show_never_exceeds_the_width(title in "\\PC{1,80}", summary in "\\PC{0,200}", body in document(),
                                    tags in prop::collection::vec("[a-z]{1,30}", 0..20), w in 20usize..200) {
        let out = show::text(&item(title, summary, body, tags.clone()), Look { color: true, width: w });
        let plain = regex::Regex::new("\x1b\\[[0-9;]*m").expect("a regex");
        for line in out.lines() {
            let alone = plain.replace_all(line, "");
            let alone = alone.trim().trim_start_matches("tags:").trim().trim_end_matches(',');
            let fits = width(line) <= w || tags.iter().any(|t| t == alone) || address_alone(line);
            prop_assert!(fits, "{} > {w}: {line:?}", width(line));
        }
    }

    /// No line is wider than the width, but a key alone on its line that is
    /// itself wider, or in blocks a word of a list of keys (a tag) or a web
    /// address (a word with `://`, which the wrap leaves whole); and
    /// every key shows whole, whatever the width.
    #[test]
    fn tables_fit_the_width_and_never_cut_a_key(
        keys in prop::collection::vec("[a-z0-9-]{1,40}", 0..10),
        rest in prop::collection::vec(prop::collection::vec("\\PC{0,50}", 5), 10),
        w in 2usize..200,
    ) {
        let columns = [
            Column::key("SLUG"),
            Column::new("KIND", Fit::Short, 0, usize::MAX, 3),
            Column::new("TITLE", Fit::Wrap, 12, 40, 4),
            Column::new("TAGS", Fit::Items, 14, 36, 0),
            Column::new("SUMMARY", Fit::Clip, 24, usize::MAX, 1),
            Column::count("N", 2),
        ];
        let rows: Vec<Vec<String>> = keys.iter().zip(&rest).map(|(k, r)| {
            let mut row = vec![k.clone()];
            row.extend(r.iter().cloned());
            row
        }).collect();
        let out = table::render(&columns, &rows, w, true);
        let plain = regex::Regex::new("\x1b\\[[0-9;]*m").expect("a regex");
        for line in out.lines() {
            let key_alone = keys.iter().any(|k| line.contains(k.as_str()) && width(line) == k.len());
            // In blocks, a word of a list of keys (TAGS) too long for its line, alone on it.
            let word = plain.replace_all(line, "");
            let word = word.trim_matches(' ').trim_start_matches("tags:").trim_matches(' ');
            // Words as wrapping splits them: at spaces and line breaks.
            let item_alone = !word.contains([' ', '\n']) && rest.iter().any(|r| r[2].split([' ', '\n']).any(|w| w == word));
            let fits = width(line) <= w || key_alone || item_alone || address_alone(line);
            prop_assert!(fits, "{} > {w}: {line:?}", width(line));
        }
        for key in &keys {
            prop_assert!(out.lines().any(|l| l.contains(key.as_str())), "{key} is cut:\n{out}");
        }
    }

    #[test]
    fn json_outputs_parse_back(title in "\\PC{0,40}", summary in "\\PC{0,40}", body in "\\PC{0,200}",
                               tags in prop::collection::vec("\\PC{0,10}", 0..5)) {
        let it = item(title, summary, body, tags);
        let list = serde_json::to_string(&[ItemJson::from(&it)]).expect("serialise");
        let back: serde_json::Value = serde_json::from_str(&list).expect("parse");
        prop_assert_eq!(back[0]["title"].as_str(), Some(it.title.as_str()));
        let shown = ShowJson { item: ItemJson::from(&it), body: &it.body, text: show::text(&it, Look { color: false, width: 80 }), section: None };
        let back: serde_json::Value = serde_json::from_str(&serde_json::to_string(&shown).expect("serialise")).expect("parse");
        prop_assert_eq!(back["body"].as_str(), Some(it.body.as_str()));
    }
}
