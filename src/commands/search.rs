//! `dryga search`: ranked full-text search with snippets.

use super::Report;
use crate::cli::SearchArgs;
use crate::content::{Corpus, Item};
use crate::error::Result;
use crate::index::{FolderIndex, Load};
use crate::output::Terminal;
use crate::query::filter::{Filter, KindFilter};
use crate::query::search::CaseMode;
use crate::query::search::{self, Options};
use crate::render::{self, SearchFormat, shell_option, shell_quote};
use crate::sanitize::quote;

impl From<&SearchArgs> for Options {
    fn from(args: &SearchArgs) -> Self {
        Options {
            fuzzy: !args.exact && !args.regex,
            limit: args.limit.map(|n| usize::try_from(n).unwrap_or(usize::MAX)),
            ..Options::default()
        }
    }
}

/// What `search` needs of a folder loaded through its index: a search of
/// every item (no filter) needs only the items of its hits (every item for
/// a regex; the typo fallback reads every item's names), and the index
/// gives those; a filter looks at every item's fields.
pub fn need(args: &SearchArgs) -> Load {
    let every = matches!(args.kind, None | Some(KindFilter::All)) && args.tag.is_empty() && args.domain.is_empty();
    if every { Load::Search } else { Load::Fields }
}

/// Runs `search`, with the content folder's index when there is one (the
/// corpus's items then have no bodies: the index reads those it needs; with
/// no filter, the corpus has no items either, and the index gives them).
///
/// `dryga` begins the commands its notes name ([`super::dryga_in`]).
pub fn run(
    corpus: &Corpus,
    index: Option<&FolderIndex>,
    args: &SearchArgs,
    term: &Terminal,
    dryga: &str,
) -> Result<Report> {
    let query = search::parse_typed(&args.query(), args.case(), args.regex)?;
    let options = Options::from(args);
    let format = args.json.resolve(args.format, term.is_tty);
    // Every item of an index's folder: each hit is rendered as soon as it
    // is made, on the thread that made it, and let go (a common word's
    // thousands of hits and items are never held at once).
    let served = match index {
        Some(index) => search::search_forgiving_served_each(index, &query, options, &|hit| {
            render::search::part(hit, format, term.look, dryga)
        })?,
        None => None,
    };
    // Output whole, or in pieces (a served search's hits, not joined).
    let (stdout, more, found, corrected, hint) = if let Some(each) = served {
        let found = !each.hits.is_empty();
        let hint = hint_of(&each);
        (String::new(), render::search::pieces(each.hits, format), found, each.corrected, hint)
    } else {
        let filter = Filter::new(corpus, args.kind.unwrap_or(KindFilter::All), &args.tag, &args.domain)
            .map_err(|e| args.dashed_word(e, |word| corpus.has_tag(word)))?;
        // Every item is searched, for BM25's statistics and the typo
        // fallback; the filter only says which may be hits: it narrows the
        // hits of the search unfiltered, never reorders them.
        let items: Vec<&Item> = corpus.items.iter().collect();
        let keep = |item: &Item| filter.accepts(item);
        let outcome = match index {
            Some(index) => search::search_forgiving_indexed_within(index, &items, &keep, &query, options)?,
            None => search::search_forgiving_within(&items, &keep, &query, options),
        };
        let stdout = render::search::hits(&outcome.hits, format, term.look, dryga)?;
        let found = !outcome.hits.is_empty();
        let mut hint = hint_of(&outcome);
        if !found && hint.is_empty() {
            // The search unfiltered, for one hit: whether the filters left out every one.
            let every = |_: &Item| true;
            let one = Options { limit: Some(1), ..options };
            let unfiltered = match index {
                Some(index) => search::search_forgiving_indexed_within(index, &items, &every, &query, one)?,
                None => search::search_forgiving_within(&items, &every, &query, one),
            };
            if !unfiltered.hits.is_empty() {
                // A typo's correction is named: it is what matches.
                let what = unfiltered.corrected.as_deref().map_or_else(|| "it".to_owned(), quote);
                hint = format!(" with {}: the filters leave out every item {what} matches", filters_asked(args));
            }
        }
        // The hits are not freed one by one: the process ends once the report is
        // written (as `with_corpus` leaves the corpus; 70,000 hits' snippets
        // took a tenth of a common word's run to free, at 100,000 documents).
        std::mem::forget(outcome.hits);
        (stdout, Vec::new(), found, outcome.corrected, hint)
    };
    let mut report = Report { found, ..Report::default() };
    if let Some(corrected) = corrected {
        report.notes.push(format!(
            "no exact match for {}; showing results for {}",
            quote(&args.query()),
            quote(&corrected)
        ));
    } else if let Some(named) = domain_named(args).filter(|named| found && named.rest.is_empty()) {
        // A domain's name found as words of the text (`security`, `developer
        // tools`): the hits are the text's; the domain's items are a command
        // away. Not with other words (`security latency`): the note would
        // cost a second search, of them within the domain.
        if let Some((label, command)) = named.offered(corpus, index, dryga)? {
            report.notes.push(format!("{label} is also a domain: {command}"));
        }
    }
    if !found {
        let hint = if hint.is_empty() { domain_hint(corpus, index, args, dryga)?.unwrap_or_default() } else { hint };
        // `-e a -e b` (ripgrep's either pattern) is one switch and one
        // pattern of the words joined: say so, with the pattern that is either.
        let hint = if args.regex && args.words.len() > 1 && hint.is_empty() {
            let either = args.words.join("|");
            format!(
                " (--regex is a switch: the words make one pattern, joined by spaces; {} matches either)",
                quote(&either)
            )
        } else {
            hint
        };
        report.notes.push(format!("no matches for {}{hint}", quote(&args.query())));
        // Scripts still get a valid (empty) JSON array.
        if format != SearchFormat::Json {
            return Ok(report);
        }
    }
    report.stdout = stdout;
    report.more = more;
    Ok(report)
}

/// What to add to "no matches for …" ([`search::Outcome::hint`]), and for
/// words read as technologies' names, how to ask for the words, when that
/// finds something.
fn hint_of<H>(outcome: &search::Outcome<H>) -> String {
    let mut hint = outcome.hint();
    if !outcome.named.is_empty() && outcome.any_case {
        hint.push_str(if outcome.named.len() > 1 {
            "; try --ignore-case for the words in any case"
        } else {
            "; try --ignore-case for the word in any case"
        });
    }
    hint
}

/// The filters `args` asks for, as they would be typed (`--kind post --tag
/// elixir --domain fintech`).
fn filters_asked(args: &SearchArgs) -> String {
    let domains = args.domain.iter().map(|d| shell_option("--domain", d));
    kind_and_tags(args.kind, &args.tag).chain(domains).collect::<Vec<_>>().join(" ")
}

/// `--kind KIND` (when given) and each `--tag TAG`, as they would be typed:
/// what a message's command repeats of the filters asked for.
fn kind_and_tags(kind: Option<KindFilter>, tags: &[String]) -> impl Iterator<Item = String> + '_ {
    let kind = kind.as_ref().and_then(clap::ValueEnum::to_possible_value).map(|k| format!("--kind {}", k.get_name()));
    kind.into_iter().chain(tags.iter().map(|t| shell_option("--tag", t)))
}

/// A domain that a query of plain words names (`fintech`, `Developer
/// tools`; the text of no item need say it, each item's label does), the
/// query's other words, and what else the user asked that changes what a
/// search or a listing finds: kind, tags, case, corrections. [`Named::finds`]
/// checks the very command [`Named::command`] writes.
struct Named {
    domain: &'static crate::content::domain::Domain,
    rest: Vec<String>,
    /// `--kind`, as given.
    kind: Option<KindFilter>,
    /// `--tag`s, as given.
    tags: Vec<String>,
    /// `--case-sensitive` or `--ignore-case`, as asked.
    case: CaseMode,
    /// `--exact`.
    exact: bool,
}

/// The domain `args`' query names, if any ([`Named`]): its slug as one
/// word, or its label's words in a row; not in a regex, a phrase, a
/// prefix, nor with `--domain` given.
fn domain_named(args: &SearchArgs) -> Option<Named> {
    let query = args.query();
    if args.regex || !args.domain.is_empty() {
        return None;
    }
    let (domain, rest) = crate::query::filter::domain_named(&query)?;
    Some(Named { domain, rest, kind: args.kind, tags: args.tag.clone(), case: args.case(), exact: args.exact })
}

impl Named {
    /// The command that lists the domain's items, or searches the other
    /// words within it (`dryga search payments --domain fintech`; after
    /// `--` when they start with a dash, which clap would take for an
    /// option), with the kind, tags and matching asked for, as `dryga`
    /// begins this run's commands ([`super::dryga_in`]: its content folder).
    fn command(&self, dryga: &str) -> String {
        let rest = self.rest.join(" ");
        let mut line = format!("{dryga} {}", if rest.is_empty() { "list" } else { "search" });
        let dashed = rest.starts_with('-');
        if !rest.is_empty() && !dashed {
            line.push(' ');
            line.push_str(&shell_quote(&rest));
        }
        line.push_str(" --domain ");
        line.push_str(self.domain.slug);
        for flag in kind_and_tags(self.kind, &self.tags) {
            line.push(' ');
            line.push_str(&flag);
        }
        if !rest.is_empty() {
            let sensitive = self.case == CaseMode::Sensitive;
            let insensitive = self.case == CaseMode::Insensitive;
            for (on, flag) in
                [(sensitive, " --case-sensitive"), (insensitive, " --ignore-case"), (self.exact, " --exact")]
            {
                if on {
                    line.push_str(flag);
                }
            }
        }
        if dashed {
            line.push_str(" -- ");
            line.push_str(&shell_quote(&rest));
        }
        line
    }

    /// The domain's label and [`Named::command`], when that command finds
    /// something ([`domain_hint`]; a search that found a domain's name as
    /// words says it too: "Security is also a domain: dryga list --domain
    /// security").
    fn offered(
        &self,
        corpus: &Corpus,
        index: Option<&FolderIndex>,
        dryga: &str,
    ) -> Result<Option<(&'static str, String)>> {
        Ok(self.finds(corpus, index)?.then(|| (self.domain.label, self.command(dryga))))
    }

    /// Whether [`Named::command`] finds something in this content: an item
    /// of the domain (and kind and tags), or a hit of the other words
    /// within them, as that search would (typos corrected unless exact),
    /// through the index as by the scan.
    fn finds(&self, corpus: &Corpus, index: Option<&FolderIndex>) -> Result<bool> {
        use search::Index as _;
        // `list` shows projects unless told otherwise; `search` every kind.
        let kind = self.kind.unwrap_or(if self.rest.is_empty() { KindFilter::default() } else { KindFilter::All });
        // A domain with posts only is an error there (`DomainOnPosts`): nothing found.
        let Ok(filter) = Filter::new(corpus, kind, &self.tags, &[self.domain.slug.to_owned()]) else {
            return Ok(false);
        };
        let keep = |item: &Item| filter.accepts(item);
        if self.rest.is_empty() {
            // Served by the index, the corpus holds no items: the index gives them.
            if let Some(order) = index.and_then(|index| index.served().map(|order| (index, order))) {
                let (index, order) = order;
                for &doc in order {
                    if keep(index.fields(doc)?) {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            return Ok(corpus.items.iter().any(keep));
        }
        // As the command offered reads them: its small words left out too.
        let Ok(query) = search::parse_typed(&self.rest.join(" "), self.case, false) else { return Ok(false) };
        let options = Options { fuzzy: !self.exact, limit: None, ..Options::default() };
        if let Some(index) = index {
            let each = |hit: &search::Hit<'_>| Ok(keep(hit.item));
            if let Some(outcome) = search::search_forgiving_served_each(index, &query, options, &each)? {
                return Ok(outcome.hits.contains(&true));
            }
        }
        let items: Vec<&Item> = corpus.items.iter().collect();
        let options = Options { limit: Some(1), ..options };
        let hits = match index {
            Some(index) => search::search_forgiving_indexed_within(index, &items, &keep, &query, options)?.hits,
            None => search::search_forgiving_within(&items, &keep, &query, options).hits,
        };
        Ok(!hits.is_empty())
    }
}

/// When a query of plain words that found nothing names a domain, and the
/// command it offers finds something: `; FinTech is a domain: dryga search
/// payments --domain fintech`, the command begun as `dryga` begins this
/// run's. Not for `security payments` (no Security project is about
/// payments), nor `fintech zzzq`.
fn domain_hint(corpus: &Corpus, index: Option<&FolderIndex>, args: &SearchArgs, dryga: &str) -> Result<Option<String>> {
    let Some(named) = domain_named(args) else { return Ok(None) };
    let offered = named.offered(corpus, index, dryga)?;
    Ok(offered.map(|(label, command)| format!("; {label} is a domain: {command}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser as _;

    fn hint(query: &[&str]) -> Option<String> {
        let args = crate::cli::Cli::try_parse_from([&["dryga", "search"], query].concat()).expect("arguments");
        let crate::cli::Command::Search(search) = args.command.expect("a command") else { panic!("not search") };
        let corpus = crate::content::load_bundled().expect("the bundled content").corpus;
        domain_hint(&corpus, None, &search, "dryga").expect("a scan cannot fail")
    }

    #[test]
    fn a_domain_named_in_a_query_is_offered_as_one() {
        assert_eq!(hint(&["fintech"]).as_deref(), Some("; FinTech is a domain: dryga list --domain fintech"));
        assert_eq!(
            hint(&["FinTech payments"]).as_deref(),
            Some("; FinTech is a domain: dryga search payments --domain fintech")
        );
        assert_eq!(
            hint(&["developer tools for elixir"]).as_deref(),
            Some("; Developer tools is a domain: dryga search 'for elixir' --domain developer-tools")
        );
        assert_eq!(
            hint(&["developer-tools"]).as_deref(),
            Some("; Developer tools is a domain: dryga list --domain developer-tools")
        );
        // Its slug's words apart, or its other name, in one word or two.
        for (query, offered) in [
            ("ad tech", "; AdTech is a domain: dryga list --domain adtech"),
            ("healthcare", "; HealthTech is a domain: dryga list --domain healthtech"),
            ("Health care", "; HealthTech is a domain: dryga list --domain healthtech"),
            ("Health-care", "; HealthTech is a domain: dryga list --domain healthtech"),
            // The command offered leaves its small words out, as this one does.
            ("fintech payments she", "; FinTech is a domain: dryga search 'payments she' --domain fintech"),
            ("fin-tech payments", "; FinTech is a domain: dryga search payments --domain fintech"),
        ] {
            assert_eq!(hint(&[query]).as_deref(), Some(offered), "{query}");
        }
        for query in [&["zanzibar"][..], &["fintech", "--regex"], &["\"fintech app\""], &["fintech", "--domain", "web"]]
        {
            assert_eq!(hint(query), None, "{query:?}");
        }
        // Only a command that finds something: `zzzq` is nowhere, and no
        // Security project is about payments, nor a Communications one
        // about skills (`security` and `communications` are words of text too).
        for query in ["fintech zzzq", "security payments", "communications skills", "web performance tuning"] {
            assert_eq!(hint(&[query]), None, "{query}");
        }
        // Words that start with a dash come after `--`, as clap takes them.
        let named = Named {
            domain: &crate::content::domain::DOMAINS[1],
            rest: vec!["-x".to_owned()],
            kind: None,
            tags: vec!["-t".to_owned()],
            case: CaseMode::Sensitive,
            exact: false,
        };
        assert_eq!(
            named.command("dryga"),
            format!("dryga search --domain {} --tag=-t --case-sensitive -- -x", named.domain.slug)
        );
    }

    /// The command offered keeps what the user asked that changes what it
    /// finds (kind, tags, case, corrections), and is offered only when that
    /// very command finds something: `fintech payments --tag kubernetes`
    /// offered `dryga search payments --domain fintech`, which dropped the tag.
    #[test]
    fn the_command_offered_keeps_the_filters_and_matching_asked_for() {
        let offered = |query: &[&str]| hint(query).map(|h| h.replacen("; FinTech is a domain: ", "", 1));
        for (query, command) in [
            (&["fintech", "--tag", "mobile"][..], "dryga list --domain fintech --tag mobile"),
            (&["fintech", "--kind", "all", "-t", "Payments"], "dryga list --domain fintech --kind all --tag Payments"),
            (&["fintech payments", "--tag", "mobile"], "dryga search payments --domain fintech --tag mobile"),
            (&["fintech payments", "--kind", "project"], "dryga search payments --domain fintech --kind project"),
            (&["fintech payments", "-s"], "dryga search payments --domain fintech --case-sensitive"),
            (&["fintech payments", "--exact"], "dryga search payments --domain fintech --exact"),
            // `--ignore-case` reads a technology's name as any word: kept.
            (&["fintech payments", "-i"], "dryga search payments --domain fintech --ignore-case"),
            (&["fintech go", "-i"], "dryga search go --domain fintech --ignore-case"),
        ] {
            assert_eq!(offered(query).as_deref(), Some(command), "{query:?}");
        }
        // What the command offered would not find is not offered: no
        // FinTech item has the tag, a domain is never a post's, `Payments`
        // is no word as written, `paymnets` is corrected only by default.
        for query in [
            &["fintech", "--tag", "elixir"][..],
            &["fintech payments", "--tag", "kubernetes"],
            &["fintech payments", "--kind", "post"],
            &["fintech Payments", "-s"],
            &["fintech paymnets", "--exact"],
        ] {
            assert_eq!(offered(query), None, "{query:?}");
        }
        assert!(offered(&["fintech paymnets"]).is_some());
    }
}
