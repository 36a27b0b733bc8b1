//! Hostile content, through --content-dir: escape sequences, control
//! characters, bidirectional overrides and zero-width characters never reach a
//! text output; JSON carries them escaped; wide and combining characters keep
//! tables and wrapping aligned.

use std::fs;
use std::path::Path;

use tempfile::TempDir;
use unicode_width::UnicodeWidthStr;

use crate::support::{dryga, temp_dir};

/// Sequences a hostile file might carry: clear screen, set title, an OSC 8
/// link, cursor moves, a bell, a C1 CSI, a right-to-left override, zero-width.
const EVIL: &[&str] = &[
    "\u{1b}[2J",
    "\u{1b}]0;pwned\u{7}",
    "\u{1b}]8;;http://evil.example\u{1b}\\",
    "\u{1b}[5;5H",
    "\u{7}",
    "\u{9b}31m",
    "\u{202e}",
    "\u{200b}",
];

fn hostile_dir() -> TempDir {
    let tmp = temp_dir();
    let dir = tmp.path();
    fs::create_dir_all(dir.join("projects")).expect("mkdir");
    fs::create_dir_all(dir.join("posts")).expect("mkdir");
    let evil = EVIL.concat();
    fs::write(
        dir.join("profile.toml"),
        format!(
            "name = \"Eve {e}\"\nhandle = \"eve\"\nheadline = \"Head {e}line\"\nsummary = \"Sum {e}mary\"\nhighlights = [\"High {e}light\"]\n[skills]\nlanguages = [\"Ru{e}st\"]\n",
            e = toml_escape(&evil)
        ),
    )
    .expect("write");
    let front = |title: &str, extra: &str| {
        format!(
            "+++\ntitle = \"{}\"\nsummary = \"Summary {} evil text\"\n{extra}tags = [\"evil\", \"wide\"]\norder = 1\n+++\n\n",
            toml_escape(title),
            toml_escape(&evil)
        )
    };
    let body = format!(
        "# Heading {evil}\n\nParagraph with evil {evil} text and a [link {evil}](http://x.example/{evil}) and `code {evil}`.\n\n- item {evil}\n\n    code block {evil}\n\n<b>html {evil}</b>\n"
    );
    fs::write(
        dir.join("projects/evil.md"),
        front(&format!("Evil {evil} Title"), "domain = \"web\"\nsubtitle = \"Sub \u{202e}title\"\n") + &body,
    )
    .expect("write");
    fs::write(
        dir.join("projects/wide.md"),
        front("漢字のタイトル e\u{301}\u{301} combining", "domain = \"web\"\n").replace("order = 1", "order = 2")
            + "漢字 漢字 漢字 漢字 漢字 漢字 漢字 漢字 漢字 漢字 漢字 漢字 漢字 漢字 漢字 漢字 漢字 漢字 漢字 漢字 漢字 漢字 漢字 e\u{301}\u{301}\n",
    )
    .expect("write");
    fs::write(dir.join("posts/evil-post.md"), front(&format!("Post {evil}"), "") + &body).expect("write");
    tmp
}

/// TOML basic-string escaping for the test's own files.
fn toml_escape(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '"' => "\\\"".to_owned(),
            '\\' => "\\\\".to_owned(),
            c if c.is_control() => format!("\\u{:04X}", u32::from(c)),
            c => c.to_string(),
        })
        .collect()
}

fn run(dir: &Path, args: &[&str]) -> String {
    let out = dryga(["--content-dir".as_ref(), dir.as_os_str()]).args(args).output().expect("run");
    assert!(out.status.code().is_some_and(|c| c < 2), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8")
}

/// Text outputs: with colour off no escape byte at all; with colour on, only
/// our own SGR styles (`ESC [ … m`), never a sequence from the content.
fn assert_clean(args: &[&str], out: &str, color: bool) {
    for seq in EVIL {
        assert!(!out.contains(seq), "{args:?} leaks {seq:?}:\n{out}");
    }
    if !color {
        assert!(!out.contains('\u{1b}'), "{args:?} has an escape byte without colour:\n{out:?}");
    }
    let stripped = regex::Regex::new("\u{1b}\\[[0-9;]*m").expect("regex").replace_all(out, "");
    assert!(
        !stripped.chars().any(|c| c.is_control() && c != '\n' && c != '\r'),
        "{args:?} leaks a control character:\n{out:?}"
    );
}

#[test]
fn no_escape_from_content_reaches_text_output() {
    let tmp = hostile_dir();
    let dir = tmp.path();
    let commands: &[&[&str]] = &[
        &["list", "--format", "table"],
        &["list", "--format", "plain"],
        &["list", "--format", "csv"],
        &["list", "--kind", "all", "--format", "table"],
        &["posts", "--format", "table"],
        &["show", "evil"],
        &["show", "evil-post"],
        &["show", "evil", "--format", "markdown"],
        &["search", "evil"],
        &["search", "text"],
        &["search", "--regex", "evil|Title"],
        &["tags", "--format", "table"],
        &["check"],
        &["resume"],
        &["resume", "--full"],
        &["resume", "--format", "markdown"],
    ];
    for args in commands {
        for color in [false, true] {
            let mut full: Vec<&str> = args.to_vec();
            full.extend(["--color", if color { "always" } else { "never" }]);
            let out = run(dir, &full);
            assert!(!out.is_empty() || args[0] == "check", "{full:?} printed nothing");
            assert_clean(&full, &out, color);
        }
    }
}

#[test]
fn json_carries_control_characters_escaped() {
    let tmp = hostile_dir();
    let dir = tmp.path();
    for args in [&["list", "--json"][..], &["show", "evil", "--json"], &["export"]] {
        let out = run(dir, args);
        assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{args:?}: raw control character in JSON");
        let value: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
        assert!(value.to_string().contains("\\u001b[2J"), "{args:?}: the content's text is carried, escaped");
    }
}

#[test]
fn wide_and_combining_characters_keep_alignment() {
    let tmp = hostile_dir();
    let dir = tmp.path();
    let table = run(dir, &["list", "--format", "table", "--width", "60"]);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 3, "{table}");
    // Every row's DOMAIN column starts at the same display column.
    let column_of = |line: &str| {
        let at = line.find("Web").or_else(|| line.find("DOMAIN")).expect("domain cell");
        line[..at].width()
    };
    let first = column_of(lines[0]);
    assert!(lines.iter().all(|l| column_of(l) == first), "{table}");
    assert!(lines.iter().all(|l| l.width() <= 60), "{table}");
    for width in [20, 33, 60] {
        let shown = run(dir, &["show", "wide", "--width", &width.to_string()]);
        assert!(shown.lines().all(|l| l.width() <= width), "width {width}:\n{shown}");
    }
}

#[test]
fn control_characters_in_tags_are_rejected_by_validation() {
    let tmp = hostile_dir();
    let dir = tmp.path();
    fs::write(
        dir.join("posts/tagged.md"),
        "+++\ntitle = \"t\"\nsummary = \"s\"\ntags = [\"a\\u001B[2J\"]\norder = 3\n+++\n",
    )
    .expect("write");
    let out = dryga(["check".as_ref(), dir.as_os_str()]).output().expect("run");
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("posts/tagged.md:4:1: tag \"a\\u{1b}[2J\" is not kebab-case"), "{text}");
    assert!(!text.contains('\u{1b}'));
}

/// The browser draws content through the same sanitising renderers: no cell
/// of any screen holds an escape, a control, a bidi override or a zero-width
/// character from the content, and an OSC title's text never shows.
#[test]
fn the_browser_draws_no_escape_from_content() {
    use crossterm::event::{KeyCode, KeyEvent};
    use dryga::browse::{self, Browser, View};

    let tmp = hostile_dir();
    let corpus = dryga::content::load(Some(tmp.path())).expect("the hostile folder loads").corpus;
    let screens: &[(&str, &[KeyCode])] = &[
        ("", &[]),
        ("evil", &[]),
        ("evil", &[KeyCode::Tab]),
        ("", &[KeyCode::Enter]),
        ("", &[KeyCode::Down, KeyCode::Enter]),
        ("", &[KeyCode::Char('r')]),
    ];
    for (typed, presses) in screens {
        for color in [false, true] {
            let mut b = Browser::new(&corpus, color);
            b.type_text(typed);
            for code in *presses {
                b.key(KeyEvent::from(*code));
            }
            let buf = browse::frame(&mut b, &mut View::default(), 100, 30);
            for cell in &buf.content {
                let symbol = cell.symbol();
                assert!(
                    !symbol.chars().any(|c| c.is_control() || matches!(c, '\u{202e}' | '\u{200b}')),
                    "{typed:?} {presses:?}: {symbol:?} in a cell"
                );
            }
            let text: String = buf.content.iter().map(ratatui_core::buffer::Cell::symbol).collect();
            assert!(!text.contains("pwned"), "{typed:?} {presses:?}: an OSC title shows:\n{text}");
            assert!(text.contains("Evil") || text.contains("漢"), "{typed:?} {presses:?}: nothing drawn");
        }
    }
}
