//! The exit codes, named once.

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
