//! `gen plan`：由本案的各项期间（[`crate::facts::deadlines`]，程序检查用的也是它们）列出其余环节的法定日期——
//! 听证会最早召开日、征求意见最早截止日、专家研究时间届满、合法性审查届满后集体讨论的最早日期、
//! 备案最后一日、原件移交最后一日等。每一行写明起算的事实、法定日期（不早于/不晚于）、遇休息日的建议日期、
//! 案卷中已记录的日期和是否相符；是否相符取自期间本身的判断，不另行比较日期。

use serde::{Deserialize, Serialize};

use super::deadlines::{is_meeting, Deadline, Period};
use super::Facts;
use crate::input::case::Date;
use crate::law::calendar::{Calendar, CalendarError};
use crate::law::counting::{workday_on_or_after, workday_on_or_before};
use crate::law::Step;

/// 期限的方向。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub enum Bound {
    #[serde(rename = "不早于")]
    NotBefore,
    #[serde(rename = "不晚于")]
    NotAfter,
}

impl Bound {
    pub fn name(self) -> &'static str {
        match self {
            Bound::NotBefore => "不早于",
            Bound::NotAfter => "不晚于",
        }
    }
}

/// 一行的状态。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub enum PlanStatus {
    #[serde(rename = "符合")]
    Met,
    #[serde(rename = "不符合")]
    Missed,
    #[serde(rename = "待办")]
    Pending,
    #[serde(rename = "无法计算")]
    Unknown,
}

impl PlanStatus {
    pub fn name(self) -> &'static str {
        match self {
            PlanStatus::Met => "符合",
            PlanStatus::Missed => "不符合",
            PlanStatus::Pending => "待办",
            PlanStatus::Unknown => "无法计算",
        }
    }
}

/// 一项期限。
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct PlanRow {
    /// 程序环节代号（同检查结果的 step）
    pub step: Step,
    /// 环节中文名称
    pub step_name: String,
    /// 事项，如“听证会最早召开日”
    pub item: String,
    /// 起算的事实，如“听证材料最后送达”
    pub basis: String,
    /// 起算的日期
    pub from: Date,
    /// 不早于 / 不晚于
    pub bound: Bound,
    /// 法定日期（无法计算时为空）
    pub due: Option<Date>,
    /// 建议日期：法定日期恰逢休息日时，提前（不晚于）或推后（不早于）到工作日；与法定日期相同时为空
    pub suggested: Option<Date>,
    /// 案卷中已记录的日期（未办时为空）
    pub actual: Option<Date>,
    /// 符合 / 不符合 / 待办 / 无法计算
    pub status: PlanStatus,
    /// 说明（如工作日历缺少某年的数据）
    pub note: String,
    /// 规则代号
    pub rule_id: String,
    /// 出处
    pub citation: String,
}

/// 期限表。
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Plan {
    /// 案卷中记录的最后一个日期（期限表的成文日期；不用当天日期，同一案卷每次结果相同）
    pub as_of: Option<Date>,
    /// 各项期限，按程序先后
    pub rows: Vec<PlanRow>,
    /// 下一步要制作的文书：已到应当制作的时候、案卷中还没有记录的
    pub next: Vec<NextDoc>,
}

/// 下一步要制作的一份文书。
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct NextDoc {
    /// 子命令名（`gen 子命令 案卷 --draft` 先出草稿）
    pub id: String,
    /// 文书名称
    pub name: String,
    /// 所属环节中文名称
    pub step_name: String,
    /// 在案卷中填写的位置
    pub field: String,
    /// 依据
    pub citation: String,
}

/// 期限表中的一行看期间的哪一端。
#[derive(Clone, Copy, PartialEq, Eq)]
enum View {
    /// 已知终日，列出起日的最晚日期（如材料最晚送达日）；建议日期为其前最后一个工作日
    LatestFrom,
    /// 已知起日，列出终日的最早日期；`suggest` 时建议日期为其后第一个工作日
    EarliestTo { suggest: bool },
    /// 已知起日，列出终日的最后一日（“N日内”“N个工作日内”）
    LastTo,
}

struct Row<'d> {
    d: &'d Deadline,
    view: View,
    item: String,
    basis: String,
    /// 起算的日期（显示用）
    from: Date,
    actual: Option<Date>,
}

/// 计算期限表。
pub fn plan(facts: &Facts) -> Plan {
    let case = facts.case;
    let mut rows: Vec<Row> = Vec::new();
    for d in &facts.deadlines {
        let n = d.n;
        match d.period {
            Period::Comment => {
                let c = case.participation.as_ref().and_then(|p| p.comment.as_ref()).expect("有征求意见才有此期间");
                let (basis, at) =
                    if d.from == Some(c.published_on) { ("公告发布", c.published_on) } else { ("征求意见开始", c.start) };
                let view = View::EarliestTo { suggest: true };
                rows.push(Row {
                    d, view, item: format!("征求意见截止日（不少于{n}日）"), basis: basis.into(), from: at, actual: d.to
                });
            }
            Period::SymposiumNotice(_) => rows.push(Row {
                d,
                view: View::LatestFrom,
                item: format!("座谈会材料最晚送达日（{n}个工作日前）"),
                basis: "座谈会".into(),
                from: d.to.expect("座谈会日期"),
                actual: d.from,
            }),
            Period::HearingDelivery(_) => {}                    // 各参加人合为两行，见下
            Period::ExpertStudy | Period::ExpertMaterials => {} // 取工作日数多的一条，见下
            Period::LegalityReview => rows.push(Row {
                d,
                view: View::EarliestTo { suggest: false },
                item: format!("集体讨论最早日期（审查时间不少于{n}个工作日）"),
                basis: "送请合法性审查".into(),
                from: d.from.expect("送审日期"),
                actual: d.to,
            }),
            Period::JointOpinion(i) => {
                let dept = case
                    .legality
                    .as_ref()
                    .and_then(|l| l.joint_review.as_ref())
                    .and_then(|j| j.opinions.get(i))
                    .map(|o| o.department.as_str())
                    .unwrap_or_default();
                rows.push(last_to(d, format!("{dept}会审书面意见最后一日（{n}个工作日内）"), "会审材料送达"));
            }
            Period::JusticeReview => {
                let reviewer = case.legality.as_ref().map(|l| l.reviewer.as_str()).unwrap_or_default();
                rows.push(last_to(d, format!("{reviewer}审查意见最后一日（{n}日内）"), "送审"));
            }
            Period::Supplement(_) => rows.push(last_to(d, format!("补送材料最后一日（{n}个工作日内）"), "要求补充材料")),
            Period::MeetingMaterials => rows.push(Row {
                d,
                view: View::LatestFrom,
                item: format!("会议材料最晚送达日（会前{n}日）"),
                basis: "会议".into(),
                from: d.to.expect("会议日期"),
                actual: d.from,
            }),
            Period::Filing => rows.push(last_to(d, format!("备案最后一日（公布之日起{n}日内）"), "决策公布")),
            Period::ArchiveTransfer => rows.push(last_to(d, format!("其他承办单位移交原件最后一日（办结之日起{n}日内）"), "决策办结")),
        }
    }
    let mut out: Vec<PlanRow> = rows.iter().map(|r| row(facts.calendar, r)).collect();
    out.extend(hearing(facts));
    out.extend(experts(facts));
    out.sort_by_key(|r| r.step);
    let next = super::documents::pending(case, &facts.law)
        .into_iter()
        .map(|(k, field)| NextDoc {
            id: k.id.to_string(),
            name: k.name.to_string(),
            step_name: k.step.map(|s| s.name().to_string()).unwrap_or_else(|| k.category.name().to_string()),
            field: field.to_string(),
            citation: facts.law.document_basis(k.id).join("；"),
        })
        .collect();
    Plan { as_of: facts.as_of, rows: out, next }
}

fn last_to<'d>(d: &'d Deadline, item: String, basis: &str) -> Row<'d> {
    Row { d, view: View::LastTo, item, basis: basis.into(), from: d.from.expect("“之内”的期间有起日"), actual: d.to }
}

/// 听证会：各参加人的送达期间合为两行——材料最晚送达日（与最晚送达的那位比较；有一位不合格即不符合），
/// 和按最后一次送达算出的听证会最早召开日。
fn hearing(facts: &Facts) -> Vec<PlanRow> {
    let ds: Vec<&Deadline> = facts.deadlines.iter().filter(|d| matches!(d.period, Period::HearingDelivery(_))).collect();
    let Some(first) = ds.first() else { return Vec::new() };
    let n = first.n;
    let date = first.to.expect("听证会日期");
    let last = ds.iter().filter(|d| d.from.is_some()).max_by_key(|d| d.from).copied();
    let latest = Row {
        d: first,
        view: View::LatestFrom,
        item: format!("听证材料最晚送达日（{n}日前）"),
        basis: "听证会".into(),
        from: date,
        actual: last.and_then(|d| d.from),
    };
    let mut r = row(facts.calendar, &latest);
    r.status = if ds.iter().any(|d| d.met == Some(Ok(false))) {
        PlanStatus::Missed
    } else if ds.iter().all(|d| d.met == Some(Ok(true))) {
        PlanStatus::Met
    } else {
        PlanStatus::Pending
    };
    let mut out = vec![r];
    if let Some(d) = last {
        let view = View::EarliestTo { suggest: false };
        let from = d.from.expect("已送达");
        let earliest =
            Row { d, view, item: "听证会最早召开日".into(), basis: "听证材料最后送达".into(), from, actual: d.to };
        out.push(row(facts.calendar, &earliest));
    }
    out
}

/// 专家论证：研究时间和提前提供材料两条都适用时取工作日数多的一条。已送达材料的列出论证会（书面意见截止）
/// 最早日期，尚未送达的列出材料最晚送达日。
fn experts(facts: &Facts) -> Vec<PlanRow> {
    let Some(e) = &facts.case.experts else { return Vec::new() };
    let ds = facts.deadlines.iter().filter(|d| matches!(d.period, Period::ExpertStudy | Period::ExpertMaterials));
    let Some(d) = ds.max_by_key(|d| d.n) else { return Vec::new() };
    let (n, meeting) = (d.n, is_meeting(e));
    let r = match d.from {
        Some(sent) => {
            let name = if meeting { "专家论证会最早召开日" } else { "专家书面意见最早截止日" };
            let view = View::EarliestTo { suggest: false };
            let item = format!("{name}（研究时间不少于{n}个工作日）");
            Row { d, view, item, basis: "论证材料送达专家".into(), from: sent, actual: d.to }
        }
        None => Row {
            d,
            view: View::LatestFrom,
            item: format!("论证材料最晚送达日（研究时间不少于{n}个工作日）"),
            basis: if meeting { "论证会" } else { "书面意见截止" }.into(),
            from: e.date,
            actual: None,
        },
    };
    vec![row(facts.calendar, &r)]
}

fn row(cal: &Calendar, r: &Row) -> PlanRow {
    let d = r.d;
    let (bound, due) = match r.view {
        View::LatestFrom => (Bound::NotAfter, d.due_from.clone()),
        View::EarliestTo { .. } => (Bound::NotBefore, d.due_to.clone()),
        View::LastTo => (Bound::NotAfter, d.due_to.clone()),
    };
    let suggest = |due: Date| -> Result<Option<Date>, CalendarError> {
        let s = match r.view {
            View::LatestFrom => workday_on_or_before(cal, due)?,
            View::EarliestTo { suggest: true } => workday_on_or_after(cal, due)?,
            _ => due,
        };
        Ok((s != due).then_some(s))
    };
    let (due, suggested, mut status, mut note) = match due.map(|r| r.and_then(|due| Ok((due, suggest(due)?)))) {
        Some(Ok((due, suggested))) => (Some(due), suggested, PlanStatus::Pending, String::new()),
        Some(Err(e)) => (None, None, PlanStatus::Unknown, e.to_string()),
        None => (None, None, PlanStatus::Unknown, String::new()),
    };
    if status == PlanStatus::Pending && r.actual.is_some() {
        match &d.met {
            Some(Ok(true)) => status = PlanStatus::Met,
            Some(Ok(false)) => status = PlanStatus::Missed,
            Some(Err(e)) => (status, note) = (PlanStatus::Unknown, e.to_string()),
            None => {}
        }
    }
    PlanRow {
        step: d.step,
        step_name: d.step.name().to_string(),
        item: r.item.clone(),
        basis: r.basis.clone(),
        from: r.from,
        bound,
        due,
        suggested,
        actual: r.actual,
        status,
        note,
        rule_id: d.rule.id.clone(),
        citation: d.rule.citation.clone(),
    }
}

/// 终端中的期限表：每项一行，列宽按显示宽度（汉字占两格）对齐。
pub fn table(plan: &Plan) -> String {
    let head = ["环节", "事项", "起算", "法定日期", "建议日期", "案卷记载", "状态", "依据"];
    let date = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
    let mut lines: Vec<Vec<String>> = vec![head.iter().map(|s| s.to_string()).collect()];
    for r in &plan.rows {
        let due = match r.due {
            Some(d) => format!("{}{d}", r.bound.name()),
            None => "—".to_string(),
        };
        lines.push(vec![
            r.step_name.clone(),
            r.item.clone(),
            format!("{} {}", r.basis, r.from),
            due,
            date(r.suggested),
            date(r.actual),
            r.status.name().to_string(),
            r.citation.clone(),
        ]);
    }
    let widths: Vec<usize> = (0..head.len()).map(|c| lines.iter().map(|l| width(&l[c])).max().unwrap_or(0)).collect();
    let mut out = String::new();
    for l in &lines {
        let cells: Vec<String> = l.iter().zip(&widths).map(|(s, w)| format!("{s}{}", " ".repeat(w - width(s)))).collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    for r in plan.rows.iter().filter(|r| !r.note.is_empty()) {
        out.push_str(&format!("无法计算“{}”：{}\n", r.item, r.note));
    }
    if plan.rows.is_empty() {
        out.push_str("案卷中还没有可以推算期限的环节记录。\n");
    }
    if !plan.next.is_empty() {
        out.push_str("\n下一步要制作的文书（案卷中填写后 gen all 生成；先出草稿：gen 子命令 案卷 --draft）：\n");
        for n in &plan.next {
            out.push_str(&format!("  {}：{}（gen {}；填写 {}；依据：{}）\n", n.step_name, n.name, n.id, n.field, n.citation));
        }
    }
    out
}

/// 显示宽度：东亚宽字符占两格（unicode-width）。
fn width(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}
