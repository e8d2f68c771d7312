//! The exit codes, named once, and the errors a command can end in, each tied to its
//! exit code.

use std::fmt;
use std::io;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(i32)]
pub enum ExitCode {
    Success = 0,
    /// Nothing matched: filters left no method, or a search found nothing.
    NoMatch = 1,
    /// Bad usage or bad input.
    BadInput = 2,
    /// Ctrl-C ended the interactive walk (after its summary): 128 + SIGINT, as shells report it.
    Interrupted = 130,
}

#[derive(Debug)]
pub enum Error {
    /// Bad usage or bad input: unknown device, malformed version, invalid guide file.
    Usage(String),
    /// The query was fine but nothing matched it.
    NoMatch(String),
    /// Writing the answer failed.
    Io(io::Error),
}

impl Error {
    pub fn exit_code(&self) -> ExitCode {
        match self {
            Error::Usage(_) => ExitCode::BadInput,
            Error::NoMatch(_) => ExitCode::NoMatch,
            Error::Io(_) => ExitCode::BadInput,
        }
    }

    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Io(e) if e.kind() == io::ErrorKind::BrokenPipe)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Usage(m) | Error::NoMatch(m) => f.write_str(m),
            Error::Io(e) => write!(f, "could not write the answer: {e}"),
        }
    }
}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Error {
        Error::Io(e)
    }
}
