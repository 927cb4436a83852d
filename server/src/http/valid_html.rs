//! Leptos' rendered document made valid HTML (the W3C Nu checker passes every page; see the end-to-end tests),
//! and the same for everyone. Leptos 0.8.23 writes three things the HTML standard forbids, each repaired here
//! without changing what the browser builds or what the islands hydrate:
//! - its empty markers `<!>` (a "bogus comment") become the empty comments `<!---->`: the same comment node;
//! - `leptos_axum` gives every page a random CSP nonce and writes it on its data scripts (Leptos'
//!   `HydrationScripts` also wrote it into the `crossorigin` attribute of preload links). Scripts are allowed by
//!   their hashes instead (see [`super::security`]), so the nonce is taken out everywhere (a plain
//!   `crossorigin`, anonymous, is what browsers made of the attribute) and a page's bytes depend on its content
//!   alone;
//! - the scripts with the page's hydration data come after `</html>` ("stray start tag"); they move to the end
//!   of `<body>`, where the parser put them anyway.

/// `html` as valid HTML.
pub fn repair(html: &str) -> String {
    let (document, trailing) = match html.rfind("</html>") {
        Some(end) => (&html[..end + "</html>".len()], html[end + "</html>".len()..].trim()),
        None => (html, ""),
    };
    let mut out = String::with_capacity(html.len() + 256);
    match document.rfind("</body>").filter(|_| !trailing.is_empty()) {
        Some(body_end) => {
            out.push_str(&document[..body_end]);
            out.push_str(trailing);
            out.push_str(&document[body_end..]);
        }
        None => {
            out.push_str(document);
            out.push_str(trailing);
        }
    }
    without_nonce(empty_markers_as_comments(&out))
}

/// `html` without the nonce Leptos wrote on its scripts (and on preload links, had it written any): the value of
/// the first `nonce` attribute of a `<script>` tag, which is always Leptos' own (page content is text or
/// attribute values, never a tag).
fn without_nonce(html: String) -> String {
    let nonce = html.match_indices("<script").find_map(|(at, _)| {
        let tag = &html[at..at + html[at..].find('>')?];
        let start = tag.find(" nonce=\"")? + " nonce=\"".len();
        Some(&tag[start..start + tag[start..].find('"')?])
    });
    let Some(nonce) =
        nonce.filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
    else {
        return html;
    };
    html.replace(&format!(" nonce=\"{nonce}\""), "").replace(&format!(" crossorigin=\"{nonce}\""), " crossorigin")
}

/// Every `<!>` outside `<script>` and `<style>` elements (whose text is not markup) as `<!---->`. Text and
/// attribute values never hold a literal `<`: Leptos escapes it.
fn empty_markers_as_comments(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + 1024);
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if let Some(after) = rest.strip_prefix("<!>") {
            out.push_str("<!---->");
            rest = after;
            continue;
        }
        let raw_text_end = ["script", "style"].into_iter().find_map(|tag| {
            let open = rest.strip_prefix('<')?.strip_prefix(tag)?;
            open.starts_with(['>', ' ', '\t', '\n']).then(|| format!("</{tag}>"))
        });
        let skip = match raw_text_end {
            Some(end_tag) => rest.find(&end_tag).map_or(rest.len(), |end| end + end_tag.len()),
            None => 1,
        };
        out.push_str(&rest[..skip]);
        rest = &rest[skip..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::repair;

    const PAGE: &str = concat!(
        "<!DOCTYPE html><html lang=\"en\"><head>",
        "<link rel=\"modulepreload\" href=\"/pkg/w.js\" crossorigin=\"n0nce\">",
        "<script type=\"module\" nonce=\"n0nce\">go(\"<!>\")</script>",
        "<style>p::before{content:\"<!>\"}</style></head>",
        "<body><p>a<!>b<!></p><p>&lt;!&gt; 1 < 2</p><p> nonce=\"text\"</p></body></html>",
        "<script nonce=\"n0nce\">__RESOLVED_RESOURCES=[];</script><script nonce=\"n0nce\">__INCOMPLETE_CHUNKS=[];</script>",
    );

    #[test]
    fn markers_become_empty_comments_except_in_scripts_and_styles() {
        let html = repair(PAGE);
        assert!(html.contains("<p>a<!---->b<!----></p>"), "{html}");
        assert!(html.contains("go(\"<!>\")</script>"), "script text is left alone: {html}");
        assert!(html.contains("content:\"<!>\"}</style>"), "style text is left alone: {html}");
        assert!(html.contains("<p>&lt;!&gt; 1 < 2</p>"), "{html}");
    }

    #[test]
    fn the_nonce_is_taken_out_and_crossorigin_left_plain() {
        let html = repair(PAGE);
        assert!(html.contains("href=\"/pkg/w.js\" crossorigin>"), "{html}");
        assert!(html.contains("<script type=\"module\">go("), "{html}");
        assert!(!html.contains("n0nce"), "{html}");
    }

    #[test]
    fn only_a_script_tag_gives_the_nonce_and_text_is_kept() {
        let page = concat!(
            "<!DOCTYPE html><html lang=\"en\"><head></head><body><p> nonce=\"text\"</p></body></html>",
            "<script nonce=\"n0nce\">__RESOLVED_RESOURCES=[];</script>",
        );
        let html = repair(page);
        assert!(html.contains("<p> nonce=\"text\"</p><script>__RESOLVED"), "{html}");
        assert!(!html.contains("n0nce"), "{html}");
    }

    #[test]
    fn data_scripts_move_inside_the_body() {
        let html = repair(PAGE);
        assert!(
            html.ends_with(concat!(
                "</p><script>__RESOLVED_RESOURCES=[];</script>",
                "<script>__INCOMPLETE_CHUNKS=[];</script></body></html>"
            )),
            "{html}"
        );
    }

    #[test]
    fn a_valid_document_is_unchanged() {
        let page = "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p>x</p></body></html>";
        assert_eq!(repair(page), page);
        assert_eq!(repair(""), "");
        assert_eq!(repair("text <! and <"), "text <! and <");
    }
}
