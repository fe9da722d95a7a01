//! 合法性审查的结果：审查结论（人社厅程序办法 第三十四条的四种意见）——不合法或退回补充的不得提交讨论
//! （条例 第二十五条；赤峰规定 第二十八条；人社厅程序办法 第三十一条；昌黎规定 第三十九条），探索性改革明示法律风险的除外；
//! 未采纳审查意见须书面说明理由（赤峰规定 第三十三条）；法律顾问、公职律师的法律意见（条例 第二十八条；
//! 赤峰规定 第三十条；人社厅程序办法 第三十五条）；涉及市场主体经济活动的须进行公平竞争审查（条例 第二十九条（一））。

use super::findings::{filled, Ctx};
use crate::facts::materials::holds;
use crate::input::case::{LegalityConclusion, LegalityReview};
use crate::law::rules::Condition;
use crate::law::Step;

pub fn check(ctx: &mut Ctx) {
    let Some(l) = &ctx.case.legality else { return };
    conclusion(ctx, l);
    adoption(ctx, l);
    legal_opinions(ctx, l);
    fair_competition(ctx, l);
}

/// 审查结论为不合法、退回补充的，不得提交集体讨论（探索性改革明示了法律风险的，可以提交）。
fn conclusion(ctx: &mut Ctx, l: &LegalityReview) {
    let (Some(m), Some(c)) = (&ctx.case.meeting, l.conclusion) else { return };
    let Some(rule) = ctx.rule("legality_review_before_discussion", m.date) else { return };
    let facts = format!("合法性审查结论为“{c}”，集体讨论 {}", m.date);
    match c {
        LegalityConclusion::Lawful | LegalityConclusion::ReviseThenSubmit => {
            ctx.pass(rule, Step::Meeting, "legality.conclusion", &format!("{facts}，可以提交讨论"))
        }
        LegalityConclusion::Unlawful => match filled(&l.legal_risk_statement) {
            Some(s) => ctx.notice(
                rule,
                Step::Meeting,
                "legality.legal_risk_statement",
                &format!("{facts}；作为探索性改革决策事项提交讨论，已明示法律风险：{s}"),
            ),
            None => ctx.fail(rule, Step::Meeting, "legality.conclusion", &format!("{facts}：经审查不合法的，不得提交决策机关讨论")),
        },
        LegalityConclusion::ReturnForSupplement => ctx.fail(
            rule,
            Step::Meeting,
            "legality.conclusion",
            &format!("{facts}：退回补充履行程序的，应当补充履行或出具说明后再送请合法性审查，审查通过后才可提交讨论"),
        ),
    }
}

/// 未采纳合法性审查意见的，应当向决策机关书面说明理由。
fn adoption(ctx: &mut Ctx, l: &LegalityReview) {
    let Some(done) = l.completed_on else { return };
    let Some(rule) = ctx.rule("legality_nonadoption_reason_required", done) else { return };
    match (l.adopted, filled(&l.non_adoption_reason)) {
        (Some(false), Some(r)) => {
            ctx.pass(rule, Step::Legality, "legality.non_adoption_reason", &format!("未采纳 {done} 的合法性审查意见，已书面说明理由：{r}"))
        }
        (Some(false), None) => ctx.fail(
            rule,
            Step::Legality,
            "legality.non_adoption_reason",
            &format!("未采纳 {done} 的合法性审查意见，未书面说明理由（legality.non_adoption_reason）"),
        ),
        _ => ctx.pass(rule, Step::Legality, "legality.adopted", &format!("决策承办单位采纳了 {done} 的合法性审查意见")),
    }
}

/// 审查过程中应当组织法律顾问、公职律师提出法律意见：有法律意见，且不晚于审查意见出具之日。
fn legal_opinions(ctx: &mut Ctx, l: &LegalityReview) {
    let Some(done) = l.completed_on else { return };
    let Some(rule) = ctx.rule("legal_adviser_opinion_required", l.submitted_on) else { return };
    if l.legal_opinions.is_empty() {
        ctx.fail(
            rule,
            Step::Legality,
            "legality.legal_opinions",
            &format!("{} 出具合法性审查意见，案卷未记录法律顾问、公职律师的法律意见", done),
        );
        return;
    }
    for (i, o) in l.legal_opinions.iter().enumerate() {
        let field = format!("legality.legal_opinions[{i}].date");
        let who = match &o.role {
            Some(r) => format!("{r}{}", o.by),
            None => o.by.clone(),
        };
        if o.date <= done {
            ctx.pass(rule, Step::Legality, &field, &format!("{who} {} 提出法律意见，审查意见 {done} 出具", o.date));
        } else {
            ctx.fail(rule, Step::Legality, &field, &format!("{who} {} 提出法律意见，晚于审查意见出具之日 {done}", o.date));
        }
    }
}

/// 决策草案涉及市场主体经济活动的，应当进行公平竞争审查（送审时核对）。
fn fair_competition(ctx: &mut Ctx, l: &LegalityReview) {
    let Some(rule) = ctx.rule("fair_competition_review_required", l.submitted_on) else { return };
    if ctx.case.decision.market_activity.is_none() && !l.fair_competition_done {
        // 不推定为“不涉及”：请承办单位写明。
        ctx.notice(
            rule,
            Step::Legality,
            "decision.market_activity",
            "未写明决策草案是否涉及市场主体经济活动（decision.market_activity），也没有进行公平竞争审查：涉及的，应当进行公平竞争审查",
        );
        return;
    }
    if holds(Condition::MarketActivityInvolved, ctx.case, None) != Some(true) {
        return;
    }
    if l.fair_competition_done {
        ctx.pass(rule, Step::Legality, "legality.fair_competition_done", "决策草案涉及市场主体经济活动，已进行公平竞争审查");
    } else {
        ctx.fail(
            rule,
            Step::Legality,
            "legality.fair_competition_done",
            &format!("决策草案涉及市场主体经济活动（decision.market_activity），{} 送审时未进行公平竞争审查", l.submitted_on),
        );
    }
}
