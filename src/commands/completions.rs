//! `dryga completions`: shell completion scripts from `clap_complete`, with the
//! portfolio's slugs, tags and domains offered as values.

use std::fmt::Write as _;

use clap::builder::PossibleValuesParser;
use clap::{Command, CommandFactory};
use clap_complete::Shell as Target;

use crate::cli::{Cli, Shell};
use crate::content::{Corpus, domain};

/// The command line as completion scripts see it: the real one, with the
/// corpus's slugs for `show`, its tags for `--tag` and the domains for
/// `--domain` as possible values. Only the scripts see these values; the parser
/// still accepts any text (titles, other content folders).
pub fn completion_command(corpus: &Corpus) -> Command {
    let slugs: Vec<String> = corpus.items.iter().map(|i| i.slug.clone()).collect();
    let tags: Vec<String> = corpus.tag_counts().into_iter().map(|(t, ..)| t).collect();
    let domains: Vec<&'static str> = domain::DOMAINS.iter().map(|d| d.slug).collect();
    let with_values = |cmd: Command| {
        let mut cmd = cmd;
        for (arg, values) in [("tag", tags.clone()), ("domain", domains.iter().map(ToString::to_string).collect())] {
            if cmd.get_arguments().any(|a| a.get_id() == arg) {
                cmd = cmd.mut_arg(arg, |a| a.value_parser(PossibleValuesParser::new(values)));
            }
        }
        cmd
    };
    let mut cmd = Cli::command();
    for sub in ["list", "posts", "search"] {
        cmd = cmd.mut_subcommand(sub, with_values);
    }
    cmd.mut_subcommand("show", |s| s.mut_arg("name", |a| a.value_parser(PossibleValuesParser::new(slugs))))
}

/// The script for `shell`.
pub fn script(corpus: &Corpus, shell: Shell) -> String {
    let target = match shell {
        Shell::Bash => Target::Bash,
        Shell::Zsh => Target::Zsh,
        Shell::Fish => Target::Fish,
        Shell::Powershell => Target::PowerShell,
        Shell::Elvish => Target::Elvish,
    };
    let mut cmd = completion_command(corpus);
    let mut out = Vec::new();
    clap_complete::generate(target, &mut cmd, "dryga", &mut out);
    let mut script = String::from_utf8_lossy(&out).into_owned();
    if shell == Shell::Fish {
        // clap_complete's fish script completes option values but not
        // positional ones: offer the slugs to `show` ourselves.
        let slugs: Vec<&str> = corpus.items.iter().map(|i| i.slug.as_str()).collect();
        let _ =
            writeln!(script, "complete -c dryga -n \"__fish_dryga_using_subcommand show\" -f -a '{}'", slugs.join(" "));
    }
    script
}

/// The file name under `completions/` for each shell's script.
pub fn file_name(shell: Shell) -> &'static str {
    match shell {
        Shell::Bash => "dryga.bash",
        Shell::Zsh => "_dryga",
        Shell::Fish => "dryga.fish",
        Shell::Powershell => "_dryga.ps1",
        Shell::Elvish => "dryga.elv",
    }
}
