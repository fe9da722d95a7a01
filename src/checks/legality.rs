//! 合法性审查：未经审查不得提交讨论、审查时间（条例 第二十六条等“一般不少于7个工作日”，补送材料的时间
//! 按规则表 legality_supplement_excluded 扣除）、昌黎的审查上限与补送期限、送审材料清单逐项有材料或未履行的说明。

use serde_json::Value as Json;

use super::counting::{plus_days, within_days_ok};
use super::findings::{filled, Ctx};
use crate::calendar::CalendarError;
use crate::case::{Case, Date, LegalityReview};
use crate::documents::{Needs, KINDS};
use crate::rules::ListItem;

pub fn check(ctx: &mut Ctx) {
    before_discussion(ctx);
    let Some(l) = &ctx.case.legality else { return };
    review_time(ctx, l);
    review_max(ctx, l);
    justice(ctx, l);
    supplements(ctx, l);
    materials(ctx, l);
}

/// 退回补充材料的工作日数：要求补充之后至补送之日（含）的工作日；尚未补送的算到 `until`（含）。
pub fn supplement_workdays(ctx: &Ctx, l: &LegalityReview, until: Date) -> Result<i64, CalendarError> {
    let mut total = 0;
    for s in &l.supplements {
        let end = s.supplied_on.unwrap_or(until).min(until);
        total += ctx.cal.workdays_after_through(s.requested_on.0, end.0)?;
    }
    Ok(total)
}

/// 规则表是否规定补送材料的时间不计入审查时间。
pub fn excludes_supplements(ctx: &Ctx, l: &LegalityReview) -> bool {
    ctx.own_rule("legality_supplement_excluded", l.submitted_on).is_some() && !l.supplements.is_empty()
}

/// 决策草案须经合法性审查后才能提交讨论：有审查记录，审查意见在会议之前出具。
fn before_discussion(ctx: &mut Ctx) {
    let Some(m) = &ctx.case.meeting else { return };
    let Some(rule) = ctx.rule("legality_review_before_discussion", m.date) else { return };
    match &ctx.case.legality {
        None => ctx.fail(rule, "meeting", "legality", &format!("案卷未记录合法性审查，决策草案于 {} 提交集体讨论", m.date)),
        Some(l) => match l.completed_on {
            None => ctx.fail(
                rule,
                "meeting",
                "legality.completed_on",
                &format!("{} 送请合法性审查，审查意见出具日期未填写，集体讨论 {}", l.submitted_on, m.date),
            ),
            Some(c) if c < m.date => ctx.pass(
                rule,
                "meeting",
                "legality.completed_on",
                &format!("合法性审查意见 {c} 出具，集体讨论 {}", m.date),
            ),
            Some(c) => ctx.fail(
                rule,
                "meeting",
                "legality.completed_on",
                &format!("合法性审查意见 {c} 出具，集体讨论 {}，审查未在提交讨论之前完成", m.date),
            ),
        },
    }
}

/// 审查时间：送审日与集体讨论日之间（两端都不算）的工作日，扣除补送材料的工作日后 ≥ N。
fn review_time(ctx: &mut Ctx, l: &LegalityReview) {
    let Some(m) = &ctx.case.meeting else { return };
    let Some(rule) = ctx.rule("legality_review_min_workdays", l.submitted_on) else { return };
    let Some(n) = rule.params.workdays else { return };
    let field = "legality.submitted_on";
    let between = ctx.cal.workdays_between(l.submitted_on.0, m.date.0);
    let deducted = if excludes_supplements(ctx, l) { supplement_workdays(ctx, l, m.date) } else { Ok(0) };
    let (k, minus) = match (between, deducted) {
        (Ok(k), Ok(d)) => (k - d, d),
        (Err(e), _) | (_, Err(e)) => {
            ctx.calendar_missing(rule, "legality", field, "合法性审查时间的工作日数", &e, true);
            return;
        }
    };
    let less = if minus > 0 { format!("（已扣除补送材料的{minus}个工作日）") } else { String::new() };
    let facts = format!("{} 送请合法性审查，{} 集体讨论，审查时间{k}个工作日{less}", l.submitted_on, m.date);
    if k >= i64::from(n) {
        ctx.pass(rule, "legality", field, &format!("{facts}，不少于{n}个"));
    } else if let Some(reason) = filled(&l.shortened_reason) {
        ctx.notice(rule, "legality", "legality.shortened_reason", &format!("{facts}，少于{n}个工作日；已说明理由：{reason}"));
    } else {
        ctx.fail(rule, "legality", field, &format!("{facts}，少于{n}个工作日，且未写明理由（legality.shortened_reason）"));
    }
}

/// 昌黎：会审原则上不超过N个工作日（legality_review_max_workdays，提示），自送审之后至出具意见之日（含），扣除补送时间。
fn review_max(ctx: &mut Ctx, l: &LegalityReview) {
    let Some(rule) = ctx.rule("legality_review_max_workdays", l.submitted_on) else { return };
    let (Some(n), Some(done)) = (rule.params.workdays, l.completed_on) else { return };
    let field = "legality.completed_on";
    let used = ctx.cal.workdays_after_through(l.submitted_on.0, done.0);
    let deducted = if excludes_supplements(ctx, l) { supplement_workdays(ctx, l, done) } else { Ok(0) };
    match (used, deducted) {
        (Ok(k), Ok(d)) => {
            let facts = format!("{} 送审，{done} 出具审查意见，用时{}个工作日", l.submitted_on, k - d);
            if k - d <= i64::from(n) {
                ctx.pass(rule, "legality", field, &format!("{facts}，不超过{n}个"));
            } else {
                ctx.fail(rule, "legality", field, &format!("{facts}，超过{n}个工作日"));
            }
        }
        (Err(e), _) | (_, Err(e)) => ctx.calendar_missing(rule, "legality", field, "审查用时", &e, false),
    }
}

/// 昌黎：县司法局接到任务后N日内提出合法性审查意见（“N日内”，最后一日遇休息日顺延）。
/// 案卷不单独记录司法局接到任务的日期，以送审日期计；所以只在审查机构就是司法局
/// （名称以“司法局”结尾）时检查，由县决策咨询服务中心组织综合会审的不检查。
fn justice(ctx: &mut Ctx, l: &LegalityReview) {
    let Some(rule) = ctx.rule("justice_review_max_days", l.submitted_on) else { return };
    let (Some(n), Some(done)) = (rule.params.days, l.completed_on) else { return };
    if !is_justice_bureau(&l.reviewer) {
        return;
    }
    let field = "legality.completed_on";
    match within_days_ok(ctx.cal, l.submitted_on, done, n) {
        Ok((ok, last)) => {
            let facts = format!("{} 送审，{} {done} 提出审查意见，最后一日 {last}", l.submitted_on, l.reviewer);
            if ok {
                ctx.pass(rule, "legality", field, &format!("{facts}，在{n}日内"));
            } else {
                ctx.fail(rule, "legality", field, &format!("{facts}，超过{n}日"));
            }
        }
        Err(e) => ctx.calendar_missing(rule, "legality", field, "司法局审查期限", &e, true),
    }
}

/// 审查机构是否就是司法局（如“昌黎县司法局”）。
pub fn is_justice_bureau(reviewer: &str) -> bool {
    reviewer.trim().ends_with("司法局")
}

/// 昌黎：要求补充材料的，N个工作日内补送（要求之后至补送之日含，工作日 ≤ N）。
fn supplements(ctx: &mut Ctx, l: &LegalityReview) {
    for (i, s) in l.supplements.iter().enumerate() {
        let Some(rule) = ctx.rule("legality_supplement_max_workdays", s.requested_on) else { continue };
        let Some(n) = rule.params.workdays else { continue };
        let field = format!("legality.supplements[{i}].supplied_on");
        let Some(done) = s.supplied_on else {
            match ctx.cal.add_workdays(s.requested_on.0, n) {
                Ok(last) => ctx.notice(rule, "legality", &field, &format!("{} 要求补充材料，尚未补送，最迟 {last}", s.requested_on)),
                Err(e) => ctx.calendar_missing(rule, "legality", &field, "补送期限", &e, false),
            }
            continue;
        };
        match ctx.cal.workdays_after_through(s.requested_on.0, done.0) {
            Ok(k) => {
                let facts = format!("{} 要求补充材料，{done} 补送，用时{k}个工作日", s.requested_on);
                if k <= i64::from(n) {
                    ctx.pass(rule, "legality", &field, &format!("{facts}，在{n}个工作日内"));
                } else {
                    ctx.fail(rule, "legality", &field, &format!("{facts}，超过{n}个工作日"));
                }
            }
            Err(e) => ctx.calendar_missing(rule, "legality", &field, "补送用时", &e, true),
        }
    }
}

/// 送审材料清单（规则表 legality_materials）：每一项要么有材料（本工具生成的文书或登记的附件），
/// 要么在 legality.unperformed 中有未履行的说明（条例 第二十六条；赤峰规定 第二十九条）。
/// 与 src/legality.rs 生成清单时的判断相同，但不排版文书。
fn materials(ctx: &mut Ctx, l: &LegalityReview) {
    let Some(list) = ctx.rule("legality_materials", l.submitted_on) else { return };
    let explain = ctx.rule("legality_unperformed_explanation_required", l.submitted_on).unwrap_or(list);
    let keys: Vec<&str> = list.params.items.iter().map(|i| i.key.as_str()).collect();
    for (i, u) in l.unperformed.iter().enumerate() {
        if !keys.contains(&u.item.as_str()) {
            ctx.fail(
                list,
                "legality",
                &format!("legality.unperformed[{i}].item"),
                &format!("未履行说明中的材料项“{}”不在送审材料清单中（可用：{}）", u.item, keys.join("、")),
            );
        } else if u.explanation.trim().is_empty() {
            ctx.fail(
                explain,
                "legality",
                &format!("legality.unperformed[{i}].explanation"),
                &format!("送审材料“{}”未履行，但没有写明说明", item_name(&list.params.items, &u.item)),
            );
        }
    }
    let produced = produced_keys(ctx.case, &keys);
    for item in list.params.items.iter().filter(|i| applies(i, ctx.case)) {
        let attached = ctx
            .case
            .archive
            .as_ref()
            .is_some_and(|a| a.attachments.iter().any(|x| x.legality_item.as_deref() == Some(item.key.as_str())));
        let explained = l.unperformed.iter().any(|u| u.item == item.key && !u.explanation.trim().is_empty());
        let facts = if attached || produced.contains(&item.key.as_str()) {
            format!("送审材料“{}”已附", item.name)
        } else if explained {
            format!("送审材料“{}”未履行，已写明说明", item.name)
        } else {
            ctx.fail(
                explain,
                "legality",
                "legality.unperformed",
                &format!(
                    "送审材料“{}（{}）”既没有材料，也没有未履行的说明：请在 legality.unperformed 中写明未履行的说明，\
                     或在 archive.attachments 中登记该材料（legality_item）；条例 第二十六条",
                    item.name, item.key
                ),
            );
            continue;
        };
        ctx.pass(explain, "legality", "legality.unperformed", &facts);
    }
}

fn item_name<'a>(items: &'a [ListItem], key: &'a str) -> &'a str {
    items.iter().find(|i| i.key == key).map(|i| i.name.as_str()).unwrap_or(key)
}

/// 清单项的适用条件（规则表 required_when），与 src/legality.rs 相同。
fn applies(item: &ListItem, case: &Case) -> bool {
    let p = case.participation.as_ref();
    match item.required_when.as_deref() {
        None => true,
        Some("hearing_held") => p.is_some_and(|p| p.hearing.is_some()),
        Some("fair_competition_done" | "market_activity_involved") => case.legality.as_ref().is_some_and(|l| l.fair_competition_done),
        Some("public_participation_done") => p.is_some(),
        Some("expert_review_done") => case.experts.is_some(),
        Some("risk_assessment_done") => case.risk.is_some(),
        Some(_) => true,
    }
}

/// 本工具会为本案生成、可作送审材料的文书所归入的清单项（文书种类表 DocKind.legality 中第一个在清单里的代号）。
fn produced_keys<'k>(case: &Case, keys: &[&'k str]) -> Vec<&'k str> {
    let json = serde_json::to_value(case).unwrap_or(Json::Null);
    KINDS
        .iter()
        .filter(|k| k.needs == Needs::Nothing && present(&json, k.when))
        .filter_map(|k| k.legality.iter().find_map(|c| keys.iter().find(|x| *x == c).copied()))
        .collect()
}

/// 案卷中某一部分是否已填写（非空）。
pub fn present(json: &Json, path: &str) -> bool {
    let v = path.split('.').try_fold(json, |v, k| v.get(k));
    match v {
        None | Some(Json::Null) => false,
        Some(Json::String(s)) => !s.trim().is_empty(),
        Some(Json::Array(a)) => !a.is_empty(),
        Some(Json::Object(o)) => !o.is_empty(),
        Some(_) => true,
    }
}

/// 已完成的补送材料所占的工作日数（规则表规定补送时间不计入审查时间时；否则为 0）。
pub fn supplement_extra(ctx: &Ctx, l: &LegalityReview) -> Result<u32, CalendarError> {
    let mut extra = 0;
    if excludes_supplements(ctx, l) {
        for s in &l.supplements {
            if let Some(done) = s.supplied_on {
                extra += ctx.cal.workdays_after_through(s.requested_on.0, done.0)? as u32;
            }
        }
    }
    Ok(extra)
}

/// 合法性审查届满后集体讨论的最早日期（供 plan）：第 N 个审查工作日（加上补送材料的工作日）的次日。
pub fn earliest_meeting(ctx: &Ctx, l: &LegalityReview, n: u32) -> Result<Date, CalendarError> {
    let last = ctx.cal.add_workdays(l.submitted_on.0, n + supplement_extra(ctx, l)?)?;
    Ok(plus_days(Date(last), 1))
}
