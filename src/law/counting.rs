//! 期间的算法（docs/counting.md）：条文中“N日前”“不少于N日”“N日内”“N个工作日”各是什么意思，
//! 给定一端时另一端最早或最晚是哪一天。程序检查和期限表都只经由这里计算（[`Counting`]）。
//!
//! - “事件N日前”“不少于N日”：终日 − 起日 ≥ N（日历日）。如听证会 06-08，06-01 送达恰好7日，合格。
//! - “事件N个工作日前”“不少于N个工作日”（以事件结束）：起日与事件日之间（两端都不算）的工作日 ≥ N。
//! - “不少于N个工作日”（以截止日结束）：起日之后至截止日（含）的工作日 ≥ N。
//! - “N日内”：终日 ≤ 起日 + N，最后一日遇休息日顺延（民法典 第二百零三条）。
//! - “N个工作日内”：起日之后至终日（含）的工作日 ≤ N。
//!
//! 工作日的期间可以扣除若干工作日（如合法性审查中补送材料的时间，赤峰规定 第二十九条）：
//! 扣除 D 个工作日，等于要求（或允许）N + D 个工作日。

use serde::{Deserialize, Serialize};

use crate::input::case::Date;
use crate::law::calendar::{Calendar, CalendarError};

/// 期间的计法。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Counting {
    /// 至少N日：终日 − 起日 ≥ N
    DaysAtLeast,
    /// 至少N个工作日，两端都不算（以会议、听证等事件结束）
    WorkdaysBetweenAtLeast,
    /// 至少N个工作日，终日计入（以截止日结束）
    WorkdaysThroughAtLeast,
    /// N日内：终日不晚于起日 + N，最后一日遇休息日顺延
    WithinDays,
    /// N个工作日内：起日之后至终日（含）的工作日 ≤ N
    WithinWorkdays,
}

/// 期间的长度单位。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// 日（日历日）
    Days,
    /// 工作日
    Workdays,
}

impl Counting {
    /// 是“至少”（起日要足够早）还是“之内”（终日要足够早）。
    pub fn is_minimum(self) -> bool {
        matches!(self, Counting::DaysAtLeast | Counting::WorkdaysBetweenAtLeast | Counting::WorkdaysThroughAtLeast)
    }

    pub fn unit(self) -> Unit {
        match self {
            Counting::DaysAtLeast | Counting::WithinDays => Unit::Days,
            _ => Unit::Workdays,
        }
    }

    /// 起日至终日的长度（日或工作日），已扣除 `deduct` 个工作日。
    pub fn measure(self, cal: &Calendar, from: Date, to: Date, deduct: u32) -> Result<i64, CalendarError> {
        let d = i64::from(deduct);
        Ok(match self {
            Counting::DaysAtLeast | Counting::WithinDays => to.days_since(from),
            Counting::WorkdaysBetweenAtLeast => cal.workdays_between(from.0, to.0)? - d,
            Counting::WorkdaysThroughAtLeast | Counting::WithinWorkdays => cal.workdays_after_through(from.0, to.0)? - d,
        })
    }

    /// 起日、终日都已知时，是否符合“N”。“N日内”不晚于起日 + N 的一定符合（不必查日历），
    /// 晚于时看顺延后的最后一日。
    pub fn met(self, cal: &Calendar, from: Date, to: Date, n: u32, deduct: u32) -> Result<bool, CalendarError> {
        match self {
            Counting::WithinDays => Ok(to <= from.plus_days(n) || to <= self.last_to(cal, from, n, deduct)?),
            Counting::WithinWorkdays => Ok(self.measure(cal, from, to, deduct)? <= i64::from(n)),
            _ => Ok(self.measure(cal, from, to, deduct)? >= i64::from(n)),
        }
    }

    /// 已知起日，终日最早是哪一天（“至少”的期间）。
    pub fn earliest_to(self, cal: &Calendar, from: Date, n: u32, deduct: u32) -> Result<Date, CalendarError> {
        let m = n + deduct;
        Ok(match self {
            Counting::DaysAtLeast => from.plus_days(n),
            // 第 N 个工作日的次日
            Counting::WorkdaysBetweenAtLeast => Date(cal.add_workdays(from.0, m)?).plus_days(1),
            Counting::WorkdaysThroughAtLeast => Date(cal.add_workdays(from.0, m)?),
            Counting::WithinDays | Counting::WithinWorkdays => from,
        })
    }

    /// 已知终日，起日最晚是哪一天（“至少”的期间）。
    pub fn latest_from(self, cal: &Calendar, to: Date, n: u32, deduct: u32) -> Result<Date, CalendarError> {
        let m = n + deduct;
        Ok(match self {
            Counting::DaysAtLeast => to.minus_days(n),
            // 从事件日往前数 N 个工作日，其前一日
            Counting::WorkdaysBetweenAtLeast => Date(cal.sub_workdays(to.0, m)?).minus_days(1),
            // 截止日计入：从截止日的次日往前数
            Counting::WorkdaysThroughAtLeast => Date(cal.sub_workdays(to.plus_days(1).0, m)?).minus_days(1),
            Counting::WithinDays | Counting::WithinWorkdays => to,
        })
    }

    /// 已知起日，终日最晚是哪一天（“之内”的期间）：“N日内”为起日 + N，不是工作日时顺延。
    pub fn last_to(self, cal: &Calendar, from: Date, n: u32, deduct: u32) -> Result<Date, CalendarError> {
        Ok(match self {
            Counting::WithinDays => Date(cal.first_workday_on_or_after(from.plus_days(n).0)?),
            Counting::WithinWorkdays => Date(cal.add_workdays(from.0, n + deduct)?),
            _ => from,
        })
    }
}

/// 最晚日期恰逢休息日时，建议在其前最后一个工作日办理。
pub fn workday_on_or_before(cal: &Calendar, d: Date) -> Result<Date, CalendarError> {
    cal.last_workday_on_or_before(d.0).map(Date)
}

/// 最早日期恰逢休息日时，建议定在其后第一个工作日。
pub fn workday_on_or_after(cal: &Calendar, d: Date) -> Result<Date, CalendarError> {
    cal.first_workday_on_or_after(d.0).map(Date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn seven_days_before_counts_the_event_day() {
        let cal = Calendar::builtin();
        // 听证会 06-08：06-01 送达恰好7日，合格；06-03 相隔5日，不合格（条例 第十六条）。
        let c = Counting::DaysAtLeast;
        assert!(c.met(&cal, d("2026-06-01"), d("2026-06-08"), 7, 0).unwrap());
        assert_eq!(c.measure(&cal, d("2026-06-03"), d("2026-06-08"), 0).unwrap(), 5);
        assert_eq!(c.latest_from(&cal, d("2026-06-08"), 7, 0).unwrap(), d("2026-06-01"));
        assert_eq!(c.earliest_to(&cal, d("2026-06-01"), 7, 0).unwrap(), d("2026-06-08"));
    }

    #[test]
    fn within_thirty_days_rolls_over_national_day() {
        let cal = Calendar::builtin();
        let c = Counting::WithinDays;
        // 2025-09-05 公布，+30 日 = 10-05（国庆假期），顺延至 10-09（赤峰规定 第三十八条）。
        assert_eq!(c.last_to(&cal, d("2025-09-05"), 30, 0).unwrap(), d("2025-10-09"));
        assert!(c.met(&cal, d("2025-09-05"), d("2025-10-09"), 30, 0).unwrap());
        assert!(!c.met(&cal, d("2025-09-05"), d("2025-10-10"), 30, 0).unwrap());
        // 不晚于 +30 日的不需要日历：2027 年缺数据也能判断。
        assert!(c.met(&cal, d("2026-12-20"), d("2027-01-10"), 30, 0).unwrap());
        assert!(c.met(&cal, d("2026-12-20"), d("2027-01-25"), 30, 0).is_err());
    }

    #[test]
    fn workday_periods_across_national_day_2025() {
        let cal = Calendar::builtin();
        // 2025-09-26 送审，7个工作日（含 9-28、10-11 两个调休上班日）届满于 10-13，集体讨论最早 10-14。
        let c = Counting::WorkdaysBetweenAtLeast;
        assert_eq!(c.earliest_to(&cal, d("2025-09-26"), 7, 0).unwrap(), d("2025-10-14"));
        assert!(c.met(&cal, d("2025-09-26"), d("2025-10-14"), 7, 0).unwrap());
        assert!(!c.met(&cal, d("2025-09-26"), d("2025-10-13"), 7, 0).unwrap());
        // 座谈会 2025-10-09，3个工作日前：最晚 09-27（周六），建议 09-26。
        let latest = c.latest_from(&cal, d("2025-10-09"), 3, 0).unwrap();
        assert_eq!(latest, d("2025-09-27"));
        assert_eq!(workday_on_or_before(&cal, latest).unwrap(), d("2025-09-26"));
        assert!(c.met(&cal, latest, d("2025-10-09"), 3, 0).unwrap());
    }

    /// 每种“至少”的计法：算出的最早终日和最晚起日恰好合格，再差一日就不合格；扣除的工作日照样算。
    #[test]
    fn boundaries_agree_with_the_verdict() {
        let cal = Calendar::builtin();
        let from = d("2025-09-20");
        for c in [Counting::DaysAtLeast, Counting::WorkdaysBetweenAtLeast, Counting::WorkdaysThroughAtLeast] {
            for (n, deduct) in [(3, 0), (7, 0), (7, 2)] {
                let to = c.earliest_to(&cal, from, n, deduct).unwrap();
                assert!(c.met(&cal, from, to, n, deduct).unwrap(), "{c:?} {n}+{deduct} {to}");
                assert!(!c.met(&cal, from, to.minus_days(1), n, deduct).unwrap(), "{c:?} {n}+{deduct} {to} 前一日");
                let latest = c.latest_from(&cal, to, n, deduct).unwrap();
                assert!(c.met(&cal, latest, to, n, deduct).unwrap(), "{c:?} {n}+{deduct} 最晚 {latest}");
                assert!(!c.met(&cal, latest.plus_days(1), to, n, deduct).unwrap(), "{c:?} {n}+{deduct} 最晚 {latest} 后一日");
            }
        }
        let c = Counting::WithinWorkdays;
        let last = c.last_to(&cal, from, 10, 1).unwrap();
        assert!(c.met(&cal, from, last, 10, 1).unwrap());
        assert!(!c.met(&cal, from, Date(cal.first_workday_on_or_after(last.plus_days(1).0).unwrap()), 10, 1).unwrap());
    }
}
