//! 程序环节（条例 第二至四章的先后顺序）。检查结果、期限和文书都标明所属环节：
//! 某环节有违规时，该环节的文书拒绝生成（`--allow-violations` 除外）。

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// 程序环节，按程序先后排列。序列化为英文代号（`gen check --format json` 的 `step`）。
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// 决策启动
    Decision,
    /// 向社会公开征求意见
    Comment,
    /// 座谈会
    Symposium,
    /// 听证会
    Hearing,
    /// 公众参与（公众意见的研究采纳）
    Participation,
    /// 专家论证
    Experts,
    /// 风险评估
    Risk,
    /// 合法性审查
    Legality,
    /// 集体讨论决定
    Meeting,
    /// 公布与备案
    Publication,
    /// 决策后评估
    PostEvaluation,
    /// 归档
    Archive,
}

impl Step {
    pub const ALL: [Step; 12] = [
        Step::Decision,
        Step::Comment,
        Step::Symposium,
        Step::Hearing,
        Step::Participation,
        Step::Experts,
        Step::Risk,
        Step::Legality,
        Step::Meeting,
        Step::Publication,
        Step::PostEvaluation,
        Step::Archive,
    ];

    /// 英文代号。
    pub fn id(self) -> &'static str {
        match self {
            Step::Decision => "decision",
            Step::Comment => "comment",
            Step::Symposium => "symposium",
            Step::Hearing => "hearing",
            Step::Participation => "participation",
            Step::Experts => "experts",
            Step::Risk => "risk",
            Step::Legality => "legality",
            Step::Meeting => "meeting",
            Step::Publication => "publication",
            Step::PostEvaluation => "post_evaluation",
            Step::Archive => "archive",
        }
    }

    /// 中文名称（检查结果、期限表中的写法）。
    pub fn name(self) -> &'static str {
        match self {
            Step::Decision => "决策事项",
            Step::Comment => "公开征求意见",
            Step::Symposium => "座谈会",
            Step::Hearing => "听证会",
            Step::Participation => "公众参与",
            Step::Experts => "专家论证",
            Step::Risk => "风险评估",
            Step::Legality => "合法性审查",
            Step::Meeting => "集体讨论决定",
            Step::Publication => "公布与备案",
            Step::PostEvaluation => "决策后评估",
            Step::Archive => "归档",
        }
    }

    /// 本环节未履行时，可在送审材料清单的哪一项下写明说明（legality.unperformed 的 item）：
    /// 依次尝试，取第一个有说明的（赤峰规定 第二十九条（四）“未履行上述程序的说明”；条例 第二十六条）。
    pub fn explained_by(self) -> &'static [&'static str] {
        const PARTICIPATION: &[&str] = &["participation_materials", "participation_record", "procedure_explanation"];
        match self {
            Step::Decision => &["initiation_materials"],
            Step::Comment | Step::Symposium | Step::Hearing => PARTICIPATION,
            Step::Participation => &["opinion_adoption", "participation_materials", "participation_record"],
            Step::Experts => &["expert_opinions", "participation_materials", "procedure_explanation"],
            Step::Risk => &["risk_assessment", "participation_materials", "procedure_explanation"],
            Step::Legality | Step::Meeting | Step::Publication | Step::PostEvaluation | Step::Archive => &[],
        }
    }
}

impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
