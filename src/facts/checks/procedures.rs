//! 必经程序（规则表 `participation_required`、`expert_review_required`、`risk_assessment_required`：赤峰规定 第六条、人社厅程序办法 第四条、昌黎规定 第四条五项程序都必经；
//! 条例 第十九条、第二十二条 专家论证、风险评估只在一定情形下必经）：到了最迟须完成的时点（送审或集体讨论）
//! 仍未履行的，规定允许写明未履行的说明的（赤峰规定 第二十九条（四）；人社厅程序办法 第三十四条（三））作为
//! “未履行”列出，否则违规。是否必经、最迟时点、说明都由 [`crate::facts::procedures`] 算出。

use super::findings::Ctx;
use crate::law::rules::Condition;

pub fn check(ctx: &mut Ctx) {
    for f in &ctx.facts.procedures {
        let Some(rule) = f.rule else { continue };
        let Some((due, due_on)) = f.due else { continue };
        let (name, step, key) = (f.procedure.name(), f.procedure.step(), f.procedure.key());
        let when = match f.condition {
            Some(c) => format!("（{}）", c.describe()),
            None => String::new(),
        };
        if f.performed {
            if f.required == Some(true) {
                ctx.pass(rule, step, key_field(key), &format!("{name}是必经程序{when}，已履行"));
            }
            continue;
        }
        match f.required {
            Some(false) => {
                let c = f.condition.map(Condition::describe).unwrap_or_default();
                ctx.pass(rule, step, cond_field(f.condition), &format!("本案不属于“{c}”的情形，{name}不是必经程序，未履行"));
            }
            None => {
                let c = f.condition.map(Condition::describe).unwrap_or_default();
                ctx.notice(
                    rule,
                    step,
                    cond_field(f.condition),
                    &format!("无法判断{name}是否必经：请在 {} 中写明是否“{c}”；案卷未记录{name}", cond_field(f.condition)),
                );
            }
            Some(true) => {
                let facts = format!("{name}是必经程序{when}，至{} {due_on} 尚未履行", due.name());
                match (ctx.rule("unperformed_procedure_explanation_allowed", due_on), &f.explanation) {
                    (Some(route), Some(e)) => ctx.notice(route, step, "legality.unperformed", &format!("{facts}；已写明未履行的说明：{e}")),
                    (Some(_), None) => ctx.fail(
                        rule,
                        step,
                        "legality.unperformed",
                        &format!("{facts}，也没有写明未履行的说明（legality.unperformed 中 item: {key}）"),
                    ),
                    (None, e) => {
                        let said = if e.is_some() { "；所写的未履行说明不能代替履行" } else { "" };
                        ctx.fail(rule, step, key_field(key), &format!("{facts}，本规定没有不履行的途径{said}"))
                    }
                }
            }
        }
    }
}

/// 程序在案卷中的部分。
fn key_field(key: &str) -> &'static str {
    match key {
        "public_participation" => "participation",
        "expert_review" => "experts",
        "risk_assessment" => "risk",
        "legality_review" => "legality",
        _ => "meeting",
    }
}

/// 条件所读的案卷字段。
fn cond_field(c: Option<Condition>) -> &'static str {
    match c {
        Some(Condition::TechnicalMatter) => "decision.technical",
        Some(Condition::StabilityRiskPossible) => "decision.stability_risk",
        Some(Condition::Disclosable) => "decision.undisclosed",
        Some(Condition::MarketActivityInvolved) => "decision.market_activity",
        _ => "decision",
    }
}
