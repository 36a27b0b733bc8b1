//! `dryga resume` through the built binary: the one-screen text and the Markdown
//! pinned by snapshots, the width, `--full`, colour and the JSON Resume flag.

use snapbox::cmd::{Command as SnapCommand, cargo_bin};

fn dryga() -> SnapCommand {
    SnapCommand::new(cargo_bin!("dryga")).env_remove("CLICOLOR_FORCE").env("NO_COLOR", "1")
}

fn stdout(args: &[&str]) -> String {
    let out = dryga().args(args).assert().success().get_output().stdout.clone();
    String::from_utf8(out).expect("utf-8")
}

#[test]
fn resume_at_width_100_matches_the_snapshot() {
    dryga()
        .args(["resume", "--width", "100"])
        .assert()
        .success()
        .stdout_eq(snapbox::file!["snapshots/resume-100.txt"].raw());
}

#[test]
fn resume_markdown_matches_the_snapshot() {
    dryga()
        .args(["resume", "--format", "markdown"])
        .assert()
        .success()
        .stdout_eq(snapbox::file!["snapshots/resume.md"].raw());
}

#[test]
fn resume_fits_one_screen_of_100_columns() {
    let text = stdout(&["resume", "--width", "100"]);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.len() <= 62, "{} lines", lines.len());
    for line in &lines {
        assert!(unicode_width::UnicodeWidthStr::width(*line) <= 100, "{line:?}");
    }
    for section in ["Key results", "Experience", "Open source and developer tools", "Skills", "Writing"] {
        assert!(lines.iter().any(|l| l.starts_with(&format!("{section} ─"))), "missing {section}");
    }
    for figure in ["91%", "Over $2M", "~42 events per day", "<100ms", "~25k RPS", "120k", "Feb 2025 – Present"] {
        assert!(text.contains(figure), "missing {figure}");
    }
    assert!(text.contains("more projects: dryga resume --full"));
}

#[test]
fn resume_full_shows_every_project_and_post() {
    let text = stdout(&["resume", "--full", "--width", "100"]);
    let titles = stdout(&["list", "--kind", "all", "--json"]);
    let items: serde_json::Value = serde_json::from_str(&titles).expect("json");
    for item in items.as_array().expect("array") {
        let title = item["title"].as_str().expect("title");
        assert!(text.contains(title), "{title} missing from --full");
    }
    assert!(!text.contains("--full"));
}

#[test]
fn resume_is_styled_only_when_asked() {
    let plain = stdout(&["resume"]);
    assert!(!plain.contains('\u{1b}'), "escape byte in a pipe");
    let coloured = SnapCommand::new(cargo_bin!("dryga"))
        .args(["resume", "--color", "always"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(coloured.contains(&0x1b), "--color always gave no colour");
}

#[test]
fn resume_json_is_json_resume() {
    let v: serde_json::Value = serde_json::from_str(&stdout(&["resume", "--json"])).expect("json");
    assert_eq!(
        v,
        serde_json::from_str::<serde_json::Value>(&stdout(&["resume", "--format", "json-resume"])).expect("json")
    );
    assert_eq!(v["basics"]["name"], "Andrew Dryga");
    assert_eq!(v["work"][0]["startDate"], "2025-02");
}
