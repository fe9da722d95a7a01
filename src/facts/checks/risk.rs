//! 风险评估：风险等级及其后果（赤峰风险评估规则 第十一条；昌黎规定 第三十七条）、
//! 评估先于集体讨论（赤峰风险评估规则 第五条；人社厅风险评估办法 第三条；昌黎规定 第三十四条）。

use super::findings::Ctx;
use crate::input::case::RiskLevel;
use crate::law::Step;

pub fn check(ctx: &mut Ctx) {
    level(ctx);
    before_discussion(ctx);
}

/// 风险等级须是规则表所列之一；高风险的不得照原方案决策，中风险的须有防范措施。
fn level(ctx: &mut Ctx) {
    let Some(r) = &ctx.case.risk else { return };
    let Some(rule) = ctx.rule("risk_levels", r.end) else { return };
    let Some(item) = rule.item(r.level.key()) else {
        let names: Vec<&str> = rule.params.items.iter().map(|i| i.name.as_str()).collect();
        ctx.fail(rule, Step::Risk, "risk.level", &format!("风险等级“{}”不是规定的等级之一（{}）", r.level, names.join("、")));
        return;
    };
    let facts = format!("风险评估结论为{}（{}）", item.name, r.end);
    let note = item.note.as_deref().unwrap_or_default();
    match r.level {
        RiskLevel::High => match &ctx.case.meeting {
            Some(m) if m.decision.proceeds() => ctx.fail(
                rule,
                Step::Meeting,
                "meeting.decision",
                &format!("{facts}，集体讨论 {} 仍作出“{}”的决定；高风险的应当{note}", m.date, m.decision),
            ),
            Some(m) => {
                ctx.pass(rule, Step::Meeting, "meeting.decision", &format!("{facts}，集体讨论 {} 作出“{}”的决定", m.date, m.decision))
            }
            None => ctx.notice(rule, Step::Risk, "risk.level", &format!("{facts}：应当{note}")),
        },
        RiskLevel::Medium if r.measures.is_empty() => {
            ctx.fail(rule, Step::Risk, "risk.measures", &format!("{facts}，但未列出风险防范措施；中风险的应当{note}"))
        }
        _ => ctx.pass(rule, Step::Risk, "risk.level", &format!("{facts}：{note}")),
    }
}

/// 风险评估须在集体讨论之前完成：评估完成日期早于会议日期。
/// 案卷没有风险评估的只作提示（是否应当评估取决于事项本身，未评估的须在送审材料中说明）。
fn before_discussion(ctx: &mut Ctx) {
    let Some(m) = &ctx.case.meeting else { return };
    let Some(rule) = ctx.rule("risk_assessment_before_discussion", m.date) else { return };
    match &ctx.case.risk {
        Some(r) if r.end < m.date => ctx.pass(rule, Step::Meeting, "risk.end", &format!("风险评估 {} 完成，集体讨论 {}", r.end, m.date)),
        Some(r) => ctx.fail(
            rule,
            Step::Meeting,
            "risk.end",
            &format!("风险评估 {} 完成，集体讨论 {}，评估未在提交集体讨论之前完成", r.end, m.date),
        ),
        None => ctx.notice(
            rule,
            Step::Meeting,
            "risk",
            &format!("案卷未记录风险评估，集体讨论 {}；应当评估的事项未经评估不得提请集体讨论", m.date),
        ),
    }
}
