//! Typst 的 World：排版时能看到的全部文件都在内存中（固定的虚拟路径），
//! 不读磁盘上的任何其他文件，不联网，“今天”固定为文书日期。

use std::collections::HashMap;

use typst::diag::{FileError, FileResult, PackageError};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use super::fonts::FontLibrary;
use crate::input::case::Date;
use crate::render::templates::TemplateSet;

/// 固定虚拟路径的 FileId（Typst 的 FileId 全局最多 65536 个，绝不用 `FileId::unique`）。
pub fn vid(path: &str) -> FileId {
    RootedPath::new(VirtualRoot::Project, VirtualPath::new(path).expect("valid virtual path")).intern()
}

/// 多个文书共享的部分：字体、标准库、Typst 模块（模板集中的 `.typ` 文件）。
pub struct Shared {
    pub fonts: FontLibrary,
    library: LazyHash<Library>,
    modules: HashMap<FileId, Source>,
}

impl Shared {
    pub fn new(fonts: FontLibrary, templates: &TemplateSet) -> Shared {
        let modules = templates
            .iter()
            .filter(|(name, _)| name.ends_with(".typ"))
            .map(|(name, text)| {
                let id = vid(&format!("/{name}"));
                (id, Source::new(id, text.to_string()))
            })
            .collect();
        Shared { fonts, library: LazyHash::new(Library::builder().build()), modules }
    }
}

/// 一份文书的排版环境。
pub struct DocWorld<'a> {
    shared: &'a Shared,
    main: Source,
    files: HashMap<FileId, Bytes>,
    today: Datetime,
}

impl<'a> DocWorld<'a> {
    /// `markup` 成为 `/main.typ`；`files` 为额外的虚拟数据文件（如 `/style.json`）。
    pub fn new(shared: &'a Shared, markup: String, files: Vec<(&str, Bytes)>, today: Date) -> Self {
        use chrono::Datelike;
        let main = Source::new(vid("/main.typ"), markup);
        let files = files.into_iter().map(|(p, b)| (vid(p), b)).collect();
        let d = today.0;
        let today = Datetime::from_ymd(d.year(), d.month() as u8, d.day() as u8).expect("valid date");
        DocWorld { shared, main, files, today }
    }

    pub fn main_source(&self) -> &Source {
        &self.main
    }

    /// 把这份文书能看到的全部文件（`/main.typ`、版式模块、数据文件）写到 `dir` 下同样的相对路径。
    pub fn write_sources(&self, dir: &std::path::Path) -> std::io::Result<()> {
        let write = |id: FileId, bytes: &[u8]| -> std::io::Result<()> {
            let path = dir.join(id.vpath().get_with_slash().trim_start_matches('/'));
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(path, bytes)
        };
        write(self.main.id(), self.main.text().as_bytes())?;
        for (id, b) in &self.files {
            write(*id, b.as_slice())?;
        }
        for (id, s) in &self.shared.modules {
            write(*id, s.text().as_bytes())?;
        }
        Ok(())
    }
}

fn package_of(id: FileId) -> Option<&'static typst::syntax::package::PackageSpec> {
    match id.get().root() {
        VirtualRoot::Package(spec) => Some(spec),
        VirtualRoot::Project => None,
    }
}

fn offline_error(id: FileId) -> FileError {
    match package_of(id) {
        Some(spec) => FileError::Package(PackageError::Other(Some(
            format!(
                "本工具离线运行，不能下载 Typst 包 {spec}。请把所需内容写进 templates/ 中的 .typ 文件，并用“#import \"/文件名.typ\"”引用"
            )
            .into(),
        ))),
        None => FileError::NotFound(id.vpath().get_with_slash().into()),
    }
}

impl World for DocWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.shared.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        self.shared.fonts.book()
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            return Ok(self.main.clone());
        }
        if package_of(id).is_none() {
            if let Some(s) = self.shared.modules.get(&id) {
                return Ok(s.clone());
            }
        }
        Err(offline_error(id))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.main.id() {
            return Ok(Bytes::from_string(self.main.text().to_string()));
        }
        if package_of(id).is_none() {
            if let Some(b) = self.files.get(&id) {
                return Ok(b.clone());
            }
            if let Some(s) = self.shared.modules.get(&id) {
                return Ok(Bytes::from_string(s.text().to_string()));
            }
        }
        Err(offline_error(id))
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.shared.fonts.font(index)
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}
