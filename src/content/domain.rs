//! The controlled vocabulary of domains: the one place where domains are declared.

/// A domain a project can belong to: its slug (used in front matter and on the
/// command line) and the label shown to people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Domain {
    /// Lowercase kebab-case identifier, as written in front matter.
    pub slug: &'static str,
    /// Human-readable name.
    pub label: &'static str,
}

/// The domain of libraries and developer tools: the résumé sets them apart.
pub const DEVELOPER_TOOLS: &str = "developer-tools";

/// Every known domain, in display order. At most 12, by design.
pub const DOMAINS: &[Domain] = &[
    Domain { slug: "adtech", label: "AdTech" },
    Domain { slug: "fintech", label: "FinTech" },
    Domain { slug: "healthtech", label: "HealthTech" },
    Domain { slug: "security", label: "Security" },
    Domain { slug: "communications", label: "Communications" },
    Domain { slug: "business-software", label: "Business software" },
    Domain { slug: DEVELOPER_TOOLS, label: "Developer tools" },
    Domain { slug: "web", label: "Web" },
    Domain { slug: "social", label: "Social" },
    Domain { slug: "hospitality", label: "Hospitality" },
];

/// Looks a domain up by slug, case-insensitively.
pub fn find(slug: &str) -> Option<&'static Domain> {
    DOMAINS.iter().find(|d| d.slug.eq_ignore_ascii_case(slug))
}

/// Looks a domain up as a person types it: by slug or by the label
/// tables print (`Developer tools`, `FinTech`), in any case, with spaces
/// or underscores for its hyphens. (Content names its domain by slug:
/// [`find`].)
pub fn find_typed(typed: &str) -> Option<&'static Domain> {
    let typed = typed.trim();
    find(typed).or_else(|| {
        let key = super::parse::typed_slug(typed);
        DOMAINS.iter().find(|d| d.slug == key || super::parse::typed_slug(d.label) == key)
    })
}

/// The label of a domain slug, or the slug itself when it is not a known domain.
pub fn label(slug: &str) -> &str {
    find(slug).map_or(slug, |d| d.label)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabulary_is_small_unique_and_kebab_case() {
        assert!(DOMAINS.len() <= 12);
        for (i, d) in DOMAINS.iter().enumerate() {
            assert!(crate::content::is_kebab_case(d.slug), "{}", d.slug);
            assert!(DOMAINS[i + 1..].iter().all(|o| o.slug != d.slug), "{}", d.slug);
        }
        assert_eq!(find("FinTech").map(|d| d.slug), Some("fintech"));
        assert_eq!(find("nope"), None);
        // As tables print it, or with spaces: typed, not in content.
        assert_eq!(find("Developer tools"), None);
        for typed in ["Developer tools", "developer_tools", " DEVELOPER-TOOLS "] {
            assert_eq!(find_typed(typed).map(|d| d.slug), Some("developer-tools"), "{typed}");
        }
        assert_eq!(find_typed("Business software").map(|d| d.slug), Some("business-software"));
        assert_eq!(find_typed("developer tool"), None);
    }
}
