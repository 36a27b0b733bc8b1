//! `dryga show`: one item, found by slug or title, as text, Markdown or JSON.

use super::Report;
use crate::cli::{ShowArgs, ShowFormat};
use crate::content::{Corpus, Item};
use crate::error::{Error, Result};
use crate::output::Terminal;
use crate::query::suggest;
use crate::render::json::{self, ItemJson, ShowJson};
use crate::render::{Look, show};
use crate::sanitize::quote;

/// Finds an item by slug, title, or "Title - Subtitle", ignoring case.
pub fn resolve<'a>(corpus: &'a Corpus, name: &str) -> Result<&'a Item> {
    let wanted = name.trim();
    if let Some(item) = corpus.by_slug(wanted) {
        return Ok(item);
    }
    // Titles match by their words, whatever the punctuation between them:
    // "eHealth: National Health Service of Ukraine" is "eHealth - National …".
    let words = |s: &str| crate::query::search::tokens(s).map(|(_, w)| w.to_lowercase()).collect::<Vec<_>>();
    let wanted_words = words(wanted);
    let by_title = corpus.items.iter().find(|i| {
        !wanted_words.is_empty() && (words(&i.title) == wanted_words || words(&i.full_title()) == wanted_words)
    });
    if let Some(item) = by_title {
        return Ok(item);
    }
    let mut near = suggest::closest(wanted, corpus.items.iter().map(|i| i.slug.as_str()), 3);
    if near.is_empty() {
        // Titles are matched too, but suggested by their slugs.
        let titles = suggest::closest(wanted, corpus.items.iter().map(|i| i.title.as_str()), 3);
        near = titles
            .iter()
            .filter_map(|t| corpus.items.iter().find(|i| i.title == *t).map(|i| i.slug.as_str()))
            .collect();
    }
    Err(Error::NotFound(format!(
        "no project or post named {}{}{}",
        quote(wanted),
        suggest::did_you_mean(&near),
        if near.is_empty() { " (run `dryga list --kind all` to see them all)" } else { "" }
    )))
}

/// Runs `show`.
pub fn run(corpus: &Corpus, args: &ShowArgs, term: &Terminal) -> Result<Report> {
    let item = resolve(corpus, &args.name)?;
    let format = if args.json { ShowFormat::Json } else { args.format };
    let stdout = match format {
        ShowFormat::Text => show::text(item, term.look),
        ShowFormat::Markdown => crate::sanitize::clean_source(&item.body).into_owned(),
        ShowFormat::Json => {
            let plain = Look { color: false, width: term.look.width };
            let value = ShowJson { item: ItemJson::from(item), body: &item.body, text: show::text(item, plain) };
            let mut s = json::to_string(&value, true);
            s.push('\n');
            s
        }
    };
    Ok(Report { stdout, notes: Vec::new(), found: true })
}
