//! 启动与起草：决策事项建议、启动决定、调查研究、起草说明、征求有关单位意见（条例 第十至十五条）。

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Extra;

/// 征求有关单位意见和协商。
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Consultation {
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
