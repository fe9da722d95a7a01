//! 委托合同：委托专业机构论证、第三方风险评估、第三方后评估。

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Date, Extra};

/// 一份委托合同。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Commission {
    /// 合同签订日期
    pub date: Date,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
