//! Left-to-right runs inside right-to-left text. In an Arabic, Farsi or Urdu sentence the Unicode
//! bidirectional algorithm shows "0800 1111" as "1111 0800", "NHS 111" as "111 NHS" and "ABCDE-12345" as
//! "12345-ABCDE": digits count as right-to-left where they meet spaces and hyphens. Such runs (phone numbers,
//! helpline names with digits, codes) are isolated as left-to-right with the Unicode isolates LRI … PDI, the
//! plain-text equivalent of `<bdi dir="ltr">` (Fluent isolates variables the same way).

/// LEFT-TO-RIGHT ISOLATE.
pub const LRI: char = '\u{2066}';
/// POP DIRECTIONAL ISOLATE.
pub const PDI: char = '\u{2069}';

/// A digit in any of the scripts the portal writes numbers in (Western, Arabic-Indic, Persian).
fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('\u{0660}'..='\u{0669}').contains(&c) || ('\u{06F0}'..='\u{06F9}').contains(&c)
}

/// A character that starts or ends a word of a left-to-right run: a Latin letter or a digit.
fn is_word(c: char) -> bool {
    c.is_ascii_alphabetic() || is_digit(c)
}

/// A character that may join words inside a run: "+44 7700", "ABCDE-12345", "ico.org.uk".
fn is_joiner(c: char) -> bool {
    matches!(c, ' ' | '-' | '+' | '.' | '/')
}

/// `text` with every run that would be shown out of order isolated as left-to-right: runs of Latin letters and
/// digits joined by single spaces, hyphens, dots, slashes or a leading plus, that hold a digit and more than one
/// word ("07700 900 982", "NHS 111", "999 BSL", "ABCDE-12345"). A lone number or word needs nothing.
pub fn isolate_ltr_runs(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 16);
    let mut i = 0;
    while i < chars.len() {
        let starts_run = is_word(chars[i]) || (chars[i] == '+' && chars.get(i + 1).copied().is_some_and(is_digit));
        if !starts_run || (i > 0 && is_word(chars[i - 1])) {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // Extend the run over words joined by single joiners; it ends on a word character.
        let mut end = i + 1;
        let mut j = i + 1;
        while j < chars.len() {
            if is_word(chars[j]) {
                j += 1;
                end = j;
            } else if is_joiner(chars[j]) && chars.get(j + 1).copied().is_some_and(is_word) {
                j += 1;
            } else {
                break;
            }
        }
        let run = &chars[i..end];
        let has_digit = run.iter().any(|&c| is_digit(c));
        let joined = run.iter().any(|&c| is_joiner(c));
        if has_digit && joined {
            out.push(LRI);
            out.extend(run);
            out.push(PDI);
        } else {
            out.extend(run);
        }
        i = end;
    }
    out
}

/// [`isolate_ltr_runs`] for the text of an HTML fragment (a guide rendered from Markdown): tags, and so
/// attribute values, are left alone.
pub fn isolate_ltr_runs_in_html(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + 16);
    let mut rest = html;
    while !rest.is_empty() {
        let text_end = rest.find('<').unwrap_or(rest.len());
        out.push_str(&isolate_ltr_runs(&rest[..text_end]));
        rest = &rest[text_end..];
        let tag_end = rest.find('>').map_or(rest.len(), |end| end + 1);
        out.push_str(&rest[..tag_end]);
        rest = &rest[tag_end..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn isolated(run: &str) -> String {
        format!("{LRI}{run}{PDI}")
    }

    #[test]
    fn phone_numbers_helplines_and_codes_are_isolated() {
        assert_eq!(
            isolate_ltr_runs("اتصلوا بالرقم 0800 1111 أو"),
            format!("اتصلوا بالرقم {} أو", isolated("0800 1111"))
        );
        assert_eq!(
            isolate_ltr_runs("اتصلوا بخدمة NHS 111 (الخدمة"),
            format!("اتصلوا بخدمة {} (الخدمة", isolated("NHS 111"))
        );
        assert_eq!(isolate_ltr_runs("خدمة 999 BSL:"), format!("خدمة {}:", isolated("999 BSL")));
        assert_eq!(isolate_ltr_runs("مثل ABCDE-12345."), format!("مثل {}.", isolated("ABCDE-12345")));
        assert_eq!(
            isolate_ltr_runs("مثل 07700 900 982 أو \u{200E}+44 7700 900 982"),
            format!("مثل {} أو \u{200E}{}", isolated("07700 900 982"), isolated("+44 7700 900 982"))
        );
        assert_eq!(isolate_ltr_runs("الرقم 08 08 16 89 111،"), format!("الرقم {}،", isolated("08 08 16 89 111")));
        assert_eq!(isolate_ltr_runs("۰۸۰۸ ۱۶۸"), isolated("۰۸۰۸ ۱۶۸"));
    }

    #[test]
    fn in_html_only_text_is_isolated() {
        assert_eq!(
            isolate_ltr_runs_in_html("<p>اتصلوا <a href=\"tel:0800 1111\">0800 1111</a> &quot;NHS 111&quot;</p>"),
            format!(
                "<p>اتصلوا <a href=\"tel:0800 1111\">{}</a> &quot;{}&quot;</p>",
                isolated("0800 1111"),
                isolated("NHS 111")
            )
        );
    }

    #[test]
    fn lone_numbers_and_words_are_left_alone() {
        for text in [
            "اتصلوا بالرقم 999.",
            "مثل 123456.",
            "Victim Support (دعم الضحايا)",
            "abc أو 123",
            "٣ أيام",
            "A&E",
            "400%",
            "ico.org.uk",
            "",
        ] {
            assert_eq!(isolate_ltr_runs(text), text);
        }
    }
}
