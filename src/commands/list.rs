//! `dryga list` and `dryga posts`: filtered, sorted listings.

use super::Report;
use crate::cli::{ListArgs, ListFilters, PostsArgs};
use crate::content::Corpus;
use crate::error::Result;
use crate::output::Terminal;
use crate::query::filter::{self, Filter, KindFilter};
use crate::render::listing;

/// Runs `list`; `dryga` begins the commands its notes name ([`super::dryga_in`]).
pub fn list(corpus: &Corpus, args: &ListArgs, term: &Terminal, dryga: &str) -> Result<Report> {
    run(corpus, (args.kind.unwrap_or_default(), &args.domain), &args.filters, term, dryga)
}

/// Runs `posts` (`list --kind post`).
pub fn posts(corpus: &Corpus, args: &PostsArgs, term: &Terminal, dryga: &str) -> Result<Report> {
    run(corpus, (KindFilter::Post, &[]), &args.filters, term, dryga)
}

fn run(
    corpus: &Corpus,
    (kind, domains): (KindFilter, &[String]),
    f: &ListFilters,
    term: &Terminal,
    dryga: &str,
) -> Result<Report> {
    let filter = Filter::new(corpus, kind, &f.tag, domains)?;
    let mut items = filter.apply(corpus);
    filter::sort(&mut items, f.sort.unwrap_or_default());
    filter::limit(&mut items, f.limit);
    let format = f.json.resolve(f.format, term.is_tty);
    if items.is_empty() {
        // Without a filter, the content has none of that kind: say so, not
        // that filters (none given) left nothing.
        let why = match (f.tag.is_empty() && domains.is_empty(), kind) {
            (false, _) => {
                other_kind(corpus, (kind, domains), f, dryga)?.unwrap_or_else(|| "no items match these filters".into())
            }
            (true, KindFilter::Project) => "no projects: the content has none".into(),
            (true, KindFilter::Post) => "no posts: the content has none".into(),
            (true, KindFilter::All) => "no projects or posts: the content has none".into(),
        };
        return Report::nothing_listed(format, &why, || listing::items(&items, format, term.look));
    }
    Ok(Report::found(listing::items(&items, format, term.look)?))
}

/// What to say when the tags asked for are on items of the other kind only
/// (`list --tag mix`, a post's tag): how many of those there are, and the
/// command that lists them (begun with `dryga`, with the same tags: `dryga
/// posts --tag mix`). `None` when they are on none either (or a domain was
/// asked for: posts have none).
fn other_kind(
    corpus: &Corpus,
    (kind, domains): (KindFilter, &[String]),
    f: &ListFilters,
    dryga: &str,
) -> Result<Option<String>> {
    let (asked, other, one, many, command) = match kind {
        KindFilter::Project => ("projects", KindFilter::Post, "post does", "posts do", "posts"),
        KindFilter::Post => ("posts", KindFilter::Project, "project does", "projects do", "list"),
        KindFilter::All => return Ok(None),
    };
    if !domains.is_empty() {
        return Ok(None);
    }
    let found = Filter::new(corpus, other, &f.tag, domains)?.apply(corpus).len();
    Ok((found > 0).then(|| {
        let (what, them) = if found == 1 { (one, "it") } else { (many, "them") };
        let mut line = format!("{dryga} {command}");
        for tag in &f.tag {
            line.push(' ');
            line.push_str(&crate::render::shell_option("--tag", tag));
        }
        format!("no {asked} match these filters; {found} {what} (`{line}` lists {them})")
    }))
}
