//! 公众参与：公开征求意见期限（条例 第十五条）、听证材料送达（条例 第十六条）、座谈会材料送达（赤峰公众参与规则 第八条）。

use super::findings::{filled, Ctx};
use crate::facts::Period;
use crate::law::counting::workday_on_or_after;
use crate::law::Step;

/// 公开征求意见的期限（起算见 [`crate::facts::deadlines::comment_start`]）。少于N日的，须写明缩短期限的理由
/// （条例 第十五条“因情况紧急等原因需要缩短期限的，公开征求意见时应当予以说明”）。
pub fn comment(ctx: &mut Ctx) {
    let Some(c) = ctx.case.participation.as_ref().and_then(|p| p.comment.as_ref()) else { return };
    let Some(d) = ctx.deadline(Period::Comment) else { return };
    let (rule, n) = (d.rule, d.n);
    let Some(Ok(days)) = d.measured.clone() else { return };
    let field = "participation.comment.end";
    let span = format!("公告 {} 发布，征求意见 {} 至 {}，共{days}日", c.published_on, c.start, c.end);
    if d.met == Some(Ok(true)) {
        ctx.pass(rule, Step::Comment, field, &format!("{span}，不少于{n}日"));
        // 截止日是休息日的，期间依法延至其后第一个工作日（民法典 第二百零三条）：提示写明该日。
        match workday_on_or_after(ctx.cal, c.end) {
            Ok(w) if w != c.end => ctx.notice(
                rule,
                Step::Comment,
                field,
                &format!(
                    "征求意见截止日 {}（{}）不是工作日，期间依法延至 {}；建议把截止日写为该日，以免书面意见无人签收",
                    c.end,
                    c.end.weekday_cn(),
                    w
                ),
            ),
            Ok(_) => {}
            Err(e) => ctx.calendar_missing(rule, Step::Comment, field, "征求意见截止日是否为工作日", &e, false),
        }
        return;
    }
    match filled(&c.shortened_reason) {
        Some(reason) => {
            let urgent = ctx.rule("comment_urgent_reason_required", c.published_on).unwrap_or(rule);
            ctx.notice(
                urgent,
                Step::Comment,
                "participation.comment.shortened_reason",
                &format!("{span}，少于{n}日；已说明缩短期限的理由：{reason}"),
            );
        }
        None => ctx.fail(
            rule,
            Step::Comment,
            field,
            &format!("{span}，少于{n}日，且未写明缩短期限的理由（participation.comment.shortened_reason）"),
        ),
    }
}

/// 听证会材料送达：听证会日 − 送达日 ≥ N（“N日前”，恰好N日合格）。
pub fn hearing(ctx: &mut Ctx) {
    let Some(h) = ctx.case.participation.as_ref().and_then(|p| p.hearing.as_ref()) else { return };
    for d in ctx.deadlines(|p| matches!(p, Period::HearingDelivery(_))).collect::<Vec<_>>() {
        let Period::HearingDelivery(i) = d.period else { continue };
        let (rule, n, name) = (d.rule, d.n, &h.participants[i].name);
        match (d.from, &d.measured, &d.due_from) {
            (None, _, Some(Ok(latest))) => ctx.notice(
                rule,
                Step::Hearing,
                &d.field,
                &format!("听证参加人{name}的材料送达日期未填写，无法核对；听证会 {}，材料最晚应于 {latest} 送达", h.date),
            ),
            (Some(sent), Some(Ok(gap)), _) => {
                let facts = format!("听证材料送达 {sent}（{name}），听证会 {}，相隔{gap}日", h.date);
                if d.met == Some(Ok(true)) {
                    ctx.pass(rule, Step::Hearing, &d.field, &format!("{facts}，不少于{n}日"));
                } else {
                    ctx.fail(rule, Step::Hearing, &d.field, &format!("{facts}，少于{n}日"));
                }
            }
            _ => {}
        }
    }
}

/// 座谈会材料送达：送达日与座谈会日之间（两端都不算）的工作日 ≥ N（赤峰公众参与规则 第八条“3个工作日前”）。
pub fn symposiums(ctx: &mut Ctx) {
    for d in ctx.deadlines(|p| matches!(p, Period::SymposiumNotice(_))).collect::<Vec<_>>() {
        let (rule, n) = (d.rule, d.n);
        let date = d.to.expect("座谈会日期必填");
        match (d.from, &d.measured) {
            (None, _) => ctx.notice(rule, Step::Symposium, &d.field, &format!("座谈会 {date} 的材料送达日期未填写，无法核对")),
            (Some(sent), Some(Ok(k))) => {
                let facts = format!("座谈会材料送达 {sent}，座谈会 {date}，其间工作日{k}个");
                if d.met == Some(Ok(true)) {
                    ctx.pass(rule, Step::Symposium, &d.field, &format!("{facts}，不少于{n}个"));
                } else {
                    ctx.fail(rule, Step::Symposium, &d.field, &format!("{facts}，少于{n}个工作日"));
                }
            }
            (Some(_), Some(Err(e))) => ctx.calendar_missing(rule, Step::Symposium, &d.field, "座谈会材料送达的工作日数", e, true),
            (Some(_), None) => {}
        }
    }
}
