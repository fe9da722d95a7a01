//! 风险评估的结论：以最后一次重新评估为准（调整决策草案后重新评估，赤峰风险评估规则 第十一条、昌黎规定 第三十七条
//! “降低风险等级后再行决策”）。程序检查和风险评估报告都读这里。

use crate::input::case::{Case, Date, RiskLevel};

/// 风险评估的最终结论。
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// 最终的风险等级
    pub level: Option<RiskLevel>,
    /// 最终是否可控
    pub controllable: Option<bool>,
    /// 最终结论的日期
    pub on: Date,
    /// 最终结论所在的字段
    pub field: &'static str,
    /// 首次评估完成的日期
    pub first_on: Date,
    /// 各次评估的风险等级（字段、等级），首次在前
    pub history: Vec<(String, Option<RiskLevel>)>,
    /// 风险防范措施的项数（首次评估和各次重新评估合计）
    pub measures: usize,
}

/// 案卷没有风险评估时为空。重新评估按日期先后排列，取最后一次。
pub fn outcome(case: &Case) -> Option<Outcome> {
    let r = case.risk.as_ref()?;
    let mut history = vec![("risk.level".to_string(), r.level)];
    let mut order: Vec<usize> = (0..r.reassessments.len()).collect();
    order.sort_by_key(|&i| r.reassessments[i].date);
    history.extend(order.iter().map(|&i| (format!("risk.reassessments[{i}].level"), r.reassessments[i].level)));
    let measures = r.measures.len() + r.reassessments.iter().map(|x| x.measures.len()).sum::<usize>();
    let base = Outcome { level: r.level, controllable: r.controllable, on: r.end, field: "risk.level", first_on: r.end, history, measures };
    Some(match order.last().map(|&i| &r.reassessments[i]) {
        Some(last) if last.date >= r.end => Outcome {
            level: last.level.or(r.level),
            controllable: last.controllable.or(r.controllable),
            on: last.date,
            field: "risk.reassessments",
            ..base
        },
        _ => base,
    })
}
