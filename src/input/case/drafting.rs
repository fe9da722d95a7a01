//! 启动与起草：决策事项建议、启动决定、调查研究、起草说明、征求有关单位意见（条例 第十至十五条）。

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Adoption, Date, Extra};

/// 决策事项建议书（条例 第十条；赤峰规定 第十一条；人社厅程序办法 第九条；昌黎规定 第八条）：
/// 对决策事项建议研究论证后，报请决策机关决定是否启动决策程序。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Proposal {
    /// 建议书日期（报请决策机关决定是否启动决策程序的日期）
    pub date: Date,
    /// 建议书文号（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// 提出建议的单位或者人员（条例 第十条：决策机关领导人员、所属部门或者下一级人民政府、人大代表、政协委员、公民、法人或者其他组织）；
    /// 报送建议书的单位自己提出的不填
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposer: Option<String>,
    /// 提出建议的方式，印作“通过……提出”（如“代表建议”“提案”“书面建议”“批示”；可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    /// 研究论证并报送建议书的单位（署名）；不填为决策承办单位
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub studied_by: Option<String>,
    /// 主送：报请决定的机关（不填为决策机关；人社厅程序办法 第九条报厅党组会或厅务会集体讨论决定，写作“厅党组”）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addressee: Option<String>,
    /// 拟解决的主要问题（条例 第十条（二）；昌黎规定 第八条（二））
    #[serde(default)]
    pub problems: String,
    /// 建议理由（条例 第十条（二）“建议理由和依据”）
    #[serde(default)]
    pub reasons: String,
    /// 建议的法律法规政策依据（昌黎规定 第八条（二））；不填时印决策事项的制定依据 decision.basis
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub basis: Vec<String>,
    /// 解决问题的初步方案（条例 第十条（二））
    #[serde(default)]
    pub plan: String,
    /// 初步方案的必要性（条例 第十条（二））
    #[serde(default)]
    pub necessity: String,
    /// 初步方案的可行性（条例 第十条（二））
    #[serde(default)]
    pub feasibility: String,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(Proposal {
    date: date,
    author: |r: &Proposal, case: &super::Case| r
        .studied_by
        .clone()
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| case.decision.lead_unit.clone()),
    number: number,
    required: [problems, reasons, plan, necessity, feasibility],
});

/// 启动决策程序的决定（条例 第十一条；赤峰规定 第十二条、第二十九条（二）；人社厅程序办法 第十条）：
/// 决策机关决定启动决策程序，明确决策承办单位（两个以上单位承办的明确牵头单位）；人社厅还须明确期限。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Initiation {
    /// 决定日期（决策机关决定启动决策程序之日，一般即 decision.started_on）
    pub date: Date,
    /// 决定的文号（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// 作出决定的会议（如“市人民政府2026年第5次常务会议”“厅党组会议”；人社厅程序办法 第九条：厅党组会或厅务会集体讨论决定）；可不填
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting: Option<String>,
    /// 启动的缘由（如“该事项已列入本市2026年度重大行政决策事项目录”；可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// 完成期限（人社厅程序办法 第十条：决定启动决策程序的，应当明确决策承办处室单位和期限）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Date>,
    /// 期限内应完成的工作（如“完成决策草案拟订并提请厅党组会审议”）；不填为“完成决策草案的拟订等工作”
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline_task: Option<String>,
    /// 工作要求（逐项；可不填）
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requirements: Vec<String>,
    /// 主送单位；不填为决策承办单位和其他承办单位
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub addressees: Vec<String>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(Initiation { date: date, author: |_: &Initiation, case: &super::Case| case.decision.organ.clone(), number: number });

/// 须经分管厅领导同意的公众参与、专家论证方式（人社厅程序办法 第十四、十五、十八、二十二条）。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum ApprovalMethod {
    /// 向社会公开征求意见（人社厅程序办法 第十四条第一款）
    #[serde(rename = "公开征求意见")]
    Comment,
    /// 召开新闻发布会、专家访谈等进行解释说明（人社厅程序办法 第十四条第二款）
    #[serde(rename = "解释说明")]
    Explanation,
    /// 民意调查（人社厅程序办法 第十五条）
    #[serde(rename = "民意调查")]
    Poll,
    /// 听证会（人社厅程序办法 第十八条）
    #[serde(rename = "听证会")]
    Hearing,
    /// 专家论证（人社厅程序办法 第二十二条：论证会、书面咨询、委托咨询论证等方式）
    #[serde(rename = "专家论证")]
    Experts,
}

impl crate::facts::records::Filled for ApprovalMethod {
    fn filled(&self) -> bool {
        true
    }
}

impl ApprovalMethod {
    /// 中文写法（案卷和文书中的写法）。
    pub fn name(self) -> &'static str {
        match self {
            ApprovalMethod::Comment => "公开征求意见",
            ApprovalMethod::Explanation => "解释说明",
            ApprovalMethod::Poll => "民意调查",
            ApprovalMethod::Hearing => "听证会",
            ApprovalMethod::Experts => "专家论证",
        }
    }
}

/// 公众参与和专家论证方式审批单（人社厅程序办法 第十四、十五、十八、二十二条：经分管厅领导同意后采用）。每种方式一份。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MethodApproval {
    /// 呈批日期（承办处室单位报分管厅领导的日期）
    pub date: Date,
    /// 拟采用的方式：公开征求意见、解释说明、民意调查、听证会、专家论证
    pub method: ApprovalMethod,
    /// 具体安排（途径和期限、时间地点、论证形式等）
    #[serde(default)]
    pub arrangement: String,
    /// 采用该方式的理由（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// 承办处室单位负责人（姓名）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submitted_by: Option<String>,
    /// 分管厅领导（姓名）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approver: Option<String>,
    /// 分管厅领导意见（如“同意”；签批后填写，不填时审批单上留空由领导手写）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opinion: Option<String>,
    /// 分管厅领导签批的日期（不填时留空）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved_on: Option<Date>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(MethodApproval { date: date, label: |r: &MethodApproval| r.method.name().to_string(), required: [method, arrangement] });

/// 调查研究报告（条例 第十二条；赤峰规定 第十四条；人社厅程序办法 第十一条、第四十八条（二）；昌黎规定 第十二条）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Research {
    /// 报告日期
    pub date: Date,
    /// 报告单位（赤峰规定 第十三条等：委托专家或专业机构的写其名称）；不填为决策承办单位
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// 调查研究的开展情况（时间、范围和方式，如实地调查、座谈、问卷、数据分析）
    #[serde(default)]
    pub conduct: String,
    /// 决策事项现状和存在的问题（赤峰规定 第十四条（一））
    #[serde(default)]
    pub status: String,
    /// 决策事项的必要性（赤峰规定 第十四条（二））
    #[serde(default)]
    pub necessity: String,
    /// 决策事项的可行性（赤峰规定 第十四条（二））
    #[serde(default)]
    pub feasibility: String,
    /// 法律法规和政策依据（赤峰规定 第十四条（三）；条例 第十二条第二款：全面梳理有关的法律、法规、规章和政策）；
    /// 不填时印决策事项的制定依据 decision.basis
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub legal_basis: Vec<String>,
    /// 成本效益分析（条例 第十二条第三款：根据需要分析人财物投入、资源消耗、环境影响等成本和经济、社会、环境效益）；没有做的不填
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost_benefit: Option<String>,
    /// 其他需要调查研究的内容（赤峰规定 第十四条（四））；没有的不填
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other: Option<String>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(Research {
    date: date,
    author: |r: &Research, case: &super::Case| r
        .author
        .clone()
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| case.decision.lead_unit.clone()),
    required: [conduct, status, necessity, feasibility],
});

/// 决策草案起草说明（条例 第十五条“决策草案及其说明”；赤峰规定 第二十九条（一）；人社厅程序办法 第十一条；
/// 昌黎规定 第十二条、第四十条）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DraftExplanation {
    /// 起草说明的日期
    pub date: Date,
    /// 起草的背景和必要性
    #[serde(default)]
    pub background: String,
    /// 起草依据（赤峰规定 第二十九条（一）“制定依据”）；不填时印决策事项的制定依据 decision.basis
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub basis: Vec<String>,
    /// 起草过程（调查研究、征求意见、协商、修改等经过）
    #[serde(default)]
    pub process: String,
    /// 决策草案的主要内容
    #[serde(default)]
    pub contents: String,
    /// 决策草案包括的内容（昌黎规定 第十二条：决策目标、工作任务、决策依据、经费预算、措施方法、时间步骤、决策实施单位、
    /// 决策实施后评估计划），逐项写明草案中的相应内容；昌黎以外可不填
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft_contents: Option<DraftContents>,
    /// 备选方案（有关方面存在较大分歧、提出两个以上方案的，逐一写明利弊：人社厅程序办法 第十一条；昌黎规定 第四十条）
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<Alternative>,
    /// 倾向性意见（两个以上方案的必须提出：人社厅程序办法 第十一条；昌黎规定 第四十条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preferred: Option<String>,
    /// 需要说明的其他问题（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other: Option<String>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(DraftExplanation { date: date, required: [background, process, contents] });

/// 决策草案应当包括的内容（昌黎规定 第十二条第二款），每项写明草案中的相应内容（章节和要点）。
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DraftContents {
    /// 决策目标
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<String>,
    /// 工作任务
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tasks: Option<String>,
    /// 决策依据
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<String>,
    /// 经费预算
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<String>,
    /// 措施方法
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measures: Option<String>,
    /// 时间步骤
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule: Option<String>,
    /// 决策实施单位
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub implementers: Option<String>,
    /// 决策实施后评估计划
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation_plan: Option<String>,
}

/// 一个备选方案及其利弊（人社厅程序办法 第十一条；昌黎规定 第四十条）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Alternative {
    /// 方案名称（如“方案一：按月缴费”）
    pub name: String,
    /// 方案要点（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// 有利之处
    pub pros: String,
    /// 不利之处
    pub cons: String,
}

/// 征求有关单位意见和协商（条例 第十三条；赤峰规定 第十五条、第二十九条（三）；人社厅程序办法 第十二条；
/// 昌黎规定 第十三条、第四十条（六））。本部分即“征求有关单位意见及协商情况”一份文书。
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Consultation {
    /// 征求意见及协商情况说明的日期（成文日期）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// 征求意见的方式（如“书面征求意见”“召开征求意见座谈会”；可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// 征求意见的单位及其意见（条例 第十三条：决策机关所属部门、下一级人民政府等单位；昌黎规定 第十三条：相关部门和乡镇政府（区））
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub units: Vec<ConsultedUnit>,
    /// 协商、协调情况（按先后；昌黎规定 第十三条：与提出意见的单位协商，必要时提请县政府分管领导协调）
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub negotiations: Vec<Negotiation>,
    /// 是否已与有关单位取得一致意见；未取得一致的，须向决策机关说明争议（consultation.dispute）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreed: Option<bool>,
    /// 争议事项说明（不能取得一致意见时向决策机关说明：条例 第十三条；昌黎规定 第十三条：书面形式）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dispute: Option<DisputeStatement>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(Consultation { date: date, required: [units, agreed] });

/// 一个被征求意见的单位及其意见。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConsultedUnit {
    /// 单位名称
    pub unit: String,
    /// 发出征求意见的日期
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent_on: Option<Date>,
    /// 回复意见的日期
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replied_on: Option<Date>,
    /// 回复的意见（没有意见的写“无意见”）
    pub opinion: String,
    /// 采纳情况：采纳、部分采纳、不予采纳；没有修改意见的不填
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adoption: Option<Adoption>,
    /// 处理情况，或者不予采纳、部分采纳的理由
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handling: Option<String>,
}

/// 一次协商或协调。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Negotiation {
    /// 协商日期
    pub date: Date,
    /// 协商的方式（如“召开协调会”“提请县政府分管领导协调”）
    pub form: String,
    /// 参加协商的单位
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub units: Vec<String>,
    /// 协商结果
    pub result: String,
}

/// 争议事项说明（条例 第十三条：争议的主要问题，有关单位的意见，决策承办单位的意见、理由和依据；赤峰规定 第十五条：
/// 报请决策机关协调解决；人社厅程序办法 第十二条：向厅党组说明；昌黎规定 第十三条：经协调仍不能达成一致意见的，以书面形式向县政府说明）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DisputeStatement {
    /// 说明的日期
    pub date: Date,
    /// 文号（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// 主送（不填为决策机关；人社厅程序办法 第十二条写作“厅党组”）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addressee: Option<String>,
    /// 争议事项（逐项）
    #[serde(default)]
    pub issues: Vec<DisputeIssue>,
    /// 结尾的请求（如“请市人民政府协调解决”）；不填按各地规定写
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request: Option<String>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(DisputeStatement { date: date, number: number, required: [issues] });

/// 一项争议。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DisputeIssue {
    /// 争议的主要问题
    pub issue: String,
    /// 有关单位的意见（及其理由和依据）
    pub opinions: Vec<UnitOpinion>,
    /// 决策承办单位的意见
    pub our_opinion: String,
    /// 决策承办单位意见的理由和依据
    pub reasons: String,
}

/// 一个单位对争议事项的意见。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UnitOpinion {
    /// 单位名称
    pub unit: String,
    /// 意见
    pub opinion: String,
    /// 理由和依据（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reasons: Option<String>,
}
