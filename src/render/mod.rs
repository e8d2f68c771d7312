//! Renderers: one per output format, chosen in one place, `print`, each writing an
//! answer to stdout; and what more than one of them says the same way.

pub mod json;
mod json_writer;
pub mod markdown;
pub mod text;

use std::io::{self, Write};
use std::path::PathBuf;

use crate::catalog::{all_built_in, Entry};
use crate::cli::Config;
use crate::cli::Format;
use crate::device::{push_range_label, range_label, Device};
use crate::facts::Fact;
use crate::faq::Faq;
use crate::filter::{coverage, Audience, Query, Section};
use crate::find::{Found, Group};
use crate::guide::{Guide, Scope};
use crate::sanitize::{self, for_terminal};
use crate::search::Matcher;
use crate::transcript::{heading, Summary, Transcript};
use crate::validate::Problem;

/// The buffer every answer is rendered into, whole, before it is filtered for the
/// terminal and written to stdout (`write`).
pub type Stdout = Vec<u8>;

/// What a command prints, in any format.
pub enum Output<'a> {
    Guide(&'a GuideAnswer<'a>),
    List(&'a [Entry]),
    /// The questions that matched the words.
    Faqs(&'a [&'a Faq], &'a str),
    /// The pieces found, best first, for programs; grouped by guide for people.
    Results {
        text: &'a str,
        query: &'a Query,
        matcher: &'a Matcher,
        found: &'a [Found],
        groups: &'a [Group<'a>],
        /// No custom guide is loaded: every result is built-in text.
        built_in: bool,
    },
    Facts(&'a [Fact]),
    /// The problems in guide files, and the paths that were checked.
    Problems(&'a [Problem], &'a [PathBuf]),
    /// The end of an interactive walk: what happened, on which route, for which query.
    Walk(&'a Transcript, &'a Section<'a>, &'a Query),
}

/// Problems as a linter prints them: one `path:line:column: message` a line.
fn problem_lines(out: &mut Stdout, problems: &[Problem]) -> io::Result<()> {
    for p in problems {
        writeln!(out, "{}", for_terminal(&p.to_string()))?;
    }
    Ok(())
}

/// Renders an answer into a buffer, cleans it for the terminal once (`sanitize::answer`),
/// and writes it to stdout in one piece, or with `page` through the pager when the
/// config pages (only ever on a terminal). `built_in` says whether the answer is made of
/// built-in text only. A closed pipe surfaces as an error `main` treats as success.
pub fn write(
    config: &Config,
    page: bool,
    built_in: bool,
    f: impl FnOnce(&mut Stdout) -> io::Result<()>,
) -> io::Result<()> {
    // Room for every built-in answer (the largest, `fix-signed-out --json`, is 33 KB), so
    // the buffer is not moved as it grows: a move copies all of it.
    let mut out = Vec::with_capacity(40 * 1024);
    f(&mut out)?;
    let json = config.format == Format::Json;
    let clean = sanitize::answer(&out, config.color, json, built_in);
    match config.paging.filter(|_| page) {
        None => sanitize::write_stdout(&clean),
        Some(paging) => crate::pager::write(&clean, paging),
    }
}

/// Writes `output` in the format asked for, as `write` does: the one place a format is
/// chosen.
pub fn print(config: &Config, page: bool, output: &Output) -> io::Result<()> {
    let built_in = output.built_in(config.format == Format::Json);
    write(config, page, built_in, |out| match config.format {
        Format::Text => print_text(out, output, config),
        Format::Markdown => print_markdown(out, output, config),
        Format::Json => print_json(out, output, config),
    })
}

fn print_text(out: &mut Stdout, output: &Output, config: &Config) -> io::Result<()> {
    match *output {
        Output::Guide(answer) => text::guide(out, answer, config),
        Output::List(entries) => text::list(out, entries, config),
        Output::Faqs(faqs, words) => text::faqs(out, faqs, words, config),
        Output::Results {
            groups,
            matcher,
            built_in,
            ..
        } => text::results(out, groups, matcher, config, built_in),
        Output::Facts(facts) => text::facts(out, facts, config),
        Output::Problems(problems, _) => problem_lines(out, problems),
        // The conversation said it all.
        Output::Walk(..) => Ok(()),
    }
}

fn print_markdown(out: &mut Stdout, output: &Output, config: &Config) -> io::Result<()> {
    match *output {
        Output::Guide(answer) => markdown::guide(out, answer, config),
        Output::List(entries) => markdown::list(out, entries),
        Output::Faqs(faqs, _) => markdown::faqs(out, faqs, config),
        Output::Results {
            groups,
            matcher,
            built_in,
            ..
        } => markdown::results(out, groups, matcher, built_in),
        Output::Facts(facts) => markdown::facts(out, facts),
        Output::Problems(problems, _) => problem_lines(out, problems),
        Output::Walk(transcript, section, _) => {
            let summary = Summary::of(transcript);
            markdown::walk_summary(out, &heading(section), &summary.groups())
        }
    }
}

fn print_json(out: &mut Stdout, output: &Output, config: &Config) -> io::Result<()> {
    match *output {
        Output::Guide(answer) => json::guide(out, answer, config),
        Output::List(entries) => json::list(out, entries, config),
        Output::Faqs(faqs, words) => json::faqs(out, faqs, words, config),
        Output::Results {
            text, query, found, ..
        } => json::results(out, found, text, query, config),
        Output::Facts(facts) => json::facts(out, facts, config),
        Output::Problems(problems, paths) => json::problems(out, problems, paths, config),
        Output::Walk(t, section, query) => json::transcript(out, t, section, query, config),
    }
}

impl Output<'_> {
    /// Whether everything this output prints is built-in text (which `build.rs` has
    /// checked) or the renderers' own words: no guide file, no words the user typed.
    fn built_in(&self, json: bool) -> bool {
        match self {
            Output::Guide(answer) => answer.built_in,
            Output::List(entries) => all_built_in(entries),
            // The words searched for are printed back in JSON.
            Output::Faqs(_, words) => words.is_empty(),
            Output::Results { built_in, .. } => *built_in && !json,
            _ => false,
        }
    }
}

/// A guide narrowed to the query: what every renderer prints for a guide command.
pub struct GuideAnswer<'g> {
    /// The command the user ran, such as `signout` or `show`.
    pub command: &'static str,
    /// The scope the command asked for; `None` for `show`, which prints every scope.
    pub scope: Option<Scope>,
    pub guide: &'g Guide,
    pub sections: Vec<Section<'g>>,
    pub query: &'g Query,
    /// Built-in text, which `build.rs` has checked holds no control characters, so the
    /// text renderer writes it without scanning it again.
    pub built_in: bool,
}

// What more than one renderer says the same way.

/// "iPadOS 27 is newer than iPadOS 26, …", when the version asked for is past the newest
/// one the steps were checked on.
pub fn newer_than_verified(answer: &GuideAnswer) -> Option<String> {
    let newest = answer.query.beyond_verified()?;
    let os = answer.query.os?;
    let name = Audience::of_answer(answer.query, &[]).os_name(Some(os));
    Some(format!(
        "{name} {os} is newer than {name} {newest}, the newest release these steps were verified up to; they show the newest known route."
    ))
}

/// "iPhone (iOS 5 and later), Mac (macOS 10.8 and later), Apple Account website".
pub fn covered_devices(guide: &Guide) -> String {
    let mut out = String::with_capacity(128);
    for (d, range) in Device::ALL.into_iter().zip(coverage(guide)) {
        let Some(range) = range else {
            continue;
        };
        if !out.is_empty() {
            out.push_str(", ");
        }
        out.push_str(d.name());
        if d != Device::Web {
            out.push_str(" (");
            push_range_label(&mut out, d.os_name(range.from), d.family(), &range);
            out.push(')');
        }
    }
    out
}

/// A number in decimal, without the formatting machinery.
pub fn itoa(mut n: usize, buf: &mut [u8; 20]) -> &str {
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    std::str::from_utf8(&buf[at..]).unwrap_or("0")
}

/// An FAQ answer as printed: whom it is for when that is not everyone, and the
/// unverified mark when it rests on a single source.
pub fn faq_answer(faq: &Faq) -> String {
    let mut answer = String::with_capacity(faq.answer.len() + 64);
    if let Some(scope) = crate::filter::scope_label(faq) {
        answer.push('(');
        answer.push_str(&scope);
        answer.push_str(") ");
    }
    if !faq.verified {
        answer.push_str("(unverified) ");
    }
    answer.push_str(&faq.answer);
    answer
}

/// A search result's version range in words: "iOS 10.3–17".
pub fn range_words(found: &Found) -> Option<String> {
    let range = found.os_range?;
    let device = *found.devices.first()?;
    (device != Device::Web)
        .then(|| range_label(device.os_name(range.from), device.family(), &range))
}
