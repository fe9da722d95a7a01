//! 机关里常见的写法：日期（`2026年3月2日`、`2026/3/2`、`2026.3.2`、Excel 的日期序号）、时刻（`9:30`、`9时30分`、
//! `上午9时30分`、`下午2点半`）、是非（是/否、对/错、有/无）、人数（`15名`、`15人`）、全角数字。
//!
//! 每个函数只认明确无歧义的写法，认不出就返回 `None`（由读取案卷处报错，说明应当怎样写）；
//! 读出的值由调用者作为“提示”列出（原文、读作什么），不悄悄猜测。

use chrono::NaiveDate;

use super::case::{Date, Time};

/// 是否为汉字（含扩展区，如 䶮 U+4DAE、𠮷 U+20BB7）。
pub fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x323AF)
}

/// 全角数字、全角冒号、全角句点等换成半角（只换这几类，别的字符不动）。
pub fn halfwidth(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '：' => ':',
            '．' | '。' => '.',
            '／' => '/',
            '－' | '—' | '–' => '-',
            '\u{3000}' => ' ',
            c => c,
        })
        .collect()
}

/// 中文数字“二〇二六”“十二”“三十一”（日期中的年、月、日）转成数。
fn chinese_number(s: &str) -> Option<u32> {
    let digit = |c: char| "〇一二三四五六七八九".chars().position(|d| d == c).or(if c == '零' { Some(0) } else { None });
    if s.is_empty() {
        return None;
    }
    if s.chars().all(|c| digit(c).is_some()) && s.chars().count() == 4 {
        return s.chars().try_fold(0u32, |n, c| Some(n * 10 + digit(c)? as u32));
    }
    // 十、十二、二十、三十一
    let chars: Vec<char> = s.chars().collect();
    match chars.as_slice() {
        ['十'] => Some(10),
        [a] => digit(*a).map(|d| d as u32),
        ['十', b] => Some(10 + digit(*b)? as u32),
        [a, '十'] => Some(digit(*a)? as u32 * 10),
        [a, '十', b] => Some(digit(*a)? as u32 * 10 + digit(*b)? as u32),
        _ => None,
    }
}

/// 日期的各种写法 → 日期。`Err` 为日期不存在的中文原因（如 2026年2月30日），`Ok(None)` 为不像日期。
pub fn date(s: &str) -> Result<Option<Date>, String> {
    let Some((y, m, d)) = ymd(s) else { return Ok(None) };
    if !(1..=12).contains(&m) {
        return Err(format!("日期“{}”不存在：月份应为 1 至 12", s.trim()));
    }
    match NaiveDate::from_ymd_opt(y as i32, m as u32, d as u32) {
        Some(n) => Ok(Some(Date(n))),
        None => Err(format!("日期“{}”不存在：{y}年{m}月没有{d}日", s.trim())),
    }
}

/// 日期写法中的年、月、日（不核对这一天是否存在）；不像日期时为 None。
pub fn ymd(s: &str) -> Option<(i64, i64, i64)> {
    let t = halfwidth(s.trim());
    let t = t.trim();
    // 2026年3月2日（可有空格；日字可省；数字可为中文）
    let nums: Option<(i64, i64, i64)> = if let Some((y, rest)) = t.split_once('年') {
        let (m, d) = rest.split_once('月').unwrap_or(("", ""));
        let d = d.trim().strip_suffix('日').or_else(|| d.trim().strip_suffix('号')).unwrap_or(d.trim());
        let num = |x: &str| -> Option<i64> {
            let x = x.trim();
            x.parse::<i64>().ok().or_else(|| chinese_number(x).map(i64::from))
        };
        match (num(y), num(m), num(d)) {
            (Some(y), Some(m), Some(d)) => Some((y, m, d)),
            _ => None,
        }
    } else {
        let sep = ['-', '/', '.'].into_iter().find(|c| t.contains(*c));
        sep.and_then(|c| {
            let parts: Vec<&str> = t.split(c).map(str::trim).collect();
            let ok = parts.len() == 3
                && parts[0].len() == 4
                && (1..=2).contains(&parts[1].len())
                && (1..=2).contains(&parts[2].len())
                && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()));
            if !ok {
                return None;
            }
            Some((parts[0].parse().ok()?, parts[1].parse().ok()?, parts[2].parse().ok()?))
        })
    };
    nums
}

/// Excel / WPS 的日期序号（1900 日期系统：1899-12-30 起的日数；表格中的日期粘贴或导入后常变成这种数）。
/// 只认 2000 年至 2099 年之间的序号，别的数不当作日期。
pub fn excel_serial(n: i64) -> Option<Date> {
    if !(36526..=73415).contains(&n) {
        return None;
    }
    NaiveDate::from_ymd_opt(1899, 12, 30)?.checked_add_days(chrono::Days::new(n as u64)).map(Date)
}

/// 时刻的各种写法 → 时刻：`9:30`、`09：30`、`9时30分`、`9点半`、`上午9时`、`下午2:30`、`晚上7点`。
pub fn time(s: &str) -> Option<Time> {
    let t = halfwidth(s.trim()).replace(' ', "");
    let (pm, rest) = [("上午", false), ("早上", false), ("早晨", false), ("中午", true), ("下午", true), ("晚上", true), ("傍晚", true)]
        .iter()
        .find_map(|(p, pm)| t.strip_prefix(p).map(|r| (Some(*pm), r.to_string())))
        .unwrap_or((None, t.clone()));
    let (h, m) = if let Some((h, m)) = rest.split_once(':') {
        (h.to_string(), m.to_string())
    } else if let Some((h, m)) = rest.split_once('时').or_else(|| rest.split_once('点')) {
        let m = m.trim_end_matches('分');
        (
            h.to_string(),
            if m == "半" {
                "30".to_string()
            } else if m.is_empty() || m == "整" {
                "0".to_string()
            } else {
                m.to_string()
            },
        )
    } else {
        return None;
    };
    let num = |x: &str| -> Option<u32> { x.parse::<u32>().ok().or_else(|| chinese_number(x)) };
    let (mut h, m) = (num(&h)?, num(&m)?);
    if m > 59 || h > 23 {
        return None;
    }
    match pm {
        Some(true) if (1..=11).contains(&h) => h += 12,
        Some(false) if h == 12 => h = 0,
        _ => {}
    }
    chrono::NaiveTime::from_hms_opt(h, m, 0).map(Time)
}

/// 是非值的中文写法。
pub fn boolean(s: &str) -> Option<bool> {
    match halfwidth(s.trim()).to_lowercase().as_str() {
        "是" | "对" | "有" | "真" | "要" | "需要" | "涉及" | "√" | "true" | "yes" => Some(true),
        "否" | "错" | "无" | "没有" | "假" | "不" | "不是" | "不需要" | "不涉及" | "×" | "false" | "no" => Some(false),
        _ => None,
    }
}

/// 人数、日数等非负整数的写法：`15名`、`15 人`、`１５`、`30日`。
pub fn count(s: &str) -> Option<u64> {
    let t = halfwidth(s.trim());
    let t = t.trim();
    let digits =
        ["名", "人", "位", "个", "项", "件", "份", "日", "天", "次", "条", "页", "年"].iter().find_map(|u| t.strip_suffix(u)).unwrap_or(t);
    let digits = digits.trim();
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> String {
        date(s).unwrap().unwrap().to_string()
    }

    #[test]
    fn dates_as_offices_write_them() {
        for s in [
            "2026年3月2日",
            "2026/3/2",
            "2026.3.2",
            "2026-03-02",
            "２０２６年３月２日",
            "2026 年 3 月 2 日",
            "二〇二六年三月二日",
            "2026年3月2号",
        ] {
            assert_eq!(d(s), "2026-03-02", "{s}");
        }
        assert_eq!(d("2026年12月31日"), "2026-12-31");
        assert_eq!(d("二〇二六年十二月三十一日"), "2026-12-31");
        assert!(date("2026年2月30日").unwrap_err().contains("2026年2月没有30日"));
        assert!(date("2026/13/1").unwrap_err().contains("月份"));
        assert_eq!(date("下周一").unwrap(), None);
        assert_eq!(date("26/3/2").unwrap(), None);
        assert_eq!(excel_serial(46083).unwrap().to_string(), "2026-03-02");
        assert_eq!(excel_serial(15), None);
    }

    #[test]
    fn times_as_offices_write_them() {
        let t = |s: &str| time(s).map(|t| t.to_string());
        assert_eq!(t("9:30").as_deref(), Some("09:30"));
        assert_eq!(t("9：30").as_deref(), Some("09:30"));
        assert_eq!(t("9时30分").as_deref(), Some("09:30"));
        assert_eq!(t("上午9时30分").as_deref(), Some("09:30"));
        assert_eq!(t("下午2:30").as_deref(), Some("14:30"));
        assert_eq!(t("下午2点半").as_deref(), Some("14:30"));
        assert_eq!(t("晚上7点").as_deref(), Some("19:00"));
        assert_eq!(t("中午12时").as_deref(), Some("12:00"));
        assert_eq!(t("14:30").as_deref(), Some("14:30"));
        assert_eq!(t("25:00"), None);
        assert_eq!(t("九点"), Some("09:00".into()));
        assert_eq!(t("明天"), None);
    }

    #[test]
    fn booleans_and_counts() {
        assert_eq!(boolean("是"), Some(true));
        assert_eq!(boolean("否"), Some(false));
        assert_eq!(boolean("对"), Some(true));
        assert_eq!(boolean("错"), Some(false));
        assert_eq!(boolean("也许"), None);
        assert_eq!(count("15名"), Some(15));
        assert_eq!(count("１５人"), Some(15));
        assert_eq!(count("15 人"), Some(15));
        assert_eq!(count("三十"), None);
        assert_eq!(count("-3"), None);
    }
}
