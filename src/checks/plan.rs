//! `gen plan`：根据案卷已记录的各环节，算出其余各环节的法定日期——听证会最早召开日、征求意见最早截止日、
//! 专家研究时间届满、合法性审查届满后集体讨论的最早日期、备案最后一日、原件移交最后一日等。
//! 每一行写明起算的事实、法定日期（不早于/不晚于）、遇休息日的建议日期、案卷中已记录的日期和是否相符。
//! 算法与 [`super::check`] 相同（docs/counting.md），数字取自规则表。

use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

use super::counting::{
    earliest_event_after_workdays, latest_before_workdays, minus_days, plus_days, within_days_last, workday_on_or_after,
    workday_on_or_before,
};
use super::experts::is_meeting;
use super::findings::Ctx;
use super::legality::{earliest_meeting, is_justice_bureau, supplement_extra};
use super::step_name;
use crate::calendar::{Calendar, CalendarError};
use crate::case::{Case, Date};
use crate::rules::Rule;

/// 期限的方向。
const NOT_BEFORE: &str = "不早于";
const NOT_AFTER: &str = "不晚于";

/// 一项期限。
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanRow {
    /// 程序环节代号（同检查结果的 step）
    pub step: String,
    /// 环节中文名称
    pub step_name: String,
    /// 事项，如“听证会最早召开日”
    pub item: String,
    /// 起算的事实，如“听证材料最后送达”
    pub basis: String,
    /// 起算的日期
    pub from: Date,
    /// 不早于 / 不晚于
    pub bound: String,
    /// 法定日期（无法计算时为空）
    pub due: Option<Date>,
    /// 建议日期：法定日期恰逢休息日时，提前（不晚于）或推后（不早于）到工作日；与法定日期相同时为空
    pub suggested: Option<Date>,
    /// 案卷中已记录的日期（未办时为空）
    pub actual: Option<Date>,
    /// 符合 / 不符合 / 待办 / 无法计算
    pub status: String,
    /// 说明（如工作日历缺少某年的数据）
    pub note: String,
    /// 规则代号
    pub rule_id: String,
    /// 出处
    pub citation: String,
}

/// 期限表。
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    /// 案卷中记录的最后一个日期（期限表的成文日期；不用当天日期，同一案卷每次结果相同）
    pub as_of: Option<Date>,
    /// 各项期限，按程序先后
    pub rows: Vec<PlanRow>,
}

/// 计算期限表。
pub fn plan(case: &Case, cal: &Calendar) -> Plan {
    let ctx = Ctx::new(case, cal);
    let mut rows = Vec::new();
    comment(&ctx, &mut rows);
    symposiums(&ctx, &mut rows);
    hearing(&ctx, &mut rows);
    experts(&ctx, &mut rows);
    legality(&ctx, &mut rows);
    meeting(&ctx, &mut rows);
    after(&ctx, &mut rows);
    rows.sort_by_key(|r| super::step_order(&r.step));
    Plan { as_of: latest_date(case), rows }
}

/// 模板用的数据（`plan.as_of`、`plan.rows`）。
pub fn plan_json(case: &Case, cal: &Calendar) -> Json {
    serde_json::to_value(plan(case, cal)).expect("plan serializes")
}

struct Item<'a> {
    step: &'a str,
    item: String,
    basis: String,
    from: Date,
    bound: &'static str,
    rule: &'a Rule,
}

fn push(rows: &mut Vec<PlanRow>, it: Item, due: Result<(Date, Date), CalendarError>, actual: Option<Date>) {
    let (due, suggested, status, note) = match due {
        Ok((due, sugg)) => {
            let ok = |a: Date| if it.bound == NOT_BEFORE { a >= due } else { a <= due };
            let status = match actual {
                Some(a) if ok(a) => "符合",
                Some(_) => "不符合",
                None => "待办",
            };
            (Some(due), (sugg != due).then_some(sugg), status, String::new())
        }
        Err(e) => (None, None, "无法计算", e.to_string()),
    };
    rows.push(PlanRow {
        step: it.step.to_string(),
        step_name: step_name(it.step).to_string(),
        item: it.item,
        basis: it.basis,
        from: it.from,
        bound: it.bound.to_string(),
        due,
        suggested,
        actual,
        status: status.to_string(),
        note,
        rule_id: it.rule.id.clone(),
        citation: it.rule.citation.clone(),
    });
}

/// “不晚于”的日期与建议（恰逢休息日时提前到其前最后一个工作日）。
fn latest(cal: &Calendar, due: Result<Date, CalendarError>) -> Result<(Date, Date), CalendarError> {
    let due = due?;
    Ok((due, workday_on_or_before(cal, due)?))
}

/// “不早于”的截止日与建议（恰逢休息日时推后到其后第一个工作日）。
fn earliest(cal: &Calendar, due: Result<Date, CalendarError>) -> Result<(Date, Date), CalendarError> {
    let due = due?;
    Ok((due, workday_on_or_after(cal, due)?))
}

fn comment(ctx: &Ctx, rows: &mut Vec<PlanRow>) {
    let Some(c) = ctx.case.participation.as_ref().and_then(|p| p.comment.as_ref()) else { return };
    let Some(rule) = ctx.rule("comment_period_min_days", c.published_on) else { return };
    let Some(n) = rule.params.days else { return };
    let from = c.published_on.max(minus_days(c.start, 1));
    let (basis, at) = if from == c.published_on { ("公告发布", c.published_on) } else { ("征求意见开始", c.start) };
    let item = Item { step: "comment", item: format!("征求意见截止日（不少于{n}日）"), basis: basis.into(), from: at, bound: NOT_BEFORE, rule };
    push(rows, item, earliest(ctx.cal, Ok(plus_days(from, n))), Some(c.end));
}

fn symposiums(ctx: &Ctx, rows: &mut Vec<PlanRow>) {
    let Some(p) = &ctx.case.participation else { return };
    for s in &p.symposiums {
        let Some(rule) = ctx.rule("symposium_notice_min_workdays", s.date) else { continue };
        let Some(n) = rule.params.workdays else { continue };
        let item = Item {
            step: "symposium",
            item: format!("座谈会材料最晚送达日（{n}个工作日前）"),
            basis: "座谈会".into(),
            from: s.date,
            bound: NOT_AFTER,
            rule,
        };
        push(rows, item, latest(ctx.cal, latest_before_workdays(ctx.cal, s.date, n)), s.materials_sent_on);
    }
}

fn hearing(ctx: &Ctx, rows: &mut Vec<PlanRow>) {
    let Some(h) = ctx.case.participation.as_ref().and_then(|p| p.hearing.as_ref()) else { return };
    let Some(rule) = ctx.rule("hearing_delivery_min_days", h.date) else { return };
    let Some(n) = rule.params.days else { return };
    let last_delivery = h.participants.iter().filter_map(|p| p.delivered_on).max();
    let item = Item {
        step: "hearing",
        item: format!("听证材料最晚送达日（{n}日前）"),
        basis: "听证会".into(),
        from: h.date,
        bound: NOT_AFTER,
        rule,
    };
    push(rows, item, latest(ctx.cal, Ok(minus_days(h.date, n))), last_delivery);
    if let Some(d) = last_delivery {
        let item = Item {
            step: "hearing",
            item: "听证会最早召开日".to_string(),
            basis: "听证材料最后送达".into(),
            from: d,
            bound: NOT_BEFORE,
            rule,
        };
        push(rows, item, Ok((plus_days(d, n), plus_days(d, n))), Some(h.date));
    }
}

fn experts(ctx: &Ctx, rows: &mut Vec<PlanRow>) {
    let Some(e) = &ctx.case.experts else { return };
    let meeting = is_meeting(e);
    let mut ids = vec!["expert_study_min_workdays"];
    if meeting {
        ids.push("expert_meeting_materials_min_workdays");
    }
    // 两条都适用时取工作日数多的一条。
    let Some((rule, n)) = ids
        .iter()
        .filter_map(|id| ctx.rule(id, e.date))
        .filter_map(|r| r.params.workdays.map(|n| (r, n)))
        .max_by_key(|(_, n)| *n)
    else {
        return;
    };
    match e.materials_sent_on {
        Some(sent) => {
            let (name, due) = if meeting {
                ("专家论证会最早召开日", earliest_event_after_workdays(ctx.cal, sent, n))
            } else {
                ("专家书面意见最早截止日", ctx.cal.add_workdays(sent.0, n).map(Date))
            };
            let item = Item {
                step: "experts",
                item: format!("{name}（研究时间不少于{n}个工作日）"),
                basis: "论证材料送达专家".into(),
                from: sent,
                bound: NOT_BEFORE,
                rule,
            };
            push(rows, item, due.map(|d| (d, d)), Some(e.date));
        }
        None => {
            // 会议当日不计入；书面意见截止日计入（从截止日次日往前数）。
            let event = if meeting { e.date } else { plus_days(e.date, 1) };
            let item = Item {
                step: "experts",
                item: format!("论证材料最晚送达日（研究时间不少于{n}个工作日）"),
                basis: if meeting { "论证会" } else { "书面意见截止" }.into(),
                from: e.date,
                bound: NOT_AFTER,
                rule,
            };
            push(rows, item, latest(ctx.cal, latest_before_workdays(ctx.cal, event, n)), None);
        }
    }
}

fn legality(ctx: &Ctx, rows: &mut Vec<PlanRow>) {
    let Some(l) = &ctx.case.legality else { return };
    let meeting_date = ctx.case.meeting.as_ref().map(|m| m.date);
    if let Some(rule) = ctx.rule("legality_review_min_workdays", l.submitted_on) {
        if let Some(n) = rule.params.workdays {
            let item = Item {
                step: "legality",
                item: format!("集体讨论最早日期（审查时间不少于{n}个工作日）"),
                basis: "送请合法性审查".into(),
                from: l.submitted_on,
                bound: NOT_BEFORE,
                rule,
            };
            push(rows, item, earliest_meeting(ctx, l, n).map(|d| (d, d)), meeting_date);
        }
    }
    if let Some(rule) = ctx.rule("legality_review_max_workdays", l.submitted_on) {
        if let Some(n) = rule.params.workdays {
            let item = Item {
                step: "legality",
                item: format!("会审原则上最迟完成日（不超过{n}个工作日）"),
                basis: "送审".into(),
                from: l.submitted_on,
                bound: NOT_AFTER,
                rule,
            };
            let due = supplement_extra(ctx, l).and_then(|x| ctx.cal.add_workdays(l.submitted_on.0, n + x)).map(|d| (Date(d), Date(d)));
            push(rows, item, due, l.completed_on);
        }
    }
    if let Some(rule) = ctx.rule("justice_review_max_days", l.submitted_on).filter(|_| is_justice_bureau(&l.reviewer)) {
        if let Some(n) = rule.params.days {
            let item = Item {
                step: "legality",
                item: format!("{}审查意见最后一日（{n}日内）", l.reviewer),
                basis: "送审".into(),
                from: l.submitted_on,
                bound: NOT_AFTER,
                rule,
            };
            push(rows, item, within_days_last(ctx.cal, l.submitted_on, n).map(|d| (d, d)), l.completed_on);
        }
    }
    for s in &l.supplements {
        let Some(rule) = ctx.rule("legality_supplement_max_workdays", s.requested_on) else { continue };
        let Some(n) = rule.params.workdays else { continue };
        let item = Item {
            step: "legality",
            item: format!("补送材料最后一日（{n}个工作日内）"),
            basis: "要求补充材料".into(),
            from: s.requested_on,
            bound: NOT_AFTER,
            rule,
        };
        push(rows, item, ctx.cal.add_workdays(s.requested_on.0, n).map(|d| (Date(d), Date(d))), s.supplied_on);
    }
}

fn meeting(ctx: &Ctx, rows: &mut Vec<PlanRow>) {
    let Some(m) = &ctx.case.meeting else { return };
    let Some(rule) = ctx.rule("meeting_materials_min_days", m.date) else { return };
    let Some(n) = rule.params.days else { return };
    let item = Item {
        step: "meeting",
        item: format!("会议材料最晚送达日（会前{n}日）"),
        basis: "会议".into(),
        from: m.date,
        bound: NOT_AFTER,
        rule,
    };
    push(rows, item, latest(ctx.cal, Ok(minus_days(m.date, n))), m.materials_sent_on);
}

fn after(ctx: &Ctx, rows: &mut Vec<PlanRow>) {
    if let Some(p) = &ctx.case.publication {
        let item = |n| format!("备案最后一日（公布之日起{n}日内）");
        within_days(ctx, rows, "filing_after_publication_max_days", "publication", item, "决策公布", p.published_on, p.filed_on);
    }
    if let Some(a) = ctx.case.archive.as_ref().filter(|_| !ctx.case.decision.co_units.is_empty()) {
        let item = |n| format!("其他承办单位移交原件最后一日（办结之日起{n}日内）");
        within_days(ctx, rows, "archive_transfer_max_days", "archive", item, "决策办结", a.closed_on, a.transferred_on);
    }
}

/// “自某日起N日内”的最后一日（遇休息日顺延）一行。
#[allow(clippy::too_many_arguments)]
fn within_days(
    ctx: &Ctx,
    rows: &mut Vec<PlanRow>,
    rule_id: &str,
    step: &'static str,
    item: impl Fn(u32) -> String,
    basis: &str,
    from: Date,
    actual: Option<Date>,
) {
    let Some(rule) = ctx.rule(rule_id, from) else { return };
    let Some(n) = rule.params.days else { return };
    let it = Item { step, item: item(n), basis: basis.into(), from, bound: NOT_AFTER, rule };
    push(rows, it, within_days_last(ctx.cal, from, n).map(|d| (d, d)), actual);
}

/// 案卷中记录的最后一个日期。
fn latest_date(case: &Case) -> Option<Date> {
    fn walk(v: &Json, best: &mut Option<Date>) {
        match v {
            Json::String(s) if s.len() == 10 && s.as_bytes()[4] == b'-' => {
                if let Ok(d) = Date::parse(s) {
                    *best = (*best).max(Some(d));
                }
            }
            Json::Array(a) => a.iter().for_each(|x| walk(x, best)),
            Json::Object(o) => o.values().for_each(|x| walk(x, best)),
            _ => {}
        }
    }
    let mut best = None;
    walk(&serde_json::to_value(case).unwrap_or(Json::Null), &mut best);
    best
}

/// 终端中的期限表：每项一行，列宽按显示宽度（汉字占两格）对齐。
pub fn table(plan: &Plan) -> String {
    let head = ["环节", "事项", "起算", "法定日期", "建议日期", "案卷记载", "状态", "依据"];
    let date = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
    let mut lines: Vec<Vec<String>> = vec![head.iter().map(|s| s.to_string()).collect()];
    for r in &plan.rows {
        let due = match r.due {
            Some(d) => format!("{}{d}", r.bound),
            None => "—".to_string(),
        };
        lines.push(vec![
            r.step_name.clone(),
            r.item.clone(),
            format!("{} {}", r.basis, r.from),
            due,
            date(r.suggested),
            date(r.actual),
            r.status.clone(),
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
    out
}

/// 显示宽度：汉字等全角字符占两格。
fn width(s: &str) -> usize {
    s.chars().map(|c| if (c as u32) >= 0x1100 { 2 } else { 1 }).sum()
}
