//! The guide model, as authored in `guides/*.json`, and the built-in guides.
//!
//! The built-in guides are compiled into static data by `build.rs`, so answering a query
//! parses nothing; the serde path below reads guide files as written.

use std::borrow::Cow;
use std::fmt;

#[cfg(test)]
use include_dir::{include_dir, Dir};
use serde::de::Deserializer;
use serde::{Deserialize, Serialize, Serializer};

use crate::device::Device;
use crate::version::{Range, Version};

/// Text that is static for built-in guides and owned for guides read at run time.
pub type Text = Cow<'static, str>;
/// A list that is static for built-in guides and owned for guides read at run time.
pub type List<T> = Cow<'static, [T]>;

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guide {
    /// Where editors find the JSON Schema; not used by the tool.
    #[serde(rename = "$schema", default)]
    pub schema: Option<Text>,
    pub id: Text,
    #[serde(default)]
    pub command: Option<Job>,
    pub title: Text,
    pub summary: Text,
    #[serde(default)]
    pub keywords: List<Text>,
    #[serde(default)]
    pub warnings: List<Remark>,
    #[serde(default)]
    pub notes: List<Remark>,
    #[serde(default)]
    pub related: List<Text>,
    pub methods: List<Method>,
}

/// The four jobs that have a subcommand of their own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Job {
    Signin,
    Signout,
    Deactivate,
    FixSignedOut,
}

impl Job {
    pub fn name(self) -> &'static str {
        match self {
            Job::Signin => "signin",
            Job::Signout => "signout",
            Job::Deactivate => "deactivate",
            Job::FixSignedOut => "fix-signed-out",
        }
    }
}

impl fmt::Display for Job {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    /// Acts on the device in hand.
    #[default]
    Device,
    /// Signs the account out everywhere (`signout --all-devices`).
    AllDevices,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Method {
    pub id: Text,
    pub title: Text,
    #[serde(default)]
    pub approach: Text,
    #[serde(default)]
    pub scope: Scope,
    pub devices: List<Device>,
    #[serde(default)]
    pub os: Range,
    #[serde(default)]
    pub since_note: Option<Text>,
    #[serde(default)]
    pub warnings: List<Remark>,
    #[serde(default)]
    pub notes: List<Remark>,
    pub steps: List<Step>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub text: Text,
    #[serde(default)]
    pub path: List<Text>,
    #[serde(default = "yes")]
    pub verified: bool,
    #[serde(default)]
    pub warnings: List<Remark>,
    #[serde(default)]
    pub notes: List<Remark>,
    pub sources: List<Text>,
    /// For `fix-signed-out --interactive`: the question that tells whether this step is
    /// the fix. A step without one is offered as something to try.
    #[serde(default)]
    pub check: Option<Check>,
    /// Left for the end of an interactive walk, as what remains to do.
    #[serde(default)]
    pub last_resort: bool,
}

/// A yes/no question asked before a step, and the answer that means the step is the fix.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Check {
    pub ask: Text,
    pub fault: Answer,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Answer {
    Yes,
    No,
}

/// A warning or note, with the facts it rests on.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Remark {
    pub text: Text,
    #[serde(default = "yes")]
    pub verified: bool,
    pub sources: List<Text>,
}

fn yes() -> bool {
    true
}

impl<'de> Deserialize<'de> for Range {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Range, D::Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Raw {
            from: Option<Version>,
            before: Option<Version>,
        }
        let raw = Raw::deserialize(deserializer)?;
        if let (Some(from), Some(before)) = (raw.from, raw.before) {
            if from >= before {
                return Err(serde::de::Error::custom(format_args!(
                    "empty version range: `from` {from} is not below `before` {before}"
                )));
            }
        }
        Ok(Range {
            from: raw.from,
            before: raw.before,
        })
    }
}

impl<'de> Deserialize<'de> for Version {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Version, D::Error> {
        let s = <Cow<'de, str>>::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl Serialize for Version {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

mod generated {
    use super::*;
    include!(concat!(env!("OUT_DIR"), "/builtin_guides.rs"));
}

/// The guide files as written, to check the compiled data against them.
#[cfg(test)]
pub static SOURCES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/guides");

/// Every built-in guide, in file-name order.
pub fn builtins() -> &'static [Guide] {
    generated::GUIDES
}

/// The built-in guide with this id.
#[cfg(test)]
pub fn builtin(id: &str) -> Option<&'static Guide> {
    builtins().iter().find(|g| g.id == id)
}

/// Reads a guide from JSON text.
#[cfg(test)]
pub fn parse(text: &str) -> Result<Guide, serde_json::Error> {
    serde_json::from_str(text)
}
