//! 错误类型：每条错误都是给科员看的中文说明。

use std::fmt;

/// 工具的错误。`message` 为完整的中文说明（含文件、行列、字段路径）。
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub kind: ErrorKind,
    pub message: String,
}

/// 错误类别，决定退出码。
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// 案卷、模板、配置等输入有误
    Input,
    /// 程序检查发现违规，拒绝生成
    Violation,
    /// 排版或写文件失败
    Output,
}

impl Error {
    pub fn input(message: impl Into<String>) -> Self {
        Error { kind: ErrorKind::Input, message: message.into() }
    }
    pub fn output(message: impl Into<String>) -> Self {
        Error { kind: ErrorKind::Output, message: message.into() }
    }
    pub fn violation(message: impl Into<String>) -> Self {
        Error { kind: ErrorKind::Violation, message: message.into() }
    }
    /// 退出码：输入错误 2，违规 3，输出错误 1。
    pub fn exit_code(&self) -> i32 {
        match self.kind {
            ErrorKind::Input => 2,
            ErrorKind::Violation => 3,
            ErrorKind::Output => 1,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

pub type Result<T, E = Error> = std::result::Result<T, E>;
