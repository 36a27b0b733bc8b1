//! The bundled content is complete and consistent: it loads without a single
//! problem, and its classification follows the rules of DESIGN.md.

use dryga::content::{self, Corpus, Kind, domain, labels};

fn corpus() -> Corpus {
    match content::load_bundled() {
        Ok(loaded) => {
            let warnings: Vec<String> = loaded.warnings.iter().map(ToString::to_string).collect();
            assert!(warnings.is_empty(), "content warnings:\n{}", warnings.join("\n"));
            loaded.corpus
        }
        Err(problems) => {
            let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
            panic!("the bundled content is broken:\n{}", list.join("\n"));
        }
    }
}

/// Everything an item says in words.
fn text(item: &content::Item) -> String {
    format!("{}\n{}\n{}\n{}", item.title, item.subtitle.as_deref().unwrap_or(""), item.summary, item.body)
}

#[test]
fn every_project_and_post_is_there() {
    let c = corpus();
    assert_eq!(c.of_kind(Kind::Project).count(), 30);
    assert_eq!(c.of_kind(Kind::Post).count(), 8);
    assert_eq!(c.profile.name, "Andrew Dryga");
    assert_eq!(c.profile.handle, "andrew_dryga");
    for kind in [Kind::Project, Kind::Post] {
        let orders: Vec<u32> = c.of_kind(kind).map(|i| i.order).collect();
        let expected: Vec<u32> = (1..=u32::try_from(orders.len()).expect("small")).collect();
        assert_eq!(orders, expected, "{kind:?} orders must run 1..n in site order");
    }
}

#[test]
fn slugs_are_unique_kebab_case_and_match_files() {
    let c = corpus();
    let mut slugs: Vec<&str> = c.items.iter().map(|i| i.slug.as_str()).collect();
    for item in &c.items {
        assert!(content::is_kebab_case(&item.slug), "{}", item.path);
        assert!(item.path.ends_with(&format!("/{}.md", item.slug)), "{}", item.path);
    }
    slugs.sort_unstable();
    let before = slugs.len();
    slugs.dedup();
    assert_eq!(before, slugs.len(), "duplicate slugs");
}

#[test]
fn domains_and_tags_are_controlled() {
    let c = corpus();
    for item in &c.items {
        match item.kind {
            Kind::Project => {
                let d = item.domain.as_deref().unwrap_or_else(|| panic!("{} has no domain", item.path));
                assert!(domain::find(d).is_some(), "{}: unknown domain {d}", item.path);
            }
            Kind::Post => assert!(item.domain.is_none(), "{}", item.path),
        }
        assert!(!item.tags.is_empty(), "{} has no tags", item.path);
        for tag in &item.tags {
            assert!(content::is_kebab_case(tag), "{}: tag {tag:?}", item.path);
        }
    }
}

#[test]
fn elixir_tag_marks_exactly_the_items_that_name_elixir() {
    for item in &corpus().items {
        assert_eq!(item.has_tag("elixir"), text(item).contains("Elixir"), "{}", item.path);
    }
}

#[test]
fn open_source_tag_marks_exactly_the_items_that_say_open_source() {
    for item in &corpus().items {
        let says = text(item).to_lowercase().replace('-', " ").contains("open source")
            || text(item).to_lowercase().contains("open-sourced");
        assert_eq!(item.has_tag("open-source"), says, "{}", item.path);
    }
}

#[test]
fn every_skill_is_carried_by_a_tag_of_some_item() {
    let c = corpus();
    let skills = c.profile.skills.groups();
    assert!(skills.iter().map(|(_, list)| list.len()).sum::<usize>() > 20);
    for skill in skills.iter().flat_map(|(_, list)| list.iter()) {
        let carried = c.items.iter().any(|i| i.tags.iter().any(|t| labels::label(t).eq_ignore_ascii_case(skill)));
        assert!(carried, "skill {skill:?} in profile.toml is not the label of any item's tag");
    }
}

#[test]
fn only_blitz_has_a_period_highlights_and_only_elixir_bench_awards() {
    let c = corpus();
    for item in c.of_kind(Kind::Project) {
        assert_eq!(item.period.is_some(), item.slug == "blitz", "{}", item.path);
        assert_eq!(!item.highlights.is_empty(), item.slug == "blitz", "{}", item.path);
        assert_eq!(!item.awards.is_empty(), item.slug == "elixir-bench", "{}", item.path);
    }
    let bench = c.by_slug("elixir-bench").expect("elixir-bench");
    let titles: Vec<&str> = bench.awards.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(titles, ["Won Spawnfest 2017", "Accepted into Google Summer of Code"]);
    // Each award is stated by the project's own text.
    assert!(
        bench.summary.contains("Won Spawnfest 2017") && bench.summary.contains("accepted into Google Summer of Code")
    );
}

#[test]
fn fintech_holds_the_payment_and_lending_projects() {
    let c = corpus();
    let fintech: Vec<&str> =
        c.of_kind(Kind::Project).filter(|i| i.domain.as_deref() == Some("fintech")).map(|i| i.slug.as_str()).collect();
    for item in c.of_kind(Kind::Project) {
        let t = text(item).to_lowercase();
        let money =
            ["payment", "lending", "loan", "transfer", "wallet", "pays for bills"].iter().any(|w| t.contains(w));
        // Blitz, Contractbook and TalkInto mention billing or routing, not payments products.
        if money && !["blitz", "contractbook", "talkinto", "hammer-corp"].contains(&item.slug.as_str()) {
            assert!(fintech.contains(&item.slug.as_str()), "{} talks payments/lending but is not fintech", item.path);
        }
    }
    assert_eq!(c.by_slug("blitz").and_then(|i| i.domain.as_deref()), Some("adtech"));
    assert!(fintech.len() >= 9, "{fintech:?}");
}

#[test]
fn blitz_carries_the_whole_case_study() {
    let c = corpus();
    let blitz = c.by_slug("blitz").expect("blitz");
    assert_eq!(blitz.period.as_deref(), Some("Feb 2025 – Present"));
    assert!(blitz.featured);
    for heading in [
        "## The Ask",
        "## What Was Actually Broken",
        "### The Backend Was Drowning in Errors",
        "### Infrastructure Was a Mess",
        "### Monitoring Was Noisy and Expensive",
        "### Databases Needed Love",
        "### Networking Costs Were Out of Control",
        "### DataBricks Serving was Slow and Expensive",
        "### Frontend Was Slow",
        "### CI/CD Was a Gamble",
        "## The Numbers",
        "## What I Learned",
        "## A Side Note on Rewrites",
        "## Thanks",
    ] {
        assert!(blitz.body.lines().any(|l| l == heading), "missing {heading}");
    }
    for figure in ["~$220k/month", "~$20k/month (91% reduction)", "Over $2M", "~42 events", "<100ms", "$500k/year"] {
        assert!(blitz.body.contains(figure), "missing {figure}");
    }
}

/// Every figure in the content must appear in the portfolio text. Needs
/// `../shared/portfolio.txt` (or `DRYGA_PORTFOLIO_TXT`), so it is opt-in:
/// `.ci/run` runs it with `--ignored`.
#[test]
#[ignore = "needs the portfolio text beside the repository"]
fn every_figure_comes_from_the_portfolio_text() {
    let path = std::env::var("DRYGA_PORTFOLIO_TXT").unwrap_or_else(|_| "../shared/portfolio.txt".to_owned());
    let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let c = corpus();
    let mut texts: Vec<String> = c.items.iter().map(text).collect();
    texts.extend(c.items.iter().flat_map(|i| i.highlights.iter().cloned()));
    texts.extend(c.items.iter().flat_map(|i| i.awards.iter().map(|a| format!("{} {:?}", a.title, a.date))));
    texts.push(c.profile.headline.clone());
    texts.push(c.profile.summary.clone());
    texts.push(c.profile.short.clone());
    texts.extend(c.profile.highlights.iter().cloned());
    let figure = regex::Regex::new(r"[~$<]*\d[\d,.]*\+?[%kKMB]?").expect("regex");
    for t in &texts {
        for m in figure.find_iter(t) {
            let f = m.as_str().trim_end_matches(['.', ',']);
            assert!(source.contains(f), "figure {f:?} is not in the portfolio text (in {t:.60}…)");
        }
    }
}
