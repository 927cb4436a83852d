//! Every message id the code asks for exists in English, every English message is used, and other languages
//! define no message that English lacks. Ids are found by reading the sources for `.t("…")`, `.tr("…"` and
//! `msg("…")`.

use app::i18n::{Catalog, Locale};
use regex::Regex;
use std::{collections::BTreeSet, fs, path::Path};

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("source folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn used_ids() -> BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let pattern = Regex::new(r#"(?:\.t|\.tr|\bmsg)\(\s*"([a-z0-9][a-z0-9-]*)""#).expect("regex");
    let mut files = Vec::new();
    rust_files(&root.join("app/src"), &mut files);
    rust_files(&root.join("server/src"), &mut files);
    let mut ids = BTreeSet::new();
    for file in files {
        let text = fs::read_to_string(&file).expect("read source");
        for capture in pattern.captures_iter(&text) {
            ids.insert(capture[1].to_string());
        }
    }
    // The names of the categories of need are named in content/needs.toml.
    let needs = fs::read_to_string(root.join("content/needs.toml")).expect("read content/needs.toml");
    let label = Regex::new(r#"(?m)^label\s*=\s*"([a-z0-9][a-z0-9-]*)""#).expect("regex");
    ids.extend(label.captures_iter(&needs).map(|c| c[1].to_string()));
    ids
}

#[test]
fn every_message_the_code_uses_exists_in_english() {
    let catalog = Catalog::embedded().expect("catalogue");
    let used = used_ids();
    assert!(used.len() > 20, "the scan found too few ids: {used:?}");
    let missing: Vec<_> = used.iter().filter(|id| !catalog.has(Locale::En, id)).collect();
    assert!(missing.is_empty(), "message ids used in code but missing from locales/en: {missing:?}");
}

#[test]
fn every_english_message_is_used() {
    let catalog = Catalog::embedded().expect("catalogue");
    let used = used_ids();
    let unused: Vec<_> = catalog.ids(Locale::En).filter(|id| !used.contains(*id)).collect();
    assert!(unused.is_empty(), "messages in locales/en that no code uses: {unused:?}");
}

#[test]
fn other_languages_only_translate_english_messages() {
    let catalog = Catalog::embedded().expect("catalogue");
    for locale in Locale::ALL.iter().filter(|l| **l != Locale::En) {
        let extra: Vec<_> = catalog.ids(*locale).filter(|id| !catalog.has(Locale::En, id)).collect();
        assert!(extra.is_empty(), "locales/{} has messages English lacks: {extra:?}", locale.code());
    }
}

#[test]
fn every_language_translates_every_message() {
    let catalog = Catalog::embedded().expect("catalogue");
    for locale in Locale::ALL.iter().filter(|l| **l != Locale::En) {
        let missing: Vec<_> = catalog.ids(Locale::En).filter(|id| !catalog.has(*locale, id)).collect();
        assert!(missing.is_empty(), "locales/{} lacks {} messages: {missing:?}", locale.code(), missing.len());
    }
}

#[test]
fn the_catalogue_finds_no_variable_mismatches() {
    let catalog = Catalog::embedded().expect("catalogue");
    assert_eq!(catalog.variable_mismatches(), Vec::<String>::new());
    let broken = Catalog::from_sources([
        (
            "en",
            "a.ftl",
            "hello = Hello { $name }, you have { $count ->\n    [one] one\n   *[other] { $count }\n} things\n",
        ),
        ("cy", "a.ftl", "hello = Helo { $enw }, { $count }\n"),
    ])
    .expect("catalogue");
    let found = broken.variable_mismatches();
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("cy/hello"), "{found:?}");
}

#[test]
fn every_language_covers_the_safety_messages() {
    let catalog = Catalog::embedded().expect("catalogue");
    let safety =
        ["exit-this-page", "urgent-999", "urgent-silent", "urgent-text", "urgent-relay", "urgent-bsl", "footer-urgent"];
    for locale in Locale::ALL {
        for id in safety {
            assert!(catalog.has(*locale, id), "locales/{} lacks {id}", locale.code());
        }
    }
}
