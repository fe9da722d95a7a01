//! 决策执行：执行单位、执行情况报告、重大问题报告、执行情况公开、实施评估、中止终止调整（条例 第三十四至三十七条）。

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Date, Extra};

/// 决策执行。
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Execution {
    /// 确定决策执行单位（条例 第三十四条；赤峰规定 第四十条；人社厅程序办法 第三十九条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignment: Option<ExecutionAssignment>,
    /// 决策执行情况报告，每次一份（条例 第三十四条；赤峰督查规则 第五条；人社厅程序办法 第三十九条“并形成报告”）
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reports: Vec<ExecutionReport>,
    /// 重大问题、客观情况重大变化等的报告，每次一份（条例 第三十五条；赤峰规定 第四十二条；人社厅程序办法 第四十条）
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub problem_reports: Vec<ProblemReport>,
    /// 执行情况的主动公开，每次一份（赤峰公众参与规则 第二十条）
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub disclosures: Vec<ExecutionDisclosure>,
    /// 执行评估、中期评估、终期评估，每次一份（昌黎规定 第六十二条）
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stage_evaluations: Vec<StageEvaluation>,
    /// 中止执行、继续实施、终止执行、调整决策的决定，每项一份（条例 第三十七条；赤峰后评估规则 第十四条；昌黎规定 第六十二条）
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub adjustments: Vec<Adjustment>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

/// 确定决策执行单位的通知（条例 第三十四条：决策机关应当明确负责重大行政决策执行工作的单位）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExecutionAssignment {
    /// 成文日期
    pub date: Date,
    /// 文号（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// 发文单位（不填为决策机关；如以政府办公室名义印发的写办公室）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// 决策执行单位及其分工（条例 第三十四条），牵头执行的写在第一项
    #[serde(default)]
    pub units: Vec<ExecutionUnit>,
    /// 报告执行情况的要求（条例 第三十四条：向决策机关报告决策执行情况），如“每半年报送一次执行情况报告”
    #[serde(default)]
    pub reporting: String,
    /// 督促检查的单位（条例 第三十四条“对决策执行情况进行督促检查”；赤峰督查规则 第四条：政府督查机构），可不填
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supervisor: Option<String>,
    /// 其他要求（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other: Option<String>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(ExecutionAssignment {
    date: date,
    author: |r: &ExecutionAssignment, case: &super::Case| r.issuer.clone().unwrap_or_else(|| case.decision.organ.clone()),
    number: number,
    required: [units, reporting],
});

/// 一个决策执行单位及其承担的任务。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExecutionUnit {
    /// 执行单位名称
    pub unit: String,
    /// 承担的执行任务
    pub tasks: String,
    /// 完成时限（如“2026年12月底前”，可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
}

/// 决策执行情况报告（条例 第三十四条：决策执行单位向决策机关报告决策执行情况）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExecutionReport {
    /// 报告日期
    pub date: Date,
    /// 报告单位（决策执行单位；不填为决策承办单位）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// 报告所涉期间，如“2026年7月至12月”（题名和文件名中用）
    #[serde(default)]
    pub period: String,
    /// 决策执行情况：采取的措施和执行进度
    #[serde(default)]
    pub progress: String,
    /// 取得的成效（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effects: Option<String>,
    /// 执行中存在的问题（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problems: Option<String>,
    /// 下一步工作安排
    #[serde(default)]
    pub next_steps: String,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(ExecutionReport {
    date: date,
    author: |r: &ExecutionReport, case: &super::Case| r.unit.clone().unwrap_or_else(|| case.decision.lead_unit.clone()),
    label: |r: &ExecutionReport| r.period.clone(),
    required: [period, progress, next_steps],
});

/// 报告的情形（条例 第三十五条）。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum ProblemKind {
    /// 重大行政决策存在问题
    #[serde(rename = "决策存在问题")]
    Defect,
    /// 客观情况发生重大变化
    #[serde(rename = "客观情况发生重大变化")]
    Change,
    /// 决策执行中发生不可抗力
    #[serde(rename = "发生不可抗力")]
    ForceMajeure,
}

impl crate::facts::records::Filled for ProblemKind {
    fn filled(&self) -> bool {
        true
    }
}

/// 决策执行重大问题报告（条例 第三十五条：发现决策存在问题、客观情况发生重大变化，或者发生不可抗力等
/// 严重影响决策目标实现的，及时向决策机关报告）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProblemReport {
    /// 报告日期
    pub date: Date,
    /// 报告单位（决策执行单位；不填为决策承办单位）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// 情形：决策存在问题、客观情况发生重大变化、发生不可抗力（条例 第三十五条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ProblemKind>,
    /// 发现的问题或情况
    #[serde(default)]
    pub facts: String,
    /// 对实现决策目标的影响
    #[serde(default)]
    pub impact: String,
    /// 已采取的措施（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measures: Option<String>,
    /// 请求或建议（如建议中止执行、调整决策或开展后评估）
    #[serde(default)]
    pub proposal: String,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(ProblemReport {
    date: date,
    author: |r: &ProblemReport, case: &super::Case| r.unit.clone().unwrap_or_else(|| case.decision.lead_unit.clone()),
    label: |r: &ProblemReport| r.date.chinese(),
    required: [kind, facts, impact, proposal],
});

/// 决策执行情况公开（赤峰公众参与规则 第二十条：具体措施、实施步骤、责任分工、监督方式等，
/// 根据工作进展公布取得的成效和后续举措）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExecutionDisclosure {
    /// 公开日期
    pub date: Date,
    /// 公开单位（决策执行单位；不填为决策承办单位）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// 公开途径，如“赤峰市人民政府门户网站”
    #[serde(default)]
    pub channel: String,
    /// 具体措施（赤峰公众参与规则 第二十条）
    #[serde(default)]
    pub measures: String,
    /// 实施步骤（赤峰公众参与规则 第二十条）
    #[serde(default)]
    pub steps: String,
    /// 责任分工（赤峰公众参与规则 第二十条）
    #[serde(default)]
    pub responsibilities: String,
    /// 监督方式（赤峰公众参与规则 第二十条）
    #[serde(default)]
    pub supervision: String,
    /// 取得的成效（根据工作进展公布；首次公开时可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<String>,
    /// 后续举措（根据工作进展公布；首次公开时可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<String>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(ExecutionDisclosure {
    date: date,
    author: |r: &ExecutionDisclosure, case: &super::Case| r.unit.clone().unwrap_or_else(|| case.decision.lead_unit.clone()),
    label: |r: &ExecutionDisclosure| r.date.chinese(),
    required: [channel, measures, steps, responsibilities, supervision],
});

/// 实施评估的种类（昌黎规定 第六十二条）。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum StageKind {
    /// 重大改革事项、重大政策执行满一年的执行评估
    #[serde(rename = "执行评估")]
    Annual,
    /// 五年以上长期执行的重大规划、重大政策执行期限或进度过半时的中期评估
    #[serde(rename = "中期评估")]
    Midterm,
    /// 五年以上长期执行的重大规划、重大政策、重大改革事项执行结束后的终期评估
    #[serde(rename = "终期评估")]
    Final,
}

impl crate::facts::records::Filled for StageKind {
    fn filled(&self) -> bool {
        true
    }
}

/// 决策实施评估报告：执行评估、中期评估、终期评估（昌黎规定 第六十二条）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StageEvaluation {
    /// 报告日期
    pub date: Date,
    /// 种类：执行评估、中期评估、终期评估（昌黎规定 第六十二条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<StageKind>,
    /// 评估单位（不填为决策承办单位）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluator: Option<String>,
    /// 评估的缘由，如“方案自2026年7月1日起执行满一年”
    #[serde(default)]
    pub occasion: String,
    /// 评估过程和方式（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub process: Option<String>,
    /// 实施效果（执行评估：改革、政策实施效果；中期评估：决策实施以来的效果；终期评估：决策执行的效果）
    #[serde(default)]
    pub effects: String,
    /// 成功的经验（终期评估）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub experience: Option<String>,
    /// 存在的问题（终期评估：存在的不足）
    #[serde(default)]
    pub problems: String,
    /// 修正执行不当情况（中期评估）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub corrections: Option<String>,
    /// 完善的意见建议（终期评估：可为其他决策的实施提供的经验和借鉴）
    #[serde(default)]
    pub suggestions: String,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(StageEvaluation {
    date: date,
    author: |r: &StageEvaluation, case: &super::Case| r.evaluator.clone().unwrap_or_else(|| case.decision.lead_unit.clone()),
    label: |r: &StageEvaluation| r.kind.map(|k| format!("{}{}", r.date.chinese(), k.name())).unwrap_or_default(),
    required: [kind, occasion, effects, problems, suggestions],
});

impl StageKind {
    /// 中文写法
    pub fn name(self) -> &'static str {
        match self {
            StageKind::Annual => "执行评估",
            StageKind::Midterm => "中期评估",
            StageKind::Final => "终期评估",
        }
    }
}

/// 调整决定的种类（条例 第三十七条；赤峰后评估规则 第十四条）。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum AdjustmentKind {
    /// 中止执行
    #[serde(rename = "中止执行")]
    Suspend,
    /// 继续实施
    #[serde(rename = "继续实施")]
    Continue,
    /// 终止执行
    #[serde(rename = "终止执行")]
    Terminate,
    /// 调整决策
    #[serde(rename = "调整决策")]
    Adjust,
}

impl crate::facts::records::Filled for AdjustmentKind {
    fn filled(&self) -> bool {
        true
    }
}

impl AdjustmentKind {
    /// 中文写法
    pub fn name(self) -> &'static str {
        match self {
            AdjustmentKind::Suspend => "中止执行",
            AdjustmentKind::Continue => "继续实施",
            AdjustmentKind::Terminate => "终止执行",
            AdjustmentKind::Adjust => "调整决策",
        }
    }
}

/// 决策执行调整决定：中止执行、继续实施、终止执行、调整决策（条例 第三十七条；赤峰规定 第四十五条，
/// 赤峰后评估规则 第十四条；人社厅程序办法 第四十六条；昌黎规定 第六十一条、第六十二条）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Adjustment {
    /// 决定日期
    pub date: Date,
    /// 文号（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// 决定：中止执行、继续实施、终止执行、调整决策
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<AdjustmentKind>,
    /// 决定的缘由和依据（后评估报告的结论、执行单位报告的情形等）
    #[serde(default)]
    pub reason: String,
    /// 情况紧急，由行政首长先决定中止执行（条例 第三十七条；人社厅：厅主要领导）
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub urgent: bool,
    /// 履行的法定程序（终止执行、重大调整须依法履行相关程序，如“经市政府第20次常务会议审议通过”）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub procedure: Option<String>,
    /// 决定的内容（调整的具体内容；中止执行的范围等）
    #[serde(default)]
    pub content: String,
    /// 自何日起施行（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_on: Option<Date>,
    /// 避免或者减少损失和不良影响的措施（赤峰后评估规则 第十四条；昌黎规定 第六十二条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measures: Option<String>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(Adjustment {
    date: date,
    author: |_: &Adjustment, case: &super::Case| case.decision.organ.clone(),
    number: number,
    label: |r: &Adjustment| r.kind.map(|k| k.name().to_string()).unwrap_or_default(),
    required: [kind, reason, content],
});

/// 决策后评估启动决定（条例 第三十六条：决策机关组织决策后评估，并确定承担评估具体工作的单位；
/// 赤峰后评估规则 第四条、第五条：评估单位、评估项目和评估时限；昌黎规定 第五十五条、第五十七条）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EvaluationLaunch {
    /// 成文日期
    pub date: Date,
    /// 文号（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// 发文单位（不填为决策机关；赤峰后评估规则 第四条由政府办公室组织的写办公室）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// 开展后评估的情形和理由（条例 第三十六条；赤峰规定 第四十三条；人社厅程序办法 第四十一条；昌黎规定 第五十七条）
    #[serde(default)]
    pub reason: String,
    /// 承担评估具体工作的单位（条例 第三十六条）
    #[serde(default)]
    pub evaluator: String,
    /// 委托的第三方机构（可不填；决策作出前承担主要论证评估工作的单位除外）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub third_party: Option<String>,
    /// 评估项目和范围（赤峰后评估规则 第五条；整体评估或者对主要内容的部分评估，赤峰后评估规则 第十条、昌黎规定 第五十八条）
    #[serde(default)]
    pub scope: String,
    /// 评估时限：提交评估报告的期限（赤峰后评估规则 第五条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Date>,
    /// 吸收参与评估的人大代表、政协委员、人民团体、基层组织、社会组织等（条例 第三十六条），可不填
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participants: Option<String>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(EvaluationLaunch {
    date: date,
    author: |r: &EvaluationLaunch, case: &super::Case| r.issuer.clone().unwrap_or_else(|| case.decision.organ.clone()),
    number: number,
    required: [reason, evaluator, scope, deadline],
});

/// 评估小组的一名成员。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EvaluationTeamMember {
    /// 姓名
    pub name: String,
    /// 单位和职务（或身份，如“市人大代表”“执行单位代表”）
    pub role: String,
    /// 小组中的分工（如“组长”，可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duty: Option<String>,
}

/// 决策后评估方案（赤峰后评估规则 第十二条（二）：评估目的、评估人员、评估范围、评估指标、评估方法、评估程序以及经费预算；
/// 昌黎规定 第五十八条（一）：目的、对象与内容、标准与方法、步骤与时间安排、经费预算、组织保障）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EvaluationPlan {
    /// 成文日期
    pub date: Date,
    /// 评估目的
    #[serde(default)]
    pub purpose: String,
    /// 评估小组（评估人员；赤峰后评估规则 第十二条（一）：相关领域专家、执行单位代表；昌黎规定 第五十八条（一）1）
    #[serde(default)]
    pub team: Vec<EvaluationTeamMember>,
    /// 评估范围（昌黎：对象与内容）
    #[serde(default)]
    pub scope: String,
    /// 评估指标（昌黎：标准）
    #[serde(default)]
    pub indicators: String,
    /// 评估方法（问卷调查、意见征询、舆情跟踪、实地考察、座谈研究等，赤峰后评估规则 第十一条）
    #[serde(default)]
    pub methods: String,
    /// 评估程序（昌黎：步骤与时间安排）
    #[serde(default)]
    pub procedure: String,
    /// 经费预算
    #[serde(default)]
    pub budget: String,
    /// 组织保障（昌黎规定 第五十八条（一）2），可不填
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// 调查提纲和问卷（昌黎规定 第五十八条（一）3），可不填
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub survey: Option<String>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(EvaluationPlan {
    date: date,
    author: |_: &EvaluationPlan, case: &super::Case| case
        .post_evaluation
        .as_ref()
        .map(|p| p.evaluator.clone())
        .unwrap_or_else(|| case.decision.lead_unit.clone()),
    required: [purpose, team, scope, indicators, methods, procedure, budget],
});

/// 参加论证的一名专家。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EvaluationReviewer {
    /// 姓名
    pub name: String,
    /// 单位和职称（或职务）
    pub title: String,
}

/// 后评估报告专家论证意见（昌黎规定 第五十八条（三）2：组织有关专家对跟踪反馈与后评估报告进行论证）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EvaluationReview {
    /// 论证日期
    pub date: Date,
    /// 论证方式，如“论证会”（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// 参加论证的专家（签名确认）
    #[serde(default)]
    pub experts: Vec<EvaluationReviewer>,
    /// 论证意见：报告的数据、内容、结论和建议是否真实、完整、准确、可行
    #[serde(default)]
    pub opinion: String,
    /// 修改完善的建议（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggestions: Option<String>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(EvaluationReview {
    date: date,
    author: |_: &EvaluationReview, _case: &super::Case| "论证专家组".to_string(),
    required: [experts, opinion],
});

/// 后评估报告审定（昌黎规定 第五十八条（三）4：报告提交县政府审定）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EvaluationApproval {
    /// 审定日期
    pub date: Date,
    /// 报告提交县政府的日期
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submitted_on: Option<Date>,
    /// 审定人（如“县长 某某”）
    #[serde(default)]
    pub approver: String,
    /// 审定意见
    #[serde(default)]
    pub opinion: String,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(EvaluationApproval {
    date: date,
    author: |_: &EvaluationApproval, case: &super::Case| case.decision.organ.clone(),
    required: [submitted_on, approver, opinion],
});

/// 原件移交清单（人社厅程序办法 第四十九条：相关处室单位在决策办结之日起60日内向牵头处室单位移交原件并留存副本）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TransferList {
    /// 移交日期（与 archive.transferred_on 相同）
    pub date: Date,
    /// 移交单位（相关处室单位）
    #[serde(default)]
    pub from_unit: String,
    /// 接收单位（牵头处室单位；不填为决策承办单位）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to_unit: Option<String>,
    /// 移交的文件材料原件
    #[serde(default)]
    pub items: Vec<TransferItem>,
    /// 移交人
    #[serde(default)]
    pub handed_by: String,
    /// 接收人
    #[serde(default)]
    pub received_by: String,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(TransferList {
    date: date,
    author: |r: &TransferList, _case: &super::Case| r.from_unit.clone(),
    required: [from_unit, items, handed_by, received_by],
});

/// 移交的一件文件材料。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TransferItem {
    /// 文件题名
    pub title: String,
    /// 文件日期
    pub date: Date,
    /// 份数（不填为1份）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copies: Option<u32>,
    /// 页数（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pages: Option<u32>,
    /// 备注（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
}
