//! 公布之后：备案期限（赤峰规定 第三十八条）、原件移交期限（人社厅程序办法 第四十九条）、
//! 后评估结论（赤峰后评估规则 第十二条；昌黎规定 第六十一条）、规定本身的有效期（昌黎规定 第七十二条）。

use chrono::Months;

use super::findings::Ctx;
use crate::facts::{Deadline, Period};
use crate::input::case::Date;
use crate::law::Step;

pub fn check(ctx: &mut Ctx) {
    filing(ctx);
    transfer(ctx);
    evaluation_result(ctx);
    execution_evaluation(ctx);
    statute_validity(ctx);
}

/// 自公布之日起N日内备案（“N日内”：公布日不计入，最后一日遇休息日顺延）。
fn filing(ctx: &mut Ctx) {
    let Some(d) = ctx.deadline(Period::Filing) else { return };
    let start = format!("决策 {} 公布", d.from.expect("公布日期必填"));
    within(ctx, d, "备案期限", "备案", &start, |last| format!("{start}，尚未记录备案日期；最迟 {last} 备案"));
}

/// 两个以上承办单位的，相关单位自决策办结之日（decision.concluded_on）起N日内向牵头单位移交原件。
/// 办结日期未填写而已归档的，提示填写（归档日期不是办结日期）。
fn transfer(ctx: &mut Ctx) {
    let Some(d) = ctx.deadline(Period::ArchiveTransfer) else {
        let c = ctx.case;
        let Some(a) = c.archive.as_ref().filter(|_| !c.decision.co_units.is_empty() && c.decision.concluded_on.is_none()) else { return };
        if let Some(rule) = ctx.rule("archive_transfer_max_days", a.closed_on) {
            ctx.notice(
                rule,
                Step::Archive,
                "decision.concluded_on",
                "决策办结日期未填写，无法核对其他承办单位移交原件的期限（自决策办结之日起算，不是归档日期）",
            );
        }
        return;
    };
    let start = format!("决策 {} 办结", d.from.expect("办结日期必填"));
    let units = ctx.case.decision.co_units.join("、");
    within(ctx, d, "移交期限", "移交原件", &start, |last| {
        format!("{start}，其他承办单位（{units}）尚未记录移交原件的日期；最迟 {last} 移交")
    });
}

/// “自某日起N日内完成”的一项期限（备案、移交原件）：未记录完成日期时提示最后一日（`pending`）；
/// 已记录时核对是否在N日内。`what` 为期限的名称（无法核对时用），`verb` 为完成的动作。
fn within(ctx: &mut Ctx, d: &Deadline, what: &str, verb: &str, start: &str, pending: impl Fn(Date) -> String) {
    let (rule, n, field) = (d.rule, d.n, d.field.as_str());
    let Some(done) = d.to else {
        match &d.due_to {
            Some(Ok(last)) => ctx.notice(rule, d.step, field, &pending(*last)),
            Some(Err(e)) => ctx.calendar_missing(rule, d.step, field, what, e, false),
            None => {}
        }
        return;
    };
    match (&d.met, d.last_day()) {
        (Some(Ok(ok)), Some(last)) => {
            let facts = format!("{start}，{done} {verb}，最后一日 {last}");
            if *ok {
                ctx.pass(rule, d.step, field, &format!("{facts}，在{n}日内"));
            } else {
                ctx.fail(rule, d.step, field, &format!("{facts}，超过{n}日"));
            }
        }
        (Some(Err(e)), _) => ctx.calendar_missing(rule, d.step, field, what, e, true),
        (_, None) => {
            if let Some(Err(e)) = &d.due_to {
                ctx.calendar_missing(rule, d.step, field, what, e, true)
            }
        }
        _ => {}
    }
}

/// 后评估结论须是规则表所列之一。各规定的用词不一（赤峰后评估规则 第十二条“继续实施”，第十三条“继续执行”），
/// 按前两个字比较：“继续执行”与“继续实施”、“调整”与“调整决策”视为同一结论。
fn evaluation_result(ctx: &mut Ctx) {
    let Some(pe) = &ctx.case.post_evaluation else { return };
    let Some(rule) = ctx.rule("post_evaluation_results", pe.date) else { return };
    let head = |s: &str| s.trim().chars().take(2).collect::<String>();
    let names: Vec<&str> = rule.params.items.iter().map(|i| i.name.as_str()).collect();
    let field = "post_evaluation.result";
    if names.iter().any(|n| head(n) == head(&pe.result)) {
        ctx.pass(rule, Step::PostEvaluation, field, &format!("评估结论为“{}”", pe.result));
    } else {
        ctx.fail(rule, Step::PostEvaluation, field, &format!("评估结论“{}”不是规定的结论之一（{}）", pe.result, names.join("、")));
    }
}

/// 执行满N年的，应当进行执行评估（昌黎规定 第六十二条）：后评估报告日期在公布满N年之后。
fn execution_evaluation(ctx: &mut Ctx) {
    let (Some(pe), Some(p)) = (&ctx.case.post_evaluation, &ctx.case.publication) else { return };
    let Some(rule) = ctx.rule("execution_evaluation_after_years", p.published_on) else { return };
    let Some(years) = rule.params.years else { return };
    let Some(due) = p.published_on.0.checked_add_months(Months::new(years * 12)).map(Date) else { return };
    let facts = format!("决策 {} 公布，执行满{years}年为 {due}，后评估报告 {}", p.published_on, pe.date);
    if pe.date >= due {
        ctx.pass(rule, Step::PostEvaluation, "post_evaluation.date", &format!("{facts}，在执行满{years}年之后"));
    } else {
        ctx.notice(
            rule,
            Step::PostEvaluation,
            "post_evaluation.date",
            &format!("{facts}：执行未满{years}年，不是第六十二条所说的执行评估"),
        );
    }
}

/// 规定有有效期的（昌黎规定“有效期二年”），案卷中有日期晚于有效期的，提示核实规定是否延续。
fn statute_validity(ctx: &mut Ctx) {
    let c = ctx.case;
    let mut dates: Vec<(Date, &str)> = Vec::new();
    dates.extend(c.decision.started_on.map(|d| (d, "decision.started_on")));
    if let Some(p) = &c.participation {
        dates.extend(p.comment.as_ref().map(|x| (x.published_on, "participation.comment.published_on")));
        dates.extend(p.hearing.as_ref().map(|x| (x.date, "participation.hearing.date")));
    }
    dates.extend(c.experts.as_ref().map(|x| (x.date, "experts.date")));
    dates.extend(c.risk.as_ref().map(|x| (x.end, "risk.end")));
    dates.extend(c.legality.as_ref().map(|x| (x.submitted_on, "legality.submitted_on")));
    dates.extend(c.meeting.as_ref().map(|x| (x.date, "meeting.date")));
    dates.extend(c.publication.as_ref().map(|x| (x.published_on, "publication.published_on")));
    let Some(&(first, _)) = dates.iter().min() else { return };
    let Some(rule) = ctx.rule("statute_validity_years", first) else { return };
    let Some(years) = rule.params.years else { return };
    let Some(end) = rule.effective_from.checked_add_months(Months::new(years * 12)).map(|d| Date(d).minus_days(1)) else { return };
    let late: Vec<&(Date, &str)> = dates.iter().filter(|(d, _)| *d > end).collect();
    // 施行日期本身的来源（昌黎规定 第七十二条“自印发之日起施行”，印发日期不在规定原文中）写在规则表 statutes 的 note 中。
    let source = ctx.law.own().statute(rule.statute_short()).and_then(|s| s.note.clone()).map(|n| format!("；{n}")).unwrap_or_default();
    match late.iter().min() {
        Some((d, field)) => ctx.notice(
            rule,
            Step::Decision,
            field,
            &format!(
                "规定自 {} 施行，有效期{years}年，至 {end} 届满；案卷中 {d}（{field}）已在有效期之后，请核实规定是否延续有效{source}",
                rule.effective_from
            ),
        ),
        None => ctx.pass(rule, Step::Decision, "decision.started_on", &format!("案卷各环节的日期都在规定有效期（至 {end}）之内{source}")),
    }
}
