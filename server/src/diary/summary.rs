//! What a diary adds up to: what helped, and how often.

use super::entries::Entry;
use app::models::diary::WhatHelped;

/// How many entries name each thing that helped (a standard choice, or the person's own words in lower case),
/// most first; equal counts in the order of their words.
pub fn what_helped(entries: &[Entry]) -> Vec<(WhatHelped, i64)> {
    let mut counts: Vec<(WhatHelped, i64)> = Vec::new();
    for content in entries.iter().filter_map(|e| e.content.as_ref()) {
        let mut named: Vec<WhatHelped> = content.helped.iter().map(|h| WhatHelped::Choice(*h)).collect();
        named.extend(content.own_tags.iter().map(|t| WhatHelped::Own(t.to_lowercase())));
        named.dedup();
        for what in named {
            match counts.iter_mut().find(|(w, _)| *w == what) {
                Some(counted) => counted.1 += 1,
                None => counts.push((what, 1)),
            }
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.sort_key().cmp(b.0.sort_key())));
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::entries::Content;
    use app::models::diary::Helped;

    fn entry(helped: &[Helped], own: &[&str]) -> Entry {
        Entry {
            id: 0,
            day: 0,
            created_at: 0,
            updated_at: 0,
            content: Some(Content {
                feeling: 5,
                helped: helped.to_vec(),
                own_tags: own.iter().map(|s| s.to_string()).collect(),
                ..Content::default()
            }),
        }
    }

    #[test]
    fn what_helped_is_counted_once_per_entry_most_first() {
        let unreadable = Entry { content: None, ..entry(&[], &[]) };
        let summary = what_helped(&[
            entry(&[Helped::Sleep], &["Music"]),
            entry(&[Helped::Sleep, Helped::Talking], &["music"]),
            entry(&[], &[]),
            unreadable,
        ]);
        assert_eq!(
            summary,
            vec![
                (WhatHelped::Own("music".into()), 2),
                (WhatHelped::Choice(Helped::Sleep), 2),
                (WhatHelped::Choice(Helped::Talking), 1),
            ]
        );
    }
}
