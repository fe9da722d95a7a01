//! 案卷中的基本值类型：日期、时刻。
//!
//! 日期一律写作 `YYYY-MM-DD`（如 `2026-05-14`），时刻写作 `HH:MM`（24 小时制，如 `09:30`）。
//! 不存在的日期（如 `2026-02-30`）在读取案卷时即报错，并指出字段所在的行和列。

use std::fmt;

use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// 自定义字段（`extra:`）：名称 → 值（文字、数、列表或一组字段），原样交给模板。
pub type Extra = std::collections::BTreeMap<String, serde_json::Value>;

/// 日期（公历），案卷中写作 `2026-05-14`。
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub NaiveDate);

impl Date {
    pub fn ymd(y: i32, m: u32, d: u32) -> Option<Date> {
        NaiveDate::from_ymd_opt(y, m, d).map(Date)
    }

    /// 加 `n` 日（超出日期范围时不变）。
    pub fn plus_days(self, n: u32) -> Date {
        Date(self.0.checked_add_days(chrono::Days::new(n.into())).unwrap_or(self.0))
    }

    /// 减 `n` 日（超出日期范围时不变）。
    pub fn minus_days(self, n: u32) -> Date {
        Date(self.0.checked_sub_days(chrono::Days::new(n.into())).unwrap_or(self.0))
    }

    /// 自 `earlier` 至本日的日数（本日 − `earlier`）。
    pub fn days_since(self, earlier: Date) -> i64 {
        (self.0 - earlier.0).num_days()
    }

    /// 成文日期格式（GB/T 9704-2012 7.3.5：用阿拉伯数字标全年、月、日，月、日不编虚位）：`2026年5月14日`。
    pub fn chinese(&self) -> String {
        format!("{}年{}月{}日", self.0.year(), self.0.month(), self.0.day())
    }

    pub fn weekday_cn(&self) -> &'static str {
        match self.0.weekday() {
            Weekday::Mon => "星期一",
            Weekday::Tue => "星期二",
            Weekday::Wed => "星期三",
            Weekday::Thu => "星期四",
            Weekday::Fri => "星期五",
            Weekday::Sat => "星期六",
            Weekday::Sun => "星期日",
        }
    }

    /// 解析 `YYYY-MM-DD`；失败时给出中文原因。
    pub fn parse(s: &str) -> Result<Date, String> {
        let t = s.trim();
        let parts: Vec<&str> = t.split('-').collect();
        let nums: Option<Vec<i64>> =
            if parts.len() == 3 && parts[0].len() == 4 && (1..=2).contains(&parts[1].len()) && (1..=2).contains(&parts[2].len()) {
                parts.iter().map(|p| p.parse::<i64>().ok()).collect()
            } else {
                None
            };
        let Some(n) = nums else {
            return Err(format!("“{t}”不是日期，应写作 YYYY-MM-DD（例如 2026-05-14）"));
        };
        let (y, m, d) = (n[0], n[1], n[2]);
        if !(1..=12).contains(&m) {
            return Err(format!("日期“{t}”不存在：月份应为 1 至 12"));
        }
        NaiveDate::from_ymd_opt(y as i32, m as u32, d as u32).map(Date).ok_or_else(|| format!("日期“{t}”不存在：{y}年{m}月没有{d}日"))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s).map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "description": "日期，写作 YYYY-MM-DD，例如 2026-05-14"
        })
    }
}

/// 时刻（24 小时制），案卷中写作 `09:30`。
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Time(pub NaiveTime);

impl Time {
    pub fn parse(s: &str) -> Result<Time, String> {
        let t = s.trim();
        NaiveTime::parse_from_str(t, "%H:%M").map(Time).map_err(|_| format!("“{t}”不是时刻，应写作 HH:MM（24 小时制，例如 09:30）"))
    }

    /// 公告中的写法：`上午9:30`、`下午2:30`。
    pub fn chinese(&self) -> String {
        use chrono::Timelike;
        let (h, m) = (self.0.hour(), self.0.minute());
        let (part, h12) = match h {
            0..=11 => ("上午", h),
            12 => ("中午", 12),
            _ => ("下午", h - 12),
        };
        format!("{part}{h12}:{m:02}")
    }
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%H:%M"))
    }
}

impl Serialize for Time {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Time {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // YAML 1.1 读作六十进制整数的 `09:30` 在 serde_norway 中仍是字符串；数字时刻（如 930）给出说明。
        let s = String::deserialize(d)?;
        Time::parse(&s).map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for Time {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Time".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-2][0-9]:[0-5][0-9]$",
            "description": "时刻，24 小时制 HH:MM，例如 09:30"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn impossible_dates_are_rejected_with_reason() {
        assert!(Date::parse("2026-02-30").unwrap_err().contains("2026年2月没有30日"));
        assert!(Date::parse("2026-13-01").unwrap_err().contains("月份"));
        assert!(Date::parse("2026/05/14").unwrap_err().contains("YYYY-MM-DD"));
        assert_eq!(Date::parse("2028-02-29").unwrap().chinese(), "2028年2月29日");
    }

    #[test]
    fn chinese_forms() {
        assert_eq!(Date::parse("2026-05-04").unwrap().chinese(), "2026年5月4日");
        assert_eq!(Date::parse("2026-11-24").unwrap().weekday_cn(), "星期二");
        assert_eq!(Time::parse("14:30").unwrap().chinese(), "下午2:30");
        assert_eq!(Time::parse("09:05").unwrap().chinese(), "上午9:05");
        assert!(Time::parse("25:00").is_err());
    }
}
