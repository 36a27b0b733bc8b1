//! Other ways of writing a query's term: a hyphenated word written whole
//! (`front-end`, "frontend") and the other names of a technology
//! (`golang`, "Go"; `k8s`, "Kubernetes"), each matched as the term is.
//!
//! A search engine's synonyms are usually a file its users edit; these are
//! few, fixed and certain: the same thing written another way, never a
//! related word (`java` is not JavaScript, `erlang` not Go).

use super::query::Word;
use super::token::{may_have_term, term, tokens};

/// Names and words written two ways: what is typed (lowercase, its words
/// matched by their terms), the other way, and whether that other way
/// counts only capitalised (`Go`: "go" is English). The other way is read
/// as [`super::Query::from_names`] reads a name: a word with a capital, a
/// digit or a symbol matches only itself or its plural (an acronym only in
/// capitals); a lower-case word matches by its stem.
const ALIASES: &[(&str, &str, bool)] = &[
    ("ai", "artificial intelligence", false),
    ("amazon web services", "AWS", false),
    ("artificial intelligence", "AI", false),
    ("aws", "Amazon Web Services", false),
    ("backend", "back-end", false),
    ("ecommerce", "e-commerce", false),
    ("ehealth", "e-health", false),
    ("email", "e-mail", false),
    ("ewallet", "e-wallet", false),
    ("frontend", "front-end", false),
    ("fullstack", "full-stack", false),
    ("gcp", "Google Cloud", false),
    ("golang", "Go", true),
    ("google cloud", "GCP", false),
    ("javascript", "JS", false),
    ("js", "JavaScript", false),
    ("k8s", "Kubernetes", false),
    ("kubernetes", "k8s", false),
    ("machine learning", "ML", false),
    ("microservices", "micro-services", false),
    ("ml", "machine learning", false),
    ("multitenant", "multi-tenant", false),
    ("nodejs", "Node.js", false),
    ("opensource", "open-source", false),
    ("postgres", "PostgreSQL", false),
    ("postgresql", "Postgres", false),
    ("realtime", "real-time", false),
];

/// The other ways of writing the term whose `words` were typed as `chunk`
/// (a chunk between spaces, or a quoted phrase), each a word or phrase:
/// none when the match is case-sensitive (the words exactly as typed).
/// - Words joined by hyphens alone are also the one word they make
///   (`front-end`: "frontend"; `e-health*`: `ehealth*`).
/// - A term [`ALIASES`] lists is also its other way, matched word by word
///   by their terms (`microservice` as `microservices`).
pub(super) fn also(chunk: &str, words: &[Word], sensitive: bool) -> Vec<Vec<Word>> {
    if sensitive || words.is_empty() {
        return Vec::new();
    }
    let mut ways: Vec<Vec<Word>> = Vec::new();
    let core = chunk.trim_matches(|c: char| !c.is_alphanumeric());
    let hyphenated = words.len() > 1
        && words.iter().all(|w| w.text.chars().all(char::is_alphabetic))
        && core == words.iter().map(|w| w.text.as_str()).collect::<Vec<_>>().join("-");
    if hyphenated {
        let joined: String = words.iter().map(|w| w.text.as_str()).collect();
        let prefix = words.last().is_some_and(|w| w.prefix);
        ways.push(vec![Word::new(&joined, prefix, false)]);
    }
    if words.iter().all(|w| !w.prefix && w.name.is_none()) {
        // Each word's term is its key; a listed word is stemmed only where
        // it may have that term (stemming the whole list took a bundled
        // search a third more instructions).
        for &(typed, other, capital) in ALIASES {
            let same = typed.split(' ').count() == words.len()
                && typed.split(' ').zip(words).all(|(l, w)| may_have_term(l, &w.key) && term(l) == w.key.as_str());
            if same {
                ways.push(written(other, capital));
            }
        }
    }
    ways.dedup();
    ways.retain(|way| way.as_slice() != words);
    ways
}

/// The words of `text`, as [`ALIASES`] reads them.
fn written(text: &str, capital: bool) -> Vec<Word> {
    tokens(text)
        .map(|(_, w)| {
            let plain = w.chars().all(|c| c.is_lowercase() || c == '\'' || c == '’');
            if plain { Word::new(w, false, false) } else { Word::name(w, capital) }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ways(chunk: &str) -> Vec<String> {
        let words: Vec<Word> = tokens(chunk).map(|(_, w)| Word::new(w, false, false)).collect();
        also(chunk, &words, false)
            .iter()
            .map(|way| way.iter().map(|w| w.text.as_str()).collect::<Vec<_>>().join(" "))
            .collect()
    }

    #[test]
    fn a_hyphenated_word_is_also_written_whole() {
        assert_eq!(ways("front-end"), ["frontend"]);
        assert_eq!(ways("e-commerce"), ["ecommerce"]);
        // Not digits, not other joins, not separate words.
        assert!(ways("2019-2021").is_empty());
        assert!(ways("ci/cd").is_empty());
        assert!(ways("\"front end\"").is_empty());
    }

    #[test]
    fn a_technology_is_also_its_other_name_and_never_a_related_word() {
        assert_eq!(ways("golang"), ["Go"]);
        assert_eq!(ways("k8s"), ["Kubernetes"]);
        assert_eq!(ways("microservice"), ["micro services"]);
        assert_eq!(ways("machine learning"), ["ML"]);
        for unrelated in ["java", "go", "erlang", "docker", "rust"] {
            assert!(ways(unrelated).is_empty(), "{unrelated}");
        }
    }

    #[test]
    fn the_list_is_sorted_and_each_entry_is_once() {
        assert!(ALIASES.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn a_case_sensitive_word_has_no_other_way() {
        let words = vec![Word::new("golang", false, true)];
        assert!(also("golang", &words, true).is_empty());
    }
}
