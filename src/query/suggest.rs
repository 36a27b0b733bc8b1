//! "Did you mean": the known names closest to a misspelt one (strsim).

/// Longer inputs get no suggestions.
pub const MAX_SUGGEST_CHARS: usize = 100;

/// Up to `n` candidates closest to `query`, best first: names that start with or
/// contain it, then names within a small edit distance or of high similarity
/// that start as it does (the same first letter, or the first two swapped: a
/// name that starts otherwise is another word, as `erlang` is not
/// `golang`, unless one edit away from three letters on: `vlitz` is
/// `blitz` mistyped, but `o` is not `go`).
/// Of names as close, the shorter first: `payment` is nearer "payments" than
/// "payment-button". Under four letters, a name starts with the query
/// only as a word of it (`p2p` is "p2p-lending"'s; `go` is no start of
/// "government" nor "google-cloud-logging", `js` of "json"), and is like
/// it only one edit away; from three letters, a name that contains it
/// still counts (`gov`: "government").
pub fn closest<'a>(query: &str, candidates: impl IntoIterator<Item = &'a str>, n: usize) -> Vec<&'a str> {
    let q = query.trim().to_lowercase();
    // Edit distance is quadratic: nothing that long is a near miss of a name.
    if q.is_empty() || q.chars().count() > MAX_SUGGEST_CHARS {
        return Vec::new();
    }
    let short = q.chars().count() < 4;
    let mut scored: Vec<(f64, &str)> = candidates
        .into_iter()
        .filter_map(|c| {
            let lc = c.to_lowercase();
            let word_after = |rest: &str| !short || rest.chars().next().is_none_or(|c| !c.is_alphanumeric());
            let score = if lc.strip_prefix(q.as_str()).is_some_and(word_after) {
                2.0
            } else if lc.contains(&q) && q.chars().count() >= 3 {
                1.5
            } else if !same_start(&q, &lc) && (q.chars().count() < 3 || strsim::damerau_levenshtein(&q, &lc) > 1) {
                return None;
            } else {
                let sim = strsim::jaro_winkler(&q, &lc);
                let dist = strsim::damerau_levenshtein(&q, &lc);
                let allowed = (q.chars().count() / 3).max(1);
                if dist <= allowed {
                    1.0 + sim / 10.0
                } else if sim >= 0.85 && !short {
                    sim
                } else {
                    return None;
                }
            };
            Some((score, c))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.len().cmp(&b.1.len())).then_with(|| a.1.cmp(b.1)));
    scored.dedup_by(|a, b| a.1 == b.1);
    scored.into_iter().take(n).map(|(_, c)| c).collect()
}

/// Whether `a` and `b` start alike: the same first character, or the
/// first two swapped (the search's typo fallback asks it too).
pub(crate) fn same_start(a: &str, b: &str) -> bool {
    let (mut x, mut y) = (a.chars(), b.chars());
    match (x.next(), y.next(), x.next(), y.next()) {
        (Some(a0), Some(b0), _, _) if a0 == b0 => true,
        (Some(a0), Some(b0), Some(a1), Some(b1)) => a0 == b1 && a1 == b0,
        _ => false,
    }
}

/// "; did you mean a, b or c?" for a message, or "" when nothing is close.
pub fn did_you_mean<S: AsRef<str>>(names: &[S]) -> String {
    if names.is_empty() { String::new() } else { format!("; did you mean {}?", joined(names, "or")) }
}

/// `names` as a sentence lists them: "a", "a and b", "a, b and c" (with
/// `last` for "and").
pub fn joined<S: AsRef<str>>(names: &[S], last: &str) -> String {
    match names {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [init @ .., end] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} {last} {}", init.join(", "), end.as_ref())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_near_spellings() {
        let names = ["blitz", "firezone", "bullpen", "best-wallet"];
        assert_eq!(closest("blits", names, 3), ["blitz"]);
        assert_eq!(closest("fire", names, 3), ["firezone"]);
        assert!(closest("zzzzzz", names, 3).is_empty());
        assert!(closest(&"b".repeat(MAX_SUGGEST_CHARS + 1), names, 3).is_empty());
        assert_eq!(closest("ELIXR", ["elixir", "erlang"], 3), ["elixir"]);
        // A name that starts otherwise is another word: golang is no Erlang.
        assert!(closest("golang", ["erlang", "elixir"], 3).is_empty());
        assert_eq!(closest("lbitz", names, 3), ["blitz"]);
        // One edit at the first letter is a typo of the name (a review:
        // `show vlitz` offered nothing once names had to start alike).
        assert_eq!(closest("vlitz", names, 3), ["blitz"]);
        assert!(closest("o", ["go"], 3).is_empty());
        // The nearest of the names that start with it first.
        let tags = ["payment-button", "payment-pages", "payment-terminals", "payments"];
        assert_eq!(closest("payment", tags, 3), ["payments", "payment-pages", "payment-button"]);
        // Under four letters, the start of a name only as a word of it, and
        // a name like it only one edit away (black-box testing: `--tag go`
        // offered "government", `js` "json").
        let tags = ["government", "google-cloud-logging", "json", "p2p-lending", "php", "go-kit", "gcp"];
        assert_eq!(closest("go", tags, 3), ["go-kit"]);
        assert!(closest("js", tags, 3).is_empty());
        assert_eq!(closest("p2p", tags, 3), ["p2p-lending", "php"]);
        assert_eq!(closest("gov", tags, 3), ["government"], "a near start of it");
        assert_eq!(closest("goog", tags, 3), ["google-cloud-logging"]);
    }

    #[test]
    fn the_limits_are_where_they_say() {
        // As long as the limit: still compared.
        let long = "b".repeat(MAX_SUGGEST_CHARS);
        assert_eq!(closest(&long, [long.as_str()], 3), [long.as_str()]);
        // A name that only contains the query counts from three letters on.
        assert_eq!(closest("zon", ["firezone"], 3), ["firezone"]);
        assert!(closest("zo", ["firezone"], 3).is_empty());
        // One edit per three letters: two for "kubernets" (9 letters)…
        assert_eq!(closest("kubrnets", ["kubernetes"], 3), ["kubernetes"]);
        // …and the closer of two names first.
        assert_eq!(closest("blits", ["blocks", "blitz"], 1), ["blitz"]);
        assert!(closest("qqqqqq", ["blitz"], 3).is_empty());
    }

    #[test]
    fn phrases_suggestions() {
        assert_eq!(did_you_mean::<&str>(&[]), "");
        assert_eq!(did_you_mean(&["a"]), "; did you mean a?");
        assert_eq!(did_you_mean(&["a", "b", "c"]), "; did you mean a, b or c?");
    }
}
