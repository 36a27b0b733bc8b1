//! Behaviour on a real terminal: colour under each variable, width, and the
//! pager, run in a pseudo-terminal made by util-linux's `script`; and the man
//! page checked by `mandoc -T lint`. Opt-in (they need `script` and `mandoc`):
//! `.ci/run` installs both and runs `cargo test terminal -- --ignored`.

use std::path::PathBuf;
use std::process::{Command, Stdio};

use crate::support::{BIN, clean_env, run, temp_dir};

/// Runs `args` on a pseudo-terminal of `cols`×`rows` with extra `env`, and
/// returns what the terminal received.
fn on_tty(args: &str, env: &[(&str, &str)], cols: u16, rows: u16) -> String {
    let inner = format!("stty cols {cols} rows {rows}; {BIN} {args}");
    let mut cmd = Command::new("script");
    // A clean environment (no CI: anstream colours a terminal under CI
    // whatever TERM says; these tests are about a user's terminal).
    clean_env(&mut cmd).args(["-qec", &inner, "/dev/null"]).env("TERM", "xterm-256color");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("script (util-linux) runs");
    assert!(out.status.success(), "{args}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n")
}

fn has_escape(s: &str) -> bool {
    s.contains('\u{1b}')
}

#[test]
#[ignore = "needs script (util-linux)"]
fn colour_on_a_terminal_and_each_way_to_turn_it_off() {
    for args in ["list", "show blitz --no-pager", "search duckdb", "tags", "domains"] {
        assert!(has_escape(&on_tty(args, &[], 100, 200)), "{args}: no colour on a terminal");
        for env in [("NO_COLOR", "1"), ("CLICOLOR", "0"), ("TERM", "dumb")] {
            assert!(!has_escape(&on_tty(args, &[env], 100, 200)), "{args} with {env:?}: colour");
        }
        assert!(!has_escape(&on_tty(&format!("{args} --color never"), &[], 100, 200)), "{args} --color never");
        assert!(has_escape(&on_tty(&format!("{args} --color always"), &[("NO_COLOR", "1")], 100, 200)));
    }
}

#[test]
#[ignore = "needs script (util-linux)"]
fn help_follows_the_same_colour_rules() {
    assert!(has_escape(&on_tty("-h", &[], 100, 200)), "help is plain on a terminal");
    assert!(!has_escape(&on_tty("-h --color never", &[], 100, 200)));
    assert!(!has_escape(&on_tty("-h --color=never", &[], 100, 200)));
    assert!(!has_escape(&on_tty("show --help", &[("NO_COLOR", "1")], 100, 200)));
    assert!(!has_escape(&on_tty("-h", &[("TERM", "dumb")], 100, 200)));
}

#[test]
#[ignore = "needs script (util-linux)"]
fn a_terminal_gets_a_table_fitted_to_its_width() {
    let out = on_tty("list --color never", &[], 60, 200);
    assert!(out.starts_with("SLUG"), "{out}");
    assert!(out.lines().all(|l| unicode_width::UnicodeWidthStr::width(l) <= 60), "{out}");
    let wide = on_tty("show blitz --no-pager --color never --width 100", &[], 60, 200);
    assert!(wide.lines().any(|l| unicode_width::UnicodeWidthStr::width(l) > 60));
    assert!(wide.lines().all(|l| unicode_width::UnicodeWidthStr::width(l) <= 100));
}

fn width(line: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(line)
}

/// The slugs of `list ARGS` in a pipe, one a line.
fn slugs(args: &[&str]) -> Vec<String> {
    let out = run(["list", "--format", "plain"].iter().chain(args));
    String::from_utf8_lossy(&out.stdout).lines().map(str::to_owned).collect()
}

#[test]
#[ignore = "needs script (util-linux)"]
fn tables_never_cut_a_slug_at_any_terminal_width() {
    let all = slugs(&["--kind", "all"]);
    for cols in [30, 60, 100, 200] {
        for (args, wanted) in [("list --kind all", &all), ("posts", &slugs(&["--kind", "post"]))] {
            let out = on_tty(&format!("{args} --color never"), &[], cols, 500);
            let lines: Vec<&str> = out.lines().collect();
            for slug in wanted {
                let whole = lines.iter().any(|l| l.split_whitespace().next() == Some(slug.as_str()));
                assert!(whole, "{args} at {cols}: {slug} is not whole on a line:\n{out}");
            }
            for line in lines {
                // The one exception: a slug alone on its line, longer than the terminal.
                assert!(
                    width(line) <= usize::from(cols) || wanted.iter().any(|s| s == line.trim_end()),
                    "{args} at {cols}: {line:?}"
                );
            }
        }
    }
    // The spare room of a wide terminal shows the summary.
    assert!(on_tty("list --color never", &[], 200, 200).lines().next().is_some_and(|h| h.contains("SUMMARY")));
    assert!(!on_tty("list --color never", &[], 100, 200).contains("SUMMARY"));
}

#[test]
#[ignore = "needs script (util-linux)"]
fn prose_keeps_a_measure_and_a_tiny_terminal_gets_nothing_wider() {
    let wide = on_tty("show blitz --no-pager --color never", &[], 200, 500);
    assert!(wide.lines().all(|l| width(l) <= 100), "show is wider than 100 columns on a wide terminal");
    assert!(wide.lines().any(|l| width(l) > 80), "show does not use the measure");
    // The exceptions: a key (a tag here) alone on its line, longer than
    // the terminal: in a table as it is, in `show`'s and a search's tags
    // indented, with its comma and a snippet's cut; a command to copy.
    let tags: Vec<String> = String::from_utf8_lossy(&run(["tags", "--format", "plain"]).stdout)
        .lines()
        .filter_map(|l| l.split('\t').next().map(str::to_owned))
        .collect();
    for args in ["show blitz --no-pager", "resume --no-pager", "search duckdb --no-pager", "tags --no-pager"] {
        let narrow = on_tty(&format!("{args} --color never"), &[], 15, 500);
        let alone = |l: &str| {
            let tag = l.trim().trim_start_matches("tags").trim_start_matches(':').trim_start();
            let tag = tag.trim_matches('…').trim_end_matches(',').trim_end_matches('…');
            tags.iter().any(|t| t == tag)
        };
        // And the command that opens a hit's section, on a line of its own.
        let command = |l: &str| l.trim_start().starts_with("dryga show ") && l.contains(" --section ");
        let fits = |l: &str| width(l) <= 15 || alone(l) || command(l);
        assert!(narrow.lines().all(fits), "{args} at 15 columns:\n{narrow}");
    }
}

/// Every command takes the display options after it, as before it
/// (DESIGN.md: every command takes `--color` and `--width`): those whose
/// output has no colour nor width print the same with them, and list only
/// `--no-pager`, the one that acts, in their help; `browse` lists only
/// `--color`. `check` takes `--no-index`.
#[test]
fn display_options_are_taken_after_every_command() {
    for command in [&["export"][..], &["schema", "search"], &["completions", "fish"], &["man", "--raw"]] {
        let plain = run(command);
        assert!(plain.status.success(), "{command:?}");
        let with = run([command, &["--color", "never", "--width", "60", "--no-pager"]].concat());
        assert!(with.status.success(), "{command:?}: {}", String::from_utf8_lossy(&with.stderr));
        assert_eq!(with.stdout, plain.stdout, "{command:?}");
        let help = run([&command[..1], &["--help"]].concat());
        let help = String::from_utf8_lossy(&help.stdout);
        assert!(help.contains("--no-pager") && !help.contains("--color") && !help.contains("--width"), "{help}");
    }
    // The browser takes them too (it refused `--width` and `--no-pager`
    // after its name, and took them before it), and lists only `--color`.
    let browse = run(["browse", "--color", "never", "--width", "60", "--no-pager"]);
    assert_eq!(String::from_utf8_lossy(&browse.stderr), "dryga: browse needs a terminal; try dryga list\n");
    let help = run(["browse", "--help"]);
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(help.contains("--color") && !help.contains("--no-pager") && !help.contains("--width"), "{help}");
    // `check` takes `--no-index`, as every command that reads a folder
    // does, and reads every file all the same.
    let folder = crate::support::root().join("tests/data");
    let check = |extra: &[&str]| run([&["check", &crate::support::arg(&folder)][..], extra].concat());
    let (plain, with) = (check(&[]), check(&["--no-index"]));
    assert_eq!((with.status.code(), with.stdout, with.stderr), (plain.status.code(), plain.stdout, plain.stderr));
}

/// A fake pager that says it ran and how many lines it got, in `dir`.
fn fake_pager(dir: &std::path::Path) -> PathBuf {
    let path = dir.join("fake-pager");
    std::fs::write(&path, "#!/bin/sh\nprintf 'PAGED %s lines\\n' \"$(wc -l)\"\n").expect("write");
    let status = Command::new("chmod").args(["+x"]).arg(&path).status().expect("chmod");
    assert!(status.success());
    path
}

#[test]
#[ignore = "needs script (util-linux)"]
fn long_output_on_a_terminal_goes_through_the_pager() {
    let tmp = temp_dir();
    let pager = fake_pager(tmp.path());
    let pager = pager.to_str().expect("utf-8 path");
    // Longer than 20 rows: paged, with DRYGA_PAGER over PAGER.
    let out = on_tty("show blitz", &[("DRYGA_PAGER", pager), ("PAGER", "false")], 80, 20);
    assert!(out.starts_with("PAGED "), "{out}");
    let out = on_tty("show blitz", &[("PAGER", pager)], 80, 20);
    assert!(out.starts_with("PAGED "), "{out}");
    // --no-pager, short output, and an empty DRYGA_PAGER print directly.
    assert!(!on_tty("show blitz --no-pager", &[("PAGER", pager)], 80, 20).contains("PAGED"));
    assert!(!on_tty("show sage", &[("PAGER", pager)], 80, 40).contains("PAGED"));
    assert!(!on_tty("show blitz", &[("DRYGA_PAGER", ""), ("PAGER", pager)], 80, 20).contains("PAGED"));
    // A pager that cannot start, or fails without reading, falls back to printing.
    for broken in ["/nonexistent/pager", "false"] {
        let out = on_tty("show blitz --color never", &[("PAGER", broken)], 80, 20);
        assert!(out.contains("Total annual savings: Over $2M."), "{broken}: {out}");
    }
    // Commands whose output has no colour nor width page it, and take --no-pager after them.
    for command in ["export", "schema search", "completions bash"] {
        assert!(on_tty(command, &[("PAGER", pager)], 80, 20).starts_with("PAGED "), "{command}");
        let direct = on_tty(&format!("{command} --no-pager --color never"), &[("PAGER", pager)], 80, 20);
        assert!(!direct.contains("PAGED"), "{command}: {direct}");
    }
    // A dumb terminal (Emacs' shell) is never paged: less would only complain.
    assert!(!on_tty("show blitz", &[("PAGER", pager), ("TERM", "dumb")], 80, 20).contains("PAGED"));
    // A pipe is never paged.
    let piped = crate::support::dryga(["show", "blitz"]).env("PAGER", pager).output().expect("run");
    assert!(!String::from_utf8_lossy(&piped.stdout).contains("PAGED"));
}

#[test]
#[ignore = "needs mandoc"]
fn every_man_page_passes_mandoc_lint() {
    let page = run(["man"]);
    assert!(page.status.success());
    let text = String::from_utf8_lossy(&page.stdout);
    for section in
        [".SH \"EXIT STATUS\"", ".SH ENVIRONMENT", ".SH EXAMPLES", ".SH \"DRYGA SEARCH\"", "NO_COLOR", "PAGER"]
    {
        assert!(text.contains(section), "man page lacks {section}");
    }
    let tmp = temp_dir();
    let out = run(["man", "--dir", &crate::support::arg(tmp.path())]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut pages: Vec<PathBuf> =
        std::fs::read_dir(tmp.path()).expect("pages").map(|e| e.expect("entry").path()).collect();
    pages.sort();
    assert!(pages.len() > 10, "{pages:?}");
    // What `dryga man` prints is what `--dir` writes as dryga.1.
    assert_eq!(std::fs::read(tmp.path().join("dryga.1")).expect("dryga.1"), page.stdout);
    for path in pages {
        // Warnings too: a date it cannot read, a paragraph macro it skips.
        let lint =
            Command::new("mandoc").args(["-T", "lint", "-W", "warning"]).arg(&path).output().expect("mandoc runs");
        let report = format!("{}{}", String::from_utf8_lossy(&lint.stdout), String::from_utf8_lossy(&lint.stderr));
        assert!(lint.status.success(), "{}: {report}", path.display());
    }
}

/// Each command's page: a header with its five fields (the date among
/// them, not the source in its place), a synopsis that names the value of
/// each option that takes one, and its examples once, under EXAMPLES (not
/// also as clap's "EXTRA" section, from the help's "Examples:").
#[test]
fn each_command_s_page_has_a_dated_header_a_full_synopsis_and_its_examples_once() {
    let tmp = temp_dir();
    let out = run(["man", "--dir", &crate::support::arg(tmp.path())]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let page = |name: &str| std::fs::read_to_string(tmp.path().join(name)).expect(name);
    let date = regex::Regex::new(r#"(?m)^\.TH [A-Z-]+ 1 [0-9]{4}-[0-9]{2}-[0-9]{2} "dryga [^"]+" "User Commands"$"#)
        .expect("regex");
    for name in ["dryga.1", "dryga-resume.1", "dryga-search.1", "dryga-list.1"] {
        let page = page(name);
        assert!(date.is_match(&page), "{name}: {}", page.lines().find(|l| l.starts_with(".TH")).unwrap_or_default());
        assert!(!page.contains(".SH EXTRA"), "{name}");
        let synopsis = page.split(".SH SYNOPSIS").nth(1).and_then(|s| s.split(".SH").next()).unwrap_or_default();
        assert!(synopsis.contains(r"[\fB\-\-width\fR \fIN\fR]"), "{name}: {synopsis}");
    }
    let resume = page("dryga-resume.1");
    assert_eq!(resume.matches(".SH EXAMPLES").count(), 1);
    assert_eq!(resume.matches("dryga resume \\-\\-for job.txt").count(), 1, "{resume}");
    assert!(resume.contains(r"[\fB\-\-for\fR \fIFILE\fR]"), "{resume}");
    let search = page("dryga-search.1");
    assert!(search.contains(r"\fIQUERY\fR..."));
    assert!(search.contains(r"[\fB\-t|\-\-tag\fR \fITAG\fR]..."), "{search}");
}

/// A page that cannot be written (a folder in its place) leaves the folder
/// as it was: no page of the others, no temporary file, exit 2; once the
/// way is clear, every page is written.
#[test]
fn man_dir_writes_every_page_or_none() {
    let tmp = temp_dir();
    let blocked = tmp.path().join("dryga-search.1");
    std::fs::create_dir(&blocked).expect("a folder in a page's place");
    let out = run(["man", "--dir", &crate::support::arg(tmp.path())]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.starts_with("dryga: cannot write the manual to ") && stderr.contains("dryga-search.1"), "{stderr}");
    let names = || -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(tmp.path())
            .expect("listed")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    assert_eq!(names(), ["dryga-search.1"]);
    std::fs::remove_dir(&blocked).expect("removed");
    let out = run(["man", "--dir", &crate::support::arg(tmp.path())]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let written = names();
    assert!(written.len() > 10 && written.iter().all(|n| n.starts_with("dryga") && n.ends_with(".1")), "{written:?}");
}

#[test]
#[ignore = "needs script (util-linux) and man (man-db)"]
fn on_a_terminal_the_manual_is_shown_rendered() {
    let out = on_tty("man", &[("MANPAGER", "cat"), ("MANWIDTH", "80")], 80, 40);
    // man embolds by overstriking (`E\bE`) or with SGR escapes: read past both.
    let plain = regex::Regex::new("\u{1b}\\[[0-9;]*m|.\u{8}").expect("regex").replace_all(&out, "");
    assert!(
        plain.contains("EXIT STATUS") && !plain.contains(".SH"),
        "not rendered:\n{}",
        &plain[..plain.len().min(400)]
    );
    let raw = on_tty("man --raw", &[("DRYGA_PAGER", "")], 80, 40);
    assert!(raw.contains(".SH"), "--raw is the roff source");
}

/// A job description read from a terminal (`resume --for -`) is asked for:
/// the terminal waited for it without a word. Through a pipe, nothing is
/// said: stderr is the command's own.
#[test]
#[ignore = "needs script (util-linux)"]
fn a_job_description_read_from_a_terminal_is_asked_for() {
    use std::io::Write as _;
    // What the terminal shows of `resume --for -` run there as `inner` does.
    let typed_at = |inner: &str| {
        let mut cmd = Command::new("script");
        clean_env(&mut cmd).args(["-qec", inner, "/dev/null"]).env("TERM", "xterm-256color");
        let mut child = cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().expect("script (util-linux) runs");
        // What is typed, then the end of input (script passes it on as Ctrl-D).
        child.stdin.take().expect("stdin").write_all(b"Elixir engineer with Terraform\n").expect("typed");
        let out = child.wait_with_output().expect("waited");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let shown = typed_at(&format!("{BIN} resume --for - --format json"));
    assert!(shown.contains("dryga: reading the job description here: paste it, then press Ctrl-D"), "{shown}");
    // The text typed was read: its words are the tailoring's (a terminal's
    // line endings between them).
    let found = regex::Regex::new(r#""found": \[\s*"Elixir",\s*"Terraform"\s*\]"#).expect("regex");
    assert!(found.is_match(&shown), "{shown}");
    // With stderr a file, not the terminal, nothing is said there (nor in the file).
    let tmp = crate::support::temp_dir();
    let log = tmp.path().join("stderr.log");
    let shown = typed_at(&format!("{BIN} resume --for - --format json 2>{}", crate::support::arg(&log)));
    assert!(!shown.contains("reading the job description"), "{shown}");
    assert!(found.is_match(&shown), "{shown}");
    assert_eq!(std::fs::read_to_string(&log).expect("the log"), "");
    let piped = crate::support::snap(["resume", "--for", "-"]).stdin("Elixir engineer").assert().success();
    assert!(piped.get_output().stderr.is_empty(), "{:?}", piped.get_output().stderr);
}
