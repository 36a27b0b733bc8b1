//! `dryga man`: the manual, from the same clap definitions as `--help`
//! (`clap_mangen`): `dryga.1` with a section per command and EXIT STATUS,
//! ENVIRONMENT and EXAMPLES from the tables in `cli`, and, with `--dir`, one
//! `dryga-COMMAND.1` per command as well (as git ships them), so that every
//! page `dryga.1` refers to exists. On a terminal the page is shown through
//! `man -l -`. Characters outside ASCII are written as groff escapes.

use std::fmt::Write as _;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use clap::{Command, CommandFactory};
use clap_mangen::Man;
use roff::{Roff, bold, italic, roman};

use super::Report;
use crate::cli::{BROWSE_KEYS, Cli, ENVIRONMENT, EXAMPLES, EXIT_STATUS, ManArgs};
use crate::error::{Error, Result};
use crate::output::Terminal;

/// Renders one `clap_mangen` part into a string.
fn part(render: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>) -> String {
    let mut buf = Vec::new();
    // Rendering into a Vec cannot fail: io errors come only from the writer.
    let _ = render(&mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

/// A section of `(term, description)` pairs as a tagged paragraph list.
fn tagged(title: &str, rows: &[(&str, &str)]) -> String {
    tagged_in("SH", title, rows)
}

/// A section (`SH`) or subsection (`SS`) of `(term, description)` pairs as a
/// tagged paragraph list.
fn tagged_in(level: &str, title: &str, rows: &[(&str, &str)]) -> String {
    let mut roff = Roff::new();
    roff.control(level, [title]);
    for (term, what) in rows {
        roff.control("TP", []);
        roff.text([bold(*term)]);
        roff.text([roman(*what)]);
    }
    roff.to_roff()
}

/// `roff` with every character outside ASCII written as a groff escape
/// (`é` as `\[u00E9]`), which groff and mandoc read whatever the locale;
/// and a blank line between two breaks (`clap_mangen` puts one before an
/// option's "Possible values") as the one paragraph space it makes, which
/// `mandoc -T lint` does not warn of.
fn ascii(roff: &str) -> String {
    let roff = roff.replace(".br\n\n.br\n", ".sp\n");
    let mut out = String::with_capacity(roff.len());
    for c in roff.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            let _ = write!(out, "\\[u{:04X}]", u32::from(c));
        }
    }
    out
}

/// The page's header: title, section, date (the build's: `build.rs`),
/// source and manual.
fn man(cmd: Command, title: &str) -> Man {
    let version = Cli::command().get_version().unwrap_or_default().to_owned();
    Man::new(cmd).title(title).date(env!("DRYGA_MAN_DATE")).source(format!("dryga {version}")).manual("User Commands")
}

/// The SYNOPSIS section of `cmd`, run as `name`: every option shown with
/// the value it takes (`[--for FILE]`, where `clap_mangen` writes `[--for]`),
/// and `...` after one that may be given again (`[--tag TAG]...`), then
/// the arguments, then `COMMAND` where it has subcommands.
fn synopsis(cmd: &Command, name: &str) -> String {
    let mut line = vec![bold(name.to_owned())];
    for arg in cmd.get_arguments().filter(|a| !a.is_hide_set() && !a.is_positional()) {
        let mut names = Vec::new();
        names.extend(arg.get_short().map(|c| format!("-{c}")));
        names.extend(arg.get_long().map(|l| format!("--{l}")));
        line.push(roman(" ["));
        line.push(bold(names.join("|")));
        if arg.get_action().takes_values() {
            line.push(roman(" "));
            line.push(italic(value_name(arg)));
        }
        // An option given again adds to it (`--tag`, `--domain`).
        let again = matches!(arg.get_action(), clap::ArgAction::Append | clap::ArgAction::Count);
        line.push(roman(if again { "]..." } else { "]" }));
    }
    for arg in cmd.get_positionals().filter(|a| !a.is_hide_set()) {
        let many = arg.get_num_args().is_some_and(|n| n.max_values() > 1);
        let (open, close) = if arg.is_required_set() { (" ", "") } else { (" [", "]") };
        line.push(roman(open));
        line.push(italic(value_name(arg)));
        line.push(roman(format!("{}{close}", if many { "..." } else { "" })));
    }
    if cmd.has_subcommands() {
        line.push(roman(" ["));
        line.push(italic("COMMAND"));
        line.push(roman("]"));
    }
    let mut roff = Roff::new();
    roff.control("SH", ["SYNOPSIS"]);
    roff.text(line);
    roff.to_roff()
}

/// The value an argument takes, as its help names it (`FILE`, `N`).
fn value_name(arg: &clap::Arg) -> String {
    arg.get_value_names().map_or_else(
        || arg.get_id().as_str().to_uppercase(),
        |names| names.iter().map(ToString::to_string).collect::<Vec<_>>().join(" "),
    )
}

/// The examples of `command` (those that start with `dryga COMMAND`).
fn examples_of(command: &str) -> Vec<(&'static str, &'static str)> {
    let prefix = format!("dryga {command}");
    EXAMPLES.iter().copied().filter(|(line, _)| line.starts_with(&prefix)).collect()
}

/// The command line as the manual shows it: without the `help` command
/// (`--help` is there, and `dryga help` says the same).
fn manual_command() -> Command {
    // Built: the subcommands' arguments are deferred until then.
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    cmd
}

/// The main page, `dryga.1`.
pub fn page() -> String {
    let cmd = manual_command();
    let man = man(cmd.clone(), "DRYGA");
    let mut out = String::new();
    out.push_str(&part(|w| man.render_title(w)));
    out.push_str(&part(|w| man.render_name_section(w)));
    out.push_str(&synopsis(&cmd, "dryga"));
    out.push_str(&part(|w| man.render_description_section(w)));
    out.push_str(&part(|w| man.render_options_section(w)));
    out.push_str(&part(|w| man.render_subcommands_section(w)));
    for sub in cmd.get_subcommands() {
        let name = format!("dryga {}", sub.get_name());
        let mut roff = Roff::new();
        roff.control("SH", [name.to_uppercase().as_str()]);
        let usage = sub.clone().bin_name(&name).render_usage().to_string();
        roff.text([bold(usage.trim_start_matches("Usage: ").to_owned())]);
        roff.control("PP", []);
        let about = sub.get_long_about().or(sub.get_about()).map(ToString::to_string).unwrap_or_default();
        roff.text([roman(about)]);
        out.push_str(&roff.to_roff());
        // The command's own options, grouped by heading, as subsections.
        let options = part(|w| Man::new(sub.clone()).render_options_section(w));
        out.push_str(&options.replace(".SH ", ".SS "));
        if sub.get_name() == "browse" {
            out.push_str(&tagged_in("SS", "Keys", BROWSE_KEYS));
        }
    }
    out.push_str(&tagged("EXIT STATUS", EXIT_STATUS));
    out.push_str(&tagged("ENVIRONMENT", ENVIRONMENT));
    out.push_str(&tagged("EXAMPLES", EXAMPLES));
    out.push_str(&part(|w| man.render_version_section(w)));
    ascii(&out)
}

/// The page of one command, `dryga-COMMAND.1`.
fn command_page(sub: &Command) -> String {
    let name = format!("dryga-{}", sub.get_name());
    let cmd = sub.clone().name(&name).bin_name(format!("dryga {}", sub.get_name()));
    let man = man(cmd.clone(), &name.to_uppercase());
    // clap_mangen's whole page, but for its synopsis (options without their
    // values) and its EXTRA section (the help's own "Examples:", which
    // EXAMPLES below lists as the main page does).
    let mut out = part(|w| man.render_title(w));
    out.push_str(&part(|w| man.render_name_section(w)));
    out.push_str(&synopsis(&cmd, &format!("dryga {}", sub.get_name())));
    out.push_str(&part(|w| man.render_description_section(w)));
    if cmd.get_arguments().any(|a| !a.is_hide_set()) {
        out.push_str(&part(|w| man.render_options_section(w)));
    }
    if cmd.has_subcommands() {
        out.push_str(&part(|w| man.render_subcommands_section(w)));
    }
    if sub.get_name() == "browse" {
        out.push_str(&tagged("KEYS", BROWSE_KEYS));
    }
    let examples = examples_of(sub.get_name());
    if !examples.is_empty() {
        out.push_str(&tagged("EXAMPLES", &examples));
    }
    out.push_str(&tagged("EXIT STATUS", EXIT_STATUS));
    out.push_str(&tagged("SEE ALSO", &[("dryga(1)", "the whole manual, with every command")]));
    ascii(&out)
}

/// Every page: `(file name, roff)`, the main page first.
pub fn pages() -> Vec<(String, String)> {
    let cmd = manual_command();
    let mut pages = vec![("dryga.1".to_owned(), page())];
    for sub in cmd.get_subcommands() {
        pages.push((format!("dryga-{}.1", sub.get_name()), command_page(sub)));
    }
    pages
}

/// Writes every page into `dir` (made if needed), each through a temporary
/// file renamed into place, so that no page is ever half-written; and the
/// pages all, or none: every temporary file is written, and every page's
/// place checked (a folder there cannot be renamed over), before the first is
/// renamed, so that a failure leaves the folder as it was (no `dryga.1`
/// naming pages that are missing).
fn write_pages(dir: &Path) -> Result<Vec<String>> {
    let failed = |source| Error::ManDir { path: dir.to_owned(), source };
    // A file in the folder's place: say so (`create_dir_all` says "File exists").
    if dir.exists() && !dir.is_dir() {
        return Err(failed(std::io::Error::new(std::io::ErrorKind::NotADirectory, "not a folder")));
    }
    fs::create_dir_all(dir).map_err(failed)?;
    let mut staged: Vec<(PathBuf, PathBuf)> = Vec::new();
    let unstage = |staged: &[(PathBuf, PathBuf)]| {
        for (temp, _) in staged {
            let _ = fs::remove_file(temp);
        }
    };
    for (name, roff) in pages() {
        let path = dir.join(&name);
        let temp = dir.join(format!(".{name}.tmp"));
        // A folder in a page's place cannot be renamed over: said before any page is.
        let written = if fs::symlink_metadata(&path).is_ok_and(|meta| meta.is_dir()) {
            Err(std::io::Error::from(std::io::ErrorKind::IsADirectory))
        } else {
            fs::write(&temp, roff)
        };
        if let Err(source) = written {
            let _ = fs::remove_file(&temp);
            unstage(&staged);
            return Err(Error::ManDir { path, source });
        }
        staged.push((temp, path));
    }
    let mut written = Vec::new();
    for (i, (temp, path)) in staged.iter().enumerate() {
        if let Err(source) = fs::rename(temp, path) {
            unstage(&staged[i..]);
            return Err(Error::ManDir { path: path.clone(), source });
        }
        written.push(path.display().to_string());
    }
    Ok(written)
}

/// Shows `roff` through `man -l -` (a rendered page, paged); false when
/// `man` cannot run it, so that the caller prints the roff instead.
fn show(roff: &str) -> bool {
    let child = std::process::Command::new("man").args(["-l", "-"]).stdin(std::process::Stdio::piped()).spawn();
    let Ok(mut child) = child else { return false };
    if let Some(mut stdin) = child.stdin.take() {
        // The reader may quit early (`q`): its exit status says whether it showed the page.
        let _ = stdin.write_all(roff.as_bytes());
    }
    child.wait().is_ok_and(|status| status.success())
}

/// Runs `man`: writes the pages into `--dir`, or shows the main page on a
/// terminal, or prints its roff.
pub fn run(args: &ManArgs, term: &Terminal) -> Result<Report> {
    if let Some(dir) = &args.dir {
        let written = write_pages(dir)?;
        let note = format!("wrote {} pages to {}", written.len(), dir.display());
        return Ok(Report { notes: vec![note], ..Report::found(String::new()) });
    }
    let roff = page();
    if term.is_tty && !args.raw && show(&roff) {
        return Ok(Report::found(String::new()));
    }
    Ok(Report::found(roff))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_ascii_and_every_referenced_page_exists() {
        let pages = pages();
        let names: Vec<&str> = pages.iter().map(|(n, _)| n.as_str()).collect();
        for (name, roff) in &pages {
            assert!(roff.is_ascii(), "{name} has characters outside ASCII");
            for reference in roff.match_indices("(1)").map(|(at, _)| &roff[..at]) {
                let page = reference.rsplit(['\n', ' ', 'B']).next().unwrap_or("").replace("\\-", "-");
                assert!(names.contains(&format!("{page}.1").as_str()), "{name} refers to {page}(1)");
            }
        }
        assert!(pages[0].1.contains("r\\[u00E9]sum\\[u00E9]"), "the résumé, escaped");
        assert!(names.contains(&"dryga-search.1"));
    }
}
