//! Finding one item by what a person types: its slug, its title, or the
//! site's "Title - Subtitle", ignoring case and punctuation between words.

use super::search::tokens;
use super::suggest;
use crate::content::{Corpus, Item};
use crate::error::{Error, Result};

/// The words of `s`, lowercase, for comparing titles whatever their punctuation.
fn words(s: &str) -> Vec<String> {
    tokens(s).map(|(_, w)| w.to_lowercase()).collect()
}

/// Finds an item by slug, title, or "Title - Subtitle", ignoring case. Not
/// found: [`Error::NotFound`] with the closest slugs; an empty name (or
/// spaces): [`Error::EmptyName`].
pub fn resolve<'a>(corpus: &'a Corpus, name: &str) -> Result<&'a Item> {
    let wanted = name.trim();
    if wanted.is_empty() {
        return Err(Error::EmptyName { dryga: crate::error::DRYGA.to_owned() });
    }
    if let Some(item) = corpus.by_slug(wanted) {
        return Ok(item);
    }
    // Titles match by their words, whatever the punctuation between them:
    // "eHealth: National Health Service of Ukraine" is "eHealth - National …".
    let wanted_words = words(wanted);
    let by_title: Vec<&Item> = corpus
        .items
        .iter()
        .filter(|i| {
            !wanted_words.is_empty() && (words(&i.title) == wanted_words || words(&i.full_title()) == wanted_words)
        })
        .collect();
    match by_title.as_slice() {
        [item] => return Ok(item),
        // Several items with the title (`dryga check` warns): none is picked for the user.
        [_, _, ..] => {
            let slugs = by_title.iter().map(|i| i.slug.clone()).collect();
            return Err(Error::AmbiguousTitle { name: wanted.to_owned(), slugs });
        }
        [] => {}
    }
    // A title without the aside in brackets at its end ("Best Wallet" of
    // "Best Wallet (ex. MBank)"), when one item alone has it.
    let mut by_short_title = corpus.items.iter().filter(|i| {
        let short = without_aside(&i.title);
        !wanted_words.is_empty() && short.len() < i.title.len() && words(short) == wanted_words
    });
    if let (Some(item), None) = (by_short_title.next(), by_short_title.next()) {
        return Ok(item);
    }
    // The slug with underscores or spaces for its hyphens (`logger_json`,
    // `logger json`), as one types a name: that slug, and no other.
    let hyphened = wanted.split(|c: char| c == '_' || c.is_whitespace()).filter(|p| !p.is_empty());
    let hyphened = hyphened.collect::<Vec<_>>().join("-");
    if hyphened != wanted {
        if let Some(item) = corpus.by_slug(&hyphened) {
            return Ok(item);
        }
    }
    // The item's file or a link to it, as copied (`blitz.md`,
    // `projects/blitz.md`, `content/posts/x.md`, `https://…/projects/blitz`):
    // its last part, without `.md`; not a title of words ("CI/CD Pipeline").
    let named = if wanted.contains(char::is_whitespace) { wanted } else { file_slug(wanted) };
    if named != wanted {
        // Its underscores for hyphens too, as a slug typed (`…/logger_json`).
        if let Some(item) = corpus.by_slug(named).or_else(|| corpus.by_slug(&named.replace('_', "-"))) {
            return Ok(item);
        }
    }
    Err(Error::NotFound {
        name: wanted.to_owned(),
        near: near_slugs(corpus, if named.is_empty() { wanted } else { named }),
        dryga: crate::error::DRYGA.to_owned(),
    })
}

/// The slug a path or a link names by its last part (`projects/blitz.md`,
/// `https://example.com/projects/blitz/?x#y`: `blitz`), without `.md`;
/// `name` itself when it has no `/` and no `.md`.
fn file_slug(name: &str) -> &str {
    let name = name.split(['?', '#']).next().unwrap_or(name);
    let last = name.split(['/', '\\']).rfind(|part| !part.is_empty()).unwrap_or(name);
    match last.len().checked_sub(3) {
        Some(at) if last.is_char_boundary(at) && last[at..].eq_ignore_ascii_case(".md") => &last[..at],
        _ => last,
    }
}

/// Each item whose title an item before it has, with that item: the
/// title's words, in any case, as [`resolve`] finds an item by its title
/// (which names neither then).
pub fn shared_titles(items: &[Item]) -> Vec<(&Item, &Item)> {
    let mut first: std::collections::HashMap<Vec<String>, &Item> = std::collections::HashMap::new();
    let mut shared = Vec::new();
    for item in items {
        let key = words(&item.title);
        if key.is_empty() {
            continue;
        }
        match first.get(&key) {
            Some(earlier) => shared.push((item, *earlier)),
            None => {
                first.insert(key, item);
            }
        }
    }
    shared
}

/// `title` without an aside in brackets at its end (`Best Wallet (ex.
/// MBank)`: "Best Wallet"); as it is when it has none, or is nothing else.
fn without_aside(title: &str) -> &str {
    let trimmed = title.trim_end();
    match trimmed.strip_suffix(')').and_then(|t| t.rfind('(').map(|at| t[..at].trim_end())) {
        Some(short) if !short.is_empty() => short,
        _ => title,
    }
}

/// Up to three slugs close to `wanted`: the slugs that start with it, then
/// the items whose title holds each of its words (`MBank` is in "Best
/// Wallet (ex. MBank)": a slug spelt nearly alike, `man`, is a worse
/// guess); with none of those, slugs spelt alike, else titles.
fn near_slugs(corpus: &Corpus, wanted: &str) -> Vec<String> {
    let lower = wanted.to_lowercase();
    let wanted_words = words(wanted);
    let starting = corpus.items.iter().filter(|i| !lower.is_empty() && i.slug.starts_with(&lower));
    let holding = corpus
        .items
        .iter()
        .filter(|i| !wanted_words.is_empty() && wanted_words.iter().all(|w| words(&i.full_title()).contains(w)));
    let mut named: Vec<String> = Vec::new();
    for item in starting.chain(holding) {
        if named.len() < 3 && !named.contains(&item.slug) {
            named.push(item.slug.clone());
        }
    }
    if !named.is_empty() {
        return named;
    }
    let near = suggest::closest(wanted, corpus.items.iter().map(|i| i.slug.as_str()), 3);
    if !near.is_empty() {
        return near.into_iter().map(str::to_owned).collect();
    }
    // Titles are matched too, but suggested by their slugs.
    suggest::closest(wanted, corpus.items.iter().map(|i| i.title.as_str()), 3)
        .iter()
        .filter_map(|t| corpus.items.iter().find(|i| i.title == *t).map(|i| i.slug.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus() -> Corpus {
        crate::content::load_bundled().map(|l| l.corpus).expect("bundled content loads")
    }

    /// A title's words without its aside in brackets name its item.
    #[test]
    fn a_title_without_its_aside_in_brackets_finds_its_item() {
        let c = corpus();
        for name in ["Best Wallet", "best wallet", "Best Wallet (ex. MBank)"] {
            assert_eq!(resolve(&c, name).map(|i| i.slug.as_str()).ok(), Some("best-wallet"), "{name}");
        }
        assert!(resolve(&c, "Best").is_err());
        assert_eq!(without_aside("A (b) c"), "A (b) c");
        assert_eq!(without_aside("(only)"), "(only)");
        assert_eq!(without_aside("Title (aside) "), "Title");
    }

    #[test]
    fn a_name_in_a_title_suggests_its_item_before_slugs_spelt_alike() {
        let c = corpus();
        let near = |name: &str| match resolve(&c, name) {
            Err(Error::NotFound { near, .. }) => near,
            other => panic!("{name}: {:?}", other.map(|i| &i.slug)),
        };
        assert_eq!(near("MBank"), ["best-wallet"]);
        // A slug that starts with it comes first.
        assert_eq!(near("elixir").first().map(String::as_str), Some("elixir-bench"));
        assert_eq!(near("mbank"), ["best-wallet"]);
        // No title holds it: slugs spelt alike, as before.
        assert_eq!(near("blitzz"), ["blitz"]);
    }

    /// A file or a link, as copied: its last part, without `.md`.
    #[test]
    fn an_items_file_or_link_finds_it() {
        let c = corpus();
        for name in [
            "blitz.md",
            "BLITZ.MD",
            "projects/blitz.md",
            "content/projects/blitz.md",
            "/projects/blitz/",
            "https://example.com/projects/blitz",
            "https://example.com/projects/blitz/?utm=x#top",
            "projects\\blitz.md",
        ] {
            assert_eq!(resolve(&c, name).map(|i| i.slug.as_str()).ok(), Some("blitz"), "{name}");
        }
        let underscores = resolve(&c, "https://example.com/projects/logger_json");
        assert_eq!(underscores.map(|i| i.slug.as_str()).ok(), Some("logger-json"));
        // Mistyped, the suggestion is the slug's.
        let Err(Error::NotFound { near, .. }) = resolve(&c, "projects/blits.md") else { panic!("found") };
        assert_eq!(near.first().map(String::as_str), Some("blitz"));
        assert!(resolve(&c, "projects/").is_err() && resolve(&c, ".md").is_err() && resolve(&c, "/").is_err());
        // Words are a title, not a path.
        assert!(resolve(&c, "a title/blitz").is_err());
    }

    /// A slug typed with underscores or spaces for its hyphens is that slug
    /// (`logger_json`: the title `LoggerJSON` has no two words to match); no
    /// other join of words is.
    #[test]
    fn a_slug_with_underscores_or_spaces_for_hyphens_finds_its_item() {
        let c = corpus();
        for name in ["logger_json", "logger json", "LOGGER_JSON", "logger__json"] {
            assert_eq!(resolve(&c, name).map(|i| i.slug.as_str()).ok(), Some("logger-json"), "{name}");
        }
        for name in ["log_json", "logger_js", "_"] {
            assert!(resolve(&c, name).is_err(), "{name}");
        }
    }

    #[test]
    fn finds_by_slug_title_and_full_title_in_any_case() {
        let c = corpus();
        for name in ["blitz", "BLITZ", " Ecto Mnesia Adapter ", "ehealth: national health service of ukraine"] {
            assert!(resolve(&c, name).is_ok(), "{name}");
        }
        assert_eq!(resolve(&c, "Sage - Sagas Pattern in Elixir").map(|i| i.slug.as_str()).ok(), Some("sage"));
    }

    /// A title two items have picks neither: the error names both slugs.
    #[test]
    fn a_title_of_several_items_names_their_slugs() {
        let mut c = corpus();
        let sage = c.items.iter().position(|i| i.slug == "sage").expect("sage");
        let confex = c.items.iter().position(|i| i.slug == "confex").expect("confex");
        for i in [sage, confex] {
            c.items[i].title = "Foo Bar".to_owned();
            c.items[i].subtitle = None;
        }
        match resolve(&c, "foo bar") {
            Err(e @ Error::AmbiguousTitle { .. }) => {
                let message = e.to_string();
                assert!(message.contains("sage") && message.contains("confex"), "{message}");
                assert_eq!(e.exit_code(), 2);
            }
            other => panic!("{:?}", other.map(|i| &i.slug)),
        }
        assert_eq!(resolve(&c, "sage").map(|i| i.slug.as_str()).ok(), Some("sage"), "a slug still names one");
    }

    #[test]
    fn not_found_names_the_closest_slugs() {
        let c = corpus();
        match resolve(&c, "blits") {
            Err(Error::NotFound { name, near, .. }) => {
                assert_eq!(name, "blits");
                assert_eq!(near.first().map(String::as_str), Some("blitz"));
            }
            other => panic!("{other:?}"),
        }
        // An empty name names nothing: a bad value, not a name not found.
        assert!(matches!(resolve(&c, ""), Err(Error::EmptyName { .. })));
        assert!(matches!(resolve(&c, " \t"), Err(Error::EmptyName { .. })));
        // A misspelt title is suggested by its slug.
        match resolve(&c, "Ecto Mnesia Adaptr") {
            Err(Error::NotFound { near, .. }) => assert_eq!(near, ["ecto-mnesia-adapter"]),
            other => panic!("{other:?}"),
        }
    }
}
