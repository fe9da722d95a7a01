//! 案卷中只能从固定几项中选填的值（封闭集合）。读取案卷时就核对，写错的值在读取时报错并指出行列，
//! 而不是到程序检查时才发现。每项的中文写法即案卷中的写法（也是印在文书上的写法）；
//! `key()` 是规则表 data/rules/*.yaml 中同一事物的英文代号。

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// 为封闭集合生成 `key()`、`name()`、`ALL` 与 `Display`。
macro_rules! choices {
    ($ty:ident { $($v:ident => $key:literal, $name:literal;)+ }) => {
        impl $ty {
            /// 全部取值（按规定中的顺序）。
            pub const ALL: &'static [$ty] = &[$($ty::$v),+];
            /// 规则表中的英文代号。
            pub fn key(self) -> &'static str {
                match self { $($ty::$v => $key),+ }
            }
            /// 中文写法（案卷和文书中的写法）。
            pub fn name(self) -> &'static str {
                match self { $($ty::$v => $name),+ }
            }
            /// 按规则表代号查找。
            pub fn from_key(key: &str) -> Option<$ty> {
                Self::ALL.iter().copied().find(|v| v.key() == key)
            }
        }
        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.name())
            }
        }
    };
}

/// 意见采纳情况。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum Adoption {
    #[serde(rename = "采纳")]
    Adopted,
    #[serde(rename = "部分采纳")]
    Partly,
    #[serde(rename = "不予采纳")]
    Rejected,
}
choices!(Adoption { Adopted => "adopted", "采纳"; Partly => "partly", "部分采纳"; Rejected => "rejected", "不予采纳"; });

/// 听证会上发言的性质（条例 第十七条（二））。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum SpeechKind {
    #[serde(rename = "陈述")]
    Statement,
    #[serde(rename = "询问")]
    Question,
    #[serde(rename = "质证")]
    Challenge,
    #[serde(rename = "辩论")]
    Debate,
    #[serde(rename = "解释说明")]
    Explanation,
}
choices!(SpeechKind {
    Statement => "statement", "陈述";
    Question => "question", "询问";
    Challenge => "challenge", "质证";
    Debate => "debate", "辩论";
    Explanation => "explanation", "解释说明";
});

/// 风险等级（赤峰风险评估规则 第十一条；昌黎规定 第三十七条）。也可写作“高风险”等。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum RiskLevel {
    #[serde(rename = "高", alias = "高风险")]
    High,
    #[serde(rename = "中", alias = "中风险")]
    Medium,
    #[serde(rename = "低", alias = "低风险")]
    Low,
}
choices!(RiskLevel { High => "high", "高"; Medium => "medium", "中"; Low => "low", "低"; });

/// 合法性审查结论（人社厅程序办法 第三十四条的四种审查意见）。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum LegalityConclusion {
    /// 符合法定权限、程序合法、内容合法，同意提交集体讨论
    #[serde(rename = "合法")]
    Lawful,
    /// 部分内容不一致，建议依法调整后提交集体讨论
    #[serde(rename = "修改后提交")]
    ReviseThenSubmit,
    /// 应当履行而未履行有关程序，建议退回补充履行或出具说明后再送审
    #[serde(rename = "退回补充")]
    ReturnForSupplement,
    /// 超越法定权限或主要内容违法，建议不提交集体讨论
    #[serde(rename = "不合法")]
    Unlawful,
}
choices!(LegalityConclusion {
    Lawful => "lawful", "合法";
    ReviseThenSubmit => "revise_then_submit", "修改后提交";
    ReturnForSupplement => "return_for_supplement", "退回补充";
    Unlawful => "unlawful", "不合法";
});

/// 集体讨论的决定（赤峰规定 第三十五条；人社厅程序办法 第三十七条；昌黎规定 第四十六条）。
/// 各规则体系可用的形式不同，由规则表 `minutes_decisions` 列出，程序检查核对。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum MeetingDecision {
    #[serde(rename = "通过")]
    Approve,
    #[serde(rename = "原则通过")]
    ApproveInPrinciple,
    #[serde(rename = "修改后再次讨论")]
    ReviseAndRediscuss,
    #[serde(rename = "不予通过")]
    Reject,
    /// 昌黎规定 第四十六条：一般性修改的，修改后签发
    #[serde(rename = "修改")]
    Revise,
    /// 昌黎规定 第四十六条：再次审议
    #[serde(rename = "再次审议")]
    Rediscuss,
}
choices!(MeetingDecision {
    Approve => "approve", "通过";
    ApproveInPrinciple => "approve_in_principle", "原则通过";
    ReviseAndRediscuss => "revise_and_rediscuss", "修改后再次讨论";
    Reject => "reject", "不予通过";
    Revise => "revise", "修改";
    Rediscuss => "rediscuss", "再次审议";
});

impl MeetingDecision {
    /// 决策继续推进（通过、原则通过、昌黎“修改”后签发），而不是退回、再议或否决。
    pub fn proceeds(self) -> bool {
        matches!(self, MeetingDecision::Approve | MeetingDecision::ApproveInPrinciple | MeetingDecision::Revise)
    }

    /// 赞成草案的决定（通过、原则通过）：与多数意见比较时用（条例 第三十条）。
    pub fn approves(self) -> bool {
        matches!(self, MeetingDecision::Approve | MeetingDecision::ApproveInPrinciple)
    }
}

/// 会议组成人员的表态。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum Stance {
    #[serde(rename = "同意")]
    Agree,
    #[serde(rename = "原则同意")]
    AgreeInPrinciple,
    #[serde(rename = "不同意")]
    Disagree,
    #[serde(rename = "弃权")]
    Abstain,
}
choices!(Stance { Agree => "agree", "同意"; AgreeInPrinciple => "agree_in_principle", "原则同意"; Disagree => "disagree", "不同意"; Abstain => "abstain", "弃权"; });

/// 保管期限（DA/T 22-2015）。也可写作代码 Y、D30、D10。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum Retention {
    #[serde(rename = "永久", alias = "Y", alias = "y")]
    Permanent,
    #[serde(rename = "30年", alias = "定期30年", alias = "D30", alias = "d30")]
    Years30,
    #[serde(rename = "10年", alias = "定期10年", alias = "D10", alias = "d10")]
    Years10,
}
choices!(Retention { Permanent => "Y", "永久"; Years30 => "D30", "30年"; Years10 => "D10", "10年"; });

impl Retention {
    /// 档号中的保管期限代码：永久 Y、定期30年 D30、定期10年 D10。
    pub fn code(self) -> &'static str {
        self.key()
    }
}

/// 归档类别（人社厅程序办法 第四十八条；各规则表 `archive_categories` 列出它们的顺序和全称）。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
pub enum Category {
    #[serde(rename = "启动")]
    Initiation,
    #[serde(rename = "决策方案")]
    DecisionPlan,
    #[serde(rename = "合法性审查")]
    LegalityReview,
    #[serde(rename = "集体讨论")]
    CollectiveDiscussion,
    #[serde(rename = "执行")]
    Execution,
    #[serde(rename = "其他")]
    Other,
}
choices!(Category {
    Initiation => "initiation", "启动";
    DecisionPlan => "decision_plan", "决策方案";
    LegalityReview => "legality_review", "合法性审查";
    CollectiveDiscussion => "collective_discussion", "集体讨论";
    Execution => "execution", "执行";
    Other => "other", "其他";
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_read_as_the_same_choice() {
        let r: RiskLevel = serde_norway::from_str("高风险").unwrap();
        assert_eq!(r, RiskLevel::High);
        assert_eq!(serde_norway::to_string(&r).unwrap().trim(), "高");
        let t: Retention = serde_norway::from_str("D30").unwrap();
        assert_eq!((t, t.code(), t.name()), (Retention::Years30, "D30", "30年"));
        assert!(serde_norway::from_str::<Retention>("长期").is_err());
        assert_eq!(Category::from_key("collective_discussion"), Some(Category::CollectiveDiscussion));
        assert!(MeetingDecision::Revise.proceeds() && !MeetingDecision::Revise.approves());
    }
}
