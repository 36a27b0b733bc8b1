//! Completion scripts: the committed ones in completions/ are exactly what
//! `dryga completions` generates, and they complete what they should.
//! Regenerate with `DRYGA_UPDATE_COMPLETIONS=1 cargo test completions`.

use std::process::Command;

use dryga::cli::Shell;
use dryga::commands::completions::{file_name, script};

use crate::support::{corpus, root, run};

const SHELLS: [Shell; 5] = [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::Powershell, Shell::Elvish];

#[test]
fn committed_scripts_match_the_generated_ones() {
    let corpus = corpus();
    let update = std::env::var_os("DRYGA_UPDATE_COMPLETIONS").is_some();
    for shell in SHELLS {
        let path = root().join("completions").join(file_name(shell));
        let generated = script(&corpus, shell);
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
fn the_binary_prints_the_same_scripts() {
    for shell in [("bash", "dryga.bash"), ("fish", "dryga.fish")] {
        let out = run(["completions", shell.0]);
        assert!(out.status.success());
        let committed = std::fs::read(root().join("completions").join(shell.1)).expect("read");
        assert!(out.stdout == committed, "{} differs", shell.1);
    }
}

/// Asks bash's completion function for the candidates at the end of `line`.
fn bash_complete(line: &str) -> Vec<String> {
    let words: Vec<&str> = line.split(' ').collect();
    let cword = words.len() - 1;
    let prev = if cword > 0 { words[cword - 1] } else { "" };
    let program = format!(
        "source {}/completions/dryga.bash; COMP_WORDS=({}); COMP_CWORD={cword}; COMP_LINE='{line}'; COMP_POINT=${{#COMP_LINE}}; _dryga dryga '{}' '{prev}'; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        root().display(),
        words.iter().map(|w| format!("'{w}'")).collect::<Vec<_>>().join(" "),
        words[cword],
    );
    let out = Command::new("bash").args(["--norc", "-c", &program]).output().expect("bash runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).lines().map(str::to_owned).collect()
}

#[test]
fn bash_completes_slugs_tags_domains_and_formats() {
    assert_eq!(bash_complete("dryga show bl"), ["blitz"]);
    assert!(bash_complete("dryga show ").contains(&"trubrain".to_owned()));
    assert_eq!(bash_complete("dryga list --tag elix"), ["elixir"]);
    assert_eq!(bash_complete("dryga list --domain fin"), ["fintech"]);
    let formats = bash_complete("dryga show blitz --format ");
    assert_eq!(formats, ["text", "markdown", "json"]);
    assert!(bash_complete("dryga s").iter().any(|c| c == "search"));
}

/// zsh and fish check their scripts' syntax. Opt-in: `.ci/run` installs both.
#[test]
#[ignore = "needs zsh and fish"]
fn zsh_and_fish_accept_their_scripts() {
    for (shell, file) in [("zsh", "completions/_dryga"), ("fish", "completions/dryga.fish")] {
        let out =
            Command::new(shell).arg("-n").arg(root().join(file)).output().unwrap_or_else(|e| panic!("{shell}: {e}"));
        assert!(out.status.success(), "{shell} -n {file}: {}", String::from_utf8_lossy(&out.stderr));
    }
}
