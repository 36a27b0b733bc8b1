//! The résumé as one screen of text to skim on a terminal (about 60 lines at
//! 100 columns), or every project and result with `--full`.

use anstyle::Style;

use super::meta;
use crate::content::Item;
use crate::query::resume::{Body, Resume, Section};
use crate::render::Look;
use crate::render::style;
use crate::render::wrap::{Piece, painted, wrap};
use crate::sanitize::clean_line;

/// Key results the text view shows without `--full`: the profile lists the
/// Blitz figures (cost, savings, errors, latency, traffic) first.
pub const KEY_RESULTS: usize = 5;

/// Experience items the text view shows without `--full`, to fit about 60 lines at 100 columns.
pub const EXPERIENCE_SHOWN: usize = 6;

/// The widest the text view gets: longer lines are hard to skim.
pub const MAX_WIDTH: usize = 100;

/// Lines and colour for one rendering.
struct Out {
    lines: Vec<String>,
    width: usize,
    color: bool,
    full: bool,
}

impl Out {
    fn wrap(&mut self, pieces: &[Piece], first: &str, rest: &str) {
        self.lines.extend(wrap(pieces, self.width, first, rest, self.color));
    }
}

/// Renders the résumé to skim on a terminal: one screen at 100 columns, or
/// every project and result in full with `full`.
pub fn render(resume: &Resume<'_>, full: bool, look: Look) -> String {
    let mut out = Out { lines: Vec::new(), width: look.width.min(MAX_WIDTH), color: look.color, full };
    header(&mut out, resume, full);
    for section in &resume.sections {
        heading(&mut out.lines, section.title, out.width, out.color);
        body(&mut out, section);
    }
    let mut text = out.lines.join("\n");
    text.push('\n');
    text
}

/// Name, handle, headline and the summary (the short one on one screen).
fn header(out: &mut Out, resume: &Resume<'_>, full: bool) {
    let profile = resume.profile;
    let name = [
        Piece::new(clean_line(&profile.name), style::TITLE),
        Piece::new(format!(" · {}", clean_line(&profile.handle)), style::DIM),
    ];
    out.wrap(&name, "", "");
    out.wrap(&[Piece::new(clean_line(&profile.headline), style::ITALIC)], "", "");
    out.lines.push(String::new());
    let summary = if full { profile.summary.as_str() } else { profile.short_summary() };
    out.wrap(&[Piece::new(clean_line(summary), Style::new())], "", "");
}

/// One section's content.
fn body(out: &mut Out, section: &Section<'_>) {
    let full = out.full;
    match &section.body {
        Body::Results(results) => {
            let shown = if full { results.len() } else { KEY_RESULTS };
            for result in results.iter().take(shown) {
                out.wrap(&[Piece::new(clean_line(result), Style::new())], &bullet(out.color), "  ");
            }
        }
        Body::Projects { items, with_domain } => {
            // On one screen: the first projects on two lines each, the tools on one.
            let (shown, max_lines) = match (full, *with_domain) {
                (true, _) => (items.len(), usize::MAX),
                (false, true) => (EXPERIENCE_SHOWN, 2),
                (false, false) => (items.len(), 1),
            };
            for item in items.iter().take(shown) {
                out.lines.extend(entry(item, *with_domain, max_lines, out.width, out.color));
            }
            let hidden = items.len().saturating_sub(shown);
            if hidden > 0 {
                let note = format!("+ {hidden} more projects: dryga resume --full");
                out.wrap(&[Piece::new(note, style::DIM)], "  ", "  ");
            }
        }
        Body::Skills(groups) => skills(out, groups),
        Body::Writing(posts) => {
            for post in posts {
                let mut pieces = vec![Piece::new(clean_line(&post.title), Style::new())];
                if full {
                    pieces[0].style = style::BOLD;
                    pieces.push(Piece::new(format!(" — {}", clean_line(&post.summary)), Style::new()));
                }
                let max_lines = if full { usize::MAX } else { 1 };
                out.lines.extend(clamp(&pieces, max_lines, out.width, &bullet(out.color), "  ", out.color));
            }
        }
    }
}

/// Skill groups: labels in a column beside the skills, or above them when the
/// screen is narrow.
fn skills(out: &mut Out, groups: &[(&str, &[String])]) {
    let label_width = groups.iter().map(|(label, _)| label.len()).max().unwrap_or(0) + 2;
    let column = out.width >= label_width + 30;
    for (label, list) in groups {
        let list: Vec<String> = list.iter().map(|s| clean_line(s).into_owned()).collect();
        let pieces = [Piece::new(list.join(", "), Style::new())];
        if column {
            let first = painted(style::BOLD, &format!("{label:<label_width$}"), out.color);
            out.wrap(&pieces, &first, &" ".repeat(label_width));
        } else {
            out.wrap(&[Piece::new(*label, style::BOLD)], "", "");
            out.wrap(&pieces, "  ", "  ");
        }
    }
}

/// A bullet, styled.
fn bullet(color: bool) -> String {
    painted(style::BULLET, "• ", color)
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

/// A project on at most `max_lines` lines: title, domain (when `with_domain`)
/// and period, and its summary.
fn entry(item: &Item, with_domain: bool, max_lines: usize, width: usize, color: bool) -> Vec<String> {
    let mut pieces = vec![Piece::new(clean_line(&item.title), style::BOLD)];
    let meta = meta(item, with_domain);
    if !meta.is_empty() {
        pieces.push(Piece::new(format!(" · {}", meta.join(" · ")), style::DIM));
    }
    pieces.push(Piece::new(format!(" — {}", clean_line(&item.summary)), Style::new()));
    clamp(&pieces, max_lines, width, &bullet(color), "  ", color)
}

/// Wraps `pieces` like [`wrap`], but into at most `max_lines` lines: when the
/// text is longer, it is cut after the last word that fits and ends with "…".
fn clamp(pieces: &[Piece], max_lines: usize, width: usize, first: &str, rest: &str, color: bool) -> Vec<String> {
    let lines = wrap(pieces, width, first, rest, color);
    if lines.len() <= max_lines {
        return lines;
    }
    // Every word with its style, in order; then drop words from the end until
    // the rest and an ellipsis fit.
    let words: Vec<(Style, &str)> =
        pieces.iter().flat_map(|p| p.text.split(' ').filter(|w| !w.is_empty()).map(|w| (p.style, w))).collect();
    let cut = |keep: usize| {
        let pieces: Vec<Piece> = words[..keep]
            .iter()
            .enumerate()
            .map(|(i, (style, word))| {
                let word = if i + 1 == keep {
                    format!("{}…", word.trim_end_matches([',', ';', ':', '.', '—']))
                } else {
                    format!("{word} ")
                };
                Piece::new(word, *style)
            })
            .collect();
        wrap(&pieces, width, first, rest, color)
    };
    // Fewer words never take more lines: binary-search the most that fit,
    // then step back past a dangling dash or an opened parenthesis.
    let (mut lo, mut hi) = (1, words.len().saturating_sub(1));
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if cut(mid).len() <= max_lines { lo = mid } else { hi = mid - 1 }
    }
    for keep in (1..=lo).rev() {
        let last = words[keep - 1].1;
        if last == "—" || (last.contains('(') && !last.contains(')')) {
            continue;
        }
        let lines = cut(keep);
        if lines.len() <= max_lines {
            return lines;
        }
    }
    lines.into_iter().take(max_lines).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{self, Corpus};

    fn corpus() -> Corpus {
        content::load_bundled().map(|l| l.corpus).expect("bundled content loads")
    }

    #[test]
    fn clamps_to_whole_words_and_an_ellipsis() {
        let pieces = [Piece::new("aaa bbb ccc ddd eee fff", Style::new())];
        assert_eq!(clamp(&pieces, 2, 8, "", "", false), ["aaa bbb", "ccc ddd…"]);
        assert_eq!(clamp(&pieces, 2, 7, "", "", false), ["aaa bbb", "ccc…"]);
        assert_eq!(clamp(&pieces, 9, 8, "", "", false), ["aaa bbb", "ccc ddd", "eee fff"]);
    }

    #[test]
    fn text_fits_the_width_and_the_full_view_shows_everything() {
        let c = corpus();
        let r = Resume::new(&c);
        for width in [20, 27, 40, 80, 100, 200] {
            let out = render(&r, false, Look { color: true, width });
            for line in out.lines() {
                assert!(crate::render::markdown::console_width(line) <= width.min(MAX_WIDTH), "{width}: {line:?}");
            }
        }
        let full = render(&r, true, Look { color: false, width: 100 });
        for item in r.projects() {
            assert!(full.contains(&item.title), "{} missing", item.slug);
        }
        assert!(!full.contains("--full"));
    }
}
