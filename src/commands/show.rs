//! `dryga show`: one item, found by slug or title, as text, Markdown or JSON.

use super::Report;
use crate::cli::ShowArgs;
use crate::content::Corpus;
use crate::error::{Error, Result};
use crate::output::Terminal;
use crate::query::{lookup, section};
use crate::render::show::{self, View};
use crate::render::{shell_option, shell_quote};
use crate::sanitize::quote;

/// The error of a name whose words before `--section` name an item and
/// whose words after it were meant for it (`show blitz --section the ask`:
/// the name "blitz ask"), when no item has the name. With every word after
/// it (`show --section the ask blitz`), the first of them are the
/// section's and the others name the item.
fn section_words_in_name(corpus: &Corpus, args: &ShowArgs) -> Option<Error> {
    let section = args.section.as_ref()?;
    let words = &args.name;
    let first = words.len().checked_sub(args.after_section).filter(|&first| first < words.len())?;
    // Where the item's words are, and the section's.
    let splits: Vec<(std::ops::Range<usize>, std::ops::Range<usize>)> = if first > 0 {
        vec![(0..first, first..words.len())]
    } else {
        (1..words.len()).map(|k| (k..words.len(), 0..k)).collect()
    };
    splits.into_iter().find_map(|(item_words, section_words)| {
        // A title two items have is said so (`show twin title --section the ask`).
        let item = match lookup::resolve(corpus, &words[item_words].join(" ")) {
            Ok(item) => item,
            Err(e @ Error::AmbiguousTitle { .. }) => return Some(e),
            Err(_) => return None,
        };
        let rest = words[section_words].join(" ");
        Some(Error::SectionWordsInName {
            name: args.named(),
            slug: item.slug.clone(),
            section: format!("{section} {rest}"),
            rest,
            dryga: crate::error::DRYGA.to_owned(),
        })
    })
}

/// Runs `show`; `dryga` begins the commands its notes name ([`super::dryga_in`]).
pub fn run(corpus: &Corpus, args: &ShowArgs, term: &Terminal, dryga: &str) -> Result<Report> {
    let item = lookup::resolve(corpus, &args.named()).map_err(|e| match e {
        Error::NotFound { .. } => section_words_in_name(corpus, args).unwrap_or(e),
        e => e,
    })?;
    let format = args.json.resolve(args.format, term.is_tty);
    // Prose reads best at a measure, as the résumé keeps it.
    let look = term.prose(crate::render::resume::text::MAX_WIDTH);
    let Some(wanted) = &args.section else {
        return Ok(Report::found(show::render(View::whole(item), format, look)?));
    };
    let headings = section::outline(&item.body);
    let heading = section::find(&headings, wanted).map_err(|near| {
        let (slug, wanted) = (item.slug.clone(), wanted.clone());
        // A name with no words names no heading: a bad value, as an empty query is.
        if section::has_words(&wanted) {
            Error::SectionNotFound { slug, wanted, near }
        } else {
            // The sections to give words of: a heading of none ("🚀") cannot be named.
            Error::SectionWithoutWords {
                slug,
                wanted,
                sections: section::to_offer(&headings),
                headed: !headings.is_empty(),
            }
        }
    })?;
    let path = section::path_text(&headings, heading.start).unwrap_or_else(|| heading.title.clone());
    let view = View { item, section: Some((&path, &item.body[heading.start..heading.end])) };
    let mut report = Report::found(show::render(view, format, look)?);
    // A name that names other sections too says which, and how to name each
    // alone; one no words name alone (a second "Results") by its path only.
    for other in section::also(&headings, wanted, heading) {
        if let Some(name) = section::short_name(&headings, other) {
            report.notes.push(format!(
                "{} also names {}: {dryga} show {} {}",
                quote(wanted),
                quote(&other.title),
                shell_quote(&item.slug),
                shell_option("--section", &name)
            ));
        } else {
            // No `--section` words open it: it is read in the item whole.
            let path = section::path_text(&headings, other.start).unwrap_or_else(|| other.title.clone());
            report.notes.push(format!(
                "{} also names {}, which no --section words name alone: {dryga} show {} shows it",
                quote(wanted),
                quote(&path),
                shell_quote(&item.slug)
            ));
        }
    }
    Ok(report)
}
