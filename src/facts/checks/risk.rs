//! 风险评估：风险等级或是否可控，及其后果——高风险不得照原方案决策、中风险须有措施（赤峰风险评估规则 第十一条）
//! 或须降低等级后再实施、低风险也须有措施（昌黎规定 第三十七条）、不可控的须调整后决策（条例 第二十四条；
//! 人社厅程序办法 第三十条；赤峰规定 第二十七条）；评估（含重新评估）先于集体讨论。
//! 评估结论以最后一次重新评估为准（[`crate::facts::risk::outcome`]）。

use super::findings::Ctx;
use crate::facts::risk::{outcome, Outcome};
use crate::input::case::RiskLevel;
use crate::law::Step;

pub fn check(ctx: &mut Ctx) {
    let Some(o) = outcome(ctx.case) else { return };
    levels(ctx, &o);
    consequences(ctx, &o);
    controllable(ctx, &o);
    before_discussion(ctx, &o);
}

/// 记录的每个风险等级都须是规则表所列之一；有等级清单的规则体系必须写明等级。
fn levels(ctx: &mut Ctx, o: &Outcome) {
    let Some(rule) = ctx.rule("risk_levels", o.first_on) else { return };
    let names: Vec<&str> = rule.params.items.iter().map(|i| i.name.as_str()).collect();
    for (field, level) in &o.history {
        match level {
            None => ctx.fail(rule, Step::Risk, field, &format!("未写明风险等级（{}）", names.join("、"))),
            Some(l) if rule.item(l.key()).is_none() => {
                ctx.fail(rule, Step::Risk, field, &format!("风险等级“{l}”不是规定的等级之一（{}）", names.join("、")))
            }
            Some(l) => ctx.pass(rule, Step::Risk, field, &format!("风险等级为{l}，是规定的等级之一")),
        }
    }
}

/// 按最终的风险等级：高风险不得照原方案决策；中风险须有防范措施（赤峰）或须先降低等级（昌黎）；低风险须有措施（昌黎）。
fn consequences(ctx: &mut Ctx, o: &Outcome) {
    let Some(level) = o.level else { return };
    let facts = format!("风险评估结论为{level}（{} {}）", o.on, o.field);
    let meeting = ctx.case.meeting.as_ref().map(|m| (m.date, m.decision));
    let proceeds = meeting.filter(|(_, d)| d.proceeds());
    match level {
        RiskLevel::High => {
            let Some(rule) = ctx.rule("risk_high_no_decision", o.on) else { return };
            match (meeting, proceeds) {
                (_, Some((date, d))) => ctx.fail(
                    rule,
                    Step::Meeting,
                    "meeting.decision",
                    &format!("{facts}，未经调整决策方案、重新评估降低风险等级，集体讨论 {date} 即作出“{d}”的决定"),
                ),
                (Some((date, d)), None) => {
                    ctx.pass(rule, Step::Meeting, "meeting.decision", &format!("{facts}，集体讨论 {date} 作出“{d}”的决定"))
                }
                (None, _) => {
                    ctx.notice(rule, Step::Risk, o.field, &format!("{facts}：应当终止决策，或调整决策方案、降低风险等级后再行决策"))
                }
            }
        }
        RiskLevel::Medium => {
            has_measures(ctx, "risk_medium_measures_required", o, &facts, "风险防范、化解措施");
            if let Some(rule) = ctx.rule("risk_medium_lowered_first", o.on) {
                match proceeds {
                    Some((date, d)) => ctx.fail(
                        rule,
                        Step::Meeting,
                        "meeting.decision",
                        &format!("{facts}，未降低风险等级（risk.reassessments）即于 {date} 作出“{d}”的决定"),
                    ),
                    None => ctx.notice(rule, Step::Risk, o.field, &format!("{facts}：应在采取防范化解措施降低风险等级后，再予以实施")),
                }
            }
        }
        RiskLevel::Low => {
            has_measures(ctx, "risk_low_measures_required", o, &facts, "应对潜在风险的措施");
        }
    }
}

/// 规则 `id` 要求列出措施（`what`）：首次评估和各次重新评估合计至少一项。
fn has_measures(ctx: &mut Ctx, id: &str, o: &Outcome, facts: &str, what: &str) {
    let Some(rule) = ctx.rule(id, o.on) else { return };
    if o.measures == 0 {
        ctx.fail(rule, Step::Risk, "risk.measures", &format!("{facts}，但未列出{what}"));
    } else {
        ctx.pass(rule, Step::Risk, "risk.measures", &format!("{facts}，列出{what}{}项", o.measures));
    }
}

/// 风险是否可控（条例 第二十四条）：不可控的，须调整决策草案、重新评估确保可控后才可决策。
/// 没有等级清单的规则体系（国家、人社厅）按是否可控判断，报告须写明。
fn controllable(ctx: &mut Ctx, o: &Outcome) {
    let Some(rule) = ctx.rule("risk_uncontrollable_no_decision", o.on) else { return };
    let graded = ctx.rule("risk_levels", o.on).is_some();
    let meeting = ctx.case.meeting.as_ref();
    match o.controllable {
        Some(false) => match meeting.filter(|m| m.decision.proceeds()) {
            Some(m) => ctx.fail(
                rule,
                Step::Meeting,
                "meeting.decision",
                &format!(
                    "风险评估认为风险不可控（{} {}），未调整决策草案、确保风险可控，集体讨论 {} 即作出“{}”的决定",
                    o.on, o.field, m.date, m.decision
                ),
            ),
            None => ctx.notice(
                rule,
                Step::Risk,
                o.field,
                &format!("风险评估认为风险不可控（{}）：须采取调整决策草案等措施确保风险可控后，才可作出决策", o.on),
            ),
        },
        Some(true) => ctx.pass(rule, Step::Risk, o.field, &format!("风险评估认为风险可控（{}）", o.on)),
        None if !graded => ctx.fail(rule, Step::Risk, "risk.controllable", &format!("风险评估（{}）未写明风险是否可控", o.on)),
        None => {}
    }
}

/// 风险评估（含重新评估）须在集体讨论之前完成。没有风险评估的，由必经程序的检查判断。
fn before_discussion(ctx: &mut Ctx, o: &Outcome) {
    let Some(m) = &ctx.case.meeting else { return };
    let Some(rule) = ctx.rule("risk_assessment_before_discussion", m.date) else { return };
    if o.on < m.date {
        ctx.pass(rule, Step::Meeting, o.field, &format!("风险评估 {} 完成，集体讨论 {}", o.on, m.date));
    } else {
        ctx.fail(rule, Step::Meeting, o.field, &format!("风险评估 {} 完成，集体讨论 {}，评估未在提交集体讨论之前完成", o.on, m.date));
    }
}
