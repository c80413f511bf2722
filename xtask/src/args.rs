//! A job's command line: `--flag`, `--name VALUE`, positional arguments, and everything after
//! `--` passed on untouched.

use crate::Result;

/// What is left of a job's arguments; each job takes what it knows, then [`Args::finish`]
/// refuses the rest.
pub struct Args {
    args: Vec<String>,
    rest: Vec<String>,
}

impl Args {
    /// The arguments after the job's name.
    pub fn new(mut args: Vec<String>) -> Args {
        let rest = match args.iter().position(|arg| arg == "--") {
            Some(at) => args.split_off(at).into_iter().skip(1).collect(),
            None => Vec::new(),
        };
        Args { args, rest }
    }

    /// Whether `--help` was given: then `usage` is printed and the job does nothing.
    pub fn help(&mut self, usage: &str) -> bool {
        let asked = self.flag("--help") | self.flag("-h");
        if asked {
            println!("{usage}");
        }
        asked
    }

    /// Whether `name` was given.
    pub fn flag(&mut self, name: &str) -> bool {
        let before = self.args.len();
        self.args.retain(|arg| arg != name);
        self.args.len() != before
    }

    /// The value after `name`, if given.
    pub fn value(&mut self, name: &str) -> Result<Option<String>> {
        let Some(at) = self.args.iter().position(|arg| arg == name) else {
            return Ok(None);
        };
        if at + 1 == self.args.len() {
            return Err(format!("{name} needs a value"));
        }
        let value = self.args.remove(at + 1);
        self.args.remove(at);
        Ok(Some(value))
    }

    /// The number after `name`, or `default`.
    pub fn number(&mut self, name: &str, default: usize) -> Result<usize> {
        match self.value(name)? {
            None => Ok(default),
            Some(value) => value
                .parse()
                .map_err(|_| format!("{name} {value}: not a number")),
        }
    }

    /// The comma-separated list after `name`, or `default`.
    pub fn list(&mut self, name: &str, default: &str) -> Result<Vec<String>> {
        let value = self.value(name)?.unwrap_or_else(|| default.to_string());
        Ok(value
            .split(',')
            .map(|item| item.trim().to_string())
            .collect())
    }

    /// The comma-separated numbers after `name`, or `default`.
    pub fn numbers(&mut self, name: &str, default: &str) -> Result<Vec<usize>> {
        let list = self.list(name, default)?;
        list.iter()
            .map(|item| {
                item.parse()
                    .map_err(|_| format!("{name}: {item} is not a number"))
            })
            .collect()
    }

    /// The next positional argument, if any.
    pub fn positional(&mut self) -> Option<String> {
        let at = self.args.iter().position(|arg| !arg.starts_with('-'))?;
        Some(self.args.remove(at))
    }

    /// What came after `--`, and an error if anything else is left.
    pub fn finish(self) -> Result<Vec<String>> {
        match self.args.first() {
            Some(unknown) => Err(format!("unexpected argument `{unknown}` (try --help)")),
            None => Ok(self.rest),
        }
    }
}
