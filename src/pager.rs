//! Long text through a pager on a terminal, the way git and bat do it: `$PAGER`, else
//! `less -FRX`; never when stdout is not a terminal (the config decides that once).
//!
//! The binary says how to start the pager (`Spawn`, given to `run_main`). On Unix it
//! forks and executes it itself (`src/spawn.rs`): `std::process` brings about 37 more
//! symbols for the dynamic loader to look up on every run, paged or not, some 21,000
//! instructions. Elsewhere it passes `spawn_std`.

use std::io::{self, Write};
use std::sync::OnceLock;

use crate::cli::Paging;

/// Starts the program `argv[0]` (looked up in `PATH`) with the arguments after it,
/// writes `text` to its standard input, closes it and waits for the program to exit.
/// `None` when the program could not be started; an error when writing or waiting failed.
/// A program that quits early, closing its input, has not failed.
pub type Spawn = fn(argv: &[&str], text: &[u8]) -> Option<io::Result<()>>;

static SPAWN: OnceLock<Spawn> = OnceLock::new();

/// How the pager is started, from here on; only the first call counts.
pub fn set_spawn(spawn: Spawn) {
    let _ = SPAWN.set(spawn);
}

/// Writes `text` to stdout, through the pager when `paging` asks for it and the text is
/// longer than the terminal (or always, with `--paging always`). A pager that cannot be
/// started is no reason to lose the answer: the text is written directly instead.
///
/// `text` has been cleaned for the terminal already (`sanitize::answer`).
pub fn write(text: &[u8], paging: Paging) -> io::Result<()> {
    let page = match paging {
        Paging::Never => false,
        Paging::Always => true,
        Paging::Auto => terminal_height().is_some_and(|rows| lines(text) >= rows),
    };
    if page {
        let pager = std::env::var("PAGER").ok().filter(|p| !p.trim().is_empty());
        if let Some(done) = SPAWN
            .get()
            .and_then(|spawn| spawn(&command(pager.as_deref()), text))
        {
            return done;
        }
    }
    crate::sanitize::write_stdout(text)
}

/// `$PAGER` through the shell (it may carry options), or `less -FRX`: quit when the text
/// fits one screen, pass colors through, leave the text on the screen afterwards.
fn command(pager: Option<&str>) -> Vec<&str> {
    match pager {
        Some(pager) => vec!["sh", "-c", pager],
        None => vec!["less", "-FRX"],
    }
}

/// `Spawn` with `std::process`, for systems the binary has no way of its own for.
pub fn spawn_std(argv: &[&str], text: &[u8]) -> Option<io::Result<()>> {
    use std::process::{Command, Stdio};
    let (program, args) = argv.split_first()?;
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .spawn()
        .ok()?;
    if let Some(input) = child.stdin.take() {
        if let Err(e) = feed(input, text) {
            return Some(Err(e));
        }
    }
    Some(child.wait().map(drop))
}

/// Writes `text` to a pager's input and closes it. Quitting the pager early closes its
/// input: that is the reader's choice, not an error.
pub fn feed(mut input: impl Write, text: &[u8]) -> io::Result<()> {
    match input.write_all(text).and_then(|()| input.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(e),
        _ => Ok(()),
    }
}

fn lines(text: &[u8]) -> usize {
    text.iter().filter(|&&b| b == b'\n').count()
}

fn terminal_height() -> Option<usize> {
    terminal_size::terminal_size()
        .map(|(_, h)| usize::from(h.0))
        .or_else(|| std::env::var("LINES").ok()?.trim().parse().ok())
        .filter(|&rows| rows > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_lines() {
        assert_eq!(lines(b"one\ntwo\n"), 2);
        assert_eq!(lines(b"one"), 0);
    }
}
