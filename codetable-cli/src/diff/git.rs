//! `codes diff --base GIT_REV`: the old version of the tables read from git, to compare with
//! the working tree's.

use crate::sources::{self, Read};

/// The tables of `paths` (files or directories) as they were at the git revision `rev`, read
/// with `git ls-tree` and `git show` from the current directory: what `codes diff --base`
/// compares the working tree with.
pub fn read_at_revision(rev: &str, paths: &[std::path::PathBuf]) -> Result<Read, String> {
    let git = |args: &[&str]| -> Result<Vec<u8>, String> {
        let output = std::process::Command::new("git")
            .args(args)
            .output()
            .map_err(|error| format!("cannot run git: {error}"))?;
        if !output.status.success() {
            return Err(format!(
                "git {} failed: {}",
                args.join(" "),
                String::from_utf8_lossy(&output.stderr).trim()
            ));
        }
        Ok(output.stdout)
    };
    let mut listed = vec!["ls-tree", "-r", "--name-only", rev, "--"];
    let shown: Vec<String> = paths
        .iter()
        .map(|path| path.display().to_string())
        .collect();
    listed.extend(shown.iter().map(String::as_str));
    let files = git(&listed)?;
    let mut read = Read::default();
    for file in String::from_utf8_lossy(&files).lines() {
        if !file.ends_with(".rs") {
            continue;
        }
        // `REV:./path`: the path relative to the current directory, as ls-tree gave it.
        let text = git(&["show", &format!("{rev}:./{file}")])?;
        let one = sources::read_text(&String::from_utf8_lossy(&text), file);
        read.files.extend(one.files);
        read.tables.extend(one.tables);
        read.errors.extend(one.errors);
    }
    Ok(read)
}
