//! `gen init`：写出新案卷的框架（[`juece::input::skeleton`]）。

use std::io::Write as _;

use crate::args::InitArgs;
use juece::input::case::Jurisdiction;
use juece::input::skeleton::skeleton;
use juece::output::write_with;
use juece::{Error, Result};

/// 写出框架：先写同一文件夹中的临时文件，写完再改名；已有同名文件时不覆盖（除非 --force），原文件不动。
pub fn run_init(args: &InitArgs) -> Result<()> {
    let j: Jurisdiction = args.rules.parse().map_err(Error::input)?;
    let text = skeleton(j);
    let path = &args.case;
    if path.is_dir() {
        return Err(Error::input(format!(
            "{} 是文件夹：请写出要新建的案卷文件名，如 {}",
            path.display(),
            path.join("案卷.yaml").display()
        )));
    }
    crate::args::usable_folder(path.parent().unwrap_or(std::path::Path::new(".")), "案卷所在的文件夹")?;
    write_with(path, args.force, |f| {
        f.write_all(text.as_bytes()).map_err(|e| Error::output(format!("写入 {} 失败：{}", path.display(), juece::input::files::io_cn(&e))))
    })?;
    out!("已生成案卷框架 {}（规则体系：{}）", path.display(), j.name());
    out!("请用文本编辑器打开，照行尾的注释填写（冒号后空着的是必填项）；填好后运行：gen check {}", path.display());
    if j == Jurisdiction::National {
        out!("本地另有规定的，改用 --rules chifeng（赤峰市）、nmg-hrss（内蒙古人社厅）或 changli（昌黎县）重新生成。");
    }
    Ok(())
}
