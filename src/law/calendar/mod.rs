//! 工作日历：按国务院办公厅每年的节假日安排通知判断某日是否为工作日，并计算以工作日为单位的期间。
//!
//! 日历是数据，不是代码：放假日和调休上班日写在 `data/calendar/cn-holidays.yaml`，
//! 编译时嵌入（[`Calendar::builtin`]）；单位可用 `--calendar 文件` 另给一个同格式的文件，
//! 其中的年份整年替换内置数据（[`Calendar::merge`]）。
//!
//! 判断规则（[`Calendar::is_workday`]）：列在 `workdays`（调休上班日）→ 工作日；
//! 列在 `holidays`（放假日）→ 非工作日；其余日期周一至周五为工作日，周六、周日不是。
//! 日历中没有的年份一律报错（[`CalendarError::YearMissing`]），绝不按周一至周五猜测。
//!
//! 期间的起止按《中华人民共和国民法典》第十章“期间计算”：
//! - 第二百零一条第一款：“按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。”
//! - 第二百零三条：“期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。
//!   期间的最后一日的截止时间为二十四时；有业务时间的，停止业务活动的时间为截止时间。”
//!
//! 各条文中“N日前”“不少于N日”“N日内”“N个工作日”的具体算法见 `docs/counting.md`。
//!
//! 本模块只依赖 std、serde、serde_norway、chrono。

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate, Weekday};
use serde::Deserialize;

/// 内置日历文件在仓库中的位置（用于提示信息）。
pub const BUILTIN_PATH: &str = "data/calendar/cn-holidays.yaml";

/// 内置日历文件的全文（编译时嵌入）。
const BUILTIN_YAML: &str = include_str!("../../../data/calendar/cn-holidays.yaml");

/// 日历文件中允许的年份范围（防止把文号、笔误当成年份）。
const MIN_YEAR: i32 = 1900;
const MAX_YEAR: i32 = 2200;

/// 工作日历：若干年份的放假日与调休上班日。
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calendar {
    years: BTreeMap<i32, YearData>,
}

/// 一年的数据。
#[derive(Debug, Clone, PartialEq, Eq)]
struct YearData {
    /// 通知文号，如“国办发明电〔2024〕12号”。
    source: String,
    /// 该年数据来自哪个文件（内置或 --calendar 指定的文件）。
    origin: String,
    /// 放假日（含放假期间的周六、周日）。
    holidays: BTreeSet<NaiveDate>,
    /// 调休上班日（只能是周六、周日）。
    workdays: BTreeSet<NaiveDate>,
}

/// 日历文件的顶层结构：只有 `years`。
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CalendarFile {
    #[serde(deserialize_with = "unique_years")]
    years: BTreeMap<i32, YearFile>,
}

/// 读取 `years`，同一年份写了两次时报错（否则后一段会悄悄覆盖前一段，
/// 例如复制2026年一段准备改成2027年、却忘了改年份时）。
fn unique_years<'de, D>(deserializer: D) -> Result<BTreeMap<i32, YearFile>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    struct Visitor;
    impl<'de> serde::de::Visitor<'de> for Visitor {
        type Value = BTreeMap<i32, YearFile>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("以年份为键的映射")
        }
        fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error>
        where
            A: serde::de::MapAccess<'de>,
        {
            let mut out = BTreeMap::new();
            while let Some(year) = map.next_key::<i32>()? {
                let value: YearFile = map.next_value()?;
                if out.insert(year, value).is_some() {
                    return Err(serde::de::Error::custom(format!("{DUPLICATE_YEAR_MARK}：{year}")));
                }
            }
            Ok(out)
        }
    }
    deserializer.deserialize_map(Visitor)
}

/// 重复年份错误的标记（`explain_parse_error` 据此给出中文说明）。
const DUPLICATE_YEAR_MARK: &str = "年份重复";

/// 日历文件中一年的内容：`source`、`holidays`、`workdays` 三项，缺一不可。
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct YearFile {
    source: String,
    holidays: Vec<NaiveDate>,
    workdays: Vec<NaiveDate>,
}

/// 查询工作日历时的错误。
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CalendarError {
    /// 日历中没有 `year` 年的数据；`date` 是需要判断而无法判断的那一天。
    YearMissing { year: i32, date: NaiveDate },
}

impl fmt::Display for CalendarError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CalendarError::YearMissing { year, date } => write!(
                f,
                "工作日历中没有{year}年的数据（日期 {date}）：请在 {BUILTIN_PATH} 中补充该年的国务院节假日安排，\
                 或用 --calendar 指定包含该年的日历文件"
            ),
        }
    }
}

impl std::error::Error for CalendarError {}

fn weekday_cn(d: NaiveDate) -> &'static str {
    match d.weekday() {
        Weekday::Mon => "周一",
        Weekday::Tue => "周二",
        Weekday::Wed => "周三",
        Weekday::Thu => "周四",
        Weekday::Fri => "周五",
        Weekday::Sat => "周六",
        Weekday::Sun => "周日",
    }
}

fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// 把 serde_norway 的英文错误换成中文说明（不照录英文原文：科员读不懂；键名、年份照录）。
fn explain_parse_error(origin: &str, err: &serde_norway::Error) -> String {
    let raw = err.to_string();
    let at = err.location().map(|l| format!("（第 {} 行第 {} 列）", l.line(), l.column())).unwrap_or_else(|| " ".to_string());
    let name = raw.split('`').nth(1).unwrap_or("");
    let hint = if raw.contains("unknown field") {
        format!("出现了不认识的字段“{name}”：顶层只能有 years，每一年只能有 source、holidays、workdays 三项（请检查拼写和缩进）")
    } else if raw.contains("missing field") {
        format!("缺少必填项“{name}”：每一年都要写 source、holidays、workdays 三项（没有调休上班日时写 workdays: []）")
    } else if let Some(rest) = raw.split_once(DUPLICATE_YEAR_MARK).map(|(_, r)| r) {
        let year: String = rest.chars().skip_while(|c| !c.is_ascii_digit()).take_while(char::is_ascii_digit).collect();
        format!("同一年份写了两段（{year}年）：请删去其中一段，或把复制出来的那一段改成新的年份")
    } else if raw.contains("duplicate") {
        format!("同一字段写了两次{}", if name.is_empty() { String::new() } else { format!("（“{name}”）") })
    } else if raw.contains("input contains invalid characters")
        || raw.contains("premature end of input")
        || raw.contains("input is out of range")
        || raw.contains("trailing input")
        || raw.contains("input is not enough")
    {
        "日期写法不对或日期不存在：请写成 2027-01-01 这样的“年-月-日”".to_string()
    } else {
        format!("{}；请对照内置日历文件的写法", crate::error::yaml_cn(&raw))
    };
    format!("工作日历文件 {origin}{at}无法读取：{hint}")
}

impl Calendar {
    /// 内置日历（`data/calendar/cn-holidays.yaml`，编译时嵌入）。
    ///
    /// 只有内置文件本身有错时才会 panic；单元测试 `builtin_calendar_parses` 保证不会发生。
    pub fn builtin() -> Calendar {
        static BUILTIN: OnceLock<Calendar> = OnceLock::new();
        BUILTIN
            .get_or_init(|| Calendar::from_yaml_str(BUILTIN_YAML, BUILTIN_PATH).unwrap_or_else(|e| panic!("内置工作日历有误：{e}")))
            .clone()
    }

    /// 从 YAML 文本读取日历。`origin` 是文件名（写进错误信息和 [`Calendar::origin`]）。
    ///
    /// 拒绝（返回中文说明，多处错误逐行列出）：
    /// - 不认识的字段（顶层只有 `years`，每年只有 `source`、`holidays`、`workdays`），缺少其中任何一项；
    /// - 年份不在 1900—2200 之间；`source` 为空；`holidays` 为空；
    /// - 日期列在了不是它所属年份的那一段（`holidays`、`workdays` 都查）；
    /// - 同一日期既在 `holidays` 又在 `workdays`；同一列表中重复列出；
    /// - `workdays` 中的日期是周一至周五（调休上班日只能是周六、周日）。
    pub fn from_yaml_str(text: &str, origin: &str) -> Result<Calendar, String> {
        let file: CalendarFile = serde_norway::from_str(text).map_err(|e| explain_parse_error(origin, &e))?;
        let mut problems: Vec<String> = Vec::new();
        let mut years = BTreeMap::new();
        for (year, yf) in file.years {
            if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
                problems.push(format!("年份 {year} 不合理（应在 {MIN_YEAR} 至 {MAX_YEAR} 之间）"));
                continue;
            }
            let source = yf.source.trim().to_string();
            if source.is_empty() {
                problems.push(format!("{year}年的 source 为空：请写明国务院办公厅通知的文号，如 国办发明电〔2024〕12号"));
            }
            if yf.holidays.is_empty() {
                problems.push(format!("{year}年的 holidays（放假日）为空：每年至少有元旦等法定节假日，请按当年通知逐日列出"));
            }
            let mut holidays = BTreeSet::new();
            for d in &yf.holidays {
                if d.year() != year {
                    problems.push(format!(
                        "{year}年的 holidays（放假日）中列出了 {d}，该日期不属于{year}年：\
                         跨年的放假日请列在它所属的{}年下，并在注释中注明依据",
                        d.year()
                    ));
                }
                if !holidays.insert(*d) {
                    problems.push(format!("{year}年的 holidays（放假日）中 {d} 重复列出"));
                }
            }
            let mut workdays = BTreeSet::new();
            for d in &yf.workdays {
                if d.year() != year {
                    problems.push(format!(
                        "{year}年的 workdays（调休上班日）中列出了 {d}，该日期不属于{year}年：\
                         请把它列在{}年下",
                        d.year()
                    ));
                }
                if !is_weekend(*d) {
                    problems.push(format!(
                        "{year}年的 workdays（调休上班日）中的 {d} 是{}：调休上班日只能是周六或周日，\
                         周一至周五本来就是工作日，不必列出（请核对日期是否抄错）",
                        weekday_cn(*d)
                    ));
                }
                if holidays.contains(d) {
                    problems.push(format!("{year}年的 {d} 同时列在 holidays（放假日）和 workdays（调休上班日）中，只能保留一处"));
                }
                if !workdays.insert(*d) {
                    problems.push(format!("{year}年的 workdays（调休上班日）中 {d} 重复列出"));
                }
            }
            years.insert(year, YearData { source, origin: origin.to_string(), holidays, workdays });
        }
        if problems.is_empty() {
            Ok(Calendar { years })
        } else {
            Err(format!("工作日历文件 {origin} 有误：\n{}", problems.iter().map(|p| format!("  - {p}")).collect::<Vec<_>>().join("\n")))
        }
    }

    /// 并入另一份日历：`other` 中的每一年整年替换（或新增）本日历的同一年，
    /// 其余年份不变。用于 `--calendar 文件`：单位的文件优先于内置数据。
    pub fn merge(&mut self, other: Calendar) {
        self.years.extend(other.years);
    }

    /// 日历包含的年份，从小到大。
    pub fn years(&self) -> Vec<i32> {
        self.years.keys().copied().collect()
    }

    /// 某年数据所依据的通知文号（`source`）；没有该年时为 `None`。
    pub fn source(&self, year: i32) -> Option<&str> {
        self.years.get(&year).map(|y| y.source.as_str())
    }

    /// 某年数据来自哪个文件（内置文件或 `--calendar` 指定的文件）；没有该年时为 `None`。
    pub fn origin(&self, year: i32) -> Option<&str> {
        self.years.get(&year).map(|y| y.origin.as_str())
    }

    /// `d` 是否为工作日。
    ///
    /// 调休上班日（`workdays`）→ `true`；放假日（`holidays`）→ `false`；
    /// 其余：周一至周五 → `true`，周六、周日 → `false`。
    /// 日历中没有 `d` 所在年份时返回 [`CalendarError::YearMissing`]，不做猜测。
    pub fn is_workday(&self, d: NaiveDate) -> Result<bool, CalendarError> {
        let y = self.years.get(&d.year()).ok_or(CalendarError::YearMissing { year: d.year(), date: d })?;
        if y.workdays.contains(&d) {
            Ok(true)
        } else if y.holidays.contains(&d) {
            Ok(false)
        } else {
            Ok(!is_weekend(d))
        }
    }

    /// 从 `start` 起算 `n` 个工作日的期间，返回其最后一日（该日必为工作日）。
    ///
    /// `start` 当日不计入，自下一日开始数工作日：返回的日期 `e` 满足
    /// `workdays_after_through(start, e) == n` 且 `e` 本身是工作日。
    /// 依据《民法典》第二百零一条第一款“按照年、月、日计算期间的，开始的当日不计入，
    /// 自下一日开始计算”——起算日（如送达日、公布日）已过去一部分，不算一整天。
    /// 因结果总是工作日，第二百零三条的顺延不再需要。
    ///
    /// 用于“自某日起N个工作日内”的截止日（截止日当日可完成，至二十四时），
    /// 以及“不少于N个工作日”的最早届满日（其后一日才可举行下一步的会议）。
    /// `n == 0` 时返回 `start`。
    ///
    /// 例：2025-09-26（周五）起 7 个工作日 → 9-28（周日调休上班）、9-29、9-30、
    /// 10-09、10-10、10-11（周六调休上班）、10-13，即 2025-10-13。
    pub fn add_workdays(&self, start: NaiveDate, n: u32) -> Result<NaiveDate, CalendarError> {
        self.step_workdays(start, n, next_day)
    }

    /// 从 `end` 往前数 `n` 个工作日（`end` 当日不计入），返回数到的第 `n` 个工作日（最早的那一天）。
    ///
    /// 与 [`Calendar::add_workdays`] 对称，用于“某事须在某会议N个工作日前完成”时推算最晚日期：
    /// 会议日 `end` 不计入，会前的 `n` 个工作日是 `sub_workdays(end, n)` 至 `end` 前一日；
    /// 送达当日按《民法典》第二百零一条不计入期间，所以最晚送达日是 `sub_workdays(end, n)` 的前一日，
    /// 此时 `workdays_between(最晚送达日, end) == n`。
    /// `n == 0` 时返回 `end`。
    ///
    /// 例：座谈会 2025-10-09（周四），3个工作日前送达：往前数 9-30(1)、9-29(2)、9-28 周日调休上班(3)，
    /// `sub_workdays` 得 2025-09-28，最晚送达日为 2025-09-27。
    pub fn sub_workdays(&self, end: NaiveDate, n: u32) -> Result<NaiveDate, CalendarError> {
        self.step_workdays(end, n, prev_day)
    }

    /// 从 `from` 起（不计入）逐日 `step`（向后或向前），数到第 `n` 个工作日，返回该日。
    fn step_workdays(
        &self,
        from: NaiveDate,
        n: u32,
        step: fn(NaiveDate) -> Result<NaiveDate, CalendarError>,
    ) -> Result<NaiveDate, CalendarError> {
        let mut d = from;
        let mut counted = 0u32;
        while counted < n {
            d = step(d)?;
            if self.is_workday(d)? {
                counted += 1;
            }
        }
        Ok(d)
    }

    /// `from` 与 `to` 之间（两端都不算）的工作日个数：满足 `from < d < to` 的工作日 `d` 的个数。
    ///
    /// 用于“某事须在某会议/听证N个工作日前完成”“间隔N个工作日”：
    /// 起算日（送达日、送审日）按《民法典》第二百零一条不计入；会议、听证、集体讨论举行的当日
    /// 已不能再用于准备或审查，也不计入。于是“座谈会召开3个工作日前送达”即
    /// `workdays_between(送达日, 座谈会日) >= 3`；合法性审查“一般不少于7个工作日”即
    /// `workdays_between(送审日, 集体讨论日) >= 7`。
    ///
    /// `to` 不晚于 `from` 的次日时区间为空，返回 0。
    pub fn workdays_between(&self, from: NaiveDate, to: NaiveDate) -> Result<i64, CalendarError> {
        self.count_workdays(from, to, false)
    }

    /// `from` 之后直到 `to`（含 `to`）的工作日个数：满足 `from < d <= to` 的工作日 `d` 的个数。
    ///
    /// 用于期间以“截止日”结束的情形：截止日当日仍可办理（《民法典》第二百零三条第二款：
    /// “期间的最后一日的截止时间为二十四时”），所以截止日计入；起算日按第二百零一条不计入。
    /// 如专家“不少于5个工作日的研究论证时间”、书面意见截止日为 `to` 时，
    /// 要求 `workdays_after_through(材料提供日, 截止日) >= 5`。
    ///
    /// `to` 不晚于 `from` 时区间为空，返回 0。
    pub fn workdays_after_through(&self, from: NaiveDate, to: NaiveDate) -> Result<i64, CalendarError> {
        self.count_workdays(from, to, true)
    }

    /// 第一个不早于 `d` 的工作日：`d` 是工作日时就是 `d`，否则是其后第一个工作日。
    ///
    /// 即《民法典》第二百零三条第一款的顺延：“期间的最后一日是法定休假日的，
    /// 以法定休假日结束的次日为期间的最后一日。”用于“N日内”期间：先按日历日数出最后一日，
    /// 再用本函数顺延。调休上班的周六、周日是工作日，不顺延。
    pub fn first_workday_on_or_after(&self, d: NaiveDate) -> Result<NaiveDate, CalendarError> {
        let mut d = d;
        while !self.is_workday(d)? {
            d = next_day(d)?;
        }
        Ok(d)
    }

    /// 最后一个不晚于 `d` 的工作日：`d` 是工作日时就是 `d`，否则是其前最后一个工作日。
    ///
    /// 用于给出“最晚送达日”的建议：算出的最晚日期恰逢休息日时，实际应在其前最后一个工作日办理
    /// （不能往后顺延，往后会缩短法定的提前期）。
    pub fn last_workday_on_or_before(&self, d: NaiveDate) -> Result<NaiveDate, CalendarError> {
        let mut d = d;
        while !self.is_workday(d)? {
            d = prev_day(d)?;
        }
        Ok(d)
    }

    fn count_workdays(&self, from: NaiveDate, to: NaiveDate, include_to: bool) -> Result<i64, CalendarError> {
        let mut count = 0i64;
        let mut d = from;
        loop {
            d = next_day(d)?;
            if d > to || (d == to && !include_to) {
                break;
            }
            if self.is_workday(d)? {
                count += 1;
            }
        }
        Ok(count)
    }
}

/// 前一日。
fn prev_day(d: NaiveDate) -> Result<NaiveDate, CalendarError> {
    d.pred_opt().ok_or(CalendarError::YearMissing { year: d.year().saturating_sub(1), date: d })
}

/// 次日。chrono 的日期上限远超日历允许的年份（≤2200），超出时按“缺少次年数据”报错。
fn next_day(d: NaiveDate) -> Result<NaiveDate, CalendarError> {
    d.succ_opt().ok_or(CalendarError::YearMissing { year: d.year().saturating_add(1), date: d })
}

#[cfg(test)]
mod tests;

/// 内置工作日历，并入 `--calendar` 指定的文件（其中的年份整年替换内置数据）。
pub fn load(file: Option<&std::path::Path>) -> crate::Result<Calendar> {
    let mut cal = Calendar::builtin();
    if let Some(path) = file {
        let text = crate::input::files::read_text(path, crate::input::files::SMALL_LIMIT, "工作日历文件")?;
        cal.merge(Calendar::from_yaml_str(&text, &path.display().to_string()).map_err(crate::Error::input)?);
    }
    Ok(cal)
}
