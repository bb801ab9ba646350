//! Periods of the calendar (a day, an ISO week, a month, a quarter, a season, a half, a year,
//! a decade) with their first and last days, granularity and TIMEX-style value; and the
//! units relative dates count in.

use crate::date::{shift_month, Date};
use crate::report::Granularity;

/// A period of the calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Period {
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
    pub(super) fn first(self) -> Date {
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

    pub(super) fn last(self) -> Date {
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

    pub(super) fn granularity(self) -> Granularity {
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
    pub(super) fn timex(self) -> String {
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
    pub(super) fn shift(self, n: i32) -> Period {
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
pub(super) fn iso_week(d: Date) -> (i32, u32) {
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Unit {
    Day,
    Week,
    Month,
    Year,
}

impl Unit {
    /// `d` moved by `k` of these units (months and years clamp the day to the month).
    pub(super) fn shift(self, d: Date, k: i32) -> Date {
        match self {
            Unit::Day => d.add_days(i64::from(k)),
            Unit::Week => d.add_days(7 * i64::from(k)),
            Unit::Month => d.add_months(k),
            Unit::Year => d.add_months(12 * k),
        }
    }

    /// The granularity of a span counted in these units.
    pub(super) fn granularity(self) -> Granularity {
        match self {
            Unit::Day => Granularity::Day,
            Unit::Week => Granularity::Week,
            Unit::Month => Granularity::Month,
            Unit::Year => Granularity::Year,
        }
    }
}
