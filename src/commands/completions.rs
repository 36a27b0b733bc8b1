//! Shell completion, dynamic (`clap_complete`'s `CompleteEnv`, as just and jj
//! do): the script `dryga completions SHELL` prints asks `dryga` itself at Tab
//! time (`COMPLETE=SHELL dryga -- WORDS…`), so slugs, tags and domains come
//! from the content in use then — the bundled one, `--content-dir` on the line
//! being completed, or `DRYGA_CONTENT_DIR` — and `posts --tag` offers only the
//! tags posts carry.

use std::ffi::{OsStr, OsString};
use std::path::PathBuf;

use clap::{Command, CommandFactory};
use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};
use clap_complete::env::{Bash, Elvish, EnvCompleter, Fish, Powershell, Shells, Zsh};

use crate::cli::{Cli, Shell};
use crate::content::{self, Corpus, Kind, domain};

/// The variable that asks `dryga` for completions instead of running.
pub const VAR: &str = "COMPLETE";

/// A shell's completer, with one habit of ours: flags are offered once a `-`
/// is typed, not at an empty word (`dryga search <Tab>` inserts no lone `-`;
/// `dryga check <Tab>` offers folders only).
struct FlagsAfterDash(&'static dyn EnvCompleter);

/// Hides every argument of `cmd` and its subcommands: their candidates then
/// give way to any other.
fn hide_arguments(cmd: &mut Command) {
    let taken = std::mem::take(cmd);
    *cmd = taken.mut_args(|a| a.hide(true)).mut_subcommands(|mut s| {
        hide_arguments(&mut s);
        s
    });
}

impl EnvCompleter for FlagsAfterDash {
    fn name(&self) -> &'static str {
        self.0.name()
    }

    fn is(&self, name: &str) -> bool {
        self.0.is(name)
    }

    fn write_registration(
        &self,
        var: &str,
        name: &str,
        bin: &str,
        completer: &str,
        buf: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        self.0.write_registration(var, name, bin, completer, buf)
    }

    fn write_complete(
        &self,
        cmd: &mut Command,
        args: Vec<OsString>,
        current_dir: Option<&std::path::Path>,
        buf: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        // The word being completed: where the shell says, else the last.
        let index = std::env::var("_CLAP_COMPLETE_INDEX")
            .ok()
            .and_then(|i| i.parse().ok())
            .unwrap_or(args.len().saturating_sub(1));
        if args.get(index).is_none_or(|w| w.is_empty()) {
            let candidates = clap_complete::engine::complete(&mut cmd.clone(), args.clone(), index, current_dir)?;
            if candidates.iter().all(|c| c.get_value().to_string_lossy().starts_with('-')) {
                return Ok(()); // only flags: nothing until a `-` is typed
            }
            hide_arguments(cmd);
        }
        self.0.write_complete(cmd, args, current_dir, buf)
    }
}

/// Answers a completion request and exits, when the shell sent one
/// (`COMPLETE` is set); returns at once otherwise.
pub fn answer_if_asked() {
    let ours = [
        FlagsAfterDash(&Bash),
        FlagsAfterDash(&Zsh),
        FlagsAfterDash(&Fish),
        FlagsAfterDash(&Powershell),
        FlagsAfterDash(&Elvish),
    ];
    let shells: Vec<&dyn EnvCompleter> = ours.iter().map(|s| s as &dyn EnvCompleter).collect();
    clap_complete::CompleteEnv::with_factory(command)
        .var(VAR)
        .bin("dryga")
        .completer("dryga")
        .shells(Shells(&shells))
        .complete();
}

/// The words of the command line being completed (after the `--`).
fn words() -> Vec<OsString> {
    std::env::args_os().skip_while(|a| a != "--").skip(1).collect()
}

/// The value given to the first of `names` on the line being completed.
fn option_value(words: &[OsString], names: &[&str]) -> Option<OsString> {
    words.iter().enumerate().find_map(|(i, w)| {
        let w = w.to_string_lossy();
        names.iter().find_map(|n| match w.strip_prefix(n) {
            Some("") => words.get(i + 1).cloned(),
            Some(rest) => rest.strip_prefix('=').map(OsString::from),
            None => None,
        })
    })
}

/// The content in use on the line being completed; None when it cannot be
/// loaded (completion then offers nothing rather than failing).
fn corpus_now() -> Option<Corpus> {
    let dir = option_value(&words(), &["--content-dir"])
        .or_else(|| std::env::var_os("DRYGA_CONTENT_DIR").filter(|v| !v.is_empty()))
        .map(PathBuf::from);
    content::load(dir.as_deref()).ok().map(|l| l.corpus)
}

/// `candidates` that start with what was typed.
fn starting_with(
    current: &OsStr,
    candidates: impl IntoIterator<Item = CompletionCandidate>,
) -> Vec<CompletionCandidate> {
    let typed = current.to_string_lossy().to_lowercase();
    candidates.into_iter().filter(|c| c.get_value().to_string_lossy().starts_with(&typed)).collect()
}

/// Slugs, with titles as help.
fn slugs(current: &OsStr) -> Vec<CompletionCandidate> {
    let Some(corpus) = corpus_now() else { return Vec::new() };
    starting_with(
        current,
        corpus.items.iter().map(|i| CompletionCandidate::new(&i.slug).help(Some(i.title.clone().into()))),
    )
}

/// Tags carried by the items of `kinds` (None: the kinds `--kind` names on the line, projects by default).
fn tags(current: &OsStr, kinds: Option<&[Kind]>) -> Vec<CompletionCandidate> {
    let Some(corpus) = corpus_now() else { return Vec::new() };
    let from_line: Vec<Kind> = match option_value(&words(), &["--kind", "-k"]).as_deref().and_then(OsStr::to_str) {
        Some("post") => vec![Kind::Post],
        Some("all") => vec![Kind::Project, Kind::Post],
        _ => vec![Kind::Project],
    };
    let kinds = kinds.unwrap_or(&from_line);
    let counts = corpus.tag_counts();
    starting_with(
        current,
        counts
            .into_iter()
            .filter(|(_, p, q)| (kinds.contains(&Kind::Project) && *p > 0) || (kinds.contains(&Kind::Post) && *q > 0))
            .map(|(t, p, q)| {
                CompletionCandidate::new(t)
                    .help(Some(format!("{} item{}", p + q, crate::error::plural_s(p + q)).into()))
            }),
    )
}

/// Domains, with their labels as help.
fn domains(current: &OsStr) -> Vec<CompletionCandidate> {
    starting_with(current, domain::DOMAINS.iter().map(|d| CompletionCandidate::new(d.slug).help(Some(d.label.into()))))
}

/// The command line as completion sees it: the real one, with completers for
/// the values that come from the content.
pub fn command() -> Command {
    let with_tags = |kinds: Option<&'static [Kind]>| {
        move |cmd: Command| {
            cmd.mut_arg("tag", |a| a.add(ArgValueCompleter::new(move |c: &OsStr| tags(c, kinds))))
                .mut_arg("domain", |a| a.add(ArgValueCompleter::new(domains)))
        }
    };
    // Built first: the subcommands' arguments are deferred until then.
    let mut cmd = Cli::command();
    cmd.build();
    names_before_aliases(cmd)
        .mut_subcommand("list", with_tags(None))
        .mut_subcommand("search", with_tags(Some(&[Kind::Project, Kind::Post])))
        .mut_subcommand("posts", |s| {
            s.mut_arg("tag", |a| a.add(ArgValueCompleter::new(|c: &OsStr| tags(c, Some(&[Kind::Post])))))
        })
        .mut_subcommand("show", |s| s.mut_arg("name", |a| a.add(ArgValueCompleter::new(slugs))))
}

/// `cmd` with every subcommand's aliases hidden from completion (still
/// accepted): `clap_complete` keeps the alphabetically first of a subcommand's
/// visible names, so `dryga <Tab>` offered `b`, not `browse`. A hidden alias is
/// offered only when nothing else is (`dryga ls<Tab>` keeps `ls`).
fn names_before_aliases(cmd: Command) -> Command {
    let names: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_owned()).collect();
    names.iter().fold(cmd, |cmd, name| {
        cmd.mut_subcommand(name, |s| {
            let aliases: Vec<String> = s.get_all_aliases().map(str::to_owned).collect();
            aliases.into_iter().fold(s.alias(None), Command::alias)
        })
    })
}

/// The script for `shell`: it registers `dryga` to be asked at Tab time.
pub fn script(shell: Shell) -> String {
    let completer: &dyn EnvCompleter = match shell {
        Shell::Bash => &Bash,
        Shell::Zsh => &Zsh,
        Shell::Fish => &Fish,
        Shell::Powershell => &Powershell,
        Shell::Elvish => &Elvish,
    };
    let mut out = Vec::new();
    // Writing into a Vec cannot fail: io errors come only from the writer.
    let _ = completer.write_registration(VAR, "dryga", "dryga", "dryga", &mut out);
    String::from_utf8_lossy(&out).into_owned()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn option_values_are_read_from_the_line() {
        let words: Vec<OsString> = ["list", "--content-dir", "/x", "--kind=post"].iter().map(OsString::from).collect();
        assert_eq!(option_value(&words, &["--content-dir"]), Some(OsString::from("/x")));
        assert_eq!(option_value(&words, &["--kind", "-k"]), Some(OsString::from("post")));
        assert_eq!(option_value(&words, &["--tag"]), None);
    }

    #[test]
    fn every_shell_gets_a_script_that_calls_dryga_back() {
        for shell in [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::Powershell, Shell::Elvish] {
            let script = script(shell);
            assert!(script.contains("COMPLETE") && script.contains("dryga"), "{shell:?}: {script}");
        }
    }
}
