//! A guide's body: Markdown split into steps at each `##` heading, with the interactive directives (fenced
//! blocks such as ```` ```checklist ````) picked out. Raw HTML is never passed through: it becomes text. Links are
//! checked: `guide:slug` becomes the guide's neutral address, `services:what=<crime>&who=<group>` the service
//! directory filtered (by neutral codes), portal paths must exist, and only `https:`, `mailto:` and `tel:` lead
//! elsewhere.

use app::models::guide::{Block, Step};
use pulldown_cmark::{html, CodeBlockKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// Portal pages guides may link to.
pub const PORTAL_PATHS: &[&str] = &[
    "/",
    "/guides",
    "/services",
    "/request",
    "/report",
    "/bsl",
    "/diary",
    "/register",
    "/sign-in",
    "/staying-safe-online",
    "/privacy",
    "/accessibility",
    "/cookies",
];

/// The result of parsing a body.
#[derive(Debug, Default)]
pub struct Body {
    pub intro: Vec<Block>,
    pub steps: Vec<Step>,
    /// Guides linked to, with the line of each link, for checking they exist.
    pub guide_links: Vec<(String, usize)>,
    /// Assets used, with lines.
    pub assets: Vec<(String, usize)>,
    /// Plain text, for searching.
    pub text: String,
}

/// A problem at a line of the body.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub line: usize,
    pub message: String,
}

/// Counts for numbering a guide's interactive parts.
#[derive(Default)]
struct Counters {
    reflect: usize,
    checklist: usize,
}

struct Parse<'t> {
    source: &'t str,
    first_line: usize,
    code_of: &'t dyn Fn(&str) -> String,
    body: Body,
    problems: Vec<Problem>,
    counters: Counters,
}

impl Parse<'_> {
    fn line_of(&self, offset: usize) -> usize {
        self.first_line + self.source[..offset.min(self.source.len())].matches('\n').count()
    }

    fn problem(&mut self, range: &Range<usize>, message: impl Into<String>) {
        let line = self.line_of(range.start);
        self.problems.push(Problem { line, message: message.into() });
    }

    /// Checks and rewrites a link or image address.
    fn destination(&mut self, dest: &str, range: &Range<usize>, image: bool) -> String {
        let line = self.line_of(range.start);
        if image {
            match dest.strip_prefix("assets/") {
                Some(name) if !name.is_empty() && !name.contains("..") && !name.contains('/') => {
                    self.body.assets.push((name.to_string(), line));
                    return format!("/guides/assets/{name}");
                }
                _ => {
                    self.problem(
                        range,
                        format!("image {dest:?} must be a file in content/assets, written assets/<name>"),
                    );
                    return String::new();
                }
            }
        }
        if let Some(slug) = dest.strip_prefix("guide:") {
            self.body.guide_links.push((slug.to_string(), line));
            return format!("/guides/{}", (self.code_of)(slug));
        }
        if let Some(filter) = dest.strip_prefix("services:") {
            return match services_filter(filter) {
                Ok(href) => href,
                Err(message) => {
                    self.problem(range, message);
                    String::new()
                }
            };
        }
        if dest.starts_with('/') {
            let path = dest.split(['?', '#']).next().unwrap_or(dest);
            if !PORTAL_PATHS.contains(&path) {
                self.problem(range, format!("link to {dest:?}: there is no such page on the portal"));
            }
            return dest.to_string();
        }
        if dest.starts_with("https://")
            || dest.starts_with("mailto:")
            || dest.starts_with("tel:")
            || dest.starts_with('#')
        {
            return dest.to_string();
        }
        self.problem(range, format!("link to {dest:?} is not allowed: use guide:<slug>, a portal path, or https://"));
        String::new()
    }

    /// Renders Markdown events as HTML with the safety rules applied.
    fn html(&mut self, events: Vec<(Event<'_>, Range<usize>)>) -> String {
        let mut safe = Vec::with_capacity(events.len());
        for (event, range) in events {
            let event = match event {
                Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
                Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                    let dest = self.destination(&dest_url, &range, false);
                    Event::Start(Tag::Link { link_type, dest_url: CowStr::from(dest), title, id })
                }
                Event::Start(Tag::Image { link_type, dest_url, title, id }) => {
                    let dest = self.destination(&dest_url, &range, true);
                    Event::Start(Tag::Image { link_type, dest_url: CowStr::from(dest), title, id })
                }
                Event::Text(ref t) | Event::Code(ref t) => {
                    self.body.text.push_str(&t.to_lowercase());
                    self.body.text.push(' ');
                    event
                }
                other => other,
            };
            safe.push(event);
        }
        let mut out = String::new();
        html::push_html(&mut out, safe.into_iter());
        out
    }

    /// A directive's body as safe HTML (for tips and introductions).
    fn fragment(&mut self, text: &str, range: &Range<usize>) -> String {
        let inner: Vec<(Event<'_>, Range<usize>)> =
            Parser::new_ext(text, options()).into_offset_iter().map(|(e, _)| (e, range.clone())).collect();
        let owned: Vec<(Event<'static>, Range<usize>)> = inner.into_iter().map(|(e, r)| (e.into_static(), r)).collect();
        self.html(owned)
    }

    fn directive(&mut self, info: &str, content: &str, range: &Range<usize>) -> Option<Block> {
        let info = info.trim();
        let body = content.trim();
        match info {
            "tip" => {
                if body.is_empty() {
                    self.problem(range, "a tip needs some text");
                    return None;
                }
                Some(Block::Tip(self.fragment(body, range)))
            }
            "activity: breathing" | "activity:breathing" => {
                Some(Block::Breathing((!body.is_empty()).then(|| self.fragment(body, range))))
            }
            "activity: grounding" | "activity:grounding" => {
                Some(Block::Grounding((!body.is_empty()).then(|| self.fragment(body, range))))
            }
            "reflect" => {
                let question = body.lines().map(str::trim).collect::<Vec<_>>().join(" ");
                if question.is_empty() {
                    self.problem(range, "a reflect block needs a question");
                    return None;
                }
                self.body.text.push_str(&question.to_lowercase());
                let index = self.counters.reflect;
                self.counters.reflect += 1;
                Some(Block::Reflect { index, question })
            }
            "checklist" => {
                let mut items = Vec::new();
                for line in body.lines().map(str::trim).filter(|l| !l.is_empty()) {
                    match line.strip_prefix("- ").or_else(|| line.strip_prefix("* ")) {
                        Some(item) if !item.trim().is_empty() => items.push(item.trim().to_string()),
                        _ => self.problem(range, format!("checklist line {line:?} must start with \"- \"")),
                    }
                }
                if items.is_empty() {
                    self.problem(range, "a checklist needs at least one item");
                    return None;
                }
                for item in &items {
                    self.body.text.push_str(&item.to_lowercase());
                    self.body.text.push(' ');
                }
                let index = self.counters.checklist;
                self.counters.checklist += 1;
                Some(Block::Checklist { index, items })
            }
            "get-help" => {
                if !body.is_empty() {
                    self.problem(range, "a get-help block takes no text");
                }
                Some(Block::GetHelp)
            }
            other if other.starts_with("activity") => {
                self.problem(
                    range,
                    format!("unknown activity {other:?}: use activity: breathing or activity: grounding"),
                );
                None
            }
            other => {
                self.problem(range, format!("unknown directive {other:?}: use tip, activity: breathing, activity: grounding, reflect, checklist or get-help (or no name for plain preformatted text)"));
                None
            }
        }
    }
}

/// The address of the service directory filtered as `filter` says (`what=<crime type>`, `who=<group>`, or
/// both joined by `&`), with the neutral codes the directory uses in its addresses.
fn services_filter(filter: &str) -> Result<String, String> {
    use app::models::vocabulary;
    let mut what = None;
    let mut who = None;
    for part in filter.split('&').filter(|p| !p.is_empty()) {
        match part.split_once('=') {
            Some(("what", id)) if vocabulary::contains(&vocabulary::crime_types(), id) => {
                what = Some(super::code_for("crime", id))
            }
            Some(("who", id)) if vocabulary::contains(&vocabulary::groups(), id) => {
                who = Some(super::code_for("group", id))
            }
            _ => {
                return Err(format!(
                    "link to services:{filter}: write services:what=<crime type> and/or who=<group>, with words from \
                     content/README.md"
                ))
            }
        }
    }
    Ok(match (what, who) {
        (Some(a), Some(b)) => format!("/services?what={a}&who={b}"),
        (Some(a), None) => format!("/services?what={a}"),
        (None, Some(b)) => format!("/services?who={b}"),
        (None, None) => "/services".to_string(),
    })
}

fn options() -> Options {
    Options::ENABLE_STRIKETHROUGH | Options::ENABLE_SMART_PUNCTUATION
}

/// Parses a guide body. `first_line` is the line the body starts on in its file; `code_of` gives a guide's
/// neutral code from its slug.
pub fn parse(source: &str, first_line: usize, code_of: &dyn Fn(&str) -> String) -> Result<Body, Vec<Problem>> {
    let mut p = Parse {
        source,
        first_line,
        code_of,
        body: Body::default(),
        problems: Vec::new(),
        counters: Counters::default(),
    };
    let events: Vec<(Event<'_>, Range<usize>)> = Parser::new_ext(source, options()).into_offset_iter().collect();

    let mut blocks: Vec<Block> = Vec::new();
    let mut pending: Vec<(Event<'_>, Range<usize>)> = Vec::new();
    let mut current_title: Option<String> = None;
    let mut i = 0;
    while i < events.len() {
        let (event, range) = &events[i];
        match event {
            Event::Start(Tag::Heading { level, .. }) if *level <= HeadingLevel::H2 => {
                let level = *level;
                // Close the text so far and start a new step.
                if !pending.is_empty() {
                    let html = p.html(std::mem::take(&mut pending));
                    blocks.push(Block::Html(html));
                }
                let mut title = String::new();
                i += 1;
                while i < events.len() {
                    match &events[i].0 {
                        Event::End(TagEnd::Heading(_)) => break,
                        Event::Text(t) | Event::Code(t) => title.push_str(t),
                        _ => {}
                    }
                    i += 1;
                }
                if level == HeadingLevel::H1 {
                    p.problem(range, "use ## for steps; a guide's title comes from its front matter");
                }
                let finished = std::mem::take(&mut blocks);
                match current_title.take() {
                    Some(t) => p.body.steps.push(Step { title: t, blocks: finished }),
                    None => p.body.intro = finished,
                }
                if title.trim().is_empty() {
                    p.problem(range, "a step heading needs text");
                }
                p.body.text.push_str(&title.to_lowercase());
                p.body.text.push(' ');
                current_title = Some(title.trim().to_string());
            }
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) if !info.trim().is_empty() => {
                if !pending.is_empty() {
                    let html = p.html(std::mem::take(&mut pending));
                    blocks.push(Block::Html(html));
                }
                let info = info.to_string();
                let range = range.clone();
                let mut content = String::new();
                i += 1;
                while i < events.len() {
                    match &events[i].0 {
                        Event::End(TagEnd::CodeBlock) => break,
                        Event::Text(t) => content.push_str(t),
                        _ => {}
                    }
                    i += 1;
                }
                if let Some(block) = p.directive(&info, &content, &range) {
                    blocks.push(block);
                }
            }
            _ => pending.push((event.clone(), range.clone())),
        }
        i += 1;
    }
    if !pending.is_empty() {
        let html = p.html(pending);
        blocks.push(Block::Html(html));
    }
    match current_title {
        Some(t) => p.body.steps.push(Step { title: t, blocks }),
        None => {
            p.body.intro = blocks;
            p.problems
                .push(Problem { line: first_line, message: "a guide needs at least one step (a ## heading)".into() });
        }
    }
    if p.problems.is_empty() {
        Ok(p.body)
    } else {
        Err(p.problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(slug: &str) -> String {
        format!("c-{slug}")
    }

    fn html_of(blocks: &[Block]) -> String {
        blocks
            .iter()
            .filter_map(|b| match b {
                Block::Html(h) | Block::Tip(h) => Some(h.as_str()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn splits_steps_at_level_two_headings() {
        let body =
            parse("Opening words.\n\n## First\n\nOne.\n\n## Second\n\n### Inner\n\nTwo.\n", 5, &code).expect("valid");
        assert!(html_of(&body.intro).contains("Opening words."));
        assert_eq!(body.steps.len(), 2);
        assert_eq!(body.steps[0].title, "First");
        assert!(html_of(&body.steps[1].blocks).contains("<h3>Inner</h3>"));
    }

    #[test]
    fn script_and_html_are_shown_as_text() {
        let body = parse(
            "## Step\n\n<script>alert(1)</script>\n\nInline <b>bold</b> and <img src=x onerror=alert(1)>.\n",
            1,
            &code,
        )
        .expect("valid");
        let html = html_of(&body.steps[0].blocks);
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{html}");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<b>") && !html.contains("<img"), "{html}");
    }

    #[test]
    fn links_are_checked_and_rewritten() {
        let body = parse("## Step\n\n[a](guide:sleep) [b](https://nhs.uk) [c](/diary) [d](tel:116123)\n", 1, &code)
            .expect("valid");
        let html = html_of(&body.steps[0].blocks);
        assert!(html.contains(r#"href="/guides/c-sleep""#));
        assert!(html.contains(r#"href="https://nhs.uk""#));
        assert_eq!(body.guide_links, vec![("sleep".to_string(), 3)]);
        for bad in ["[x](javascript:alert(1))", "[x](http://plain.example)", "[x](data:text/html,hi)", "[x](/admin)"] {
            let problems = parse(&format!("## Step\n\n{bad}\n"), 1, &code).expect_err(bad);
            assert_eq!(problems[0].line, 3, "{bad}");
        }
    }

    #[test]
    fn service_links_become_the_filtered_directory() {
        let body = parse(
            "## Step\n\n[a](services:what=domestic-abuse) [b](services:who=deaf) [c](services:what=violence&who=men) [d](/request)\n",
            1,
            &code,
        )
        .expect("valid");
        let html = html_of(&body.steps[0].blocks);
        let (da, deaf) =
            (crate::content::code_for("crime", "domestic-abuse"), crate::content::code_for("group", "deaf"));
        assert!(html.contains(&format!(r#"href="/services?what={da}""#)), "{html}");
        assert!(html.contains(&format!(r#"href="/services?who={deaf}""#)), "{html}");
        assert!(html.contains(r#"href="/request""#), "{html}");
        assert!(!html.contains("domestic-abuse"), "the address is neutral: {html}");
        for bad in ["[x](services:what=burglary)", "[x](services:who=aliens)", "[x](services:colour=red)"] {
            let problems = parse(&format!("## Step\n\n{bad}\n"), 1, &code).expect_err(bad);
            assert!(problems[0].message.contains("services:"), "{bad}: {problems:?}");
        }
    }

    #[test]
    fn directives_become_blocks() {
        let source = "## Step\n\n```tip\nA *small* tip.\n```\n\n```activity: breathing\n```\n\n```activity: grounding\nWhen it is too much.\n```\n\n```reflect\nWhat helped today?\n```\n\n```checklist\n- One\n- Two\n```\n\n```get-help\n```\n\n```\nplain code\n```\n";
        let body = parse(source, 1, &code).expect("valid");
        let blocks = &body.steps[0].blocks;
        assert!(matches!(&blocks[0], Block::Tip(h) if h.contains("<em>small</em>")));
        assert_eq!(blocks[1], Block::Breathing(None));
        assert!(matches!(&blocks[2], Block::Grounding(Some(h)) if h.contains("too much")));
        assert_eq!(blocks[3], Block::Reflect { index: 0, question: "What helped today?".into() });
        assert_eq!(blocks[4], Block::Checklist { index: 0, items: vec!["One".into(), "Two".into()] });
        assert_eq!(blocks[5], Block::GetHelp);
        assert!(matches!(&blocks[6], Block::Html(h) if h.contains("<pre><code>plain code")));
    }

    #[test]
    fn directive_mistakes_are_reported_with_their_line() {
        let problems = parse("## Step\n\ntext\n\n```checklst\n- a\n```\n", 10, &code).expect_err("unknown");
        assert_eq!(problems[0].line, 14);
        assert!(problems[0].message.contains("unknown directive \"checklst\""));
        let problems = parse("## Step\n\n```activity: dancing\n```\n", 1, &code).expect_err("unknown activity");
        assert!(problems[0].message.contains("unknown activity"));
        let problems = parse("## Step\n\n```checklist\nnot a list item\n```\n", 1, &code).expect_err("bad checklist");
        assert!(problems[0].message.contains("must start with"));
        assert!(parse("## Step\n\n```reflect\n```\n", 1, &code).is_err());
        assert!(parse("Only an opening, no steps.\n", 1, &code).is_err());
        assert!(parse("# Title\n\n## Step\n\nx\n", 1, &code).is_err());
    }
}
