//! `dryga resume` through the built binary: the one-screen text and the Markdown
//! pinned by snapshots, tailored to a job with `--for` in every format; and,
//! opt-in (`.ci/run` runs them with `--ignored`), the figures checked against
//! the portfolio text and the HTML page printed to PDF in headless Chromium.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::{folder_of_projects, run, snap, temp_dir};

fn stdout(args: &[&str]) -> String {
    crate::support::stdout(args)
}

/// Text with each wrapped entry on one line: continuation lines (indented by
/// two spaces or more) joined to the line they continue.
fn unwrapped(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        match line.strip_prefix("  ") {
            Some(rest)
                if !out.is_empty()
                    && !rest.starts_with("• ")
                    && !rest.starts_with("matched:")
                    && !rest.starts_with("– ")
                    && !rest.starts_with("+ ") =>
            {
                out.push(' ');
                out.push_str(rest.trim_start());
            }
            _ => {
                if !out.is_empty() {
                    out.push('\n');
                }
                out.push_str(line);
            }
        }
    }
    out.push('\n');
    out
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

/// The sections of the résumé, as the portfolio states things.
const SECTIONS: [&str; 7] =
    ["Key results", "Current role", "Open source", "Projects", "Libraries and tools", "Skills", "Writing"];

#[test]
fn resume_fits_one_screen_of_100_columns() {
    let text = stdout(&["resume", "--width", "100"]);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.len() <= 64, "{} lines", lines.len());
    for line in &lines {
        assert!(unicode_width::UnicodeWidthStr::width(*line) <= 100, "{line:?}");
    }
    let headings: Vec<&str> =
        lines.iter().filter_map(|l| l.strip_suffix('─')).filter_map(|l| l.split(" ─").next()).collect();
    assert_eq!(headings, SECTIONS);
    for figure in
        ["91%", "Over $2M", "~42 events per day at Blitz", "<100ms at Blitz", "~25k RPS", "120k", "Feb 2025 – Present"]
    {
        assert!(text.contains(figure), "missing {figure}");
    }
    // Whole sentences only, subtitles shown, and a line saying how to see more.
    assert!(!text.contains('…'), "a cut sentence:\n{text}");
    assert!(text.contains("• Blitz: Overlays, Personalized Stats, and Meta Insights Powered by Billions of Matches"));
    assert!(text.contains("more: dryga resume --full"));
    assert!(lines.last().is_some_and(|l| l.starts_with("Everything in full: dryga resume --full")));
}

#[test]
fn every_key_result_names_its_project_in_every_format() {
    let results = crate::support::corpus().profile.highlights;
    assert!(results.len() >= 9, "{} key results: the check below would check little", results.len());
    let text = unwrapped(&stdout(&["resume", "--full", "--width", "1000"]));
    let markdown = stdout(&["resume", "--format", "markdown"]);
    let html = stdout(&["resume", "--format", "html"]);
    let json = stdout(&["resume", "--json"]);
    for result in &results {
        let at = if result.contains("eHealth") {
            result.clone()
        } else {
            format!("{} at Blitz", result.trim_end_matches(" at Blitz"))
        };
        assert!(text.contains(&format!("• {at}")), "text: {at}");
        assert!(markdown.contains(&at.replace("~$20k", "~\\$20k")), "markdown: {at}");
        assert!(html.contains(&at.replace('<', "&lt;")), "html: {at}");
        // JSON Resume: the work entry's highlights, unless the summary already
        // says it; under Blitz's own name, without "at Blitz".
        let repeats = result.starts_with("~25k RPS") || result.contains("eHealth");
        let highlight = at.trim_end_matches(" at Blitz");
        assert_eq!(json.contains(&format!("\"{highlight}\"")), !repeats, "json: {highlight}");
        assert!(!json.contains(&format!("\"{highlight} at Blitz\"")), "json: {highlight}");
    }
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

/// `--output FILE` writes what the format prints, in the format FILE's
/// extension names (in any case; text without one), unless `--format` or
/// `--json` names one; it prints nothing; `-` is standard output. Text
/// written to a file is as for a pipe: 80 columns, no colour unless
/// `--color always`.
#[test]
fn the_resume_is_written_to_a_file_in_the_format_its_extension_names() {
    let dir = temp_dir();
    let at = |name: &str| dir.path().join(name);
    let written = |args: &[&str], name: &str| {
        let out = run([&["resume", "--output", &crate::support::arg(&at(name))][..], args].concat());
        assert!(out.status.success(), "{args:?} {name}: {}", String::from_utf8_lossy(&out.stderr));
        assert!(out.stdout.is_empty() && out.stderr.is_empty(), "{args:?} {name}: printed");
        fs::read_to_string(at(name)).expect("written")
    };
    for (name, format) in [
        ("cv.html", "html"),
        ("cv.HTM", "html"),
        ("cv.json", "json-resume"),
        ("cv.md", "markdown"),
        ("cv.Markdown", "markdown"),
        ("cv.txt", "text"),
        ("cv", "text"),
    ] {
        assert_eq!(written(&[], name), stdout(&["resume", "--format", format]), "{name}");
    }
    // The format given wins over the extension; so does `--json`.
    assert_eq!(written(&["--format", "markdown"], "md.html"), stdout(&["resume", "--format", "markdown"]));
    assert_eq!(written(&["--json"], "json.txt"), stdout(&["resume", "--json"]));
    // As for a pipe, with the width given; colour only when asked for.
    assert_eq!(written(&["--width", "100"], "100.txt"), stdout(&["resume", "--width", "100"]));
    assert!(!written(&["--color", "auto"], "plain.txt").contains('\u{1b}'));
    assert!(written(&["--color", "always"], "coloured.txt").contains('\u{1b}'));
    // `-` is standard output.
    assert_eq!(stdout(&["resume", "-o", "-", "--format", "markdown"]), stdout(&["resume", "--format", "markdown"]));
    // Nothing but the files asked for: no temporary file left beside them.
    let mut names: Vec<String> = fs::read_dir(dir.path())
        .expect("read")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "100.txt",
            "coloured.txt",
            "cv",
            "cv.HTM",
            "cv.Markdown",
            "cv.html",
            "cv.json",
            "cv.md",
            "cv.txt",
            "json.txt",
            "md.html",
            "plain.txt"
        ]
    );
}

/// A résumé that cannot be made or written leaves the file there as it
/// was, where a shell's `> cv.html` would have emptied it first; a file
/// replaced keeps its permissions; a link is written through to its file.
/// An extension that names no format, a folder and a missing folder are
/// errors (exit 2, said on stderr).
#[test]
fn the_resume_written_to_a_file_is_whole_or_not_written() {
    let dir = temp_dir();
    let cv = dir.path().join("cv.html");
    fs::write(&cv, "the old one").expect("write");
    let missing = dir.path().join("no-job.txt");
    let out = run(["resume", "-o", &crate::support::arg(&cv), "--for", &crate::support::arg(&missing)]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(fs::read_to_string(&cv).expect("read"), "the old one");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&cv, fs::Permissions::from_mode(0o600)).expect("chmod");
        let link = dir.path().join("link.html");
        std::os::unix::fs::symlink("cv.html", &link).expect("link");
        let out = run(["resume", "-o", &crate::support::arg(&link)]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(fs::symlink_metadata(&link).expect("link").file_type().is_symlink(), "the link is kept");
        assert_eq!(fs::read_to_string(&cv).expect("read"), stdout(&["resume", "--format", "html"]));
        assert_eq!(fs::metadata(&cv).expect("meta").permissions().mode() & 0o777, 0o600);
        // A link that dangles: the file it names is made, the link kept.
        let dangling = dir.path().join("dangling.html");
        std::os::unix::fs::symlink("made.html", &dangling).expect("link");
        assert!(run(["resume", "-o", &crate::support::arg(&dangling)]).status.success());
        assert!(fs::symlink_metadata(&dangling).expect("link").file_type().is_symlink());
        assert_eq!(
            fs::read_to_string(dir.path().join("made.html")).expect("made"),
            stdout(&["resume", "--format", "html"])
        );
        // What is no file is written as `>` writes it, not replaced: a
        // named pipe's reader gets the résumé, and /dev/null stays a device.
        let fifo = dir.path().join("fifo.md");
        assert!(Command::new("mkfifo").arg(&fifo).status().expect("mkfifo").success());
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || fs::read_to_string(fifo).expect("read the pipe"))
        };
        assert!(run(["resume", "-o", &crate::support::arg(&fifo)]).status.success());
        assert_eq!(reader.join().expect("reader"), stdout(&["resume", "--format", "markdown"]));
        assert!(!fs::metadata(&fifo).expect("fifo").is_file(), "the pipe is kept");
        assert!(run(["resume", "-o", "/dev/null"]).status.success());
        assert!(!fs::metadata("/dev/null").expect("/dev/null").is_file(), "/dev/null is kept");
    }
    for (name, said) in [
        ("cv.pdf", "cannot tell the résumé's format from"),
        ("cv.docx", "name a .txt, .md, .json or .html file, or give --format"),
        ("a-folder", "it is a folder"),
        ("no-folder/cv.html", "cannot write"),
    ] {
        fs::create_dir_all(dir.path().join("a-folder")).expect("mkdir");
        let out = run(["resume", "-o", &crate::support::arg(&dir.path().join(name))]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{name}: {stderr}");
        assert!(stderr.starts_with("dryga: ") && stderr.contains(said), "{name}: {stderr}");
        assert!(out.stdout.is_empty(), "{name}");
    }
    let pdf = run(["resume", "-o", &crate::support::arg(&dir.path().join("cv.pdf"))]);
    assert!(String::from_utf8_lossy(&pdf.stderr).contains("write the .html page and print it"));
    assert!(!dir.path().join("cv.pdf").exists());
}

/// A job description from the test data.
fn job(name: &str) -> String {
    crate::support::root().join("tests/data").join(name).display().to_string()
}

#[test]
fn resume_for_a_job_matches_the_snapshot() {
    // The file as given, relative to the repository: the view names it in its commands.
    snap(["resume", "--for", "tests/data/job-backend.txt", "--width", "100"])
        .current_dir(crate::support::root())
        .assert()
        .success()
        .stdout_eq(snapbox::file!["../snapshots/resume-for-backend-100.txt"].raw());
}

#[test]
fn tailored_entries_say_what_they_matched_and_the_view_ends_with_the_coverage() {
    let text = unwrapped(&stdout(&["resume", "--for", &job("job-backend.txt"), "--width", "100"]));
    let lines: Vec<&str> = text.lines().collect();
    let n = lines.len();
    assert!(
        lines[n - 3].starts_with("Found in the portfolio: Elixir, PostgreSQL, backend, Redis, Terraform"),
        "{}",
        lines[n - 3]
    );
    assert!(lines[n - 2].starts_with("Mentioned only: Spark, React, Cloud Run, alerting, Kafka"), "{}", lines[n - 2]);
    assert!(
        lines[n - 1].starts_with("Not in the portfolio: TypeScript, Phoenix, GKE, Prometheus, Docker"),
        "{}",
        lines[n - 1]
    );
    // Every kept project is followed by its matched line (posts, under
    // Writing, are titles); Blitz stays the current role.
    let writing = lines.iter().position(|l| l.starts_with("Writing")).expect("a Writing section");
    let entries: Vec<usize> =
        lines[..writing].iter().enumerate().filter(|(_, l)| l.starts_with("• ")).map(|(i, _)| i).collect();
    let kept: Vec<usize> =
        entries.into_iter().filter(|&i| lines[i..].iter().take_while(|l| !l.is_empty()).count() > 1).collect();
    assert!(kept.len() >= 3, "{} projects kept: the check below would check little", kept.len());
    for &i in &kept {
        let rest = &lines[i + 1..];
        let next = rest.iter().position(|l| l.starts_with("• ") || l.is_empty()).unwrap_or(rest.len());
        let body = &rest[..next];
        assert!(body.iter().any(|l| l.trim_start().starts_with("matched:")), "no matched line for {}", lines[i]);
    }
    let role = lines.iter().position(|l| l.starts_with("Current role")).expect("current role");
    assert!(lines[role + 1].starts_with("• Blitz"));
    // Relevance, not the site's order: projects that matched nothing are left out of one screen.
    assert!(!text.contains("L15") && !text.contains("OneDayOfMine"));
}

#[test]
fn a_job_description_from_standard_input_tailors_every_format() {
    let description = "Payments engineer: Elixir, PostgreSQL, Android; Kotlin a plus.";
    let run_with = |format: &str| tailored_to(description, format);
    let text = unwrapped(&run_with("text"));
    assert!(
        text.ends_with("Found in the portfolio: payments, Elixir, PostgreSQL, Android\nNot in the portfolio: Kotlin\n"),
        "{text}"
    );
    let markdown = run_with("markdown");
    assert!(markdown.contains("\n## Coverage of the job description\n\nFound in the portfolio: payments, Elixir, PostgreSQL, Android\n\nNot in the portfolio: Kotlin\n"), "{markdown}");
    assert!(markdown.contains("  - matched: "));
    let html = run_with("html");
    assert!(html.contains("<strong>Not in the portfolio:</strong> Kotlin</p>"), "{html}");
    assert!(html.contains("<span class=\"matched\">matched: "));
    // JSON Resume: the coverage under meta, projects by relevance.
    let v: serde_json::Value = serde_json::from_str(&run_with("json-resume")).expect("json");
    assert_eq!(v["meta"]["tailoring"]["notFound"], serde_json::json!(["Kotlin"]));
    assert_eq!(v["meta"]["tailoring"]["found"], serde_json::json!(["payments", "Elixir", "PostgreSQL", "Android"]));
    let first = v["projects"][0]["name"].as_str().expect("a project");
    assert!(["Mobile Cashier", "ECommPay - Mobile App"].contains(&first), "{first}");
    let plain: serde_json::Value = serde_json::from_str(&stdout(&["resume", "--json"])).expect("json");
    assert!(plain.get("meta").is_none());
    assert_eq!(plain["projects"][0]["name"], "Firezone");
}

#[test]
fn a_job_description_that_matches_nothing_still_prints_the_resume() {
    let out = snap(["resume", "--for", "-"]).stdin("We are a friendly team that values kindness.").assert().success();
    let text = unwrapped(&String::from_utf8(out.get_output().stdout.clone()).expect("utf-8"));
    assert!(text.starts_with("Andrew Dryga"));
    assert!(text.ends_with(
        "Found in the portfolio: nothing to look for: no technology or field of work recognized\nNot in the portfolio: nothing\n"
    ));
    let out = snap(["resume", "--for", "-"]).stdin("COBOL on the AS400 mainframe").assert().success();
    let text = unwrapped(&String::from_utf8(out.get_output().stdout.clone()).expect("utf-8"));
    assert!(
        text.ends_with(
            "Found in the portfolio: none of the technologies and fields recognized\nNot in the portfolio: COBOL, AS400\n"
        ),
        "{text}"
    );
    assert!(text.contains("Current role"), "the résumé is still there");
}

#[test]
fn when_every_term_recognized_is_found_the_coverage_claims_no_more_in_every_format() {
    // Tokio and Axum are not recognized: nothing says the portfolio mentions "every one".
    let description = "An Elixir engineer for Elixir services, with Tokio and Axum.";
    let run_with = |format: &str| tailored_to(description, format);
    let said = "Not in the portfolio: nothing: every technology and field recognized is found";
    let text = unwrapped(&run_with("text"));
    assert!(text.ends_with(&format!("Found in the portfolio: Elixir\n{said}\n")), "{text}");
    assert!(run_with("markdown").ends_with(&format!("Found in the portfolio: Elixir\n\n{said}\n")));
    let html = run_with("html");
    assert!(
        html.contains("<strong>Not in the portfolio:</strong> nothing: every technology and field recognized is found"),
        "{html}"
    );
    for out in [text, run_with("markdown"), html, run_with("json-resume")] {
        assert!(!out.contains("every one"), "{out}");
    }
}

/// A résumé must not overclaim: Blitz's story names Rust (the rewrite
/// leadership started, the hand-rolled service he removed), `CircleCI` (what
/// he moved CI away from), Spark (being tried) and React (the frontend's
/// framework), but its tags do not. In every format, Blitz's
/// `matched:` lists only what it claims, and the coverage says which terms
/// the portfolio only mentions.
#[test]
fn a_term_only_the_text_mentions_is_never_matched_and_is_called_a_mention_in_every_format() {
    let description = "Senior Rust engineer. Rust, Tokio, Kubernetes, CircleCI, Spark, Sentry, React, PostgreSQL.";
    let run_with = |format: &str| tailored_to(description, format);
    let found = "Found in the portfolio: Kubernetes, Sentry, PostgreSQL";
    let mentioned = "Mentioned only: Rust, CircleCI, Spark, React (in the text, not listed as used)";
    let missing = "Not in the portfolio: nothing: every technology and field recognized is found or mentioned";
    let text = unwrapped(&run_with("text"));
    assert!(text.contains("\n  matched: Kubernetes, Sentry, PostgreSQL\n"), "{text}");
    assert!(text.ends_with(&format!("{found}\n{mentioned}\n{missing}\n")), "{text}");
    let markdown = run_with("markdown");
    assert!(markdown.contains("\n  - matched: Kubernetes, Sentry, PostgreSQL\n"), "{markdown}");
    assert!(markdown.ends_with(&format!("{found}\n\n{mentioned}\n\n{missing}\n")), "{markdown}");
    let html = run_with("html");
    assert!(html.contains("<span class=\"matched\">matched: Kubernetes, Sentry, PostgreSQL</span>"));
    for line in [found, mentioned, missing] {
        let (label, said) = line.split_once(": ").expect("a label");
        assert!(html.contains(&format!("<p><strong>{label}:</strong> {said}</p>")), "{line} in {html}");
    }
    for out in [&text, &markdown, &html] {
        assert!(
            !out.contains("matched: Rust") && !out.contains("React</span>") && !out.contains("CircleCI</span>"),
            "{out}"
        );
    }
    let v: serde_json::Value = serde_json::from_str(&run_with("json-resume")).expect("json");
    let tailoring = &v["meta"]["tailoring"];
    assert_eq!(tailoring["found"], serde_json::json!(["Kubernetes", "Sentry", "PostgreSQL"]));
    assert_eq!(tailoring["mentionedOnly"], serde_json::json!(["Rust", "CircleCI", "Spark", "React"]));
    assert_eq!(tailoring["notFound"], serde_json::json!([]));
    let blitz = tailoring["projects"].as_array().expect("projects").iter().find(|p| p["name"] == "Blitz");
    let blitz = blitz.expect("Blitz matched");
    assert_eq!(blitz["terms"], serde_json::json!(["Kubernetes", "Sentry", "PostgreSQL"]));
    assert_eq!(blitz["mentionedOnly"], serde_json::json!(["Rust", "CircleCI", "Spark", "React"]));
}

/// One screen shows a few roles of many, and says how many more `--full`
/// shows: a folder of forty dated projects listed all forty.
#[test]
fn one_screen_shows_a_few_roles_of_many() {
    let tmp = folder_of_projects();
    let dir = tmp.path();
    for n in 0..40 {
        let (period, title) = if n < 5 { ("Feb 2025 – Present", "Now") } else { ("2010 – 2012", "Then") };
        std::fs::write(
            dir.join(format!("projects/role-{n}.md")),
            format!(
                "+++\ntitle = \"{title} {n}\"\nsummary = \"Role {n}.\"\ndomain = \"web\"\ntags = [\"rust\"]\n\
                 period = \"{period}\"\norder = {n}\n+++\n\nRole {n}.\n"
            ),
        )
        .expect("write");
    }
    let dir = dir.to_str().expect("a UTF-8 path");
    let text = stdout(&["--content-dir", dir, "resume", "--width", "100"]);
    assert!(text.lines().count() <= 64, "{} lines:\n{text}", text.lines().count());
    assert!(text.contains("Now 1") && !text.contains("Now 2"), "{text}");
    assert!(text.contains("Then 7") && !text.contains("Then 8"), "{text}");
    assert!(text.contains("+ 3 more: dryga") && text.contains("+ 32 more: dryga"), "{text}");
    let full = stdout(&["--content-dir", dir, "resume", "--full"]);
    assert!((0..5).all(|n| full.contains(&format!("Now {n}"))) && full.contains("Then 39"), "{full}");
}

/// A folder of its own tags neither Elixir nor Terraform, nor names them:
/// the description's Elixir and Terraform, technologies dryga knows, are
/// reported as not in the portfolio, in text and JSON Resume alike, not
/// skipped as words it does not know (which read as "the folder covers
/// them").
#[test]
fn a_folder_s_coverage_names_every_technology_dryga_knows_that_it_lacks() {
    let tmp = folder_of_projects();
    let dir = tmp.path();
    std::fs::write(
        dir.join("projects/ledger.md"),
        "+++\ntitle = \"Ledger\"\nsummary = \"A double-entry ledger.\"\ndomain = \"fintech\"\ntags = [\"postgresql\", \"payments\"]\norder = 1\n+++\n\nA ledger on PostgreSQL.\n",
    )
    .expect("write");
    std::fs::write(
        dir.join("projects/tool.md"),
        "+++\ntitle = \"Tool\"\nsummary = \"A command-line tool.\"\ndomain = \"developer-tools\"\ntags = [\"cli\"]\norder = 2\n+++\n\nA small tool.\n",
    )
    .expect("write");
    let d = crate::support::arg(dir);
    // "Elixir and PostgreSQL on GCP with Terraform; Kafka, Rust or AWS a plus."
    let text = unwrapped(&stdout(&["--content-dir", &d, "resume", "--for", &job("job-short.txt")]));
    assert!(
        text.ends_with(
            "Found in the portfolio: PostgreSQL\nNot in the portfolio: Elixir, GCP, Terraform, Kafka, Rust, AWS\n"
        ),
        "{text}"
    );
    let args = ["--content-dir", &d, "resume", "--for", &job("job-short.txt"), "--format", "json-resume"];
    let v: serde_json::Value = serde_json::from_str(&stdout(&args)).expect("json");
    let tailoring = &v["meta"]["tailoring"];
    assert_eq!(tailoring["found"], serde_json::json!(["PostgreSQL"]));
    assert_eq!(tailoring["notFound"], serde_json::json!(["Elixir", "GCP", "Terraform", "Kafka", "Rust", "AWS"]));
}

/// A term an entry claims by its tag's spelling alone (a folder's `aws`,
/// which the text never names in capitals) weighs as a tag in its
/// relevance: the one entry behind "Found in the portfolio: AWS" comes
/// first, not last among "less relevant or not matched".
#[test]
fn an_entry_that_claims_a_term_by_its_tag_is_ranked_by_it() {
    let tmp = folder_of_projects();
    let dir = tmp.path();
    let project = |slug: &str, tag: &str, order: usize| {
        let text = format!(
            "+++\ntitle = \"{slug}\"\nsummary = \"A service.\"\ndomain = \"web\"\ntags = [\"{tag}\"]\norder = {order}\n+++\n\nA service.\n"
        );
        std::fs::write(dir.join(format!("projects/{slug}.md")), text).expect("write");
    };
    for n in 1..=5 {
        project(&format!("elixir{n}"), "elixir", n);
    }
    project("cloud", "aws", 6);
    let job_file = dir.join("job.txt");
    std::fs::write(&job_file, "AWS and Elixir.\n").expect("write");
    let d = crate::support::arg(dir);
    let args = ["--content-dir", &d, "resume", "--for", &crate::support::arg(&job_file), "--format", "json-resume"];
    let v: serde_json::Value = serde_json::from_str(&stdout(&args)).expect("json");
    let projects = v["meta"]["tailoring"]["projects"].as_array().expect("projects");
    let cloud = projects.iter().find(|p| p["name"] == "cloud").expect("cloud listed");
    assert_eq!(cloud["terms"], serde_json::json!(["AWS"]));
    assert!(cloud["score"].as_f64().is_some_and(|s| s > 0.0), "{cloud}");
    let text = unwrapped(&stdout(&args[..5]));
    let first = text.lines().find(|l| l.starts_with("• ")).expect("an entry");
    assert!(first.starts_with("• cloud"), "{text}");
}

/// Writing comes by relevance to the job, as projects do: a blockchain
/// job's first post is the one on blockchain (it was the site's first, "The
/// Real 10x Engineer", in every tailored résumé), in one screen and in
/// JSON Resume's `publications`; untailored, the site's order.
#[test]
fn writing_comes_by_relevance_to_the_job() {
    let site: Vec<String> = stdout(&["list", "--kind", "post", "--json"])
        .parse::<serde_json::Value>()
        .expect("json")
        .as_array()
        .expect("posts")
        .iter()
        .map(|p| p["title"].as_str().unwrap_or("").to_owned())
        .collect();
    let published = |args: &[&str]| -> Vec<String> {
        let out = snap(args).stdin("Blockchain engineer: smart contracts.").assert().success();
        let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).expect("json");
        v["publications"]
            .as_array()
            .expect("publications")
            .iter()
            .map(|p| p["name"].as_str().unwrap_or("").to_owned())
            .collect()
    };
    assert_eq!(published(&["resume", "--format", "json-resume"]), site);
    let tailored = published(&["resume", "--for", "-", "--format", "json-resume"]);
    assert_eq!(tailored[0], "Bringing blockchain properties to centralized government databases", "{tailored:?}");
    let mut same = tailored.clone();
    same.sort();
    let mut all = site.clone();
    all.sort();
    assert_eq!(same, all, "every post, once");
    let screen = snap(["resume", "--for", "-"]).stdin("Blockchain engineer: smart contracts.").assert().success();
    let screen = String::from_utf8_lossy(&screen.get_output().stdout).into_owned();
    let writing = screen.split("Writing").nth(1).expect("a Writing section");
    assert!(writing.lines().nth(1).is_some_and(|l| l.contains("Bringing blockchain")), "{writing}");
}

/// `healthcare` is the `HealthTech` domain's word, and still a word: a
/// folder with no `HealthTech` item whose text or tag says "healthcare" has
/// it (a review: sought as the domain's name alone, it was "Not in the
/// portfolio" there).
#[test]
fn healthcare_is_the_healthtech_domain_and_still_a_word() {
    let tmp = folder_of_projects();
    let dir = tmp.path();
    let job_file = dir.join("job.txt");
    std::fs::write(&job_file, "A healthcare company.\n").expect("write");
    let d = crate::support::arg(dir);
    let job = crate::support::arg(&job_file);
    for (tags, body) in [("[]", "A scheduling app for healthcare clinics."), ("[\"healthcare\"]", "A scheduling app.")]
    {
        let text = format!(
            "+++\ntitle = \"Clinic\"\nsummary = \"An app.\"\ndomain = \"web\"\ntags = {tags}\norder = 1\n+++\n\n{body}\n"
        );
        std::fs::write(dir.join("projects/clinic.md"), text).expect("write");
        let out = unwrapped(&stdout(&["--content-dir", &d, "resume", "--for", &job]));
        assert!(!out.contains("Not in the portfolio: healthcare"), "{tags}: {out}");
        assert!(out.contains("healthcare"), "{tags}: {out}");
    }
}

#[test]
fn a_tailored_view_names_commands_that_keep_its_job_description() {
    // The file as given, quoted for the shell when it needs it.
    let tmp = temp_dir();
    let file = tmp.path().join("job for 'Acme'.txt");
    std::fs::write(&file, "Elixir, PostgreSQL, GCP and Terraform.").expect("write");
    let given = file.display().to_string();
    let quoted = format!("'{}'", given.replace('\'', "'\\''"));
    let from_stdin = snap(["resume", "--for", "-"]).stdin("Elixir, PostgreSQL, GCP and Terraform.");
    let from_stdin = String::from_utf8(from_stdin.assert().success().get_output().stdout.clone()).expect("utf-8");
    // The view wraps at 100 columns, inside a long command too.
    let out = stdout(&["resume", "--for", &given]);
    let command = format!("dryga resume --for {quoted} --full");
    let words = out.split_whitespace().collect::<Vec<_>>().join(" ");
    let named = words.matches("dryga resume").count();
    assert!(named >= 2, "{out}");
    assert_eq!(words.matches(&command).count(), named, "{out} does not name {command}");
    // Standard input cannot be read again by a command pasted (at a
    // terminal, `dryga resume --for - --full` waits for input): the user's
    // own command, with `--full`.
    assert!(!from_stdin.contains("dryga resume"), "{from_stdin}");
    assert!(from_stdin.matches(": the same command with --full\n").count() >= 2, "{from_stdin}");
    // So is a pipe given by its name (`--for <(cat job.txt)` is one of
    // /dev/fd/, `/dev/stdin` another): the same view as from `-`.
    #[cfg(unix)]
    {
        let piped = snap(["resume", "--for", "/dev/stdin"]).stdin("Elixir, PostgreSQL, GCP and Terraform.");
        let piped = String::from_utf8(piped.assert().success().get_output().stdout.clone()).expect("utf-8");
        assert_eq!(piped, from_stdin);
    }
    // A file named like an option is given after `=`, as clap takes it.
    let dashed = tmp.path().join("-job.txt");
    std::fs::write(&dashed, "Elixir.").expect("write");
    let out = snap(["resume", "--for=-job.txt"]).current_dir(tmp.path()).assert().success();
    let out = String::from_utf8(out.get_output().stdout.clone()).expect("utf-8");
    assert!(out.contains("dryga resume --for=-job.txt --full"), "{out}");
}

#[test]
fn a_domain_the_description_names_is_found_and_its_entries_match_it() {
    let description = "A FinTech hiring Elixir engineers; adtech a plus.";
    let run_with = |format: &str| tailored_to(description, format);
    let text = unwrapped(&run_with("text"));
    assert!(text.contains("\nFound in the portfolio: FinTech, Elixir, AdTech\n"), "{text}");
    assert!(!text.contains("Not in the portfolio: FinTech") && !text.contains("fintech"), "{text}");
    // On one screen, the Projects kept are FinTech ones, each saying so.
    let projects = text.split("\nProjects ").nth(1).and_then(|p| p.split("\n\n").next()).expect("projects");
    assert!(projects.contains("· FinTech") && projects.contains("matched: FinTech"), "{projects}");
    let v: serde_json::Value = serde_json::from_str(&run_with("json-resume")).expect("json");
    assert_eq!(v["meta"]["tailoring"]["found"], serde_json::json!(["FinTech", "Elixir", "AdTech"]));
    assert_eq!(v["meta"]["tailoring"]["notFound"], serde_json::json!([]));
    let matched = v["meta"]["tailoring"]["projects"].as_array().expect("projects");
    let hammer = matched.iter().find(|p| p["name"] == "Hammer Corp").expect("Hammer Corp, an AdTech project, matched");
    assert_eq!(hammer["terms"], serde_json::json!(["AdTech"]));
}

#[test]
fn a_standard_of_several_words_is_one_term_of_the_coverage() {
    let out = snap(["resume", "--for", "-"]).stdin("Elixir; PCI DSS and SOC 2 audits.").assert().success();
    let text = unwrapped(&String::from_utf8(out.get_output().stdout.clone()).expect("utf-8"));
    assert!(text.ends_with("Not in the portfolio: PCI DSS, SOC 2\n"), "{text}");
}

#[test]
fn a_missing_empty_or_wordless_job_description_is_exit_2() {
    let tmp = temp_dir();
    let empty = tmp.path().join("empty.txt");
    std::fs::write(&empty, "").expect("write");
    let missing = tmp.path().join("missing.txt");
    let shown = |p: &Path| p.display().to_string();
    snap(["resume", "--for", &shown(&missing)]).assert().code(2).stdout_eq("").stderr_eq(format!(
        "dryga: cannot read the job description \"{}\": No such file or directory (os error 2)\n",
        shown(&missing)
    ));
    snap(["resume", "--for", &shown(&empty)])
        .assert()
        .code(2)
        .stdout_eq("")
        .stderr_eq(format!("dryga: the job description \"{}\" has no words\n", shown(&empty)));
    snap(["resume", "--for", "-"])
        .stdin(" — … !!\n")
        .assert()
        .code(2)
        .stdout_eq("")
        .stderr_eq("dryga: the job description from standard input has no words\n");
    snap(["resume", "--for", &shown(tmp.path())]).assert().code(2).stdout_eq("");
    // A PDF or a Word file is no text: its bytes' noise found "PDF" and
    // "ETS" in the portfolio (exit 0).
    let pdf = tmp.path().join("job.pdf");
    std::fs::write(&pdf, "%PDF-1.1\n1 0 obj << /Type /Font /BaseFont /Helvetica >> endobj\nBT (ETS) Tj ET\n")
        .expect("write");
    snap(["resume", "--for", &shown(&pdf)]).assert().code(2).stdout_eq("").stderr_eq(format!(
        "dryga: the job description \"{}\" is not plain text; give its text, not a PDF or a Word file\n",
        shown(&pdf)
    ));
    snap(["resume", "--for", "-"])
        .stdin(&b"PK\x03\x04\x14\x00\x06\x00\x08\x00word/document.xml Elixir"[..])
        .assert()
        .code(2)
        .stdout_eq("")
        .stderr_eq("dryga: the job description from standard input is not plain text; give its text, not a PDF or a Word file\n");
}

/// A description saved as UTF-16 (Windows' "Unicode") is read as its text:
/// it was read as UTF-8, a NUL between letters, and recognized nothing.
#[test]
fn a_utf16_job_description_is_read_as_text() {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend("Senior Elixir engineer: Kubernetes and PostgreSQL.\r\n".encode_utf16().flat_map(u16::to_le_bytes));
    let out = snap(["resume", "--for", "-", "--format", "json-resume"]).stdin(bytes).assert().success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).expect("json");
    assert_eq!(v["meta"]["tailoring"]["found"], serde_json::json!(["Elixir", "Kubernetes", "PostgreSQL"]));
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
    let job = job("job-backend.txt");
    for args in [
        &["resume", "--width", "100"][..],
        &["resume", "--full", "--width", "100"],
        &["resume", "--format", "markdown"],
        &["resume", "--format", "json-resume"],
        &["resume", "--for", &job, "--full", "--width", "100"],
        &[],
    ] {
        for line in stdout(args).lines().filter(|l| !l.contains("dryga resume --full")) {
            for m in figure.find_iter(line) {
                let f = m.as_str().trim_end_matches(['.', ',']);
                assert!(source.contains(f), "figure {f:?} is not in the portfolio text (in {line:?})");
            }
        }
    }
}

/// How long Chromium is given to print or shoot a page (it takes a few
/// seconds): a browser that hangs fails the test instead of stalling CI.
const CHROMIUM_BUDGET: std::time::Duration = std::time::Duration::from_secs(120);

/// Runs headless Chromium on `page` with `extra` arguments, offline and without a profile.
fn chromium(page: &Path, profile: &Path, extra: &[String]) {
    let browser = std::env::var("DRYGA_CHROMIUM").unwrap_or_else(|_| "chromium".to_owned());
    // Its messages go to a file, not a pipe that nobody reads while it runs.
    let log = profile.with_extension("log");
    let stderr = std::fs::File::create(&log).expect("a log file for chromium");
    let mut child = Command::new(&browser)
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
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(stderr)
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {browser}: {e} (install chromium, or set DRYGA_CHROMIUM)"));
    let start = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for chromium") {
            break status;
        }
        if start.elapsed() > CHROMIUM_BUDGET {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{browser} still ran after {CHROMIUM_BUDGET:?} on {}", page.display());
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    };
    let said = std::fs::read_to_string(&log).unwrap_or_default();
    assert!(status.success(), "{browser} failed: {said}");
}

/// The text of the section `id` of an HTML page, its words joined by single spaces.
fn section_text(html: &str, id: &str) -> String {
    let start = html.find(&format!("<section id=\"{id}\"")).unwrap_or_else(|| panic!("no section {id}"));
    let end = start + html[start..].find("</section>").expect("the section ends");
    let mut text = String::new();
    let mut in_tag = false;
    for c in html[start..end].chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'");
    text.replace("&amp;", "&").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A page printed to PDF: how many A4 pages, and the text of each.
struct Printed {
    pages: u32,
    text: Vec<String>,
}

/// Prints `html` to PDF in Chromium (with a screenshot beside it, to look
/// at) and returns its pages, with their text (`pdftotext`); every page must be A4.
fn printed(html: &str, dir: &Path, name: &str) -> Printed {
    let page = dir.join(format!("{name}.html"));
    std::fs::write(&page, html).expect("write the page");
    let pdf = dir.join(format!("{name}.pdf"));
    chromium(
        &page,
        &dir.join(format!("{name}-profile-pdf")),
        &[format!("--print-to-pdf={}", pdf.display()), "--no-pdf-header-footer".into()],
    );
    let shot = dir.join(format!("{name}.png"));
    chromium(
        &page,
        &dir.join(format!("{name}-profile-png")),
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
    assert!(field("Page size:").contains("(A4)"), "not A4: {}", field("Page size:"));
    let pages = field("Pages:").parse().expect("a page count");
    let text = Command::new("pdftotext").arg(&pdf).arg("-").output().expect("run pdftotext (poppler-utils)");
    assert!(text.status.success(), "pdftotext failed: {}", String::from_utf8_lossy(&text.stderr));
    // One form feed ends each page; words joined by single spaces, as read.
    let text = String::from_utf8_lossy(&text.stdout)
        .split('\u{c}')
        .map(|page| page.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|page| !page.is_empty())
        .collect();
    Printed { pages, text }
}

/// Copies the bundled content into `to`, with contact details in the profile.
fn content_with_contact(to: &Path) {
    let from = crate::support::root().join("content");
    for sub in ["projects", "posts"] {
        std::fs::create_dir_all(to.join(sub)).expect("mkdir");
        for entry in std::fs::read_dir(from.join(sub)).expect("read content") {
            let path = entry.expect("entry").path();
            std::fs::copy(&path, to.join(sub).join(path.file_name().expect("a name"))).expect("copy");
        }
    }
    let profile = std::fs::read_to_string(from.join("profile.toml")).expect("profile");
    let contact = format!(
        "email = \"someone@example.org\"\nurl = \"https://example.org\"\nphone = \"+380 44 000 0000\"\n{profile}\n\
         [location]\ncity = \"Kyiv\"\ncountry_code = \"UA\"\n\
         [[profiles]]\nnetwork = \"GitHub\"\nusername = \"someone\"\nurl = \"https://github.com/someone\"\n"
    );
    std::fs::write(to.join("profile.toml"), contact).expect("write");
}

/// The HTML page loads nothing, and a browser prints it on at most two A4
/// pages: as bundled, with contact details, and tailored to each job
/// description of tests/data, with every project there (in full or by
/// name) and the coverage on one page with its heading.
#[test]
#[ignore = "needs chromium and pdfinfo, pdftotext (poppler-utils)"]
fn html_prints_on_at_most_two_a4_pages_in_chromium() {
    let html = stdout(&["resume", "--format", "html"]);
    let lower = html.to_lowercase();
    for banned in ["<script", "@import", "url(", "http://", "https://", "<link", "<img", "<iframe", " src=", " href="] {
        assert!(!lower.contains(banned), "the page would load something: {banned}");
    }
    let tmp = temp_dir();
    let dir = tmp.path();
    let pages = printed(&html, dir, "cv").pages;
    assert!((1..=2).contains(&pages), "the résumé prints on {pages} pages");
    content_with_contact(&dir.join("content"));
    let content = dir.join("content").display().to_string();
    let contact = stdout(&["--content-dir", &content, "resume", "--format", "html"]);
    assert!(contact.contains("href=\"mailto:someone@example.org\""));
    let pages = printed(&contact, dir, "contact").pages;
    assert!((1..=2).contains(&pages), "with contact details, the résumé prints on {pages} pages");
    let corpus = crate::support::corpus();
    let data = crate::support::root().join("tests/data");
    let mut jobs: Vec<String> = std::fs::read_dir(&data)
        .expect("tests/data")
        .map(|e| e.expect("an entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with("job-") && Path::new(name).extension().is_some_and(|e| e == "txt"))
        .collect();
    jobs.sort();
    assert!(jobs.len() >= 4, "job descriptions in tests/data: {jobs:?}");
    let mut over = Vec::new();
    for name in &jobs {
        let tailored = stdout(&["resume", "--format", "html", "--for", &job(name)]);
        let print = printed(&tailored, dir, name.trim_end_matches(".txt"));
        if !(1..=2).contains(&print.pages) {
            over.push(format!("{name}: {} pages", print.pages));
            continue;
        }
        let all = print.text.join(" ");
        for item in corpus.of_kind(dryga::content::Kind::Project) {
            let title = item.title.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(all.contains(&title), "{name}: {title} is not printed");
        }
        // Without hyphens: pdftotext joins a word broken after its hyphen
        // at a line's end without it ("high-traffic" reads "hightraffic").
        let unhyphenated = |text: &str| text.to_lowercase().replace('-', "");
        let coverage = unhyphenated(&section_text(&tailored, "fit"));
        let on = print.text.iter().filter(|p| unhyphenated(p).contains(&coverage)).count();
        assert_eq!(on, 1, "{name}: the coverage is split from its heading or across pages: {coverage}");
    }
    assert!(over.is_empty(), "tailored, the résumé prints on more than two pages: {over:?}");
}

/// `dryga resume --for - --format FORMAT` with `description` on stdin: its stdout.
fn tailored_to(description: &str, format: &str) -> String {
    let out = snap(["resume", "--for", "-", "--format", format]).stdin(description).assert().success();
    String::from_utf8(out.get_output().stdout.clone()).expect("utf-8")
}
