//! `fix-signed-out --interactive`: one yes/no question at a time, the fix when an answer
//! points at the fault, and a summary of what was checked, changed and is left.
//!
//! The walk reads the same guide the checklist prints: a step with a `check` is asked
//! about, a step without one is offered as something to try, and `last_resort` steps
//! are left for the summary.

use std::io::{self, BufRead, IsTerminal, Write};

use serde::Serialize;

use crate::config::Config;
use crate::filter::Section;
use crate::guide::{Answer, Step};
use crate::render::text::{walk_line, walk_step};
use crate::sanitize::for_terminal;

/// What the user answered to one question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Reply {
    Yes,
    No,
    Skip,
    Quit,
}

/// How the walk ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// The user said a fix worked.
    Fixed,
    /// Every check and fix was gone through and none worked.
    NotFixed,
    Quit,
    /// Standard input ended before the walk did.
    EndOfInput,
}

/// One step of the walk as it happened.
#[derive(Debug, Serialize)]
pub struct Record {
    pub number: usize,
    /// "check" for a question about the device, "try" for a fix offered outright.
    pub kind: &'static str,
    pub question: Option<String>,
    /// The answer to the question; `None` for a step offered outright or never answered.
    pub answer: Option<Reply>,
    pub fix_shown: bool,
    /// The step's instruction, in the device's and version's words, when it was shown.
    pub fix: Option<String>,
    /// The answer to "Did that fix it?", when it was asked and answered.
    pub fixed: Option<Reply>,
}

#[derive(Debug, Serialize)]
pub struct Transcript {
    pub steps: Vec<Record>,
    pub outcome: Outcome,
    /// What is left to do or keep in mind: the last-resort steps when nothing worked,
    /// and the warnings of every fix that was shown.
    pub left: Vec<String>,
}

const HELP: &str = "Answer y (yes), n (no), s (skip this one) or q (quit). At the end you get a summary of what was checked, what was changed and what is left.";

/// Walks the steps of `section`, reading answers from `input` and talking on `out`.
pub fn walk<R: BufRead, W: Write>(
    section: &Section,
    input: &mut R,
    out: &mut W,
    config: &Config,
) -> io::Result<Transcript> {
    let mut talk = Talk {
        input,
        out,
        config,
        echo: !io::stdin().is_terminal(),
    };
    let label = section
        .version_label()
        .map(|v| format!("{} · {v}", section.device_names()))
        .unwrap_or_else(|| section.device_names());
    talk.line(
        &format!("Fixing \"iMessage is Signed Out\" on {label}."),
        true,
    )?;
    talk.line(HELP, false)?;

    let steps: Vec<(usize, &Step)> = section
        .method
        .steps
        .iter()
        .enumerate()
        .map(|(i, s)| (i + 1, s))
        .collect();
    let mut records = Vec::new();
    let mut outcome = Outcome::NotFixed;
    for &(number, step) in steps.iter().filter(|(_, s)| !s.last_resort) {
        let mut record = Record {
            number,
            kind: if step.check.is_some() { "check" } else { "try" },
            question: None,
            answer: None,
            fix_shown: false,
            fix: None,
            fixed: None,
        };
        let show_fix = match &step.check {
            Some(check) => {
                let question = section.resolve(&check.ask).into_owned();
                let reply = talk.ask(&question)?;
                record.question = Some(question);
                record.answer = reply;
                match reply {
                    None => outcome = Outcome::EndOfInput,
                    Some(Reply::Quit) => outcome = Outcome::Quit,
                    _ => {}
                }
                let fault = match check.fault {
                    Answer::Yes => Reply::Yes,
                    Answer::No => Reply::No,
                };
                reply == Some(fault)
            }
            None => true,
        };
        if matches!(outcome, Outcome::EndOfInput | Outcome::Quit) {
            records.push(record);
            break;
        }
        if show_fix {
            talk.line(
                if step.check.is_some() {
                    "That is the fault. Fix it:"
                } else {
                    "Try this:"
                },
                true,
            )?;
            walk_step(talk.out, section, number, step, config)?;
            record.fix_shown = true;
            record.fix = Some(section.resolve(&step.text).into_owned());
            let reply = talk.ask("Did that fix it?")?;
            record.fixed = reply;
            match reply {
                Some(Reply::Yes) => outcome = Outcome::Fixed,
                Some(Reply::Quit) => outcome = Outcome::Quit,
                None => outcome = Outcome::EndOfInput,
                _ => {}
            }
        }
        records.push(record);
        if outcome != Outcome::NotFixed {
            break;
        }
    }

    let mut left = Vec::new();
    if outcome != Outcome::Fixed {
        left.extend(
            steps
                .iter()
                .filter(|(_, s)| s.last_resort)
                .map(|(_, s)| section.resolve(&s.text).into_owned()),
        );
    }
    for record in records.iter().filter(|r| r.fix_shown) {
        let step = steps[record.number - 1].1;
        left.extend(
            step.warnings
                .iter()
                .map(|w| section.resolve(&w.text).into_owned()),
        );
    }
    let transcript = Transcript {
        steps: records,
        outcome,
        left,
    };
    talk.summary(&transcript)?;
    Ok(transcript)
}

struct Talk<'a, R, W> {
    input: &'a mut R,
    out: &'a mut W,
    config: &'a Config,
    /// Answers read from a pipe are echoed, so the conversation reads whole in a log.
    echo: bool,
}

impl<R: BufRead, W: Write> Talk<'_, R, W> {
    fn line(&mut self, text: &str, heading: bool) -> io::Result<()> {
        walk_line(self.out, text, heading, self.config)?;
        self.out.flush()
    }

    /// Asks until the answer is one the walk knows; `None` at the end of input.
    fn ask(&mut self, question: &str) -> io::Result<Option<Reply>> {
        loop {
            write!(self.out, "\n{} [y/n/s/q/?] ", for_terminal(question))?;
            self.out.flush()?;
            let mut line = String::new();
            if self.input.read_line(&mut line)? == 0 {
                writeln!(self.out)?;
                return Ok(None);
            }
            if self.echo {
                writeln!(self.out, "{}", for_terminal(line.trim()))?;
            }
            let reply = match line.trim().to_ascii_lowercase().as_str() {
                "y" | "yes" => Some(Reply::Yes),
                "n" | "no" => Some(Reply::No),
                "s" | "skip" => Some(Reply::Skip),
                "q" | "quit" => Some(Reply::Quit),
                "?" | "h" | "help" => {
                    self.line(HELP, false)?;
                    continue;
                }
                _ => None,
            };
            match reply {
                Some(reply) => return Ok(Some(reply)),
                None => self.line("Please answer y, n, s or q (? for help).", false)?,
            }
        }
    }

    fn summary(&mut self, t: &Transcript) -> io::Result<()> {
        writeln!(self.out)?;
        let verdict = match t.outcome {
            Outcome::Fixed => "Summary: fixed.",
            Outcome::NotFixed => "Summary: not fixed by these checks.",
            Outcome::Quit => "Summary: stopped before the end.",
            Outcome::EndOfInput => "Summary: the answers ran out before the end.",
        };
        self.line(verdict, true)?;
        let questions = |keep: &dyn Fn(&Record) -> bool| -> Vec<String> {
            t.steps
                .iter()
                .filter(|r| keep(r))
                .map(|r| {
                    let what = r
                        .fix
                        .as_deref()
                        .or(r.question.as_deref())
                        .unwrap_or_default();
                    format!("step {}: {what}", r.number)
                })
                .collect()
        };
        let checked = questions(&|r| {
            r.answer
                .is_some_and(|a| a != Reply::Skip && a != Reply::Quit)
                && !r.fix_shown
        });
        let changed = questions(&|r| r.fix_shown);
        let skipped = questions(&|r| r.answer == Some(Reply::Skip) || r.fixed == Some(Reply::Skip));
        for (title, items) in [
            ("Checked and fine", checked),
            ("Fixes shown", changed),
            ("Skipped", skipped),
            ("Left", t.left.clone()),
        ] {
            if items.is_empty() {
                continue;
            }
            self.line(&format!("{title}:"), true)?;
            for item in items {
                self.line(&format!("- {item}"), false)?;
            }
        }
        Ok(())
    }
}
