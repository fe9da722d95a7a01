//! 先后顺序（规则表中代号以 `order_` 开头的规则）：清单所列各时点须在 `before` 所指时点之前，或在 `after` 所指
//! 时点之后，至少相隔 `days` 日（0 为可以同日）。例如 赤峰规定 第二十八条：公众参与、专家论证、风险评估完成，
//! 本单位法制机构合法性初审、集体讨论通过后，才报送决策机关（送请合法性审查）。
//! 各时点的日期由 [`crate::facts::milestones::date`] 给出。某项程序完成的时点未记录的，由必经程序的检查判断，这里不重复报告。

use super::findings::Ctx;
use crate::facts::milestones;
use crate::law::rules::{param_kind, ParamKind};
use crate::law::Milestone;

pub fn check(ctx: &mut Ctx) {
    let ids: Vec<&'static str> =
        crate::law::rules::KNOWN_RULES.iter().filter(|(_, k, _)| *k == ParamKind::Order).map(|(id, _, _)| *id).collect();
    for id in ids {
        debug_assert_eq!(param_kind(id), Some(ParamKind::Order));
        one(ctx, id);
    }
}

fn one(ctx: &mut Ctx, id: &str) {
    // 规则按“另一端”时点的日期取已施行的一条；该时点未记录时，先按启动日取，以便知道它指哪一时点。
    let probe = ctx.case.decision.started_on.or(ctx.facts.as_of);
    let Some(probe) = probe else { return };
    let Some(first) = ctx.rule(id, probe).or_else(|| ctx.law.own().rule_latest(id)) else { return };
    let (anchor, anchor_is_later) = match (first.params.before, first.params.after) {
        (Some(b), _) => (b, true),
        (None, Some(a)) => (a, false),
        _ => return,
    };
    let Some((anchor_on, anchor_field)) = milestones::date(ctx.case, anchor) else { return };
    let Some(rule) = ctx.rule(id, anchor_on) else { return };
    let gap = rule.params.days.unwrap_or(0) as i64;
    for item in &rule.params.items {
        let Some(m) = Milestone::from_key(&item.key) else { continue };
        let step = if anchor_is_later { anchor.step() } else { m.step() };
        let Some((on, field)) = milestones::date(ctx.case, m) else {
            if m.procedure().is_none() && anchor_is_later && applies(ctx, m) {
                ctx.fail(rule, step, anchor_field, &format!("{} {anchor_on}，案卷未记录“{}”的日期", anchor.name(), m.name()));
            }
            continue;
        };
        let (earlier, later) = if anchor_is_later { ((m, on), (anchor, anchor_on)) } else { ((anchor, anchor_on), (m, on)) };
        let days = later.1.days_since(earlier.1);
        let facts = format!("{} {}，{} {}", earlier.0.name(), earlier.1, later.0.name(), later.1);
        let need = if gap == 0 { "不晚于".to_string() } else { format!("至少早{gap}日于") };
        if days >= gap {
            ctx.pass(rule, step, field, &format!("{facts}，{}{need}{}", earlier.0.name(), later.0.name()));
        } else {
            let rel = if days < 0 {
                format!("晚了{}日", -days)
            } else if days == 0 {
                "在同一日".to_string()
            } else {
                format!("只早{days}日")
            };
            ctx.fail(rule, step, field, &format!("{facts}：{}须{need}{}，实际{rel}", earlier.0.name(), later.0.name()));
        }
    }
}

/// 未记录的时点是否本应存在（如听证参加人名单只在举行了听证会时才要公布）。
fn applies(ctx: &Ctx, m: Milestone) -> bool {
    let c = ctx.case;
    match m {
        Milestone::ParticipantsPublished => c.participation.as_ref().and_then(|p| p.hearing.as_ref()).is_some(),
        Milestone::RiskFiled => c.risk.is_some(),
        // 昌黎规定 第四十四条：审议之前必须有会审的综合建议和县长审定（只有昌黎的规则表列出这两个时点）。
        Milestone::JointAdvice | Milestone::JointApproved => true,
        _ => true,
    }
}
