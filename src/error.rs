//! The error type: what went wrong, the message a user sees, and the exit code.

use std::fmt;
use std::io;

use crate::content::Problem;

/// Everything that can stop a command. Each variant maps to one exit code.
#[derive(Debug)]
pub enum Error {
    /// Nothing by that name (exit 1). The message says what was looked for and
    /// suggests near names.
    NotFound(String),
    /// Bad input: an unknown tag or domain, an invalid regex, an empty query (exit 2).
    Usage(String),
    /// The content could not be loaded (exit 2). Every problem is listed.
    Content(Vec<Problem>),
    /// Writing the output failed (exit 2; a closed pipe is not an error, see `main`).
    Output(io::Error),
}

impl Error {
    /// The process exit code, as ripgrep: 1 for not found, 2 for errors.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::NotFound(_) => 1,
            Error::Usage(_) | Error::Content(_) | Error::Output(_) => 2,
        }
    }

    /// Whether this is a write to a closed pipe, which ends the program quietly.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Output(e) if e.kind() == io::ErrorKind::BrokenPipe)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NotFound(msg) | Error::Usage(msg) => f.write_str(msg),
            Error::Content(problems) => {
                let errors = problems.iter().filter(|p| p.severity == crate::content::Severity::Error).count();
                write!(f, "the content has {errors} error{}:", plural_s(errors))?;
                for p in problems {
                    write!(f, "\n  {p}")?;
                }
                Ok(())
            }
            Error::Output(e) => write!(f, "cannot write output: {e}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Output(e) => Some(e),
            _ => None,
        }
    }
}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Self {
        Error::Output(e)
    }
}

impl From<crate::content::LoadError> for Error {
    fn from(e: crate::content::LoadError) -> Self {
        match e {
            crate::content::LoadError::Unreadable(shown, e) => {
                Error::Usage(format!("cannot read content folder {shown}: {e}"))
            }
            crate::content::LoadError::Invalid(problems) => Error::Content(problems),
        }
    }
}

/// "s" unless `n` is one, for counts in messages.
pub fn plural_s(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Shorthand for results in this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
