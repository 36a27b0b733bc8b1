//! Questions asked of the content: filters, finding one item by name, search
//! and ranking, suggestions, the résumé and its tailoring to a job. Plain types in, plain types out: nothing here
//! knows of the command line or the process.

pub mod filter;
pub mod lookup;
pub mod resume;
pub mod search;
pub mod section;
pub mod suggest;
pub mod tailor;
