# The private diary.

nav-diary = Your diary

diary-title = Diary
diary-heading = Your diary
diary-lead = A private place to note how you are feeling and what helps. Only you can read it.
diary-lead-supporter = A private place to note how you are while you support someone, and what helps you. Looking after yourself matters too. Only you can read it.
diary-write = Write an entry
diary-views-label = Ways to look at your diary
diary-progress-link = Your progress
diary-timeline-link = Timeline
diary-print-link = Print or save as PDF
diary-export-link = Download your diary
diary-empty = You have not written anything yet. Entries you write, and reflections you save from the guides, will appear here.
diary-newer = Newer entries
diary-older = Older entries
diary-pages-label = Pages of entries
diary-page-of = Page { $page } of { $pages }
diary-privacy-heading = Who can read your diary
diary-privacy-body = Your diary is locked with your password. Nobody else can read it, including the people who run this website. If you lose both your password and your recovery codes, your diary cannot be recovered.
diary-delete-all-link = Delete your whole diary
diary-entry-unreadable = This entry could not be opened. It may have been damaged. You can delete it.
diary-entry-helped = What helped:
diary-entry-source = Saved from the guide: { $guide }
diary-edit-link = Edit
diary-delete-entry-link = Delete
diary-cancel = Cancel
diary-back = Back to your diary

diary-new-title = Write an entry
diary-edit-title = Edit an entry
diary-date-legend = Date
diary-date-hint = For example, 27 3 2026
diary-feeling-legend = How are you feeling?
diary-feeling-hint = Choose a number from 1 to 10. 1 means very low, 10 means very good.
feeling-1 = 1 – very low
feeling-10 = 10 – very good
feeling-score = { $score ->
    [1] very low
    [2] very low
    [3] low
    [4] low
    [5] in between
    [6] in between
    [7] fairly good
    [8] fairly good
    [9] very good
   *[10] very good
}
diary-text-label = What would you like to write? (optional)
diary-text-hint = What happened, how you feel, anything on your mind.
diary-text-hint-supporter = How you are, how supporting them is going, anything on your mind.
diary-helped-legend = What helped? (optional)
diary-helped-hint = Tick anything that helped today.
diary-own-tags-label = Anything else that helped? (optional)
diary-own-tags-hint = Separate different things with commas.
diary-save = Save entry
diary-error-date-missing = Enter the date of the entry
diary-error-date-invalid = The date must be a real date, like 27 3 2026
diary-error-date-future = The date cannot be in the future
diary-error-feeling = Choose a number from 1 to 10 for how you are feeling
diary-error-text-long = Write { $max } characters or fewer
diary-error-tags = Add up to 10 things of up to 40 characters each
diary-saved = Your entry has been saved.
diary-updated = Your entry has been updated.
diary-deleted-entry = The entry has been deleted.

helped-talking = Talking to someone
helped-family-friends = Family or friends
helped-support-service = A support service
helped-sleep = Sleep
helped-rest = Rest
helped-exercise = Exercise or a walk
helped-outdoors = Time outdoors
helped-breathing = A breathing exercise
helped-routine = Keeping to a routine
helped-writing = Writing things down
helped-creative = Something creative
helped-faith = Faith or prayer

diary-delete-entry-title = Delete an entry
diary-delete-entry-heading = Delete your entry from { $date }?
diary-delete-entry-body = This cannot be undone.
diary-delete-entry-button = Delete entry

diary-progress-title = Your progress
diary-progress-heading = Your progress
diary-progress-empty = When you have written some entries, a chart of how you have been feeling will appear here.
diary-chart-title = How you have been feeling
diary-chart-description = { $count ->
    [one] 1 entry
   *[other] { $count } entries
} from { $start } to { $end }, each marked from 1 (very low) to 10 (very good). The same figures are in the table below.
diary-chart-caption = Higher is better. Each dot is an entry.
diary-helped-heading = What has helped most often
diary-helped-none = When you note what helped in your entries, the things that help you most often will be listed here.
diary-helped-count = { $count ->
    [one] 1 entry
   *[other] { $count } entries
}
diary-table-heading = Your entries in numbers
diary-table-caption = How you felt, entry by entry
diary-table-date = Date
diary-table-feeling = Feeling (1 to 10)

diary-timeline-title = Diary timeline
diary-timeline-heading = Timeline

diary-print-title = Diary to print
diary-print-heading = Your diary
diary-print-body = Use your browser's Print option to print this page or save it as a PDF, for example to share with a counsellor or caseworker. Think about where you keep the copy.

diary-delete-all-title = Delete your diary
diary-delete-all-heading = Delete your whole diary
diary-delete-all-warning = Every entry will be deleted straight away. This cannot be undone. You might want to download your diary first.
diary-delete-all-confirm = I understand that my diary will be deleted
diary-delete-all-button = Delete my diary
diary-delete-all-error = Tick the box to confirm you want to delete your diary
diary-deleted-title = Diary deleted
diary-deleted-heading = Your diary has been deleted
diary-locked-body = To open your diary, sign out and sign in again. This happens once, after an update to how diaries are kept safe.

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

# A month on its own, as in a calendar heading (some languages use another form than inside a date).
month-alone-1 = January
month-alone-2 = February
month-alone-3 = March
month-alone-4 = April
month-alone-5 = May
month-alone-6 = June
month-alone-7 = July
month-alone-8 = August
month-alone-9 = September
month-alone-10 = October
month-alone-11 = November
month-alone-12 = December
# A month and year, as a heading, e.g. "November 2026".
date-month-year = { $month } { $year }
date-long = { $day } { $month } { $year }
date-day = Day
date-month = Month
date-year = Year
