//! Completion: the committed scripts in completions/ are exactly what
//! `dryga completions SHELL` prints, and, asked at Tab time, `dryga` offers
//! what each place wants, from the content in use then.
//! Regenerate the scripts with `DRYGA_UPDATE_COMPLETIONS=1 cargo test completions`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use dryga::cli::Shell;
use dryga::commands::completions::{file_name, script};
use dryga::render::shell_quote;

use crate::support::{BIN, Tmux, arg, clean_env, root, run, temp_dir};

const SHELLS: [Shell; 5] = [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::Powershell, Shell::Elvish];

#[test]
fn committed_scripts_match_the_generated_ones() {
    let update = std::env::var_os("DRYGA_UPDATE_COMPLETIONS").is_some();
    for shell in SHELLS {
        let path = root().join("completions").join(file_name(shell));
        let generated = script(shell);
        if update {
            std::fs::write(&path, &generated).expect("write");
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "{} is out of date: run `DRYGA_UPDATE_COMPLETIONS=1 cargo test completions`",
            path.display()
        );
    }
}

#[test]
fn the_binary_prints_the_same_scripts_and_never_reads_the_content() {
    for (shell, file) in [("bash", "dryga.bash"), ("zsh", "_dryga"), ("fish", "dryga.fish")] {
        // A broken content folder changes nothing: the script reads no content.
        let out = crate::support::dryga(["completions", shell]).env("DRYGA_CONTENT_DIR", "/nonexistent").output();
        let out = out.expect("run");
        assert!(out.status.success() && out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
        let committed = std::fs::read(root().join("completions").join(file)).expect("read");
        assert!(out.stdout == committed, "{file} differs");
    }
    assert!(run(["completions", "bash"]).stdout.starts_with(b"\n_clap_complete_dryga"));
}

/// The folder of the binary, for a `PATH` on which the scripts find `dryga`.
fn bin_dir() -> PathBuf {
    PathBuf::from(BIN).parent().expect("the binary's folder").to_owned()
}

/// Asks bash's completion function for the candidates at the end of `line`
/// (a trailing space means an empty word), with `env` set.
fn bash_complete(line: &str, env: &[(&str, &str)]) -> Vec<String> {
    bash_complete_in(&root(), line, env)
}

/// [`bash_complete`] in the folder `dir`.
fn bash_complete_in(dir: &Path, line: &str, env: &[(&str, &str)]) -> Vec<String> {
    let mut words: Vec<&str> = line.split(' ').collect();
    if words.last() == Some(&"") {
        words.pop();
        words.push("");
    }
    let cword = words.len() - 1;
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let program = format!(
        "source {}/completions/dryga.bash; COMP_WORDS=({}); COMP_CWORD={cword}; COMP_LINE='{line}'; COMP_POINT=${{#COMP_LINE}}; _clap_complete_dryga dryga '{}' '{}'; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        root().display(),
        quoted.join(" "),
        words[cword],
        words.get(cword.wrapping_sub(1)).unwrap_or(&""),
    );
    let path = format!("{}:{}", bin_dir().display(), std::env::var("PATH").unwrap_or_default());
    let mut cmd = Command::new("bash");
    clean_env(&mut cmd).args(["--norc", "-c", &program]).env("PATH", path).current_dir(dir);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("bash runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).lines().filter(|l| !l.is_empty()).map(str::to_owned).collect()
}

#[test]
fn bash_completes_slugs_tags_domains_and_formats_from_the_content() {
    assert_eq!(bash_complete("dryga show bl", &[]), ["blitz"]);
    assert!(bash_complete("dryga show ", &[]).contains(&"trubrain".to_owned()));
    assert_eq!(bash_complete("dryga list --tag elix", &[]), ["elixir"]);
    assert_eq!(bash_complete("dryga list --domain fin", &[]), ["fintech"]);
    assert_eq!(bash_complete("dryga show blitz --format ", &[]), ["text", "markdown", "json"]);
    assert!(bash_complete("dryga s", &[]).iter().any(|c| c == "search"));
    // Values match their place: posts' tags for `posts --tag`.
    let post_tags = bash_complete("dryga posts --tag ", &[]);
    assert!(post_tags.contains(&"blockchain".to_owned()) && !post_tags.contains(&"vpn".to_owned()), "{post_tags:?}");
    assert!(bash_complete("dryga list --tag ", &[]).contains(&"vpn".to_owned()));
}

/// `show SLUG --section` offers the sections of that item, each by one
/// word `--section` takes (a heading's fewest first words that name it
/// alone, when one; else another of its words that does: `Ask` for "The
/// Ask"), whatever comes between; nothing before an item is named, or for
/// one that is no item. Every one of Blitz's 16 sections is offered, and
/// each word offered shows its section.
#[test]
fn show_s_section_completes_the_item_s_sections() {
    let all = bash_complete("dryga show blitz --section ", &[]);
    assert!(all.contains(&"DataBricks".to_owned()), "{all:?}");
    for word in ["Ask", "Numbers", "Learned", "Backend"] {
        assert!(all.contains(&word.to_owned()), "{word}: {all:?}");
    }
    let blitz = std::fs::read_to_string(root().join("content/projects/blitz.md")).expect("blitz.md");
    let headings: Vec<&str> =
        blitz.lines().filter_map(|l| l.strip_prefix('#')).map(|l| l.trim_start_matches('#').trim()).collect();
    assert_eq!((headings.len(), all.len()), (16, 16), "{all:?}");
    // Asked as fish asks, each word comes with its heading: the section
    // that word shows is that one.
    let mut fish = Command::new(BIN);
    clean_env(&mut fish).env("COMPLETE", "fish").args(["--", "dryga", "show", "blitz", "--section", ""]);
    let out = fish.output().expect("run");
    let pairs = String::from_utf8(out.stdout).expect("UTF-8");
    let pairs: Vec<(&str, &str)> = pairs.lines().filter_map(|l| l.split_once('\t')).collect();
    assert_eq!(pairs.iter().map(|(word, _)| word.to_string()).collect::<Vec<_>>(), all);
    for (word, heading) in pairs {
        assert!(headings.contains(&heading), "{heading}");
        let shown = crate::support::stdout(["show", "blitz", "--section", word, "--color", "never"]);
        let title = shown.lines().find(|l| headings.contains(&l.trim_start_matches("▸ ")));
        assert_eq!(title.map(|t| t.trim_start_matches("▸ ")), Some(heading), "{word}:\n{shown}");
    }
    assert_eq!(bash_complete("dryga show blitz --section DataBr", &[]), ["DataBricks"]);
    assert_eq!(bash_complete("dryga show --width 80 blitz --color never --section databr", &[]), ["DataBricks"]);
    assert!(bash_complete("dryga show --section ", &[]).is_empty());
    assert!(bash_complete("dryga show nosuchitem --section ", &[]).is_empty());
    assert!(all.iter().all(|c| !c.contains(' ')), "{all:?}");
}

/// `show` takes a title's words unquoted: the sections offered are those of
/// the item all its words name, and a slug is offered for the first word
/// only (`show blitz firezone` would be one name, naming nothing).
#[test]
#[ignore = "needs bash"]
fn show_s_words_name_one_item_for_completion() {
    let tmp = crate::support::folder_of_projects();
    let write = |path: &str, text: &str| std::fs::write(tmp.path().join(path), text).expect("write");
    let item = |title: &str, heading: &str| {
        format!(
            "+++\ntitle = \"{title}\"\nsummary = \"S.\"\ndomain = \"web\"\norder = 1\n+++\n\n## {heading}\n\nText.\n"
        )
    };
    write("projects/data-platform.md", &item("Data Platform", "Ingestion"));
    write("projects/data.md", &item("Data", "Storage"));
    let complete = |line: &str| bash_complete_in(tmp.path(), &line.replace("dryga ", "dryga --content-dir . "), &[]);
    assert_eq!(complete("dryga show data platform --section "), ["Ingestion"]);
    assert_eq!(complete("dryga show data --section "), ["Storage"]);
    assert_eq!(complete("dryga show da"), ["data", "data-platform"]);
    // After a first word, the next word of the titles it begins (a
    // black-box tester: nothing was offered), never a slug.
    assert_eq!(complete("dryga show data "), ["Platform"]);
    assert_eq!(complete("dryga show data pl"), ["Platform"]);
    assert!(complete("dryga show data platform ").is_empty());
    assert!(bash_complete("dryga show blitz ", &[]).is_empty());
    assert_eq!(bash_complete("dryga show best w", &[]), ["Wallet"]);
}

/// bash splits `--tag=eli` at its `=` (`COMP_WORDBREAKS`): the value after
/// it is completed as the option's (nothing was offered), and `--tag=`
/// with nothing after is offered `=` and each value, which bash puts in
/// place of its word `=`.
#[test]
fn bash_completes_an_option_s_value_after_its_equals_sign() {
    assert_eq!(bash_complete("dryga list --tag = elix", &[]), ["elixir"]);
    assert_eq!(bash_complete("dryga list --domain = fin", &[]), ["fintech"]);
    let after = bash_complete("dryga list --tag =", &[]);
    assert!(after.contains(&"=elixir".to_owned()) && after.iter().all(|c| c.starts_with('=')), "{after:?}");
    assert_eq!(bash_complete("dryga show blitz --format = mark", &[]), ["markdown"]);
}

#[test]
fn subcommands_are_offered_by_their_names_not_their_aliases() {
    let all = bash_complete("dryga ", &[]);
    for name in ["list", "browse", "search", "man"] {
        assert!(all.contains(&name.to_owned()), "{name} missing: {all:?}");
    }
    assert!(!all.contains(&"b".to_owned()) && !all.contains(&"ls".to_owned()), "{all:?}");
    assert_eq!(bash_complete("dryga b", &[]), ["browse"]);
    assert_eq!(bash_complete("dryga l", &[]), ["list"]);
    // A whole alias typed is still completed as itself.
    assert_eq!(bash_complete("dryga ls", &[]), ["ls"]);
}

#[test]
fn free_text_and_numbers_get_nothing_and_folders_get_folders() {
    for line in ["dryga search ", "dryga resume ", "dryga list --limit ", "dryga show blitz --width "] {
        assert!(bash_complete(line, &[]).is_empty(), "{line}: {:?}", bash_complete(line, &[]));
    }
    let folders = bash_complete("dryga check ", &[]);
    assert!(folders.contains(&"content/".to_owned()), "{folders:?}");
    assert!(folders.iter().all(|f| !f.starts_with('-') && (f.ends_with('/') || f == ".")), "{folders:?}");
    // Flags once a dash is typed.
    assert!(bash_complete("dryga search --", &[]).contains(&"--regex".to_owned()));
    assert!(bash_complete("dryga search -", &[]).contains(&"-e".to_owned()));
}

/// A folder whose name bash reads (a space, a quote) is offered escaped,
/// as bash's own file completion writes it: bash inserts a completion as
/// it is, and `--content-dir sp<Tab>` made `sp ace/`, two words.
#[test]
fn a_folder_bash_would_split_is_offered_escaped() {
    let tmp = temp_dir();
    for name in ["sp ace", "it's", "plain"] {
        fs::create_dir(tmp.path().join(name)).expect("mkdir");
    }
    for line in ["dryga --content-dir sp", "dryga check sp", "dryga list --content-dir sp"] {
        assert_eq!(bash_complete_in(tmp.path(), line, &[]), ["sp\\ ace/"], "{line}");
    }
    assert_eq!(bash_complete_in(tmp.path(), "dryga check it", &[]), ["it\\'s/"]);
    assert_eq!(bash_complete_in(tmp.path(), "dryga check pl", &[]), ["plain/"]);
    // After an opening quote, bash inserts the value inside the quotes: as
    // it is (escaped, `'sp\ ace/'` named another folder). The registration
    // gives the word as typed, quote and all.
    assert!(
        dryga::commands::completions::script(Shell::Bash).contains("_DRYGA_COMP_WORD=\"${COMP_WORDS[COMP_CWORD]}\"")
    );
    for (typed, word) in [("'sp", "sp"), ("\"sp", "sp"), ("sp", "sp")] {
        let mut cmd = crate::support::dryga(["--", "dryga", "check", word]);
        cmd.current_dir(tmp.path())
            .env("COMPLETE", "bash")
            .env("_CLAP_COMPLETE_INDEX", "2")
            .env("_DRYGA_COMP_WORD", typed);
        let out = cmd.output().expect("the binary runs");
        let offered = String::from_utf8_lossy(&out.stdout).into_owned();
        let wanted = if typed.starts_with(['\'', '"']) { "sp ace/" } else { "sp\\ ace/" };
        assert_eq!(offered, wanted, "{typed}");
    }
    // Inserted so, the word is the folder's name: bash reads it back as one word.
    let out = Command::new("bash").args(["--norc", "-c", "printf '%s|' sp\\ ace/ it\\'s/"]).output().expect("bash");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "sp ace/|it's/|");
}

#[test]
fn the_content_in_use_at_tab_time_is_the_one_completed() {
    let tmp = temp_dir();
    dryga::synth::write_dir(tmp.path(), 3, 5).expect("a generated folder");
    let theirs = bash_complete(&format!("dryga --content-dir {} show ", arg(tmp.path())), &[]);
    assert_eq!(theirs.len(), 3, "{theirs:?}");
    assert!(!theirs.contains(&"blitz".to_owned()));
    let from_env = bash_complete("dryga show ", &[("DRYGA_CONTENT_DIR", &arg(tmp.path()))]);
    assert_eq!(from_env, theirs);
    // A folder that cannot be read: nothing to offer, and no error.
    assert!(bash_complete("dryga show ", &[("DRYGA_CONTENT_DIR", "/nonexistent")]).is_empty());
}

/// What `dryga` offers when `shell` asks for the last of `words` (as the
/// shell passes them after `dryga --`) with `env` set: the candidates'
/// values, without their help.
fn ask(shell: &str, words: &[&str], env: &[(&str, &str)]) -> Vec<String> {
    let mut cmd = crate::support::dryga(["--", "dryga"]);
    cmd.args(words).env("COMPLETE", shell).env("_CLAP_IFS", "\n").env("_CLAP_COMPLETE_INDEX", words.len().to_string());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("the binary runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    let value = |l: &str| l.split(if shell == "zsh" { ':' } else { '\t' }).next().unwrap_or_default().to_owned();
    text.lines().filter(|l| !l.is_empty()).map(value).collect()
}

/// A folder of three items whose path needs quoting (a space, a quote),
/// under a temporary home folder; the home and the folder.
fn a_folder_named_to_be_quoted() -> (tempfile::TempDir, PathBuf) {
    let home = temp_dir();
    let dir = home.path().join("my dir").join("it's");
    dryga::synth::write_dir(&dir, 3, 5).expect("a generated folder");
    (home, dir)
}

#[test]
fn a_content_dir_typed_quoted_escaped_or_from_home_is_the_one_completed() {
    let (home, dir) = a_folder_named_to_be_quoted();
    let home_dir = arg(home.path());
    let home_var = [("HOME", home_dir.as_str())];
    let theirs = ask("fish", &["--content-dir", &arg(&dir), "show", ""], &[]);
    assert_eq!(theirs.len(), 3, "{theirs:?}");
    // bash and zsh pass the words as typed: quoted, escaped, with `~`.
    let path = arg(&dir);
    let quoted = shell_quote(&path);
    let doubled = format!("\"{path}\"");
    let escaped = path.replace(' ', "\\ ").replace('\'', "\\'");
    let from_home = "~/my\\ dir/\"it's\"";
    for shell in ["bash", "zsh"] {
        for typed in [&quoted, &doubled, &escaped, from_home] {
            let offered = ask(shell, &["--content-dir", typed, "show", ""], &home_var);
            assert_eq!(offered, theirs, "{shell}: --content-dir {typed}");
            // After the command too.
            assert_eq!(
                ask(shell, &["show", "--content-dir", typed, ""], &home_var),
                theirs,
                "{shell}: show --content-dir {typed}"
            );
        }
    }
    // `--content-dir=…`: one word in zsh; bash splits it at the `=`.
    assert_eq!(ask("zsh", &[&format!("--content-dir={quoted}"), "show", ""], &[]), theirs);
    assert_eq!(ask("bash", &["--content-dir", "=", &quoted, "show", ""], &[]), theirs);
    // fish passes the words unquoted, `~` as typed: nothing is undone twice.
    assert_eq!(ask("fish", &["--content-dir", "~/my dir/it's", "show", ""], &home_var), theirs);
    // The variable's value is the folder's name as it is.
    assert_eq!(ask("bash", &["show", ""], &[("DRYGA_CONTENT_DIR", &path)]), theirs);
}

/// zsh and fish check their scripts' syntax, and fish completes through
/// `dryga` itself, also from a `--content-dir` typed quoted, escaped or from
/// `~`. Opt-in: `.ci/run` installs both.
#[test]
#[ignore = "needs zsh and fish"]
fn zsh_and_fish_accept_their_scripts_and_fish_completes() {
    for (shell, file) in [("zsh", "completions/_dryga"), ("fish", "completions/dryga.fish")] {
        let out =
            Command::new(shell).arg("-n").arg(root().join(file)).output().unwrap_or_else(|e| panic!("{shell}: {e}"));
        assert!(out.status.success(), "{shell} -n {file}: {}", String::from_utf8_lossy(&out.stderr));
    }
    let path = format!("{}:{}", bin_dir().display(), std::env::var("PATH").unwrap_or_default());
    let (home, dir) = a_folder_named_to_be_quoted();
    let fish = |line: &str| {
        // The line as fish's own argument: fish quotes otherwise than a POSIX shell.
        let program = format!("source {}/completions/dryga.fish; complete -C\"$argv[1]\"", root().display());
        let mut cmd = Command::new("fish");
        clean_env(&mut cmd).args(["--no-config", "-c", &program, line]).env("PATH", &path).env("HOME", home.path());
        let out = cmd.output().expect("fish runs");
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        text.lines().map(|l| l.split('\t').next().unwrap_or_default().to_owned()).collect::<Vec<_>>()
    };
    let offered = fish("dryga show bl");
    assert!(offered.iter().any(|l| l == "blitz"), "fish offered: {offered:?}");
    let theirs = ask("fish", &["--content-dir", &arg(&dir), "show", ""], &[]);
    let quoted = shell_quote(&arg(&dir));
    for typed in [quoted.as_str(), "~/my\\ dir/it\\'s", "~/'my dir'/\"it's\""] {
        let line = format!("dryga --content-dir {typed} show ");
        assert_eq!(fish(&line), theirs, "fish: {line}");
    }
}

/// bash and zsh on a terminal, as a user finds them: tmux types a line with a
/// `--content-dir` quoted, escaped or from `~` (or after `=`), then Tab, and
/// `capture-pane` reads the folder's slugs listed. Opt-in: `.ci/run`
/// installs tmux and zsh.
#[test]
#[ignore = "needs tmux and zsh"]
fn bash_and_zsh_on_a_terminal_complete_from_a_quoted_content_dir() {
    let scripts = root().join("completions");
    for (shell, setup) in [
        ("bash --norc --noprofile", format!("source {}", arg(&scripts.join("dryga.bash")))),
        ("zsh -f", format!("autoload -Uz compinit && compinit -u -D && source {}", arg(&scripts.join("_dryga")))),
    ] {
        let t = Tmux::start_shell(160, 40, &format!("env PATH={}:/usr/bin:/bin {shell}", arg(&bin_dir())));
        let dir = t.home().join("my dir").join("it's");
        dryga::synth::write_dir(&dir, 3, 5).expect("a generated folder");
        let theirs = ask("fish", &["--content-dir", &arg(&dir), "show", ""], &[]);
        let theirs: Vec<&str> = theirs.iter().map(String::as_str).collect();
        t.line(&format!("{setup} && echo ready-$((1+1))"));
        t.wait_for("ready-2");
        let quoted = shell_quote(&arg(&dir));
        for typed in [
            format!(" {quoted}"),
            format!("={quoted}"),
            format!(" \"{}\"", arg(&dir)),
            " ~/my\\ dir/it\\'s".to_owned(),
            " ~/'my dir'/\"it's\"".to_owned(),
        ] {
            // An empty line on a clean screen, so that what is listed is this line's.
            t.keys(&["C-u", "C-l"]);
            t.wait_until("a clean screen", |s| theirs.iter().all(|slug| !s.contains(slug)));
            t.run(&["send-keys", "-t", "t", "-l", &format!("dryga --content-dir{typed} show ")]);
            // The slugs' common start, then the list (bash lists on the Tab after one that adds nothing).
            t.keys(&["Tab", "Tab", "Tab"]);
            t.wait_for_all(&theirs);
        }
    }
}
