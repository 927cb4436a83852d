//! The islands' loader only where there are islands. The document's head carries the loader of the WebAssembly
//! bundle (`app::shell::IslandScripts`); a page without islands (most public pages: the exit control works with
//! a few lines of inline script, see `app::shell::ExitThisPage`) has nothing to load, so it is taken out, and
//! the page's first view is its HTML and CSS alone.

/// `html` without the islands' loader when it has no island; unchanged otherwise.
pub fn bundle_only_for_islands(html: String) -> String {
    if html.contains("<leptos-island") {
        return html;
    }
    let mut out = html;
    let start = "<script type=\"module\">";
    let mut from = 0;
    while let Some(at) = out[from..].find(start).map(|at| at + from) {
        let Some(len) = out[at..].find("</script>").map(|end| end + "</script>".len()) else { break };
        // Only the islands' loader, never another module script.
        if out[at..at + len].contains("hydrateIslands") {
            out.replace_range(at..at + len, "");
            break;
        }
        from = at + len;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::bundle_only_for_islands;

    fn head() -> String {
        let loader = app::shell::loader_script("/pkg/waymark.abc.js", "/pkg/waymark.abc.wasm");
        format!("<head><script type=\"module\">{loader}</script><link rel=\"stylesheet\" href=\"/pkg/waymark.abc.css\"></head>")
    }

    #[test]
    fn a_page_without_islands_loads_no_bundle() {
        let page = format!("{}<body><aside>exit</aside><script>exit()</script></body>", head());
        assert_eq!(
            bundle_only_for_islands(page),
            "<head><link rel=\"stylesheet\" href=\"/pkg/waymark.abc.css\"></head><body><aside>exit</aside><script>exit()</script></body>"
        );
    }

    #[test]
    fn a_page_with_an_island_keeps_it() {
        let page =
            format!("{}<body><leptos-island data-component=\"BreathingAnimation_1\"></leptos-island></body>", head());
        assert_eq!(bundle_only_for_islands(page.clone()), page);
    }

    #[test]
    fn other_module_scripts_stay() {
        let page = "<head><script type=\"module\">other()</script></head><body></body>".to_string();
        assert_eq!(bundle_only_for_islands(page.clone()), page);
        let both = format!("<head><script type=\"module\">other()</script>{}", &head()["<head>".len()..]);
        assert_eq!(
            bundle_only_for_islands(both),
            "<head><script type=\"module\">other()</script><link rel=\"stylesheet\" href=\"/pkg/waymark.abc.css\"></head>"
        );
    }
}
