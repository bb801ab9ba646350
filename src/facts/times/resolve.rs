//! Resolution: a reading of the text becomes a time expression with its first and last day,
//! against the article date when it is relative, with a note for every assumption.

use crate::date::{days_in_month, shift_month, Date};
use crate::report::Granularity;

use super::period::{Period, Unit};
use super::{
    day_or_month, named_year, relative_label, unit_letter, year_less, year_placed, Found, Reader,
    Reading, EPOCH, MONTH_NAMES,
};

impl Reader<'_, '_> {
    /// Resolves a reading at tokens `first..last` against the article date.
    pub(super) fn resolve(&self, first: usize, last: usize, reading: Reading) -> Found {
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
