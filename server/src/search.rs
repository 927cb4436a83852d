//! Search words as people type them: "burgled" should find a page that says "burglary", and "abusive
//! partner" one that says "abuse" and "partner". Each typed word matches a text that holds the word itself, its
//! stem (a few common English endings taken off), or one of the words listed for it in [`ALSO`]. Every typed
//! word must match. Used by the guides' search and the service directory's.

/// Words people type, and the words a page may use instead. Kept small and plain; add to it when people miss
/// something they looked for.
const ALSO: &[(&str, &[&str])] = &[
    ("burgled", &["burglary", "break-in", "broke in", "broken into"]),
    ("burglar", &["burglary", "break-in", "broke in", "broken into"]),
    ("burglary", &["burgled", "break-in", "broke in", "broken into"]),
    ("robbed", &["robbery", "theft", "stolen"]),
    ("mugged", &["robbery", "theft", "stolen"]),
    ("stolen", &["theft", "stole", "robbery"]),
    ("stole", &["theft", "stolen", "robbery"]),
    ("abusive", &["abuse"]),
    ("abused", &["abuse"]),
    ("abuser", &["abuse"]),
    ("partner", &["ex-partner", "husband", "wife", "boyfriend", "girlfriend", "domestic abuse"]),
    ("boyfriend", &["partner"]),
    ("girlfriend", &["partner"]),
    ("husband", &["partner"]),
    ("wife", &["partner"]),
    ("raped", &["rape", "sexual violence", "sexual abuse"]),
    ("scam", &["fraud", "scammed"]),
    ("scammed", &["fraud", "scam"]),
    ("stalker", &["stalking"]),
    ("stalked", &["stalking"]),
    ("harassed", &["harassment"]),
    ("racist", &["hate crime", "racism"]),
    ("crash", &["collision", "road"]),
    ("attacked", &["assault", "violence", "attack"]),
    ("assaulted", &["assault", "violence"]),
];

/// Endings taken off a typed word to find its stem, longest first.
const ENDINGS: &[&str] = &["ation", "ing", "ive", "ary", "ed", "er", "es", "ly", "s"];

/// The typed words, in lower case.
pub fn words(typed: &str) -> Vec<String> {
    typed.to_lowercase().split_whitespace().map(str::to_string).collect()
}

/// The stem of `word`: `word` without its ending, when at least four letters are left.
fn stem(word: &str) -> Option<&str> {
    ENDINGS.iter().find_map(|end| word.strip_suffix(end)).filter(|s| s.chars().count() >= 4)
}

/// Whether `text` (in lower case) has `word` (in lower case), its stem, or a word listed for it.
pub fn has_word(text: &str, word: &str) -> bool {
    text.contains(word)
        || stem(word).is_some_and(|s| text.contains(s))
        || ALSO.iter().filter(|(w, _)| *w == word).flat_map(|(_, also)| also.iter()).any(|a| text.contains(a))
}

/// Whether `text` (in lower case) has every one of `words`.
pub fn has_all(text: &str, words: &[String]) -> bool {
    words.iter().all(|w| has_word(text, w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_find_what_they_mean() {
        let burglary = "support after a burglary, robbery or theft";
        assert!(has_all(burglary, &words("Burgled")));
        assert!(has_all(burglary, &words("burglary")));
        assert!(has_all(burglary, &words("robbed")));
        let abuse = "if a partner or ex-partner is hurting you, domestic abuse services can help";
        assert!(has_all(abuse, &words("abusive partner")));
        assert!(!has_all(abuse, &words("abusive neighbour")), "every word must match");
        assert!(has_all("my husband hurt me, this is abuse", &words("abusive partner")));
        assert!(has_all("sleeping badly", &words("sleep")));
        assert!(has_all("trouble with sleep", &words("sleeping")), "the stem of sleeping is sleep");
    }

    #[test]
    fn stems_are_not_too_short_and_nothing_matches_by_accident() {
        assert_eq!(stem("burgled"), Some("burgl"));
        assert_eq!(stem("abusive"), Some("abus"));
        assert_eq!(stem("red"), None);
        assert_eq!(stem("bed"), None);
        assert!(!has_all("a road collision", &words("burgled")));
        assert!(!has_all("fraud and scams online", &words("abusive partner")));
        assert!(has_all("anything", &words("   ")), "no words: everything matches");
    }

    #[test]
    fn every_listed_word_is_in_lower_case_and_listed_once() {
        let mut seen = std::collections::HashSet::new();
        for (word, also) in ALSO {
            assert_eq!(*word, word.to_lowercase());
            assert!(seen.insert(*word), "{word} listed twice");
            assert!(also.iter().all(|a| *a == a.to_lowercase() && a != word), "{word}");
        }
    }
}
