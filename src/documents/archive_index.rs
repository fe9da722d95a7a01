//! 归档文件目录和备考表的数据（DA/T 22-2015）：由归档（src/archive/）在编定件号后给出。

use schemars::JsonSchema;
use serde::Serialize;

/// 归档文件目录和备考表的数据。
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct IndexData {
    /// 各件（按件号）
    pub items: Vec<IndexRow>,
    /// 件数
    pub count: usize,
    /// 总页数
    pub pages: usize,
    /// 其中本工具生成的文书件数
    pub generated: usize,
    /// 其中附件件数
    pub attached: usize,
    /// 第一件的档号
    pub first: String,
    /// 最后一件的档号
    pub last: String,
    pub fonds: String,
    pub year: i32,
    /// 保管期限（永久、30年、10年）
    pub retention: String,
    pub org_code: String,
    pub compiled_by: Option<String>,
    pub compiled_on: String,
    pub checked_by: Option<String>,
    pub checked_on: String,
    pub note: Option<String>,
}

/// 目录中的一件。
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct IndexRow {
    /// 件号
    pub seq: u32,
    /// 档号
    pub danghao: String,
    pub number: String,
    pub author: String,
    pub title: String,
    /// 日期（8 位数字）
    pub date: String,
    pub classification: String,
    pub pages: usize,
    pub remarks: String,
    /// 归档类别
    pub category: String,
}
