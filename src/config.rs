//! Turns parsed arguments into plain settings, once: color decided, width known, filters
//! checked. Nothing past this module sees clap types.

use std::io::IsTerminal;
use std::path::PathBuf;

use crate::cli::{ColorWhen, DeviceArg, Filters, Format, GlobalArgs, Paging};
use crate::device::{Device, Family};
use crate::error::Error;
use crate::filter::Query;
use crate::os_input::{self, NamedOs};
use crate::version::Version;

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

impl Query {
    /// Checks the devices and version against each other, as one line of error each.
    pub fn new(filters: &Filters) -> Result<Query, Error> {
        let mut devices: Vec<Device> = filters.devices.iter().map(|&d| device(d)).collect();
        devices.sort_unstable();
        devices.dedup();
        let os = match &filters.os {
            None => None,
            Some(text) => {
                if devices.is_empty() {
                    // A version only one OS has says which devices are meant.
                    let input = os_input::parse(text).map_err(Error::Usage)?;
                    devices = os_input::devices_for(&input).map_err(Error::Usage)?;
                }
                Some(check_version(text, &devices)?)
            }
        };
        Ok(Query { devices, os })
    }
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

/// The version `text` names, if it is one the devices can run: the checks of `--os`.
/// It reads versions as people write them (`17.4`, `iOS 18.1`, `sequoia`).
pub fn check_version(text: &str, devices: &[Device]) -> Result<Version, Error> {
    let input = os_input::parse(text).map_err(Error::Usage)?;
    if let Some(named) = input.os {
        check_named_os(named, text, devices)?;
    }
    check_runs(input.version, devices)
}

/// `-d mac --os "iOS 17"` asks about two things at once.
fn check_named_os(named: NamedOs, text: &str, devices: &[Device]) -> Result<(), Error> {
    let family = named.family();
    let wrong = devices
        .iter()
        .find(|d| d.family() != family || named == NamedOs::Ipados && **d != Device::Ipad);
    match wrong {
        Some(d) => Err(Error::Usage(format!(
            "--os {text} is not a version the {} runs; leave out --device, or give the {}'s version",
            d.name(),
            d.name()
        ))),
        None => Ok(()),
    }
}

fn check_runs(version: Version, devices: &[Device]) -> Result<Version, Error> {
    let Some(&first) = devices.first() else {
        return Err(Error::Usage(format!(
            "--os {version} needs --device to say which OS it is, for example `-d iphone -o {version}` or `-d mac -o {version}`"
        )));
    };
    let family = first.family();
    if let Some(other) = devices.iter().find(|d| d.family() != family) {
        return Err(Error::Usage(format!(
            "--os {version} cannot be read as both {} and {}; ask about one kind of device at a time",
            os_of(first),
            os_of(*other)
        )));
    }
    if family == Family::Web {
        return Err(Error::Usage(
            "the Apple Account website has no OS version; leave out --os with --device web"
                .to_owned(),
        ));
    }
    family.check_exists(version).map_err(Error::Usage)?;
    for &d in devices {
        let supported = d.supported();
        if supported.from.is_some_and(|from| version < from) {
            let from = supported.from.unwrap_or(version);
            return Err(Error::Usage(format!(
                "{} {version} has no iMessage: it needs {} {from} or later",
                os_of(d),
                os_of(d)
            )));
        }
        if let Some(before) = supported.before.filter(|&b| version >= b) {
            let last = family.release_before(before);
            return Err(Error::Usage(format!(
                "the {} runs at most {} {last}; {version} is not available on it",
                d.name(),
                os_of(d)
            )));
        }
    }
    Ok(version)
}

fn os_of(device: Device) -> &'static str {
    device.family().name()
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
