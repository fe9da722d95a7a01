//! 集体讨论决定：决定的形式（赤峰规定 第三十五条；昌黎规定 第四十六条；人社厅程序办法 第三十七条）、
//! 行政首长的决定与多数意见不一致时说明理由（条例 第三十条）、列席的相关方代表人数（赤峰公众参与规则 第十七条）、
//! 会议材料提前送达（昌黎规定 第四十六条）。

use super::findings::{filled, Ctx};
use crate::facts::steps::tally;
use crate::facts::Period;
use crate::input::case::{Meeting, Stance};
use crate::law::Step;

pub fn check(ctx: &mut Ctx) {
    let Some(m) = &ctx.case.meeting else { return };
    decision_form(ctx, m);
    kind(ctx, m);
    signer(ctx, m);
    recorded(ctx, m);
    head_reason(ctx, m);
    stakeholders(ctx, m);
    materials(ctx);
}

/// 决定须是规则表所列的形式之一。
fn decision_form(ctx: &mut Ctx, m: &Meeting) {
    let Some(rule) = ctx.rule("minutes_decisions", m.date) else { return };
    let names: Vec<&str> = rule.params.items.iter().map(|i| i.name.as_str()).collect();
    if rule.item(m.decision.key()).is_some() {
        ctx.pass(rule, Step::Meeting, "meeting.decision", &format!("会议决定为“{}”", m.decision));
    } else {
        ctx.fail(
            rule,
            Step::Meeting,
            "meeting.decision",
            &format!("会议决定“{}”不是规定的决定形式之一（{}）", m.decision, names.join("、")),
        );
    }
}

/// 会议须是规则表所列的会议之一（条例 第三十条：常务会议或者全体会议；人社厅：厅党组会议或厅务会）。
fn kind(ctx: &mut Ctx, m: &Meeting) {
    let Some(rule) = ctx.rule("meeting_kinds", m.date) else { return };
    let names: Vec<&str> = rule.params.items.iter().map(|i| i.name.as_str()).collect();
    let k = m.kind.trim();
    if names.iter().any(|n| k == *n || k.ends_with(n)) {
        ctx.pass(rule, Step::Meeting, "meeting.kind", &format!("{}{}集体讨论", m.session, m.kind));
    } else {
        ctx.fail(rule, Step::Meeting, "meeting.kind", &format!("会议类别“{}”不是规定的会议（{}）", m.kind, names.join("、")));
    }
}

/// 集体讨论情况应当如实记录，不同意见应当如实载明：案卷须记录发言；表态为“不同意”的发言须写明意见内容
/// （会议纪要逐条照录，见 templates/minutes.typ.j2）。
fn recorded(ctx: &mut Ctx, m: &Meeting) {
    let Some(rule) = ctx.rule("minutes_differing_opinions_recorded", m.date) else { return };
    if m.opinions.is_empty() {
        ctx.fail(rule, Step::Meeting, "meeting.opinions", &format!("集体讨论 {} 没有记录任何发言意见", m.date));
        return;
    }
    let mut ok = true;
    for (i, o) in m.opinions.iter().enumerate() {
        if o.stance == Some(Stance::Disagree) && o.opinion.trim().is_empty() {
            ok = false;
            ctx.fail(rule, Step::Meeting, &format!("meeting.opinions[{i}].opinion"), &format!("{}表态不同意，但没有记录其意见", o.speaker));
        }
    }
    if ok {
        let n = m.opinions.iter().filter(|o| o.stance == Some(Stance::Disagree)).count();
        ctx.pass(rule, Step::Meeting, "meeting.opinions", &format!("记录发言{}条，其中不同意见{n}条，均写明意见内容", m.opinions.len()));
    }
}

/// 会议纪要由会议主持人签发（昌黎规定 第四十六条；作出通过决定的，也可由主持人授权的班子成员签发，故签发人不是主持人时为提示）。
fn signer(ctx: &mut Ctx, m: &Meeting) {
    let Some(rule) = ctx.rule("minutes_signed_by_chair", m.date) else { return };
    let field = "meeting.signer";
    match m.signer.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => ctx.fail(rule, Step::Meeting, field, &format!("会议纪要签发人未填写（主持人 {}）", m.chair)),
        // 主持人可写作“县长 殷昱”，签发人写“殷昱”：与主持人相同，或与主持人的最后一段（姓名）相同。
        Some(s) if m.chair.trim() == s || m.chair.split_whitespace().last() == Some(s) => {
            ctx.pass(rule, Step::Meeting, field, &format!("会议纪要由会议主持人 {s} 签发"))
        }
        Some(s) => ctx.notice(
            rule,
            Step::Meeting,
            field,
            &format!("会议纪要签发人 {s} 不是会议主持人 {}：须为主持人授权的县政府班子成员，请核实授权", m.chair),
        ),
    }
}

/// 条例 第三十条：行政首长拟作出的决定与会议组成人员多数人的意见不一致的，应当在会上说明理由。
/// 条例对赤峰市、昌黎县（第二条）和人社厅（第四十二条，参照执行）同样适用；各地规则表没有这一条时取条例的规则。
/// 多数意见的统计见 [`crate::facts::steps::tally`]（会议纪要印出的也是它）。
fn head_reason(ctx: &mut Ctx, m: &Meeting) {
    let Some(rule) = ctx.rule("head_decision_reason_required", m.date) else { return };
    let Some(t) = tally(ctx.case) else { return };
    let facts = format!("会议记录的表态：赞成{}人、反对{}人，决定为“{}”", t.agree, t.disagree, m.decision);
    if !t.against_majority {
        ctx.pass(rule, Step::Meeting, "meeting.decision", &format!("{facts}，与多数意见一致"));
    } else if let Some(reason) = filled(&m.decision_reason) {
        ctx.pass(rule, Step::Meeting, "meeting.decision_reason", &format!("{facts}，与多数意见不一致，已说明理由：{reason}"));
    } else {
        ctx.fail(
            rule,
            Step::Meeting,
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
        ctx.pass(rule, Step::Meeting, "meeting.stakeholders", &format!("{facts}，不少于{n}人"));
    } else if let Some(r) = filled(&m.stakeholders_reason) {
        // 条文为“一般不少于”：写明理由的作提示。
        ctx.notice(rule, Step::Meeting, "meeting.stakeholders_reason", &format!("{facts}，少于{n}人；已说明理由：{r}"));
    } else {
        ctx.fail(rule, Step::Meeting, "meeting.stakeholders", &format!("{facts}，少于{n}人，且未写明理由（meeting.stakeholders_reason）"));
    }
    for (i, s) in m.stakeholders.iter().enumerate() {
        if !m.observers.iter().any(|o| o.trim() == s.trim()) {
            ctx.notice(
                rule,
                Step::Meeting,
                &format!("meeting.stakeholders[{i}]"),
                &format!("相关方代表“{s}”没有列在列席人员（meeting.observers）中，会议纪要不会印出"),
            );
        }
    }
}

/// 会议材料至少于会前N天送达：会议日 − 送达日 ≥ N（昌黎规定 第四十六条）。
fn materials(ctx: &mut Ctx) {
    let Some(d) = ctx.deadline(Period::MeetingMaterials) else { return };
    let (rule, n, field) = (d.rule, d.n, d.field.as_str());
    let date = d.to.expect("会议日期必填");
    match (d.from, &d.measured, &d.due_from) {
        (None, _, Some(Ok(latest))) => {
            ctx.notice(rule, Step::Meeting, field, &format!("会议材料送达日期未填写，无法核对；会议 {date}，材料最晚应于 {latest} 送达"))
        }
        (Some(sent), Some(Ok(gap)), _) => {
            let facts = format!("会议材料送达 {sent}，会议 {date}，相隔{gap}日");
            if d.met == Some(Ok(true)) {
                ctx.pass(rule, Step::Meeting, field, &format!("{facts}，不少于{n}日"));
            } else {
                ctx.fail(rule, Step::Meeting, field, &format!("{facts}，少于{n}日"));
            }
        }
        _ => {}
    }
}
