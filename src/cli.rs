//! The command line: the clap definitions (their `///` comments are the help text), and
//! the one place they are resolved into a plain `Request`: the task, the query checked,
//! color decided, width known. Nothing past this module sees how the arguments were
//! spelled.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum, ValueHint};

use crate::device::Device;
use crate::error::Error;
use crate::filter::Query;
use crate::guide::{Job, Scope};

/// Offline guide to signing in to, signing out of and fixing iMessage on iPhone, iPad,
/// iPod touch, Mac and the Apple Account website, per device and OS version.
#[derive(Debug, PartialEq, Parser)]
#[command(
    name = "imsg-guide",
    version,
    propagate_version = true,
    after_help = "Exit status: 0 answered, 1 nothing matched, 2 bad usage or input.\n\
                  Environment: NO_COLOR turns color off, CLICOLOR_FORCE turns it on."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,

    #[command(flatten)]
    pub global: GlobalArgs,
}

#[derive(Debug, PartialEq, Subcommand)]
pub enum Command {
    /// Sign in to iMessage
    Signin(Filters),
    /// Sign out of iMessage on a device, or on every device with --all-devices
    Signout(SignoutArgs),
    /// Turn iMessage off without signing out
    Deactivate(Filters),
    /// Fix the "iMessage is Signed Out" alert and activation errors
    FixSignedOut(FixArgs),
    /// Questions and answers; with QUERY, only the questions that match it
    Faq(FaqArgs),
    /// Search every guide, step, note and answer, best match first
    Search(SearchArgs),
    /// List the guides, and the devices and OS versions they cover
    List(ListArgs),
    /// Show one guide by id, with every method it has
    Show(ShowArgs),
    /// Check guide files or folders like a linter: one `path:line:column: message` per problem
    Validate(ValidateArgs),
    /// Where each fact comes from: the article, its URL and how sure it is; all facts without ID
    Sources(SourcesArgs),
    /// Print a shell completion script: bash, zsh, fish, powershell or elvish
    Completions(CompletionsArgs),
    /// Print the man page (roff); view it with `imsg-guide man | man -l -`
    Man,
    /// Print a JSON Schema: `guide` for guide files, `output` for what --json prints
    Schema(SchemaArgs),
}

#[derive(Debug, PartialEq, Args)]
pub struct ListArgs {
    /// Only the guide ids, one per line, for scripts and fzf
    #[arg(long)]
    pub ids: bool,
}

#[derive(Debug, PartialEq, Args)]
pub struct SchemaArgs {
    /// Which schema
    #[arg(value_enum, value_name = "SCHEMA")]
    pub which: SchemaName,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SchemaName {
    /// The guide files read by --guides-dir and validate
    Guide,
    /// The documents --json prints
    Output,
}

#[derive(Debug, PartialEq, Args)]
pub struct FaqArgs {
    /// Words to look for, such as `delete messages`, or a question's id
    #[arg(value_name = "QUERY", value_hint = ValueHint::Other)]
    pub query: Vec<String>,

    #[command(flatten)]
    pub filters: Filters,
}

#[derive(Debug, PartialEq, Args)]
pub struct SearchArgs {
    /// Words, a question or an error message, such as `iMessage is Signed Out`
    #[arg(required = true, value_name = "QUERY", value_hint = ValueHint::Other)]
    pub query: Vec<String>,

    /// Show at most N results
    #[arg(short = 'n', long, value_name = "N", default_value_t = 10, value_parser = clap::value_parser!(u16).range(1..), value_hint = ValueHint::Other)]
    pub limit: u16,

    #[command(flatten)]
    pub filters: Filters,
}

#[derive(Debug, PartialEq, Args)]
pub struct ValidateArgs {
    /// Guide files, or folders whose *.json files are checked
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<std::path::PathBuf>,
}

#[derive(Debug, PartialEq, Args)]
pub struct SourcesArgs {
    /// Fact ids as the steps cite them, such as `S0-8` or `V-iOS-2`
    #[arg(value_name = "ID", value_parser = FACT_IDS, hide_possible_values = true)]
    pub ids: Vec<String>,
}

#[derive(Debug, PartialEq, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, PartialEq, Args)]
pub struct SignoutArgs {
    /// Sign out everywhere: remove devices from the account (website, iPhone, iPad, Mac)
    #[arg(long)]
    pub all_devices: bool,

    #[command(flatten)]
    pub filters: Filters,
}

#[derive(Debug, PartialEq, Args)]
pub struct FixArgs {
    /// Ask one question at a time and show the fix the answers point at
    #[arg(short = 'i', long)]
    pub interactive: bool,

    #[command(flatten)]
    pub filters: Filters,
}

#[derive(Debug, PartialEq, Args)]
pub struct ShowArgs {
    /// The guide id, as `imsg-guide list` prints it
    #[arg(value_parser = GUIDE_IDS, hide_possible_values = true)]
    pub id: String,

    /// Print the guide file itself (guide JSON), to start a custom guide from
    #[arg(long)]
    pub raw: bool,

    #[command(flatten)]
    pub filters: Filters,
}

#[derive(Debug, PartialEq, Args)]
pub struct Filters {
    /// Only this device (repeatable, or comma-separated): iphone, ipad, ipod, mac, web
    #[arg(
        short = 'd',
        long = "device",
        value_name = "DEVICE",
        value_parser = DeviceParser,
        hide_possible_values = true,
        ignore_case = true,
        value_delimiter = ','
    )]
    pub devices: Vec<DeviceArg>,

    /// The OS version on that device, such as 17.4, "iOS 18.1", sequoia or "macOS 14"
    #[arg(
        short = 'o',
        long = "os",
        value_name = "VERSION",
        allow_hyphen_values = true,
        value_hint = ValueHint::Other
    )]
    pub os: Option<String>,
}

#[derive(Debug, PartialEq, Args)]
pub struct GlobalArgs {
    /// Output format: text for people, markdown for tickets, json for programs
    #[arg(short = 'f', long, value_enum, global = true, default_value_t = Format::Text)]
    pub format: Format,

    /// Short for --format json
    #[arg(long, global = true, conflicts_with = "format")]
    pub json: bool,

    /// Markdown with steps as `- [ ]` checklist items, for pasting into a ticket
    #[arg(long, global = true, conflicts_with = "json")]
    pub checklist: bool,

    /// When to color text: auto colors a terminal unless NO_COLOR is set
    #[arg(long, value_enum, value_name = "WHEN", global = true, default_value_t = ColorWhen::Auto)]
    pub color: ColorWhen,

    /// Also read guides from DIR (or $IMSG_GUIDE_DIR): a guide with a built-in id replaces
    /// it, a new id adds one
    #[arg(long, value_name = "DIR", global = true, value_hint = ValueHint::DirPath)]
    pub guides_dir: Option<std::path::PathBuf>,

    /// Wrap text at N columns (default: the terminal's width; no wrapping when piped)
    #[arg(long, value_name = "N", global = true, value_parser = clap::value_parser!(u16).range(20..=1000), value_hint = ValueHint::Other)]
    pub width: Option<u16>,

    /// Print after each step the ids of the facts it rests on; `imsg-guide sources ID` tells
    /// where one comes from
    #[arg(long, global = true)]
    pub sources: bool,

    /// When to page long text: auto pages on a terminal through $PAGER, else `less -FRX`
    #[arg(long, value_enum, value_name = "WHEN", global = true, default_value_t = Paging::Auto)]
    pub paging: Paging,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DeviceArg {
    #[value(aliases = ["ios"])]
    Iphone,
    #[value(aliases = ["ipados"])]
    Ipad,
    #[value(aliases = ["ipod-touch", "ipodtouch", "ipod_touch"])]
    Ipod,
    #[value(aliases = ["macos", "osx", "os-x", "macbook", "imac"])]
    Mac,
    #[value(aliases = ["browser", "website", "account-website", "apple-account"])]
    Web,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Text for people, colored on a terminal
    Text,
    /// GitHub-flavored Markdown
    #[value(aliases = ["md"])]
    Markdown,
    /// One JSON document, described by `imsg-guide schema output`
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Paging {
    /// Page text that does not fit the terminal
    Auto,
    /// Page everything written to a terminal
    Always,
    Never,
}

/// Any id, offered to shell completion from a known list: the built-in guide ids (custom
/// guides add their own) or the fact ids (the command says which it does not know).
#[derive(Clone)]
struct KnownIds(fn() -> Vec<&'static str>);

const GUIDE_IDS: KnownIds = KnownIds(|| {
    crate::guide::builtins()
        .iter()
        .map(|g| g.id.as_ref())
        .collect()
});
const FACT_IDS: KnownIds = KnownIds(|| crate::validate::FACT_IDS.to_vec());

impl clap::builder::TypedValueParser for KnownIds {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        let ids = (self.0)().into_iter();
        Some(Box::new(ids.map(clap::builder::PossibleValue::new)))
    }
}

/// The devices, read as `DeviceArg` reads them; shell completion offers the aliases too
/// (`ios`, `macos`, `browser`), which clap would otherwise keep to itself.
#[derive(Clone)]
struct DeviceParser;

impl clap::builder::TypedValueParser for DeviceParser {
    type Value = DeviceArg;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<DeviceArg, clap::Error> {
        clap::builder::EnumValueParser::<DeviceArg>::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        let values = DeviceArg::value_variants().iter().flat_map(|d| {
            let value = d.to_possible_value().expect("no device is hidden");
            let name = value.get_name().to_owned();
            let aliases: Vec<clap::builder::PossibleValue> = value
                .get_name_and_aliases()
                .skip(1)
                .map(|alias| {
                    // Completion runs once per process; the few aliases can live as long.
                    let alias: &'static str = Box::leak(alias.into());
                    clap::builder::PossibleValue::new(alias).help(format!("same as {name}"))
                })
                .collect();
            std::iter::once(value).chain(aliases)
        });
        Some(Box::new(values))
    }
}

/// A command line, resolved: what to do, for whom, and how to print it.
#[derive(Debug)]
pub struct Request {
    pub command: Task,
    /// The devices and version asked for; empty for commands without filters.
    pub query: Query,
    pub config: Config,
}

/// What to do, with the arguments only that command takes.
#[derive(Debug)]
pub enum Task {
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
        let config = Config::new(&cli.global)?;
        let job = |job| Task::Job(job, Scope::Device);
        let (command, filters) = match cli.command {
            Command::Signin(filters) => (job(Job::Signin), Some(filters)),
            Command::Signout(args) if args.all_devices => (
                Task::Job(Job::Signout, Scope::AllDevices),
                Some(args.filters),
            ),
            Command::Signout(args) => (job(Job::Signout), Some(args.filters)),
            Command::Deactivate(filters) => (job(Job::Deactivate), Some(filters)),
            Command::FixSignedOut(args) if args.interactive => (Task::Walk, Some(args.filters)),
            Command::FixSignedOut(args) => (job(Job::FixSignedOut), Some(args.filters)),
            Command::Faq(args) => (Task::Faq(args.query.join(" ")), Some(args.filters)),
            Command::Search(args) => {
                let text = args.query.join(" ");
                let limit = usize::from(args.limit);
                (Task::Search { text, limit }, Some(args.filters))
            }
            Command::List(args) => (Task::List { ids: args.ids }, None),
            Command::Show(args) => {
                let (id, raw) = (args.id, args.raw);
                (Task::Show { id, raw }, Some(args.filters))
            }
            Command::Validate(args) => (Task::Validate(args.paths), None),
            Command::Sources(args) => (Task::Sources(args.ids), None),
            Command::Completions(args) => (Task::Completions(args.shell), None),
            Command::Man => (Task::Man, None),
            Command::Schema(args) => (
                Task::Schema(match args.which {
                    SchemaName::Guide => crate::files::guide_schema,
                    SchemaName::Output => crate::files::output_schema,
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

/// Whether `stream` is a terminal. On Unix through rustix, which asks the kernel itself:
/// `IsTerminal` calls libc's `isatty`, one more symbol for the dynamic loader to look up
/// at every start.
#[cfg(unix)]
pub fn is_terminal(stream: impl std::os::fd::AsFd) -> bool {
    rustix::termios::isatty(stream)
}

#[cfg(not(unix))]
pub fn is_terminal(stream: impl std::io::IsTerminal) -> bool {
    stream.is_terminal()
}

impl Config {
    pub fn new(args: &GlobalArgs) -> Result<Config, Error> {
        if args.checklist && (args.format == Format::Json || args.json) {
            return Err(Error::Usage(
                "--checklist makes a Markdown checklist; leave out --format json".to_owned(),
            ));
        }
        let terminal = is_terminal(std::io::stdout());
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
    fn definition_is_valid() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }

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
