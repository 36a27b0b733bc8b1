//! `--content-dir`, `DRYGA_CONTENT_DIR` and `check` over folders made by the
//! tests: a tiny valid portfolio works with every command, and every broken
//! case gets a clear message naming the file and the documented exit code.

use std::fs;
use std::path::Path;

use tempfile::TempDir;

use crate::support::{arg, snap, temp_dir};

const PROFILE: &str =
    "name = \"Test Person\"\nhandle = \"tp\"\nheadline = \"Tests things\"\nsummary = \"Made in a test.\"\n";
const PROJECT: &str = "+++\ntitle = \"Widget\"\nsummary = \"A widget for testing.\"\ndomain = \"web\"\ntags = [\"testing\", \"rust\"]\norder = 1\n+++\n\nWidget body with **bold** and a [link](https://example.org).\n";
const POST: &str =
    "+++\ntitle = \"Hello World\"\nsummary = \"A post.\"\ntags = [\"testing\"]\norder = 1\n+++\n\nHello body.\n";

/// A fresh folder with a valid one-project, one-post portfolio.
fn portfolio() -> TempDir {
    let tmp = temp_dir();
    let dir = tmp.path();
    fs::create_dir_all(dir.join("projects")).expect("mkdir");
    fs::create_dir_all(dir.join("posts")).expect("mkdir");
    fs::write(dir.join("profile.toml"), PROFILE).expect("write");
    fs::write(dir.join("projects/widget.md"), PROJECT).expect("write");
    fs::write(dir.join("posts/hello.md"), POST).expect("write");
    tmp
}

#[test]
fn a_small_folder_is_listed_shown_searched_and_exported() {
    let tmp = portfolio();
    let dir = tmp.path();
    let d = arg(dir);
    snap(["--content-dir", &d, "list"]).assert().success().stdout_eq("widget\n");
    snap(["--content-dir", &d, "posts"]).assert().success().stdout_eq("hello\n");
    snap(["--content-dir", &d, "show", "hello world", "--format", "markdown"])
        .assert()
        .success()
        .stdout_eq("Hello body.\n");
    let shown = snap(["show", "widget", "--content-dir", &d]).assert().success().get_output().stdout.clone();
    let shown = String::from_utf8(shown).expect("utf-8");
    assert!(shown.contains("Widget body with bold and a link (https://example.org)."), "{shown}");
    snap(["--content-dir", &d, "search", "widget", "--format", "json"]).assert().success();
    let export = snap(["--content-dir", &d, "export"]).assert().success().get_output().stdout.clone();
    let export: serde_json::Value = serde_json::from_slice(&export).expect("json");
    assert_eq!(export["profile"]["name"], "Test Person");
    assert_eq!(export["projects"][0]["body"], "Widget body with **bold** and a [link](https://example.org).\n");
    assert_eq!(export["posts"][0]["slug"], "hello");
    snap(["check", &d])
        .assert()
        .success()
        .stdout_eq("")
        .stderr_eq(format!("dryga: checked 3 files in {d}: 0 errors, 0 warnings\n"));
    // The folder as given, without the slashes after it; the root as `/`
    // (it was "checked 0 files in : …").
    let slashed = snap(["check", &format!("{d}//")]).assert().success().get_output().stderr.clone();
    assert_eq!(String::from_utf8_lossy(&slashed), format!("dryga: checked 3 files in {d}: 0 errors, 0 warnings\n"));
    // (However many files this machine's root has for it.)
    let root = snap(["check", "/"]).assert().get_output().stderr.clone();
    let root = String::from_utf8_lossy(&root);
    assert!(
        root.starts_with("dryga: checked ") && root.lines().next().is_some_and(|l| l.contains(" in /: ")),
        "{root}"
    );
    // The environment variable does the same as the flag.
    snap(["list", "--kind", "all"]).env("DRYGA_CONTENT_DIR", &d).assert().success().stdout_eq("widget\nhello\n");
    snap(["search", "hello"]).env("DRYGA_CONTENT_DIR", &d).assert().success();
    snap(["check"]).env("DRYGA_CONTENT_DIR", &d).assert().success();
}

/// A layout that leaves items unread is warned of by `check` (it said the
/// folder was clean, and `list` then found no projects): no `projects/`, a
/// folder of items under another name, an item file beside the folders. A
/// README and hidden folders are the author's own: no warning.
#[test]
fn check_warns_of_what_the_layout_leaves_unread() {
    let tmp = portfolio();
    let dir = tmp.path();
    let d = arg(dir);
    fs::write(dir.join("README.md"), "# My portfolio\n").expect("write");
    fs::create_dir_all(dir.join(".git")).expect("mkdir");
    fs::write(dir.join(".git/x.md"), PROJECT).expect("write");
    let clean = snap(["check", &d]).assert().success().get_output().stderr.clone();
    assert!(
        String::from_utf8_lossy(&clean).ends_with(": 0 errors, 0 warnings\n"),
        "{}",
        String::from_utf8_lossy(&clean)
    );
    fs::rename(dir.join("projects"), dir.join("project")).expect("rename");
    fs::write(dir.join("stray.md"), PROJECT).expect("write");
    let out = checked(&d, 0);
    for expected in [
        "projects:1:1: warning: no `projects/` folder: the portfolio has no projects",
        "project:1:1: warning: `project/` is not read: it holds a Markdown file with front matter (1)",
        "stray.md:1:1: warning: `stray.md` is not read: it has front matter, outside projects/ and posts/",
    ] {
        assert!(out.contains(expected), "{expected}:\n{out}");
    }
    assert_eq!(out.matches("warning:").count(), 3, "{out}");
    // With an error among them too.
    fs::write(dir.join("posts/hello.md"), "no front matter").expect("write");
    let out = checked(&d, 1);
    assert!(
        out.contains("stray.md:1:1: warning: `stray.md` is not read") && out.contains("missing front matter"),
        "{out}"
    );
}

/// Two items with one title: `check` warns at the second's `title` line,
/// with other files' errors too, and `show` by that title names neither
/// (exit 2, both slugs given).
#[test]
fn a_title_two_items_share_is_warned_and_shows_neither() {
    let tmp = portfolio();
    let dir = tmp.path();
    let d = arg(dir);
    let shared = PROJECT.replace("title = \"Widget\"", "title = \"Shared Name\"");
    fs::write(dir.join("projects/widget.md"), &shared).expect("write");
    fs::write(dir.join("projects/gadget.md"), shared.replace("order = 1", "order = 2")).expect("write");
    let out = checked(&d, 0);
    assert!(out.contains("projects/gadget.md:2:1: warning: title \"Shared Name\" is also widget's"), "{out}");
    let shown = snap(["--content-dir", &d, "show", "shared name"]).assert().code(2).get_output().stderr.clone();
    let shown = String::from_utf8(shown).expect("utf-8");
    assert_eq!(shown, "dryga: \"shared name\" is the title of 2 items: show one by its slug (widget, gadget)\n");
    snap(["--content-dir", &d, "show", "widget"]).assert().success();
    // A file with an error elsewhere: the warning is still said, with the
    // error (it was left out: "1 error, 0 warnings"), in the files' order.
    fs::write(dir.join("projects/empty.md"), "").expect("write");
    let out = checked(&d, 1);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(lines[0].contains("projects/empty.md:1:1: empty file"), "{out}");
    assert!(lines[1].contains("projects/gadget.md:2:1: warning: title \"Shared Name\" is also widget's"), "{out}");
    let summary = snap(["check", &d]).assert().code(1).get_output().stderr.clone();
    assert!(
        String::from_utf8_lossy(&summary).ends_with(": 1 error, 1 warning\n"),
        "{}",
        String::from_utf8_lossy(&summary)
    );
}

#[test]
fn a_missing_or_non_folder_content_dir_is_exit_2() {
    snap(["--content-dir", "/nonexistent/dryga", "list"])
        .assert()
        .code(2)
        .stdout_eq("")
        .stderr_eq("dryga: cannot read content folder /nonexistent/dryga: No such file or directory (os error 2)\n");
    snap(["check", "/nonexistent/dryga"]).assert().code(2);
    snap(["--content-dir", "Cargo.toml", "list"])
        .assert()
        .code(2)
        .stderr_eq("dryga: cannot read content folder Cargo.toml: not a directory\n");
}

/// The stdout of `dryga check DIR`, which must exit with `code`.
fn checked(dir: &str, code: i32) -> String {
    let out = snap(["check", dir]).assert().code(code).get_output().stdout.clone();
    String::from_utf8(out).expect("utf-8")
}

/// Puts `bytes` at `rel` in a fresh valid portfolio and expects `check` to
/// report `message` for that file with exit 1, and `list` to refuse with exit 2.
fn broken(rel: &str, bytes: &[u8], message: &str) {
    let tmp = portfolio();
    fs::write(tmp.path().join(rel), bytes).expect("write");
    expect_problem(tmp.path(), rel, message);
}

fn expect_problem(dir: &Path, rel: &str, message: &str) {
    let d = arg(dir);
    let out = checked(&d, 1);
    let wanted = format!("{d}/{rel}:");
    assert!(out.lines().any(|l| l.starts_with(&wanted) && l.contains(message)), "{message:?} for {rel} not in:\n{out}");
    let err = snap(["--content-dir", &d, "list"]).assert().code(2).get_output().stderr.clone();
    let err = String::from_utf8(err).expect("utf-8");
    assert!(err.starts_with("dryga: the content has") && err.contains(message), "{err}");
}

/// The résumé offers `--full` only when its one screen left something out:
/// a folder of one project of one sentence had "Everything in full: …
/// --full", which showed the same (an audit found it).
#[test]
fn the_resume_offers_full_only_when_something_is_left_out() {
    let tmp = temp_dir();
    let dir = tmp.path();
    fs::create_dir_all(dir.join("projects")).expect("mkdir");
    fs::write(dir.join("profile.toml"), PROFILE).expect("write");
    fs::write(dir.join("projects/widget.md"), PROJECT).expect("write");
    let d = arg(dir);
    let resume = |args: &[&str]| {
        let out =
            snap([&["--content-dir", &d, "resume"][..], args].concat()).assert().success().get_output().stdout.clone();
        String::from_utf8(out).expect("utf-8")
    };
    let (one, full) = (resume(&[]), resume(&["--full"]));
    assert!(!one.contains("--full"), "{one}");
    assert_eq!(one, full, "nothing was left out");
    // A second sentence in the summary is left out on one screen: offered.
    let longer = PROJECT.replace("A widget for testing.", "A widget for testing. It tests widgets.");
    fs::write(dir.join("projects/widget.md"), longer).expect("write");
    assert!(resume(&[]).contains("Everything in full: dryga --content-dir"), "{}", resume(&[]));
}

/// The count says what the list holds: "2 errors:" above three lines, one a
/// warning, read as a miscount (an audit found it).
#[test]
fn the_errors_message_counts_the_warnings_it_lists() {
    let tmp = portfolio();
    let dir = tmp.path();
    fs::write(dir.join("projects/a.md"), "x\n").expect("write");
    fs::write(dir.join("projects/b.md"), "y\n").expect("write");
    let warned = PROJECT.replacen("+++\n", "+++\nextra = 2\n", 1);
    fs::write(dir.join("projects/c.md"), warned).expect("write");
    let err = snap(["--content-dir", &arg(dir), "list"]).assert().code(2).get_output().stderr.clone();
    let err = String::from_utf8(err).expect("utf-8");
    assert!(err.starts_with("dryga: the content has 2 errors and 1 warning:\n"), "{err}");
    assert_eq!(err.lines().count(), 4, "{err}");
    fs::remove_file(dir.join("projects/c.md")).expect("rm");
    let err = snap(["--content-dir", &arg(dir), "list"]).assert().code(2).get_output().stderr.clone();
    assert!(String::from_utf8(err).expect("utf-8").starts_with("dryga: the content has 2 errors:\n"));
}

#[test]
fn non_utf8_file() {
    broken("projects/bad.md", b"+++\ntitle = \"\xff\"\n+++\n", "file is not UTF-8");
}

#[test]
fn binary_file() {
    broken("projects/bin.md", b"\x7fELF\x00\x01\x02", "binary file");
}

/// A file saved as UTF-16 (with its byte order mark, either way round) is
/// said to be so, not "binary" (its NUL bytes).
#[test]
fn utf16_file() {
    let text: Vec<u8> = "+++\ntitle = \"x\"\n".encode_utf16().flat_map(u16::to_le_bytes).collect();
    broken("projects/le.md", &[&[0xFF, 0xFE][..], &text].concat(), "encoded as UTF-16; content files are UTF-8");
    let text: Vec<u8> = "+++\n".encode_utf16().flat_map(u16::to_be_bytes).collect();
    broken("projects/be.md", &[&[0xFE, 0xFF][..], &text].concat(), "encoded as UTF-16");
}

/// A folder inside `projects/` is said to be one, not "not a .md file".
#[test]
fn a_folder_among_the_items_is_said_to_be_one() {
    let tmp = portfolio();
    fs::create_dir_all(tmp.path().join("projects/drafts")).expect("mkdir");
    let d = arg(tmp.path());
    let out = checked(&d, 0);
    assert!(out.contains(&format!("{d}/projects/drafts:1:1: warning: a folder, not read")), "{out}");
}

#[test]
fn file_over_the_size_limit() {
    let big = vec![b'a'; 1024 * 1024 + 1];
    broken("projects/big.md", &big, "file is too large (1048577 bytes; the limit is 1048576)");
}

#[test]
fn a_file_of_exactly_the_size_limit_is_read() {
    let tmp = portfolio();
    let mut text = POST.replace("Hello body.", "").into_bytes();
    text.resize(1024 * 1024, b'a');
    fs::write(tmp.path().join("posts/big.md"), &text).expect("write");
    snap(["check", &arg(tmp.path())]).assert().success();
}

#[test]
fn a_folder_with_no_items_says_so_on_stderr_with_exit_1() {
    let tmp = temp_dir();
    fs::write(tmp.path().join("profile.toml"), PROFILE).expect("write");
    let d = arg(tmp.path());
    for (args, message) in [
        (&["list"][..], "dryga: no projects: the content has none\n"),
        (&["posts"], "dryga: no posts: the content has none\n"),
        (&["list", "--kind", "all", "--sort", "title"], "dryga: no projects or posts: the content has none\n"),
        (&["search", "widget"], "dryga: no matches for \"widget\"\n"),
        (&["tags"], "dryga: no tags: no item carries one\n"),
        (&["tags", "--format", "table"], "dryga: no tags: no item carries one\n"),
    ] {
        snap(["--content-dir", &d].iter().chain(args)).assert().code(1).stdout_eq("").stderr_eq(message);
    }
    // Scripts still get a document.
    snap(["--content-dir", &d, "tags", "--json"]).assert().code(1).stdout_eq("[]\n");
    snap(["--content-dir", &d, "tags", "--format", "csv"]).assert().code(1).stdout_eq("name,count,projects,posts\n");
    // `domains` lists the vocabulary, each with its count (0 here): results, exit 0.
    snap(["--content-dir", &d, "domains"]).assert().success().stdout_eq("adtech\n...\nhospitality\n");
}

#[test]
fn a_folder_without_posts_or_projects_is_fine_and_a_file_in_their_place_is_not() {
    let tmp = portfolio();
    fs::remove_dir_all(tmp.path().join("posts")).expect("rm");
    snap(["--content-dir", &arg(tmp.path()), "list", "--kind", "all"]).assert().success().stdout_eq("widget\n");
    fs::write(tmp.path().join("posts"), "not a folder").expect("write");
    expect_problem(tmp.path(), "posts", "cannot read folder");
}

#[cfg(unix)]
#[test]
fn a_dangling_symlink_is_an_error_not_a_missing_file() {
    let tmp = portfolio();
    std::os::unix::fs::symlink("nowhere.md", tmp.path().join("projects/gone.md")).expect("symlink");
    expect_problem(tmp.path(), "projects/gone.md", "cannot read: No such file or directory");
}

#[test]
fn empty_file() {
    broken("posts/empty.md", b"", "empty file (hint: an item starts with a `+++` line");
    // The profile is no item: its hint is its own.
    broken("profile.toml", b"", "empty file (hint: the profile is TOML: name, handle, headline and summary");
}

#[test]
fn front_matter_that_never_closes() {
    broken("projects/open.md", b"+++\ntitle = \"x\"\n", "front matter never closes");
}

#[test]
fn bad_toml() {
    broken("projects/toml.md", b"+++\ntitle = \n+++\n", "invalid front matter");
}

#[test]
fn missing_required_fields() {
    broken("projects/missing.md", b"+++\ntitle = \"x\"\n+++\n", "missing required field `summary`");
    broken(
        "projects/nodomain.md",
        b"+++\ntitle = \"x\"\nsummary = \"s\"\norder = 2\n+++\n",
        "missing required field `domain`",
    );
}

#[test]
fn unknown_domain_names_the_known_ones() {
    broken(
        "projects/dom.md",
        b"+++\ntitle = \"x\"\nsummary = \"s\"\ndomain = \"fin\"\norder = 2\n+++\n",
        "unknown domain \"fin\" (hint: one of: adtech, fintech,",
    );
}

#[test]
fn duplicate_slugs_name_both_files() {
    broken("posts/widget.md", POST.as_bytes(), "duplicate slug \"widget\" (hint: ");
    let tmp = portfolio();
    let dir = tmp.path();
    fs::write(dir.join("posts/widget.md"), POST).expect("write");
    let out = checked(&arg(dir), 1);
    assert!(
        out.contains("posts/widget.md:1:1: duplicate slug") && out.contains("projects/widget.md has the same slug"),
        "{out}"
    );
}

#[test]
fn missing_profile() {
    let tmp = portfolio();
    let dir = tmp.path();
    fs::remove_file(dir.join("profile.toml")).expect("rm");
    expect_problem(dir, "profile.toml", "missing profile");
}

#[cfg(unix)]
#[test]
fn symlink_loop() {
    let tmp = portfolio();
    let dir = tmp.path();
    std::os::unix::fs::symlink("loop.md", dir.join("projects/loop.md")).expect("symlink");
    expect_problem(dir, "projects/loop.md", "cannot read: Too many levels of symbolic links");
}

/// A FIFO made at `at`.
#[cfg(unix)]
fn mkfifo(at: &Path) {
    let status = std::process::Command::new("mkfifo").arg(at).status().expect("mkfifo");
    assert!(status.success(), "mkfifo {}", at.display());
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_without_hanging() {
    let tmp = portfolio();
    let dir = tmp.path();
    mkfifo(&dir.join("projects/fifo.md"));
    expect_problem(dir, "projects/fifo.md", "not a regular file");
}

/// A FIFO named like an item is never opened, by a scan or through the
/// index: a writer waiting for a reader is not let go (opening it would).
#[cfg(unix)]
#[test]
fn a_fifo_is_never_opened() {
    use std::sync::atomic::{AtomicBool, Ordering};
    let tmp = portfolio();
    let dir = tmp.path();
    let fifo = dir.join("projects/fifo.md");
    mkfifo(&fifo);
    let opened = std::sync::Arc::new(AtomicBool::new(false));
    let writer = {
        let (fifo, opened) = (fifo.clone(), opened.clone());
        // Waits in `open` until a reader opens the FIFO.
        std::thread::spawn(move || {
            let file = fs::OpenOptions::new().write(true).open(&fifo);
            opened.store(true, Ordering::SeqCst);
            drop(file);
        })
    };
    std::thread::sleep(std::time::Duration::from_millis(100));
    let d = arg(dir);
    snap(["check", &d]).assert().code(1);
    assert!(!opened.load(Ordering::SeqCst), "check opened the FIFO");
    // Through the index: when it is built, then when it is refreshed.
    let cache = tempfile::tempdir().expect("a cache");
    for _ in 0..2 {
        snap(["--content-dir", &d, "list"]).env("DRYGA_CACHE_DIR", cache.path()).assert().code(2);
        assert!(!opened.load(Ordering::SeqCst), "list opened the FIFO");
    }
    // Let the writer go: this test opens it.
    drop(fs::File::open(&fifo).expect("the FIFO opens for reading"));
    writer.join().expect("the writer ends");
}

/// A socket (which cannot be opened) and a folder (which can) named like
/// items are not regular files, by a scan or through the index.
#[cfg(unix)]
#[test]
fn a_socket_or_a_folder_named_like_an_item_is_refused() {
    let tmp = portfolio();
    let dir = tmp.path();
    let _socket = std::os::unix::net::UnixListener::bind(dir.join("projects/socket.md")).expect("a socket");
    expect_problem(dir, "projects/socket.md", "not a regular file");
    let tmp = portfolio();
    let dir = tmp.path();
    fs::create_dir(dir.join("posts/folder.md")).expect("a folder");
    expect_problem(dir, "posts/folder.md", "not a regular file");
}

#[test]
fn unknown_fields_are_warnings_not_errors() {
    let tmp = portfolio();
    let dir = tmp.path();
    fs::write(dir.join("posts/hello.md"), POST.replace("order = 1", "order = 1\nmood = \"happy\"")).expect("write");
    let d = arg(dir);
    snap(["check", &d])
        .assert()
        .success()
        .stdout_eq(format!("{d}/posts/hello.md:6:1: warning: unknown field `mood` is ignored\n"));
    snap(["--content-dir", &d, "posts"])
        .assert()
        .success()
        .stdout_eq("hello\n")
        .stderr_eq(format!("dryga: 1 warning in {d}; run dryga check {d}\n"));
}

#[test]
fn check_lists_every_problem_and_has_json_for_ci() {
    let tmp = portfolio();
    let dir = tmp.path();
    fs::write(dir.join("projects/a.md"), b"").expect("write");
    fs::write(dir.join("projects/b.md"), b"+++\n").expect("write");
    let out = snap(["check", &arg(dir), "--json"]).assert().code(1).get_output().stdout.clone();
    let v: serde_json::Value = serde_json::from_slice(&out).expect("json");
    assert_eq!(v["errors"], 2);
    assert_eq!(v["files"], 5);
    let paths: Vec<&str> = v["problems"].as_array().expect("array").iter().filter_map(|p| p["path"].as_str()).collect();
    assert!(paths[0].ends_with("projects/a.md") && paths[1].ends_with("projects/b.md"), "{paths:?}");
}

/// On a terminal `check` is a table: each row says whether it is an error
/// or a warning, also when a message with a hint must wrap to fit.
#[test]
fn check_as_a_table_keeps_each_problem_s_severity_and_wraps_the_message() {
    let tmp = portfolio();
    let dir = tmp.path();
    fs::write(dir.join("posts/hello.md"), POST.replace("order = 1", "order = 1\nmood = \"happy\"")).expect("write");
    fs::write(dir.join("projects/bad.md"), PROJECT.replace("\"web\"", "\"fintek\"")).expect("write");
    let d = arg(dir);
    for width in ["100", "120"] {
        let out =
            snap(["check", &d, "--format", "table", "--width", width]).assert().code(1).get_output().stdout.clone();
        let out = String::from_utf8(out).expect("utf-8");
        let row = |file: &str| out.lines().find(|l| l.contains(file)).unwrap_or_else(|| panic!("{file}:\n{out}"));
        assert!(out.lines().next().is_some_and(|h| h.contains("SEVERITY")), "{out}");
        assert!(row("posts/hello.md").contains(" warning "), "{out}");
        assert!(row("projects/bad.md").contains(" error "), "{out}");
        assert!(out.contains("hospitality)"), "the hint is shown whole: {out}");
    }
    // At every width: a table with the column, or blocks that say it; the
    // column was dropped where the location and a message of 20 columns no
    // longer fit beside it, before the table became blocks.
    for width in 20..=140 {
        let width = width.to_string();
        let out =
            snap(["check", &d, "--format", "table", "--width", &width]).assert().code(1).get_output().stdout.clone();
        let out = String::from_utf8(out).expect("utf-8");
        let table = out.lines().next().is_some_and(|h| h.contains("SEVERITY"));
        let blocks = out.contains("severity: warning") && out.contains("severity: error");
        assert!(table || blocks, "{width} columns, no severity:\n{out}");
    }
}

#[test]
fn unknown_profile_fields_are_warnings_too() {
    let tmp = portfolio();
    let dir = tmp.path();
    fs::write(
        dir.join("profile.toml"),
        format!("{PROFILE}extra = 1\n[skills]\nlanguages = [\"Rust\"]\ncooking = [\"pasta\"]\n"),
    )
    .expect("write");
    let d = arg(dir);
    snap(["check", &d]).assert().success().stdout_eq(format!(
        "{d}/profile.toml:5:1: warning: unknown field `extra` is ignored\n{d}/profile.toml:8:1: warning: unknown field `skills.cooking` is ignored\n"
    ));
    fs::write(dir.join("profile.toml"), "name = \"x\"\nhandle = 3\n").expect("write");
    expect_problem(dir, "profile.toml", "invalid profile:");
}

#[test]
fn resume_of_a_small_folder_skips_empty_sections() {
    let tmp = portfolio();
    let dir = tmp.path();
    let out = snap(["--content-dir", &arg(dir), "resume"]).assert().success().get_output().stdout.clone();
    let out = String::from_utf8(out).expect("utf-8");
    assert!(out.contains("Projects ─") && out.contains("Writing"), "{out}");
    assert!(!out.contains("Key results") && !out.contains("Skills"), "empty sections printed:\n{out}");
}

#[test]
fn check_without_a_folder_checks_the_content_in_use_then_dot_content_then_the_bundled() {
    // In a folder with a broken ./content: that is what a content author means.
    let tmp = temp_dir();
    let content = tmp.path().join("content");
    fs::create_dir_all(content.join("projects")).expect("mkdir");
    fs::write(content.join("projects/bad.md"), "no front matter\n").expect("write");
    let out = crate::support::dryga(["check", "--format", "plain"]).current_dir(tmp.path()).output().expect("run");
    assert_eq!(out.status.code(), Some(1), "a broken ./content passed");
    assert!(String::from_utf8_lossy(&out.stderr).contains("in ./content:"), "{}", String::from_utf8_lossy(&out.stderr));
    // DRYGA_CONTENT_DIR comes first.
    let good = portfolio();
    let out = crate::support::dryga(["check"]).current_dir(tmp.path()).env("DRYGA_CONTENT_DIR", good.path()).output();
    let out = out.expect("run");
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains(&format!("in {}:", arg(good.path()))));
    // `--content-dir` after the command, as every other command takes it, over
    // ./content (and never both it and DIR).
    for args in [&["check", "--content-dir", &arg(good.path())][..], &["--content-dir", &arg(good.path()), "check"]] {
        let out = crate::support::dryga(args).current_dir(tmp.path()).output().expect("run");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        assert!(String::from_utf8_lossy(&out.stderr).contains(&format!("in {}:", arg(good.path()))));
    }
    let both = crate::support::dryga(["check", "content", "--content-dir", &arg(good.path())]).output().expect("run");
    assert_eq!(both.status.code(), Some(2));
    // Elsewhere, the bundled content.
    let empty = temp_dir();
    let out = crate::support::dryga(["check"]).current_dir(empty.path()).output().expect("run");
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("in the bundled content:"));
}

/// A profile with every contact detail JSON Resume's `basics` has.
const CONTACT: &str = "email = \"tp@example.org\"\nurl = \"https://tp.example.org\"\nphone = \"+1 555 0100\"\n\
[location]\ncity = \"Kyiv\"\nregion = \"Kyiv City\"\ncountry_code = \"UA\"\n\
[[profiles]]\nnetwork = \"GitHub\"\nusername = \"tp\"\nurl = \"https://github.com/tp\"\n";

#[test]
fn contact_details_show_in_every_format_when_the_profile_states_them() {
    let tmp = portfolio();
    let dir = tmp.path();
    fs::write(dir.join("profile.toml"), format!("{PROFILE}{CONTACT}")).expect("write");
    let d = arg(dir);
    snap(["check", &d]).assert().success();
    let out = |args: &[&str]| {
        let mut all = vec!["--content-dir", d.as_str(), "resume"];
        all.extend_from_slice(args);
        String::from_utf8(snap(all).assert().success().get_output().stdout.clone()).expect("utf-8")
    };
    let line = "tp@example.org · https://tp.example.org · +1 555 0100 · Kyiv, Kyiv City, UA · GitHub: tp";
    let text = out(&["--width", "100"]);
    assert_eq!(text.lines().nth(2), Some(line), "{text}");
    let markdown = out(&["--format", "markdown"]);
    assert!(markdown.contains(
        "[tp@example.org](<mailto:tp@example.org>) · [https://tp.example.org](<https://tp.example.org>) · +1 555 0100 · \
         Kyiv, Kyiv City, UA · [GitHub: tp](<https://github.com/tp>)\n"
    ), "{markdown}");
    let html = out(&["--format", "html"]);
    assert!(html.contains("<a href=\"mailto:tp@example.org\">tp@example.org</a>"), "{html}");
    assert!(html.contains("<a href=\"https://github.com/tp\">GitHub: tp</a>"), "{html}");
    let json: serde_json::Value = serde_json::from_str(&out(&["--json"])).expect("json");
    assert_eq!(
        json["basics"],
        serde_json::json!({
            "name": "Test Person",
            "label": "Tests things",
            "email": "tp@example.org",
            "phone": "+1 555 0100",
            "url": "https://tp.example.org",
            "summary": "Made in a test.",
            "location": { "city": "Kyiv", "region": "Kyiv City", "countryCode": "UA" },
            "profiles": [{ "network": "GitHub", "username": "tp", "url": "https://github.com/tp" }],
        })
    );
    // Without them, nothing of the kind appears, and JSON keeps the two fields themes need.
    fs::write(dir.join("profile.toml"), PROFILE).expect("write");
    let json: serde_json::Value = serde_json::from_str(&out(&["--json"])).expect("json");
    assert_eq!(json["basics"]["location"], serde_json::json!({}));
    assert_eq!(json["basics"]["profiles"], serde_json::json!([]));
    assert!(!out(&["--format", "html"]).contains("href="));
}

#[test]
fn check_reports_bad_contact_details_at_their_line_and_column() {
    let tmp = portfolio();
    let dir = tmp.path();
    let bad = CONTACT
        .replace("tp@example.org", "tp at example")
        .replace("https://tp.example.org", "tp.example.org")
        .replace("\"UA\"", "\"Ukraine\"");
    fs::write(dir.join("profile.toml"), format!("{PROFILE}{bad}")).expect("write");
    let d = arg(dir);
    snap(["check", &d]).assert().code(1).stdout_eq(format!(
        "{d}/profile.toml:5:9: `email` is not an e-mail address: \"tp at example\" (hint: write it as name@example.com)\n\
         {d}/profile.toml:6:7: `url` is not an http(s) URL: \"tp.example.org\" (hint: start it with https://)\n\
         {d}/profile.toml:11:16: `location.country_code` is not an ISO 3166-1 alpha-2 code: \"Ukraine\" (hint: two capital letters, such as UA, DE or US)\n"
    ));
    // Every command refuses the broken content, naming the file.
    snap(["--content-dir", &d, "resume"]).assert().code(2).stdout_eq("");
}

/// Which names in `projects/` are items: `NAME.md` only, not hidden files,
/// not other extensions (`.MD`, `.markdown`, none); the others are warnings,
/// in name order, and a name that is not UTF-8 is an error.
#[test]
fn only_md_files_are_items_and_other_names_are_reported() {
    let tmp = portfolio();
    let dir = tmp.path();
    for name in ["zz.md", "two-words.md", ".hidden.md", ".md", "notes.txt", "UPPER.MD", "md", "post.markdown"] {
        // A title of its own (two items with one are warned of).
        fs::write(dir.join("projects").join(name), PROJECT.replace("Widget", &format!("Widget {name}")))
            .expect("write");
    }
    let d = arg(dir);
    snap(["--content-dir", &d, "list"]).assert().success().stdout_eq("two-words\nwidget\nzz\n");
    let warning = |name: &str| {
        format!("{d}/projects/{name}:1:1: warning: not a .md file; ignored (hint: items are projects/<slug>.md)\n")
    };
    let expected: String = ["UPPER.MD", "md", "notes.txt", "post.markdown"].iter().map(|n| warning(n)).collect();
    snap(["check", &d]).assert().success().stdout_eq(expected.clone());
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let name = std::ffi::OsStr::from_bytes(b"caf\xe9.md");
        fs::write(dir.join("projects").join(name), PROJECT).expect("write");
        let out = checked(&d, 1);
        let bad = format!("{d}/projects/caf\u{fffd}.md:1:1: file name is not UTF-8\n");
        assert!(out.contains(&bad), "{out}");
        assert_eq!(out.replace(&bad, ""), expected);
    }
}

/// `show --section` words that name other headings too name each on stderr,
/// with the command that shows it alone; a heading no words name alone (a
/// second "Results") by its path, with no command that would show the first
/// again.
#[test]
fn a_section_named_twice_is_offered_by_its_path() {
    let tmp = portfolio();
    let dir = tmp.path();
    let body = "## Part A\n\nAlpha.\n\n### Results\n\nFirst.\n\n## Part B\n\nBeta.\n\n### Results\n\nSecond.\n\n## Costs\n\nThe results cost.\n";
    fs::write(dir.join("projects/widget.md"), PROJECT.replace("Widget body", body)).expect("write");
    let d = arg(dir);
    snap(["--content-dir", &d, "show", "widget", "--section", "results", "--format", "markdown"])
        .assert()
        .success()
        .stdout_eq("### Results\n\nFirst.\n\n")
        .stderr_eq(format!(
            "dryga: \"results\" also names \"Part B › Results\", which no --section words name alone: dryga --content-dir {d} show widget shows it\n"
        ));
    // A hit under that heading names no command (its title would show the first).
    let hit = snap(["--content-dir", &d, "--no-index", "search", "second", "--width", "200"]).assert().success();
    let hit = String::from_utf8_lossy(&hit.get_output().stdout).into_owned();
    assert!(hit.contains("§ Part B › Results") && !hit.contains("--section"), "{hit}");
    snap(["--content-dir", &d, "show", "widget", "--section", "part", "--format", "markdown"])
        .assert()
        .success()
        .stderr_eq(format!(
            "dryga: \"part\" also names \"Part B\": dryga --content-dir {d} show widget --section 'Part B'\n"
        ));
}

/// A `--section` that names nothing offers the sections words open: those
/// under a heading of none (`# 🚀`), a repeated title once, at most eight
/// and a count of the rest; an item with no headings says so.
#[test]
fn a_section_named_by_nothing_offers_what_words_open() {
    let tmp = portfolio();
    let dir = tmp.path();
    let rocket = "# 🚀\n\n## Results\n\nA.\n\n## Setup Steps\n\nB.\n\n## Results\n\nC.\n";
    fs::write(dir.join("projects/widget.md"), PROJECT.replace("Widget body", rocket)).expect("write");
    let d = arg(dir);
    let offered = "\"Results\" or \"Setup Steps\"";
    snap(["--content-dir", &d, "show", "widget", "--section", ""])
        .assert()
        .code(2)
        .stdout_eq("")
        .stderr_eq(format!("dryga: the section name is empty; give words of a heading of widget: {offered}\n"));
    snap(["--content-dir", &d, "show", "widget", "--section", "zzyzx"])
        .assert()
        .code(1)
        .stderr_eq("dryga: no section of widget matches \"zzyzx\"; its sections are \"Results\" and \"Setup Steps\"\n");
    let emoji = "# 🚀\n\nA.\n\n## ✨\n\nB.\n";
    fs::write(dir.join("projects/widget.md"), PROJECT.replace("Widget body", emoji)).expect("write");
    snap(["--content-dir", &d, "show", "widget", "--section", "!!!"])
        .assert()
        .code(2)
        .stderr_eq("dryga: the section name \"!!!\" has no words (and no heading of widget has words to name it by)\n");
    snap(["--content-dir", &d, "show", "widget", "--section", "zzyzx"])
        .assert()
        .code(1)
        .stderr_eq("dryga: no section of widget matches \"zzyzx\" (and no heading of it has words to name it by)\n");
    let names = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
    let many: String = names.iter().flat_map(|n| ["## Part ", n, "\n\nText.\n\n"]).collect();
    fs::write(dir.join("projects/widget.md"), PROJECT.replace("Widget body", &many)).expect("write");
    let first: Vec<String> = names[..8].iter().map(|n| format!("\"Part {n}\"")).collect();
    snap(["--content-dir", &d, "show", "widget", "--section", ""]).assert().code(2).stderr_eq(format!(
        "dryga: the section name is empty; give words of a heading of widget: {}, … (4 more)\n",
        first.join(", ")
    ));
    fs::write(dir.join("projects/widget.md"), PROJECT.replace("Widget body", "No headings here.")).expect("write");
    snap(["--content-dir", &d, "show", "widget", "--section", ""])
        .assert()
        .code(2)
        .stderr_eq("dryga: the section name is empty (widget has no headings)\n");
}
