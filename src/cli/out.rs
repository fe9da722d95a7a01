//! 向标准输出写一行；输出被关闭（如 `gen list | head`）时安静地忽略，而不是崩溃。

macro_rules! out {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($t)*);
    }};
}

/// 同 `out!`，不另加换行。
macro_rules! out_raw {
    ($e:expr) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stdout(), "{}", $e);
    }};
}
