//! Users copy what they see: every `dryga …` command a message, a hint or a
//! view names for the user to run next, pasted into a shell, does what it
//! says, over the content folder the run that named it read (a folder whose
//! name needs quoting), never the bundled content.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use dryga::render::shell_quote;
use tempfile::TempDir;

use crate::support::{BIN, arg, clean_env, run, snap, temp_dir};

const PROFILE: &str =
    "name = \"Test Person\"\nhandle = \"tp\"\nheadline = \"Tests things\"\nsummary = \"Made in a test.\"\n";

/// A project file: `title`, in `domain`, with `tags` and `body`.
fn project(title: &str, domain: &str, tags: &str, order: u32, body: &str) -> String {
    format!(
        "+++\ntitle = \"{title}\"\nsummary = \"The {title} project.\"\ndomain = \"{domain}\"\ntags = [{tags}]\n\
         order = {order}\n+++\n\n{body}\n"
    )
}

/// A portfolio none of whose items is bundled (a fintech `ledger` whose body
/// has a section, three Web projects, three posts), in a folder whose name a
/// shell must have quoted; and the folder.
fn portfolio() -> (TempDir, PathBuf) {
    let tmp = temp_dir();
    let dir = tmp.path().join("my portfolio's");
    fs::create_dir_all(dir.join("projects")).expect("mkdir");
    fs::create_dir_all(dir.join("posts")).expect("mkdir");
    fs::write(dir.join("profile.toml"), PROFILE).expect("write");
    let ledger = "The ledger.\n\n## Settlement Engine\n\nQuokka batches settle nightly.";
    fs::write(dir.join("projects/ledger.md"), project("Ledger", "fintech", "\"payments\", \"elixir\"", 1, ledger))
        .expect("write");
    for (i, name) in ["Widget", "Gadget", "Gizmo"].iter().enumerate() {
        let file = dir.join(format!("projects/{}.md", name.to_lowercase()));
        fs::write(file, project(name, "web", "\"testing\"", 2 + u32::try_from(i).expect("small"), "Body."))
            .expect("write");
    }
    for (i, title) in ["First Post", "Second Post", "Third Post"].iter().enumerate() {
        let post = format!(
            "+++\ntitle = \"{title}\"\nsummary = \"A post.\"\ntags = [\"testing\"]\norder = {i}\n+++\n\nBody.\n"
        );
        fs::write(dir.join(format!("posts/{}.md", title.to_lowercase().replace(' ', "-"))), post).expect("write");
    }
    (tmp, dir)
}

/// `dryga --content-dir DIR`, as the commands named over `dir` begin.
fn dryga_in(dir: &Path) -> String {
    format!("dryga --content-dir {}", shell_quote(&arg(dir)))
}

/// Runs `command` as pasted into a POSIX shell in the folder `cwd` (where
/// the run that named it ran), `dryga` the binary under test, in the tests'
/// clean environment, with nothing on stdin.
fn pasted_in(cwd: &Path, command: &str) -> Output {
    let mut sh = Command::new("sh");
    clean_env(&mut sh)
        .current_dir(cwd)
        .env("BIN_UNDER_TEST", BIN)
        .args(["-c", &format!("dryga() {{ \"$BIN_UNDER_TEST\" \"$@\"; }}\n{command}")])
        .stdin(Stdio::null())
        .output()
        .expect("sh runs")
}

/// The stdout of `command` pasted, which must succeed.
fn pasted_stdout(command: &str) -> String {
    pasted_stdout_in(Path::new("."), command)
}

/// The stdout of `command` pasted in `cwd`, which must succeed.
fn pasted_stdout_in(cwd: &Path, command: &str) -> String {
    let out = pasted_in(cwd, command);
    assert!(out.status.success(), "{command}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8")
}

/// The stderr of `dryga ARGS`, which must exit with `code`.
fn stderr(args: &[&str], code: i32) -> String {
    let out = run(args);
    let stderr = String::from_utf8(out.stderr).expect("utf-8");
    assert_eq!(out.status.code(), Some(code), "{args:?}: {stderr}");
    stderr
}

/// A search whose query names a domain offers the command over the same
/// folder, with the filters asked for; pasted, it finds the folder's items
/// (it listed the bundled fintech projects: `--content-dir` was dropped).
#[test]
fn a_domain_hint_pasted_finds_the_folder_s_items() {
    let (_tmp, dir) = portfolio();
    let d = arg(&dir);
    let dryga = dryga_in(&dir);
    for (args, command, found) in [
        (&["search", "fintech"][..], format!("{dryga} list --domain fintech"), "ledger\n"),
        (
            &["search", "fintech quokka", "--tag", "elixir", "--limit", "1"],
            format!("{dryga} search quokka --domain fintech --tag elixir"),
            "Ledger (ledger) · project · FinTech\n",
        ),
    ] {
        let args = [&["--content-dir", &d], args].concat();
        let note = stderr(&args, 1);
        let offered = note.split("FinTech is a domain: ").nth(1).map(str::trim_end);
        assert_eq!(offered, Some(command.as_str()), "{note}");
        let out = pasted_stdout(&command);
        assert!(out.starts_with(found), "{command}: {out}");
    }
}

/// The commands `text` names: from each `dryga` that starts a word to the
/// end of its line or its part of the line (` · ` parts the footer).
fn named(text: &str) -> Vec<String> {
    let mut commands = Vec::new();
    for part in text.lines().flat_map(|line| line.split(" · ")) {
        for (at, _) in part.match_indices("dryga ") {
            if at == 0 || part[..at].ends_with(' ') {
                commands.push(part[at..].trim_end().to_owned());
            }
        }
    }
    commands
}

/// The résumé of a folder names the commands that show it in full, its
/// posts and an item; pasted in the same folder, each reads that folder
/// (each dropped `--content-dir`: the bundled résumé, posts and items).
/// Tailored to a file, the same file; to standard input, which no command
/// pasted could read again, the user's own command with `--full`.
#[test]
fn the_resume_s_commands_pasted_show_the_folder_s_resume() {
    let (tmp, _dir) = portfolio();
    let cwd = tmp.path();
    fs::write(cwd.join("my job.txt"), "Elixir and payments.").expect("write");
    let d = "my portfolio's";
    let dryga = format!("dryga --content-dir {}", shell_quote(d));
    let resume = |args: &[&str]| {
        let out = snap([&["--content-dir", d, "resume"], args].concat()).current_dir(cwd).assert().success();
        String::from_utf8(out.get_output().stdout.clone()).expect("utf-8")
    };
    for (args, full) in [
        (&[][..], format!("{dryga} resume --full")),
        (&["--for", "my job.txt"], format!("{dryga} resume --for 'my job.txt' --full")),
    ] {
        let out = resume(args);
        let commands = named(&out);
        for command in [&full, &format!("{dryga} posts"), &format!("{dryga} show SLUG")] {
            assert!(commands.contains(command), "{command} not in\n{out}");
        }
        for command in &commands {
            assert!(command.starts_with(&dryga), "{command}");
            let shown = pasted_stdout_in(cwd, &command.replace("SLUG", "ledger"));
            let mark = if command.ends_with(" posts") { "third-post" } else { "Ledger" };
            assert!(shown.contains(mark), "{command}: {shown}");
        }
        assert_eq!(pasted_stdout_in(cwd, &full), resume(&[args, &["--full"]].concat()), "{full}");
    }
    let out = snap(["--content-dir", d, "resume", "--for", "-"]).current_dir(cwd).stdin("Elixir and payments.");
    let out = String::from_utf8(out.assert().success().get_output().stdout.clone()).expect("utf-8");
    assert!(!out.contains("--for"), "{out}");
    assert!(out.contains("+ 3 more, less relevant or not matched: the same command with --full\n"), "{out}");
    assert!(out.contains("\nEverything in full: the same command with --full\n"), "{out}");
}

/// A hit in a body names the command that shows its section; pasted in the
/// same folder, it shows that section of the folder's item (it dropped
/// `--content-dir`: no bundled item is `ledger`).
#[test]
fn a_hit_s_section_command_pasted_shows_the_folder_s_section() {
    let (tmp, _dir) = portfolio();
    let cwd = tmp.path();
    let d = "my portfolio's";
    let command = format!("dryga --content-dir {} show ledger --section Settlement", shell_quote(d));
    // Through the index (its hits rendered one by one) and by a scan.
    for index in [&[][..], &["--no-index"]] {
        let args = [&["--content-dir", d, "search", "quokka", "--width", "100"], index].concat();
        let out = snap(args).current_dir(cwd).assert().success();
        let out = String::from_utf8(out.get_output().stdout.clone()).expect("utf-8");
        assert_eq!(named(&out), std::slice::from_ref(&command), "{index:?}: {out}");
    }
    let shown = pasted_stdout_in(cwd, &command);
    assert!(shown.contains("Settlement Engine") && shown.contains("Quokka batches settle nightly."), "{shown}");
}

/// An error that names a command names one over the same folder; pasted,
/// it lists the folder's items, tags (each listed the bundled content's).
#[test]
fn an_error_s_command_pasted_lists_the_folder_s_content() {
    let (_tmp, dir) = portfolio();
    let d = arg(&dir);
    let dryga = dryga_in(&dir);
    for (args, code, command, listed) in [
        (
            &["show", "zzzzzzzz"][..],
            1,
            format!("{dryga} list --kind all"),
            "ledger\nwidget\ngadget\ngizmo\nfirst-post\n",
        ),
        (&["list", "--tag", "zzzzzzzz"], 2, format!("{dryga} tags"), "testing\nelixir\npayments\n"),
        (&["browse"], 2, format!("{dryga} list"), "ledger\n"),
    ] {
        let note = stderr(&[&["--content-dir", &d], args].concat(), code);
        assert!(note.contains(&command), "{args:?}: {note}");
        let out = pasted_stdout_in(Path::new("."), &command);
        assert!(out.starts_with(listed), "{command}: {out}");
    }
}

/// Tags that only the other kind carries: the note names the command that
/// lists those items, with the same tags; pasted, it lists them, over the
/// same folder (it listed all 38 bundled items: `list --kind all`).
#[test]
fn the_other_kind_s_command_pasted_lists_what_it_counted() {
    let (_tmp, dir) = portfolio();
    let post =
        "+++\ntitle = \"Fourth Post\"\nsummary = \"A post.\"\ntags = [\"quokka-notes\"]\norder = 9\n+++\n\nBody.\n";
    fs::write(dir.join("posts/fourth-post.md"), post).expect("write");
    let d = arg(&dir);
    let dryga = dryga_in(&dir);
    for (args, command, listed) in [
        (
            vec!["--content-dir", &d, "list", "--tag", "quokka-notes"],
            format!("{dryga} posts --tag quokka-notes"),
            "fourth-post\n",
        ),
        (vec!["--content-dir", &d, "posts", "--tag", "payments"], format!("{dryga} list --tag payments"), "ledger\n"),
        (vec!["list", "--tag", "blockchain"], "dryga posts --tag blockchain".to_owned(), "bringing-blockchain"),
    ] {
        let note = stderr(&args, 1);
        assert!(note.contains(&format!("(`{command}` lists ")), "{args:?}: {note}");
        let out = pasted_stdout_in(Path::new("."), &format!("{command} --format plain"));
        assert!(out.starts_with(listed) && out.lines().count() == 1, "{command}: {out}");
    }
}

/// A folder's card names commands over the folder, and one of its items as
/// the example; pasted in the same folder (its words filled in), each reads
/// the folder (each read the bundled content, and `blitz` is not here).
#[test]
fn the_card_s_commands_pasted_read_the_folder() {
    let (tmp, _dir) = portfolio();
    let cwd = tmp.path();
    let d = "my portfolio's";
    let dryga = format!("dryga --content-dir {}", shell_quote(d));
    let out = snap(["--content-dir", d]).current_dir(cwd).assert().success();
    let card = String::from_utf8(out.get_output().stdout.clone()).expect("utf-8");
    let next = card.split("Go further:\n").nth(1).expect("the commands");
    let commands: Vec<&str> =
        next.lines().filter(|l| l.starts_with("  dryga ")).filter_map(|l| l[2..].split("  ").next()).collect();
    assert_eq!(commands.len(), 6, "{card}");
    assert!(next.split_whitespace().collect::<Vec<_>>().join(" ").contains("in full, e.g. ledger"), "{card}");
    for command in commands {
        assert!(command.starts_with(&format!("{dryga} ")), "{command}");
        // The browser needs a terminal; its error names a command too.
        if command.ends_with(" browse") {
            assert!(pasted_in(cwd, command).stderr.ends_with(format!("try {dryga} list\n").as_bytes()));
            continue;
        }
        let out = pasted_stdout_in(cwd, &command.replace("SLUG", "ledger").replace("WORDS", "quokka"));
        let mark = if command.ends_with("--help") { "Usage: dryga" } else { "edger" };
        assert!(out.contains(mark), "{command}: {out}");
    }
}

/// The warnings of a folder name the command that lists them; pasted in
/// the same folder, it does, for a folder named like an option too (`dryga
/// check -x` is an error: clap takes `-x` for options).
#[test]
fn the_check_a_warning_names_pasted_lists_the_warning() {
    let (tmp, dir) = portfolio();
    let cwd = tmp.path();
    fs::write(dir.join("posts/mood.md"), "+++\ntitle = \"M\"\nsummary = \"S.\"\norder = 9\nmood = \"x\"\n+++\n")
        .expect("write");
    let dashed = cwd.join("-my portfolio");
    fs::rename(&dir, &dashed).expect("rename");
    for (given, command) in [
        (arg(&dashed), format!("dryga check {}", shell_quote(&arg(&dashed)))),
        ("-my portfolio".to_owned(), "dryga check './-my portfolio'".to_owned()),
    ] {
        let flag = format!("--content-dir={given}");
        let out = snap([flag.as_str(), "posts"]).current_dir(cwd).assert().success();
        let note = String::from_utf8(out.get_output().stderr.clone()).expect("utf-8");
        assert_eq!(note, format!("dryga: 1 warning in {given}; run {command}\n"));
        let listed = pasted_stdout_in(cwd, &command);
        assert!(listed.ends_with("posts/mood.md:5:1: warning: unknown field `mood` is ignored\n"), "{listed}");
    }
}
