//! 集体讨论决定：决定的形式（赤峰规定 第三十五条；昌黎规定 第四十六条；人社厅程序办法 第三十七条）、
//! 行政首长的决定与多数意见不一致时说明理由（条例 第三十条）、列席的相关方代表人数（赤峰公众参与规则 第十七条）、
//! 会议材料提前送达（昌黎规定 第四十六条）。

use super::counting::{days_between, minus_days};
use super::findings::{filled, Ctx};
use crate::case::Meeting;

/// 继续推进决策的决定（规则表 minutes_decisions 中的代号）：通过、原则通过、（昌黎）修改后签发。
const PROCEEDING: &[&str] = &["approve", "approve_in_principle", "revise"];

/// 会议的决定是否让决策继续推进（通过、原则通过等）。规则表没有决定清单时按“通过”“原则通过”判断。
pub fn proceeds(ctx: &Ctx, m: &Meeting) -> bool {
    match ctx.rule("minutes_decisions", m.date) {
        Some(rule) => rule.params.items.iter().any(|i| i.name == m.decision.trim() && PROCEEDING.contains(&i.key.as_str())),
        None => matches!(m.decision.trim(), "通过" | "原则通过"),
    }
}

pub fn check(ctx: &mut Ctx) {
    let Some(m) = &ctx.case.meeting else { return };
    decision_form(ctx, m);
    head_reason(ctx, m);
    stakeholders(ctx, m);
    materials(ctx, m);
}

/// 决定须是规则表所列的形式之一。
fn decision_form(ctx: &mut Ctx, m: &Meeting) {
    let Some(rule) = ctx.rule("minutes_decisions", m.date) else { return };
    let names: Vec<&str> = rule.params.items.iter().map(|i| i.name.as_str()).collect();
    if names.contains(&m.decision.trim()) {
        ctx.pass(rule, "meeting", "meeting.decision", &format!("会议决定为“{}”", m.decision));
    } else {
        ctx.fail(
            rule,
            "meeting",
            "meeting.decision",
            &format!("会议决定“{}”不是规定的决定形式之一（{}）", m.decision, names.join("、")),
        );
    }
}

/// 条例 第三十条：行政首长拟作出的决定与会议组成人员多数人的意见不一致的，应当在会上说明理由。
/// 条例对赤峰市、昌黎县（第二条）和人社厅（第四十二条，参照执行）同样适用；各地规则表没有这一条时，
/// [`Ctx::rule`] 取条例的规则。多数意见按记录的表态计：同意、原则同意为赞成，不同意为反对
/// （与会议纪要模板的判断相同）；决定为通过、原则通过而反对多于赞成，或决定为不予通过而赞成多于反对，即不一致。
fn head_reason(ctx: &mut Ctx, m: &Meeting) {
    let Some(rule) = ctx.rule("head_decision_reason_required", m.date) else { return };
    let agree = m.opinions.iter().filter(|o| matches!(o.stance.as_deref(), Some("同意" | "原则同意"))).count();
    let disagree = m.opinions.iter().filter(|o| o.stance.as_deref() == Some("不同意")).count();
    let decision = m.decision.trim();
    let against = (matches!(decision, "通过" | "原则通过") && disagree > agree) || (decision == "不予通过" && agree > disagree);
    let facts = format!("会议记录的表态：赞成{agree}人、反对{disagree}人，决定为“{decision}”");
    if !against {
        ctx.pass(rule, "meeting", "meeting.decision", &format!("{facts}，与多数意见一致"));
    } else if let Some(reason) = filled(&m.decision_reason) {
        ctx.pass(rule, "meeting", "meeting.decision_reason", &format!("{facts}，与多数意见不一致，已说明理由：{reason}"));
    } else {
        ctx.fail(
            rule,
            "meeting",
            "meeting.decision_reason",
            &format!("{facts}，与多数意见不一致，未说明理由（meeting.decision_reason）"),
        );
    }
}

/// 邀请相关方代表列席的，一般不少于N人。没有邀请（meeting.stakeholders 为空）的不检查：条文是“可以邀请”。
fn stakeholders(ctx: &mut Ctx, m: &Meeting) {
    let Some(rule) = ctx.rule("stakeholder_attendees_min", m.date) else { return };
    if m.stakeholders.is_empty() {
        return;
    }
    let Some(n) = rule.params.count else { return };
    let k = m.stakeholders.len();
    let facts = format!("列席的相关方代表{k}人（{}）", m.stakeholders.join("、"));
    if k >= n as usize {
        ctx.pass(rule, "meeting", "meeting.stakeholders", &format!("{facts}，不少于{n}人"));
    } else {
        ctx.fail(rule, "meeting", "meeting.stakeholders", &format!("{facts}，少于{n}人"));
    }
    for (i, s) in m.stakeholders.iter().enumerate() {
        if !m.observers.iter().any(|o| o.trim() == s.trim()) {
            ctx.notice(
                rule,
                "meeting",
                &format!("meeting.stakeholders[{i}]"),
                &format!("相关方代表“{s}”没有列在列席人员（meeting.observers）中，会议纪要不会印出"),
            );
        }
    }
}

/// 会议材料至少于会前N天送达：会议日 − 送达日 ≥ N（昌黎规定 第四十六条）。
fn materials(ctx: &mut Ctx, m: &Meeting) {
    let Some(rule) = ctx.rule("meeting_materials_min_days", m.date) else { return };
    let Some(n) = rule.params.days else { return };
    let field = "meeting.materials_sent_on";
    let Some(sent) = m.materials_sent_on else {
        ctx.notice(rule, "meeting", field, &format!("会议材料送达日期未填写，无法核对；会议 {}，材料最晚应于 {} 送达", m.date, minus_days(m.date, n)));
        return;
    };
    let gap = days_between(sent, m.date);
    let facts = format!("会议材料送达 {sent}，会议 {}，相隔{gap}日", m.date);
    if gap >= i64::from(n) {
        ctx.pass(rule, "meeting", field, &format!("{facts}，不少于{n}日"));
    } else {
        ctx.fail(rule, "meeting", field, &format!("{facts}，少于{n}日"));
    }
}
