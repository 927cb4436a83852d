//! How hard a guide is to read: the Flesch–Kincaid grade of its prose (headings, link addresses and markup
//! left out), which `waymark content check` prints for every English guide and fails above [`MAX_GRADE`].
//!
//! Grade 6 is about reading age 11. Counting is by rule, as every readability tool does: a sentence ends at
//! `.`, `!` or `?` before a space, and at the end of a paragraph, list item, tip or checklist line; a word is
//! a run of letters (numbers such as phone numbers are not words); syllables are groups of vowels, less a
//! silent final `e`.

use app::models::guide::{Block, Guide};

/// The hardest grade a guide may have: reading age 11 is about grade 6. The twelve guides written before the
/// check scored from 2.9 to 5.5 (and the ten written with it from 3.5 to 5.2), so grade 6 holds every guide to
/// reading age 11 and leaves a little room.
pub const MAX_GRADE: f64 = 6.0;

/// The counts behind a grade.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Score {
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
}

impl Score {
    /// The Flesch–Kincaid grade: 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
    pub fn grade(&self) -> f64 {
        if self.words == 0 || self.sentences == 0 {
            return 0.0;
        }
        let (w, s, y) = (self.words as f64, self.sentences as f64, self.syllables as f64);
        0.39 * (w / s) + 11.8 * (y / w) - 15.59
    }

    fn add(&mut self, text: &str) {
        let other = score(text);
        self.words += other.words;
        self.sentences += other.sentences;
        self.syllables += other.syllables;
    }
}

/// The score of a guide's prose: its summary, opening and steps (not the step headings).
pub fn guide(guide: &Guide) -> Score {
    let mut total = Score::default();
    total.add(&guide.summary);
    for block in guide.intro.iter().chain(guide.steps.iter().flat_map(|s| s.blocks.iter())) {
        match block {
            Block::Html(html) | Block::Tip(html) | Block::Breathing(Some(html)) | Block::Grounding(Some(html)) => {
                total.add(&prose_of_html(html))
            }
            Block::Reflect { question, .. } => total.add(question),
            Block::Checklist { items, .. } => items.iter().for_each(|item| total.add(item)),
            Block::Breathing(None) | Block::Grounding(None) | Block::GetHelp => {}
        }
    }
    total
}

/// The prose of rendered guide HTML: headings dropped, each paragraph and list item on its own line (so that
/// it ends a sentence), tags removed and the few entities the renderer writes decoded.
pub fn prose_of_html(html: &str) -> String {
    // Line breaks inside a paragraph are only where the author wrapped the source.
    let html = html.replace('\n', " ");
    let mut out = String::with_capacity(html.len());
    let mut rest = html.as_str();
    let mut in_heading = false;
    while let Some(start) = rest.find('<') {
        if !in_heading {
            out.push_str(&rest[..start]);
        }
        let Some(end) = rest[start..].find('>') else { break };
        let tag = &rest[start + 1..start + end];
        let name: String = tag.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        if matches!(name.as_str(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
            in_heading = !tag.starts_with('/');
        }
        let block_end =
            tag.starts_with('/') && matches!(name.as_str(), "p" | "li" | "h3" | "h4" | "blockquote" | "pre");
        if block_end || name == "br" {
            out.push('\n');
        } else {
            out.push(' ');
        }
        rest = &rest[start + end + 1..];
    }
    if !in_heading {
        out.push_str(rest);
    }
    out.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
}

/// The counts for a piece of plain text, each line of which ends a sentence.
pub fn score(text: &str) -> Score {
    let mut score = Score::default();
    for line in text.lines() {
        let (mut words_in_sentence, mut chars) = (0, line.chars().peekable());
        let mut word = String::new();
        loop {
            let c = chars.next();
            match c {
                Some(c) if c.is_alphabetic() || (c == '\'' || c == '’') && !word.is_empty() => word.push(c),
                _ => {
                    if word.chars().any(char::is_alphabetic) {
                        score.words += 1;
                        score.syllables += syllables(&word);
                        words_in_sentence += 1;
                    }
                    word.clear();
                }
            }
            let ends = match c {
                None => true,
                Some('.' | '!' | '?') => chars.peek().is_none_or(|n| n.is_whitespace() || matches!(n, '"' | '”' | ')')),
                _ => false,
            };
            if ends && words_in_sentence > 0 {
                score.sentences += 1;
                words_in_sentence = 0;
            }
            if c.is_none() {
                break;
            }
        }
    }
    score
}

/// The syllables in one word, by rule: groups of vowels (`y` counts after the first letter), less a silent
/// final `e` (but not in `-le` after a consonant, as in "little"), less the silent `-ed` and `-es` of
/// "helped" and "makes" (but not "needed" or "boxes"). Every word has at least one.
pub fn syllables(word: &str) -> usize {
    let w: Vec<char> = word.to_lowercase().chars().filter(|c| c.is_ascii_alphabetic()).collect();
    if w.is_empty() {
        return 0;
    }
    if w.len() <= 3 {
        return 1;
    }
    let vowel = |i: usize| matches!(w[i], 'a' | 'e' | 'i' | 'o' | 'u') || (w[i] == 'y' && i > 0);
    let mut count = 0;
    let mut previous = false;
    for i in 0..w.len() {
        let v = vowel(i);
        if v && !previous {
            count += 1;
        }
        previous = v;
    }
    let n = w.len();
    let consonant = |i: usize| !vowel(i);
    let ends = |s: &str| w.iter().rev().take(s.len()).rev().copied().eq(s.chars());
    // The endings are exclusive: a word ends in at most one of "e", "ed" and "es".
    let silent_e = ends("e") && !(ends("le") && consonant(n - 3)) && consonant(n - 2);
    let silent_ed = ends("ed") && !matches!(w[n - 3], 't' | 'd') && consonant(n - 3);
    let silent_es = ends("es") && !matches!(w[n - 3], 's' | 'x' | 'z' | 'h' | 'c' | 'g') && consonant(n - 3);
    if silent_e || silent_ed || silent_es {
        count -= 1;
    }
    count.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_are_counted_by_rule() {
        for (word, expected) in [
            ("cat", 1),
            ("the", 1),
            ("make", 1),
            ("makes", 1),
            ("little", 2),
            ("table", 2),
            ("helped", 1),
            ("needed", 2),
            ("wanted", 2),
            ("boxes", 2),
            ("support", 2),
            ("police", 2),
            ("happened", 2),
            ("together", 3),
            ("domestic", 3),
            ("independent", 4),
            ("you", 1),
            ("yes", 1),
            ("really", 2),
            ("don't", 1),
        ] {
            assert_eq!(syllables(word), expected, "{word}");
        }
        assert_eq!(syllables("123"), 0);
    }

    #[test]
    fn sentences_end_at_stops_and_at_line_ends() {
        let s = score("You are not alone. Help is there! Is it safe?\nA list item with no stop\n\n0800 1111");
        assert_eq!(s.sentences, 4);
        assert_eq!(s.words, 16, "numbers are not words");
        // A stop inside a number or an address does not end a sentence.
        assert_eq!(score("Call 08.08 or see nhs.uk today.").sentences, 1);
        assert_eq!(score("Don't worry.").words, 2);
    }

    #[test]
    fn headings_links_and_markup_are_left_out() {
        let html = "<h3>A long heading about independent organisations</h3>\n<p>Read <a href=\"https://www.example.org/very/long\">this\npage</a> now.</p>\n<ul>\n<li>One thing</li>\n<li>Another</li>\n</ul>\n";
        let prose = prose_of_html(html);
        assert!(!prose.contains("heading") && !prose.contains("example"), "{prose}");
        let s = score(&prose);
        assert_eq!((s.words, s.sentences), (7, 3), "{prose}");
    }

    #[test]
    fn the_grade_follows_the_formula() {
        // 10 words, 2 sentences, 13 syllables: 0.39 × 5 + 11.8 × 1.3 − 15.59 = 1.7.
        let s = Score { words: 10, sentences: 2, syllables: 13 };
        assert!((s.grade() - 1.7).abs() < 1e-9, "{}", s.grade());
        let easy = score("The cat sat on the mat. It was warm. The sun was out.");
        let hard = score(
            "Independent organisations consistently demonstrate considerable understanding of communication difficulties experienced by individuals.",
        );
        assert!(easy.grade() < 2.0, "{}", easy.grade());
        assert!(hard.grade() > 12.0, "{}", hard.grade());
        assert_eq!(Score::default().grade(), 0.0);
    }
}
