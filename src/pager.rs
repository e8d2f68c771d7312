//! Long text through a pager on a terminal, the way git and bat do it: `$PAGER`, else
//! `less -FRX`; never when stdout is not a terminal (the config decides that once).

use std::io::{self, Write};
use std::process::{Command, Stdio};

use crate::cli::Paging;

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
        if let Some(mut child) = spawn() {
            if let Some(mut input) = child.stdin.take() {
                // Quitting the pager early closes its input: that is the reader's choice.
                match input.write_all(text).and_then(|()| input.flush()) {
                    Err(e) if e.kind() != io::ErrorKind::BrokenPipe => return Err(e),
                    _ => {}
                }
            }
            child.wait()?;
            return Ok(());
        }
    }
    crate::sanitize::write_stdout(text)
}

/// `$PAGER` through the shell (it may carry options), or `less -FRX`: quit when the text
/// fits one screen, pass colors through, leave the text on the screen afterwards.
fn spawn() -> Option<std::process::Child> {
    let mut command = match std::env::var("PAGER") {
        Ok(pager) if !pager.trim().is_empty() => {
            let mut c = Command::new("sh");
            c.args(["-c", &pager]);
            c
        }
        _ => {
            let mut c = Command::new("less");
            c.arg("-FRX");
            c
        }
    };
    command.stdin(Stdio::piped()).spawn().ok()
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
