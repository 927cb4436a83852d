//! Embeds the Fluent message files from `locales/<code>/*.ftl` into the crate, so the server binary carries its
//! own translations and a change to any `.ftl` file triggers a rebuild.

use std::{env, fs, path::PathBuf};

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let locales = manifest.join("..").join("locales");
    println!("cargo:rerun-if-changed={}", locales.display());

    let mut entries = Vec::new();
    if let Ok(dirs) = fs::read_dir(&locales) {
        for dir in dirs.flatten() {
            let path = dir.path();
            if !path.is_dir() {
                continue;
            }
            println!("cargo:rerun-if-changed={}", path.display());
            let code = dir.file_name().to_string_lossy().into_owned();
            for file in fs::read_dir(&path).into_iter().flatten().flatten() {
                let file_path = file.path();
                if file_path.extension().is_some_and(|e| e == "ftl") {
                    println!("cargo:rerun-if-changed={}", file_path.display());
                    let name = file.file_name().to_string_lossy().into_owned();
                    let abs = fs::canonicalize(&file_path).expect("locale file path");
                    entries.push((code.clone(), name, abs));
                }
            }
        }
    }
    entries.sort();

    let mut out = String::from("/// Every `.ftl` file under `locales/`: (locale code, file name, contents).\n");
    out.push_str("pub static EMBEDDED_FTL: &[(&str, &str, &str)] = &[\n");
    for (code, name, abs) in &entries {
        out.push_str(&format!("    ({code:?}, {name:?}, include_str!({:?})),\n", abs.display().to_string()));
    }
    out.push_str("];\n");
    let dest = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("embedded_ftl.rs");
    fs::write(dest, out).expect("write embedded_ftl.rs");
}
