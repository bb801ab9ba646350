//! Resolution: a reading of the text becomes a time expression with its first and last day,
//! against the article date when it is relative, with a note for every assumption. One
//! function for each kind of reading.

use crate::date::{days_in_month, shift_month, Date};
use crate::report::Granularity;

use super::period::{Period, Unit};
use super::{
    day_or_month, named_year, relative_label, unit_letter, year_less, year_placed, Found, Reader,
    Reading, YearPart, EPOCH, MONTH_NAMES,
};

/// The note of a relative date that cannot be resolved.
const UNKNOWN: &str =
    "relative to the article date, which is not known: give the article date to resolve it";

/// Sets `found` to the whole of `period`: its granularity, TIMEX value and days.
fn fill(found: &mut Found, period: Period) {
    found.granularity = period.granularity();
    found.written = period.timex();
    found.from = Some(period.first());
    found.to = Some(period.last());
}

impl Reader<'_, '_> {
    /// Resolves a reading at tokens `first..last` against the article date.
    pub(super) fn resolve(&self, first: usize, last: usize, reading: Reading) -> Found {
        let found = Found {
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
        match reading {
            Reading::Absolute(p) => self.resolve_absolute(found, p),
            Reading::WorkWeek(step) => self.resolve_work_week(first, last, step),
            Reading::Present => self.resolve_present(found),
            Reading::DecadeOnly(tens) => self.resolve_decade_only(found, tens),
            Reading::NoSuchDay { year, month, day } => {
                self.resolve_no_such_day(found, year, month, day)
            }
            Reading::NoYear { month, day } => self.resolve_no_year(found, month, day),
            Reading::DayOnly(day) => self.resolve_day_only(found, day),
            Reading::Weekday(w) => self.resolve_bare_weekday(found, w),
            Reading::Relative(kind, step) => self.resolve_relative_period(found, kind, step),
            Reading::Part { part, month, year } => {
                self.resolve_period_part(first, last, part, month, year)
            }
            Reading::WeekOfMonth { n, month, year } => {
                self.resolve_week_of_month(first, last, n, month, year)
            }
            Reading::WeekDay { step, weekday } => {
                self.resolve_weekday_of_week(found, step, weekday)
            }
            Reading::WeekdayDay { weekday, day } => {
                self.resolve_weekday_and_day(found, weekday, day)
            }
            Reading::DayOfMonth { day, step } => self.resolve_day_of_month(found, day, step),
            Reading::Rest { period, later } => {
                self.resolve_rest_of_period(first, last, period, later)
            }
            Reading::Offset(unit, n) => self.resolve_offset(found, unit, n),
            Reading::Elapsed(months, days) => self.resolve_elapsed(found, months, days),
            Reading::Quarters(n) => self.resolve_quarters(found, n),
            Reading::YearPart(part) => self.resolve_part_of_year(found, part),
            Reading::Span(unit, n, few) => self.resolve_span(found, unit, n, few),
            Reading::Within(unit, n, few) => self.resolve_within(found, unit, n, few),
        }
    }

    /// A date stated in full.
    fn resolve_absolute(&self, mut found: Found, p: Period) -> Found {
        fill(&mut found, p);
        found.relative = false;
        found
    }

    /// A working week, Monday to Friday, `step` weeks from the article date's.
    fn resolve_work_week(&self, first: usize, last: usize, step: i32) -> Found {
        let week = Reading::Relative(Period::Week(EPOCH), step);
        let mut found = self.resolve(first, last, week);
        found.to = found.from.map(|monday| monday.add_days(4));
        found
    }

    /// "Now", "currently": the article date.
    fn resolve_present(&self, mut found: Found) -> Found {
        found.written = "PRESENT_REF".into();
        match self.reference {
            None => found.note = Some(UNKNOWN.into()),
            Some(r) => {
                found.from = Some(r);
                found.to = Some(r);
            }
        }
        found
    }

    /// A decade without its century ("the nineties"): the 1900s, the noughties the 2000s.
    fn resolve_decade_only(&self, mut found: Found, tens: i32) -> Found {
        let start = if tens == 0 { 2000 } else { 1900 + 10 * tens };
        fill(&mut found, Period::Decade(start));
        found.relative = false;
        found.note = Some(format!("the century is not stated: taken as the {start}s"));
        found
    }

    /// A day its month does not have ("February 30, 2021"): as written, unresolved.
    fn resolve_no_such_day(
        &self,
        mut found: Found,
        year: Option<i32>,
        month: u32,
        day: u32,
    ) -> Found {
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
        found
    }

    /// A day or month without its year: the nearest one before the article date, or after it when the clause speaks of the future.
    fn resolve_no_year(&self, mut found: Found, month: u32, day: Option<u32>) -> Found {
        let future = self.future_at(found.first);
        found.granularity = if day.is_some() {
            Granularity::Day
        } else {
            Granularity::Month
        };
        found.written = year_less(month, day);
        match self.reference {
            None => {
                found.note = Some("the year is not stated and the article date is not known".into())
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
                    fill(&mut found, p);
                    found.written = f;
                    found.granularity = t;
                    found.note = Some(year_placed(p.first().year, future));
                }
            }
        }
        found
    }

    /// A day of the month alone ("on the 14th"): in the article's month.
    fn resolve_day_only(&self, mut found: Found, day: u32) -> Found {
        found.written = format!("XXXX-XX-{day:02}");
        match self.reference.and_then(|r| Date::new(r.year, r.month, day)) {
            Some(d) => {
                found.from = Some(d);
                found.to = Some(d);
                found.note = Some("the month is not stated: taken as the article's month".into());
            }
            None => {
                found.note =
                    Some("the month is not stated and the article date is not known".into())
            }
        }
        found
    }

    /// A weekday without a date: the last one up to the article date, or the next one after it.
    fn resolve_bare_weekday(&self, mut found: Found, w: u32) -> Found {
        let future = self.future_at(found.first);
        found.written = format!("XXXX-WXX-{w}");
        match self.reference {
            None => found.note = Some(UNKNOWN.into()),
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
        found
    }

    /// A period named relative to the article date: "last week", "next July", "this quarter", "Q4".
    fn resolve_relative_period(&self, mut found: Found, kind: Period, step: i32) -> Found {
        let future = self.future_at(found.first);
        let Some(r) = self.reference else {
            found.granularity = match kind {
                Period::Month(0, m) if m > 0 => Granularity::Month,
                p => p.granularity(),
            };
            found.written = relative_label(kind, step);
            found.note = Some(UNKNOWN.into());
            return found;
        };
        let current = match kind {
            Period::Day(_) => Period::Day(r),
            Period::Week(_) => Period::Week(r.add_days(1 - i64::from(r.weekday()))),
            Period::Month(0, 0) => Period::Month(r.year, r.month),
            Period::Month(_, m) => {
                fill(&mut found, Period::Month(named_year(r, m, m, step), m));
                return found;
            }
            Period::Season(_, m) => {
                fill(&mut found, Period::Season(named_year(r, m, m + 2, step), m));
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
                fill(&mut found, p);
                return found;
            }
            Period::Quarter(..) => Period::Quarter(r.year, (r.month - 1) / 3 + 1),
            Period::Half(..) => Period::Half(r.year, (r.month - 1) / 6 + 1),
            Period::Year(_) => Period::Year(r.year),
            Period::Decade(_) => Period::Decade(r.year - r.year % 10),
            Period::Century(_) => Period::Century(r.year - r.year % 100),
        };
        let step = if step == i32::MIN { 0 } else { step };
        fill(&mut found, current.shift(step));
        found
    }

    /// The early, middle or late part of a month or year: a third of it.
    fn resolve_period_part(
        &self,
        first: usize,
        last: usize,
        part: u8,
        month: u32,
        year: Option<i32>,
    ) -> Found {
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
        f
    }

    /// The `n`th (5: the last) week of a month.
    fn resolve_week_of_month(
        &self,
        first: usize,
        last: usize,
        n: u8,
        month: u32,
        year: Option<i32>,
    ) -> Found {
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
        f
    }

    /// A weekday of a week named relative to the article date ("next Tuesday", "this past Wednesday").
    fn resolve_weekday_of_week(&self, mut found: Found, step: i32, weekday: u32) -> Found {
        found.written = format!("{step:+}W-{weekday}");
        let Some(r) = self.reference else {
            found.note = Some(UNKNOWN.into());
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
        fill(&mut found, Period::Day(day));
        found
    }

    /// A weekday with a day of the month ("Friday the 13th"): the nearest month where the day falls on it.
    fn resolve_weekday_and_day(&self, mut found: Found, weekday: u32, day: u32) -> Found {
        let future = self.future_at(found.first);
        found.written = format!("XXXX-XX-{day:02}");
        let Some(r) = self.reference else {
            found.note = Some(UNKNOWN.into());
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
                fill(&mut found, Period::Day(d));
                found.note = Some(
                    "the month is not stated: taken as the nearest one where the day falls on that weekday"
                        .into(),
                );
            }
            None => found.note = Some("no month has that day on that weekday".into()),
        }
        found
    }

    /// A day of a month named relative to the article date ("the 5th of next month").
    fn resolve_day_of_month(&self, mut found: Found, day: u32, step: i32) -> Found {
        found.written = format!("{step:+}M-{day:02}");
        let Some(r) = self.reference else {
            found.note = Some(UNKNOWN.into());
            return found;
        };
        let (y, m) = shift_month(r.year, r.month, step);
        match Date::new(y, m, day) {
            Some(d) => fill(&mut found, Period::Day(d)),
            None => found.note = Some("that month has no such day".into()),
        }
        found
    }

    /// The rest of a period from the article date ("later this year"), or the part up to it ("earlier this month").
    fn resolve_rest_of_period(
        &self,
        first: usize,
        last: usize,
        period: Period,
        later: bool,
    ) -> Found {
        let mut f = self.resolve(first, last, Reading::Relative(period, 0));
        if let Some(r) = self.reference {
            if later {
                f.from = Some(r);
            } else {
                f.to = Some(r);
            }
            f.range = true;
        }
        f
    }

    /// A day `n` units from the article date ("two weeks ago", "in three days").
    fn resolve_offset(&self, mut found: Found, unit: Unit, n: i32) -> Found {
        let Some(r) = self.reference else {
            found.written = format!("{n:+}{}", unit_letter(unit));
            found.note = Some(UNKNOWN.into());
            return found;
        };
        fill(&mut found, Period::Day(unit.shift(r, n)));
        found
    }

    /// A day some months and days from the article date ("a year and a half ago").
    fn resolve_elapsed(&self, mut found: Found, months: i32, days: i32) -> Found {
        let Some(r) = self.reference else {
            let sign = if months < 0 || days < 0 { '-' } else { '+' };
            found.written = format!("{sign}P{}M{}D", months.abs(), days.abs());
            found.note = Some(UNKNOWN.into());
            return found;
        };
        fill(
            &mut found,
            Period::Day(r.add_months(months).add_days(i64::from(days))),
        );
        found
    }

    /// The quarters before or after the article date's ("the past two quarters").
    fn resolve_quarters(&self, mut found: Found, n: i32) -> Found {
        found.range = true;
        found.granularity = Granularity::Quarter;
        let Some(r) = self.reference else {
            found.written = format!("P{}M", 3 * n.abs());
            found.note = Some(UNKNOWN.into());
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
        found
    }

    /// Units of a year counted from its start or end ("the first six months of 2021").
    fn resolve_part_of_year(&self, mut found: Found, part: YearPart) -> Found {
        let YearPart {
            year,
            step,
            unit,
            skip,
            n,
            from_end,
        } = part;
        let letter = unit_letter(unit);
        let Some(y) = year.or(self.reference.map(|r| r.year + step)) else {
            found.written = format!("P{n}{letter}");
            found.note = Some(UNKNOWN.into());
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
            fill(&mut found, one);
        } else {
            found.range = true;
            found.granularity = unit.granularity();
            found.from = Some(from);
            found.to = Some(to.add_days(-1));
            found.written = format!("({from},{to},P{n}{letter})");
        }
        found
    }

    /// A span of `n` units before or after the article date, without it ("the past two
    /// weeks" ends on it, "the next two weeks" starts the day after).
    fn resolve_span(&self, found: Found, unit: Unit, n: i32, few: bool) -> Found {
        self.resolve_days_around(found, unit, n, few, |r| {
            if n > 0 {
                (r.add_days(1), unit.shift(r, n))
            } else {
                (unit.shift(r, n), r)
            }
        })
    }

    /// A span from the article date to `n` units after it ("within 9 months").
    fn resolve_within(&self, found: Found, unit: Unit, n: i32, few: bool) -> Found {
        self.resolve_days_around(found, unit, n, few, |r| (r, unit.shift(r, n)))
    }

    /// A span of `n` units whose first and last days `days` counts from the article date.
    fn resolve_days_around(
        &self,
        mut found: Found,
        unit: Unit,
        n: i32,
        few: bool,
        days: impl Fn(Date) -> (Date, Date),
    ) -> Found {
        if few {
            found.note = Some("\"few\" read as three".into());
        }
        found.range = true;
        found.granularity = unit.granularity();
        let Some(r) = self.reference else {
            found.written = format!("P{}{}", n.abs(), unit_letter(unit));
            found.note = Some(UNKNOWN.into());
            return found;
        };
        let (from, to) = days(r);
        found.from = Some(from);
        found.to = Some(to);
        found.written = format!("({from},{to},P{}{})", n.abs(), unit_letter(unit));
        found
    }
}
