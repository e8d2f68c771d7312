//! Turns parsed arguments into a plain request, once: the command, the query checked,
//! color decided, width known. Nothing past this module sees clap types.

use std::io::IsTerminal;
use std::path::PathBuf;

use crate::cli::{self, Cli, ColorWhen, DeviceArg, Format, GlobalArgs, Paging, SchemaName};
use crate::device::Device;
use crate::error::Error;
use crate::filter::Query;
use crate::guide::{Job, Scope};

/// A command line, resolved: what to do, for whom, and how to print it.
#[derive(Debug)]
pub struct Request {
    pub command: Command,
    /// The devices and version asked for; empty for commands without filters.
    pub query: Query,
    pub config: Config,
}

/// What to do, with the arguments only that command takes.
#[derive(Debug)]
pub enum Command {
    /// One of the four core jobs: the guide named after it, in that scope.
    Job(Job, Scope),
    /// `fix-signed-out --interactive`.
    Walk,
    Faq(String),
    Search {
        text: String,
        limit: usize,
    },
    List {
        ids: bool,
    },
    Show {
        id: String,
        raw: bool,
    },
    Validate(Vec<PathBuf>),
    Sources(Vec<String>),
    Completions(clap_complete::Shell),
    Man,
    Schema(fn() -> String),
}

impl Request {
    pub fn new(cli: Cli) -> Result<Request, Error> {
        use cli::Command as C;
        let config = Config::new(&cli.global)?;
        let job = |job| Command::Job(job, Scope::Device);
        let (command, filters) = match cli.command {
            C::Signin(filters) => (job(Job::Signin), Some(filters)),
            C::Signout(args) if args.all_devices => (
                Command::Job(Job::Signout, Scope::AllDevices),
                Some(args.filters),
            ),
            C::Signout(args) => (job(Job::Signout), Some(args.filters)),
            C::Deactivate(filters) => (job(Job::Deactivate), Some(filters)),
            C::FixSignedOut(args) if args.interactive => (Command::Walk, Some(args.filters)),
            C::FixSignedOut(args) => (job(Job::FixSignedOut), Some(args.filters)),
            C::Faq(args) => (Command::Faq(args.query.join(" ")), Some(args.filters)),
            C::Search(args) => {
                let text = args.query.join(" ");
                let limit = usize::from(args.limit);
                (Command::Search { text, limit }, Some(args.filters))
            }
            C::List(args) => (Command::List { ids: args.ids }, None),
            C::Show(args) => {
                let (id, raw) = (args.id, args.raw);
                (Command::Show { id, raw }, Some(args.filters))
            }
            C::Validate(args) => (Command::Validate(args.paths), None),
            C::Sources(args) => (Command::Sources(args.ids), None),
            C::Completions(args) => (Command::Completions(args.shell), None),
            C::Man => (Command::Man, None),
            C::Schema(args) => (
                Command::Schema(match args.which {
                    SchemaName::Guide => crate::layout::guide_schema,
                    SchemaName::Output => crate::layout::output_schema,
                }),
                None,
            ),
        };
        let query = match filters {
            Some(f) => Query::new(f.devices.into_iter().map(device).collect(), f.os.as_deref())?,
            None => Query::default(),
        };
        Ok(Request {
            command,
            query,
            config,
        })
    }
}

#[derive(Clone, Debug)]
pub struct Config {
    pub format: Format,
    /// Markdown steps as `- [ ]` items.
    pub checklist: bool,
    pub color: bool,
    /// Columns to wrap text at; `None` writes each paragraph on one line.
    pub width: Option<usize>,
    /// Indented JSON for a person at a terminal; one line for programs.
    pub pretty_json: bool,
    /// Custom guides that replace or add to the built-in ones.
    pub guides_dir: Option<PathBuf>,
    /// Text and Markdown print the fact ids of each step; JSON always has them.
    pub sources: bool,
    /// Long text goes through a pager: only ever when stdout is a terminal.
    pub paging: Option<Paging>,
}

/// The environment variables that decide color, read once.
#[derive(Clone, Copy, Debug, Default)]
pub struct ColorEnv {
    pub no_color: bool,
    pub clicolor_force: bool,
}

impl ColorEnv {
    pub fn read() -> ColorEnv {
        let set = |name| std::env::var_os(name).is_some_and(|v| !v.is_empty() && v != "0");
        ColorEnv {
            no_color: std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
            clicolor_force: set("CLICOLOR_FORCE"),
        }
    }
}

impl Config {
    pub fn new(args: &GlobalArgs) -> Result<Config, Error> {
        if args.checklist && (args.format == Format::Json || args.json) {
            return Err(Error::Usage(
                "--checklist makes a Markdown checklist; leave out --format json".to_owned(),
            ));
        }
        let terminal = std::io::stdout().is_terminal();
        let format = match args.format {
            _ if args.json => Format::Json,
            Format::Text if args.checklist => Format::Markdown,
            format => format,
        };
        Ok(Config {
            format,
            checklist: args.checklist,
            // JSON and Markdown are for programs and tickets: never colored.
            color: format == Format::Text && use_color(args.color, ColorEnv::read(), terminal),
            width: args
                .width
                .map(usize::from)
                .or_else(|| terminal.then(terminal_width)),
            pretty_json: terminal,
            // An empty IMSG_GUIDE_DIR is the same as an unset one, as with NO_COLOR.
            guides_dir: args.guides_dir.clone().or_else(|| {
                std::env::var_os("IMSG_GUIDE_DIR")
                    .filter(|v| !v.is_empty())
                    .map(PathBuf::from)
            }),
            sources: args.sources,
            paging: (terminal && args.paging != Paging::Never).then_some(args.paging),
        })
    }
}

/// `--color always|never` wins; then `NO_COLOR` turns color off and `CLICOLOR_FORCE` on;
/// otherwise color goes only to a terminal.
pub fn use_color(when: ColorWhen, env: ColorEnv, terminal: bool) -> bool {
    match when {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto if env.no_color => false,
        ColorWhen::Auto => env.clicolor_force || terminal,
    }
}

fn terminal_width() -> usize {
    let columns = terminal_size::terminal_size()
        .map(|(w, _)| usize::from(w.0))
        .or_else(|| std::env::var("COLUMNS").ok()?.trim().parse().ok())
        .unwrap_or(80);
    columns.clamp(20, 1000)
}

/// The device a word names, read as `--device` reads it (aliases and any case).
pub fn device_word(word: &str) -> Option<Device> {
    clap::ValueEnum::from_str(word, true).ok().map(device)
}

fn device(arg: DeviceArg) -> Device {
    match arg {
        DeviceArg::Iphone => Device::Iphone,
        DeviceArg::Ipad => Device::Ipad,
        DeviceArg::Ipod => Device::Ipod,
        DeviceArg::Mac => Device::Mac,
        DeviceArg::Web => Device::Web,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn color_precedence() {
        let none = ColorEnv::default();
        let no_color = ColorEnv {
            no_color: true,
            clicolor_force: false,
        };
        let force = ColorEnv {
            no_color: false,
            clicolor_force: true,
        };
        assert!(use_color(ColorWhen::Auto, none, true));
        assert!(!use_color(ColorWhen::Auto, none, false));
        assert!(!use_color(ColorWhen::Auto, no_color, true));
        assert!(use_color(ColorWhen::Auto, force, false));
        assert!(use_color(ColorWhen::Always, no_color, false));
        assert!(!use_color(ColorWhen::Never, force, true));
    }
}
