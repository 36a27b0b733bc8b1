//! Search semantics and safety over the bundled content: the obvious item
//! first, whole words after stemming, prefixes only when asked, corrections
//! only for real typos, and match spans that always index the snippet. The
//! judged query set is in `relevance.rs`.

use dryga::content::{Corpus, Item};
use dryga::query::search::{self, CaseMode, Field, Options, Query};
use proptest::prelude::*;

use crate::support::corpus;

/// Search options: the typo fallback on or off.
fn fuzzy(on: bool) -> Options {
    Options { fuzzy: on, ..Options::default() }
}

fn query(q: &str) -> Query {
    search::parse(q, CaseMode::Smart, false).unwrap_or_else(|e| panic!("{q}: {e}"))
}

fn top(corpus: &Corpus, q: &str) -> Vec<String> {
    let items: Vec<&Item> = corpus.items.iter().collect();
    search::search_forgiving(&items, &query(q), fuzzy(true)).hits.iter().map(|h| h.item.slug.clone()).collect()
}

#[test]
fn the_obvious_item_comes_first() {
    let c = corpus();
    for (q, first) in [
        // A technology named by one project finds that project first.
        ("duckdb", "blitz"),
        ("wireguard", "firezone"),
        ("mnesia", "ecto-mnesia-adapter"),
        ("mastercard", "mastercard-moneysend"),
        ("payday", "forza"),
        ("heroku", "man"),
        ("spawnfest", "elixir-bench"),
        ("paralympic", "parasport"),
        ("kyiv", "l15"),
        // A word of a post title finds the post.
        ("stale", "run-stale-tests-on-file-change-in-elixir"),
        ("blockchain", "bringing-blockchain-properties-to-centralized-government-databases"),
        ("uploads", "alternative-approach-for-sensitive-file-uploads"),
        ("10x", "the-real-10x-engineer"),
        ("signed urls", "alternative-approach-for-sensitive-file-uploads"),
        // A whole title names its item, ahead of items that only mention it.
        ("sage", "sage"),
        // A name with its domain is found by the name (IPSP.com).
        ("ipsp", "ipsp-com"),
        ("man", "man"),
        ("Blitz", "blitz"),
    ] {
        let hits = top(&c, q);
        assert_eq!(hits.first().map(String::as_str), Some(first), "{q}: {hits:?}");
    }
}

#[test]
fn every_hit_has_snippets_with_exact_spans_on_real_queries() {
    let c = corpus();
    for q in ["duckdb", "elixir", "kube*", "\"open source\"", "P99", "terraform gcp", "sage", "man", "json logs"] {
        check_spans(&c, &query(q));
    }
    for re in [r"\*\*Result", r"(?s)Thanks.*Austin", r"P9[59]", r"\$\d+k"] {
        let q = search::parse(re, CaseMode::Smart, true).expect("regex");
        check_spans(&c, &q);
    }
}

/// `^` and `$` in a `--regex` match at each line's start and end, as
/// ripgrep's do (at the body's ends alone, `month$` and `^> What` found
/// nothing), and a hit on the Markdown a snippet drops (`^- `, `^> `) shows
/// its line as written (it had no snippet at all).
#[test]
fn regex_anchors_match_at_each_line_as_in_ripgrep_and_show_their_line() {
    let c = corpus();
    let items: Vec<&Item> = c.items.iter().collect();
    for (re, shown) in [
        (r"month$", "Cloud spend: ~$220k/month"),
        (r"^> What would", "> What would you say"),
        (r"^- \*\*Cloud", "- **Cloud spend:** ~$220k/month"),
    ] {
        let q = search::parse(re, CaseMode::Smart, true).expect("regex");
        let hits = search::search(&items, &q, fuzzy(false));
        let blitz = hits.iter().find(|h| h.item.slug == "blitz").unwrap_or_else(|| panic!("{re}: no hit on blitz"));
        assert!(blitz.snippets.iter().any(|s| s.text.starts_with(shown)), "{re}: {:?}", blitz.snippets);
        check_spans_in(&items, &q);
    }
}

#[test]
fn every_word_must_match_and_phrases_match_in_a_row() {
    let c = corpus();
    assert_eq!(top(&c, "terraform wireguard"), ["firezone"]);
    assert!(top(&c, "duckdb wireguard").is_empty());
    let phrase = top(&c, "\"open source\"");
    assert!(phrase.contains(&"firezone".to_owned()) && phrase.contains(&"gandalf".to_owned()), "{phrase:?}");
    assert!(top(&c, "\"source open\"").is_empty());
    assert_eq!(top(&c, "\"virtual sales floors\""), ["bullpen"], "phrases match after stemming");
}

#[test]
fn whole_words_only_and_prefixes_when_asked() {
    let c = corpus();
    // "man" is Man's title; "management" and "manually" are other words.
    assert_eq!(top(&c, "man").first().map(String::as_str), Some("man"));
    assert!(top(&c, "man").len() < top(&c, "man*").len(), "man* also finds management");
    assert!(top(&c, "kube").is_empty());
    assert!(top(&c, "kube*").contains(&"blitz".to_owned()));
    assert!(top(&c, "java").is_empty(), "java is not JavaScript");
    assert!(top(&c, "io").is_empty(), "io is not iOS");
    assert!(top(&c, "ios").contains(&"ecommpay".to_owned()));
    assert!(!top(&c, "javascript").is_empty());
}

#[test]
fn a_stem_joins_only_forms_of_one_word() {
    let c = corpus();
    let items: Vec<&Item> = c.items.iter().collect();
    let matched = |q: &str| {
        let mut words: Vec<String> =
            search::search(&items, &query(q), fuzzy(false)).into_iter().flat_map(|h| h.matched).collect();
        words.sort();
        words.dedup();
        words
    };
    // Snowball's stem of `engineer` is `engine`'s: Gandalf, Man and Forza
    // (each an engine) were hits, and `ads` found "added".
    assert_eq!(matched("engineer"), ["engineer", "engineering"]);
    for slug in ["gandalf", "man", "forza"] {
        assert!(!top(&c, "engineer").contains(&slug.to_owned()), "{slug}");
    }
    assert!(!matched("ads").iter().any(|w| w.starts_with("add")), "{:?}", matched("ads"));
    assert!(!matched("production").contains(&"product".to_owned()));
    // Forms of one word still find each other.
    for (q, form) in [
        ("logs", "logging"),
        ("deploy", "deployment"),
        ("processes", "process"),
        ("businesses", "business"),
        ("implementation", "implementing"),
        ("configure", "configuration"),
        // An acronym's plural, whose `s` Snowball keeps: "two small VMs",
        // "world-class DJs", "Error budgets, SLOs" were found by no singular.
        ("vm", "vms"),
        ("DJ", "djs"),
        ("slo", "slos"),
        // A gerund's plural: Blitz's "saved $500k/year" is a saving.
        ("savings", "saved"),
        ("save", "savings"),
    ] {
        assert!(matched(q).contains(&form.to_owned()), "{q}: {:?}", matched(q));
    }
}

#[test]
fn case_never_matters_for_words_unless_asked() {
    let c = corpus();
    let items: Vec<&Item> = c.items.iter().collect();
    for (a, b) in [("ELIXIR", "elixir"), ("Duckdb", "duckdb"), ("EHEALTH", "ehealth")] {
        assert_eq!(top(&c, a), top(&c, b), "{a} and {b}");
        assert!(!top(&c, a).is_empty(), "{a}");
    }
    let exact = |q: &str| {
        let q = search::parse(q, CaseMode::Sensitive, false).expect("query");
        search::search(&items, &q, fuzzy(false)).len()
    };
    assert!(exact("DuckDB") > 0);
    assert_eq!(exact("DUCKDB"), 0, "--case-sensitive matches words as written");
}

#[test]
fn corrections_only_for_real_typos() {
    let c = corpus();
    let items: Vec<&Item> = c.items.iter().collect();
    let outcome = |q: &str, on: bool| search::search_forgiving(&items, &query(q), fuzzy(on));
    assert_eq!(outcome("terrafrom", true).corrected.as_deref(), Some("terraform"));
    assert_eq!(outcome("ELIXR", true).corrected.as_deref(), Some("elixir"));
    assert_eq!(top(&c, "ELIXR"), top(&c, "elixir"), "a typo finds what the word finds");
    assert!(outcome("terrafrom", false).hits.is_empty(), "--exact turns the fallback off");
    // Case-sensitive, a correction keeps the case typed: `Paymnet` finds what `Payment` finds.
    let sensitive = |q: &str| {
        let q = search::parse(q, CaseMode::Sensitive, false).expect("query");
        search::search_forgiving(&items, &q, fuzzy(true))
    };
    let slugs = |o: &search::Outcome<search::Hit<'_>>| o.hits.iter().map(|h| h.item.slug.clone()).collect::<Vec<_>>();
    let (typo, word) = (sensitive("Paymnet"), sensitive("Payment"));
    assert_eq!(typo.corrected.as_deref(), Some("Payment"));
    assert!(!word.hits.is_empty());
    assert_eq!(slugs(&typo), slugs(&word));
    // And real words a far key from a name (`echo` was "ecto", `bunch` "bench").
    for nothing in [
        "golang", "docker", "java", "scala", "peer", "c++", "C#", "f#", "kotlin", "echo", "corn", "mini", "mend",
        "bunch", "bent", "walled",
    ] {
        let o = outcome(nothing, true);
        assert!(o.hits.is_empty(), "{nothing}: {:?}", o.hits.iter().map(|h| &h.item.slug).collect::<Vec<_>>());
        assert_eq!(o.corrected, None, "{nothing}");
    }
}

/// A hyphenated word is also the one word it makes, found with no
/// correction and with `--exact` too: `back-end`, `e-health` and
/// `e-wallet` had found nothing (the phrase of their parts), though Blitz
/// has "backend", eHealth is "eHealth" and Best Wallet an "eWallet"; and
/// `front-end` found the two items that write "Front-end", not Blitz's
/// "Frontend". A quoted phrase that is one word in the text is found as
/// a correction, which `--exact` turns off.
#[test]
fn a_phrase_that_is_one_word_in_the_text_finds_it() {
    let c = corpus();
    let items: Vec<&Item> = c.items.iter().collect();
    let outcome = |q: &str, on: bool| search::search_forgiving(&items, &query(q), fuzzy(on));
    let slugs = |o: &search::Outcome<search::Hit<'_>>| o.hits.iter().map(|h| h.item.slug.clone()).collect::<Vec<_>>();
    for (typed, slug) in [
        ("back-end", "blitz"),
        ("e-health", "ehealth"),
        ("e-wallet", "best-wallet"),
        ("e-health platform", "ehealth"),
        ("front-end", "blitz"),
        ("front-end", "forza"),
    ] {
        for on in [true, false] {
            let o = outcome(typed, on);
            assert_eq!(o.corrected, None, "{typed}");
            assert!(slugs(&o).iter().any(|s| s == slug), "{typed} (fuzzy {on}): {slug} not a hit: {:?}", slugs(&o));
        }
    }
    let o = outcome("\"e wallet\"", true);
    assert_eq!(o.corrected.as_deref(), Some("ewallet"));
    assert!(o.hits.iter().any(|h| h.item.slug == "best-wallet"), "\"e wallet\": not found");
    assert!(outcome("\"e wallet\"", false).hits.is_empty(), "--exact turns it off");
    // A phrase that matches stays one, and the others are still corrected only as typos.
    assert_eq!(outcome("open-source", true).corrected, None);
    assert_eq!(outcome("\"source open\"", true).corrected, None);
    assert!(outcome("open-source e-wallet", true).hits.is_empty(), "Best Wallet is no open source");
}

/// A word that is two in the text, hyphenated or apart, is found as that
/// phrase, said as a correction (`opensource` found nothing: three items
/// carry the tag `open-source`); `--exact` turns it off, and only parts
/// of four letters or more that are words of English, of two or three
/// letters, or an `e` first are tried; a part that short only where the
/// text joins the two by a hyphen or a slash (`web-chat`, `CI/CD`): the
/// text has "roll up", "works out" and "records in" in a row, and `rollup`,
/// `workout` and `recordin` (a typo of "recording") are none of them.
#[test]
fn a_word_that_is_two_in_the_text_finds_them() {
    let c = corpus();
    let items: Vec<&Item> = c.items.iter().collect();
    let outcome = |q: &str, on: bool| search::search_forgiving(&items, &query(q), fuzzy(on));
    for (typed, phrase, slugs) in [
        ("opensource", "\"open source\"", &["gandalf", "firezone", "ehealth"][..]),
        ("realtime", "\"real time\"", &["bullpen"]),
        ("nightclub", "\"night club\"", &["l15"]),
        ("whitelabel", "\"white label\"", &["best-wallet"]),
        ("webchat", "\"web chat\"", &["talkinto"]),
        ("cicd", "\"ci cd\"", &["blitz"]),
        ("topups", "\"top ups\"", &["mobile-cashier"]),
        ("eprescriptions", "\"e prescriptions\"", &["ehealth"]),
    ] {
        let o = outcome(typed, true);
        assert_eq!(o.corrected.as_deref(), Some(phrase), "{typed}");
        let found: Vec<&str> = o.hits.iter().map(|h| h.item.slug.as_str()).collect();
        assert!(slugs.iter().all(|s| found.contains(s)), "{typed}: {found:?}");
        assert!(outcome(typed, false).hits.is_empty(), "{typed}: --exact turns it off");
    }
    for typed in ["hammerdb", "sourceopen", "clubnight", "chatweb", "cdci", "xprescriptions", "rollup", "workout"] {
        assert!(outcome(typed, true).hits.is_empty(), "{typed}");
    }
    // In a row in the text, not joined: no split; a typo is the typo fallback's.
    for (typed, phrase) in [("rollup", "roll up"), ("workout", "work out"), ("recordin", "record in")] {
        assert!(!outcome(&format!("\"{phrase}\""), false).hits.is_empty(), "the text has {phrase:?} in a row");
        assert_ne!(outcome(typed, true).corrected.as_deref(), Some(format!("\"{phrase}\"").as_str()), "{typed}");
    }
    assert_eq!(outcome("recordin", true).corrected.as_deref(), Some("recording"));
    // Compounds the text hyphenates, whose second part the list of English
    // holds only in another form ("handed", "architect").
    for (typed, phrase, slug) in
        [("singlehandedly", "\"single handedly\"", "blitz"), ("rearchitected", "\"re architected\"", "firezone")]
    {
        let o = outcome(typed, true);
        assert_eq!(o.corrected.as_deref(), Some(phrase), "{typed}");
        assert!(o.hits.iter().any(|h| h.item.slug == slug), "{typed}");
    }
}

/// A content folder (the bundled profile) of one project, `name`.md, whose
/// summary is `summary` and body `body`; the folder and its path as an argument.
fn one_project(name: &str, summary: &str, body: &str) -> (tempfile::TempDir, String) {
    let dir = crate::support::temp_dir();
    std::fs::create_dir_all(dir.path().join("projects")).expect("projects");
    std::fs::copy("content/profile.toml", dir.path().join("profile.toml")).expect("profile");
    let front =
        format!("+++\ntitle = \"{name}\"\nsummary = {summary:?}\ndomain = \"web\"\ntags = [\"t\"]\norder = 1\n+++\n\n");
    std::fs::write(dir.path().join(format!("projects/{name}.md")), front + body).expect("item");
    let folder = crate::support::arg(dir.path());
    (dir, folder)
}

/// A word of English as typed is what was meant: not read as a prefix and
/// a word of the text (`resign` is no "re-sign", though a folder's text
/// says "re-sign"), nor corrected when it is a form of a listed word the
/// list leaves out (`sakes` of "sake" made "sales", `redos` "redis").
#[test]
fn a_word_of_english_is_neither_split_nor_corrected() {
    let (_dir, folder) = one_project(
        "misc",
        "m",
        "We re-sign the contracts each year. The re-sort happens nightly. A re-cover was made. Un-ionized workers.\n",
    );
    for typed in ["resign", "resort", "recover", "unionized"] {
        let out = crate::support::run(["--content-dir", &folder, "--no-index", "search", typed]);
        assert_eq!(out.status.code(), Some(1), "{typed}: {}", String::from_utf8_lossy(&out.stdout));
    }
    // What the hyphen joins is found as typed.
    let out = crate::support::run(["--content-dir", &folder, "--no-index", "search", "re-sign"]);
    assert_eq!(out.status.code(), Some(0));

    let c = corpus();
    let items: Vec<&Item> = c.items.iter().collect();
    for (typed, near) in [
        ("sakes", "sales"),
        ("redos", "redis"),
        ("loams", "loans"),
        ("lensing", "lending"),
        ("salability", "scalability"),
        ("recursing", "recurring"),
    ] {
        let o = search::search_forgiving(&items, &query(typed), fuzzy(true));
        assert!(o.hits.is_empty() && o.corrected.is_none(), "{typed}: corrected to {:?}", o.corrected);
        assert_eq!(o.suggested.as_deref(), Some(near), "{typed}: offered");
    }
    // A typo is still corrected, one a letter from a form of some word too.
    for (typo, name) in [("elixirr", "elixir"), ("desing", "design"), ("biling", "billing"), ("loging", "logging")] {
        let o = search::search_forgiving(&items, &query(typo), fuzzy(true));
        assert_eq!(o.corrected.as_deref(), Some(name), "{typo}");
    }
    // (`loging` is a `g` for the `v` of "loving" too, but the text says
    // only "Love".) But not a typo as close to another word the text
    // writes: `leding` may be "leading" as well as "lending". Offered.
    let o = search::search_forgiving(&items, &query("leding"), fuzzy(true));
    assert!(o.hits.is_empty() && o.corrected.is_none(), "leding: corrected to {:?}", o.corrected);
    assert_eq!(o.suggested.as_deref(), Some("lending"), "leding: offered");
}

#[test]
fn body_snippets_name_their_section() {
    let c = corpus();
    let items: Vec<&Item> = c.items.iter().collect();
    let hits = search::search(&items, &query("victoriametrics"), fuzzy(false));
    let blitz = hits.iter().find(|h| h.item.slug == "blitz").expect("blitz");
    let body = blitz.snippets.iter().find(|s| s.field == Field::Body).expect("a body snippet");
    assert_eq!(body.section.as_deref(), Some("What Was Actually Broken › Monitoring Was Noisy and Expensive"));
    assert!(blitz.snippets.iter().filter(|s| s.field != Field::Body).all(|s| s.section.is_none()));
}

/// A body snippet shows the line with the most of the query's words: the
/// audit's queries, then every pair of a short line's first and last words.
#[test]
fn a_snippet_shows_the_line_with_the_most_of_the_query_s_words() {
    let c = corpus();
    let items: Vec<&Item> = c.items.iter().collect();
    let body_snippet = |q: &str, slug: &str| {
        let hits = search::search(&items, &query(q), fuzzy(false));
        let hit = hits.into_iter().find(|h| h.item.slug == slug).unwrap_or_else(|| panic!("{q}: no {slug}"));
        hit.snippets.into_iter().find(|s| s.field == Field::Body).unwrap_or_else(|| panic!("{q}: no body snippet"))
    };
    // Before: "…to fix performance issues…" (The Ask); a heading with "Errors" alone.
    let fixed = body_snippet("conditions fixed", "blitz");
    assert!(fixed.text.contains("Fixed race conditions"), "{:?}", fixed.text);
    assert_eq!(fixed.section.as_deref(), Some("What Was Actually Broken › The Backend Was Drowning in Errors"));
    let daily = body_snippet("daily errors", "blitz");
    assert!(daily.text.contains("Daily errors"), "{:?}", daily.text);
    assert!(daily.section.as_deref().is_some_and(|s| s.starts_with("The Numbers")), "{:?}", daily.section);
    // A paragraph with `months` and, far after it, `cloud` shows one of them:
    // a line whose window shows both is better.
    let month = body_snippet("cloud month", "blitz");
    assert!(month.matches.len() >= 2, "{:?} {:?}", month.text, month.matches);
    // Two words three apart in a line of a body (they fit in one window):
    // the item's body snippet shows two matches.
    let mut pairs = 0;
    // (A body that repeats the summary is searched as the summary.)
    for item in c.items.iter().filter(|i| i.body.trim() != i.summary.trim()) {
        for line in item.body.lines() {
            let words: Vec<&str> = search::tokens(line).map(|(_, w)| w).collect();
            for (a, b) in words.iter().zip(words.iter().skip(3)).step_by(7) {
                let letters = |w: &str| w.len() >= 4 && w.chars().all(|c| c.is_ascii_alphabetic());
                if !letters(a) || !letters(b) || a[..4].eq_ignore_ascii_case(&b[..4]) {
                    continue;
                }
                pairs += 1;
                let q = format!("{a} {b}");
                let snippet = body_snippet(&q, &item.slug);
                assert!(snippet.matches.len() >= 2, "{q}: {:?} {:?}", snippet.text, snippet.matches);
            }
        }
    }
    assert!(pairs > 50, "{pairs} pairs tried");
}

/// Checks what the JSON promises: every hit has a snippet, every snippet a
/// match, every span is in bounds, on character boundaries, non-empty and in
/// order; every `matched` word is a word of the hit.
fn check_spans(corpus: &Corpus, query: &Query) {
    let items: Vec<&Item> = corpus.items.iter().collect();
    check_spans_in(&items, query);
}

/// [`check_spans`] over `items`.
fn check_spans_in(items: &[&Item], query: &Query) {
    for hit in search::search(items, query, fuzzy(false)) {
        assert!(!hit.snippets.is_empty(), "{}: a hit without a snippet", hit.item.slug);
        for snip in &hit.snippets {
            assert!(!snip.matches.is_empty(), "{}: a snippet without a match: {:?}", hit.item.slug, snip.text);
            let mut last = 0;
            for &[s, e] in &snip.matches {
                assert!(s < e && s >= last, "{:?} in {:?}", (s, e), snip.text);
                assert!(snip.text.get(s..e).is_some(), "span {s}..{e} does not index {:?}", snip.text);
                last = e;
            }
        }
        check_matched(&hit);
    }
}

/// Every word in `matched` is a word of the hit's item, in some field, as shown.
fn check_matched(hit: &search::Hit<'_>) {
    let words: Vec<String> = search::FIELDS
        .iter()
        .flat_map(|f| {
            let text = match f {
                Field::Title => hit.item.full_title(),
                Field::Tags => hit.item.tags.join(", "),
                Field::Summary => hit.item.summary.clone(),
                Field::Body => hit.item.body.clone(),
            };
            // The text as it is shown (what a search matches).
            let text = dryga::sanitize::clean_source(&text);
            search::tokens(&text).map(|(_, w)| w.to_lowercase()).collect::<Vec<_>>()
        })
        .collect();
    for m in &hit.matched {
        assert!(words.contains(m), "{}: matched {m:?} is not a word of the item", hit.item.slug);
    }
}

/// Every distinct word of every item, lowercase.
fn corpus_words(corpus: &Corpus) -> Vec<String> {
    let mut words: Vec<String> = corpus
        .items
        .iter()
        .flat_map(|i| {
            search::tokens(&format!("{}\n{}\n{}", i.full_title(), i.summary, i.body))
                .map(|(_, w)| w.to_lowercase())
                .collect::<Vec<_>>()
        })
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

#[test]
fn a_word_of_the_corpus_is_never_corrected_and_finds_its_items() {
    let c = corpus();
    let items: Vec<&Item> = c.items.iter().collect();
    let words = corpus_words(&c);
    assert!(words.len() > 1000, "{} words", words.len());
    for word in &words {
        let Ok(q) = search::parse(word, CaseMode::Smart, false) else { continue };
        let outcome = search::search_forgiving(&items, &q, fuzzy(true));
        assert_eq!(outcome.corrected, None, "{word} was corrected");
        if outcome.hits.is_empty() {
            // `go`, as the content writes it only in lowercase ("on the go"):
            // read as the name Go, found as the word when asked.
            assert!(technology(word), "{word} finds nothing");
            let q = search::parse(word, CaseMode::Insensitive, false).expect("a query");
            assert!(!search::search_forgiving(&items, &q, fuzzy(true)).hits.is_empty(), "{word} finds nothing");
        }
    }
}

/// Whether a word typed is read as a technology's name (`go`, `REST`):
/// found as the name is written, its everyday word with `--ignore-case`.
fn technology(word: &str) -> bool {
    search::read_as_name(word).is_some()
}

/// The words the text of [`a_search_matches_the_words_as_shown`] is made of.
const WORDS: [&str; 5] = ["kubernetes", "soft", "zw", "alpha", "delta"];

/// What may come after a word in that text, and what a reader sees of it:
/// separators, and characters no output prints (a soft hyphen, a zero-width
/// space, a bidi override, a zero-width no-break space, an escape sequence,
/// a bell), which join the words around them as they are shown.
const BETWEEN: [(&str, &str); 9] = [
    (" ", " "),
    ("-", "-"),
    ("\t", " "),
    ("\u{AD}", ""),
    ("\u{200B}", ""),
    ("\u{202E}", ""),
    ("\u{FEFF}", ""),
    ("\u{1b}[31m", ""),
    ("\u{7}", ""),
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// A search matches the words as they are shown, not as the bytes split
    /// (`Kuber\u{AD}netes` shows as "Kubernetes": `kubernetes` finds it,
    /// `netes` does not), and every hit shows its match.
    #[test]
    fn a_search_matches_the_words_as_shown(parts in prop::collection::vec((0..WORDS.len(), 0..BETWEEN.len()), 1..8)) {
        let (mut body, mut seen) = (String::new(), String::new());
        for (w, b) in parts {
            body.push_str(WORDS[w]);
            seen.push_str(WORDS[w]);
            body.push_str(BETWEEN[b].0);
            seen.push_str(BETWEEN[b].1);
        }
        let c = corpus();
        let mut item = c.items[0].clone();
        (item.title, item.subtitle, item.tags, item.summary) = ("T".to_owned(), None, Vec::new(), "S".to_owned());
        item.body = body;
        let seen_words: Vec<&str> = seen.split([' ', '-']).filter(|w| !w.is_empty()).collect();
        for w in WORDS.iter().chain(&seen_words) {
            let q = query(w);
            let hits = search::search(&[&item], &q, fuzzy(false));
            prop_assert_eq!(!hits.is_empty(), seen_words.contains(w), "{:?} in {:?}", w, item.body);
            for hit in &hits {
                let shown: Vec<String> =
                    hit.snippets.iter().flat_map(|s| s.matches.iter().map(|&[a, b]| s.text[a..b].to_lowercase())).collect();
                prop_assert!(shown.iter().any(|m| m == w), "{:?}: matches {:?} in {:?}", w, shown, hit.snippets);
            }
            check_spans_in(&[&item], &q);
        }
    }

    /// A query built from any document's own word finds that document.
    #[test]
    fn a_word_of_a_document_finds_it(pick in any::<prop::sample::Index>(), word in any::<prop::sample::Index>()) {
        let c = corpus();
        let item = pick.get(&c.items);
        let text = format!("{}\n{}\n{}\n{}", item.full_title(), item.tags.join(", "), item.summary, item.body);
        let words: Vec<&str> = search::tokens(&text).map(|(_, w)| w).collect();
        let w = word.get(&words);
        let items: Vec<&Item> = c.items.iter().collect();
        let finds = |case| {
            let q = search::parse(w, case, false).unwrap_or_else(|e| panic!("{w}: {e}"));
            search::search(&items, &q, fuzzy(false)).iter().any(|h| h.item.slug == item.slug)
        };
        // A technology's name that is an everyday word ("go", "REST") is
        // found as the name is written, and as any word when asked.
        let found = finds(CaseMode::Smart) || (technology(w) && finds(CaseMode::Insensitive));
        prop_assert!(found, "{w:?} does not find {}", item.slug);
    }

    #[test]
    fn spans_always_index_the_snippet(words in prop::collection::vec("[a-zA-Z0-9éü漢]{1,6}\\*?|duckdb|elixir|kube\\*|open|source|p99|€|c\\+\\+|\\.net", 1..4), quoted in any::<bool>()) {
        let c = corpus();
        let text = if quoted { format!("\"{}\"", words.join(" ")) } else { words.join(" ") };
        if let Ok(q) = search::parse(&text, CaseMode::Smart, false) {
            check_spans(&c, &q);
        }
        let alternatives: Vec<String> = words.iter().map(|w| regex::escape(w)).collect();
        if let Ok(q) = search::parse(&alternatives.join("|"), CaseMode::Insensitive, true) {
            check_spans(&c, &q);
        }
    }

    #[test]
    fn any_query_string_is_handled_without_panic(text in "\\PC{0,40}") {
        let c = corpus();
        for regex in [false, true] {
            if let Ok(q) = search::parse(&text, CaseMode::Smart, regex) {
                check_spans(&c, &q);
            }
        }
    }
}

/// A query's words may come as several arguments: `search elixir
/// kubernetes` is `search 'elixir kubernetes'` (it was "unexpected argument
/// 'kubernetes'": an audit), its messages too.
#[test]
fn a_query_s_words_may_be_several_arguments() {
    use crate::support::run;
    for (split, whole) in [
        (&["search", "elixir", "kubernetes", "--json"][..], &["search", "elixir kubernetes", "--json"][..]),
        (&["search", "zzqx", "kube"], &["search", "zzqx kube"]),
        (&["search", "-e", "elixir|erlang", "otp"], &["search", "-e", "elixir|erlang otp"]),
    ] {
        let (a, b) = (run(split), run(whole));
        assert_eq!((a.status.code(), &a.stdout, &a.stderr), (b.status.code(), &b.stdout, &b.stderr), "{split:?}");
    }
    assert_eq!(run(["search", "elixir", "kubernetes"]).status.code(), Some(0));
}

/// The command that opens a hit's section is on a line of its own at any
/// width, wider than it if it must (as a slug too long for its line):
/// left out below 49 columns, it could not be copied at all.
#[test]
fn a_section_s_command_is_never_left_out_nor_cut() {
    for width in ["20", "30", "48", "49", "80"] {
        let out = crate::support::run(["search", "databricks", "--width", width]);
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.lines().any(|l| l.trim() == "dryga show blitz --section DataBricks"), "--width {width}:\n{text}");
    }
}

/// `-e a -e b` is ripgrep's "either pattern"; here `--regex` is a switch
/// and the words one pattern: a search that finds nothing so says so, with
/// the pattern that is either (which finds them).
#[test]
fn a_regex_of_several_words_that_finds_nothing_names_the_pattern_of_either() {
    let out = crate::support::run(["search", "-e", "elixir", "-e", "kubernetes"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("--regex is a switch") && stderr.contains("\"elixir|kubernetes\" matches either"),
        "{stderr}"
    );
    let either = crate::support::run(["search", "-e", "elixir|kubernetes"]);
    assert_eq!(either.status.code(), Some(0));
    // One word, or words that find something: no such note.
    let out = crate::support::run(["search", "-e", "zzzzqq"]);
    assert!(!String::from_utf8_lossy(&out.stderr).contains("switch"));
}

/// What `show` does not print is not found, nor shown in a snippet: an HTML
/// comment of the summary or the body (a draft's "do not publish" was both),
/// through the index as by a scan.
#[test]
fn an_html_comment_is_neither_found_nor_shown() {
    let (_dir, folder) = one_project(
        "secret",
        "S <!-- zorblax -->.",
        "Visible quokka text.\n\n<!-- draft: quokka zorblax, do not publish -->\n\n`<!-- quokka in code -->`\n",
    );
    let cache = crate::support::temp_dir();
    for index in [&[][..], &["--no-index"]] {
        let search = |word: &str| search_folder(&folder, cache.path(), index, &[word]);
        let out = search("zorblax").assert().code(1);
        assert!(out.get_output().stdout.is_empty());
        let out = search("quokka").assert().success();
        let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
        assert!(text.contains("Visible quokka text.") && !text.contains("draft"), "{index:?}: {text}");
        // In code, it is text, shown and found.
        let out = search("code").assert().success();
        assert!(String::from_utf8_lossy(&out.get_output().stdout).contains("<!-- quokka in code -->"));
    }
}

/// The number of an ordered list's item is how `show` numbers it, not a
/// word: `2` found Blitz's "2. **Removing before adding**", with a snippet
/// of raw Markdown and the wrong section. A number in the text is found,
/// through the index as by a scan; the item's words are found and shown
/// without the number.
#[test]
fn an_ordered_list_s_number_is_not_a_word() {
    let found = slugs_found(&["2"]);
    assert!(!found.contains(&"blitz".to_owned()), "{found:?}");
    let (_dir, folder) = one_project(
        "listed",
        "S.",
        "Steps:\n\n1. Zorbify the cache;\n2. **Then** 7 quokkas.\n  3. nested\n\nIn 2019. Done\n\n## 4. Rollout\n\nLast.\n\nWe launched in\n2024. It went well.\n\n```\n5. coded\n```\n",
    );
    let cache = crate::support::temp_dir();
    for index in [&[][..], &["--no-index"]] {
        let search = |args: &[&str]| search_folder(&folder, cache.path(), index, args);
        for number in ["1", "2", "3"] {
            let out = search(&[number]).assert().code(1);
            assert!(out.get_output().stdout.is_empty(), "{number} {index:?}");
        }
        // A heading's number is its text's: `show` prints "4. Rollout".
        for (word, shown) in [
            ("7", "Then 7 quokkas."),
            ("zorbify", "Zorbify the cache;"),
            ("2019", "In 2019. Done"),
            ("4", "4. Rollout"),
            // No list's either: a paragraph's line, a code block's.
            ("2024", "2024. It went well."),
            ("5", "5. coded"),
        ] {
            let out = search(&[word]).assert().success();
            let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
            assert!(text.contains(&format!("body    {shown}")), "{word} {index:?}: {text}");
        }
        // A regex reads the Markdown as written, numbers and all.
        let out = search(&["-e", r"^2\. \*\*Then", "--json"]).assert().success();
        let hits: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).expect("json");
        assert_eq!(hits[0]["snippets"][0]["text"], "2. **Then** 7 quokkas.", "{index:?}: {hits}");
    }
}

/// A word written with a joiner is found without it, and its snippet shows
/// the match (the snippet kept the joiner, and matched nothing).
#[test]
fn a_word_with_a_joiner_has_its_snippet() {
    let (_dir, folder) = one_project(
        "j",
        "S.",
        "Persian \u{645}\u{6cc}\u{200c}\u{62e}\u{648}\u{627}\u{647}\u{645} and zw\u{200d}j word.\n",
    );
    for word in ["\u{645}\u{6cc}\u{62e}\u{648}\u{627}\u{647}\u{645}", "zwj"] {
        let out = crate::support::run(["--content-dir", &folder, "--no-index", "search", word, "--json"]);
        let hits: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        let snippets = hits[0]["snippets"].as_array().expect("snippets");
        assert!(snippets.iter().any(|s| !s["matches"].as_array().is_none_or(Vec::is_empty)), "{word}: {hits}");
    }
}

/// Case-sensitive, a word finds its possessive as it does in any case
/// (`-s OTP` found nothing in "OTP's built-in Mnesia", and offered
/// `OTP*`), through the index and without it.
#[test]
fn case_sensitive_finds_a_possessive() {
    assert_eq!(slugs_found(&["-s", "OTP"]), ["ecto-mnesia-adapter"]);
    let (_dir, folder) = one_project("owned", "S.", "The Zorb's store and the teams’ wiki; a zorb alone.\n");
    let cache = crate::support::temp_dir();
    for index in [&[][..], &["--no-index"]] {
        let search = |word: &str| search_folder(&folder, cache.path(), index, &["-s", word]);
        for (word, shown) in [("Zorb", "The Zorb's store"), ("teams", "the teams’ wiki")] {
            let out = search(word).assert().success();
            let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
            assert!(text.contains(shown), "{word} {index:?}: {text}");
        }
        // As written still: not in another case.
        let out = search("ZORB").assert().code(1);
        assert!(out.get_output().stdout.is_empty(), "{index:?}");
    }
}

/// A `-ment` word typed without its `e` (or with one more) finds what the
/// word finds: `managment` found only Blitz's "managed", with no note.
#[test]
fn a_ment_word_typed_without_its_e_finds_the_word() {
    let slugs = |q: &str| {
        let mut slugs = slugs_found(&[q]);
        slugs.sort();
        slugs
    };
    for (typed, word) in [("managment", "management"), ("developement", "development"), ("improvment", "improvement")] {
        let found = slugs(word);
        assert!(found.len() > 1, "{word}: {found:?}");
        assert_eq!(slugs(typed), found, "{typed}");
    }
}

/// The small words typed beside others are left out of the query: every
/// other word must match, and the snippet shows them, not "on".
#[test]
fn small_words_beside_others_are_left_out() {
    assert!(slugs_found(&["built", "a", "billing", "system"]).contains(&"contractbook".to_owned()));
    assert_eq!(slugs_found(&["built a billing system"]), slugs_found(&["built billing system"]));
    let kafka = hits_found(&["on", "kafka"]);
    let kafka = kafka.as_array().expect("hits");
    assert!(!kafka.is_empty());
    for hit in kafka {
        for snippet in hit["snippets"].as_array().expect("snippets") {
            let text = snippet["text"].as_str().unwrap_or("").to_lowercase();
            assert!(text.contains("kafka"), "{snippet}");
        }
    }
    // Quoted, the small word is a word to find: not in "Built the".
    let quoted = slugs_found(&["\"built a\" billing"]);
    assert!(!quoted.is_empty() && !quoted.contains(&"contractbook".to_owned()), "{quoted:?}");
}

/// `dryga --content-dir FOLDER [--no-index] search ARGS…`, in plain text
/// 100 columns wide, its cache in `cache`.
fn search_folder(folder: &str, cache: &std::path::Path, index: &[&str], args: &[&str]) -> snapbox::cmd::Command {
    let args = [&["--content-dir", folder][..], index, &["search"], args, &["--width", "100", "--color", "never"]];
    crate::support::snap(args.concat()).env("DRYGA_CACHE_DIR", cache)
}

/// The hits of `dryga search ARGS… --json` over the bundled content.
fn hits_found(args: &[&str]) -> serde_json::Value {
    let out = crate::support::run([&["search"][..], args, &["--json"]].concat());
    serde_json::from_slice(&out.stdout).expect("json")
}

/// The slugs of [`hits_found`], in their order.
fn slugs_found(args: &[&str]) -> Vec<String> {
    let hits = hits_found(args);
    hits.as_array().expect("hits").iter().map(|h| h["slug"].as_str().unwrap_or("").to_owned()).collect()
}

/// A phrase's words are of one tag: Gandalf's tags "saas, rule-tables" are
/// no phrase "saas rule" (its text has them apart), while
/// "rule tables" is one tag's words.
#[test]
fn a_phrase_does_not_join_two_tags() {
    assert!(!slugs_found(&["\"saas rule\""]).contains(&"gandalf".to_owned()));
    let gandalf = hits_found(&["\"rule tables\""]);
    let hit = gandalf.as_array().and_then(|hits| hits.iter().find(|h| h["slug"] == "gandalf")).expect("gandalf");
    let fields: Vec<&str> =
        hit["snippets"].as_array().expect("snippets").iter().filter_map(|s| s["field"].as_str()).collect();
    assert!(fields.contains(&"tags"), "{fields:?}");
}

/// A phrase runs within one block of Markdown: Blitz's heading "Frontend
/// Was Slow" and the "Built" of the paragraph under it are no phrase "slow
/// built" (found, its snippet showed the `###` and named the section
/// before), nor are two list items' words ("custom tooling", "CDN cost");
/// a heading's or a paragraph's own phrase still is.
#[test]
fn a_phrase_does_not_run_from_one_block_to_the_next() {
    for q in ["\"slow built\"", "\"tooling cdn\""] {
        assert!(!slugs_found(&[q]).contains(&"blitz".to_owned()), "{q}");
    }
    for q in ["\"frontend was slow\"", "\"built on a home-grown\"", "\"custom tooling\""] {
        assert!(slugs_found(&[q]).contains(&"blitz".to_owned()), "{q}");
    }
}

/// A phrase pasted in typographic quotes is the phrase: "slow" and "built"
/// are both in the Blitz case study, never in a row, and `“slow built”` found
/// it by each word; a phrase that is there is found in any of the quotes.
#[test]
fn a_phrase_in_typographic_quotes_is_a_phrase() {
    assert!(slugs_found(&["slow built"]).contains(&"blitz".to_owned()));
    for q in ["“slow built”", "„slow built“", "«slow built»"] {
        assert!(slugs_found(&[q]).is_empty(), "{q}");
    }
    let straight = slugs_found(&["\"frontend was slow\""]);
    assert!(straight.contains(&"blitz".to_owned()));
    assert_eq!(slugs_found(&["“frontend was slow”"]), straight);
}

/// A phrase typed in typographic quotes is not quoted for the shell: its
/// words come as words of their own, a dashed one too (`“payments` and
/// `-mobile”`), which clap read as flags (`-m`, or `--tag erraform”` of
/// `-terraform”`). Within the phrase, it is a word of the phrase; a dashed
/// phrase is a phrase left out, which search cannot do, said whole.
#[test]
fn dashed_words_of_a_phrase_in_typographic_quotes_are_its_words() {
    for (words, phrase) in [
        (&["“payments", "-mobile”"][..], "“payments -mobile”"),
        (&["“payments", "-terraform”"], "“payments -terraform”"),
        (&["«payments", "-mobile»", "-n", "2"], "«payments -mobile»"),
        // A flag's letters within the phrase are words of it too.
        (&["“payment", "-n", "1", "button”"], "“payment -n 1 button”"),
        (&["“payments", "--mobile”"], "“payments --mobile”"),
    ] {
        let out = crate::support::run([&["search"][..], words].concat());
        assert_eq!(out.status.code(), Some(1), "{words:?}: {}", String::from_utf8_lossy(&out.stderr));
        assert_eq!(String::from_utf8_lossy(&out.stderr), format!("dryga: no matches for \"{phrase}\"\n"));
    }
    // Blitz's heading "Frontend Was Slow": the phrase, its dash no word's.
    let phrase = slugs_found(&["\"frontend was\""]);
    assert!(phrase.contains(&"blitz".to_owned()));
    assert_eq!(slugs_found(&["“frontend", "-was”"]), phrase);
    for words in [&["payments", "-“mobile", "app”"][..], &["payments", "-“mobile app”"], &["-“mobile", "app”"]]
    {
        let out = crate::support::run([&["search"][..], words].concat());
        assert_eq!(out.status.code(), Some(2), "{words:?}");
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(said.starts_with("dryga: search cannot leave words out (\"-“mobile app”\")"), "{words:?}: {said}");
    }
    // No phrase: a stray closing quote, a quote within a word, a phrase
    // never closed (its option kept), a regex (a review).
    for (words, left_out) in [
        (&["payments”", "-mobile"][..], "-mobile"),
        (&["12\"", "-mobile"], "-mobile"),
        (&["-e", "a|b", "-mobile"], "-mobile"),
        (&["-e", "“a", "-mobile"], "-mobile"),
    ] {
        let out = crate::support::run([&["search"][..], words].concat());
        assert_eq!(out.status.code(), Some(2), "{words:?}");
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(
            said.starts_with(&format!("dryga: search cannot leave words out (\"{left_out}\")")),
            "{words:?}: {said}"
        );
    }
    let limited = hits_found(&["“payments", "-n1"]);
    assert_eq!(limited.as_array().map(Vec::len), Some(1), "{limited}");
}

/// A query is read as a text is: a soft hyphen, a zero-width space or a
/// joiner pasted within a word is no part of it (`kuber\u{AD}netes` was a
/// typo of "kubernetes", said with the escape); such characters alone are
/// nothing to search for.
#[test]
fn a_query_is_read_without_its_invisible_characters() {
    let kubernetes = slugs_found(&["kubernetes"]);
    assert!(!kubernetes.is_empty());
    for typed in [
        "kuber\u{AD}netes",
        "kuber\u{200B}netes",
        "\u{AD}kubernetes",
        "kuber\u{200D}netes",
        "kuber\u{200E}netes",
        "kuber\u{2063}netes",
        "kuber\u{E0041}netes",
    ] {
        assert_eq!(slugs_found(&[typed]), kubernetes, "{typed:?}");
    }
    let out = crate::support::run(["search", "\u{AD}"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "dryga: nothing to search for in \"\\u{ad}\"\n");
}

/// Words joined by commas are listed words, as apart: `elixir,rust` found
/// nothing (the phrase "elixir rust"), `gcp,terraform` missed Firezone.
#[test]
fn words_joined_by_commas_are_the_words_apart() {
    for (listed, apart) in
        [("elixir,rust", "elixir rust"), ("gcp,terraform", "gcp terraform"), ("terraform,gcp", "gcp terraform")]
    {
        let found = slugs_found(&[listed]);
        assert!(!found.is_empty(), "{listed}");
        assert_eq!(found, slugs_found(&[apart]), "{listed}");
    }
}

/// Acronyms that are English words, typed in capitals, and a name that is
/// one (`Windows`) are not the everyday word: `US` found Blitz's "locked
/// us", `LED` its "Led architecture", `Windows` "that short window".
#[test]
fn an_acronym_or_a_name_typed_so_is_not_the_everyday_word() {
    assert_eq!(slugs_found(&["US"]), ["hammer-corp"], "the US of \"US automotive dealerships\" only");
    assert!(slugs_found(&["us"]).contains(&"blitz".to_owned()), "the pronoun typed so");
    for typed in ["LED", "Windows", "windows"] {
        let out = crate::support::run(["search", typed]);
        assert_eq!(out.status.code(), Some(1), "{typed}: {}", String::from_utf8_lossy(&out.stdout));
    }
    assert!(slugs_found(&["led"]).contains(&"firezone".to_owned()), "Firezone's \"Led …\" is the verb");
}

/// An adjective of `-ful` or `-ly` that means another thing than its noun
/// finds only itself: `restful` found Blitz's "the rest of the team",
/// `stateful` its "production state", `useful` "used".
#[test]
fn an_adjective_that_means_another_thing_is_not_its_noun() {
    for typed in ["restful", "stateful", "timely"] {
        let out = crate::support::run(["search", typed]);
        assert_eq!(out.status.code(), Some(1), "{typed}: {}", String::from_utf8_lossy(&out.stdout));
    }
    let useful = hits_found(&["useful"]);
    let matched: Vec<&str> = useful
        .as_array()
        .expect("hits")
        .iter()
        .flat_map(|h| h["matched"].as_array().expect("matched"))
        .filter_map(|m| m.as_str())
        .collect();
    assert!(!matched.is_empty() && matched.iter().all(|m| *m == "useful"), "{matched:?}");
}

/// Words found in the text that also name a domain: the hits are the
/// text's, and a note on stderr names the command that lists the domain's
/// items (`security` found three items by their text, not Firezone, the
/// Security project, and said nothing of it).
#[test]
fn words_that_name_a_domain_are_said_to_when_found() {
    for (words, note) in [
        (&["security"][..], "dryga: Security is also a domain: dryga list --domain security\n"),
        (&["developer", "tools"], "dryga: Developer tools is also a domain: dryga list --domain developer-tools\n"),
    ] {
        let out = crate::support::run([&["search"][..], words].concat());
        assert_eq!(out.status.code(), Some(0), "{words:?}");
        assert!(!out.stdout.is_empty(), "{words:?}: no hits");
        assert_eq!(String::from_utf8_lossy(&out.stderr), note, "{words:?}");
    }
    // No domain named, no note; nor with other words, whose search within
    // the domain (`terraform --domain security` finds Firezone) would be a
    // second search for a note.
    assert!(crate::support::run(["search", "elixir"]).stderr.is_empty());
    let other = crate::support::run(["search", "security", "terraform"]);
    assert!(!other.stdout.is_empty() && other.stderr.is_empty(), "{}", String::from_utf8_lossy(&other.stderr));
    assert!(!crate::support::run(["search", "terraform", "--domain", "security"]).stdout.is_empty());
}
