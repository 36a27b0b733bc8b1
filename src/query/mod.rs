//! Questions asked of the content: filters, search and ranking, suggestions.

pub mod filter;
pub mod search;
pub mod suggest;
