//! 程序检查：把事实（期间、人数、材料）与规则表逐条核对，写出违规、提示和核对无误的项目。
//!
//! - 数字一律取自规则表，按各环节的日期取当日已施行的一条（[`crate::law::Law::rule`]）；
//!   期间已由 [`crate::facts::deadlines`] 算好，这里只判断并写明事实。
//! - 工作日历缺少某年的数据时报告“无法核对”并写明日期，绝不按周一至周五猜测。
//! - 每条结果带程序环节（[`Step`]）：某环节有违规时，该环节的文书拒绝生成（`--allow-violations` 除外）。

mod experts;
mod findings;
mod legality;
mod legality_outcome;
mod meeting;
mod order;
mod participation;
mod procedures;
mod publication;
mod risk;
mod text;

pub use findings::{Finding, Passed, Review};
pub use text::{describe_findings, describe_one};

use super::Facts;
use crate::law::Step;
use findings::Ctx;

/// 检查案卷：违规和提示，以及核对无误的项目，按环节、严重程度、规则代号、字段排序（同一案卷每次结果相同）。
pub(crate) fn review(facts: &Facts) -> Review {
    let mut ctx = Ctx::new(facts);
    participation::comment(&mut ctx);
    participation::symposiums(&mut ctx);
    participation::hearing(&mut ctx);
    experts::check(&mut ctx);
    risk::check(&mut ctx);
    legality::check(&mut ctx);
    legality_outcome::check(&mut ctx);
    procedures::check(&mut ctx);
    order::check(&mut ctx);
    meeting::check(&mut ctx);
    publication::check(&mut ctx);
    ctx.finish()
}

impl Review {
    /// 某环节的违规（拒绝生成该环节文书的理由）。
    pub fn violations_for(&self, step: Step) -> Vec<&Finding> {
        self.findings.iter().filter(|f| f.is_violation() && f.step == step).collect()
    }

    /// 全部违规。
    pub fn violations(&self) -> Vec<&Finding> {
        self.findings.iter().filter(|f| f.is_violation()).collect()
    }

    /// `gen check --format json` 的内容：规则体系、违规和提示的条数、各条结果、核对无误的项目。
    /// 字段顺序固定、结果已排序：同一案卷每次输出的字节相同。
    pub fn report_json(&self, rules: &str) -> serde_json::Value {
        let violations = self.violations().len();
        serde_json::json!({
            "rules": rules,
            "violations": violations,
            "notices": self.findings.len() - violations,
            "findings": self.findings,
            "passed": self.passed,
        })
    }
}
