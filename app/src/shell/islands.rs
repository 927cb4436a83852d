//! Loading the WebAssembly bundle that brings the islands to life, only when it is needed.
//!
//! Leptos' own `HydrationScripts` preloads the bundle and runs it as soon as the browser is idle, on every page.
//! Here the page carries a small inline loader instead ([`islands.js`](./islands.js)), which does nothing on a
//! page without islands (the server also leaves it out there, see `server::http::islands`) and otherwise loads
//! the bundle when a reader first reaches for an island: presses on it, focuses it or types in it. A press that
//! comes before the bundle is ready is held and made again once it is, so the first press works. Islands that
//! must run unasked ([`LOAD_AT_ONCE`]: the session timeout warning) load the bundle straight away.
//!
//! So a guide step with the breathing exercise or a BSL player costs its HTML and CSS at first view, and the
//! bundle only for readers who use them. The loader's text is the same for every page of a build, so the
//! Content Security Policy allows it by its hash.

use leptos::prelude::*;
use std::sync::OnceLock;

/// Islands that must run without being touched, so their pages load the bundle at once.
pub const LOAD_AT_ONCE: [&str; 1] = ["SessionTimeout"];

/// The loader's text, called with the bundle's JavaScript and WebAssembly addresses.
pub fn loader_script(js: &str, wasm: &str) -> String {
    let at_once: Vec<String> = LOAD_AT_ONCE.iter().map(|name| format!("{name:?}")).collect();
    format!("{}({js:?}, {wasm:?}, [{}]);", include_str!("islands.js").trim_end(), at_once.join(", "))
}

/// The bundle's two files, `/pkg/waymark[.hash].js` and `.wasm`: with hashed names when the build wrote its
/// hash file next to the binary, named as Leptos names them otherwise.
fn bundle(options: &LeptosOptions) -> (String, String) {
    let (mut js, mut wasm) = (options.output_name.to_string(), options.output_name.to_string());
    if options.hash_files {
        let hashes = std::env::current_exe()
            .ok()
            .and_then(|exe| exe.parent().map(|dir| dir.join(options.hash_file.as_ref())))
            .and_then(|path| std::fs::read_to_string(path).ok())
            .unwrap_or_default();
        for (file, hash) in hashes.lines().filter_map(|line| line.trim().split_once(':')) {
            match file.trim() {
                "js" => js = format!("{js}.{}", hash.trim()),
                "wasm" => wasm = format!("{wasm}.{}", hash.trim()),
                _ => {}
            }
        }
    } else if option_env!("LEPTOS_OUTPUT_NAME").is_none() {
        wasm.push_str("_bg");
    }
    let pkg = &options.site_pkg_dir;
    (format!("/{pkg}/{js}.js"), format!("/{pkg}/{wasm}.wasm"))
}

/// The loader, in the document's `<head>`.
#[component]
pub fn IslandScripts(options: LeptosOptions) -> impl IntoView {
    static SCRIPT: OnceLock<String> = OnceLock::new();
    // In islands mode the page itself is not hydrated; only the islands are (as `HydrationScripts` sets).
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    let script = SCRIPT.get_or_init(|| {
        let (js, wasm) = bundle(&options);
        loader_script(&js, &wasm)
    });
    view! { <script type="module">{script.clone()}</script> }
}

#[cfg(test)]
mod tests {
    use super::loader_script;

    #[test]
    fn the_loader_can_be_written_into_the_page_as_it_is() {
        let script = loader_script("/pkg/waymark.abc.js", "/pkg/waymark.abc.wasm");
        assert!(!script.contains('<') && !script.contains('&'), "{script}");
        assert!(
            script.ends_with(r#"("/pkg/waymark.abc.js", "/pkg/waymark.abc.wasm", ["SessionTimeout"]);"#),
            "{script}"
        );
    }
}
