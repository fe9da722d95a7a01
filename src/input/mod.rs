//! 第一段：读入科员写的东西——案卷（YAML，[`case`]、[`load_case`]）、案卷登记的附件（[`attachments`]）、
//! 从 Excel/WPS 表格读入的名单（[`roster`]）、配置 gen.yaml（[`config`]）和案卷格式的说明（[`schema`]）。错误一律译成中文并指出文件、行、列和字段。

pub mod attachments;
pub mod case;
pub mod config;
pub mod files;
pub mod forms;
mod load;
pub mod normalise;
pub mod roster;
mod scan;
pub mod schema;
pub mod skeleton;

pub use load::{load_case, load_case_with, parse_case, read_case, CaseFile};
