//! Time expressions: dates and periods, resolved against the article date.
//!
//! In: the tokens of one sentence, the article date when known, and whether the sentence
//! speaks of the future ("will", "next"). Out: `Found` time expressions with their token
//! ranges, a TIMEX3-style `written` value, and the first and last day they cover.
//!
//! Absolute dates keep their granularity: "November 8, 2024" is a day, "February 2022" a
//! month, "the 1990s" a decade, "Q3 2024" a quarter. Relative ones ("yesterday", "last
//! July", "on Thursday", "two weeks ago", "in the next few weeks") are counted from the
//! article date; when it is unknown they are reported unresolved, with a note, never
//! guessed. A date without a year, or a bare weekday, is placed before the article date, or
//! after it when the sentence speaks of the future, and the note says so.
//! February 29 without a year is placed in the nearest leap year on that side.
//! A day its month does not have ("February 30, 2021") is reported as written, unresolved,
//! with a note; a decade without its century ("the nineties") is taken in the 1900s (the
//! noughties in the 2000s), and the note says so.
//!
//! Limits: English only; month/day order in numeric dates is American (11/8/2024 is
//! November 8); holidays, fiscal years and clock times are not read.

mod calendar;
mod period;
mod ranges;
mod relative;
mod resolve;
#[cfg(test)]
mod tests;
mod years;

use crate::date::Date;
use crate::facts::tokens::Token;
use crate::lexicon::{is_in, WordClass, TIME_WORDS};
use crate::report::Granularity;

use period::{Period, Unit};

/// A time expression found in a sentence's tokens.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Found {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// Unit of time.
    pub granularity: Granularity,
    /// TIMEX3-style value.
    pub written: String,
    /// First day, when resolved.
    pub from: Option<Date>,
    /// Last day (inclusive), when resolved.
    pub to: Option<Date>,
    /// A span between two dates.
    pub range: bool,
    /// Depends on the article date.
    pub relative: bool,
    /// What was assumed, or why it is unresolved.
    pub note: Option<String>,
}

/// The calendar word a lowercase token is, as (kind, number) from the lexicon.
fn calendar_word(w: &str) -> Option<(&'static str, u32)> {
    // Calendar words are letters: a number or a mark is ruled out before the lookup.
    if !w.starts_with(|c: char| c.is_ascii_lowercase()) {
        return None;
    }
    // "Tuesday's vote", "March's figures": the possessive names the same day or month.
    let bare = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w);
    TIME_WORDS.get(bare).copied()
}

/// The note on a date whose year is not stated, placed by tense in `year`.
fn year_placed(year: i32, future: bool) -> String {
    format!(
        "the year is not stated: taken as {year}, the {} one {} the article date",
        if future { "next" } else { "last" },
        if future { "from" } else { "up to" }
    )
}

/// The step a relative word names: "this" 0, "last" -1, "next" 1, and "past" -2 and
/// "coming" 2 (the span up to or from the article date, where a period follows).
fn step_word(word: &str) -> Option<i32> {
    match word {
        "this" | "current" => Some(0),
        "last" | "previous" => Some(-1),
        "past" => Some(-2),
        "next" | "following" => Some(1),
        "coming" | "upcoming" => Some(2),
        _ => None,
    }
}

/// The step from the article's year that "next", "last", "this" name before "year".
fn year_step(word: &str) -> Option<i32> {
    step_word(word).map(i32::signum)
}

/// The day (or, without one, the month) `day` of `month` in `year`; `None` for a day the
/// month does not have.
fn day_or_month(year: i32, month: u32, day: Option<u32>) -> Option<Period> {
    match day {
        Some(d) => Date::new(year, month, d).map(Period::Day),
        None => Some(Period::Month(year, month)),
    }
}

/// A year written in two digits ("11/8/24", "'87"): 00-29 in this century, 30-99 in the
/// last; longer years as written.
fn full_year(year: u32) -> i32 {
    match year {
        0..=29 => 2000 + year as i32,
        30..=99 => 1900 + year as i32,
        _ => year as i32,
    }
}

/// A date without its year as TIMEX writes it: "XXXX-11-18", "XXXX-11".
fn year_less(month: u32, day: Option<u32>) -> String {
    match day {
        Some(d) => format!("XXXX-{month:02}-{d:02}"),
        None => format!("XXXX-{month:02}"),
    }
}

/// A word that says its clause speaks of the future: "will", "next", "plans" (the class
/// `future` of `lexicon/word_classes.txt`), or a contraction of "will" ("we'll").
fn is_future_word(w: &str) -> bool {
    is_in(WordClass::Future, w) || w.ends_with("'ll") || w.ends_with("’ll")
}

/// Whether the sentence (its lowercase tokens) speaks of the future.
pub(crate) fn speaks_of_future(lower: &[String]) -> bool {
    lower.iter().any(|w| is_future_word(w))
        || lower.windows(2).any(|w| w[0] == "going" && w[1] == "to")
}

/// The context a sentence is read in.
struct Reader<'a, 't> {
    tokens: &'a [Token<'t>],
    lower: &'a [String],
    reference: Option<Date>,
    /// Each token's [`calendar_word`], looked up once: the readings ask it of most tokens,
    /// several times.
    calendar: Vec<Option<(&'static str, u32)>>,
    /// Whether the sentence speaks of the future ([`speaks_of_future`]), found when a date
    /// first needs it: most sentences have none.
    future: std::cell::OnceCell<bool>,
    /// Set while reading the second end of a range, where a date may continue a run of
    /// digit groups ("10/1/2018-10/7/2018") that would otherwise read as a code.
    in_range: std::cell::Cell<bool>,
}

/// What a parse at one position produced, before resolution.
#[derive(Clone, Copy, Debug)]
enum Reading {
    /// A fully stated period.
    Absolute(Period),
    /// A day or month whose year the text leaves out.
    NoYear { month: u32, day: Option<u32> },
    /// A day of the month with no month ("the 18th").
    DayOnly(u32),
    /// A decade written without its century ("the nineties", "the '90s"): the 1930s to
    /// the 1990s, and "the noughties" the 2000s.
    DecadeOnly(i32),
    /// A day its month does not have ("February 30, 2021", "April 31"): reported as
    /// written, unresolved, with a note, since a checker wants to see it.
    NoSuchDay {
        year: Option<i32>,
        month: u32,
        day: u32,
    },
    /// A weekday with no date.
    Weekday(u32),
    /// A period counted from the article date: `unit` steps of `n` (0 = the current one).
    Relative(Period, i32),
    /// A span from the article date: `n` units forward (positive) or back; whether "few"
    /// gave the count.
    Span(Unit, i32, bool),
    /// "to date": the present, the article date.
    Present,
    /// The day a length of several parts from the article date: months, then days
    /// ("2 weeks and 2 days ago", "in a year and a half").
    Elapsed(i32, i32),
    /// "the first week of March", "the last week of July 2024": the `n`th seven days of a
    /// month (1-4), or its last seven (5).
    WeekOfMonth {
        n: u8,
        month: u32,
        year: Option<i32>,
    },
    /// "within 9 months": the span of `n` units that starts on the article date itself;
    /// whether "few" gave the count.
    Within(Unit, i32, bool),
    /// The day `n` units from the article date ("two weeks ago", "in 3 years").
    Offset(Unit, i32),
    /// The early (0), middle (1) or late (2) part of a month (`month` 1-12, year optional)
    /// or of a year (`month` 0).
    Part {
        part: u8,
        month: u32,
        year: Option<i32>,
    },
    /// "earlier this month" (`later` false): from the start of the current period to the
    /// article date; "later this year" (`later` true): from the article date to its end.
    Rest { period: Period, later: bool },
    /// "this working week", "next workweek": Monday to Friday of the week `step` weeks
    /// from the article date's.
    WorkWeek(i32),
    /// A weekday of the week `step` weeks from the article date's ("Tuesday of next week",
    /// "next week Wednesday", "next Friday"); `step` ±2 is the nearest one before or after
    /// the article date ("this past Wednesday", "the coming Thursday").
    WeekDay { step: i32, weekday: u32 },
    /// A weekday with a day of the month and no month ("Monday 21", "Tuesday the 11th"):
    /// the nearest month where that day is that weekday.
    WeekdayDay { weekday: u32, day: u32 },
    /// A day of a month counted from the article date's ("the 15th day of next month").
    DayOfMonth { day: u32, step: i32 },
    /// Whole calendar quarters before (negative) or after the article date's quarter ("the
    /// past two quarters", "the next 7 quarters"), as company results count them.
    Quarters(i32),
    /// Units of a year counted from its start or its end.
    YearPart(YearPart),
}

/// Units of a year counted from its start or (`from_end`) its end: "the first six months
/// of 2021" (`skip` 0, `n` 6), "the last 3 weeks of this year", "the third month of next
/// year" (`skip` 2, `n` 1). The year is `year`, or the article date's moved by `step`.
/// Weeks are whole weeks, Monday to Sunday, inside the year.
#[derive(Clone, Copy, Debug)]
struct YearPart {
    year: Option<i32>,
    step: i32,
    unit: Unit,
    skip: i32,
    n: i32,
    from_end: bool,
}

/// Recognises every time expression in `tokens`, marking the tokens it uses as taken.
pub(crate) fn recognise(
    tokens: &[Token<'_>],
    lower: &[String],
    reference: Option<Date>,
    taken: &mut [bool],
) -> Vec<Found> {
    let reader = Reader {
        tokens,
        lower,
        reference,
        calendar: lower.iter().map(|w| calendar_word(w)).collect(),
        future: std::cell::OnceCell::new(),
        in_range: std::cell::Cell::new(false),
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match reader.expression_at(i) {
            Some(mut f) if f.last > i => {
                // "a few weeks ago", "several years ago": a vague count is read as three,
                // and the note says so wherever the reading did not.
                let vague = (f.first..f.last).any(|k| reader.vague_count(k));
                if vague && f.note.as_deref().is_none_or(|n| !n.contains("three")) {
                    let said = "\"few\" or \"several\" read as three";
                    f.note = Some(match f.note {
                        Some(n) => format!("{n}; {said}"),
                        None => said.into(),
                    });
                }
                for t in &mut taken[f.first..f.last] {
                    *t = true;
                }
                i = f.last;
                found.push(f);
            }
            _ => i += 1,
        }
    }
    found
}

/// Modifiers kept in the span because they change what the date means for a claim.
const OPEN_MODIFIERS: &[&str] = &["since", "before", "after", "starting", "beginning"];

impl Reader<'_, '_> {
    /// The number of token `k` when it is a calendar word of this kind ("month",
    /// "weekday", "season", "unit").
    pub(super) fn word(&self, k: usize, kind: &str) -> Option<u32> {
        let (found, n) = (*self.calendar.get(k)?)?;
        (found == kind).then_some(n)
    }

    pub(super) fn lw(&self, k: usize) -> &str {
        self.lower.get(k).map_or("", String::as_str)
    }

    /// Whether the clause before token `i` speaks of the future: the nearest tense word
    /// within ten tokens back (stopping where the clause does) decides; without one, the
    /// sentence does.
    pub(super) fn future_at(&self, i: usize) -> bool {
        for k in (i.saturating_sub(10)..i).rev() {
            let w = self.lw(k);
            // A clause ends at a comma, a semicolon, "and", "but" or a colon, but not at the
            // colon of a clock time ("were made from 10:30 p.m. Aug. 9"): "closed on March 3
            // and reopens on January 20" speaks of two times.
            if matches!(w, "," | ";" | "and" | "but") || w == ":" && !self.tokens[k].glued {
                break;
            }
            let intention = is_in(WordClass::Intention, w) && self.lw(k + 1) == "to";
            if is_future_word(w) || intention {
                // "was due", "were expected": a future seen from the past.
                return !(k > 0 && matches!(self.lw(k - 1), "was" | "were"));
            }
            // A participle after "be" is a passive, of any tense ("will be announced").
            let passive = k > 0 && matches!(self.lw(k - 1), "be" | "been" | "being");
            let past = is_in(WordClass::Past, w)
                || (w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed") && !passive);
            if past {
                return false;
            }
        }
        *self.future.get_or_init(|| speaks_of_future(self.lower))
    }

    pub(super) fn expression_at(&self, i: usize) -> Option<Found> {
        if let Some((reading, end)) = self.year_part(i) {
            return Some(self.resolve(i, end, reading));
        }
        // "a week starting tomorrow", "2 weeks beginning May 20": the span from that day.
        if let Some(f) = self.length_starting(i) {
            return Some(f);
        }
        // "the largest to date": the time up to the article date, with no start.
        if let Some(end) = self.to_date_at(i, false) {
            let mut f = self.resolve(i, end, Reading::Present);
            f.range = true;
            if f.from.is_some() {
                f.from = None;
                f.note = Some("up to the article date".into());
            }
            return Some(f);
        }
        // "since", "before", "after", "starting (on)" stay in the span, and so do "as early
        // as", "as late as" ("after the beginning of March", "as early as next week").
        let skip = match (self.lw(i), self.lw(i + 1), self.lw(i + 2)) {
            (w, "on", _) if OPEN_MODIFIERS.contains(&w) => 2,
            (w, _, _) if OPEN_MODIFIERS.contains(&w) => 1,
            ("as", "early" | "late", "as") => 3,
            _ => 0,
        };
        if skip > 0 {
            let inner = self
                .range_or_point(i + skip)
                .or_else(|| self.expression_at(i + skip));
            if let Some(mut f) = inner {
                f.first = i;
                return Some(f);
            }
        }
        // "the week of April 10", "(the) week commencing February 4", "w/c Feb 4": a week
        // named by one of its days.
        if let Some(f) = self.week_named_by_day(i) {
            return Some(f);
        }
        // "the beginning of 2000", "the middle of March", "the end of the year".
        if let Some((start, reading, end)) = self.part_of(i) {
            // The span starts at "beginning", as the date is written without "the".
            return Some(self.resolve(start, end, reading));
        }
        // "10 days before May 13, 1999", "two weeks after the vote" (unanchored: left).
        if let Some((n, after)) = self.count(i) {
            if let Some((unit, times)) = self.unit_word(after) {
                let n = n * times;
                let sign = match self.lw(after + 1) {
                    "before" | "earlier" => -1,
                    "after" | "from" | "later" => 1,
                    _ => 0,
                };
                if sign != 0 {
                    if let Some((anchor, end)) = self.point(after + 2) {
                        let base = self.resolve(i, end, anchor);
                        if let (Some(d), Granularity::Day) = (base.from, base.granularity) {
                            let day = unit.shift(d, sign * n);
                            let mut f = base;
                            f.written = day.to_string();
                            f.from = Some(day);
                            f.to = Some(day);
                            return Some(f);
                        }
                    }
                }
            }
        }
        if self.lw(i) == "between" {
            if let Some((a, b, end)) = self.day_first_range(i + 1, true) {
                return self.make_range(i, end, a, b);
            }
            let (a, a_end) = self.point(i + 1)?;
            if self.lw(a_end) != "and" {
                // "between 2014-2018"
                let mut f = self.range_or_point(i + 1)?;
                if !f.range {
                    return Some(f);
                }
                f.first = i;
                return Some(f);
            }
            let (b, b_end) = self.second_point(a_end + 1, a)?;
            let (a, b, b_end) = self.trailing_year(a, b, b_end);
            return self.make_range(i, b_end, a, b);
        }
        if self.lw(i) == "from" {
            if let Some((a, b, end)) = self.day_first_range(i + 1, false) {
                return self.make_range(i, end, a, b);
            }
            let (a, a_end) = self.point(i + 1)?;
            if let Some(end) = self.to_date_at(a_end, true) {
                return self.make_range(i, end, a, Reading::Present);
            }
            if !matches!(
                self.lw(a_end),
                "to" | "through" | "until" | "till" | "-" | "–" | "~"
            ) {
                return None;
            }
            let (b, b_end) = self.second_point(a_end + 1, a)?;
            let (a, b, b_end) = self.trailing_year(a, b, b_end);
            return self.make_range(i, b_end, a, b);
        }
        self.range_or_point(i)
    }
}

/// The year of a named month or season (months `first..=last`) `step` from the article
/// date `r`: "this July" is this year's; "last July" the most recent one that ended before
/// this month; "next July" the first one that starts after it.
fn named_year(r: Date, first: u32, last: u32, step: i32) -> i32 {
    match step {
        0 => r.year,
        s if s < 0 => r.year - i32::from(last >= r.month),
        _ => r.year + i32::from(first <= r.month),
    }
}

/// A day of `month` (`day` 1-31), in `year` when stated: a day the month does not have is
/// [`Reading::NoSuchDay`].
fn day_reading(year: Option<i32>, month: u32, day: u32) -> Reading {
    match year {
        Some(y) => match Date::new(y, month, day) {
            Some(d) => Reading::Absolute(Period::Day(d)),
            None => Reading::NoSuchDay {
                year: Some(y),
                month,
                day,
            },
        },
        // 2000 is a leap year: "February 29" alone is a day.
        None if Date::new(2000, month, day).is_some() => Reading::NoYear {
            month,
            day: Some(day),
        },
        None => Reading::NoSuchDay {
            year: None,
            month,
            day,
        },
    }
}

/// Month names, for notes.
const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The count that stands for "few" or "several".
const FEW: i32 = 3;

/// The epoch, used as a placeholder date in relative readings.
const EPOCH: Date = Date {
    year: 1970,
    month: 1,
    day: 1,
};

fn unit_letter(unit: Unit) -> &'static str {
    match unit {
        Unit::Day => "D",
        Unit::Week => "W",
        Unit::Month => "M",
        Unit::Year => "Y",
    }
}

/// A readable relative value when the article date is unknown: `-1D` (yesterday), `+0M`
/// (this month), `-1XXXX-07` (last July).
fn relative_label(kind: Period, step: i32) -> String {
    let step = if step == i32::MIN { 0 } else { step };
    let unit = match kind {
        Period::Day(_) => "D".to_owned(),
        Period::Week(_) => "W".to_owned(),
        Period::Month(_, 0) => "M".to_owned(),
        Period::Month(_, m) => format!("XXXX-{m:02}"),
        Period::Season(_, m) => format!("S{m:02}"),
        Period::Quarter(_, n) if n > 0 => format!("Y-Q{n}"),
        Period::Half(_, n) if n > 0 => format!("Y-H{n}"),
        Period::Quarter(..) => "Q".to_owned(),
        Period::Half(..) => "H".to_owned(),
        Period::Year(_) => "Y".to_owned(),
        Period::Decade(_) => "DE".to_owned(),
        Period::Century(_) => "CE".to_owned(),
    };
    format!("{step:+}{unit}")
}
