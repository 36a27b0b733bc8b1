//! The résumé as one screen of text to skim on a terminal (about 60 lines at
//! 100 columns), or every project, result and achievement with `--full`.
//!
//! On one screen, each project shows its title, subtitle, domain and period,
//! and its first sentence, whole: nothing is cut inside a sentence; a line
//! says how to see the rest. Tailored to a job, each section keeps the
//! entries that matched (what they claim, see [`crate::query::resume`]),
//! each followed by a `matched:` line, and the view ends with what the
//! portfolio covers of the description, what it only mentions, and what it
//! lacks.

use anstyle::Style;

use super::{contacts, first_sentence, meta};
use crate::query::resume::{Body, Entry, Fit, KeyResult, Resume, Section, SkillGroup};
use crate::render::style;
use crate::render::wrap::{Piece, painted, wrap};
use crate::render::{Look, shell_option};
use crate::sanitize::clean_line;

/// Key results the text view shows without `--full`: the profile lists the
/// Blitz figures (cost, savings, errors, latency, traffic) first.
pub const KEY_RESULTS: usize = 5;

/// Key results a tailored text view shows without `--full`: those that name
/// the job's terms most.
pub const TAILORED_RESULTS: usize = 3;

/// Posts the text view lists without `--full`.
pub const POSTS: usize = 2;

/// The widest the text view gets: longer lines are hard to skim.
pub const MAX_WIDTH: usize = 100;

/// What a view tailored to a job read from standard input says shows it in
/// full: no command pasted can read that input again (`--for -` would wait
/// for it at a terminal), the user's own can.
pub const AGAIN: &str = "the same command with --full";

/// The command that shows this résumé in full, begun as `dryga` begins the
/// commands this run names (`dryga --content-dir DIR` over a folder):
/// `resume --full`; tailored, with the same `--for` and the file as the user
/// gave it (quoted for a POSIX shell, `FILE` when not known); from standard
/// input (or a pipe, which `resume` names so: it cannot be read again), [`AGAIN`].
pub fn full_command(fit: Option<&Fit>, dryga: &str) -> String {
    match fit.map(|fit| fit.file.as_deref()) {
        None => format!("{dryga} resume --full"),
        Some(Some("-")) => AGAIN.to_owned(),
        Some(file) => {
            let job = file.map_or_else(|| "--for FILE".to_owned(), |file| shell_option("--for", file));
            format!("{dryga} resume {job} --full")
        }
    }
}

/// The most matched terms an entry lists on one screen (`--full` lists all).
pub const MATCHED_SHOWN: usize = 12;

/// Entries of a projects section shown on one screen, by section id: the
/// roles too (a folder of a thousand dated projects listed them all, the
/// screen of about 60 lines a thousand long).
fn on_one_screen(id: &str) -> usize {
    match id {
        "projects" | "current-role" => 2,
        "open-source" | "libraries" | "experience" => 3,
        _ => usize::MAX,
    }
}

/// Lines and colour for one rendering.
struct Out<'d> {
    lines: Vec<String>,
    width: usize,
    color: bool,
    full: bool,
    /// The command that shows everything ([`full_command`]).
    more: String,
    /// How the commands it names begin ([`render`]).
    dryga: &'d str,
    /// Whether the one-screen view left something out that `--full` shows
    /// (else the footer does not offer it).
    hid: bool,
}

impl Out<'_> {
    fn wrap(&mut self, pieces: &[Piece<'_>], first: &str, rest: &str) {
        self.lines.extend(wrap(pieces, self.width, first, rest, self.color));
    }

    /// A dim note, indented under a list.
    fn note(&mut self, text: &str) {
        self.wrap(&[Piece::new(text, style::DIM)], "  ", "  ");
    }

    /// Dim `text` then [`Out::more`] (the command that shows everything),
    /// after `indent`: on one line when both fit, else the command on a
    /// line of its own, never split between two when it fits one (a
    /// tailored one names its file: users copy it).
    fn text_and_more(&mut self, text: &str, indent: &str) {
        let both = format!("{text} {}", self.more);
        let width = |s: &str| textwrap::core::display_width(s);
        if width(indent) + width(&both) <= self.width {
            self.wrap(&[Piece::new(both, style::DIM)], indent, indent);
        } else {
            let more = self.more.clone();
            self.wrap(&[Piece::new(text, style::DIM)], indent, indent);
            self.wrap(&[Piece::new(more, style::DIM)], indent, indent);
        }
    }

    /// `matched: a, b` under an entry, when it matched something: on one
    /// screen the first [`MATCHED_SHOWN`] (the terms the job names most).
    fn matched(&mut self, matched: &[String], indent: &str) {
        if matched.is_empty() {
            return;
        }
        let shown = if self.full { matched.len() } else { MATCHED_SHOWN };
        self.hid |= matched.len() > shown;
        let mut pieces = vec![
            Piece::new("matched: ", style::DIM),
            Piece::new(clean_line(&matched[..shown.min(matched.len())].join(", ")).into_owned(), style::TAG),
        ];
        if matched.len() > shown {
            pieces.push(Piece::new(format!(" and {} more", matched.len() - shown), style::DIM));
        }
        self.wrap(&pieces, indent, &format!("{indent}  "));
    }

    fn bullet(&self) -> String {
        painted(style::BULLET, "• ", self.color)
    }
}

/// Renders the résumé to skim on a terminal: one screen at 100 columns, or
/// every project, result and achievement in full with `full`. The commands
/// it names begin with `dryga`: `dryga`, or `dryga --content-dir DIR` for a
/// résumé of a folder's content, so that pasted they show the same résumé.
pub fn render(resume: &Resume<'_>, full: bool, look: Look, dryga: &str) -> String {
    let more = full_command(resume.fit.as_ref(), dryga);
    let width = look.width.min(MAX_WIDTH);
    let mut out = Out { lines: Vec::new(), width, color: look.color, full, more, dryga, hid: false };
    header(&mut out, resume);
    // A job that matched nothing leaves the résumé as it is, with its coverage.
    let tailored = resume.fit.as_ref().is_some_and(|f| !f.found.is_empty());
    for section in &resume.sections {
        let before = out.lines.len();
        heading(&mut out.lines, section.title, out.width, out.color);
        let heading_end = out.lines.len();
        body(&mut out, section, tailored);
        if out.lines.len() == heading_end {
            // Tailored, on one screen: a section where nothing matched is left out.
            out.lines.truncate(before);
        }
    }
    footer(&mut out, resume.fit.as_ref());
    let mut text = out.lines.join("\n");
    text.push('\n');
    text
}

/// Name, handle, headline, contact details, and the summary (the short one on one screen).
fn header(out: &mut Out, resume: &Resume<'_>) {
    let profile = resume.profile;
    let name = [
        Piece::new(clean_line(&profile.name), style::TITLE),
        Piece::new(format!(" · {}", clean_line(&profile.handle)), style::DIM),
    ];
    out.wrap(&name, "", "");
    out.wrap(&[Piece::new(clean_line(&profile.headline), style::ITALIC)], "", "");
    let contacts: Vec<String> = contacts(profile).into_iter().map(|c| c.text).collect();
    if !contacts.is_empty() {
        out.wrap(&[Piece::new(contacts.join(" · "), style::LINK)], "", "");
    }
    out.lines.push(String::new());
    let summary = if out.full { profile.summary.as_str() } else { profile.short_summary() };
    out.hid |= summary != profile.summary;
    out.wrap(&[Piece::new(clean_line(summary), Style::new())], "", "");
}

/// One section's content.
fn body(out: &mut Out, section: &Section<'_>, tailored: bool) {
    match &section.body {
        Body::Results(results) => key_results(out, results, tailored),
        Body::Projects { entries, with_domain } => {
            let cap = if out.full { usize::MAX } else { on_one_screen(section.id) };
            // Tailored, one screen keeps the entries that matched, and the roles.
            let role = matches!(section.id, "current-role" | "experience");
            let kept: Vec<&Entry<'_>> =
                entries.iter().filter(|e| out.full || !tailored || role || !e.matched.is_empty()).collect();
            for entry in kept.iter().take(cap) {
                project(out, entry, *with_domain);
            }
            let hidden = entries.len() - kept.len().min(cap);
            out.hid |= hidden > 0;
            if hidden > 0 && !kept.is_empty() {
                let what = if tailored { ", less relevant or not matched" } else { "" };
                out.text_and_more(&format!("+ {hidden} more{what}:"), "  ");
            }
        }
        Body::Skills(groups) => {
            // One screen, tailored, lists the groups holding a skill the job names.
            let kept: Vec<&SkillGroup<'_>> =
                groups.iter().filter(|g| out.full || !tailored || g.skills.iter().any(|s| s.matched)).collect();
            out.hid |= kept.len() < groups.len();
            skills(out, &kept, tailored);
        }
        Body::Writing(posts) => {
            let shown = if out.full { posts.len() } else { POSTS };
            // One screen lists titles; in full each has its summary.
            out.hid |= !out.full && (posts.len() > shown || posts.iter().any(|p| !p.summary.trim().is_empty()));
            for post in posts.iter().take(shown) {
                let mut pieces = vec![Piece::new(clean_line(&post.title), Style::new())];
                if out.full {
                    pieces[0].style = style::BOLD;
                    pieces.push(Piece::new(format!(" — {}", clean_line(&post.summary)), Style::new()));
                }
                let bullet = out.bullet();
                out.wrap(&pieces, &bullet, "  ");
            }
            if posts.len() > shown {
                out.note(&format!("+ {} more posts: {} posts", posts.len() - shown, out.dryga));
            }
        }
    }
}

/// Key results, each naming its project. Tailored, one screen keeps those
/// that name the job's terms (or the first few when none does).
fn key_results(out: &mut Out, results: &[KeyResult<'_>], tailored: bool) {
    // One screen shows each project's summary: a result that only repeats it is left out there.
    let kept: Vec<&KeyResult<'_>> = results.iter().filter(|r| out.full || !r.repeats_its_project()).collect();
    let matched = kept.iter().filter(|r| !r.matched.is_empty()).count();
    let shown = match (out.full, tailored) {
        (true, _) => kept.len(),
        (false, true) if matched > 0 => matched.min(TAILORED_RESULTS),
        (false, true) => 3,
        (false, false) => KEY_RESULTS,
    };
    out.hid |= kept.len().min(shown) < results.len();
    for result in kept.into_iter().take(shown) {
        let bullet = out.bullet();
        out.wrap(&[Piece::new(clean_line(&result.line()), Style::new())], &bullet, "  ");
        out.matched(&result.matched, "  ");
    }
}

/// A project: title, subtitle, domain and period, then its first sentence
/// (its whole summary and its achievements in full), then what it matched.
fn project(out: &mut Out, entry: &Entry<'_>, with_domain: bool) {
    let item = entry.item;
    let mut pieces = vec![Piece::new(clean_line(&item.title), style::BOLD)];
    if let Some(sub) = &item.subtitle {
        pieces.push(Piece::new(format!(": {}", clean_line(sub)), style::ITALIC));
    }
    let meta = meta(item, with_domain);
    if !meta.is_empty() {
        pieces.push(Piece::new(format!(" · {}", meta.join(" · ")), style::DIM));
    }
    let summary = if out.full { item.summary.as_str() } else { first_sentence(&item.summary) };
    out.hid |= summary != item.summary || (!out.full && !item.highlights.is_empty());
    pieces.push(Piece::new(format!(" — {}", clean_line(summary)), Style::new()));
    let bullet = out.bullet();
    out.wrap(&pieces, &bullet, "  ");
    if out.full {
        let dash = painted(style::BULLET, "  – ", out.color);
        for highlight in &item.highlights {
            out.wrap(&[Piece::new(clean_line(highlight), Style::new())], &dash, "    ");
        }
    }
    out.matched(&entry.matched, "  ");
}

/// Skill groups: labels in a column beside the skills, or above them when the
/// screen is narrow. Tailored, the skills the job names come first, in bold;
/// on one screen only they are listed, with how many others the group has.
fn skills(out: &mut Out, groups: &[&SkillGroup<'_>], tailored: bool) {
    let label_width = groups.iter().map(|g| g.label.len()).max().unwrap_or(0) + 2;
    let column = out.width >= label_width + 30;
    for group in groups {
        let shown: Vec<_> = group.skills.iter().filter(|s| out.full || !tailored || s.matched).collect();
        let mut pieces = Vec::new();
        for (i, skill) in shown.iter().enumerate() {
            let comma = if i + 1 < shown.len() { "," } else { "" };
            let style = if skill.matched { style::BOLD } else { Style::new() };
            pieces.push(Piece::new(clean_line(&skill.name), style));
            pieces.push(Piece::new(format!("{comma} "), Style::new()));
        }
        let others = group.skills.len() - shown.len();
        out.hid |= others > 0;
        if others > 0 {
            pieces.push(Piece::new(format!("and {others} more"), style::DIM));
        }
        if column {
            let first = painted(style::BOLD, &format!("{:<label_width$}", group.label), out.color);
            out.wrap(&pieces, &first, &" ".repeat(label_width));
        } else {
            out.wrap(&[Piece::new(group.label, style::BOLD)], "", "");
            out.wrap(&pieces, "  ", "  ");
        }
    }
}

/// How to see more; tailored, then the job's coverage on the last lines
/// (two, or three when some term is only mentioned).
fn footer(out: &mut Out, fit: Option<&Fit>) {
    out.lines.push(String::new());
    let show = format!("project or post: {} show SLUG", out.dryga);
    let both = format!("Everything in full: {} · one {show}", out.more);
    // With nothing left out, "in full" would show the same.
    if out.full || !out.hid {
        out.wrap(&[Piece::new(format!("One {show}"), style::DIM)], "", "");
    } else if textwrap::core::display_width(&both) <= out.width {
        out.wrap(&[Piece::new(both, style::DIM)], "", "");
    } else {
        // A line each rather than one command split between two (a tailored one is longer).
        out.text_and_more("Everything in full:", "");
        out.wrap(&[Piece::new(format!("One {show}"), style::DIM)], "", "");
    }
    for (label, text) in fit.map(Fit::lines).unwrap_or_default() {
        out.wrap(
            &[Piece::new(format!("{label}: "), style::BOLD), Piece::new(clean_line(&text), Style::new())],
            "",
            "  ",
        );
    }
}

/// A blank line, then a section heading followed by a rule to the width.
/// On a narrow screen the title wraps and the rule may go.
fn heading(lines: &mut Vec<String>, title: &str, width: usize, color: bool) {
    lines.push(String::new());
    let title_lines = wrap(&[Piece::new(title, style::H2)], width, "", "", color);
    let last_width = title_lines.last().map_or(0, |l| crate::render::markdown::console_width(l));
    lines.extend(title_lines);
    let rule = width.saturating_sub(last_width + 1);
    if rule >= 3 {
        if let Some(last) = lines.last_mut() {
            last.push(' ');
            last.push_str(&painted(style::DIM, &"─".repeat(rule), color));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The command that shows everything over the bundled content.
    const FULL: &str = "dryga resume --full";
    use crate::content::{self, Corpus};
    use crate::query::tailor::{Job, Tailoring};

    fn corpus() -> Corpus {
        content::load_bundled().map(|l| l.corpus).expect("bundled content loads")
    }

    #[test]
    fn text_fits_the_width_and_the_full_view_shows_everything() {
        let c = corpus();
        let r = Resume::new(&c, None);
        for width in [20, 27, 40, 80, 100, 200] {
            let out = render(&r, false, Look { color: true, width }, "dryga");
            for line in out.lines() {
                assert!(crate::render::markdown::console_width(line) <= width.min(MAX_WIDTH), "{width}: {line:?}");
            }
        }
        let full = render(&r, true, Look { color: false, width: 100 }, "dryga");
        for entry in r.projects() {
            assert!(full.contains(&entry.item.title), "{} missing", entry.item.slug);
            for highlight in &entry.item.highlights {
                assert!(full.replace("\n    ", " ").contains(highlight.as_str()), "{highlight}");
            }
        }
        assert!(!full.contains("--full"));
    }

    #[test]
    fn one_screen_never_cuts_a_sentence_and_shows_subtitles() {
        let c = corpus();
        let out = render(&Resume::new(&c, None), false, Look { color: false, width: 100 }, "dryga");
        assert!(!out.contains('…'), "{out}");
        let joined = out.replace("\n  ", " ");
        assert!(
            joined.contains("Blitz: Overlays, Personalized Stats, and Meta Insights Powered by Billions of Matches")
        );
        assert!(joined.contains("— WireGuard-based replacement for legacy VPNs.\n"), "{joined}");
        assert!(out.lines().last().is_some_and(|l| l.contains(FULL)));
    }

    #[test]
    fn tailored_entries_say_what_they_matched_and_the_view_ends_with_the_coverage() {
        let c = corpus();
        let job = Job::read("Elixir and PostgreSQL on GCP with Terraform. Rust or COBOL welcome.", &c).expect("words");
        let t = Tailoring::new(&c, job);
        let out = render(&Resume::new(&c, Some(&t)), false, Look { color: false, width: 100 }, "dryga");
        let lines: Vec<&str> = out.lines().collect();
        let n = lines.len();
        // Blitz's story names the Rust rewrite it did not do: a mention, on a line of its own.
        assert_eq!(lines[n - 3], "Found in the portfolio: Elixir, PostgreSQL, GCP, Terraform");
        assert_eq!(lines[n - 2], "Mentioned only: Rust (in the text, not listed as used)");
        assert_eq!(lines[n - 1], "Not in the portfolio: COBOL");
        let blitz = lines.iter().position(|l| l.starts_with("• Blitz")).expect("Blitz");
        let matched = lines[blitz..].iter().find(|l| l.trim_start().starts_with("matched:")).expect("matched");
        assert_eq!(matched.trim(), "matched: Elixir, PostgreSQL, GCP, Terraform");
        assert!(!out.contains("L15"), "an entry that matched nothing is left out of one screen");
    }

    #[test]
    fn tailored_the_commands_it_names_keep_the_job() {
        let c = corpus();
        let job = Job::read("Elixir and PostgreSQL on GCP with Terraform.", &c).expect("words");
        let mut t = Tailoring::new(&c, job);
        for (file, command) in [
            (None, "dryga resume --for FILE --full"),
            (Some("job.txt"), "dryga resume --for job.txt --full"),
            (Some("my job.txt"), "dryga resume --for 'my job.txt' --full"),
            (Some("-job.txt"), "dryga resume --for=-job.txt --full"),
            // Quoted, it still starts with a dash for clap.
            (Some("-my job.txt"), "dryga resume --for='-my job.txt' --full"),
        ] {
            t.file = file.map(str::to_owned);
            let out = render(&Resume::new(&c, Some(&t)), false, Look { color: false, width: 200 }, "dryga");
            let hints: Vec<&str> = out.lines().filter(|l| l.contains("dryga resume")).collect();
            assert!(hints.len() >= 2, "{out}");
            for hint in hints {
                assert!(hint.contains(command), "{hint}");
            }
        }
        assert_eq!(full_command(None, "dryga"), FULL);
    }

    /// A job read from standard input cannot be read again by a command
    /// pasted (`dryga resume --for - --full` waits for input at a terminal):
    /// the view asks for the user's own command again with `--full`, after
    /// its words on one line at 80 columns, as the command was.
    #[test]
    fn tailored_to_standard_input_it_asks_for_the_same_command_with_full() {
        let c = corpus();
        let job = Job::read("Elixir and PostgreSQL on GCP with Terraform.", &c).expect("words");
        let mut t = Tailoring::new(&c, job);
        t.file = Some("-".to_owned());
        let out = render(&Resume::new(&c, Some(&t)), false, Look { color: false, width: 80 }, "dryga");
        assert!(!out.contains("--for"), "{out}");
        let more: Vec<&str> = out.lines().filter(|l| l.contains(" more, less relevant")).collect();
        assert!(!more.is_empty(), "{out}");
        for line in more {
            assert!(line.ends_with(&format!(": {AGAIN}")), "{line:?}");
        }
        assert!(out.contains(&format!("\nEverything in full: {AGAIN}\n")), "{out}");
    }

    /// Over a content folder every command it names reads that folder: the
    /// résumé in full, the posts, an item (they read the bundled content).
    #[test]
    fn the_commands_it_names_read_the_same_content() {
        let c = corpus();
        let dryga = "dryga --content-dir 'my folder'";
        let job = Job::read("Elixir and PostgreSQL on GCP with Terraform.", &c).expect("words");
        let mut t = Tailoring::new(&c, job);
        t.file = Some("job.txt".to_owned());
        for tailoring in [None, Some(&t)] {
            let out = render(&Resume::new(&c, tailoring), false, Look { color: false, width: 100 }, dryga);
            // Every `dryga ` that starts a word starts a command.
            let named: Vec<&str> = out
                .lines()
                .flat_map(|l| {
                    l.match_indices("dryga ").filter(|(at, _)| l[..*at].ends_with(' ')).map(|(at, _)| &l[at..])
                })
                .collect();
            assert!(named.len() >= 4, "{out}");
            for command in named {
                assert!(command.starts_with(dryga), "{command:?} in\n{out}");
            }
            for command in [" resume ", " posts", " show SLUG"] {
                assert!(out.contains(&format!("{dryga}{command}")), "{command} in\n{out}");
            }
        }
    }

    /// A command the view names is never split between two lines when it
    /// fits one: after its words when both fit, else on a line of its own
    /// (at 80 columns, `--for` ended one line and the file began the next).
    #[test]
    fn a_command_it_names_is_never_split_between_lines_when_it_fits_one() {
        let c = corpus();
        let job = Job::read("Elixir and PostgreSQL on GCP with Terraform.", &c).expect("words");
        let mut t = Tailoring::new(&c, job);
        t.file = Some("tests/data/job-backend.txt".to_owned());
        let command = "dryga resume --for tests/data/job-backend.txt --full";
        for width in [60, 80, 100] {
            let out = render(&Resume::new(&c, Some(&t)), false, Look { color: false, width }, "dryga");
            let named: Vec<&str> = out.lines().filter(|l| l.contains("dryga resume")).collect();
            assert!(named.len() >= 2, "{width}: {out}");
            for line in named {
                assert!(line.contains(command), "{width}: {line:?} in\n{out}");
            }
            for line in out.lines() {
                assert!(crate::render::markdown::console_width(line) <= width, "{width}: {line:?}");
            }
        }
    }
}
