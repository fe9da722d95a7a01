//! 法定程序（条例 第三条：公众参与、专家论证、风险评估、合法性审查、集体讨论决定）和程序中的时点
//! （决定启动、公告发布、听证会举行、论证完成、送审……）。规则表中写英文代号：
//! `mandatory_procedures` 的清单项是程序（[`Procedure`]），先后顺序规则（`order_*`）的清单项是时点（[`Milestone`]）。
//! 某一时点在案卷中是哪一天，只在 src/facts/milestones.rs 中判断一次。

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Step;

/// 五项法定程序。
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Procedure {
    /// 公众参与
    PublicParticipation,
    /// 专家论证
    ExpertReview,
    /// 风险评估
    RiskAssessment,
    /// 合法性审查
    LegalityReview,
    /// 集体讨论决定
    CollectiveDiscussion,
}

impl Procedure {
    pub const ALL: [Procedure; 5] = [
        Procedure::PublicParticipation,
        Procedure::ExpertReview,
        Procedure::RiskAssessment,
        Procedure::LegalityReview,
        Procedure::CollectiveDiscussion,
    ];

    /// 规则表和案卷（legality.unperformed 的 item）中的英文代号。
    pub fn key(self) -> &'static str {
        match self {
            Procedure::PublicParticipation => "public_participation",
            Procedure::ExpertReview => "expert_review",
            Procedure::RiskAssessment => "risk_assessment",
            Procedure::LegalityReview => "legality_review",
            Procedure::CollectiveDiscussion => "collective_discussion",
        }
    }

    pub fn from_key(key: &str) -> Option<Procedure> {
        Procedure::ALL.into_iter().find(|p| p.key() == key)
    }

    /// 中文名称。
    pub fn name(self) -> &'static str {
        match self {
            Procedure::PublicParticipation => "公众参与",
            Procedure::ExpertReview => "专家论证",
            Procedure::RiskAssessment => "风险评估",
            Procedure::LegalityReview => "合法性审查",
            Procedure::CollectiveDiscussion => "集体讨论决定",
        }
    }

    /// 规定本程序是否必经的规则代号（合法性审查、集体讨论决定由各自的规则规定：未经合法性审查不得提交讨论等）。
    pub fn required_rule(self) -> Option<&'static str> {
        match self {
            Procedure::PublicParticipation => Some("participation_required"),
            Procedure::ExpertReview => Some("expert_review_required"),
            Procedure::RiskAssessment => Some("risk_assessment_required"),
            Procedure::LegalityReview | Procedure::CollectiveDiscussion => None,
        }
    }

    /// 检查结果归入的环节。
    pub fn step(self) -> Step {
        match self {
            Procedure::PublicParticipation => Step::Participation,
            Procedure::ExpertReview => Step::Experts,
            Procedure::RiskAssessment => Step::Risk,
            Procedure::LegalityReview => Step::Legality,
            Procedure::CollectiveDiscussion => Step::Meeting,
        }
    }

    /// 程序完成的时点。
    pub fn done(self) -> Milestone {
        match self {
            Procedure::PublicParticipation => Milestone::ParticipationDone,
            Procedure::ExpertReview => Milestone::ExpertsDone,
            Procedure::RiskAssessment => Milestone::RiskDone,
            Procedure::LegalityReview => Milestone::LegalityDone,
            Procedure::CollectiveDiscussion => Milestone::Meeting,
        }
    }

    /// 本程序包含的环节（公众参与包括公开征求意见、座谈会、听证会和意见的研究采纳）。
    pub fn steps(self) -> &'static [Step] {
        match self {
            Procedure::PublicParticipation => &[Step::Comment, Step::Symposium, Step::Hearing, Step::Participation],
            Procedure::ExpertReview => &[Step::Experts],
            Procedure::RiskAssessment => &[Step::Risk],
            Procedure::LegalityReview => &[Step::Legality],
            Procedure::CollectiveDiscussion => &[Step::Meeting],
        }
    }
}

/// 程序中的时点。
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Milestone {
    /// 决策机关决定启动决策程序
    Started,
    /// 公开征求意见公告发布
    CommentPublished,
    /// 第一次座谈会
    SymposiumHeld,
    /// 听证会公告（含参加人产生办法、遴选办法）发布
    HearingAnnounced,
    /// 听证参加人名单向社会公布
    ParticipantsPublished,
    /// 听证会举行
    Hearing,
    /// 公众参与完成（征求意见截止、座谈会、听证报告、意见采纳情况说明中最晚的一项）
    ParticipationDone,
    /// 专家论证开始（材料送达专家，未记录时为论证日期）
    ExpertsStarted,
    /// 专家论证完成（论证报告，未出报告时为论证日期）
    ExpertsDone,
    /// 风险评估开始
    RiskStarted,
    /// 风险评估完成（有重新评估的，为最后一次）
    RiskDone,
    /// 风险评估报告送同级党委政法委备案
    RiskFiled,
    /// 决策承办单位法制机构合法性初审
    PreReview,
    /// 决策承办单位集体讨论
    UnitDiscussion,
    /// 送请合法性审查
    LegalitySubmitted,
    /// 合法性审查意见出具
    LegalityDone,
    /// 会审形成综合决策咨询建议（昌黎）
    JointAdvice,
    /// 县长审定提交审议（昌黎）
    JointApproved,
    /// 集体讨论决定
    Meeting,
    /// 决策公布
    Published,
    /// 报送备案
    Filed,
}

impl Milestone {
    pub const ALL: [Milestone; 21] = [
        Milestone::Started,
        Milestone::CommentPublished,
        Milestone::SymposiumHeld,
        Milestone::HearingAnnounced,
        Milestone::ParticipantsPublished,
        Milestone::Hearing,
        Milestone::ParticipationDone,
        Milestone::ExpertsStarted,
        Milestone::ExpertsDone,
        Milestone::RiskStarted,
        Milestone::RiskDone,
        Milestone::RiskFiled,
        Milestone::PreReview,
        Milestone::UnitDiscussion,
        Milestone::LegalitySubmitted,
        Milestone::LegalityDone,
        Milestone::JointAdvice,
        Milestone::JointApproved,
        Milestone::Meeting,
        Milestone::Published,
        Milestone::Filed,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Milestone::Started => "started",
            Milestone::CommentPublished => "comment_published",
            Milestone::SymposiumHeld => "symposium_held",
            Milestone::HearingAnnounced => "hearing_announced",
            Milestone::ParticipantsPublished => "participants_published",
            Milestone::Hearing => "hearing",
            Milestone::ParticipationDone => "participation_done",
            Milestone::ExpertsStarted => "experts_started",
            Milestone::ExpertsDone => "experts_done",
            Milestone::RiskStarted => "risk_started",
            Milestone::RiskDone => "risk_done",
            Milestone::RiskFiled => "risk_filed",
            Milestone::PreReview => "pre_review",
            Milestone::UnitDiscussion => "unit_discussion",
            Milestone::LegalitySubmitted => "legality_submitted",
            Milestone::LegalityDone => "legality_done",
            Milestone::JointAdvice => "joint_advice",
            Milestone::JointApproved => "joint_approved",
            Milestone::Meeting => "meeting",
            Milestone::Published => "published",
            Milestone::Filed => "filed",
        }
    }

    pub fn from_key(key: &str) -> Option<Milestone> {
        Milestone::ALL.into_iter().find(|m| m.key() == key)
    }

    /// 中文写法（检查结果中的写法）。
    pub fn name(self) -> &'static str {
        match self {
            Milestone::Started => "决定启动决策程序",
            Milestone::CommentPublished => "发布公开征求意见公告",
            Milestone::SymposiumHeld => "召开座谈会",
            Milestone::HearingAnnounced => "发布听证会公告（公布听证时间、地点和参加人产生办法）",
            Milestone::ParticipantsPublished => "公布听证参加人名单",
            Milestone::Hearing => "举行听证会",
            Milestone::ParticipationDone => "完成公众参与",
            Milestone::ExpertsStarted => "开始专家论证",
            Milestone::ExpertsDone => "完成专家论证",
            Milestone::RiskStarted => "开始风险评估",
            Milestone::RiskDone => "完成风险评估",
            Milestone::RiskFiled => "风险评估报告送同级党委政法委备案",
            Milestone::PreReview => "决策承办单位法制机构合法性初审",
            Milestone::UnitDiscussion => "决策承办单位集体讨论",
            Milestone::LegalitySubmitted => "送请合法性审查",
            Milestone::LegalityDone => "出具合法性审查意见",
            Milestone::JointAdvice => "会审形成综合决策咨询建议",
            Milestone::JointApproved => "县长审定提交审议",
            Milestone::Meeting => "集体讨论决定",
            Milestone::Published => "公布决策",
            Milestone::Filed => "报送备案",
        }
    }

    /// 本时点的日期是否就是某项程序的完成日期（这类时点未记录时，由 `mandatory_procedures` 判断，不重复报告）。
    pub fn procedure(self) -> Option<Procedure> {
        Procedure::ALL.into_iter().find(|p| p.done() == self)
    }

    /// 检查结果归入的环节。
    pub fn step(self) -> Step {
        match self {
            Milestone::Started => Step::Decision,
            Milestone::CommentPublished => Step::Comment,
            Milestone::SymposiumHeld => Step::Symposium,
            Milestone::HearingAnnounced | Milestone::ParticipantsPublished | Milestone::Hearing => Step::Hearing,
            Milestone::ParticipationDone => Step::Participation,
            Milestone::ExpertsStarted | Milestone::ExpertsDone => Step::Experts,
            Milestone::RiskStarted | Milestone::RiskDone | Milestone::RiskFiled => Step::Risk,
            Milestone::PreReview
            | Milestone::UnitDiscussion
            | Milestone::LegalitySubmitted
            | Milestone::LegalityDone
            | Milestone::JointAdvice
            | Milestone::JointApproved => Step::Legality,
            Milestone::Meeting => Step::Meeting,
            Milestone::Published | Milestone::Filed => Step::Publication,
        }
    }
}
