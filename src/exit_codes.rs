//! The exit codes, named once.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExitCode {
    Success,
    /// Nothing matched: filters left no method, or a search found nothing.
    NoMatch,
    /// Bad usage or bad input.
    BadInput,
    /// Ctrl-C ended the interactive walk (after its summary): 128 + SIGINT, as shells report it.
    Interrupted,
}

impl From<ExitCode> for std::process::ExitCode {
    fn from(code: ExitCode) -> std::process::ExitCode {
        match code {
            ExitCode::Success => std::process::ExitCode::SUCCESS,
            ExitCode::NoMatch => std::process::ExitCode::from(1),
            ExitCode::BadInput => std::process::ExitCode::from(2),
            ExitCode::Interrupted => std::process::ExitCode::from(130),
        }
    }
}
