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

use crate::date::{days_in_month, shift_month, Date};
use crate::lexicon::{is_in, WordClass, TIME_WORDS};
use crate::report::Granularity;
use crate::tokens::{Token, TokenKind};

/// A period of the calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Period {
    Day(Date),
    /// The ISO week starting on this Monday.
    Week(Date),
    Month(i32, u32),
    Quarter(i32, u32),
    /// A season: year and first month.
    Season(i32, u32),
    Half(i32, u32),
    Year(i32),
    Decade(i32),
    /// A century by its first year (the 21st century is 2000-2099, as people use it).
    Century(i32),
}

impl Period {
    fn first(self) -> Date {
        match self {
            Period::Day(d) | Period::Week(d) => d,
            Period::Month(y, m) | Period::Season(y, m) => Date {
                year: y,
                month: m,
                day: 1,
            },
            Period::Quarter(y, q) => Date {
                year: y,
                month: 3 * q - 2,
                day: 1,
            },
            Period::Half(y, h) => Date {
                year: y,
                month: 6 * h - 5,
                day: 1,
            },
            Period::Year(y) | Period::Decade(y) | Period::Century(y) => Date {
                year: y,
                month: 1,
                day: 1,
            },
        }
    }

    fn last(self) -> Date {
        let next = match self {
            Period::Day(d) => d.add_days(1),
            Period::Week(d) => d.add_days(7),
            Period::Month(..) => self.first().add_months(1),
            Period::Quarter(..) | Period::Season(..) => self.first().add_months(3),
            Period::Half(..) => self.first().add_months(6),
            Period::Year(y) => Date {
                year: y + 1,
                month: 1,
                day: 1,
            },
            Period::Decade(y) => Date {
                year: y + 10,
                month: 1,
                day: 1,
            },
            Period::Century(y) => Date {
                year: y + 100,
                month: 1,
                day: 1,
            },
        };
        next.add_days(-1)
    }

    fn granularity(self) -> Granularity {
        match self {
            Period::Day(_) => Granularity::Day,
            Period::Week(_) => Granularity::Week,
            Period::Month(..) => Granularity::Month,
            Period::Quarter(..) | Period::Season(..) | Period::Half(..) => Granularity::Quarter,
            Period::Year(_) => Granularity::Year,
            Period::Decade(_) => Granularity::Decade,
            Period::Century(_) => Granularity::Century,
        }
    }

    /// TIMEX3 value.
    fn timex(self) -> String {
        match self {
            Period::Day(d) => d.to_string(),
            Period::Week(d) => {
                let (year, week) = iso_week(d);
                format!("{year:04}-W{week:02}")
            }
            Period::Month(y, m) => format!("{y:04}-{m:02}"),
            Period::Quarter(y, q) => format!("{y:04}-Q{q}"),
            Period::Season(y, m) => {
                let season = match m {
                    3 => "SP",
                    6 => "SU",
                    9 => "FA",
                    _ => "WI",
                };
                format!("{y:04}-{season}")
            }
            Period::Half(y, h) => format!("{y:04}-H{h}"),
            Period::Year(y) => format!("{y:04}"),
            Period::Decade(y) => format!("{:03}X", y / 10),
            Period::Century(y) => format!("{:02}XX", y / 100),
        }
    }

    /// The same kind of period `n` steps later.
    fn shift(self, n: i32) -> Period {
        match self {
            Period::Day(d) => Period::Day(d.add_days(i64::from(n))),
            Period::Week(d) => Period::Week(d.add_days(7 * i64::from(n))),
            Period::Month(y, m) => {
                let (y, m) = shift_month(y, m, n);
                Period::Month(y, m)
            }
            Period::Quarter(y, q) => {
                let (y, m) = shift_month(y, 3 * q - 2, 3 * n);
                Period::Quarter(y, m.div_ceil(3))
            }
            Period::Season(y, m) => {
                let (y, m) = shift_month(y, m, 3 * n);
                Period::Season(y, m)
            }
            Period::Half(y, h) => {
                let (y, m) = shift_month(y, 6 * h - 5, 6 * n);
                Period::Half(y, m.div_ceil(6))
            }
            Period::Year(y) => Period::Year(y + n),
            Period::Decade(y) => Period::Decade(y + 10 * n),
            Period::Century(y) => Period::Century(y + 100 * n),
        }
    }
}

/// ISO 8601 week-numbering year and week of a date.
fn iso_week(d: Date) -> (i32, u32) {
    let thursday = d.add_days(4 - i64::from(d.weekday()));
    let jan1 = Date {
        year: thursday.year,
        month: 1,
        day: 1,
    };
    (
        thursday.year,
        ((thursday.days() - jan1.days()) / 7 + 1) as u32,
    )
}

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
    /// Units of a year counted from its start or (`from_end`) its end: "the first six months
    /// of 2021" (`skip` 0, `n` 6), "the last 3 weeks of this year", "the third month of next
    /// year" (`skip` 2, `n` 1). The year is `year`, or the article date's moved by `step`.
    /// Weeks are whole weeks, Monday to Sunday, inside the year.
    YearPart {
        year: Option<i32>,
        step: i32,
        unit: Unit,
        skip: i32,
        n: i32,
        from_end: bool,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
}

impl Unit {
    /// `d` moved by `k` of these units (months and years clamp the day to the month).
    fn shift(self, d: Date, k: i32) -> Date {
        match self {
            Unit::Day => d.add_days(i64::from(k)),
            Unit::Week => d.add_days(7 * i64::from(k)),
            Unit::Month => d.add_months(k),
            Unit::Year => d.add_months(12 * k),
        }
    }

    /// The granularity of a span counted in these units.
    fn granularity(self) -> Granularity {
        match self {
            Unit::Day => Granularity::Day,
            Unit::Week => Granularity::Week,
            Unit::Month => Granularity::Month,
            Unit::Year => Granularity::Year,
        }
    }
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
    fn word(&self, k: usize, kind: &str) -> Option<u32> {
        let (found, n) = (*self.calendar.get(k)?)?;
        (found == kind).then_some(n)
    }

    fn lw(&self, k: usize) -> &str {
        self.lower.get(k).map_or("", String::as_str)
    }

    /// Whether the clause before token `i` speaks of the future: the nearest tense word
    /// within ten tokens back (stopping where the clause does) decides; without one, the
    /// sentence does.
    fn future_at(&self, i: usize) -> bool {
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

    fn expression_at(&self, i: usize) -> Option<Found> {
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

    /// A week named by a day at `i`: "the week of April 10" (the Monday-to-Sunday week that
    /// holds it), "the week commencing (beginning, starting on) February 4" and the
    /// British "w/c Feb 4" (the seven days from it).
    fn week_named_by_day(&self, i: usize) -> Option<Found> {
        let k = if self.lw(i) == "the" { i + 1 } else { i };
        let glued = |k: usize| self.tokens.get(k).is_some_and(|t| t.glued);
        let (holding, k) = match (self.lw(k), self.lw(k + 1), self.lw(k + 2)) {
            ("w", "/", "c") if glued(k + 1) && glued(k + 2) => (false, k + 3),
            ("week", "of", _) => (true, k + 2),
            ("week", "commencing" | "beginning" | "starting", "on") => (false, k + 3),
            ("week", "commencing" | "beginning" | "starting", _) => (false, k + 2),
            _ => return None,
        };
        let (reading, end) = self.point(k)?;
        let mut f = self.resolve(i, end, reading);
        if f.granularity != Granularity::Day {
            return None;
        }
        if let Some(day) = f.from {
            let first = if holding {
                day.add_days(1 - i64::from(day.weekday()))
            } else {
                day
            };
            (f.from, f.to) = (Some(first), Some(first.add_days(6)));
        }
        f.granularity = Granularity::Week;
        f.range = true;
        Some(f)
    }

    /// The early, middle or late part of a month or year at `i`: "the beginning of 2000",
    /// "the middle of March", "the end of the year". Returns where the span starts (at
    /// "beginning", after "the"), the reading and its end.
    fn part_of(&self, i: usize) -> Option<(usize, Reading, usize)> {
        let start = if self.lw(i) == "the" { i + 1 } else { i };
        let part = match (self.lw(start), self.lw(start + 1)) {
            ("beginning" | "start", "of") => 0,
            ("middle", "of") => 1,
            ("end", "of") => 2,
            _ => return None,
        };
        let k = if self.lw(start + 2) == "the" && self.lw(start + 3) != "year" {
            start + 3
        } else {
            start + 2
        };
        let (month, year, end) = match self.point(k)? {
            (Reading::NoYear { month, day: None }, end) => (month, None, end),
            (Reading::Absolute(Period::Month(y, m)), end) => (m, Some(y), end),
            (Reading::Absolute(Period::Year(y)), end) => (0, Some(y), end),
            _ => return None,
        };
        Some((start, Reading::Part { part, month, year }, end))
    }

    /// A range of days written before their month: "9 to 12 June", "9-12 June 2024", "the
    /// ninth till the seventeenth of April"; joined by "and" after "between" (`and`). The
    /// days must run forward: a range across months ("27 to 3 April") is left.
    fn day_first_range(&self, i: usize, and: bool) -> Option<(Reading, Reading, usize)> {
        let skip_the = |k: usize| if self.lw(k) == "the" { k + 1 } else { k };
        let start = skip_the(i);
        if !self.may_be_day(start) {
            return None;
        }
        let (from, j) = self.day_number(start)?;
        let joined = matches!(self.lw(j), "to" | "-" | "–" | "till" | "until" | "through")
            || (and && self.lw(j) == "and");
        let (to, k) = self.day_number(skip_the(j + 1)).filter(|_| joined)?;
        let k = if self.lw(k) == "of" { k + 1 } else { k };
        let (month, after) = self.month_name(k).filter(|_| from < to)?;
        let (year, end) = self.year_after(after);
        let day = |day: u32| match year {
            Some(y) => Some(Reading::Absolute(Period::Day(Date::new(y, month, day)?))),
            None => Some(Reading::NoYear {
                month,
                day: Some(day),
            }),
        };
        Some((day(from)?, day(to)?, end))
    }

    /// A decade without its century at `i`, after "the" (with "early", "mid", "late"
    /// between): "the nineties", "the '90s", "the late 80s". Not "her nineties" (an age).
    fn decade_only(&self, i: usize) -> Option<(Reading, usize)> {
        let the = (1..=3).any(|back| i >= back && self.lw(i - back) == "the");
        if !the {
            return None;
        }
        let tens = self.word(i, "decade").map(|tens| tens as i32);
        if let Some(tens) = tens {
            return Some((Reading::DecadeOnly(tens), i + 1));
        }
        // "the 90s", "the '90s"
        let k = if matches!(self.lw(i), "'" | "’") {
            i + 1
        } else {
            i
        };
        let t = self.tokens.get(k)?;
        let s = self.tokens.get(k + 1)?;
        let two_digits = t.kind == TokenKind::Digits && t.text.len() == 2 && t.text.ends_with('0');
        if two_digits && s.glued && self.lw(k + 1) == "s" {
            let tens: i32 = t.text[..1].parse().ok()?;
            if tens == 0 || tens >= 3 {
                return Some((Reading::DecadeOnly(tens), k + 2));
            }
        }
        None
    }

    /// After a day number (`day`, ending at `k`), more days joined by "," and "and", then
    /// a month and perhaps a year: that month and year. The days must run forward.
    fn listed_days_month(&self, mut k: usize, mut day: u32) -> Option<(u32, Option<i32>)> {
        while matches!(self.lw(k), "and" | "," | "&") {
            let (next, end) = self.day_number(k + 1).filter(|&(d, _)| d > day)?;
            if let Some((month, after)) = self.month_name(end) {
                return Some((month, self.year_after(after).0));
            }
            (day, k) = (next, end);
        }
        None
    }

    /// A point, or "X to Y", "X-Y" ranges starting at `i`.
    fn range_or_point(&self, i: usize) -> Option<Found> {
        if let Some((a, b, end)) = self.day_first_range(i, false) {
            if let Some(f) = self.make_range(i, end, a, b) {
                return Some(f);
            }
        }
        let (a, a_end) = self.point(i)?;
        // "from March to date": up to the article date.
        if let Some(end) = self.to_date_at(a_end, true) {
            if let Some(f) = self.make_range(i, end, a, Reading::Present) {
                return Some(f);
            }
        }
        if matches!(self.lw(a_end), "-" | "–" | "to" | "through" | "~") {
            let joiner_ok = !matches!(self.lw(a_end), "to" | "through")
                || matches!(a, Reading::Absolute(_) | Reading::NoYear { .. });
            if joiner_ok {
                if let Some((b, b_end)) = self.second_point(a_end + 1, a) {
                    let (a, b, b_end) = self.trailing_year(a, b, b_end);
                    if let Some(f) = self.make_range(i, b_end, a, b) {
                        return Some(f);
                    }
                }
            }
        }
        Some(self.resolve(i, a_end, a))
    }

    /// A length of time and the day it starts at `i`: "a week starting tomorrow", "3 days
    /// starting from next Monday", "two weeks beginning May 20".
    fn length_starting(&self, i: usize) -> Option<Found> {
        // The word after the unit decides; most tokens are spared the count's lookups.
        let starting = |k: usize| matches!(self.lw(k), "starting" | "beginning");
        if !starting(i + 2) && !starting(i + 3) {
            return None;
        }
        let (n, after) = self.count(i)?;
        let (unit, times) = self.unit_word(after)?;
        if !starting(after + 1) || self.vague_count(i) {
            return None;
        }
        let k = after + 2 + usize::from(matches!(self.lw(after + 2), "from" | "on"));
        let mut f = self.range_or_point(k)?;
        let n = n * times;
        f.first = i;
        f.range = true;
        f.written = format!("({},P{n}{})", f.written, unit_letter(unit));
        if let Some(d) = f.from {
            f.to = Some(unit.shift(d, n).add_days(-1));
        }
        Some(f)
    }

    /// Where the adverb "to date" (also "till date", "till current date") at `k` ends, if it
    /// is one there: "the largest to date", "has raised $5m to date, officials said"; not
    /// "up to date", nor the verb ("to date the remains", "began to date him"): a clause
    /// boundary or a verb must follow, unless a date comes before (`after_date`: "from
    /// March to date").
    fn to_date_at(&self, k: usize, after_date: bool) -> Option<usize> {
        let lw = |k: usize| self.lw(k);
        // "till current date"
        let end = if lw(k + 1) == "current" { k + 3 } else { k + 2 };
        let adverb = matches!(lw(k), "to" | "till")
            && lw(end - 1) == "date"
            && !(k > 0 && matches!(lw(k - 1), "up" | "out"))
            && (after_date || self.phrase_ends(end));
        adverb.then_some(end)
    }

    /// The second end of a range: a full point, or a bare day after a month ("Nov 18-19").
    fn second_point(&self, k: usize, first: Reading) -> Option<(Reading, usize)> {
        self.in_range.set(true);
        let point = self.point(k);
        self.in_range.set(false);
        if let Some(p) = point {
            return Some(p);
        }
        // "from 2007 to the end of 2008"
        if let Some((_, part, end)) = self.part_of(k) {
            return Some((part, end));
        }
        // "April 9 till the 17th"
        let k = if self.lw(k) == "the" { k + 1 } else { k };
        let day = self.day_number(k)?;
        match first {
            Reading::NoYear {
                month,
                day: Some(first_day),
            } => {
                // "April 27 to the 3rd": a day before the first is in the next month.
                let month = if day.0 < first_day {
                    month % 12 + 1
                } else {
                    month
                };
                // "November 18-19, 2015": a year may follow the day.
                let (year, end) = self.year_after(day.1);
                Some((
                    match year {
                        Some(y) => Reading::Absolute(Period::Day(Date::new(y, month, day.0)?)),
                        None => Reading::NoYear {
                            month,
                            day: Some(day.0),
                        },
                    },
                    end,
                ))
            }
            Reading::Absolute(Period::Day(d)) => Some((
                Reading::Absolute(Period::Day(Date::new(d.year, d.month, day.0)?)),
                day.1,
            )),
            _ => None,
        }
    }

    /// `[,] year` at `k`.
    fn year_after(&self, k: usize) -> (Option<i32>, usize) {
        let glued_sep =
            matches!(self.lw(k), "-" | "/") && self.tokens.get(k).is_some_and(|t| t.glued);
        let k2 = if matches!(self.lw(k), "," | "of") || glued_sep {
            k + 1
        } else {
            k
        };
        match self.year_number(k2) {
            Some(y) => (Some(y), k2 + 1),
            None => match self
                .short_year(k2, self.lw(k) == "of")
                .or_else(|| self.year_in_words(k2))
            {
                Some((y, end)) => (Some(y), end),
                None => (None, k),
            },
        }
    }

    /// [`crate::lexicon::two_digit_number`] at `k`.
    fn two_digit(&self, k: usize) -> Option<(u32, usize)> {
        crate::lexicon::two_digit_number(self.lower, k)
    }

    /// A year in words after a day and month, as it is said: "nineteen eighty six",
    /// "seventeen hundred thirty three", "nineteen hundred", "nineteen oh five". (Not "two
    /// thousand and two": read as a number.)
    fn year_in_words(&self, k: usize) -> Option<(i32, usize)> {
        let (century, k) = self.two_digit(k).filter(|(c, _)| (10..30).contains(c))?;
        let (rest, end) = match self.lw(k) {
            "hundred" => {
                let after = if self.lw(k + 1) == "and" {
                    k + 2
                } else {
                    k + 1
                };
                self.two_digit(after).unwrap_or((0, k + 1))
            }
            "oh" | "o" => self.two_digit(k + 1).filter(|(u, _)| *u < 10)?,
            _ => self.two_digit(k).filter(|(n, _)| *n >= 10)?,
        };
        Some((century as i32 * 100 + rest as i32, end))
    }

    /// A year in two digits at `k`: "'87" (an apostrophe glued to two digits), or "87"
    /// after "of" (`after_of`: "April of 87"), in its century by [`full_year`]. Returns the
    /// year and the end.
    fn short_year(&self, k: usize, after_of: bool) -> Option<(i32, usize)> {
        let two_digits = |k: usize| {
            self.tokens
                .get(k)
                .filter(|t| t.kind == TokenKind::Digits && t.text.len() == 2)
                .filter(|_| {
                    // Not "'87-'89" nor "87%", "87th".
                    !self
                        .tokens
                        .get(k + 1)
                        .is_some_and(|n| n.is('%') || (n.glued && n.kind != TokenKind::Punct))
                })
                .and_then(|t| t.text.parse::<u32>().ok())
        };
        let (yy, end) = if matches!(self.lw(k), "'" | "’") {
            let glued = self.tokens.get(k + 1).is_some_and(|t| t.glued);
            (two_digits(k + 1).filter(|_| glued)?, k + 2)
        } else if after_of {
            // Bare digits only at a clause's end: "March of 40 percent" is no year.
            let ends = self
                .tokens
                .get(k + 1)
                .is_none_or(|n| n.kind == TokenKind::Punct && !n.is('%'));
            (two_digits(k).filter(|_| ends)?, k + 1)
        } else {
            return None;
        };
        Some((full_year(yy), end))
    }

    /// A year after a range whose ends have none ("from April to June in 2017", "26 June
    /// to 28 June, 2020"): both ends take it.
    fn trailing_year(&self, a: Reading, b: Reading, end: usize) -> (Reading, Reading, usize) {
        let (Reading::NoYear { month: ma, day: da }, Reading::NoYear { month: mb, day: db }) =
            (a, b)
        else {
            return (a, b, end);
        };
        let k = if matches!(self.lw(end), "in" | "of" | ",") {
            end + 1
        } else {
            end
        };
        let Some(year) = self.year_number(k) else {
            return (a, b, end);
        };
        let start_year = if ma > mb { year - 1 } else { year };
        match (day_or_month(start_year, ma, da), day_or_month(year, mb, db)) {
            (Some(pa), Some(pb)) => (Reading::Absolute(pa), Reading::Absolute(pb), k + 1),
            _ => (a, b, end),
        }
    }

    fn make_range(&self, first: usize, last: usize, a: Reading, b: Reading) -> Option<Found> {
        // A missing year comes from the other end: "jan-feb 2017", "nov 18-dec 19, 2015".
        let (a, b) = match (a, b) {
            (Reading::NoYear { month, day }, Reading::Absolute(p)) => {
                let end = p.first();
                let mut year = end.year;
                if month > end.month {
                    year -= 1;
                }
                (Reading::Absolute(day_or_month(year, month, day)?), b)
            }
            other => other,
        };
        // "from May to September" said in July is this year's: a range without years that,
        // placed around the article date, holds it is that one, whatever the tense.
        if let Some(found) = self.range_around_reference(first, last, a, b) {
            return Some(found);
        }
        let start = self.resolve(first, last, a);
        let mut end = self.resolve(first, last, b);
        // Two ends without years: the end is the first such day on or after the start
        // ("2/29-3/1" said in 2019: the start is 2016's February 29, the end that March 1).
        if let (Reading::NoYear { .. }, Reading::NoYear { month, day }, Some(s)) =
            (a, b, start.from)
        {
            let placed = [s.year, s.year + 1]
                .into_iter()
                .find_map(|y| day_or_month(y, month, day).filter(|p| p.last() >= s));
            if let Some(p) = placed {
                (end.from, end.to) = (Some(p.first()), Some(p.last()));
            }
        }
        // "from November to March": an end without its year comes after the start.
        if let (Reading::NoYear { .. }, Some(s), Some(e)) = (b, start.from, end.to) {
            if e < s {
                end.from = end.from.map(|d| d.add_months(12));
                end.to = end.to.map(|d| {
                    let moved = d.add_months(12);
                    // Keep "the end of February" at the end in a leap year.
                    if d.day == days_in_month(d.year, d.month) {
                        Date {
                            day: days_in_month(moved.year, moved.month),
                            ..moved
                        }
                    } else {
                        moved
                    }
                });
            }
        }
        // "Tuesday-Thursday", "Sunday-Tuesday": the second weekday is the first one on or
        // after the first.
        if let (Reading::Weekday(_), Some(s), Some(e)) = (b, start.from, end.to) {
            let days = (e.days() - s.days()).rem_euclid(7);
            let day = s.add_days(days);
            (end.from, end.to) = (Some(day), Some(day));
        }
        let granularity = start.granularity;
        let (from, to) = (start.from, end.to);
        if let (Some(f), Some(t)) = (from, to) {
            if t < f && !(start.relative || end.relative) {
                return None;
            }
        }
        let note = start.note.or(end.note);
        Some(Found {
            first,
            last,
            granularity,
            written: format!("({},{})", start.written, end.written),
            from,
            to,
            range: true,
            relative: start.relative || end.relative,
            note,
        })
    }

    /// A range whose ends have no year ("from May to September", "Nov 18-Dec 2") placed
    /// in the years that make it hold the article date, when some do: `None` otherwise.
    fn range_around_reference(
        &self,
        first: usize,
        last: usize,
        a: Reading,
        b: Reading,
    ) -> Option<Found> {
        let (Reading::NoYear { month: ma, day: da }, Reading::NoYear { month: mb, day: db }) =
            (a, b)
        else {
            return None;
        };
        let r = self.reference?;

        // An end before its start in the calendar ("November to March") is in the next year.
        let wraps = (mb, db.unwrap_or(31)) < (ma, da.unwrap_or(1));
        [r.year, r.year - 1].into_iter().find_map(|year| {
            let start = day_or_month(year, ma, da)?;
            let end = day_or_month(if wraps { year + 1 } else { year }, mb, db)?;
            (start.first() <= r && r <= end.last()).then(|| Found {
                first,
                last,
                granularity: start.granularity(),
                written: format!("({},{})", year_less(ma, da), year_less(mb, db)),
                from: Some(start.first()),
                to: Some(end.last()),
                range: true,
                relative: true,
                note: Some(
                    "the year is not stated: taken as the one whose range holds the article date"
                        .into(),
                ),
            })
        })
    }

    /// Whether [`Reader::day_number`] may read a day at `k`: digits, an ordinal word or a
    /// tens word. A test of the word's shape that spares most tokens the lookups (the new
    /// readings that start with a day run at every token).
    fn may_be_day(&self, k: usize) -> bool {
        let word = self.lw(k);
        self.tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Digits)
            || word.ends_with("th")
            || word.ends_with("st")
            || word.ends_with("nd")
            || word.ends_with("rd")
            || word.starts_with("twent")
            || word.starts_with("thirt")
    }

    /// A day number 1-31 at `k`: "8", "8th", "eighth", "twenty-ninth", "twenty nine".
    fn day_number(&self, k: usize) -> Option<(u32, usize)> {
        let t = self.tokens.get(k)?;
        // "$12 December 27": an amount, not a day.
        if k > 0 && matches!(self.lw(k - 1), "$" | "£" | "€" | "¥") {
            return None;
        }
        if t.kind == TokenKind::Digits {
            if t.text.len() > 2 || t.text.contains([',', '.']) {
                return None;
            }
            let n: u32 = t.text.parse().ok()?;
            if !(1..=31).contains(&n) {
                return None;
            }
            let suffix = self
                .tokens
                .get(k + 1)
                .is_some_and(|s| s.glued && matches!(self.lw(k + 1), "st" | "nd" | "rd" | "th"));
            // "5%", "5 million", "5.5", "6:30": not a day.
            if let Some(next) = self.tokens.get(k + 1) {
                if !suffix
                    && (next.is('%')
                        || (next.is(':')
                            && next.glued
                            && self.tokens.get(k + 2).is_some_and(|d| d.glued))
                        || (next.glued && next.kind == TokenKind::Word)
                        || matches!(self.lw(k + 1), "percent" | "million" | "billion" | "per"))
                {
                    return None;
                }
            }
            return Some((n, if suffix { k + 2 } else { k + 1 }));
        }
        use crate::lexicon::{NumberWord, NUMBER_WORDS};
        let words = &NUMBER_WORDS.words;
        let tens = match words.get(self.lw(k)) {
            Some(NumberWord::Ten(t)) if *t <= 30 => Some(*t),
            _ => None,
        };
        if let Some(t) = tens {
            let mut j = k + 1;
            if self.lw(j) == "-" {
                j += 1;
            }
            match words.get(self.lw(j)) {
                Some(NumberWord::Ordinal(o)) if *o < 10 && t + (*o as u32) <= 31 => {
                    return Some((t + *o as u32, j + 1));
                }
                Some(NumberWord::Unit(u)) if *u > 0 && *u < 10 && t + u <= 31 => {
                    return Some((t + u, j + 1));
                }
                _ => {}
            }
            return None;
        }
        match words.get(self.lw(k)) {
            Some(NumberWord::Ordinal(o)) if *o <= 31 => {
                // "twentieth" and "thirtieth" are tens ordinals; others below twenty.
                Some((*o as u32, k + 1))
            }
            _ => None,
        }
    }

    /// A part of a year counted in its units ([`Reading::YearPart`]): "(the) first/last N
    /// days/weeks/months of <year>", "(the) Nth day/week/month of <year>", the year written
    /// out ("2021") or counted from the article date's ("this year", "next year").
    fn year_part(&self, i: usize) -> Option<(Reading, usize)> {
        let k = if self.lw(i) == "the" { i + 1 } else { i };
        let (from_end, skip, n, after) = match self.lw(k) {
            "first" | "last" => {
                let (n, after) = self.count(k + 1)?;
                (self.lw(k) == "last", 0, n, after)
            }
            _ => {
                // Ordinal words only ("third", "9th"): a bare "9 months of 2021" is a count.
                if !self.may_be_day(k) {
                    return None;
                }
                let ordinal = self.tokens.get(k)?.kind != TokenKind::Digits
                    || matches!(self.lw(k + 1), "st" | "nd" | "rd" | "th");
                let (nth, after) = self.day_number(k).filter(|_| ordinal)?;
                (false, nth as i32 - 1, 1, after)
            }
        };
        let (unit, _) = self
            .unit_word(after)
            .filter(|&(u, times)| u != Unit::Year && times == 1)?;
        // One unit is written in the singular ("the third month"), more in the plural.
        if (n == 1) == self.lw(after).ends_with('s') || n < 1 || self.lw(after + 1) != "of" {
            return None;
        }
        let y = after + 2;
        let (year, step, end) = match (self.year_number(y), year_step(self.lw(y)), self.lw(y + 1)) {
            (Some(year), _, _) => (Some(year), 0, y + 1),
            (None, Some(step), "year") => (None, step, y + 2),
            _ => return None,
        };
        let reading = Reading::YearPart {
            year,
            step,
            unit,
            skip,
            n,
            from_end,
        };
        Some((reading, end))
    }

    /// A four-digit year 1000-2199 at `k` (not "2,019", not glued to a word).
    fn year_number(&self, k: usize) -> Option<i32> {
        let t = self.tokens.get(k)?;
        if t.kind != TokenKind::Digits || t.text.len() != 4 {
            return None;
        }
        if let Some(next) = self.tokens.get(k + 1) {
            if next.glued && next.kind == TokenKind::Word {
                return None;
            }
            if matches!(self.lw(k + 1), "%" | "percent" | "people" | "million") {
                return None;
            }
        }
        if k > 0 && self.tokens[k].glued && self.tokens[k - 1].kind == TokenKind::Word {
            return None;
        }
        // Part of a chain of digit groups ("138-2010-2015", "82-2100"): a phone number or a
        // code, not a year. "2014-2018" (two years) and "12-2015" (a month) are read before.
        let chained_before = k >= 2
            && self.tokens[k].glued
            && self.tokens[k - 1].is('-')
            && self.tokens[k - 1].glued
            && self.tokens[k - 2].kind == TokenKind::Digits;
        let chained_after = self.tokens.get(k + 1).is_some_and(|t| t.is('-') && t.glued)
            && self
                .tokens
                .get(k + 2)
                .is_some_and(|t| t.glued && t.kind == TokenKind::Digits)
            && self.tokens.get(k + 3).is_some_and(|t| t.is('-') && t.glued);
        let after_short_group = chained_before && self.tokens[k - 2].text.len() != 4;
        if after_short_group
            || chained_after
            || (chained_before && k >= 4 && self.tokens[k - 3].is('-'))
        {
            return None;
        }
        let y: i32 = t.text.parse().ok()?;
        (1000..=2199).contains(&y).then_some(y)
    }

    /// A month name at `k`, with an optional abbreviation stop: (month, end).
    fn month_name(&self, k: usize) -> Option<(u32, usize)> {
        let m = self.word(k, "month")?;
        let t = &self.tokens[k];
        // "$DEC": a ticker symbol.
        if t.glued && k > 0 && self.tokens[k - 1].is('$') {
            return None;
        }
        // An abbreviation's stop ("Nov."), unless it is the sentence's full stop.
        let abbreviation = self.lw(k).len() <= 4 && !matches!(self.lw(k), "may" | "june" | "july");
        let end = if abbreviation
            && self.tokens.get(k + 1).is_some_and(|p| p.is('.') && p.glued)
            && k + 2 < self.tokens.len()
        {
            k + 2
        } else {
            k + 1
        };
        // "may", "march" and "august" are also ordinary words: they count when a day or
        // year follows, or after a date preposition, or (capitalised) not opening the
        // sentence ("May I ask").
        let ambiguous = matches!(
            self.lw(k),
            "may" | "march" | "august" | "mar" | "jan" | "sep"
        );
        if ambiguous {
            let next_is_date = self.day_number(end).is_some() || self.year_number(end).is_some();
            let before = if k > 0 { self.lw(k - 1) } else { "" };
            let preposition = matches!(
                before,
                "in" | "since"
                    | "until"
                    | "till"
                    | "by"
                    | "of"
                    | "from"
                    | "to"
                    | "between"
                    | "and"
                    | "through"
                    | "early"
                    | "late"
                    | "mid"
                    | "-"
                    | "last"
                    | "next"
                    | "during"
                    | "before"
                    | "after"
                    | "or"
            );
            // "and may", "or may" are the verb ("has cut jobs and may cut more"): a
            // lowercase "may" needs a date preposition, not a conjunction.
            let modal = t.text == "may" && matches!(before, "and" | "or" | "-");
            let capitalised = t.text.starts_with(char::is_uppercase) && k > 0;
            if !next_is_date && (!preposition || modal) && !capitalised {
                return None;
            }
        }
        Some((m, end))
    }

    /// One date or period at `i`, unresolved, with its end.
    fn point(&self, i: usize) -> Option<(Reading, usize)> {
        let lw = |k: usize| self.lw(k);
        // A leading weekday: "Friday, November 8", "tue may 9", "monday 21"; not a
        // holiday's name ("Black Friday", "Super Tuesday").
        let holiday = || {
            i > 0
                && self.tokens[i - 1].text.starts_with(char::is_uppercase)
                && is_in(WordClass::Holiday, self.lw(i - 1))
        };
        if let Some(weekday) = self.word(i, "weekday").filter(|_| !holiday()) {
            let mut k = i + 1;
            if lw(k) == "," {
                k += 1;
            }
            if let Some((r, end)) = self.calendar_date(k) {
                if matches!(
                    r,
                    Reading::NoYear { day: Some(_), .. } | Reading::Absolute(Period::Day(_))
                ) {
                    return Some((r, end));
                }
            }
            // "Tuesday of next week", "Monday of the following week"
            if lw(i + 1) == "of" {
                let k = if lw(i + 2) == "the" { i + 3 } else { i + 2 };
                if let (Some(step), "week") = (year_step(lw(k)), lw(k + 1)) {
                    return Some((Reading::WeekDay { step, weekday }, k + 2));
                }
            }
            // "Monday 21", "Tuesday the eleventh" (no month follows: checked above)
            let k = if lw(i + 1) == "the" { i + 2 } else { i + 1 };
            if let Some((day, end)) = self.day_number(k) {
                let digits = self.tokens[k].kind == TokenKind::Digits;
                if !digits || lw(end) != ":" {
                    return Some((Reading::WeekdayDay { weekday, day }, end));
                }
            }
            if self.is_weekday_token(i) {
                return Some((Reading::Weekday(weekday), i + 1));
            }
            return None;
        }
        // "early 2023", "mid-November", "late July": the period, with the part noted.
        if matches!(lw(i), "early" | "mid" | "late") {
            let k = if lw(i + 1) == "-" { i + 2 } else { i + 1 };
            let part = match lw(i) {
                "early" => 0,
                "mid" => 1,
                _ => 2,
            };
            let reading = match self.calendar_date(k)? {
                (Reading::NoYear { month, day: None }, end) => (
                    Reading::Part {
                        part,
                        month,
                        year: None,
                    },
                    end,
                ),
                (Reading::Absolute(Period::Month(y, m)), end) => (
                    Reading::Part {
                        part,
                        month: m,
                        year: Some(y),
                    },
                    end,
                ),
                (Reading::Absolute(Period::Year(y)), end) => (
                    Reading::Part {
                        part,
                        month: 0,
                        year: Some(y),
                    },
                    end,
                ),
                (r @ (Reading::Absolute(Period::Decade(_)) | Reading::DecadeOnly(_)), end) => {
                    (r, end)
                }
                _ => return None,
            };
            return Some(reading);
        }
        // "third quarter of 2024", "1st quarter of 2013", "first half of 2020"
        if let Some(r) = self.named_part(i) {
            return Some(r);
        }
        if let Some(r) = self.calendar_date(i) {
            return Some(r);
        }
        if let Some(r) = self.relative(i) {
            // "next week Wednesday", "next week on Tuesday", "this week Monday"
            if let (Reading::Relative(Period::Week(_), step), end) = r {
                let k = if lw(end) == "on" { end + 1 } else { end };
                if let Some(weekday) = self.word(k, "weekday") {
                    return Some((Reading::WeekDay { step, weekday }, k + 1));
                }
            }
            return Some(r);
        }
        // "now" ends or opens a span: "between January 22 and now".
        if lw(i) == "now" && i > 0 && matches!(lw(i - 1), "and" | "between" | "to" | "until") {
            return Some((Reading::Relative(Period::Day(EPOCH), 0), i + 1));
        }
        None
    }

    /// A weekday word counts as a date when capitalised or in lowercase text.
    fn is_weekday_token(&self, i: usize) -> bool {
        let t = self.tokens[i].text;
        let full = t.len() > 4 || matches!(self.lw(i), "sunday" | "monday" | "friday");
        full || t.starts_with(char::is_uppercase)
            && self.tokens.get(i + 1).is_some_and(|p| p.is('.'))
    }

    /// Stated dates: "November 8, 2024", "8 Nov 2024", "November 2024", "2024-11-08",
    /// "11/8/2024", "2024", "the 1990s", "Q3 2024", "the 18th".
    fn calendar_date(&self, i: usize) -> Option<(Reading, usize)> {
        let lw = |k: usize| self.lw(k);
        let tok = |k: usize| self.tokens.get(k);
        if let Some(found) = self.decade_only(i) {
            return Some(found);
        }
        // Month first: "November 8, 2024", "Nov. 8", "November 2024", "dec-2018".
        if let Some((month, k)) = self.month_name(i) {
            let mut k2 = k;
            if matches!(lw(k2), "/" | "-") && tok(k2).is_some_and(|t| t.glued) {
                k2 += 1;
            }
            // "October, 1st": a comma only before an ordinal day; "June the 28th".
            if lw(k2) == "," && matches!(lw(k2 + 2), "st" | "nd" | "rd" | "th")
                || lw(k2) == "the" && self.may_be_day(k2 + 1)
            {
                k2 += 1;
            }
            if let Some((day, end)) = self.day_number(k2) {
                // "may 2017" is a year, not a day: day_number takes only two digits.
                let (mut year, mut end) = self.year_after(end);
                // "Sep-23-2020": a chain of digit groups, but one a month name opens.
                let dashed = k2 == k + 1 && lw(k) == "-" && lw(end) == "-";
                if let (None, true) = (year, dashed) {
                    let t = tok(end + 1).filter(|t| t.glued && tok(end).is_some_and(|s| s.glued));
                    let y = t.filter(|t| t.kind == TokenKind::Digits && t.text.len() == 4);
                    let glued_on = tok(end + 2).is_some_and(|n| {
                        n.glued && (n.kind != TokenKind::Punct || n.is('-') || n.is('/'))
                    });
                    if let Some(y) = y.and_then(|t| t.text.parse().ok()).filter(|_| !glued_on) {
                        (year, end) = (Some(y), end + 2);
                    }
                }
                // "March 10 and March 11, 2026": a listed date takes the year of the next.
                if year.is_none() && matches!(lw(end), "and" | "or" | "&") {
                    if let Some((Reading::Absolute(Period::Day(d)), _)) =
                        self.calendar_date(end + 1)
                    {
                        year = Some(d.year - i32::from(month > d.month));
                    }
                }
                return Some((day_reading(year, month, day), end));
            }
            let mut k3 = k;
            // "April 2016", "April, 2016", "April of 2016", "april in 2016"
            if matches!(lw(k3), "," | "/" | "-" | "of" | "in") {
                k3 += 1;
            }
            // ("March in 2016 dollars" is no date: after "in", the year ends a phrase.)
            let in_ok = |_: &i32| lw(k) != "in" || self.phrase_ends(k3 + 1);
            if let Some(y) = self.year_number(k3).filter(in_ok) {
                return Some((Reading::Absolute(Period::Month(y, month)), k3 + 1));
            }
            // "April of '87", "June '09"
            if let Some((y, end)) = self.short_year(k3, lw(k) == "of") {
                return Some((Reading::Absolute(Period::Month(y, month)), end));
            }
            return Some((Reading::NoYear { month, day: None }, k));
        }
        // Day first: "8 November 2024", "the 8th of November", "second of aug", "05-aug-2016".
        {
            let mut k = i;
            if lw(k) == "the" {
                k += 1;
            }
            if let Some((day, mut end)) = self.day_number(k) {
                // "18 and 19 June", "5, 6 and 7 May 2024": the first days of a list take
                // the month and year of the last.
                // (Not an age: "she was 18 and 19 June was ...".)
                let age = k > 0 && matches!(lw(k - 1), "was" | "is" | "aged" | "age" | "turned");
                let listed = self.listed_days_month(end, day).filter(|_| !age);
                if let Some((month, year)) = listed {
                    return Some((day_reading(year, month, day), end));
                }
                // "the 15th day of next month", "the 26th day of the month"
                if lw(end) == "day" && lw(end + 1) == "of" {
                    let m = end + 2;
                    let relative = match (lw(m), lw(m + 1)) {
                        ("this" | "the", "month") => Some(0),
                        ("next", "month") => Some(1),
                        ("last" | "previous", "month") => Some(-1),
                        _ => None,
                    };
                    if let Some(step) = relative {
                        return Some((Reading::DayOfMonth { day, step }, m + 2));
                    }
                    end += 1;
                }
                if lw(end) == "of" {
                    end += 1;
                }
                if matches!(lw(end), "-" | "/") && tok(end).is_some_and(|t| t.glued) {
                    end += 1;
                }
                if let Some((month, end)) = self.month_name(end) {
                    let mut e = end;
                    if matches!(lw(e), "-" | "/") && tok(e).is_some_and(|t| t.glued) {
                        e += 1;
                    }
                    let (year, end) = self.year_after(e);
                    // "26 june in 2019"
                    let (year, end) = match year {
                        None if lw(end) == "in" => match self.year_number(end + 1) {
                            Some(y) => (Some(y), end + 2),
                            None => (None, end),
                        },
                        other => (other, end),
                    };
                    return Some((day_reading(year, month, day), end));
                }
                // "the 18th": a day of the current month.
                let ordinal_written =
                    end > k + 1 || tok(k).is_some_and(|t| t.kind == TokenKind::Word);
                let after_on = i > 0 && lw(i - 1) == "on";
                if k > i
                    && after_on
                    && ordinal_written
                    && !matches!(lw(end), "century" | "centuries")
                {
                    let is_rank = matches!(
                        lw(end),
                        "time" | "floor" | "place" | "anniversary" | "round" | "day"
                    );
                    if !is_rank
                        && tok(end).is_none_or(|t| {
                            t.kind == TokenKind::Punct
                                || !t.text.starts_with(char::is_lowercase)
                                || matches!(
                                    lw(end),
                                    "of" | "and" | "to" | "at" | "in" | "this" | "next" | "last"
                                )
                        })
                    {
                        return Some((Reading::DayOnly(day), end));
                    }
                }
            }
        }
        let t = tok(i)?;
        // Part of a longer chain of digit groups ("123-12-1234"): a code, not a date.
        let chained = i >= 2
            && t.glued
            && tok(i - 1).is_some_and(|p| p.glued && (p.is('-') || p.is('/')))
            && tok(i - 2).is_some_and(|p| p.kind == TokenKind::Digits)
            && self.digit_groups(i) >= 3
            && !self.in_range.get();
        if t.kind == TokenKind::Digits
            && !chained
            && !(t.glued && i > 0 && tok(i - 1).is_some_and(|p| p.kind == TokenKind::Word))
        {
            // Numeric dates: 2024-11-08, 2015-3, 11/8/2024, 10-1-2018, 5/12 (with context).
            let num = |k: usize| -> Option<u32> {
                let t = tok(k)?;
                (t.kind == TokenKind::Digits
                    && t.glued
                    && t.text.len() <= 4
                    && !t.text.contains([',', '.']))
                .then(|| t.text.parse().ok())
                .flatten()
            };
            let sep = |k: usize| tok(k).is_some_and(|t| t.glued && (t.is('-') || t.is('/')));
            let same_sep = |a: usize, b: usize| tok(a).map(|t| t.text) == tok(b).map(|t| t.text);
            if t.text.len() == 4 && !t.text.contains([',', '.']) && sep(i + 1) {
                let y: i32 = t.text.parse().ok()?;
                if let Some(m) = num(i + 2) {
                    if sep(i + 3) && same_sep(i + 1, i + 3) {
                        if let Some(d) = num(i + 4) {
                            return Some((
                                Reading::Absolute(Period::Day(Date::new(y, m, d)?)),
                                i + 5,
                            ));
                        }
                    }
                    if (1..=12).contains(&m) && tok(i + 2).is_some_and(|t| t.text.len() <= 2) {
                        return Some((Reading::Absolute(Period::Month(y, m)), i + 3));
                    }
                }
                // "2017-q1"
                if let Some((p, end)) = self.quarter_code(i + 2, Some(y)) {
                    return Some((Reading::Absolute(p), end));
                }
                // "2019-aug-1", "2019/aug/01"
                if let Some((m, end)) = self.month_name(i + 2) {
                    if sep(end) {
                        if let Some(d) = num(end + 1) {
                            return Some((
                                Reading::Absolute(Period::Day(Date::new(y, m, d)?)),
                                end + 2,
                            ));
                        }
                    }
                }
            }
            // "20161016": a day in ISO 8601's basic form, as file names and records write
            // it (not after "No." or "#": a record's number).
            if t.text.len() == 8 && t.text.bytes().all(|b| b.is_ascii_digit()) {
                let before = |back: usize| if i >= back { lw(i - back) } else { "" };
                let numbered = matches!(before(1), "#" | "number" | "id")
                    || (before(1) == "." && before(2) == "no");
                let glued_on = tok(i + 1).is_some_and(|n| n.glued && n.kind != TokenKind::Punct);
                let part = |r: std::ops::Range<usize>| t.text[r].parse::<u32>().ok();
                let (y, m, d) = (part(0..4)?, part(4..6)?, part(6..8)?);
                // ("20161016 people" is a count.)
                let ends = !glued_on && self.phrase_ends(i + 1);
                if (1900..2100).contains(&y) && !numbered && ends {
                    if let Some(day) = Date::new(y as i32, m, d) {
                        return Some((Reading::Absolute(Period::Day(day)), i + 1));
                    }
                }
            }
            if t.text.len() <= 2 && sep(i + 1) {
                let a: u32 = t.text.parse().ok()?;
                // "12-2015": a month and a year.
                if let Some(y) = tok(i + 2)
                    .filter(|t| t.text.len() == 4)
                    .and_then(|_| num(i + 2))
                {
                    if !sep(i + 3) {
                        if (1..=12).contains(&a) {
                            return Some((Reading::Absolute(Period::Month(y as i32, a)), i + 3));
                        }
                        return None;
                    }
                }
                if let Some(b) = num(i + 2) {
                    let slash = tok(i + 1).is_some_and(|t| t.is('/'));
                    if sep(i + 3) && same_sep(i + 1, i + 3) {
                        if let Some(y) = num(i + 4) {
                            let y = full_year(y);
                            let (m, d) = if a > 12 { (b, a) } else { (a, b) };
                            // "2/29/2019": a day the month does not have, reported as
                            // written (a calendar's shape, not a code's).
                            if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
                                return None;
                            }
                            return Some((day_reading(Some(y), m, d), i + 5));
                        }
                    }
                    // "5/12" alone needs a date context: a preposition or a weekday before.
                    let context = i > 0
                        && (matches!(
                            lw(i - 1),
                            "on" | "since"
                                | "by"
                                | "until"
                                | "from"
                                | "to"
                                | "and"
                                | "-"
                                | "this"
                                | "next"
                                | "last"
                        ) || self.word(i - 1, "weekday").is_some());
                    // "10/1-11/7": two month/day pairs joined by a dash are a range of
                    // days, their own context (a fraction range is written with words).
                    let slash_at = |k: usize| tok(k).is_some_and(|t| t.glued && t.is('/'));
                    let dash_pair = tok(i + 3).is_some_and(|t| t.glued && t.is('-'))
                        && num(i + 4).is_some()
                        && slash_at(i + 5)
                        && num(i + 6).is_some()
                        && lw(i + 7) != "of";
                    if slash && (context || dash_pair) && b <= 31 && (!sep(i + 3) || dash_pair) {
                        let (m, d) = if a > 12 { (b, a) } else { (a, b) };
                        Date::new(2000, m, d)?;
                        return Some((
                            Reading::NoYear {
                                month: m,
                                day: Some(d),
                            },
                            i + 3,
                        ));
                    }
                }
            }
            // "the 1990s", "1990s", "90s"
            if let Some(s) = tok(i + 1) {
                if s.glued && lw(i + 1) == "s" {
                    let n: i32 = t.text.parse().ok()?;
                    if t.text.len() == 4 && n % 10 == 0 {
                        return Some((Reading::Absolute(Period::Decade(n)), i + 2));
                    }
                }
            }
            // "21st century"
            if matches!(lw(i + 2), "century") && tok(i + 1).is_some_and(|s| s.glued) {
                let n: i32 = t.text.parse().ok()?;
                if (1..=22).contains(&n) {
                    return Some((Reading::Absolute(Period::Century((n - 1) * 100)), i + 3));
                }
            }
            if let Some(y) = self.year_number(i) {
                // "2017 q1", "2019 h2", "2017 april"
                if let Some((p, end)) = self.quarter_code(i + 1, Some(y)) {
                    return Some((Reading::Absolute(p), end));
                }
                if let Some((m, end)) = self.month_name(i + 1) {
                    if self.day_number(end).is_none() {
                        return Some((Reading::Absolute(Period::Month(y, m)), end));
                    }
                }
                if self.year_context(i) {
                    return Some((Reading::Absolute(Period::Year(y)), i + 1));
                }
            }
        }
        // "autumn 2026", "the summer of 2024": a season of a stated year.
        if let Some(m) = self.word(i, "season") {
            let k = if lw(i + 1) == "of" { i + 2 } else { i + 1 };
            if let Some(y) = self.year_number(k) {
                return Some((Reading::Absolute(Period::Season(y, m)), k + 1));
            }
            // "the summer of '69"
            if let Some((y, end)) = self.short_year(k, lw(i + 1) == "of") {
                return Some((Reading::Absolute(Period::Season(y, m)), end));
            }
        }
        // "Q3 2024", "H2 2019", "q1-2019", "q1 of 2017"
        if let Some((p, end)) = self.quarter_code(i, None) {
            return Some((Reading::Absolute(p), end));
        }
        // "in Q3", "during H1": of the article's year. A preposition must come before: "Q7"
        // alone may be a car or a question's number.
        if i > 0
            && matches!(
                lw(i - 1),
                "in" | "during" | "for" | "by" | "since" | "until"
            )
        {
            let n = self
                .tokens
                .get(i + 1)
                .filter(|t| t.glued && t.kind == TokenKind::Digits && t.text.len() == 1)
                .and_then(|t| t.text.parse::<u32>().ok());
            let period = match (lw(i), n) {
                ("q", Some(n @ 1..=4)) => Some(Period::Quarter(0, n)),
                ("h", Some(n @ 1..=2)) => Some(Period::Half(0, n)),
                _ => None,
            };
            let next_glued = self
                .tokens
                .get(i + 2)
                .is_some_and(|t| t.glued && t.kind != TokenKind::Punct);
            if let (Some(p), false) = (period, next_glued) {
                return Some((Reading::Relative(p, i32::MIN), i + 2));
            }
        }
        // "the third quarter of 2024", "the first half of 2020", "the 1990s" after "the"
        if lw(i) == "the" {
            if let Some(r) = self.calendar_date(i + 1) {
                if matches!(
                    r.0,
                    Reading::Absolute(
                        Period::Decade(_)
                            | Period::Century(_)
                            | Period::Quarter(..)
                            | Period::Half(..)
                    )
                ) {
                    return Some(r);
                }
            }
            if let Some(r) = self.named_part(i + 1) {
                return Some(r);
            }
            if self.word(i + 1, "season").is_some() {
                if let Some(r @ (Reading::Absolute(Period::Season(..)), _)) =
                    self.calendar_date(i + 1)
                {
                    return Some(r);
                }
            }
        }
        // "year 2008", "the year 2019"
        if lw(i) == "the" && lw(i + 1) == "year" && self.year_number(i + 2).is_some() {
            return self.calendar_date(i + 1);
        }
        // "year 2008", "calendar year 2008"
        let k = if lw(i) == "calendar" { i + 1 } else { i };
        if lw(k) == "year" {
            if let Some(y) = self.year_number(k + 1) {
                return Some((Reading::Absolute(Period::Year(y)), k + 2));
            }
        }
        None
    }

    /// Whether a phrase ends before token `e`: the text ends, punctuation, or a word that
    /// starts a new phrase ("to", "when", "was").
    fn phrase_ends(&self, e: usize) -> bool {
        self.tokens
            .get(e)
            .is_none_or(|t| t.kind == TokenKind::Punct)
            || is_in(WordClass::PhraseStop, self.lw(e))
            || is_in(WordClass::Auxiliary, self.lw(e))
    }

    /// How many digit groups the run of glued `digits-digits/digits` around token `i` has.
    fn digit_groups(&self, i: usize) -> usize {
        let is_sep = |k: usize| {
            self.tokens
                .get(k)
                .is_some_and(|t| t.glued && (t.is('-') || t.is('/')))
        };
        let is_group = |k: usize| {
            self.tokens
                .get(k)
                .is_some_and(|t| t.kind == TokenKind::Digits)
        };
        let mut first = i;
        while first >= 2 && is_sep(first - 1) && is_group(first - 2) && self.tokens[first].glued {
            first -= 2;
        }
        let mut groups = 1;
        let mut k = first;
        while is_sep(k + 1) && is_group(k + 2) && self.tokens[k + 2].glued {
            groups += 1;
            k += 2;
        }
        groups
    }

    /// "third quarter of 2024", "first half of 2020", "third quarter" (this year), "the
    /// first quarter of next year", "next year's first quarter", "2019's second half".
    fn named_part(&self, i: usize) -> Option<(Reading, usize)> {
        let lw = |k: usize| self.lw(k);
        // The year: stated ("2019's", "of 2024"), or a step from the article's ("next
        // year's", "of next year"; `i32::MIN` when none is named).
        let (mut stated, mut step) = (None, i32::MIN);
        let mut i = i;
        // A year before, in the genitive. The tokenizer cuts "2019's" into "2019", "'", "s".
        let genitive = matches!(lw(i + 1), "'" | "’")
            && lw(i + 2) == "s"
            && self.tokens.get(i + 2).is_some_and(|t| t.glued);
        if let (true, Some(y)) = (genitive, self.year_number(i)) {
            (stated, i) = (Some(y), i + 3);
        } else if let (Some(s), "year's" | "year’s") = (year_step(lw(i)), lw(i + 1)) {
            step = s;
            i = if lw(i + 2) == "the" { i + 3 } else { i + 2 };
        }
        let named = stated.is_some() || step != i32::MIN;
        use crate::lexicon::{NumberWord, NUMBER_WORDS};
        // "third quarter", "3rd quarter"; "last" only of a week ("last week" alone is
        // read as the relative week).
        let (n, i) = match NUMBER_WORDS.words.get(lw(i)) {
            Some(NumberWord::Ordinal(n)) => (*n as u32, i),
            _ if matches!(lw(i), "last" | "final") => (5, i),
            _ => {
                let t = self.tokens.get(i)?;
                let suffix = self.tokens.get(i + 1).filter(|s| s.glued)?;
                if t.kind != TokenKind::Digits || !matches!(suffix.text, "st" | "nd" | "rd" | "th")
                {
                    return None;
                }
                (t.text.parse().ok()?, i + 1)
            }
        };
        let (quarter, max) = match lw(i + 1) {
            "quarter" => (true, 4),
            "half" => (false, 2),
            // "first week of March", "last week of July 2024": a week of the month.
            "week" if !named && n <= 5 && lw(i + 2) == "of" => {
                let (month, end) = self.month_name(i + 3)?;
                let (year, end) = self.year_after(end);
                let n = n as u8;
                return Some((Reading::WeekOfMonth { n, month, year }, end));
            }
            _ => return None,
        };
        // "the first half-mile": a compound word, not a period.
        if n > max || self.tokens.get(i + 2).is_some_and(|t| t.glued && t.is('-')) {
            return None;
        }
        let mut end = i + 2;
        // A year after: "3rd quarter 2024", "of 2024", "of next year", "of the year" (the
        // article's).
        let of = matches!(lw(end), "of" | "in");
        if named {
        } else if let Some(y) = self.year_number(end) {
            (stated, end) = (Some(y), end + 1);
        } else if let (true, Some(y)) = (of, self.year_number(end + 1)) {
            (stated, end) = (Some(y), end + 2);
        } else if of && lw(end + 2) == "year" {
            if let Some(s) = year_step(lw(end + 1)).or((lw(end + 1) == "the").then_some(i32::MIN)) {
                (step, end) = (s, end + 3);
            }
        }
        let period = |y| {
            if quarter {
                Period::Quarter(y, n)
            } else {
                Period::Half(y, n)
            }
        };
        Some(match stated {
            Some(y) => (Reading::Absolute(period(y)), end),
            // Placed in the article's year (or `step` from it): the note says so.
            None => (Reading::Relative(period(0), step), end),
        })
    }

    /// "q1"/"Q3" ("H2") at `k`, with the year from before or after.
    fn quarter_code(&self, k: usize, year: Option<i32>) -> Option<(Period, usize)> {
        // The tokenizer cuts "Q3" into "q" and a glued "3".
        let kind = self.lw(k);
        let digit = self
            .tokens
            .get(k + 1)
            .filter(|t| t.glued && t.kind == TokenKind::Digits)?;
        let n: u32 = digit.text.parse().ok()?;
        let k = k + 1;
        let period = |y| match kind {
            "q" if (1..=4).contains(&n) => Some(Period::Quarter(y, n)),
            _ if !matches!(kind, "q" | "h") => None,
            "h" if (1..=2).contains(&n) => Some(Period::Half(y, n)),
            _ => None,
        };
        match year {
            Some(y) => Some((period(y)?, k + 1)),
            None => {
                // "q1-2019": the hyphen joins a code, not a chain of digit groups (which
                // `year_number` refuses), so the year is read here.
                if self.lw(k + 1) == "-" {
                    let t = self
                        .tokens
                        .get(k + 2)
                        .filter(|t| t.glued && t.kind == TokenKind::Digits && t.text.len() == 4)?;
                    let chained = self.tokens.get(k + 3).is_some_and(|n| n.glued);
                    let y: i32 = t.text.parse().ok().filter(|_| !chained)?;
                    return Some((period(y)?, k + 3));
                }
                let mut e = k + 1;
                if self.lw(e) == "of" {
                    e += 1;
                }
                let y = self.year_number(e)?;
                Some((period(y)?, e + 1))
            }
        }
    }

    /// Whether a bare four-digit number at `i` reads as a year: a preposition or a date word
    /// before it, or a year range after it.
    fn year_context(&self, i: usize) -> bool {
        let before = if i > 0 { self.lw(i - 1) } else { "" };
        let year_words = [
            "in",
            "since",
            "by",
            "until",
            "till",
            "before",
            "after",
            "from",
            "of",
            "during",
            "early",
            "mid",
            "late",
            "between",
            "year",
            "around",
            "than",
            "for",
            "last",
            "summer",
            "winter",
            "spring",
            "autumn",
            "fall",
            "starting",
            "beginning",
            "circa",
            "election",
            "census",
        ];
        // "the 2016 election", "the 2022 invasion": a year naming an event.
        const EVENT_NOUNS: &[&str] = &[
            "election",
            "elections",
            "campaign",
            "season",
            "census",
            "budget",
            "olympics",
            "games",
            "world",
            "cup",
            "race",
            "primary",
            "primaries",
            "midterm",
            "midterms",
            "vote",
            "referendum",
            "summit",
            "invasion",
            "war",
            "crisis",
            "attack",
            "attacks",
            "pandemic",
            "outbreak",
            "floods",
            "earthquake",
            "agreement",
            "deal",
            "accord",
            "report",
            "survey",
            "study",
            "law",
            "act",
            "constitution",
            "revolution",
            "coup",
            "uprising",
            "protests",
            "riots",
            "final",
            "championship",
            "tournament",
            "crash",
            "recession",
            "fiscal",
            "financial",
            "academic",
            "school",
            "tax",
            "general",
            "presidential",
            "parliamentary",
            "federal",
            "state",
            "local",
            "municipal",
        ];
        // Joiners make a year only as the second end of a range ("2014 to 2018", "between
        // 2014 and 2018"): "and 2016 voters" is a count.
        let joiner = matches!(before, "to" | "and" | "through" | "-" | "–" | "~");
        // A year listed after one read as a year: "in 2007 and 2009", "in 2019, 2020 or 2021".
        let listed = matches!(before, "and" | "or" | ",")
            && i >= 2
            && self.year_number(i - 2).is_some()
            && self.year_context(i - 2);
        year_words.contains(&before)
            || listed
            || (joiner && self.in_range.get())
            || (matches!(
                before,
                "the" | "a" | "his" | "her" | "their" | "its" | "'s" | "’s"
            ) && EVENT_NOUNS.contains(&self.lw(i + 1)))
            || matches!(self.lw(i + 1), "-" | "–" | "to" | "~" | "through")
                && self.year_number(i + 2).is_some()
            || i == 0 && self.tokens.get(1).is_some_and(|t| t.is(','))
    }

    /// Relative expressions: "yesterday", "last week", "next July", "two weeks ago",
    /// "this quarter", "in the next few weeks", "earlier this year".
    fn relative(&self, i: usize) -> Option<(Reading, usize)> {
        let lw = |k: usize| self.lw(k);
        match lw(i) {
            "today" | "tonight" => return Some((Reading::Relative(Period::Day(EPOCH), 0), i + 1)),
            "yesterday" => return Some((Reading::Relative(Period::Day(EPOCH), -1), i + 1)),
            "tomorrow" => return Some((Reading::Relative(Period::Day(EPOCH), 1), i + 1)),
            _ => {}
        }
        // "earlier this year", "later this month", "earlier in the week", "end of the year"
        if matches!(lw(i), "earlier" | "later") {
            let k = match (lw(i + 1), lw(i + 2)) {
                ("this", _) => i + 2,
                ("in", "the") => i + 3,
                _ => return None,
            };
            let period = self.calendar_unit(k)?;
            let later = lw(i) == "later";
            return Some((Reading::Rest { period, later }, k + 1));
        }
        // "this/last/next/past/coming/previous/following" + unit, month, weekday, season.
        // Steps: 0 this, ±1 the calendar period before/after this one ("last week", "next
        // Friday" = Friday of next week), ±2 the nearest one before/after the article date
        // ("this past Wednesday", "the coming Thursday").
        if let Some(step) = step_word(lw(i)) {
            let mut k = i + 1;
            // "this past wednesday", "this upcoming friday"
            let step = match lw(k) {
                "past" if step == 0 => {
                    k += 1;
                    -2
                }
                "upcoming" | "coming" if step == 0 => {
                    k += 1;
                    2
                }
                _ => step,
            };
            if let Some(weekday) = self.word(k, "weekday") {
                return Some((Reading::WeekDay { step, weekday }, k + 1));
            }
            // "the past week", "over the past year": the span up to the article date, not the
            // calendar period before ("last week", "last year").
            if step == -2 {
                let span = match self.lw(k) {
                    "week" => Some((Unit::Week, 1)),
                    "fortnight" => Some((Unit::Week, 2)),
                    "month" => Some((Unit::Month, 1)),
                    "year" => Some((Unit::Year, 1)),
                    "decade" => Some((Unit::Year, 10)),
                    _ => None,
                };
                if let Some((unit, n)) = span {
                    return Some((Reading::Span(unit, -n, false), k + 1));
                }
            }
            let step = step.signum();
            // "last fortnight", "next fortnight": the two weeks up to or after the article
            // date (a fortnight is no calendar period).
            if lw(k) == "fortnight" && step != 0 {
                return Some((Reading::Span(Unit::Week, 2 * step, false), k + 1));
            }
            // "this working week", "next work week", "last workweek"
            match (lw(k), lw(k + 1)) {
                ("workweek", _) => return Some((Reading::WorkWeek(step), k + 1)),
                ("working" | "work", "week") => return Some((Reading::WorkWeek(step), k + 2)),
                _ => {}
            }
            // "this calendar year", "last calendar year": the year, as against a fiscal one.
            if lw(k) == "calendar" && lw(k + 1) == "year" {
                k += 1;
            }
            if let Some(unit) = self.calendar_unit(k) {
                // "last week" but not "last weeks" (a span: below).
                return Some((Reading::Relative(unit, step), k + 1));
            }
            let modal_may = self.lw(k) == "may" && !self.tokens[k].text.starts_with('M');
            if let Some(m) = self.word(k, "month").filter(|_| !modal_may) {
                // "last July": the last July before this month; "next July" the next one;
                // "this July": this year's.
                return Some((Reading::Relative(Period::Month(0, m), step), k + 1));
            }
            if let Some(s) = self.word(k, "season") {
                return Some((Reading::Relative(Period::Season(0, s), step), k + 1));
            }
            // "the next few weeks", "the past five years", "next 3 days", "last 10 months"
            if step != 0 {
                let (n, after) = self.count(k)?;
                let vague = matches!(lw(k), "few" | "several");
                if matches!(lw(after), "quarter" | "quarters") && !vague {
                    let n = if step > 0 { n } else { -n };
                    return Some((Reading::Quarters(n), after + 1));
                }
                let (unit, times) = self.unit_word(after)?;
                let few = n == FEW;
                let n = n * times;
                return Some((
                    Reading::Span(unit, if step > 0 { n } else { -n }, few),
                    after + 1,
                ));
            }
            return None;
        }
        // "the next few weeks", "the coming months" (a span from the article date)
        // "the coming months": a span of a few.
        if lw(i) == "the" && matches!(lw(i + 1), "coming" | "next" | "past") {
            if let Some((unit, times)) = self.unit_word(i + 2) {
                let sign = if lw(i + 1) == "past" { -1 } else { 1 };
                if lw(i + 2).ends_with('s') {
                    return Some((Reading::Span(unit, sign * FEW * times, true), i + 3));
                }
            }
            return None;
        }
        // "two weeks ago", "10 days ago", "a year ago"; "2 weeks and 2 days ago", "a year and
        // a half ago", "two and a half years ago"
        if let Some((n, after)) = self.count(i) {
            let unit = self.unit_word(after);
            if let (Some((unit, times)), "ago") = (unit, lw(after + 1)) {
                return Some((Reading::Offset(unit, -n * times), after + 2));
            }
            if unit.is_some() || lw(after) == "and" {
                if let Some((months, days, end)) = self.compound_length(i) {
                    if lw(end) == "ago" {
                        return Some((Reading::Elapsed(-months, -days), end + 1));
                    }
                }
            }
        }
        // "in two weeks": a date only when the clause looks ahead; "the biggest decision
        // made in fifty years" is a duration.
        if lw(i) == "in" {
            if let Some((months, days, after)) = self.compound_length(i + 1) {
                return self
                    .future_at(i)
                    .then_some((Reading::Elapsed(months, days), after));
            }
            let (n, after) = self.count(i + 1)?;
            let (unit, times) = self.unit_word(after)?;
            if !self.future_at(i) {
                return None;
            }
            return Some((Reading::Offset(unit, n * times), after + 1));
        }
        // "within 9 months", "within the next few weeks": from the article date on.
        if lw(i) == "within" {
            let k = match (lw(i + 1), lw(i + 2)) {
                ("the", "next" | "coming") => i + 3,
                ("next", _) => i + 2,
                _ => i + 1,
            };
            let (n, after) = self.count(k)?;
            let (unit, times) = self.unit_word(after)?;
            let few = self.vague_count(k);
            return Some((Reading::Within(unit, n * times, few), after + 1));
        }
        None
    }

    /// "week", "month", "year", "quarter", "weekend" at `k` as a calendar period kind.
    fn calendar_unit(&self, k: usize) -> Option<Period> {
        Some(match self.lw(k) {
            "week" => Period::Week(EPOCH),
            "month" => Period::Month(0, 0),
            "year" => Period::Year(0),
            "quarter" => Period::Quarter(0, 0),
            "decade" => Period::Decade(0),
            _ => return None,
        })
    }

    /// A length of time of several parts at `k`: "2 weeks and 2 days", "a year and a half",
    /// "two and a half years", "2 years 1 month": (months, days, end). `None` for a length
    /// of one part ("two weeks"), which the callers read as a number of one unit, and for
    /// half a week or a day, which no whole number of days is.
    fn compound_length(&self, k: usize) -> Option<(i32, i32, usize)> {
        let lw = |k: usize| self.lw(k);
        let half_at = |k: usize| matches!(lw(k), "a" | "one") && lw(k + 1) == "half";
        let (mut months, mut days, mut parts, mut halves) = (0, 0, 0, 0);
        let (mut k, mut end) = (k, k);
        let mut last_unit = None;
        while let Some((mut n, mut after)) = self.count(k) {
            // "two and a half years"
            let mut half = false;
            if lw(after) == "and" && half_at(after + 1) {
                half = true;
                after += 3;
            }
            let Some((unit, times)) = self.unit_word(after) else {
                break;
            };
            // Units must get smaller: "2 weeks and 2 days", not "2 days and 2 weeks".
            if last_unit.is_some_and(|u: Unit| u as u8 <= unit as u8) || self.vague_count(k) {
                break;
            }
            n *= times;
            after += 1;
            // "a year and a half"
            if !half && lw(after) == "and" && half_at(after + 1) {
                half = true;
                after += 3;
            }
            match (unit, half) {
                (Unit::Year, _) => months += 12 * n + if half { 6 } else { 0 },
                (Unit::Month, _) => {
                    months += n;
                    days += if half { 15 } else { 0 };
                }
                (_, true) => return None,
                (Unit::Week, false) => days += 7 * n,
                (Unit::Day, false) => days += n,
            }
            halves += i32::from(half);
            parts += 1;
            last_unit = Some(unit);
            (k, end) = (after, after);
            // Parts joined by "and" or by nothing ("2 years 1 month"); not by a comma ("in
            // a year, a month later").
            if lw(k) == "and" && self.count(k + 1).is_some() {
                k += 1;
            } else if self.count(k).is_none() {
                break;
            }
        }
        (parts + halves >= 2).then_some((months, days, end))
    }

    /// A unit of time at `k`, and how many of it one of the word is: a fortnight is two
    /// weeks.
    fn unit_word(&self, k: usize) -> Option<(Unit, i32)> {
        Some(match self.lw(k) {
            "day" | "days" => (Unit::Day, 1),
            "week" | "weeks" => (Unit::Week, 1),
            "fortnight" | "fortnights" => (Unit::Week, 2),
            "month" | "months" => (Unit::Month, 1),
            "year" | "years" => (Unit::Year, 1),
            "decade" | "decades" => (Unit::Year, 10),
            _ => return None,
        })
    }

    /// Whether the count at `k` is a vague one, "few" or "several" (read as [`FEW`]).
    fn vague_count(&self, k: usize) -> bool {
        matches!(self.lw(k), "few" | "several") || self.lw(k) == "a" && self.lw(k + 1) == "few"
    }

    /// A small count at `k`: "two", "10", "a", "few" (read as three), "couple".
    fn count(&self, k: usize) -> Option<(i32, usize)> {
        use crate::lexicon::{NumberWord, NUMBER_WORDS};
        let t = self.tokens.get(k)?;
        if t.kind == TokenKind::Digits {
            let n: i32 = t.text.parse().ok()?;
            return (n < 1000).then_some((n, k + 1));
        }
        match self.lw(k) {
            // "a few weeks", "a couple of days"
            "a" if matches!(self.lw(k + 1), "few" | "couple") => return self.count(k + 1),
            "a" | "an" | "one" => return Some((1, k + 1)),
            "few" | "several" => return Some((FEW, k + 1)),
            "couple" => {
                let end = if self.lw(k + 1) == "of" { k + 2 } else { k + 1 };
                return Some((2, end));
            }
            _ => {}
        }
        match NUMBER_WORDS.words.get(self.lw(k)) {
            Some(NumberWord::Unit(u)) => Some((*u as i32, k + 1)),
            Some(NumberWord::Ten(t)) => Some((*t as i32, k + 1)),
            _ => None,
        }
    }

    /// Resolves a reading at tokens `first..last` against the article date.
    fn resolve(&self, first: usize, last: usize, reading: Reading) -> Found {
        let reference = self.reference;
        let future = self.future_at(first);
        let unknown =
            "relative to the article date, which is not known: give the article date to resolve it";
        let mut found = Found {
            first,
            last,
            granularity: Granularity::Day,
            written: String::new(),
            from: None,
            to: None,
            range: false,
            relative: true,
            note: None,
        };
        let set = |found: &mut Found, p: Period| {
            found.granularity = p.granularity();
            found.written = p.timex();
            found.from = Some(p.first());
            found.to = Some(p.last());
        };
        match reading {
            Reading::Absolute(p) => {
                set(&mut found, p);
                found.relative = false;
            }
            Reading::WorkWeek(step) => {
                let week = Reading::Relative(Period::Week(EPOCH), step);
                let mut found = self.resolve(first, last, week);
                found.to = found.from.map(|monday| monday.add_days(4));
                return found;
            }
            Reading::Present => {
                found.written = "PRESENT_REF".into();
                match reference {
                    None => found.note = Some(unknown.into()),
                    Some(r) => {
                        found.from = Some(r);
                        found.to = Some(r);
                    }
                }
            }
            Reading::DecadeOnly(tens) => {
                let start = if tens == 0 { 2000 } else { 1900 + 10 * tens };
                set(&mut found, Period::Decade(start));
                found.relative = false;
                found.note = Some(format!("the century is not stated: taken as the {start}s"));
            }
            Reading::NoSuchDay { year, month, day } => {
                found.relative = false;
                let name = MONTH_NAMES[month as usize - 1];
                let days = match year {
                    Some(y) => format!("{name} {y} has {}", days_in_month(y, month)),
                    None if month == 2 => format!("{name} has at most 29"),
                    None => format!("{name} has {}", days_in_month(2000, month)),
                };
                found.written = match year {
                    Some(y) => format!("{y:04}-{month:02}-{day:02}"),
                    None => format!("XXXX-{month:02}-{day:02}"),
                };
                found.note = Some(format!("no such date: {days} days"));
            }
            Reading::NoYear { month, day } => {
                found.granularity = if day.is_some() {
                    Granularity::Day
                } else {
                    Granularity::Month
                };
                found.written = year_less(month, day);
                match reference {
                    None => {
                        found.note =
                            Some("the year is not stated and the article date is not known".into())
                    }
                    Some(r) => {
                        // The nearest year, on the side the sentence speaks of, that has
                        // the day: February 29 is in a leap year.
                        let step = if future { 1 } else { -1 };
                        let p = (0..8).find_map(|k| {
                            day_or_month(r.year + step * k, month, day).filter(|p| {
                                if future {
                                    p.last() >= r
                                } else {
                                    p.first() <= r
                                }
                            })
                        });
                        if let Some(p) = p {
                            let (f, t) = (found.written.clone(), found.granularity);
                            set(&mut found, p);
                            found.written = f;
                            found.granularity = t;
                            found.note = Some(year_placed(p.first().year, future));
                        }
                    }
                }
            }
            Reading::DayOnly(day) => {
                found.written = format!("XXXX-XX-{day:02}");
                match reference.and_then(|r| Date::new(r.year, r.month, day)) {
                    Some(d) => {
                        found.from = Some(d);
                        found.to = Some(d);
                        found.note =
                            Some("the month is not stated: taken as the article's month".into());
                    }
                    None => {
                        found.note =
                            Some("the month is not stated and the article date is not known".into())
                    }
                }
            }
            Reading::Weekday(w) => {
                found.written = format!("XXXX-WXX-{w}");
                match reference {
                    None => found.note = Some(unknown.into()),
                    Some(r) => {
                        let delta = i64::from(w) - i64::from(r.weekday());
                        let d = if future {
                            r.add_days(if delta <= 0 { delta + 7 } else { delta })
                        } else {
                            r.add_days(if delta > 0 { delta - 7 } else { delta })
                        };
                        found.from = Some(d);
                        found.to = Some(d);
                        found.note = Some(format!(
                            "a weekday without a date: taken as the {} {} the article date",
                            if future { "next" } else { "last" },
                            if future { "after" } else { "up to" }
                        ));
                    }
                }
            }
            Reading::Relative(kind, step) => {
                let Some(r) = reference else {
                    found.granularity = match kind {
                        Period::Month(0, m) if m > 0 => Granularity::Month,
                        p => p.granularity(),
                    };
                    found.written = relative_label(kind, step);
                    found.note = Some(unknown.into());
                    return found;
                };
                let current = match kind {
                    Period::Day(_) => Period::Day(r),
                    Period::Week(_) => Period::Week(r.add_days(1 - i64::from(r.weekday()))),
                    Period::Month(0, 0) => Period::Month(r.year, r.month),
                    Period::Month(_, m) => {
                        set(&mut found, Period::Month(named_year(r, m, m, step), m));
                        return found;
                    }
                    Period::Season(_, m) => {
                        set(&mut found, Period::Season(named_year(r, m, m + 2, step), m));
                        return found;
                    }
                    // A named quarter or half: of the article's year when no year is
                    // stated, or of the year `step` from it ("of next year").
                    // A named quarter or half: of the year `step` from the article's
                    // ("of next year"); when no year is stated, the article's year, or the
                    // one before (after) if the tense puts it in the past (future): "sales
                    // fell in Q4" in September is last year's.
                    Period::Quarter(0, n) | Period::Half(0, n) if n > 0 => {
                        let period = |year| match kind {
                            Period::Quarter(..) => Period::Quarter(year, n),
                            _ => Period::Half(year, n),
                        };
                        let mut p = period(r.year + if step == i32::MIN { 0 } else { step });
                        if step == i32::MIN {
                            if !future && p.first() > r {
                                p = period(r.year - 1);
                            } else if future && p.last() < r {
                                p = period(r.year + 1);
                            }
                            found.note = Some(if p.first().year == r.year {
                                "the year is not stated: taken as the article's year".into()
                            } else {
                                year_placed(p.first().year, future)
                            });
                        }
                        set(&mut found, p);
                        return found;
                    }
                    Period::Quarter(..) => Period::Quarter(r.year, (r.month - 1) / 3 + 1),
                    Period::Half(..) => Period::Half(r.year, (r.month - 1) / 6 + 1),
                    Period::Year(_) => Period::Year(r.year),
                    Period::Decade(_) => Period::Decade(r.year - r.year % 10),
                    Period::Century(_) => Period::Century(r.year - r.year % 100),
                };
                let step = if step == i32::MIN { 0 } else { step };
                set(&mut found, current.shift(step));
            }
            Reading::Part { part, month, year } => {
                let inner = match (month, year) {
                    (0, Some(y)) => Reading::Absolute(Period::Year(y)),
                    (m, Some(y)) => Reading::Absolute(Period::Month(y, m)),
                    (m, None) => Reading::NoYear {
                        month: m,
                        day: None,
                    },
                };
                let mut f = self.resolve(first, last, inner);
                if let (Some(a), Some(b)) = (f.from, f.to) {
                    // Thirds: days 1-10, 10-20 (the middle of a month centred on its
                    // 15th), 21-end of a month; January-April, May-August,
                    // September-December of a year.
                    let (from, to) = if month == 0 {
                        let m0 = 1 + 4 * u32::from(part);
                        let start = Date {
                            year: a.year,
                            month: m0,
                            day: 1,
                        };
                        (start, start.add_months(4).add_days(-1))
                    } else {
                        let start = match part {
                            1 => a.add_days(9),
                            _ => a.add_days(10 * i64::from(part)),
                        };
                        let end = match part {
                            0 => a.add_days(9),
                            1 => a.add_days(19),
                            _ => b,
                        };
                        (start, end)
                    };
                    f.from = Some(from);
                    f.to = Some(to);
                }
                let word = ["early", "middle", "late"][usize::from(part)];
                let note = if month != 0 && part == 1 {
                    "the middle of the month, taken as its 10th to 20th days".to_owned()
                } else {
                    format!(
                        "the {word} part of the period, taken as its {} third",
                        ["first", "second", "last"][usize::from(part)]
                    )
                };
                f.note = Some(match f.note {
                    Some(n) => format!("{n}; {note}"),
                    None => note,
                });
                return f;
            }
            Reading::WeekOfMonth { n, month, year } => {
                let inner = match year {
                    Some(y) => Reading::Absolute(Period::Month(y, month)),
                    None => Reading::NoYear { month, day: None },
                };
                let mut f = self.resolve(first, last, inner);
                if let (Some(a), Some(b)) = (f.from, f.to) {
                    let (from, to) = match n {
                        5 => (b.add_days(-6), b),
                        _ => {
                            let start = a.add_days(7 * i64::from(n - 1));
                            (start, start.add_days(6))
                        }
                    };
                    f.from = Some(from);
                    f.to = Some(to);
                }
                f.granularity = Granularity::Week;
                let note = [
                    "a week of the month, taken as its days 1 to 7",
                    "a week of the month, taken as its days 8 to 14",
                    "a week of the month, taken as its days 15 to 21",
                    "a week of the month, taken as its days 22 to 28",
                    "a week of the month, taken as its last seven days",
                ][usize::from(n - 1)];
                f.note = Some(match f.note {
                    Some(earlier) => format!("{earlier}; {note}"),
                    None => note.into(),
                });
                return f;
            }
            Reading::WeekDay { step, weekday } => {
                found.written = format!("{step:+}W-{weekday}");
                let Some(r) = reference else {
                    found.note = Some(unknown.into());
                    return found;
                };
                let monday = r.add_days(1 - i64::from(r.weekday()));
                let this = monday.add_days(i64::from(weekday) - 1);
                let day = match step {
                    // "this past Wednesday": the nearest one before the article date.
                    -2 if this < r => this,
                    -2 => this.add_days(-7),
                    // "the coming Thursday": the nearest one after it.
                    2 if this > r => this,
                    2 => this.add_days(7),
                    _ => this.add_days(7 * i64::from(step)),
                };
                set(&mut found, Period::Day(day));
            }
            Reading::WeekdayDay { weekday, day } => {
                found.written = format!("XXXX-XX-{day:02}");
                let Some(r) = reference else {
                    found.note = Some(unknown.into());
                    return found;
                };
                // The article's month if the day is that weekday there; else the nearest
                // month, back (or ahead in a future clause), where it is.
                let direction = if future { 1 } else { -1 };
                let found_day = (0..28).find_map(|k| {
                    let (y, m) = shift_month(r.year, r.month, direction * k);
                    Date::new(y, m, day).filter(|d| d.weekday() == weekday)
                });
                match found_day {
                    Some(d) => {
                        set(&mut found, Period::Day(d));
                        found.note = Some(
                            "the month is not stated: taken as the nearest one where the day falls on that weekday"
                                .into(),
                        );
                    }
                    None => found.note = Some("no month has that day on that weekday".into()),
                }
            }
            Reading::DayOfMonth { day, step } => {
                found.written = format!("{step:+}M-{day:02}");
                let Some(r) = reference else {
                    found.note = Some(unknown.into());
                    return found;
                };
                let (y, m) = shift_month(r.year, r.month, step);
                match Date::new(y, m, day) {
                    Some(d) => set(&mut found, Period::Day(d)),
                    None => found.note = Some("that month has no such day".into()),
                }
            }
            Reading::Rest { period, later } => {
                let mut f = self.resolve(first, last, Reading::Relative(period, 0));
                if let Some(r) = reference {
                    if later {
                        f.from = Some(r);
                    } else {
                        f.to = Some(r);
                    }
                    f.range = true;
                }
                return f;
            }
            Reading::Offset(unit, n) => {
                let Some(r) = reference else {
                    found.written = format!("{n:+}{}", unit_letter(unit));
                    found.note = Some(unknown.into());
                    return found;
                };
                set(&mut found, Period::Day(unit.shift(r, n)));
            }
            Reading::Elapsed(months, days) => {
                let Some(r) = reference else {
                    let sign = if months < 0 || days < 0 { '-' } else { '+' };
                    found.written = format!("{sign}P{}M{}D", months.abs(), days.abs());
                    found.note = Some(unknown.into());
                    return found;
                };
                set(
                    &mut found,
                    Period::Day(r.add_months(months).add_days(i64::from(days))),
                );
            }
            Reading::Quarters(n) => {
                found.range = true;
                found.granularity = Granularity::Quarter;
                let Some(r) = reference else {
                    found.written = format!("P{}M", 3 * n.abs());
                    found.note = Some(unknown.into());
                    return found;
                };
                let current = Period::Quarter(r.year, r.month.div_ceil(3)).first();
                // The first day of the span, and the day after its last.
                let (from, end) = if n > 0 {
                    (current.add_months(3), current.add_months(3 + 3 * n))
                } else {
                    (current.add_months(3 * n), current)
                };
                found.from = Some(from);
                found.to = Some(end.add_days(-1));
                found.written = format!("({from},{end},P{}M)", 3 * n.abs());
            }
            Reading::YearPart {
                year,
                step,
                unit,
                skip,
                n,
                from_end,
            } => {
                let letter = unit_letter(unit);
                let Some(y) = year.or(reference.map(|r| r.year + step)) else {
                    found.written = format!("P{n}{letter}");
                    found.note = Some(unknown.into());
                    return found;
                };
                found.relative = year.is_none();
                let (jan1, next_jan1) = (Date::new(y, 1, 1), Date::new(y + 1, 1, 1));
                let (Some(jan1), Some(next_jan1)) = (jan1, next_jan1) else {
                    return found;
                };
                // The days the units are counted in: whole weeks run from the first Monday
                // of the year to its last Sunday.
                let (start, end) = match unit {
                    Unit::Week => (
                        jan1.add_days(i64::from((8 - jan1.weekday()) % 7)),
                        next_jan1.add_days(-i64::from((next_jan1.weekday() + 6) % 7)),
                    ),
                    _ => (jan1, next_jan1),
                };
                let from = match from_end {
                    true => unit.shift(end, -n),
                    false => unit.shift(start, skip),
                };
                let to = unit.shift(from, n);
                if n == 1 && unit != Unit::Week {
                    let one = match unit {
                        Unit::Day => Period::Day(from),
                        _ => Period::Month(from.year, from.month),
                    };
                    set(&mut found, one);
                } else {
                    found.range = true;
                    found.granularity = unit.granularity();
                    found.from = Some(from);
                    found.to = Some(to.add_days(-1));
                    found.written = format!("({from},{to},P{n}{letter})");
                }
            }
            Reading::Span(unit, n, few) | Reading::Within(unit, n, few) => {
                if few {
                    found.note = Some("\"few\" read as three".into());
                }
                found.range = true;
                found.granularity = unit.granularity();
                let Some(r) = reference else {
                    found.written = format!("P{}{}", n.abs(), unit_letter(unit));
                    found.note = Some(unknown.into());
                    return found;
                };
                let (from, to) = if let Reading::Within(..) = reading {
                    (r, unit.shift(r, n))
                } else if n > 0 {
                    (r.add_days(1), unit.shift(r, n))
                } else {
                    (unit.shift(r, n), r)
                };
                found.from = Some(from);
                found.to = Some(to);
                found.written = format!("({from},{to},P{}{})", n.abs(), unit_letter(unit));
            }
        }
        found
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn read(text: &str, reference: &str) -> Vec<(String, String, Option<String>, Option<String>)> {
        let tokens = tokenize(text);
        let lower: Vec<String> = tokens.iter().map(Token::lower).collect();
        let mut taken = vec![false; tokens.len()];
        recognise(&tokens, &lower, Date::parse(reference), &mut taken)
            .into_iter()
            .map(|f| {
                let span = text[tokens[f.first].start..tokens[f.last - 1].end].to_owned();
                (
                    span,
                    f.written,
                    f.from.map(|d| d.to_string()),
                    f.to.map(|d| d.to_string()),
                )
            })
            .collect()
    }

    #[test]
    fn date_arithmetic() {
        let d = Date::new(2024, 11, 8).expect("a date");
        assert_eq!(d.weekday(), 5);
        assert_eq!(d.add_days(30).to_string(), "2024-12-08");
        assert_eq!(
            Date::new(2024, 1, 31)
                .expect("a date")
                .add_months(1)
                .to_string(),
            "2024-02-29"
        );
        assert_eq!(iso_week(d), (2024, 45));
        assert!(Date::new(2023, 2, 29).is_none());
    }

    #[test]
    fn absolute_dates_keep_their_granularity() {
        let t = read(
            "On November 8, 2024 and in February 2022, and in the 1990s.",
            "",
        );
        assert_eq!(t[0].1, "2024-11-08");
        assert_eq!(
            t[1],
            (
                "February 2022".into(),
                "2022-02".into(),
                Some("2022-02-01".into()),
                Some("2022-02-28".into())
            )
        );
        assert_eq!(t[2].1, "199X");
    }

    #[test]
    fn relative_dates_need_the_article_date() {
        let t = read("He left yesterday and returns next month.", "2024-11-08");
        assert_eq!(t[0].2.as_deref(), Some("2024-11-07"));
        assert_eq!(t[1].1, "2024-12");
        let t = read("He left yesterday.", "");
        assert_eq!(t[0].2, None);
    }

    #[test]
    fn last_july_and_weekdays() {
        let t = read("It began last July and ended on Thursday.", "2024-11-08");
        assert_eq!(t[0].1, "2024-07");
        assert_eq!(t[1].2.as_deref(), Some("2024-11-07"));
        let t = read("The vote will be on Thursday.", "2024-11-08");
        assert_eq!(t[0].2.as_deref(), Some("2024-11-14"));
    }

    #[test]
    fn modal_may_is_not_a_month() {
        assert!(read("Prices may rise, she said.", "2024-11-08").is_empty());
    }
}
