//! `pyplay lessons deploy`: an organizer changes a lesson after the site was built, and the
//! built folder gets the new lessons, fresh `.br`/`.gz` copies and a new version in `sw.js`
//! (which is what makes open pages offer the update), with nothing of the old lessons left;
//! when anything is wrong the folder is left exactly as it was. Needs `node`, as the deploy does.

mod common;
use common::{Ran, arg, pyplay, repo, temp_dir};
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

/// A lesson with a data file; its text is long enough (over 1 KiB of JSON) to get copies.
fn lesson(title: &str) -> String {
    format!(
        r#"id = "first"
title = "First steps"
files = ["data/words.txt"]

[[exercises]]
id = "hello"
title = "{title}"
text = "{}"
starter = "print('hi')"
hints = ["Use `print`."]
"#,
        "Say hi. ".repeat(200)
    )
}

/// Lesson sources: `first` (titled `title`), listed in lessons.toml, and its data file.
fn sources(dir: &Path, title: &str) {
    std::fs::create_dir_all(dir.join("data")).unwrap();
    std::fs::write(dir.join("lessons.toml"), "lessons = [\"first\"]\n").unwrap();
    std::fs::write(dir.join("first.toml"), lesson(title)).unwrap();
    std::fs::write(dir.join("data/words.txt"), "word\n".repeat(1000)).unwrap();
}

/// A small built site as `trunk build --release` leaves it, with the lessons of an older build:
/// one that was removed since, with its copies, and a stale copy of one that stays.
fn site(dir: &Path) {
    std::fs::create_dir_all(dir.join("lessons")).unwrap();
    std::fs::copy(repo().join("web/sw.js"), dir.join("sw.js")).unwrap();
    std::fs::write(
        dir.join("index.html"),
        "<script>pyplayDownload = { total: 0 /* interpreter bytes */ };</script>\n",
    )
    .unwrap();
    std::fs::write(dir.join("pyplay-worker_bg.wasm"), [0u8; 64]).unwrap();
    for (file, text) in [
        ("index.json", "{\"lessons\": []}"),
        ("gone.json", "{}"),
        ("gone.json.br", "stale"),
        ("gone.json.gz", "stale"),
        ("first.json.br", "stale"),
    ] {
        std::fs::write(dir.join("lessons").join(file), text).unwrap();
    }
}

/// Every file under `dir` and its bytes.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let name = path.strip_prefix(dir).unwrap().display().to_string();
                files.insert(name, std::fs::read(&path).unwrap());
            }
        }
    }
    files
}

/// The precache list web/precache.mjs wrote into `site`/sw.js, as JSON text.
fn precache_list(site: &Path) -> String {
    let sw = std::fs::read_to_string(site.join("sw.js")).unwrap();
    let list = sw.split_once("/* precache */").unwrap().1;
    list.split_once("/* end precache */").unwrap().0.to_owned()
}

fn version(site: &Path) -> String {
    let list = precache_list(site);
    let rest = list.split_once("\"version\":").unwrap().1.trim_start();
    rest[1..].split_once('"').unwrap().0.to_owned()
}

/// What a `.br` copy decompresses to (with node, which the deploy needs anyway).
fn unbrotli(file: &Path) -> String {
    let out = Command::new("node")
        .args([
            "-e",
            "process.stdout.write(require('zlib').brotliDecompressSync(require('fs').readFileSync(process.argv[1])))",
            arg(file),
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

fn deploy(source: &Path, site: &Path) -> Ran {
    pyplay(&["lessons", "deploy", arg(source), arg(site)], "")
}

#[test]
fn deploy_replaces_the_lessons_and_refreshes_copies_and_version() {
    let dir = temp_dir("deploy");
    let (source, dist) = (dir.join("lessons"), dir.join("dist"));
    sources(&source, "Hello");
    std::fs::write(source.join("draft.toml"), lesson("Draft")).unwrap();
    site(&dist);

    let ran = deploy(&source, &dist);
    assert_eq!(ran.status, 0, "{}", ran.stderr);
    assert!(
        ran.stderr
            .starts_with("warning: lessons/draft.toml is not listed in lessons/lessons.toml"),
        "{}",
        ran.stderr
    );
    assert!(
        ran.stderr.contains(&format!(
            "pyplay lessons deploy: 1 lessons written to {}",
            dist.join("lessons").display()
        )),
        "{}",
        ran.stderr
    );
    assert!(
        ran.stderr
            .contains("pyplay lessons deploy: version dev -> "),
        "{}",
        ran.stderr
    );
    let lessons = dist.join("lessons");
    let files: Vec<String> = snapshot(&lessons).into_keys().collect();
    assert_eq!(
        files,
        [
            "data/words.txt",
            "data/words.txt.br",
            "data/words.txt.gz",
            "first.json",
            "first.json.br",
            "first.json.gz",
            "index.json",
        ],
        "the old lessons' files and copies are gone"
    );
    let json = std::fs::read_to_string(lessons.join("first.json")).unwrap();
    assert!(json.contains("\"title\": \"Hello\""), "{json}");
    assert!(json.contains("Use <code>print</code>."), "{json}");
    assert_eq!(unbrotli(&lessons.join("first.json.br")), json);
    // The offline list names the new files (not their copies), and the site has a version.
    let list = precache_list(&dist);
    assert!(list.contains("\"path\":\"lessons/first.json\""), "{list}");
    assert!(
        !list.contains("gone.json") && !list.contains(".br\""),
        "{list}"
    );
    let first = version(&dist);
    assert_ne!(first, "dev");
    assert!(!dist.join(".lessons-new").exists() && !dist.join(".lessons-old").exists());

    // The organizer changes an exercise's title: a new version, and every copy says so.
    std::fs::write(source.join("first.toml"), lesson("Hello again")).unwrap();
    let ran = deploy(&source, &dist);
    assert_eq!(ran.status, 0, "{}", ran.stderr);
    let json = std::fs::read_to_string(lessons.join("first.json")).unwrap();
    assert!(json.contains("\"title\": \"Hello again\""), "{json}");
    assert_eq!(unbrotli(&lessons.join("first.json.br")), json);
    let second = version(&dist);
    assert_ne!(second, first);
    assert!(
        ran.stderr.contains(&format!("version {first} -> {second}")),
        "{}",
        ran.stderr
    );

    // Deploying the same lessons again changes nothing a browser would notice.
    let ran = deploy(&source, &dist);
    assert_eq!(ran.status, 0, "{}", ran.stderr);
    assert_eq!(version(&dist), second);
    assert!(
        ran.stderr.contains("the site is unchanged"),
        "{}",
        ran.stderr
    );
}

#[test]
fn a_broken_lesson_leaves_the_site_as_it_was() {
    let dir = temp_dir("deploy-broken");
    let (source, dist) = (dir.join("lessons"), dir.join("dist"));
    sources(&source, "Hello");
    site(&dist);
    assert_eq!(deploy(&source, &dist).status, 0);
    let before = snapshot(&dist);

    std::fs::write(
        source.join("first.toml"),
        lesson("Oops").replace("starter", "startr"),
    )
    .unwrap();
    let ran = deploy(&source, &dist);
    assert_eq!(ran.status, 1);
    assert!(
        ran.stderr.starts_with(
            "error: lessons/first.toml: exercises[0].startr: line 9: unknown field `startr`"
        ),
        "{}",
        ran.stderr
    );
    assert!(
        ran.stderr.ends_with(&format!(
            "pyplay lessons deploy: 1 problems in the lessons (above); nothing in {} was \
             changed\n",
            dist.display()
        )),
        "{}",
        ran.stderr
    );
    assert_eq!(snapshot(&dist), before);
}

#[test]
fn without_node_or_a_built_site_nothing_changes() {
    let dir = temp_dir("deploy-no-node");
    let (source, dist) = (dir.join("lessons"), dir.join("dist"));
    sources(&source, "Hello");
    site(&dist);
    let before = snapshot(&dist);

    // No `node` on the PATH.
    let out = Command::new(env!("CARGO_BIN_EXE_pyplay"))
        .args(["lessons", "deploy", arg(&source), arg(&dist)])
        .env("PATH", "")
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.starts_with("pyplay lessons deploy: needs Node.js (`node`)"),
        "{stderr}"
    );
    assert!(stderr.contains("nothing in"), "{stderr}");
    assert_eq!(snapshot(&dist), before);

    // A folder that is not a built site (the lessons source folder, say).
    let ran = deploy(&source, &source);
    assert_eq!(ran.status, 1);
    assert!(
        ran.stderr.starts_with(&format!(
            "pyplay lessons deploy: {} is not a built pyplay site (no index.html)",
            source.display()
        )),
        "{}",
        ran.stderr
    );
    assert!(!source.join("lessons").exists());
}
