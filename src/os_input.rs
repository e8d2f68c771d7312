//! `--os` as people type it: `17.4`, `iOS 18.1`, `iPadOS 17`, `macOS 14`, `OS X 10.11`,
//! `sequoia`, `macOS High Sierra`; and which devices a version alone points at.

use crate::device::{Device, Family};
use crate::suggest::did_you_mean;
use crate::version::{Version, VersionError};

/// What an `--os` value says: the version, and the OS when it was named.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OsInput {
    pub version: Version,
    pub os: Option<NamedOs>,
}

/// The OS a value named, by prefix or by a macOS release name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NamedOs {
    Ios,
    Ipados,
    Macos,
}

impl NamedOs {
    pub fn family(self) -> Family {
        match self {
            NamedOs::Ios | NamedOs::Ipados => Family::Ios,
            NamedOs::Macos => Family::Macos,
        }
    }
}

/// The macOS releases with Messages, by name, with the version each name stands for.
const MACOS_NAMES: [(&str, u32, u32); 14] = [
    ("mountainlion", 10, 8),
    ("mavericks", 10, 9),
    ("yosemite", 10, 10),
    ("elcapitan", 10, 11),
    ("sierra", 10, 12),
    ("highsierra", 10, 13),
    ("mojave", 10, 14),
    ("catalina", 10, 15),
    ("bigsur", 11, 0),
    ("monterey", 12, 0),
    ("ventura", 13, 0),
    ("sonoma", 14, 0),
    ("sequoia", 15, 0),
    ("tahoe", 26, 0),
];

/// Prefixes naming an OS, longest first so `mac os x` wins over `mac os`.
const PREFIXES: [(&str, NamedOs); 7] = [
    ("mac os x", NamedOs::Macos),
    ("mac os", NamedOs::Macos),
    ("macos", NamedOs::Macos),
    ("os x", NamedOs::Macos),
    ("osx", NamedOs::Macos),
    ("ipados", NamedOs::Ipados),
    ("ios", NamedOs::Ios),
];

pub fn parse(text: &str) -> Result<OsInput, String> {
    let lower = text.trim().to_lowercase();
    let (os, rest) = PREFIXES
        .iter()
        .find_map(|&(prefix, os)| Some((Some(os), lower.strip_prefix(prefix)?)))
        .unwrap_or((None, &lower));
    let rest = match os {
        Some(_) => rest.trim_start_matches([' ', '-', '_']).trim_end(),
        None => rest.trim(),
    };
    if rest.starts_with(|c: char| c.is_ascii_digit()) || os.is_none() && rest.is_empty() {
        return match rest.parse::<Version>() {
            Ok(version) => Ok(OsInput { version, os }),
            Err(e) => Err(version_error(e, text)),
        };
    }
    let name: String = rest
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '_'))
        .collect();
    if let Some(&(_, major, minor)) = MACOS_NAMES.iter().find(|(n, ..)| *n == name) {
        if matches!(os, Some(NamedOs::Ios | NamedOs::Ipados)) {
            return Err(format!(
                "`{text}` mixes iOS with a macOS name; give `--os {rest}` with `-d mac`"
            ));
        }
        let parts = if minor == 0 { 1 } else { 2 };
        return Ok(OsInput {
            version: Version::new(major, minor, 0, parts),
            os: Some(NamedOs::Macos),
        });
    }
    if rest.is_empty() {
        return Err(format!(
            "`{text}` needs a version number, such as `{} 17`",
            text.trim()
        ));
    }
    let names = MACOS_NAMES.iter().map(|(n, ..)| *n);
    let hint = did_you_mean(&name, names)
        .map(|n| format!(" (did you mean `{n}`?)"))
        .unwrap_or_default();
    Err(format!(
        "`{text}` is not an OS version{hint}; write a version such as 17, 17.4, \"iOS 18.1\" or \"macOS 14\", or a macOS name such as sequoia"
    ))
}

fn version_error(e: VersionError, text: &str) -> String {
    match e {
        VersionError::NotNumeric(_) => VersionError::NotNumeric(text.to_owned()).to_string(),
        other => other.to_string(),
    }
}

/// The devices a version given without `--device` points at, when only one OS has it:
/// iOS 5 to 10.3 and 16 to 18 are iOS only, 10.4 to 10.15 macOS only. `None` when both
/// have it (14, 26), with the error that says how to choose.
pub fn devices_for(input: &OsInput) -> Result<Vec<Device>, String> {
    let v = input.version;
    let family = match input.os {
        Some(NamedOs::Ipados) => return Ok(vec![Device::Ipad]),
        Some(os) => os.family(),
        None => match (v.major(), v.minor()) {
            (0..=9, _) | (10, 0..=3) | (16..=18, _) => Family::Ios,
            (10, _) => Family::Macos,
            (19..=25, _) => {
                return Err(format!(
                    "there is no iOS {v} or macOS {v}: Apple went from iOS 18 and macOS 15 to 26"
                ))
            }
            _ => {
                return Err(format!(
                    "--os {v} could be iOS {v} or macOS {v}; say which device, such as `-d iphone -o {v}` or `-d mac -o {v}`"
                ))
            }
        },
    };
    Ok(match family {
        Family::Macos => vec![Device::Mac],
        _ => {
            let ios = [Device::Iphone, Device::Ipad, Device::Ipod];
            let running: Vec<Device> = ios
                .into_iter()
                .filter(|d| d.supported().contains(v))
                .collect();
            // Too old for any of them: let the version check say why, for each.
            if running.is_empty() {
                ios.to_vec()
            } else {
                running
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> (String, Option<NamedOs>) {
        let input = parse(text).unwrap();
        (input.version.to_string(), input.os)
    }

    #[test]
    fn names_and_prefixes() {
        assert_eq!(read("17.4"), ("17.4".into(), None));
        assert_eq!(read("Sequoia"), ("15".into(), Some(NamedOs::Macos)));
        assert_eq!(read("macOS Sequoia"), ("15".into(), Some(NamedOs::Macos)));
        assert_eq!(read("Mountain Lion"), ("10.8".into(), Some(NamedOs::Macos)));
        assert_eq!(read("high-sierra"), ("10.13".into(), Some(NamedOs::Macos)));
        assert_eq!(read("TAHOE"), ("26".into(), Some(NamedOs::Macos)));
        assert_eq!(read("iOS 18.1"), ("18.1".into(), Some(NamedOs::Ios)));
        assert_eq!(read("ios18"), ("18".into(), Some(NamedOs::Ios)));
        assert_eq!(read("macos-14"), ("14".into(), Some(NamedOs::Macos)));
        assert_eq!(read("iPadOS 17"), ("17".into(), Some(NamedOs::Ipados)));
        assert_eq!(read("macOS 14"), ("14".into(), Some(NamedOs::Macos)));
        assert_eq!(read("OS X 10.11"), ("10.11".into(), Some(NamedOs::Macos)));
        assert_eq!(read("Mac OS X 10.8"), ("10.8".into(), Some(NamedOs::Macos)));
        assert!(parse("sequia")
            .unwrap_err()
            .contains("(did you mean `sequoia`?)"));
        assert!(parse("iOS Sonoma").is_err());
        assert!(parse("macOS")
            .unwrap_err()
            .contains("needs a version number"));
        assert!(parse("").is_err());
        assert!(parse("iOS 17.").is_err());
    }

    #[test]
    fn a_version_alone_points_at_one_os_or_asks() {
        let devices = |text: &str| devices_for(&parse(text).unwrap());
        assert_eq!(devices("17").unwrap(), [Device::Iphone, Device::Ipad]);
        assert_eq!(
            devices("9").unwrap(),
            [Device::Iphone, Device::Ipad, Device::Ipod]
        );
        assert_eq!(devices("10.14").unwrap(), [Device::Mac]);
        assert_eq!(devices("sequoia").unwrap(), [Device::Mac]);
        assert_eq!(devices("iPadOS 17").unwrap(), [Device::Ipad]);
        assert_eq!(devices("iOS 14").unwrap().len(), 3);
        let both = devices("14").unwrap_err();
        assert!(
            both.contains("`-d iphone -o 14` or `-d mac -o 14`"),
            "{both}"
        );
        assert!(devices("26").is_err());
        assert!(devices("20").unwrap_err().contains("no iOS 20 or macOS 20"));
    }
}
