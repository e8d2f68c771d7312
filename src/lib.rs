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
mod config;
#[cfg(test)]
mod data_tests;
mod device;
mod error;
mod exit_codes;
mod facts;
mod faq;
mod fast_args;
mod filter;
mod find;
mod guide;
mod locate;
mod man;
mod model;
mod render;
mod sanitize;
pub mod search;
mod suggest;
pub mod validate;
pub mod version;
mod walk;

use std::ffi::OsString;
use std::io::{self, Write};

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::Parser;

use crate::cli::Cli;
use crate::config::Config;
use crate::error::Error;
use crate::exit_codes::ExitCode;

/// Runs the command line and returns the exit status; `main.rs` only calls this.
pub fn main() -> std::process::ExitCode {
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
    code.into()
}

fn run() -> Result<ExitCode, Error> {
    let args: Vec<OsString> = std::env::args_os().collect();
    let cli = match fast_args::parse(&args) {
        Some(Ok(cli)) => cli,
        Some(Err(message)) => return Err(Error::Usage(message)),
        None => match Cli::try_parse_from(&args) {
            Ok(_) if fast_args::global_twice(&args).is_some() => {
                return Err(Error::Usage(
                    fast_args::global_twice(&args).unwrap_or_default(),
                ))
            }
            Ok(cli) => cli,
            Err(e) => return clap_outcome(e),
        },
    };
    let config = Config::new(&cli.global)?;
    commands::run(&cli.command, &config)
}

/// Help and version go to stdout and succeed; every other clap error becomes one line.
fn clap_outcome(e: clap::Error) -> Result<ExitCode, Error> {
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let mut out = sanitize::Terminal::new(io::stdout().lock(), false);
            write!(out, "{}", e.render())?;
            out.flush()?;
            Ok(ExitCode::Success)
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => Err(Error::Usage(
            "a command is needed, such as `signout`; run `imsg-guide --help` to see them all"
                .to_owned(),
        )),
        _ => Err(Error::Usage(one_line(&e))),
    }
}

/// clap's first message line, with its suggestion and the valid values folded in.
fn one_line(e: &clap::Error) -> String {
    let rendered = e.render().to_string();
    let first = rendered
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("invalid arguments");
    let mut line = first.strip_prefix("error: ").unwrap_or(first).to_owned();
    let strings = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(v)) => v.clone(),
        _ => Vec::new(),
    };
    let suggestions: Vec<String> = [
        ContextKind::SuggestedValue,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
    ]
    .into_iter()
    .flat_map(strings)
    .collect();
    if let Some(s) = suggestions.first() {
        line.push_str(&format!("; did you mean `{s}`?"));
    }
    let valid = strings(ContextKind::ValidValue);
    if !valid.is_empty() {
        line.push_str(&format!(" (valid values: {})", valid.join(", ")));
    } else if suggestions.is_empty() {
        line.push_str("; run `imsg-guide --help` for usage");
    }
    line
}
