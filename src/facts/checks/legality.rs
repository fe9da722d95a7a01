//! 合法性审查：未经审查不得提交讨论、审查时间（条例 第二十六条等“一般不少于7个工作日”，补送材料的时间
//! 按规则表 legality_supplement_excluded 扣除）、昌黎的审查上限与补送期限、送审材料清单逐项有材料或未履行的说明。

use super::findings::Ctx;
use crate::facts::{MaterialStatus, PartStatus, Period};
use crate::input::case::LegalityReview;
use crate::law::Step;

pub fn check(ctx: &mut Ctx) {
    before_discussion(ctx);
    let Some(l) = &ctx.case.legality else { return };
    review_time(ctx, l);
    joint_opinions(ctx);
    justice(ctx, l);
    supplements(ctx);
    materials(ctx);
}

/// 决策草案须经合法性审查后才能提交讨论：有审查记录，审查意见在会议之前出具。
fn before_discussion(ctx: &mut Ctx) {
    let Some(m) = &ctx.case.meeting else { return };
    let Some(rule) = ctx.rule("legality_review_before_discussion", m.date) else { return };
    let field = "legality.completed_on";
    match &ctx.case.legality {
        None => ctx.fail(rule, Step::Meeting, "legality", &format!("案卷未记录合法性审查，决策草案于 {} 提交集体讨论", m.date)),
        Some(l) => match l.completed_on {
            None => ctx.fail(
                rule,
                Step::Meeting,
                field,
                &format!("{} 送请合法性审查，审查意见出具日期未填写，集体讨论 {}", l.submitted_on, m.date),
            ),
            Some(c) if c < m.date => ctx.pass(rule, Step::Meeting, field, &format!("合法性审查意见 {c} 出具，集体讨论 {}", m.date)),
            Some(c) => {
                ctx.fail(rule, Step::Meeting, field, &format!("合法性审查意见 {c} 出具，集体讨论 {}，审查未在提交讨论之前完成", m.date))
            }
        },
    }
}

/// 审查时间：送审日与集体讨论日之间（两端都不算）的工作日，扣除补送材料的工作日后 ≥ N。
fn review_time(ctx: &mut Ctx, l: &LegalityReview) {
    let Some(d) = ctx.deadline(Period::LegalityReview) else { return };
    let (Some(meeting), Some(measured)) = (d.to, &d.measured) else { return };
    let (rule, field) = (d.rule, d.field.as_str());
    let (k, minus) = match (measured, &d.deduct) {
        (Ok(k), Ok(minus)) => (*k, *minus),
        (Err(e), _) | (_, Err(e)) => {
            ctx.calendar_missing(rule, Step::Legality, field, "合法性审查时间的工作日数", e, true);
            return;
        }
    };
    let less = if minus > 0 { format!("（已扣除补送材料的{minus}个工作日）") } else { String::new() };
    let facts = format!("{} 送请合法性审查，{meeting} 集体讨论，审查时间{k}个工作日{less}", l.submitted_on);
    ctx.workdays_at_least(d, &facts, &l.shortened_reason, "legality.shortened_reason");
}

/// 昌黎：参与会审的部门自收到材料之日起N个工作日内提出书面意见；情况复杂、写明延长理由的，原则上不超过M个工作日
/// （昌黎规定 第四十二条；补充材料的时间不计入）。
fn joint_opinions(ctx: &mut Ctx) {
    let Some(j) = ctx.case.legality.as_ref().and_then(|l| l.joint_review.as_ref()) else { return };
    for d in ctx.deadlines(|p| matches!(p, Period::JointOpinion(_))).collect::<Vec<_>>() {
        let Period::JointOpinion(i) = d.period else { continue };
        let o = &j.opinions[i];
        let facts = |k: i64| {
            format!("{} {} 收到材料，{} {} 提出书面意见，用时{k}个工作日", j.materials_sent_on, o.department, o.department, o.date)
        };
        ctx.within_workdays(d, facts, "会审部门提出意见的用时");
    }
}

/// 昌黎：县司法局接到任务后N日内提出合法性审查意见（“N日内”，最后一日遇休息日顺延；
/// 只在审查机构就是司法局时核对，见 [`crate::facts::deadlines::is_justice_bureau`]）。
fn justice(ctx: &mut Ctx, l: &LegalityReview) {
    let Some(d) = ctx.deadline(Period::JusticeReview) else { return };
    let (Some(done), Some(met)) = (d.to, &d.met) else { return };
    let (rule, n, field) = (d.rule, d.n, d.field.as_str());
    match (met, d.last_day(), &d.due_to) {
        (Ok(ok), Some(last), _) => {
            let facts = format!("{} 送审，{} {done} 提出审查意见，最后一日 {last}", l.submitted_on, l.reviewer);
            if *ok {
                ctx.pass(rule, Step::Legality, field, &format!("{facts}，在{n}日内"));
            } else {
                ctx.fail(rule, Step::Legality, field, &format!("{facts}，超过{n}日"));
            }
        }
        (Err(e), _, _) | (_, None, Some(Err(e))) => ctx.calendar_missing(rule, Step::Legality, field, "司法局审查期限", e, true),
        _ => {}
    }
}

/// 昌黎：要求补充材料的，N个工作日内补送（要求之后至补送之日含，工作日 ≤ N）。
fn supplements(ctx: &mut Ctx) {
    for d in ctx.deadlines(|p| matches!(p, Period::Supplement(_))).collect::<Vec<_>>() {
        let (rule, field) = (d.rule, d.field.as_str());
        let requested = d.from.expect("补充材料的要求日期必填");
        let Some(done) = d.to else {
            match &d.due_to {
                Some(Ok(last)) => ctx.notice(rule, Step::Legality, field, &format!("{requested} 要求补充材料，尚未补送，最迟 {last}")),
                Some(Err(e)) => ctx.calendar_missing(rule, Step::Legality, field, "补送期限", e, false),
                None => {}
            }
            continue;
        };
        ctx.within_workdays(d, |k| format!("{requested} 要求补充材料，{done} 补送，用时{k}个工作日"), "补送用时");
    }
}

/// 送审材料清单（规则表 legality_materials）：每一项要么有材料（本工具生成的文书或登记的附件），
/// 要么在 legality.unperformed 中有未履行的说明（条例 第二十六条；赤峰规定 第二十九条）。
fn materials(ctx: &mut Ctx) {
    let Some(m) = &ctx.facts.materials else { return };
    let (list, explain) = (m.rule, m.explain_rule);
    let codes = m.codes().join("、");
    for u in &m.unknown {
        ctx.fail(list, Step::Legality, &u.field, &format!("材料项代号“{}”不在送审材料清单中（可用：{codes}）", u.code));
    }
    let unperformed = ctx.case.legality.as_ref().map(|l| l.unperformed.as_slice()).unwrap_or_default();
    for &i in &m.empty_explanations {
        let name = m.item_name(&unperformed[i].item);
        ctx.fail(
            explain,
            Step::Legality,
            &format!("legality.unperformed[{i}].explanation"),
            &format!("送审材料“{name}”未履行，但没有写明说明"),
        );
    }
    for it in &m.items {
        let (name, key) = (&it.item.name, &it.item.key);
        match it.status {
            MaterialStatus::Attached => ctx.pass(explain, Step::Legality, "legality.unperformed", &format!("送审材料“{name}”已附")),
            MaterialStatus::Unperformed => {
                ctx.pass(explain, Step::Legality, "legality.unperformed", &format!("送审材料“{name}”未履行，已写明说明"))
            }
            MaterialStatus::Missing if !it.parts.is_empty() => {
                let submitted = m.as_of;
                for p in &it.parts {
                    let PartStatus::Missing(done) = p.status else { continue };
                    let name = p.procedure.name();
                    let when = match done {
                        Some(d) => format!("{name}于 {d} 才完成，送审日 {submitted} 尚未完成"),
                        None => format!("送审日 {submitted} {name}尚未履行"),
                    };
                    ctx.fail(
                        explain,
                        Step::Legality,
                        "legality.unperformed",
                        &format!(
                            "送审材料“{}（{key}）”：{when}，也没有未履行的说明（legality.unperformed 中 item: {}）",
                            it.item.name,
                            p.procedure.key()
                        ),
                    );
                }
            }
            MaterialStatus::Missing => {
                let late: Vec<String> = it.late.iter().map(|(t, d)| format!("“{t}”{d}才形成")).collect();
                let late =
                    if late.is_empty() { String::new() } else { format!("（{}，晚于送审日 {}）", late.join("、"), m.as_of) };
                ctx.fail(
                    explain,
                    Step::Legality,
                    "legality.unperformed",
                    &format!(
                        "送审材料“{name}（{key}）”在送审日既没有材料{late}，也没有未履行的说明：请在 legality.unperformed 中写明未履行的说明，\
                         或在 archive.attachments 中登记该材料（legality_item）"
                    ),
                )
            }
        }
    }
}
