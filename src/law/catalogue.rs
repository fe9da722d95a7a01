//! 文书种类表：每种文书属于哪个程序环节、归入哪一类档案、作为合法性审查送审材料时填入清单的哪一项、
//! 用哪个模板。各地的依据（出处）在规则表的 `document_basis` 中（[`crate::law::Law::document_basis`]）。
//! 案卷需要哪些文书、每份的日期和署名，由 `facts` 按本表计算（src/facts/documents.rs）。
//!
//! 新增一种文书：在 [`DocId`] 加一项，在 [`KINDS`] 加一行，在 templates/ 加模板，
//! 编译器会指出 facts 和 documents 中还要写明的地方（按 [`DocId`] 的 `match` 都是穷尽的）。

use crate::input::case::Category;
use crate::law::Step;

/// 文书种类（封闭集合）。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DocId {
    Notice,
    HearingDelivery,
    HearingReport,
    CommentNotice,
    OpinionAdoption,
    ExpertCommitment,
    ExpertOpinion,
    ExpertReport,
    RiskReport,
    LegalityList,
    ProcedureStatement,
    Minutes,
    PostEvaluation,
    Plan,
    ArchiveIndex,
    ArchiveNote,
    // 记录型文书（src/facts/records/）
    Proposal,
    Initiation,
    MethodApproval,
    Research,
    DraftExplanation,
    Consultation,
    Dispute,
    HearingSelection,
    HearingForm,
    HearingParticipants,
    HearingRecord,
    SymposiumNotice,
    FieldVisitPlan,
    Questionnaire,
    PollReport,
    OpinionFeedback,
    StakeholderList,
    ExpertSelection,
    ExpertDelivery,
    ExpertMeetingRecord,
    ExpertFeedback,
    Commission,
    RiskPlan,
    RiskRecommendation,
    RiskFiling,
    PreReview,
    UnitDiscussion,
    FairCompetition,
    LegalOpinion,
    SupplementNotice,
    LegalityOpinion,
    NonAdoption,
    JointReviewOpinion,
    JointAdvice,
    ReviewApproval,
    LegalRisk,
    MeetingMaterials,
    PartyRequest,
    NpcReport,
    Announcement,
    Interpretation,
    DeliberationDisclosure,
    FilingReport,
    ExecutionAssignment,
    ExecutionReport,
    ProblemReport,
    ExecutionDisclosure,
    EvaluationLaunch,
    EvaluationPlan,
    EvaluationReview,
    EvaluationApproval,
    StageEvaluation,
    Adjustment,
    TransferList,
}

/// 文书在生成流程中的位置。
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// 只依据案卷（和计算出的事实）即可生成
    Leaf,
    /// 列举其他文书（题名、页数）的文书：先生成被列举的文书，再生成它（合法性审查送审材料清单）
    Listing,
    /// 程序期限表：按规则推算的工作用表，不是程序的记录，不归档
    Plan,
    /// 归档时生成（归档文件目录、备考表），列举归档包中的每一件
    Archive,
}

/// 一种文书。
#[derive(Debug)]
pub struct Kind {
    pub doc: DocId,
    /// 子命令名，如 `notice`
    pub id: &'static str,
    /// 中文名称，也是输出文件名
    pub name: &'static str,
    /// 模板文件名
    pub template: &'static str,
    /// 所属程序环节：该环节有违规时拒绝生成。`None`：不因违规拒绝（程序履行情况说明如实写明违规；期限表）
    pub step: Option<Step>,
    /// 归档类别（人社厅程序办法 第四十八条）
    pub category: Category,
    /// 作为合法性审查送审材料时填入清单的哪一项：依次尝试这些代号，取规则表清单中第一个有的
    pub files_under: &'static [&'static str],
    /// 每人一份（记录型文书：列表中每项一份）
    pub per_person: bool,
    pub phase: Phase,
}

const PARTICIPATION: &[&str] = &["participation_record", "participation_materials", "procedure_explanation"];
const EXPERTS: &[&str] = &["expert_opinions", "participation_materials", "procedure_explanation"];

/// 记录型文书的一行（`each`：列表中每项一份）。
#[allow(clippy::too_many_arguments)]
const fn rec(
    doc: DocId,
    id: &'static str,
    name: &'static str,
    template: &'static str,
    step: Option<Step>,
    category: Category,
    files_under: &'static [&'static str],
    each: bool,
) -> Kind {
    Kind { doc, id, name, template, step, category, files_under, per_person: each, phase: Phase::Leaf }
}

/// 最初的十三种文书、期限表和归档用的两种：各自在 src/facts/documents.rs 中写明，不是记录型文书。
pub const LEGACY: &[DocId] = &[
    DocId::Notice,
    DocId::HearingDelivery,
    DocId::HearingReport,
    DocId::CommentNotice,
    DocId::OpinionAdoption,
    DocId::ExpertCommitment,
    DocId::ExpertOpinion,
    DocId::ExpertReport,
    DocId::RiskReport,
    DocId::LegalityList,
    DocId::ProcedureStatement,
    DocId::Minutes,
    DocId::PostEvaluation,
    DocId::Plan,
    DocId::ArchiveIndex,
    DocId::ArchiveNote,
];

/// 案卷的文书（`gen all` 按此顺序生成；归档用的两种在 [`ARCHIVE_KINDS`]）。
#[rustfmt::skip]
pub const KINDS: &[Kind] = &[
    // 按程序先后：启动和起草、公众参与、专家论证、风险评估、合法性审查、集体讨论和公布、执行和后评估。
    // 多行的为最初的十三种；rec(…) 为记录型文书（案卷中一项记录一份，位置见 src/facts/records/；末项为每项一份）。
    rec(DocId::Proposal, "proposal", "决策事项建议书", "proposal.typ.j2", Some(Step::Decision), Category::Initiation, &["initiation_materials", "draft_and_explanation"], false),
    rec(DocId::Initiation, "initiation", "启动决策程序的决定", "initiation.typ.j2", Some(Step::Decision), Category::Initiation, &["initiation_materials", "draft_and_explanation"], false),
    rec(DocId::MethodApproval, "method-approval", "公众参与和专家论证方式审批单", "method_approval.typ.j2", Some(Step::Decision), Category::Initiation, &[], true),
    rec(DocId::Research, "research-report", "调查研究报告", "research_report.typ.j2", Some(Step::Decision), Category::DecisionPlan, &["draft_and_explanation", "legal_basis"], false),
    rec(DocId::DraftExplanation, "draft-explanation", "决策草案起草说明", "draft_explanation.typ.j2", Some(Step::Decision), Category::DecisionPlan, &["draft_and_explanation"], false),
    rec(DocId::Consultation, "consultation", "征求有关单位意见及协商情况", "consultation.typ.j2", Some(Step::Decision), Category::DecisionPlan, &["department_opinions", "opinion_adoption", "draft_and_explanation"], false),
    rec(DocId::Dispute, "dispute-statement", "争议事项说明", "dispute_statement.typ.j2", Some(Step::Decision), Category::DecisionPlan, &["department_opinions", "opinion_adoption", "draft_and_explanation"], false),
    Kind {
        doc: DocId::CommentNotice,
        id: "comment-notice",
        name: "公开征求意见公告",
        template: "comment_notice.typ.j2",
        step: Some(Step::Comment),
        category: Category::DecisionPlan,
        files_under: PARTICIPATION,
        per_person: false,
        phase: Phase::Leaf,
    },
    rec(DocId::SymposiumNotice, "symposium-notice", "座谈会通知", "symposium_notice.typ.j2", Some(Step::Symposium), Category::DecisionPlan, &[], true),
    rec(DocId::FieldVisitPlan, "field-visit-plan", "实地走访计划", "field_visit_plan.typ.j2", Some(Step::Participation), Category::DecisionPlan, PARTICIPATION, false),
    rec(DocId::Questionnaire, "questionnaire", "调查问卷", "questionnaire.typ.j2", Some(Step::Participation), Category::DecisionPlan, PARTICIPATION, true),
    rec(DocId::PollReport, "poll-report", "民意调查报告", "poll_report.typ.j2", Some(Step::Participation), Category::DecisionPlan, PARTICIPATION, true),
    rec(DocId::HearingSelection, "hearing-selection", "听证参加人遴选办法", "hearing_selection.typ.j2", Some(Step::Hearing), Category::DecisionPlan, PARTICIPATION, false),
    Kind {
        doc: DocId::Notice,
        id: "notice",
        name: "听证会公告",
        template: "hearing_notice.typ.j2",
        step: Some(Step::Hearing),
        category: Category::DecisionPlan,
        files_under: PARTICIPATION,
        per_person: false,
        phase: Phase::Leaf,
    },
    rec(DocId::HearingForm, "hearing-form", "听证会报名表", "hearing_form.typ.j2", Some(Step::Hearing), Category::DecisionPlan, &[], false),
    rec(DocId::HearingParticipants, "hearing-participants", "听证参加人名单公告", "hearing_participants.typ.j2", Some(Step::Hearing), Category::DecisionPlan, PARTICIPATION, false),
    Kind {
        doc: DocId::HearingDelivery,
        id: "hearing-delivery",
        name: "听证会参加通知",
        template: "hearing_delivery.typ.j2",
        step: Some(Step::Hearing),
        category: Category::DecisionPlan,
        files_under: &[],
        per_person: true,
        phase: Phase::Leaf,
    },
    rec(DocId::HearingRecord, "hearing-record", "听证会记录", "hearing_record.typ.j2", Some(Step::Hearing), Category::DecisionPlan, &["participation_record", "participation_materials", "procedure_explanation"], false),
    Kind {
        doc: DocId::HearingReport,
        id: "hearing-report",
        name: "听证报告",
        template: "hearing_report.typ.j2",
        step: Some(Step::Hearing),
        category: Category::DecisionPlan,
        files_under: &["hearing_report", "participation_record", "participation_materials", "procedure_explanation"],
        per_person: false,
        phase: Phase::Leaf,
    },
    Kind {
        doc: DocId::OpinionAdoption,
        id: "opinion-adoption",
        name: "公众意见采纳情况说明",
        template: "opinion_adoption.typ.j2",
        step: Some(Step::Participation),
        category: Category::DecisionPlan,
        files_under: &["opinion_adoption", "participation_record", "participation_materials", "procedure_explanation"],
        per_person: false,
        phase: Phase::Leaf,
    },
    rec(DocId::OpinionFeedback, "opinion-feedback", "意见未采纳情况反馈", "opinion_feedback.typ.j2", Some(Step::Participation), Category::DecisionPlan, PARTICIPATION, false),
    rec(DocId::ExpertSelection, "expert-selection", "论证专家遴选情况", "expert_selection.typ.j2", Some(Step::Experts), Category::DecisionPlan, EXPERTS, false),
    rec(DocId::ExpertDelivery, "expert-delivery", "论证材料送达单", "expert_delivery.typ.j2", Some(Step::Experts), Category::DecisionPlan, &[], false),
    Kind {
        doc: DocId::ExpertCommitment,
        id: "expert-commitment",
        name: "专家承诺书",
        template: "expert_commitment.typ.j2",
        step: Some(Step::Experts),
        category: Category::DecisionPlan,
        files_under: EXPERTS,
        per_person: true,
        phase: Phase::Leaf,
    },
    Kind {
        doc: DocId::ExpertOpinion,
        id: "expert-opinion",
        name: "专家书面论证意见",
        template: "expert_opinion.typ.j2",
        step: Some(Step::Experts),
        category: Category::DecisionPlan,
        files_under: EXPERTS,
        per_person: true,
        phase: Phase::Leaf,
    },
    rec(DocId::ExpertMeetingRecord, "expert-meeting-record", "专家论证会议记录", "expert_meeting_record.typ.j2", Some(Step::Experts), Category::DecisionPlan, EXPERTS, false),
    Kind {
        doc: DocId::ExpertReport,
        id: "expert-report",
        name: "专家论证报告",
        template: "expert_report.typ.j2",
        step: Some(Step::Experts),
        category: Category::DecisionPlan,
        files_under: EXPERTS,
        per_person: false,
        phase: Phase::Leaf,
    },
    rec(DocId::ExpertFeedback, "expert-feedback", "专家论证意见采纳情况及反馈", "expert_feedback.typ.j2", Some(Step::Experts), Category::DecisionPlan, EXPERTS, false),
    rec(DocId::Commission, "commission", "委托合同要点", "commission.typ.j2", None, Category::DecisionPlan, &[], true),
    rec(DocId::RiskPlan, "risk-plan", "风险评估工作方案", "risk_plan.typ.j2", Some(Step::Risk), Category::DecisionPlan, &["risk_assessment", "participation_materials", "procedure_explanation"], false),
    Kind {
        doc: DocId::RiskReport,
        id: "risk-report",
        name: "风险评估报告",
        template: "risk_report.typ.j2",
        step: Some(Step::Risk),
        category: Category::DecisionPlan,
        files_under: &["risk_assessment", "participation_materials", "procedure_explanation"],
        per_person: false,
        phase: Phase::Leaf,
    },
    rec(DocId::RiskRecommendation, "risk-recommendation", "风险评估结论和决策建议", "risk_recommendation.typ.j2", Some(Step::Risk), Category::DecisionPlan, &["risk_assessment", "participation_materials", "procedure_explanation"], false),
    rec(DocId::RiskFiling, "risk-filing", "风险评估报告备案函", "risk_filing.typ.j2", Some(Step::Risk), Category::DecisionPlan, &["risk_assessment", "participation_materials"], false),
    rec(DocId::PreReview, "pre-review", "合法性初审意见书", "pre_review.typ.j2", Some(Step::Legality), Category::LegalityReview, &["legal_review_opinion"], false),
    rec(DocId::UnitDiscussion, "unit-discussion", "承办单位集体讨论纪要", "unit_discussion.typ.j2", Some(Step::Legality), Category::LegalityReview, &["unit_meeting_minutes"], false),
    rec(DocId::FairCompetition, "fair-competition", "公平竞争审查说明", "fair_competition.typ.j2", Some(Step::Legality), Category::LegalityReview, &["fair_competition_review", "draft_and_explanation"], false),
    rec(DocId::LegalOpinion, "legal-opinion", "法律意见书", "legal_opinion.typ.j2", Some(Step::Legality), Category::LegalityReview, &[], true),
    Kind {
        doc: DocId::LegalityList,
        id: "legality-list",
        name: "合法性审查送审材料清单",
        template: "legality_list.typ.j2",
        step: Some(Step::Legality),
        category: Category::LegalityReview,
        files_under: &[],
        per_person: false,
        phase: Phase::Listing,
    },
    Kind {
        doc: DocId::ProcedureStatement,
        id: "procedure-statement",
        name: "程序履行情况说明",
        template: "procedure_statement.typ.j2",
        step: None,
        category: Category::LegalityReview,
        files_under: &["procedure_explanation", "participation_materials", "participation_record"],
        per_person: false,
        phase: Phase::Leaf,
    },
    rec(DocId::SupplementNotice, "supplement-notice", "补送材料通知", "supplement_notice.typ.j2", Some(Step::Legality), Category::LegalityReview, &[], true),
    rec(DocId::JointReviewOpinion, "joint-review-opinion", "会审部门书面审查意见", "joint_review_opinion.typ.j2", Some(Step::Legality), Category::LegalityReview, &[], true),
    rec(DocId::JointAdvice, "joint-advice", "综合决策咨询建议", "joint_advice.typ.j2", Some(Step::Legality), Category::LegalityReview, &[], false),
    rec(DocId::LegalityOpinion, "legality-opinion", "合法性审查意见书", "legality_opinion.typ.j2", Some(Step::Legality), Category::LegalityReview, &[], false),
    rec(DocId::NonAdoption, "non-adoption", "未采纳合法性审查意见的说明", "non_adoption.typ.j2", Some(Step::Legality), Category::LegalityReview, &[], false),
    rec(DocId::LegalRisk, "legal-risk", "法律风险明示", "legal_risk.typ.j2", Some(Step::Legality), Category::LegalityReview, &[], false),
    rec(DocId::ReviewApproval, "review-approval", "提请审定是否提交审议的报告", "review_approval.typ.j2", Some(Step::Legality), Category::LegalityReview, &[], false),
    rec(DocId::MeetingMaterials, "meeting-materials", "提请集体讨论的报送材料", "meeting_materials.typ.j2", Some(Step::Meeting), Category::CollectiveDiscussion, &[], false),
    rec(DocId::StakeholderList, "stakeholder-list", "列席会议相关方代表名单", "stakeholder_list.typ.j2", Some(Step::Meeting), Category::CollectiveDiscussion, &[], false),
    rec(DocId::PartyRequest, "party-request", "向党委请示", "party_request.typ.j2", Some(Step::Meeting), Category::CollectiveDiscussion, &[], false),
    rec(DocId::NpcReport, "npc-report", "向人大常委会报告", "npc_report.typ.j2", Some(Step::Meeting), Category::CollectiveDiscussion, &[], false),
    Kind {
        doc: DocId::Minutes,
        id: "minutes",
        name: "会议纪要",
        template: "minutes.typ.j2",
        step: Some(Step::Meeting),
        category: Category::CollectiveDiscussion,
        files_under: &[],
        per_person: false,
        phase: Phase::Leaf,
    },
    rec(DocId::Announcement, "announcement", "决策公布", "announcement.typ.j2", Some(Step::Publication), Category::CollectiveDiscussion, &[], false),
    rec(DocId::Interpretation, "interpretation", "政策解读", "interpretation.typ.j2", Some(Step::Publication), Category::CollectiveDiscussion, &[], false),
    rec(DocId::DeliberationDisclosure, "deliberation-disclosure", "集体审议情况公开", "deliberation_disclosure.typ.j2", Some(Step::Publication), Category::CollectiveDiscussion, &[], false),
    rec(DocId::FilingReport, "filing-report", "备案报告", "filing_report.typ.j2", Some(Step::Publication), Category::CollectiveDiscussion, &[], false),
    rec(DocId::ExecutionAssignment, "execution-assignment", "确定决策执行单位的通知", "execution_assignment.typ.j2", None, Category::Execution, &[], false),
    rec(DocId::ExecutionReport, "execution-report", "决策执行情况报告", "execution_report.typ.j2", None, Category::Execution, &[], true),
    rec(DocId::ProblemReport, "problem-report", "决策执行重大问题报告", "problem_report.typ.j2", None, Category::Execution, &[], true),
    rec(DocId::ExecutionDisclosure, "execution-disclosure", "决策执行情况公开", "execution_disclosure.typ.j2", None, Category::Execution, &[], true),
    rec(DocId::StageEvaluation, "stage-evaluation", "决策实施评估报告", "stage_evaluation.typ.j2", None, Category::Execution, &[], true),
    rec(DocId::EvaluationLaunch, "evaluation-launch", "决策后评估启动决定", "evaluation_launch.typ.j2", Some(Step::PostEvaluation), Category::Execution, &[], false),
    rec(DocId::EvaluationPlan, "evaluation-plan", "决策后评估方案", "evaluation_plan.typ.j2", Some(Step::PostEvaluation), Category::Execution, &[], false),
    Kind {
        doc: DocId::PostEvaluation,
        id: "post-evaluation",
        name: "决策后评估报告",
        template: "post_evaluation.typ.j2",
        step: Some(Step::PostEvaluation),
        category: Category::Execution,
        files_under: &[],
        per_person: false,
        phase: Phase::Leaf,
    },
    rec(DocId::EvaluationReview, "evaluation-review", "后评估报告专家论证意见", "evaluation_review.typ.j2", Some(Step::PostEvaluation), Category::Execution, &[], false),
    rec(DocId::EvaluationApproval, "evaluation-approval", "后评估报告审定", "evaluation_approval.typ.j2", Some(Step::PostEvaluation), Category::Execution, &[], false),
    rec(DocId::Adjustment, "adjustment", "决策执行调整决定", "adjustment.typ.j2", None, Category::Execution, &[], true),
    rec(DocId::TransferList, "transfer-list", "原件移交清单", "transfer_list.typ.j2", Some(Step::Archive), Category::Other, &[], false),
    Kind {
        doc: DocId::Plan,
        id: "plan",
        name: "程序期限表",
        template: "plan.typ.j2",
        step: None,
        category: Category::Other,
        files_under: &[],
        per_person: false,
        phase: Phase::Plan,
    },
];

/// 归档用的文书（`gen archive` 生成，`gen all` 不生成）。
pub const ARCHIVE_KINDS: &[Kind] = &[
    Kind {
        doc: DocId::ArchiveIndex,
        id: "archive-index",
        name: "归档文件目录",
        template: "archive_index.typ.j2",
        step: Some(Step::Archive),
        category: Category::Other,
        files_under: &[],
        per_person: false,
        phase: Phase::Archive,
    },
    Kind {
        doc: DocId::ArchiveNote,
        id: "archive-note",
        name: "备考表",
        template: "archive_note.typ.j2",
        step: Some(Step::Archive),
        category: Category::Other,
        files_under: &[],
        per_person: false,
        phase: Phase::Archive,
    },
];

/// 按子命令名找文书种类（含归档用的）。
pub fn find(id: &str) -> Option<&'static Kind> {
    KINDS.iter().chain(ARCHIVE_KINDS).find(|k| k.id == id)
}

/// 按代号找文书种类。
pub fn kind(doc: DocId) -> &'static Kind {
    KINDS.iter().chain(ARCHIVE_KINDS).find(|k| k.doc == doc).expect("每个 DocId 在种类表中都有一行（单元测试保证）")
}
