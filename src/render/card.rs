//! The front door: what `dryga` alone prints. Who the person is, two or three
//! key results, and the commands to go further, in at most 20 lines of at
//! most 80 columns (a folder's card, whose commands carry its path, may take
//! more: a command is never cut).

use anstyle::Style;

use super::Look;
use super::resume::contacts;
use super::shell_quote;
use super::style;
use super::wrap::{Piece, painted, wrap};
use crate::query::resume::{KeyResult, Resume};
use crate::sanitize::clean_line;

/// The commands the card suggests, `(command, what it gives)`: the one list of
/// next steps (a new command worth trying goes here). Over a content folder
/// each begins `dryga --content-dir DIR` ([`render`]); [`SHOW`]'s gives an
/// example.
pub const NEXT: &[(&str, &str)] = &[
    ("dryga resume", "the résumé on one screen (--format html, --for JOB.txt)"),
    ("dryga list", "every project"),
    (SEARCH, "search projects, posts and the Blitz case study"),
    (SHOW, "one project or post in full"),
    ("dryga browse", "everything on one screen: filter, search, read (on a terminal)"),
    ("dryga --help", "every command and option"),
];

/// The command of [`NEXT`] that shows an item, whose description ends with
/// an example of the content's own (`e.g. dryga show blitz`).
pub const SHOW: &str = "dryga show SLUG";

/// The command of [`NEXT`] that searches; over a folder, which need not
/// hold the Blitz case study, it says what it searches in general terms.
const SEARCH: &str = "dryga search WORDS";

/// The widest the card gets.
pub const MAX_WIDTH: usize = 80;

/// How many key results the card shows.
pub const RESULTS: usize = 3;

/// The key results the card shows: the first of each project, in the
/// profile's order, then the next ones, up to [`RESULTS`].
pub fn picks<'r, 'a>(results: &'r [KeyResult<'a>]) -> Vec<&'r KeyResult<'a>> {
    let mut picked: Vec<usize> = Vec::new();
    let mut projects: Vec<Option<&str>> = Vec::new();
    for (i, r) in results.iter().enumerate() {
        let project = r.project.map(|p| p.slug.as_str());
        if picked.len() < RESULTS && !projects.contains(&project) {
            picked.push(i);
            projects.push(project);
        }
    }
    for i in 0..results.len() {
        if picked.len() < RESULTS && !picked.contains(&i) {
            picked.push(i);
        }
    }
    picked.sort_unstable();
    picked.into_iter().map(|i| &results[i]).collect()
}

/// Renders the card for `resume`'s person. Its commands begin with `dryga`
/// (`dryga --content-dir DIR` for a folder's card, so that pasted they read
/// it); `example`, the slug of an item of that content, is shown as one
/// (the bundled card's `blitz` is not in every folder).
pub fn render(resume: &Resume<'_>, look: Look, dryga: &str, example: Option<&str>) -> String {
    let width = look.width.min(MAX_WIDTH);
    let color = look.color;
    let profile = resume.profile;
    let mut lines = Vec::new();
    let name = [
        Piece::new(clean_line(&profile.name), style::TITLE),
        Piece::new(format!(" · {}", clean_line(&profile.handle)), style::DIM),
    ];
    lines.extend(wrap(&name, width, "", "", color));
    lines.extend(wrap(&[Piece::new(clean_line(&profile.headline), style::ITALIC)], width, "", "", color));
    let contacts: Vec<String> = contacts(profile).into_iter().map(|c| c.text).collect();
    if !contacts.is_empty() {
        lines.extend(wrap(&[Piece::new(contacts.join(" · "), style::LINK)], width, "", "", color));
    }
    let picks = picks(resume.key_results());
    if !picks.is_empty() {
        lines.push(String::new());
    }
    let bullet = painted(style::BULLET, "• ", color);
    for result in picks {
        lines.extend(wrap(&[Piece::new(clean_line(&result.line()), Style::new())], width, &bullet, "  ", color));
    }
    lines.push(String::new());
    lines.extend(wrap(&[Piece::new("Go further:", style::H2)], width, "", "", color));
    let next: Vec<(String, String)> = NEXT
        .iter()
        .map(|&(command, what)| {
            let what = match example {
                // Over a folder, the slug alone: `dryga --content-dir DIR show
                // SLUG` would wrap in two, and it is on the left already.
                Some(slug) if command == SHOW && dryga == "dryga" => format!("{what}, e.g. dryga show {slug}"),
                Some(slug) if command == SHOW => format!("{what}, e.g. {}", shell_quote(slug)),
                _ if command == SEARCH && dryga != "dryga" => "search every project and post".to_owned(),
                _ => what.to_owned(),
            };
            (command.replacen("dryga", dryga, 1), what)
        })
        .collect();
    let column = next.iter().map(|(c, _)| crate::columns::of(c)).max().unwrap_or(0) + 2;
    for (command, what) in &next {
        let padded = format!("{command}{}", " ".repeat(column - crate::columns::of(command)));
        let first = format!("  {}", painted(style::BOLD, &padded, color));
        if width >= column + 2 + 20 {
            lines.extend(wrap(&[Piece::new(what, style::DIM)], width, &first, &" ".repeat(column + 2), color));
        } else {
            // A command is never cut (pasted, a folder's path cut in two is
            // another path): on a line of its own, however wide.
            lines.push(format!("  {}", painted(style::BOLD, command, color)));
            lines.extend(wrap(&[Piece::new(what, style::DIM)], width, "    ", "    ", color));
        }
    }
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content;
    use crate::render::markdown::console_width;

    #[test]
    fn the_card_is_short_narrow_and_names_the_next_commands() {
        let c = content::load_bundled().map(|l| l.corpus).expect("bundled content loads");
        let r = Resume::new(&c, None);
        for width in [20, 40, 80, 120] {
            let card = render(&r, Look { color: true, width }, "dryga", Some("blitz"));
            for line in card.lines() {
                assert!(console_width(line) <= width.min(MAX_WIDTH), "{width}: {line:?}");
            }
        }
        let card = render(&r, Look { color: false, width: 80 }, "dryga", Some("blitz"));
        assert!(card.lines().count() <= 20, "{card}");
        for (command, _) in NEXT {
            assert!(card.contains(command), "{command} missing");
        }
        assert!(card.contains("one project or post in full, e.g. dryga show blitz\n"), "{card}");
        let bullets: Vec<&str> = card.lines().filter(|l| l.starts_with("• ")).collect();
        assert_eq!(bullets.len(), RESULTS);
        assert!(bullets[0].contains("91%") && bullets[2].contains("eHealth"), "{bullets:?}");
    }

    /// A folder's card names commands that read the folder, and an item of
    /// its own as the example (it named `dryga list`, the bundled content,
    /// and `dryga show blitz`, which a folder need not have), and does not
    /// promise the Blitz case study to its searches.
    #[test]
    fn a_folder_s_card_names_commands_that_read_it() {
        let c = content::load_bundled().map(|l| l.corpus).expect("bundled content loads");
        let r = Resume::new(&c, None);
        let dryga = "dryga --content-dir 'my folder'";
        let card = render(&r, Look { color: false, width: 80 }, dryga, Some("widget"));
        let next = card.split("Go further:\n").nth(1).expect("the commands");
        let commands: Vec<&str> = next.lines().filter(|l| l.starts_with("  dryga")).collect();
        assert_eq!(commands.len(), NEXT.len(), "{card}");
        for line in commands {
            assert!(line.starts_with(&format!("  {dryga} ")), "{line:?}");
        }
        let words = next.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(words.contains("one project or post in full, e.g. widget dryga"), "{card}");
        assert!(!card.contains("blitz") && !card.contains("case study"), "{card}");
        assert!(words.contains("search every project and post"), "{card}");
        // A folder with no item gives no example.
        let card = render(&r, Look { color: false, width: 80 }, dryga, None);
        assert!(!card.contains("e.g. widget") && !card.contains("in full,"), "{card}");
        // A command is never cut, however long the folder's path and narrow the card.
        let long = format!("dryga --content-dir '/tmp/{}'", "a b ".repeat(20));
        for width in [20, 40, 80] {
            let card = render(&r, Look { color: false, width }, &long, Some("widget"));
            let next = card.split("Go further:\n").nth(1).expect("the commands");
            let whole = next.lines().filter(|l| l.trim_start().starts_with(&long)).count();
            assert_eq!(whole, NEXT.len(), "at {width} columns: {card}");
        }
    }
}
