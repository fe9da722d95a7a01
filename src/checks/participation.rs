//! 公众参与：公开征求意见期限（条例 第十五条）、听证材料送达（条例 第十六条）、座谈会材料送达（赤峰公众参与规则 第八条）。

use super::counting::{days_between, minus_days, weekday, workday_on_or_after};
use super::findings::{filled, Ctx};
use crate::case::Date;

/// 公开征求意见的期限：截止日 − 起算日 ≥ N（“不少于N日”，截止日计入）。
/// 起算日为公告发布日；公告写明的开始日晚于发布日的，以开始日的前一日为起算日（开始日本身是完整的一日）。
/// 少于N日的，须写明缩短期限的理由（条例 第十五条“因情况紧急等原因需要缩短期限的，公开征求意见时应当予以说明”）。
pub fn comment(ctx: &mut Ctx) {
    let Some(c) = ctx.case.participation.as_ref().and_then(|p| p.comment.as_ref()) else { return };
    let Some(rule) = ctx.rule("comment_period_min_days", c.published_on) else { return };
    let Some(n) = rule.params.days else { return };
    let from = c.published_on.max(Date(c.start.0.pred_opt().unwrap_or(c.start.0)));
    let days = days_between(from, c.end);
    let field = "participation.comment.end";
    let span = format!("公告 {} 发布，征求意见 {} 至 {}，共{days}日", c.published_on, c.start, c.end);
    if days >= i64::from(n) {
        ctx.pass(rule, "comment", field, &format!("{span}，不少于{n}日"));
        // 截止日是休息日的，期间依法延至其后第一个工作日（民法典 第二百零三条）：提示写明该日。
        match workday_on_or_after(ctx.cal, c.end) {
            Ok(w) if w != c.end => ctx.notice(
                rule,
                "comment",
                field,
                &format!(
                    "征求意见截止日 {}（{}）不是工作日，期间依法延至 {}；建议把截止日写为该日，以免书面意见无人签收",
                    c.end,
                    weekday(c.end),
                    w
                ),
            ),
            Ok(_) => {}
            Err(e) => ctx.calendar_missing(rule, "comment", field, "征求意见截止日是否为工作日", &e, false),
        }
        return;
    }
    match filled(&c.shortened_reason) {
        Some(reason) => {
            let urgent = ctx.rule("comment_urgent_reason_required", c.published_on).unwrap_or(rule);
            ctx.notice(
                urgent,
                "comment",
                "participation.comment.shortened_reason",
                &format!("{span}，少于{n}日；已说明缩短期限的理由：{reason}"),
            );
        }
        None => ctx.fail(
            rule,
            "comment",
            field,
            &format!("{span}，少于{n}日，且未写明缩短期限的理由（participation.comment.shortened_reason）"),
        ),
    }
}

/// 听证会材料送达：听证会日 − 送达日 ≥ N（“N日前”，恰好N日合格）。
pub fn hearing(ctx: &mut Ctx) {
    let Some(h) = ctx.case.participation.as_ref().and_then(|p| p.hearing.as_ref()) else { return };
    let Some(rule) = ctx.rule("hearing_delivery_min_days", h.date) else { return };
    let Some(n) = rule.params.days else { return };
    for (i, p) in h.participants.iter().enumerate() {
        let field = format!("participation.hearing.participants[{i}].delivered_on");
        match p.delivered_on {
            None => ctx.notice(
                rule,
                "hearing",
                &field,
                &format!(
                    "听证参加人{}的材料送达日期未填写，无法核对；听证会 {}，材料最晚应于 {} 送达",
                    p.name,
                    h.date,
                    minus_days(h.date, n)
                ),
            ),
            Some(d) => {
                let gap = days_between(d, h.date);
                let facts = format!("听证材料送达 {d}（{}），听证会 {}，相隔{gap}日", p.name, h.date);
                if gap >= i64::from(n) {
                    ctx.pass(rule, "hearing", &field, &format!("{facts}，不少于{n}日"));
                } else {
                    ctx.fail(rule, "hearing", &field, &format!("{facts}，少于{n}日"));
                }
            }
        }
    }
}

/// 座谈会材料送达：送达日与座谈会日之间（两端都不算）的工作日 ≥ N（赤峰公众参与规则 第八条“3个工作日前”）。
pub fn symposiums(ctx: &mut Ctx) {
    let Some(p) = ctx.case.participation.as_ref() else { return };
    for (i, s) in p.symposiums.iter().enumerate() {
        let Some(rule) = ctx.rule("symposium_notice_min_workdays", s.date) else { continue };
        let Some(n) = rule.params.workdays else { continue };
        let field = format!("participation.symposiums[{i}].materials_sent_on");
        let Some(sent) = s.materials_sent_on else {
            ctx.notice(rule, "symposium", &field, &format!("座谈会 {} 的材料送达日期未填写，无法核对", s.date));
            continue;
        };
        match ctx.cal.workdays_between(sent.0, s.date.0) {
            Ok(k) => {
                let facts = format!("座谈会材料送达 {sent}，座谈会 {}，其间工作日{k}个", s.date);
                if k >= i64::from(n) {
                    ctx.pass(rule, "symposium", &field, &format!("{facts}，不少于{n}个"));
                } else {
                    ctx.fail(rule, "symposium", &field, &format!("{facts}，少于{n}个工作日"));
                }
            }
            Err(e) => ctx.calendar_missing(rule, "symposium", &field, "座谈会材料送达的工作日数", &e, true),
        }
    }
}
