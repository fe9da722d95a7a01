//! 期间的算法（docs/counting.md），给各项检查和 `gen plan` 共用。
//!
//! - “事件N日前”：事件日 − 送达日 ≥ N（日历日）；最晚送达日 = 事件日 − N。
//!   如听证会 06-08，06-01 送达合格（恰好7日），06-03 送达不合格（相隔5日）。
//! - “不少于N日”（以截止日结束）：截止日 − 起算日 ≥ N；最早截止日 = 起算日 + N。
//! - “N日内”：最后一日 = 起算日 + N，遇非工作日顺延（民法典 第二百零三条）。
//! - “事件N个工作日前”“不少于N个工作日”（以事件结束）：起算日与事件日之间（两端都不算）的工作日 ≥ N。
//! - “不少于N个工作日”（以截止日结束）：起算日之后至截止日（含）的工作日 ≥ N。
//! - “N个工作日内”：起算日之后至办理日（含）的工作日 ≤ N。

use chrono::Days;

use crate::calendar::{Calendar, CalendarError};
use crate::case::Date;

/// `to − from` 的日数。
pub fn days_between(from: Date, to: Date) -> i64 {
    (to.0 - from.0).num_days()
}

/// `d` 加 `n` 日。
pub fn plus_days(d: Date, n: u32) -> Date {
    Date(d.0.checked_add_days(Days::new(n.into())).unwrap_or(d.0))
}

/// `d` 减 `n` 日。
pub fn minus_days(d: Date, n: u32) -> Date {
    Date(d.0.checked_sub_days(Days::new(n.into())).unwrap_or(d.0))
}

/// “N日内”的最后一日：起算日 + N，不是工作日时顺延到其后第一个工作日。
pub fn within_days_last(cal: &Calendar, start: Date, n: u32) -> Result<Date, CalendarError> {
    cal.first_workday_on_or_after(plus_days(start, n).0).map(Date)
}

/// “N日内”是否按期：不晚于起算日 + N 的一定按期（不必查日历）；晚于时看顺延后的最后一日。
pub fn within_days_ok(cal: &Calendar, start: Date, done: Date, n: u32) -> Result<(bool, Date), CalendarError> {
    if done <= plus_days(start, n) {
        return Ok((true, plus_days(start, n)));
    }
    let last = within_days_last(cal, start, n)?;
    Ok((done <= last, last))
}

/// 以事件结束的工作日期间的最早事件日：第 N 个工作日的次日。
pub fn earliest_event_after_workdays(cal: &Calendar, from: Date, n: u32) -> Result<Date, CalendarError> {
    Ok(plus_days(Date(cal.add_workdays(from.0, n)?), 1))
}

/// “事件N个工作日前”的最晚送达日：从事件日往前数 N 个工作日，其前一日。
pub fn latest_before_workdays(cal: &Calendar, event: Date, n: u32) -> Result<Date, CalendarError> {
    Ok(minus_days(Date(cal.sub_workdays(event.0, n)?), 1))
}

/// 最晚日期恰逢休息日时，建议在其前最后一个工作日办理。
pub fn workday_on_or_before(cal: &Calendar, d: Date) -> Result<Date, CalendarError> {
    cal.last_workday_on_or_before(d.0).map(Date)
}

/// 最早日期恰逢休息日时，建议定在其后第一个工作日。
pub fn workday_on_or_after(cal: &Calendar, d: Date) -> Result<Date, CalendarError> {
    cal.first_workday_on_or_after(d.0).map(Date)
}

/// 中文星期。
pub fn weekday(d: Date) -> &'static str {
    d.weekday_cn()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn seven_days_before_counts_the_event_day() {
        // 听证会 06-08：06-01 送达恰好7日，合格；06-03 相隔5日，不合格（条例 第十六条）。
        assert_eq!(days_between(d("2026-06-01"), d("2026-06-08")), 7);
        assert_eq!(days_between(d("2026-06-03"), d("2026-06-08")), 5);
        assert_eq!(minus_days(d("2026-06-08"), 7), d("2026-06-01"));
    }

    #[test]
    fn within_thirty_days_rolls_over_national_day() {
        let cal = Calendar::builtin();
        // 2025-09-05 公布，+30 日 = 10-05（国庆假期），顺延至 10-09（赤峰规定 第三十八条）。
        assert_eq!(within_days_last(&cal, d("2025-09-05"), 30).unwrap(), d("2025-10-09"));
        assert!(within_days_ok(&cal, d("2025-09-05"), d("2025-10-09"), 30).unwrap().0);
        assert!(!within_days_ok(&cal, d("2025-09-05"), d("2025-10-10"), 30).unwrap().0);
        // 不晚于 +30 日的不需要日历：2027 年缺数据也能判断。
        assert!(within_days_ok(&cal, d("2026-12-20"), d("2027-01-10"), 30).unwrap().0);
        assert!(within_days_ok(&cal, d("2026-12-20"), d("2027-01-25"), 30).is_err());
    }

    #[test]
    fn workday_periods_across_national_day_2025() {
        let cal = Calendar::builtin();
        // 2025-09-26 送审，7个工作日（含 9-28、10-11 两个调休上班日）届满于 10-13，集体讨论最早 10-14。
        assert_eq!(earliest_event_after_workdays(&cal, d("2025-09-26"), 7).unwrap(), d("2025-10-14"));
        // 座谈会 2025-10-09，3个工作日前：最晚 09-27（周六），建议 09-26。
        let latest = latest_before_workdays(&cal, d("2025-10-09"), 3).unwrap();
        assert_eq!(latest, d("2025-09-27"));
        assert_eq!(workday_on_or_before(&cal, latest).unwrap(), d("2025-09-26"));
    }
}
