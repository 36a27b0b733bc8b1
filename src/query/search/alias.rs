//! Other ways of writing a query's term: a hyphenated word written whole
//! (`front-end`, "frontend") and the other name of a technology (`k8s`,
//! "Kubernetes"), each matched as the term is.
//!
//! A search engine's synonyms are usually a file its users edit; these are
//! few, fixed and certain: the same thing written another way, never a
//! related word (`java` is not JavaScript, `erlang` not Go).

use super::query::{NameCase, Word};
use super::token::tokens;

/// A technology's names: what is typed (lowercase, matched whole or as
/// its plural, see [`typed_as`]) and the other name, as the text writes
/// it. The other name is
/// read as [`written`] reads it: a word with a capital, a digit or a
/// symbol matches only itself or its plural (an acronym only in capitals;
/// a technology's name that is also an English word, `Go`, only as
/// [`technology`] reads it, so `golang` finds no "go ahead"); a
/// lower-case word matches by its stem. No compound is listed the other
/// way (`frontend` as "front end"): its words in a row are found across a
/// sentence's end ("back. End", "E. Mail").
const ALIASES: &[(&str, &str)] = &[
    ("ai", "artificial intelligence"),
    ("amazon web services", "AWS"),
    ("artificial intelligence", "AI"),
    ("aws", "Amazon Web Services"),
    ("gcp", "Google Cloud"),
    ("golang", "Go"),
    ("google cloud", "GCP"),
    ("javascript", "JS"),
    ("js", "JavaScript"),
    ("k8s", "Kubernetes"),
    ("kubernetes", "k8s"),
    ("machine learning", "ML"),
    ("ml", "machine learning"),
    ("nodejs", "Node.js"),
    ("p2p", "peer-to-peer"),
    ("peer to peer", "P2P"),
    ("postgres", "PostgreSQL"),
    ("postgresql", "Postgres"),
    ("ts", "TypeScript"),
    ("typescript", "TS"),
];

/// English words that name a technology only when capitalised: `go`, `rust`
/// or `mix` in a sentence are not Go, Rust or Mix. `resume --for` reads a
/// job description's so; a search reads them so but for those that notes
/// write in lowercase for the technology (`rust`, `node`: `ANY_CASE`),
/// and finds the name in tags as a whole tag (`technology`).
pub const CAPITALISED_ONLY: &[&str] = &[
    "go",
    "rust",
    "swift",
    "ruby",
    "java",
    "elm",
    "dart",
    "spring",
    "rails",
    "flask",
    "express",
    "phoenix",
    "broadway",
    "nerves",
    "node",
    "lambda",
    "helm",
    "chef",
    "puppet",
    "nomad",
    "consul",
    "vault",
    "envoy",
    "pulsar",
    "snowflake",
    "looker",
    "loki",
    "mix",
    "elastic",
    "spark",
    "vagrant",
    "sentry",
    "mustache",
    "markdown",
    "react",
    "angular",
    "tailwind",
    "jest",
    "cypress",
    "playwright",
    "selenium",
    "storybook",
    "great expectations",
    "redux",
    "vite",
    "thanos",
    "windows",
];

/// What may follow a name and a hyphen with the name still meant
/// (`Go-based`, `React-native`); any other word after a hyphen makes one
/// word with it (`Go-to-market`, `Spring-loaded`).
pub const NAME_SUFFIXES: &[&str] = &[
    "based",
    "powered",
    "native",
    "first",
    "only",
    "heavy",
    "centric",
    "driven",
    "friendly",
    "compatible",
    "backed",
    "specific",
    "savvy",
    "fluent",
];

/// Whether a name followed by `after` (the text right after it) makes one
/// word with what follows its hyphen (`Go-to-market`, `Spring-loaded`):
/// then it is no name; not `Go-based` ([`NAME_SUFFIXES`]).
pub fn joined_by_hyphen(after: &str) -> bool {
    after.strip_prefix('-').is_some_and(|rest| {
        let part = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        !part.is_empty() && !NAME_SUFFIXES.iter().any(|s| s.eq_ignore_ascii_case(part))
    })
}

/// Names of [`CAPITALISED_ONLY`] that notes and commands write in
/// lowercase for the technology itself (`rust`, `helm install`, a `lambda`,
/// `markdown` templates, `node.js` beside a cluster's `node`), where the
/// everyday word is rare in technical text: searched as any word.
const ANY_CASE: &[&str] = &["helm", "lambda", "markdown", "mustache", "node", "rust"];

/// Acronyms that are also English words: typed in capitals, the acronym
/// (`REST`, not "the rest"; `IT`, not "it"); typed otherwise, any word.
/// Listed, not guessed from the case typed: a word shouted (`SAGE`, a
/// project's name; `LOGS`, `TEAM`) is the word.
const ACRONYMS: &[&str] = &["it", "led", "ram", "rest", "soap", "us"];

/// The name that `typed` (a word typed alone, quoted or not, case not
/// asked for) stands for, when its lowercase is an everyday English word:
/// found in text only as the name is written, and in tags (lowercase
/// slugs) as a whole tag in any case ([`Word::tags_any`]: the tag `go`,
/// not `go-to-market`), never by stem.
/// - A word of [`CAPITALISED_ONLY`] but those of [`ANY_CASE`], in any
///   case typed: capitalised (`go` finds "Go" and the tag `go`, not "on the
///   go"; `mix` not "a mix of"). A word of `ANY_CASE`, in any case typed
///   (`rust`, `RUST`), is any word.
/// - A word of [`ACRONYMS`] typed in capitals: in capitals (`REST` finds
///   "REST JSON API" and the tag `rest`, not "the rest of the team").
///
/// `--ignore-case` and `--case-sensitive` ask for the case: then the word
/// is read as any other.
pub(super) fn technology(typed: &str) -> Option<Word> {
    // Compared without a lowercase copy: every word typed alone is looked
    // up (the lists are ASCII; so is every word they hold).
    let listed = |list: &[&str]| list.iter().any(|w| w.eq_ignore_ascii_case(typed));
    if listed(CAPITALISED_ONLY) {
        let capital = !listed(ANY_CASE);
        return capital.then(|| Word { name: Some(NameCase::Capital), tags_any: true, ..Word::name(typed, true) });
    }
    let capitals = typed.bytes().all(|b| b.is_ascii_uppercase());
    (capitals && listed(ACRONYMS)).then(|| Word { tags_any: true, ..Word::name(typed, false) })
}

/// Words that a hyphen keeps apart from another word: `re-sign` is not
/// "resign", nor `co-op` "coop" (most joined words are the same word:
/// `re-deploy`, "redeploy"; `e-health`, "eHealth").
const NOT_JOINED: &[&str] =
    &["coop", "recover", "recreation", "reform", "release", "remark", "represent", "repress", "resign", "resort"];

/// The other ways of writing the term whose `words` were typed as `chunk`
/// (a chunk between spaces, or a quoted phrase), each a word or phrase:
/// none when the match is case-sensitive (the words exactly as typed).
/// - Words joined by hyphens alone are also the one word they make
///   (`front-end`: "frontend"; `e-health*`: `ehealth*`), but those of
///   [`NOT_JOINED`].
/// - A term [`ALIASES`] lists is also its other name.
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
        if prefix || !NOT_JOINED.contains(&joined.to_lowercase().as_str()) {
            ways.push(vec![Word::new(&joined, prefix, false)]);
        }
    }
    if words.iter().all(|w| !w.prefix && w.name.is_none()) {
        let lower: Vec<String> = words.iter().map(|w| w.text.to_lowercase()).collect();
        for &(typed, other) in ALIASES {
            let same = typed.split(' ').count() == words.len()
                && typed.split(' ').zip(&lower).all(|(listed, w)| typed_as(w, listed));
            if same {
                ways.push(written(other));
            }
        }
    }
    ways.dedup();
    ways.retain(|way| way.as_slice() != words);
    ways
}

/// The other name the aliases list (`ALIASES`) for `name` (any case, its words apart
/// by spaces or hyphens) as a tag would be written: lowercase, hyphenated
/// (`k8s`: "kubernetes"; `google-cloud`: "gcp"). For the tag a `--tag` of
/// an unknown name means.
pub fn other_tag(name: &str) -> Option<String> {
    let typed = name.trim().to_lowercase().replace('-', " ");
    ALIASES.iter().find(|(listed, _)| *listed == typed).map(|(_, other)| other.to_lowercase().replace(' ', "-"))
}

/// How many of `chunks` (words typed apart, outside quotes), from the
/// first, are a name of several words that [`ALIASES`] lists (`machine
/// learning`, `google cloud`): read as one phrase, not as words found
/// anywhere apart ("money-burning machine" and "What I Learned" were
/// machine learning). 0 when none is.
pub(super) fn compound_len(chunks: &[&str]) -> usize {
    let [first, _, ..] = chunks else { return 0 };
    ALIASES
        .iter()
        .filter(|(typed, _)| {
            // Most chunks start no such name: told by their first letter,
            // without allocating (a heading's words are parsed so for each
            // hit of a search).
            first.as_bytes().first().is_some_and(|b| b.eq_ignore_ascii_case(&typed.as_bytes()[0]))
                && typed.contains(' ')
        })
        .filter_map(|(typed, _)| {
            let listed = typed.split(' ').count();
            let fits =
                chunks.len() >= listed && typed.split(' ').zip(chunks).all(|(l, c)| typed_as(&c.to_lowercase(), l));
            fits.then_some(listed)
        })
        .max()
        .unwrap_or(0)
}

/// Whether `word` (as typed, in lowercase) is the listed word `listed`:
/// the same letters, or one the other's plural where the singular has four
/// letters or more (`microservice`, "microservices"; not `aw`, "aws",
/// whose stems are one).
fn typed_as(word: &str, listed: &str) -> bool {
    let plural = |long: &str, short: &str| short.len() >= 4 && long.strip_suffix('s') == Some(short);
    word == listed || plural(word, listed) || plural(listed, word)
}

/// The words of `text`, as [`ALIASES`] reads them: a technology's name
/// that is also an English word (`Go`) as [`technology`] reads it.
fn written(text: &str) -> Vec<Word> {
    tokens(text)
        .map(|(_, w)| {
            let plain = w.chars().all(|c| c.is_lowercase() || c == '\'' || c == '’');
            if plain { Word::new(w, false, false) } else { technology(w).unwrap_or_else(|| Word::name(w, false)) }
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
        assert_eq!(ways("re-deploy"), ["redeploy"]);
        // Not digits, not other joins, not separate words, not another word.
        for chunk in ["2019-2021", "ci/cd", "\"front end\"", "re-sign", "co-op", "Re-Sign"] {
            assert!(ways(chunk).is_empty(), "{chunk}");
        }
        // No compound the other way: "back. End" is no backend.
        for word in ["frontend", "backend", "email", "realtime", "fullstack"] {
            assert!(ways(word).is_empty(), "{word}");
        }
    }

    #[test]
    fn a_technology_is_also_its_other_name_and_never_a_related_word() {
        assert_eq!(ways("k8s"), ["Kubernetes"]);
        assert_eq!(ways("Kubernetes"), ["k8s"]);
        assert_eq!(ways("postgres"), ["PostgreSQL"]);
        assert_eq!(ways("ts"), ["TypeScript"]);
        assert_eq!(ways("TypeScript"), ["TS"]);
        assert_eq!(ways("machine learning"), ["ML"]);
        assert_eq!(ways("gcp"), ["Google Cloud"]);
        assert_eq!(ways("peer-to-peer"), ["peertopeer", "P2P"]);
        assert_eq!(ways("golang"), ["Go"]);
        for unrelated in ["java", "go", "erlang", "docker", "rust", "aw", "ais", "mls", "kubernet"] {
            assert!(ways(unrelated).is_empty(), "{unrelated}");
        }
        assert!(typed_as("microservices", "microservice") && typed_as("node", "node") && !typed_as("aws", "aw"));
    }

    /// A technology whose name is an everyday word is that name when typed
    /// alone, in any case: capitalised for a listed one, in capitals for a
    /// listed acronym typed in capitals; found in tags as a whole tag.
    #[test]
    fn a_technology_named_by_an_everyday_word_is_read_as_its_name() {
        let case = |typed: &str| technology(typed).map(|w| (w.name, w.tags_any, w.name_shown()));
        for typed in ["go", "Go", "GO", "mix", "Swift", "spark"] {
            let shown = typed[..1].to_uppercase() + &typed[1..].to_lowercase();
            assert_eq!(case(typed), Some((Some(NameCase::Capital), true, shown)), "{typed}");
        }
        for typed in ["REST", "SOAP", "IT", "US", "LED"] {
            assert_eq!(case(typed), Some((Some(NameCase::Capitals), true, typed.to_owned())), "{typed}");
        }
        // Not a word of the lists, nor one written in lowercase by notes
        // for the name itself (in any case typed), nor an acronym typed
        // otherwise, nor a word shouted (`SAGE` is a project's name).
        for typed in [
            "rest", "Rest", "It", "it", "us", "Led", "elixir", "markdown", "node", "rust", "RUST", "NODE", "HELM",
            "ELIXIR", "AWS", "CORS", "JSON", "REST2", "SAGE", "CARD", "LOGS", "TEAM",
        ] {
            assert_eq!(case(typed), None, "{typed}");
        }
        // The aliases' other names are read so too: `golang` is Go.
        let go = &written("Go")[0];
        assert_eq!((go.name, go.tags_any), (Some(NameCase::Capital), true));
        let listed = CAPITALISED_ONLY.iter().chain(ANY_CASE).chain(ACRONYMS);
        let odd: Vec<&&str> = listed.filter(|w| w.to_ascii_lowercase() != **w || !w.is_ascii()).collect();
        assert!(odd.is_empty(), "listed in lowercase ASCII, as compared: {odd:?}");
    }

    #[test]
    fn the_list_is_sorted_and_each_entry_is_once() {
        assert!(ALIASES.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn a_name_of_several_words_typed_apart_is_one() {
        assert_eq!(compound_len(&["Machine", "learning", "rust"]), 2);
        assert_eq!(compound_len(&["amazon", "web", "services"]), 3);
        assert_eq!(compound_len(&["peer", "to", "peer"]), 3);
        assert_eq!(compound_len(&["machine", "rust", "learning"]), 0);
        assert_eq!(compound_len(&["machine"]), 0);
        assert_eq!(compound_len(&["learning", "machine"]), 0);
    }

    #[test]
    fn a_name_has_its_other_name_as_a_tag() {
        assert_eq!(other_tag("K8s").as_deref(), Some("kubernetes"));
        assert_eq!(other_tag("google-cloud").as_deref(), Some("gcp"));
        assert_eq!(other_tag("gcp").as_deref(), Some("google-cloud"));
        assert_eq!(other_tag("elixir"), None);
    }

    #[test]
    fn a_case_sensitive_word_has_no_other_way() {
        let words = vec![Word::new("golang", false, true)];
        assert!(also("golang", &words, true).is_empty());
    }
}
