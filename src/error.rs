//! 错误类型：每条错误都是给科员看的中文说明，类别决定退出码。

use std::fmt;

/// 工具的错误。`message` 为完整的中文说明（含文件、行列、字段路径）。
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub kind: ErrorKind,
    pub message: String,
}

/// 错误类别，决定退出码（README“退出码”）。
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ErrorKind {
    /// 程序检查发现违规，拒绝生成（退出码 3）
    Violation,
    /// 案卷、模板、配置等输入有误（退出码 2）
    Input,
    /// 读写文件、排版或导出 PDF 失败（退出码 1）
    Output,
    /// 程序自身的错误（不应发生；退出码 4）
    Internal,
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
    pub fn internal(message: impl Into<String>) -> Self {
        Error { kind: ErrorKind::Internal, message: format!("程序内部错误（请报告）：{}", message.into()) }
    }

    /// 退出码：输出错误 1，输入错误 2，违规 3，内部错误 4。
    pub fn exit_code(&self) -> i32 {
        match self.kind {
            ErrorKind::Output => 1,
            ErrorKind::Input => 2,
            ErrorKind::Violation => 3,
            ErrorKind::Internal => 4,
        }
    }

    /// 合并几项（如并行生成多份文书时）的错误：说明逐条列出（相同的只列一次），
    /// 类别取最严重的一项（内部 > 输出 > 输入 > 违规），退出码随之而定。
    pub fn merge(errors: Vec<Error>) -> Option<Error> {
        let kind = errors.iter().map(|e| e.kind).max()?;
        let mut messages: Vec<String> = Vec::new();
        for e in errors {
            if !messages.contains(&e.message) {
                messages.push(e.message);
            }
        }
        Some(Error { kind, message: messages.join("\n\n") })
    }
}

/// 把各项结果合为一个：全部成功时依次给出结果，否则合并全部错误（[`Error::merge`]）。
pub fn collect<T>(results: impl IntoIterator<Item = Result<T>>) -> Result<Vec<T>> {
    let mut ok = Vec::new();
    let mut errors = Vec::new();
    for r in results {
        match r {
            Ok(v) => ok.push(v),
            Err(e) => errors.push(e),
        }
    }
    match Error::merge(errors) {
        None => Ok(ok),
        Some(e) => Err(e),
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merged_errors_keep_the_most_serious_kind() {
        let e = Error::merge(vec![Error::input("甲"), Error::output("乙"), Error::input("甲")]).unwrap();
        assert_eq!((e.kind, e.exit_code(), e.message.as_str()), (ErrorKind::Output, 1, "甲\n\n乙"));
        assert_eq!(Error::merge(vec![Error::violation("丙")]).unwrap().exit_code(), 3);
        assert!(Error::merge(vec![]).is_none());
        assert!(collect(vec![Ok(1), Err(Error::internal("丁"))]).unwrap_err().message.contains("丁"));
    }
}
