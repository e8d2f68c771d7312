//! imsg-guide: offline, version-aware steps for signing in to, signing out of and fixing iMessage.
//!
//! The binary is `src/main.rs`; the modules the fuzz targets drive (version parsing, guide
//! checking, search) are public, the rest private.

#![forbid(unsafe_code)]

mod catalog;
mod check;
mod cli;
mod commands;
mod completions;
#[cfg(test)]
mod data_tests;
mod device;
mod error;
mod facts;
mod faq;
mod fast_args;
mod files;
mod filter;
mod find;
mod guide;
mod guide_file;
mod locate;
mod man;
mod model;
mod pager;
mod render;
mod sanitize;
mod scan;
pub mod search;
mod suggest;
mod transcript;
pub mod validate;
pub mod version;
mod walk;

use std::ffi::OsString;
use std::io::{self, Write};

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Parser, ValueEnum};

use crate::cli::Request;
use crate::cli::{Cli, DeviceArg};
use crate::error::Error;
use crate::error::ExitCode;

pub use pager::{feed as feed_pager, spawn_std, Spawn};

/// Runs the command line and returns the exit status; `main.rs` only calls this, with
/// the way to start the pager.
///
/// Standard output is flushed here, as the binary skips the Rust start-up code that
/// would flush it at exit.
pub fn run_main(spawn: Spawn) -> i32 {
    pager::set_spawn(spawn);
    let code = match run() {
        Ok(code) => code,
        Err(e) if e.is_broken_pipe() => ExitCode::Success,
        Err(e) => {
            // What hid in the input is shown as escapes; the filter is the backstop.
            let line = format!("imsg-guide: error: {}\n", sanitize::visible(&e.to_string()));
            let _ = sanitize::Terminal::new(io::stderr().lock(), false).write_all(line.as_bytes());
            e.exit_code()
        }
    };
    let _ = io::stdout().flush();
    code as i32
}

fn run() -> Result<ExitCode, Error> {
    let args: Vec<OsString> = std::env::args_os().collect();
    let cli = match fast_args::parse(&args) {
        Some(parsed) => parsed.map_err(Error::Usage)?,
        None => match Cli::try_parse_from(&args) {
            Err(e) => return clap_outcome(e),
            Ok(cli) => match fast_args::global_twice(&args) {
                Some(message) => return Err(Error::Usage(message)),
                None => cli,
            },
        },
    };
    commands::run(&Request::new(cli)?)
}

/// Help and version go to stdout and succeed; every other clap error becomes one line.
fn clap_outcome(e: clap::Error) -> Result<ExitCode, Error> {
    let text = match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => e.render(),
        // A bare `imsg-guide` is someone finding their way: show them the commands.
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            <Cli as clap::CommandFactory>::command().render_help()
        }
        _ => return Err(Error::Usage(one_line(&e))),
    };
    let mut out = sanitize::Terminal::new(io::stdout().lock(), false);
    write!(out, "{text}")?;
    out.flush()?;
    Ok(ExitCode::Success)
}

/// clap's message on one line, with its best suggestion and the valid values folded in;
/// a missing argument is named with an example, as people need it.
pub(crate) fn one_line(e: &clap::Error) -> String {
    let strings = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(v)) => v.clone(),
        _ => Vec::new(),
    };
    let invalid = strings(ContextKind::InvalidArg);
    if e.kind() == ErrorKind::MissingRequiredArgument {
        if let Some(message) = invalid.first().and_then(|arg| missing(arg)) {
            return message.to_owned();
        }
    }
    if e.kind() == ErrorKind::UnknownArgument {
        let device = invalid
            .first()
            .filter(|word| DeviceArg::from_str(word, true).is_ok());
        if let Some(device) = device {
            return format!(
                "unexpected argument '{device}'; did you mean `-d {device}`? A device is given with -d or --device"
            );
        }
    }
    // The message is every line before the usage, without clap's own tips.
    let rendered = e.render().to_string();
    let mut line = rendered
        .split("\n\n")
        .next()
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("tip:"))
        .collect::<Vec<&str>>()
        .join(" ");
    if line.is_empty() {
        line = "invalid arguments".to_owned();
    }
    let mut line = line.strip_prefix("error: ").unwrap_or(&line).to_owned();
    // The valid values follow once, below.
    if let Some(start) = line.find(" [possible values: ") {
        let end = line[start..]
            .find(']')
            .map_or(line.len(), |i| start + i + 1);
        line.replace_range(start..end, "");
    }
    // clap lists suggestions from the least to the most similar.
    let suggestion = [
        ContextKind::SuggestedValue,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
    ]
    .into_iter()
    .find_map(|kind| strings(kind).pop());
    if let Some(s) = &suggestion {
        line.push_str(&format!("; did you mean `{s}`?"));
    }
    let mut valid = strings(ContextKind::ValidValue);
    if invalid
        .first()
        .is_some_and(|arg| arg.starts_with("--device"))
    {
        // Completion offers the aliases too; an error names the devices.
        valid.retain(|v| {
            DeviceArg::from_str(v, false)
                .is_ok_and(|d| d.to_possible_value().is_some_and(|p| p.get_name() == v))
        });
    }
    if !valid.is_empty() {
        line.push_str(&format!(" (valid values: {})", valid.join(", ")));
    } else if suggestion.is_none() {
        line.push_str("; run `imsg-guide --help` for usage");
    }
    line
}

/// What to say when a command's required argument is missing, by clap's name for it.
fn missing(arg: &str) -> Option<&'static str> {
    Some(match arg {
        "<ID>" => "a guide id is needed, such as `signout`; `imsg-guide list` shows them",
        "<QUERY>..." => "words to search for are needed, such as `imsg-guide search no addresses`",
        "<PATH>..." => "a guide file or folder to check is needed, such as `imsg-guide validate my-guides`",
        "<SHELL>" => "a shell is needed, such as `imsg-guide completions bash`; the shells are bash, zsh, fish, powershell and elvish",
        "<SCHEMA>" => "a schema name is needed: `imsg-guide schema guide` or `imsg-guide schema output`",
        _ => return None,
    })
}
