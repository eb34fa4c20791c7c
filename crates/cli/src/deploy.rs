//! `pyplay lessons deploy SOURCE_DIR DIST_DIR`: an organizer's quick edit. Rebuilds the lessons
//! into a site `trunk build --release` already built (`DIST_DIR`, e.g. `dist`), with no Rust or
//! wasm build, and refreshes everything that depends on them, as the Trunk build does:
//!
//! 1. the lessons are checked and built into `DIST_DIR/.lessons-new` — any problem stops here and
//!    `DIST_DIR` is left as it was (no `--keep-going`: a deployed site should never get a broken
//!    lesson by accident; the Trunk build keeps going so the app can show it while writing);
//! 2. `node web/compress.mjs` writes the `.br`/`.gz` copies in that new folder;
//! 3. it replaces `DIST_DIR/lessons` whole, so files of removed lessons and their copies go too;
//! 4. `node web/precache.mjs DIST_DIR` writes the new file list and version into `sw.js`: open
//!    pages then say "A new version of pyplay is ready". If that fails, the old lessons go back.
//!
//! The two scripts are the ones the Trunk build runs (from the repository this `pyplay` was
//! built in), so a deploy lists and compresses files exactly as a build does. Only `lessons/`
//! and `sw.js` change, so only the new lessons need compressing (the interpreter's copies, which
//! take a minute at brotli quality 11, stay as they are).

use crate::lessons::warn_unlisted;
use pyplay_lesson_build::build;
use std::ffi::OsStr;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Where the build's scripts are: `web/` of this repository. `cargo run` (and the tests) say
/// where the crate is now; a `pyplay` run on its own falls back to where it was built. (Only
/// the compile-time path would be wrong when two clones share a target dir, as CI's does: the
/// binary isn't rebuilt for a clone elsewhere.)
fn web_dir() -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from)
        .join("../../web")
}
const NEW: &str = ".lessons-new";
const OLD: &str = ".lessons-old";

/// Runs the deploy and returns the exit status (1 on any problem, with `DIST_DIR` unchanged).
pub fn main(source: &str, dist: &str) -> i32 {
    match deploy(Path::new(source), Path::new(dist)) {
        Ok(()) => 0,
        Err(message) => {
            eprintln!("pyplay lessons deploy: {message}");
            1
        }
    }
}

fn deploy(source: &Path, dist: &Path) -> Result<(), String> {
    let unchanged = format!("nothing in {} was changed", dist.display());
    let old_version = site_version(dist)?;
    let web = &web_dir();
    let scripts = [web.join("compress.mjs"), web.join("precache.mjs")];
    if let Some(missing) = scripts.iter().find(|s| !s.is_file()) {
        return Err(format!(
            "{} is missing: run the pyplay built from your checkout of the pyplay repository \
             (cargo run -p pyplay-cli -- lessons deploy …); {unchanged}",
            missing.display()
        ));
    }
    node(&["--version".as_ref()]).map_err(|err| format!("{err}; {unchanged}"))?;

    warn_unlisted(source);
    let new = dist.join(NEW);
    let old = dist.join(OLD);
    for leftover in [&new, &old] {
        remove_dir(leftover)?;
    }
    let built = build(source, Some(&new));
    let (lessons, problems) = (built.lessons, built.problems);
    for problem in &problems {
        eprintln!("error: {problem}");
    }
    if !problems.is_empty() {
        remove_dir(&new)?;
        return Err(format!(
            "{} problems in the lessons (above); {unchanged}",
            problems.len()
        ));
    }
    if let Err(err) = node(&[scripts[0].as_ref(), new.as_ref()]) {
        remove_dir(&new)?;
        return Err(format!("{err}; {unchanged}"));
    }

    let lessons_dir = dist.join("lessons");
    let had_lessons = lessons_dir.exists();
    if had_lessons {
        rename(&lessons_dir, &old)?;
    }
    if let Err(err) =
        rename(&new, &lessons_dir).and_then(|()| node(&[scripts[1].as_ref(), dist.as_ref()]))
    {
        // Put the old lessons back: sw.js still lists them.
        if lessons_dir.exists() {
            remove_dir(&lessons_dir)?;
        }
        if had_lessons {
            rename(&old, &lessons_dir)?;
        }
        remove_dir(&new)?;
        return Err(format!("{err}; {unchanged}"));
    }
    remove_dir(&old)?;
    // Copies of sw.js would hide the new version from hosts that serve them (compress.mjs never
    // makes them; another tool might have).
    for copy in ["sw.js.br", "sw.js.gz"] {
        let _ = std::fs::remove_file(dist.join(copy));
    }

    let new_version = site_version(dist)?;
    eprintln!(
        "pyplay lessons deploy: {} lessons written to {}",
        lessons.len(),
        lessons_dir.display()
    );
    if new_version == old_version {
        eprintln!(
            "pyplay lessons deploy: the site is unchanged (version {new_version}): nothing new \
             to announce"
        );
    } else {
        eprintln!(
            "pyplay lessons deploy: version {old_version} -> {new_version}; copy {} to your \
             host (if it isn't the deployed folder), and open pages will offer the new version \
             with Reload",
            dist.display()
        );
    }
    Ok(())
}

/// The version `web/precache.mjs` wrote into `dist/sw.js` ("dev" for a debug build), or why
/// `dist` is not a built pyplay site.
fn site_version(dist: &Path) -> Result<String, String> {
    let not_a_site = |why: String| {
        format!(
            "{} is not a built pyplay site ({why}): give the folder that `trunk build --release` \
             wrote (dist/); nothing was changed",
            dist.display()
        )
    };
    if !dist.join("index.html").is_file() {
        return Err(not_a_site("no index.html".into()));
    }
    let sw = std::fs::read_to_string(dist.join("sw.js"))
        .map_err(|err| not_a_site(format!("sw.js can't be read: {err}")))?;
    let list = sw
        .split_once("/* precache */")
        .and_then(|(_, rest)| rest.split_once("/* end precache */"))
        .map(|(list, _)| list)
        .ok_or_else(|| not_a_site("sw.js has no precache list".into()))?;
    let version = list
        .split_once("\"version\":")
        .and_then(|(_, rest)| rest.trim_start().strip_prefix('"'))
        .and_then(|rest| rest.split_once('"'))
        .map(|(version, _)| version.to_owned())
        .ok_or_else(|| not_a_site("sw.js's precache list has no version".into()))?;
    Ok(version)
}

/// Runs `node ARGS…` (a script's output shown as it comes, `--version`'s not).
fn node(args: &[&OsStr]) -> Result<(), String> {
    let status = Command::new("node")
        .args(args)
        // A release list even if the shell still has Trunk's debug profile set.
        .env_remove("TRUNK_PROFILE")
        .stdout(if args == ["--version"] {
            Stdio::null()
        } else {
            Stdio::inherit()
        })
        .status();
    let command = || {
        let args: Vec<_> = args.iter().map(|a| a.to_string_lossy()).collect();
        format!("node {}", args.join(" "))
    };
    match status {
        Ok(status) if status.success() => Ok(()),
        Ok(status) => Err(format!("`{}` failed ({status})", command())),
        Err(err) if err.kind() == ErrorKind::NotFound => Err(
            "needs Node.js (`node`) to refresh the offline file list and the compressed copies, \
             as the build does: install it (scripts/setup does) and run this again"
                .into(),
        ),
        Err(err) => Err(format!("can't run `{}` ({err})", command())),
    }
}

fn rename(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::rename(from, to).map_err(|err| {
        format!(
            "can't rename {} to {} ({err})",
            from.display(),
            to.display()
        )
    })
}

fn remove_dir(dir: &Path) -> Result<(), String> {
    match std::fs::remove_dir_all(dir) {
        Err(err) if err.kind() != ErrorKind::NotFound => {
            Err(format!("can't remove {} ({err})", dir.display()))
        }
        _ => Ok(()),
    }
}
