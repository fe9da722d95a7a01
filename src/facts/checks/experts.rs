//! 专家论证：专家人数（单数、最少人数，复杂事项更多）、研究时间、提前提供材料、口头意见补交书面意见、
//! 不采纳意见的理由、论证先于集体讨论。规则按论证日期（`experts.date`）取已施行的一条：
//! 赤峰 2026-05-14 起按赤峰专家论证办法（复杂事项不少于5名），此前按赤峰专家库办法（不少于7位）。

use super::findings::{filled, Ctx};
use crate::facts::deadlines::is_meeting;
use crate::facts::Period;
use crate::input::case::{Adoption, ExpertReview};
use crate::law::Step;

pub fn check(ctx: &mut Ctx) {
    let Some(e) = ctx.case.experts.as_ref() else { return };
    count(ctx, e);
    method(ctx, e);
    interest(ctx, e);
    study_time(ctx, e);
    oral(ctx, e);
    nonadoption(ctx, e);
    before_discussion(ctx, e);
}

/// 专家人数：复杂事项（decision.complex）用 expert_count_complex，否则 expert_count_normal；
/// 参数 min（最少人数）与 odd（是否须为单数）。
fn count(ctx: &mut Ctx, e: &ExpertReview) {
    let complex = ctx.case.decision.complex;
    let id = if complex { "expert_count_complex" } else { "expert_count_normal" };
    let Some(rule) = ctx.rule(id, e.date) else { return };
    let n = e.members.len();
    let min = rule.params.min.unwrap_or(0) as usize;
    let odd = rule.params.odd.unwrap_or(false);
    let what = if complex { "（涉及面广、争议大或内容复杂的事项）" } else { "" };
    let facts = format!("论证专家{n}名{what}，论证日期 {}", e.date);
    let mut problems = Vec::new();
    if n < min {
        problems.push(format!("少于{min}名"));
    }
    if odd && n.is_multiple_of(2) {
        problems.push("不是单数".to_string());
    }
    if problems.is_empty() {
        let need = if odd { format!("单数且不少于{min}名") } else { format!("不少于{min}名") };
        ctx.pass(rule, Step::Experts, "experts.members", &format!("{facts}，{need}"));
    } else {
        ctx.fail(rule, Step::Experts, "experts.members", &format!("{facts}，{}", problems.join("，")));
    }
}

/// 论证方式须是规定的方式之一（按名称比较，也接受“论证会”与“专家论证会议”这类包含关系）。
fn method(ctx: &mut Ctx, e: &ExpertReview) {
    let Some(rule) = ctx.rule("expert_review_methods", e.date) else { return };
    let names: Vec<&str> = rule.params.items.iter().map(|i| i.name.as_str()).collect();
    let m = e.method.trim();
    let core = |s: &str| s.replace("专家", "").replace("会议", "会").replace("征询", "咨询").replace("意见", "");
    if names.iter().any(|n| core(n).contains(&core(m)) || core(m).contains(&core(n))) {
        ctx.pass(rule, Step::Experts, "experts.method", &format!("论证方式为{m}"));
    } else {
        ctx.notice(rule, Step::Experts, "experts.method", &format!("论证方式“{m}”不是规定的方式之一（{}）", names.join("、")));
    }
}

/// 不得选择与决策事项有直接利害关系的专家（条例 第二十条；昌黎规定 第三十条“应优先选择”较宽，按条例）。
fn interest(ctx: &mut Ctx, e: &ExpertReview) {
    let Some(rule) = ctx.rule("expert_direct_interest_excluded", e.date) else { return };
    let mut any = false;
    for (i, m) in e.members.iter().enumerate() {
        if let Some(what) = filled(&m.direct_interest) {
            any = true;
            ctx.fail(
                rule,
                Step::Experts,
                &format!("experts.members[{i}].direct_interest"),
                &format!("论证专家{}与决策事项有直接利害关系：{what}", m.name),
            );
        }
    }
    if !any {
        ctx.pass(rule, Step::Experts, "experts.members", &format!("{}名论证专家均未登记与决策事项有直接利害关系", e.members.len()));
    }
}

/// 研究时间（expert_study_min_workdays）与论证会提前提供材料（expert_meeting_materials_min_workdays）。
/// 少于规定工作日数而写明了理由（experts.shortened_reason，如情况紧急）的，只作提示。
fn study_time(ctx: &mut Ctx, e: &ExpertReview) {
    let meeting = is_meeting(e);
    for d in ctx.deadlines(|p| matches!(p, Period::ExpertStudy | Period::ExpertMaterials)).collect::<Vec<_>>() {
        let (rule, field) = (d.rule, d.field.as_str());
        let Some(sent) = d.from else {
            ctx.notice(rule, Step::Experts, field, &format!("论证材料送达专家的日期未填写，无法核对（论证日期 {}）", e.date));
            continue;
        };
        let k = match &d.measured {
            Some(Ok(k)) => *k,
            Some(Err(err)) => {
                ctx.calendar_missing(rule, Step::Experts, field, "专家研究时间的工作日数", err, true);
                continue;
            }
            None => continue,
        };
        let facts = if meeting {
            format!("论证材料 {sent} 送达专家，论证会 {}，其间工作日{k}个", e.date)
        } else {
            format!("论证材料 {sent} 送达专家，书面意见截止 {}，研究时间{k}个工作日", e.date)
        };
        ctx.workdays_at_least(d, &facts, &e.shortened_reason, "experts.shortened_reason");
    }
}

/// 口头意见须补交书面意见：赤峰“事后及时”（expert_oral_written_required），昌黎24小时之内（expert_oral_written_max_hours）。
fn oral(ctx: &mut Ctx, e: &ExpertReview) {
    for (i, m) in e.members.iter().enumerate() {
        let Some(oral) = &m.oral else { continue };
        let field = format!("experts.members[{i}].opinion");
        let said = match oral.time {
            Some(t) => format!("{} {t}", oral.date),
            None => oral.date.to_string(),
        };
        if let Some(rule) = ctx.rule("expert_oral_written_required", oral.date) {
            match &m.opinion {
                Some(op) => ctx.pass(rule, Step::Experts, &field, &format!("专家{}{said}口头发表意见，{}补交书面意见", m.name, op.date)),
                None => ctx.fail(rule, Step::Experts, &field, &format!("专家{}{said}口头发表意见，未见书面论证意见", m.name)),
            }
        }
        let Some(rule) = ctx.rule("expert_oral_written_max_hours", oral.date) else { continue };
        let Some(h) = rule.params.hours else { continue };
        let Some(op) = &m.opinion else {
            ctx.fail(rule, Step::Experts, &field, &format!("专家{}{said}口头发表意见，未见书面论证意见，应在{h}小时之内补交", m.name));
            continue;
        };
        let written = match op.time {
            Some(t) => format!("{} {t}", op.date),
            None => op.date.to_string(),
        };
        let facts = format!("专家{}{said}口头发表意见，{written}出具书面意见", m.name);
        let minutes = match (oral.time, op.time) {
            (Some(a), Some(b)) => Some((op.date.0.and_time(b.0) - oral.date.0.and_time(a.0)).num_minutes()),
            _ => None,
        };
        let limit = i64::from(h) * 60;
        let days = (op.date.0 - oral.date.0).num_days();
        match minutes {
            Some(mins) if mins <= limit => ctx.pass(rule, Step::Experts, &field, &format!("{facts}，不超过{h}小时")),
            Some(mins) => ctx.fail(rule, Step::Experts, &field, &format!("{facts}，相隔{}小时{}分，超过{h}小时", mins / 60, mins % 60)),
            // 没有时刻时只能按日期判断：同一日一定不超过24小时，相隔两日以上一定超过。
            None if (days + 1) * 24 <= i64::from(h) => ctx.pass(rule, Step::Experts, &field, &format!("{facts}，不超过{h}小时")),
            None if (days - 1) * 24 >= i64::from(h) => ctx.fail(rule, Step::Experts, &field, &format!("{facts}，超过{h}小时")),
            None => ctx.notice(
                rule,
                Step::Experts,
                &format!("experts.members[{i}].opinion.time"),
                &format!("{facts}，未填写时刻，无法判断是否在{h}小时之内（请填写 oral.time 和 opinion.time）"),
            ),
        }
    }
}

/// 不予采纳（或部分采纳）专家意见的，须说明理由（赤峰专家论证办法 第十九条；人社厅专家论证办法 第十六条）。
fn nonadoption(ctx: &mut Ctx, e: &ExpertReview) {
    let Some(rule) = ctx.rule("expert_nonadoption_reason_required", e.report_date.unwrap_or(e.date)) else { return };
    for (i, m) in e.members.iter().enumerate() {
        let Some(op) = &m.opinion else { continue };
        let label = match op.adoption {
            Some(Adoption::Rejected) => "不予采纳",
            Some(Adoption::Partly) => "部分采纳",
            _ => continue,
        };
        let field = format!("experts.members[{i}].opinion.adoption_reason");
        match filled(&op.adoption_reason) {
            Some(_) => ctx.pass(rule, Step::Experts, &field, &format!("专家{}的意见{label}，已说明理由", m.name)),
            None => ctx.fail(rule, Step::Experts, &field, &format!("专家{}的意见{label}，未说明理由", m.name)),
        }
    }
}

/// 专家论证须在集体讨论之前完成（赤峰专家论证办法 第四条；人社厅专家论证办法 第三条）：
/// 论证报告日期（没有时为论证日期）早于会议日期。
fn before_discussion(ctx: &mut Ctx, e: &ExpertReview) {
    let Some(m) = &ctx.case.meeting else { return };
    let Some(rule) = ctx.rule("expert_review_before_discussion", m.date) else { return };
    let (done, what) = match e.report_date {
        Some(d) => (d, "专家论证报告"),
        None => (e.date, "专家论证"),
    };
    let facts = format!("{what} {done}，集体讨论 {}", m.date);
    if done < m.date {
        ctx.pass(rule, Step::Meeting, "experts.report_date", &format!("{facts}，论证在讨论之前完成"));
    } else {
        ctx.fail(rule, Step::Meeting, "experts.report_date", &format!("{facts}，论证未在提交集体讨论之前完成"));
    }
}
