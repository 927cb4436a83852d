//! The WebAssembly bundle only where it is needed. Leptos' `HydrationScripts` puts the bundle's preload links
//! and its loader into every page; a page without islands (most public pages: the exit control works with a
//! few lines of inline script, see `app::shell::ExitThisPage`) has nothing to hydrate, so they are taken out
//! and the page's first view is its HTML and CSS alone.

/// `html` without the bundle's preload links and loader when it has no island; unchanged otherwise.
pub fn bundle_only_for_islands(html: String) -> String {
    if html.contains("<leptos-island") {
        return html;
    }
    let mut out = html;
    for (start, end) in [
        ("<link rel=\"modulepreload\" href=\"/pkg/", ">"),
        ("<link rel=\"preload\" href=\"/pkg/", ">"),
        ("<script type=\"module\">", "</script>"),
    ] {
        let Some(at) = out.find(start) else { continue };
        let Some(len) = out[at..].find(end).map(|e| e + end.len()) else { continue };
        // Only the islands' loader, never another module script.
        if start.starts_with("<script") && !out[at..at + len].contains("hydrateIslands") {
            continue;
        }
        out.replace_range(at..at + len, "");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::bundle_only_for_islands;

    const HEAD: &str = concat!(
        "<head><link rel=\"modulepreload\" href=\"/pkg/waymark.abc.js\">",
        "<link rel=\"preload\" href=\"/pkg/waymark.abc.wasm\" as=\"fetch\" type=\"application/wasm\" crossorigin=\"\">",
        "<script type=\"module\">((root) => { function hydrateIslands() {} })(\"\", \"pkg\")</script>",
        "<link rel=\"stylesheet\" href=\"/pkg/waymark.abc.css\"></head>",
    );

    #[test]
    fn a_page_without_islands_loads_no_bundle() {
        let page = format!("{HEAD}<body><aside>exit</aside><script>exit()</script></body>");
        assert_eq!(
            bundle_only_for_islands(page),
            "<head><link rel=\"stylesheet\" href=\"/pkg/waymark.abc.css\"></head><body><aside>exit</aside><script>exit()</script></body>"
        );
    }

    #[test]
    fn a_page_with_an_island_keeps_it() {
        let page = format!("{HEAD}<body><leptos-island data-component=\"BreathingAnimation\"></leptos-island></body>");
        assert_eq!(bundle_only_for_islands(page.clone()), page);
    }

    #[test]
    fn other_module_scripts_stay() {
        let page = "<head><script type=\"module\">other()</script></head><body></body>".to_string();
        assert_eq!(bundle_only_for_islands(page.clone()), page);
    }
}
