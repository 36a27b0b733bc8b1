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
        if self.0.name() != "bash" {
            return self.0.write_registration(var, name, bin, completer, buf);
        }
        // bash's: the word being completed also as typed, its quote and all
        // (the function is given it without): a value inserted after an
        // opening quote is not escaped ([`write_bash`]).
        let mut script = Vec::new();
        self.0.write_registration(var, name, bin, completer, &mut script)?;
        let script = String::from_utf8_lossy(&script);
        let ifs = "_CLAP_IFS=\"$IFS\" \\\n";
        let typed = format!("{ifs}        {TYPED_WORD}=\"${{COMP_WORDS[COMP_CWORD]}}\" \\\n");
        buf.write_all(script.replacen(ifs, &typed, 1).as_bytes())
    }

    fn write_complete(
        &self,
        cmd: &mut Command,
        args: Vec<OsString>,
        current_dir: Option<&std::path::Path>,
        buf: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        TYPED_NOW.get_or_init(|| Typed::by(self.0.name()));
        // The word being completed: where the shell says, else the last.
        let index = std::env::var("_CLAP_COMPLETE_INDEX")
            .ok()
            .and_then(|i| i.parse().ok())
            .unwrap_or(args.len().saturating_sub(1));
        let bash = self.0.name() == "bash";
        if bash {
            if let Some((args, index, before)) = bash_option_value(&args, index) {
                let candidates = clap_complete::engine::complete(&mut cmd.clone(), args, index, current_dir)?;
                return write_bash(&candidates, before, buf);
            }
        }
        if args.get(index).is_none_or(|w| w.is_empty()) {
            let candidates = clap_complete::engine::complete(&mut cmd.clone(), args.clone(), index, current_dir)?;
            if candidates.iter().all(|c| c.get_value().to_string_lossy().starts_with('-')) {
                return Ok(()); // only flags: nothing until a `-` is typed
            }
            hide_arguments(cmd);
        }
        if bash {
            let candidates = clap_complete::engine::complete(cmd, args, index, current_dir)?;
            return write_bash(&candidates, "", buf);
        }
        self.0.write_complete(cmd, args, current_dir, buf)
    }
}

/// The variable bash's registration gives the word being completed in, as
/// typed.
const TYPED_WORD: &str = "_DRYGA_COMP_WORD";

/// Writes `candidates` as `clap_complete`'s bash answers (the values, one a
/// field, after `before`), each escaped as bash must be given it: bash
/// inserts a completion as it is, and `--content-dir sp<Tab>` made `sp
/// ace/` of the folder "sp ace", two words. Not after an opening quote
/// (`'sp<Tab>`), where bash inserts the value inside the quotes.
fn write_bash(candidates: &[CompletionCandidate], before: &str, buf: &mut dyn std::io::Write) -> std::io::Result<()> {
    let ifs = std::env::var("_CLAP_IFS").unwrap_or_else(|_| "\n".to_owned());
    let quoted = std::env::var(TYPED_WORD).is_ok_and(|typed| typed.starts_with(['\'', '"']));
    let values: Vec<String> = candidates
        .iter()
        .map(|c| {
            let value = c.get_value().to_string_lossy();
            if quoted { format!("{before}{value}") } else { format!("{before}{}", bash_escaped(&value)) }
        })
        .collect();
    write!(buf, "{}", values.join(&ifs))
}

/// `value` as one word of a bash line: a blank, a quote or another
/// character the shell reads has a backslash before it (`sp\ ace/`), as
/// bash's own file completion writes it; a `#` too where it would start a
/// comment. A `~` is left for the shell to expand.
fn bash_escaped(value: &str) -> std::borrow::Cow<'_, str> {
    const READ: &str = " \t'\"\\$`!&;|<>()*?[]{}";
    if !value.contains(|c| READ.contains(c)) && !value.starts_with('#') {
        return value.into();
    }
    let mut out = String::with_capacity(value.len() + 4);
    for (i, c) in value.char_indices() {
        if READ.contains(c) || (i == 0 && c == '#') {
            out.push('\\');
        }
        out.push(c);
    }
    out.into()
}

/// The words of a bash line whose word being completed is an option's value
/// given after `=` (`--tag=eli`, which bash splits at its `=` into `--tag`,
/// `=`, `eli`, and `clap_complete` reads as three words: it offered
/// nothing), as the option and its value, with the index of the value and
/// what bash's word holds before it (`=` when the word is the `=` itself,
/// `--tag=` typed with nothing after: bash puts a candidate in its place).
/// `None` for any other word.
fn bash_option_value(args: &[OsString], index: usize) -> Option<(Vec<OsString>, usize, &'static str)> {
    let option = |i: usize| args.get(i).is_some_and(|w| w.to_string_lossy().starts_with('-'));
    let mut args = args.to_vec();
    if index >= 2 && args.get(index - 1).is_some_and(|w| w == "=") && option(index - 2) {
        args.remove(index - 1);
        return Some((args, index - 1, ""));
    }
    if index >= 1 && args.get(index).is_some_and(|w| w == "=") && option(index - 1) {
        args[index] = OsString::new();
        return Some((args, index, "="));
    }
    None
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

/// How the shell asking for completions passes the words of the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Typed {
    /// As typed, quotes and all (bash, zsh): `'/a/my dir'`, `~/x`; bash also
    /// splits `--opt=value` into `--opt`, `=`, `value`.
    AsIs,
    /// Unquoted, with a leading `~` as typed (fish's `commandline --tokenize`).
    Unquoted,
    /// As the command will receive them (PowerShell and Elvish evaluate the line).
    Values,
}

/// How the shell asking now passes the words: set once it is known
/// (`FlagsAfterDash::write_complete`; `clap_complete` removes `COMPLETE` from
/// the environment before that).
static TYPED_NOW: std::sync::OnceLock<Typed> = std::sync::OnceLock::new();

impl Typed {
    /// How the shell named `name` (`COMPLETE=NAME`) passes the words.
    fn by(name: &str) -> Typed {
        match name {
            "bash" | "zsh" => Typed::AsIs,
            "fish" => Typed::Unquoted,
            _ => Typed::Values,
        }
    }

    /// How the shell asking now passes the words.
    fn now() -> Typed {
        TYPED_NOW.get().copied().unwrap_or(Typed::Values)
    }

    /// What the command will receive for `word`, typed as an argument of its
    /// own (`own`: a leading `~` or `~/` is then `home`, as the shell expands
    /// it; not after `--opt=`) or after an option's `=`. `~user` and
    /// variables are kept as typed.
    fn value(self, word: &OsStr, own: bool, home: Option<&OsStr>) -> OsString {
        let Some(typed) = word.to_str().filter(|_| self != Typed::Values) else { return word.to_owned() };
        let unquote = |w: &str| if self == Typed::AsIs { crate::render::shell_unquote(w) } else { w.to_owned() };
        match (typed.strip_prefix('~'), home.filter(|h| own && !h.is_empty())) {
            (Some(rest), Some(home)) if rest.is_empty() || rest.starts_with('/') => {
                let mut path = home.to_owned();
                path.push(unquote(rest));
                path
            }
            _ => unquote(typed).into(),
        }
    }
}

/// The value given to the first of `names` on the line being completed, as
/// the command will receive it from the shell that passed `words` as `typed`.
fn option_value(words: &[OsString], names: &[&str], typed: Typed, home: Option<&OsStr>) -> Option<OsString> {
    words.iter().enumerate().find_map(|(i, w)| {
        let w = w.to_string_lossy();
        names.iter().find_map(|n| match w.strip_prefix(n) {
            // bash's `--opt=value`, split at its `=` (COMP_WORDBREAKS).
            Some("") if typed == Typed::AsIs && words.get(i + 1).is_some_and(|e| e == "=") => {
                words.get(i + 2).map(|v| typed.value(v, false, home))
            }
            Some("") => words.get(i + 1).map(|v| typed.value(v, true, home)),
            Some(rest) => rest.strip_prefix('=').map(|v| typed.value(OsStr::new(v), false, home)),
            None => None,
        })
    })
}

/// The value given to the first of `names` on the line being completed now.
fn option_value_now(names: &[&str]) -> Option<OsString> {
    option_value(&words(), names, Typed::now(), std::env::var_os("HOME").as_deref())
}

/// The content in use on the line being completed; None when it cannot be
/// loaded (completion then offers nothing rather than failing).
fn corpus_now() -> Option<Corpus> {
    let dir = option_value_now(&["--content-dir"])
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

/// Slugs, with titles as help; after a name's first word, the next word
/// of the titles that begin with the words typed (`show best <Tab>`:
/// `Wallet`), not a slug, which would make `show blitz firezone`, one
/// name that names nothing.
fn slugs(current: &OsStr) -> Vec<CompletionCandidate> {
    let Some(corpus) = corpus_now() else { return Vec::new() };
    if let Some(named) = show_words(&words()).filter(|named| named.len() > 1) {
        let typed: Vec<String> = named[..named.len() - 1].iter().map(|w| w.to_string_lossy().to_lowercase()).collect();
        return next_title_words(&corpus, &typed, current);
    }
    starting_with(
        current,
        corpus.items.iter().map(|i| CompletionCandidate::new(&i.slug).help(Some(i.title.clone().into()))),
    )
}

/// The word after `typed` (lowercase) of each title that begins with
/// them, as the title writes it, with the title as help; once each, and
/// none a shell would read otherwise (`Team's`).
fn next_title_words(corpus: &Corpus, typed: &[String], current: &OsStr) -> Vec<CompletionCandidate> {
    let plain = crate::render::shell_plain;
    let mut seen: Vec<String> = Vec::new();
    let mut found = Vec::new();
    for item in &corpus.items {
        let title: Vec<&str> = crate::query::search::tokens(&item.title).map(|(_, word)| word).collect();
        let begins = title.len() > typed.len() && title.iter().zip(typed).all(|(w, t)| w.to_lowercase() == *t);
        let Some(next) = title.get(typed.len()).filter(|next| begins && plain(next)) else { continue };
        if !seen.contains(&next.to_lowercase()) {
            seen.push(next.to_lowercase());
            found.push(CompletionCandidate::new(*next).help(Some(item.title.clone().into())));
        }
    }
    let current = current.to_string_lossy().to_lowercase();
    found.into_iter().filter(|c| c.get_value().to_string_lossy().to_lowercase().starts_with(&current)).collect()
}

/// The options of `show` that take a value (the next word, unless given
/// with `=`): what [`shown_item`] steps over.
const SHOW_VALUES: [&str; 6] = ["--format", "-f", "--width", "--color", "--content-dir", "--section"];

/// The item `show` names on the line being completed: its words after
/// `show` that are no option nor an option's value ([`show_words`]), as
/// slug or title.
fn shown_item(corpus: &Corpus) -> Option<&crate::content::Item> {
    let name: Vec<String> = show_words(&words())?.iter().map(|w| w.to_string_lossy().into_owned()).collect();
    crate::query::lookup::resolve(corpus, &name.join(" ")).ok()
}

/// The words after `show` on the line `words` that are no option nor an
/// option's value, as the command will receive them (the last one is
/// the word being completed, when it is one of them); `None` without `show`.
fn show_words(words: &[OsString]) -> Option<Vec<OsString>> {
    let typed = Typed::now();
    let at = words.iter().position(|w| w == "show")?;
    let mut rest = words[at + 1..].iter();
    let mut named = Vec::new();
    while let Some(word) = rest.next() {
        let text = word.to_string_lossy();
        if SHOW_VALUES.contains(&text.as_ref()) {
            // bash passes `--opt=value` as `--opt`, `=`, `value`.
            if rest.next().is_some_and(|w| w == "=") {
                rest.next();
            }
            continue;
        }
        if text.starts_with('-') {
            continue;
        }
        named.push(typed.value(word, true, None));
    }
    Some(named)
}

/// The sections of the item `show` names on the line, each by one word
/// that names it alone (what `--section` takes: the fewest first words of
/// its heading when that is one, else the first word of it that does),
/// with the heading as help. A section no one word names is left out (a
/// name of several would reach bash unquoted, as words of their own).
fn sections(current: &OsStr) -> Vec<CompletionCandidate> {
    let Some(corpus) = corpus_now() else { return Vec::new() };
    let Some(item) = shown_item(&corpus) else { return Vec::new() };
    let headings = crate::query::section::outline(&item.body);
    let typed = current.to_string_lossy().to_lowercase();
    let mut seen = Vec::new();
    headings
        .iter()
        .filter_map(|h| Some((crate::query::section::one_word_name(&headings, h)?, h)))
        .filter(|(name, _)| name.to_lowercase().starts_with(&typed))
        .filter(|(name, _)| {
            let new = !seen.contains(name);
            seen.push(name.clone());
            new
        })
        .map(|(name, h)| CompletionCandidate::new(name).help(Some(h.title.clone().into())))
        .collect()
}

/// Tags carried by the items of `kinds` (None: the kinds `--kind` names on the line, projects by default).
fn tags(current: &OsStr, kinds: Option<&[Kind]>) -> Vec<CompletionCandidate> {
    let Some(corpus) = corpus_now() else { return Vec::new() };
    let from_line: Vec<Kind> = match option_value_now(&["--kind", "-k"]).as_deref().and_then(OsStr::to_str) {
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
        .mut_subcommand("show", |s| {
            s.mut_arg("name", |a| a.add(ArgValueCompleter::new(slugs)))
                .mut_arg("section", |a| a.add(ArgValueCompleter::new(sections)))
        })
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
    let completer: &'static dyn EnvCompleter = match shell {
        Shell::Bash => &Bash,
        Shell::Zsh => &Zsh,
        Shell::Fish => &Fish,
        Shell::Powershell => &Powershell,
        Shell::Elvish => &Elvish,
    };
    let mut out = Vec::new();
    // Writing into a Vec cannot fail: io errors come only from the writer.
    let _ = FlagsAfterDash(completer).write_registration(VAR, "dryga", "dryga", "dryga", &mut out);
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

    fn line(words: &[&str]) -> Vec<OsString> {
        words.iter().map(OsString::from).collect()
    }

    #[test]
    fn option_values_are_read_from_the_line() {
        let words = line(&["list", "--content-dir", "/x", "--kind=post"]);
        for typed in [Typed::AsIs, Typed::Unquoted, Typed::Values] {
            assert_eq!(option_value(&words, &["--content-dir"], typed, None), Some(OsString::from("/x")));
            assert_eq!(option_value(&words, &["--kind", "-k"], typed, None), Some(OsString::from("post")));
            assert_eq!(option_value(&words, &["--tag"], typed, None), None);
        }
    }

    #[test]
    fn a_value_is_what_the_command_will_receive_from_each_shell() {
        let home = Some(OsStr::new("/home/me"));
        let dir = |typed: Typed, words: &[&str]| option_value(&line(words), &["--content-dir"], typed, home);
        let mine = Some(OsString::from("/home/me/my dir/it's"));
        // bash and zsh pass words as typed: quotes, escapes and `~` are undone here.
        for word in [
            "'/home/me/my dir/it'\\''s'",
            "\"/home/me/my dir/it's\"",
            "/home/me/my\\ dir/it\\'s",
            "~/my\\ dir/\"it's\"",
        ] {
            assert_eq!(dir(Typed::AsIs, &["show", "--content-dir", word, "show"]), mine, "{word}");
        }
        assert_eq!(dir(Typed::AsIs, &["--content-dir", "~"]), Some(OsString::from("/home/me")));
        // bash splits `--content-dir=…` at the `=`; zsh does not.
        assert_eq!(dir(Typed::AsIs, &["--content-dir", "=", "'/home/me/my dir/it'\\''s'", "show"]), mine);
        assert_eq!(dir(Typed::AsIs, &["--content-dir='/home/me/my dir/it'\\''s'", "show"]), mine);
        // After `=` the shell leaves `~` as it is; so do `~user`, a quoted `~` and variables.
        for (typed, kept) in [
            (&["--content-dir", "=", "~/x"][..], "~/x"),
            (&["--content-dir=~/x"], "~/x"),
            (&["--content-dir", "~me/x"], "~me/x"),
            (&["--content-dir", "'~'/x"], "~/x"),
            (&["--content-dir", "$HOME/x"], "$HOME/x"),
        ] {
            assert_eq!(dir(Typed::AsIs, typed), Some(OsString::from(kept)), "{typed:?}");
        }
        // fish passes words unquoted, `~` as typed: unquoting again would lose the quote.
        assert_eq!(dir(Typed::Unquoted, &["--content-dir", "/home/me/my dir/it's"]), mine);
        assert_eq!(dir(Typed::Unquoted, &["--content-dir", "~/my dir/it's"]), mine);
        assert_eq!(dir(Typed::Unquoted, &["--content-dir", "/a\\b"]), Some(OsString::from("/a\\b")));
        // PowerShell and Elvish pass values.
        assert_eq!(dir(Typed::Values, &["--content-dir", "~/it's"]), Some(OsString::from("~/it's")));
        // Without a home folder, `~` is left as it is.
        assert_eq!(
            option_value(&line(&["--content-dir", "~/x"]), &["--content-dir"], Typed::AsIs, None),
            Some("~/x".into())
        );
    }

    #[test]
    fn every_shell_gets_a_script_that_calls_dryga_back() {
        for shell in [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::Powershell, Shell::Elvish] {
            let script = script(shell);
            assert!(script.contains("COMPLETE") && script.contains("dryga"), "{shell:?}: {script}");
        }
    }
}
