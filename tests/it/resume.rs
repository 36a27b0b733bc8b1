//! `dryga resume` through the built binary: the one-screen text and the Markdown
//! pinned by snapshots; and, opt-in (`.ci/run` runs them with `--ignored`), the
//! figures checked against the portfolio text, the JSON Resume document against
//! the official schema, and the HTML page printed to PDF in headless Chromium.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::{run, snap, temp_dir};

fn stdout(args: &[&str]) -> String {
    crate::support::stdout(args)
}

#[test]
fn resume_at_width_100_matches_the_snapshot() {
    snap(["resume", "--width", "100"])
        .assert()
        .success()
        .stdout_eq(snapbox::file!["../snapshots/resume-100.txt"].raw());
}

#[test]
fn resume_markdown_matches_the_snapshot() {
    snap(["resume", "--format", "markdown"])
        .assert()
        .success()
        .stdout_eq(snapbox::file!["../snapshots/resume.md"].raw());
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
    let coloured = run(["resume", "--color", "always"]).stdout;
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

/// A file beside the repository, or where the environment variable says.
fn reference(var: &str, default: &str) -> PathBuf {
    std::env::var_os(var).map_or_else(|| PathBuf::from(default), PathBuf::from)
}

/// Every figure in the one-screen résumé appears in the portfolio text, as
/// tests/content.rs checks for the content. The `--full` note is dryga's own.
#[test]
#[ignore = "needs the portfolio text beside the repository"]
fn every_figure_in_the_resume_comes_from_the_portfolio_text() {
    let path = reference("DRYGA_PORTFOLIO_TXT", "../shared/portfolio.txt");
    let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let figure = regex::Regex::new(r"[~$<]*\d[\d,.]*\+?[%kKMB]?").expect("regex");
    for args in [&["resume", "--width", "100"][..], &["resume", "--full", "--width", "100"]] {
        for line in stdout(args).lines().filter(|l| !l.contains("dryga resume --full")) {
            for m in figure.find_iter(line) {
                let f = m.as_str().trim_end_matches(['.', ',']);
                assert!(source.contains(f), "figure {f:?} is not in the portfolio text (in {line:?})");
            }
        }
    }
}

/// Runs headless Chromium on `page` with `extra` arguments, offline and without a profile.
fn chromium(page: &Path, profile: &Path, extra: &[String]) {
    let browser = std::env::var("DRYGA_CHROMIUM").unwrap_or_else(|_| "chromium".to_owned());
    let out = Command::new(&browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap_or_else(|e| panic!("cannot run {browser}: {e} (install chromium, or set DRYGA_CHROMIUM)"));
    assert!(out.status.success(), "{browser} failed: {}", String::from_utf8_lossy(&out.stderr));
}

/// The HTML page loads nothing, and a browser prints it on at most two A4 pages.
#[test]
#[ignore = "needs chromium and pdfinfo (poppler-utils)"]
fn html_prints_on_at_most_two_a4_pages_in_chromium() {
    let html = stdout(&["resume", "--format", "html"]);
    let lower = html.to_lowercase();
    for banned in ["<script", "@import", "url(", "http://", "https://", "<link", "<img", "<iframe", " src=", " href="] {
        assert!(!lower.contains(banned), "the page would load something: {banned}");
    }
    let tmp = temp_dir();
    let dir = tmp.path();
    let page = dir.join("cv.html");
    std::fs::write(&page, &html).expect("write the page");
    let pdf = dir.join("cv.pdf");
    chromium(
        &page,
        &dir.join("profile-pdf"),
        &[format!("--print-to-pdf={}", pdf.display()), "--no-pdf-header-footer".into()],
    );
    // A screenshot to look at, kept beside the PDF.
    let shot = dir.join("cv.png");
    chromium(
        &page,
        &dir.join("profile-png"),
        &[format!("--screenshot={}", shot.display()), "--window-size=1200,1800".into()],
    );
    assert!(shot.exists(), "no screenshot");

    let info = Command::new("pdfinfo").arg(&pdf).output().expect("run pdfinfo (poppler-utils)");
    assert!(info.status.success(), "pdfinfo failed: {}", String::from_utf8_lossy(&info.stderr));
    let info = String::from_utf8_lossy(&info.stdout);
    let field = |name: &str| {
        info.lines()
            .find_map(|l| l.strip_prefix(name).map(str::trim))
            .unwrap_or_else(|| panic!("pdfinfo gave no {name}:\n{info}"))
            .to_owned()
    };
    let pages: u32 = field("Pages:").parse().expect("a page count");
    assert!((1..=2).contains(&pages), "the résumé prints on {pages} pages, {}", pdf.display());
    assert!(field("Page size:").contains("(A4)"), "not A4: {}", field("Page size:"));
}
