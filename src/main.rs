//! `gen`：重大行政决策程序文书生成工具的命令行。只做参数解析与输出，工作都在库 `juece` 中。

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use juece::calendar::Calendar;
use juece::case::{load_case, CaseFile};
use juece::checks;
use juece::documents::{self, DocKind};
use juece::generate::{Generator, Options, Rendered};
use juece::output::{safe_file_name, write_atomic};
use juece::{Error, Result};

/// 向标准输出写一行；输出被关闭（如 `gen list | head`）时安静地忽略，而不是崩溃。
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

#[derive(Parser)]
#[command(name = "gen", version, about = "重大行政决策程序文书生成工具：由案卷文件（YAML）生成各类文书 PDF")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// 生成案卷已记录的各环节所需的全部文书
    All(DocArgs),
    /// 程序检查：逐条核对法定期限、人数和程序要求，列出违规和提示；有违规时退出码为 3
    Check(CheckArgs),
    /// 程序期限表：按已记录的环节推算其余环节的法定日期，打印表格并生成 PDF
    Plan(PlanArgs),
    /// 结案归档：全部文书（PDF/A-2b）和附件按类别打包为 ZIP，附归档文件目录、备考表和清单
    Archive(ArchiveArgs),
    /// 校验归档 ZIP：按清单逐个核对文件的 SHA-256；有缺少、多出或改动的文件时退出码为 3
    Verify {
        /// 归档 ZIP 文件
        file: PathBuf,
    },
    /// 列出可生成的文书种类
    List,
    /// 输出案卷格式的 JSON Schema（含每个字段的中文说明）
    Schema,
    /// 列出可用的字体字族名（含 --font-path 加入的）
    Fonts {
        /// 额外字体文件夹
        #[arg(long = "font-path", value_name = "DIR")]
        font_paths: Vec<PathBuf>,
    },
    /// 模板：`gen templates export 文件夹` 复制内置模板供修改
    Templates {
        #[command(subcommand)]
        action: TemplateAction,
    },
    /// 生成某一种文书：gen <种类> 案卷.yaml（种类见 gen list）
    #[command(external_subcommand)]
    Doc(Vec<OsString>),
}

#[derive(Subcommand)]
enum TemplateAction {
    /// 把内置模板复制到文件夹（已有同名文件不覆盖，除非 --force）
    Export {
        dir: PathBuf,
        #[arg(long)]
        force: bool,
    },
}

/// 生成文书的参数。
#[derive(Args, Clone)]
struct DocArgs {
    /// 案卷文件（YAML）
    case: PathBuf,
    /// 输出文件夹（默认：案卷文件旁的“<案卷名>-文书”文件夹）
    #[arg(short = 'o', long = "out", value_name = "DIR")]
    out: Option<PathBuf>,
    #[command(flatten)]
    render: RenderArgs,
    /// 草稿：缺少的必填内容印为【待填写：字段】，不报错
    #[arg(long)]
    draft: bool,
    /// 另加的工作日历文件（其中的年份整年替换内置数据，格式同 data/calendar/cn-holidays.yaml）
    #[arg(long = "calendar", value_name = "FILE")]
    calendar: Option<PathBuf>,
    /// 文书所属环节有违规时仍然生成（违规列在屏幕上）
    #[arg(long = "allow-violations")]
    allow_violations: bool,
}

/// 排版用的模板、字体、配置（生成文书和归档共用）。
#[derive(Args, Clone)]
struct RenderArgs {
    /// 用此文件夹中的同名模板覆盖内置模板
    #[arg(long = "templates", value_name = "DIR")]
    templates: Option<PathBuf>,
    /// 额外字体文件夹（可多次指定）
    #[arg(long = "font-path", value_name = "DIR")]
    font_paths: Vec<PathBuf>,
    /// 配置文件（默认：案卷文件旁的 gen.yaml，如有）
    #[arg(long = "config", value_name = "FILE")]
    config: Option<PathBuf>,
}

impl RenderArgs {
    /// 生成器选项；未指定配置文件时用案卷文件旁的 gen.yaml（如有）。
    fn options(&self, case: &Path) -> Options {
        let config = self.config.clone().or_else(|| {
            let p = case.parent().unwrap_or(Path::new(".")).join("gen.yaml");
            p.is_file().then_some(p)
        });
        Options { templates_dir: self.templates.clone(), font_paths: self.font_paths.clone(), config, ..Options::default() }
    }
}

/// 输出格式。
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// 供人阅读的文字
    Text,
    /// JSON（字段和顺序固定）
    Json,
}

/// `gen check` 的参数。
#[derive(Args, Clone)]
struct CheckArgs {
    /// 案卷文件（YAML）
    case: PathBuf,
    /// 输出格式
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// 另加的工作日历文件（其中的年份整年替换内置数据）
    #[arg(long = "calendar", value_name = "FILE")]
    calendar: Option<PathBuf>,
}

/// `gen plan` 的参数。
#[derive(Args, Clone)]
struct PlanArgs {
    #[command(flatten)]
    doc: DocArgs,
    /// 屏幕输出的格式
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
}

/// 单一文书子命令的解析器。
#[derive(Parser)]
struct DocCli {
    #[command(flatten)]
    args: DocArgs,
}

impl DocArgs {
    fn options(&self) -> Options {
        Options { draft: self.draft, ..self.render.options(&self.case) }
    }

    fn out_dir(&self) -> PathBuf {
        self.out.clone().unwrap_or_else(|| {
            let stem = self.case.file_stem().and_then(|s| s.to_str()).unwrap_or("案卷");
            self.case.parent().unwrap_or(Path::new(".")).join(format!("{stem}-文书"))
        })
    }
}

fn write_docs(args: &DocArgs, docs: &[Rendered]) -> Result<()> {
    let out = args.out_dir();
    for doc in docs {
        let path = out.join(safe_file_name(&doc.file_name));
        write_atomic(&path, &doc.pdf)?;
        out!("已生成 {}（{}页）", path.display(), doc.pages);
        if !doc.placeholders.is_empty() {
            eprintln!("草稿：{} 中有待填写的内容：\n{}", path.display(), doc.placeholders.join("\n"));
        }
    }
    Ok(())
}

/// 文书所属环节有违规时拒绝生成，写明违反的规则；`--allow-violations` 时照常生成，违规列在屏幕上。
fn enforce(cf: &CaseFile, cal: &Calendar, kinds: &[&'static DocKind], allow: bool) -> Result<()> {
    let findings = checks::check(&cf.case, cal);
    let blocked = checks::blocked(&findings, kinds);
    if blocked.is_empty() {
        return Ok(());
    }
    if allow {
        let all: Vec<checks::Finding> = findings.iter().filter(|f| f.is_violation()).cloned().collect();
        eprintln!("注意：{} 有违反法定程序的情况，按 --allow-violations 仍然生成：\n{}", cf.path.display(), checks::describe_findings(&all));
        return Ok(());
    }
    Err(Error::violation(format!("{}: {}", cf.path.display(), checks::refusal(&blocked))))
}

fn run_kind(kind: &'static DocKind, args: &DocArgs) -> Result<()> {
    let cf = load_case(&args.case)?;
    let cal = checks::load_calendar(args.calendar.as_deref())?;
    enforce(&cf, &cal, &[kind], args.allow_violations)?;
    let gen = Generator::new(&Options { calendar: Some(cal), ..args.options() })?;
    gen.check_glyphs(&cf)?;
    let docs = gen.render(&cf, kind)?;
    write_docs(args, &docs)
}

fn run_all(args: &DocArgs) -> Result<()> {
    let cf = load_case(&args.case)?;
    let cal = checks::load_calendar(args.calendar.as_deref())?;
    let gen = Generator::new(&Options { calendar: Some(cal.clone()), ..args.options() })?;
    let kinds: Vec<&'static DocKind> = documents::KINDS.iter().filter(|k| gen.applies(&cf, k)).collect();
    enforce(&cf, &cal, &kinds, args.allow_violations)?;
    gen.check_glyphs(&cf)?;
    let mut docs = gen.render_all(&cf)?;
    // 程序期限表不在 render_all 中（不归档），gen all 照样生成。
    for kind in kinds.iter().filter(|k| k.needs == documents::Needs::Plan) {
        docs.extend(gen.render(&cf, kind)?);
    }
    write_docs(args, &docs)?;
    out!("共生成 {} 份文书", docs.len());
    Ok(())
}

/// `gen archive` 的参数。
#[derive(Args, Clone)]
struct ArchiveArgs {
    /// 案卷文件（YAML）
    case: PathBuf,
    /// 归档 ZIP 文件（默认：案卷文件旁的“<案卷名>-归档.zip”）
    #[arg(short = 'o', long = "out", value_name = "FILE.zip")]
    out: Option<PathBuf>,
    /// 覆盖已有的归档文件
    #[arg(long)]
    force: bool,
    /// 在每份生成文书的首页加印归档章（DA/T 22-2015）
    #[arg(long)]
    stamp: bool,
    #[command(flatten)]
    render: RenderArgs,
}

fn run_archive(args: &ArchiveArgs) -> Result<()> {
    let started = std::time::Instant::now();
    let out = args.out.clone().unwrap_or_else(|| {
        let stem = args.case.file_stem().and_then(|s| s.to_str()).unwrap_or("案卷");
        args.case.parent().unwrap_or(Path::new(".")).join(format!("{stem}-归档.zip"))
    });
    if out.exists() && !args.force {
        return Err(Error::input(format!("{} 已存在。为免覆盖已有的归档包，未生成；确需覆盖请加 --force", out.display())));
    }
    let cf = load_case(&args.case)?;
    let gen = Generator::new(&Options { pdfa: true, ..args.render.options(&args.case) })?;
    let archive = juece::archive::build(&gen, &cf, &juece::archive::ArchiveOptions { stamp: args.stamp })?;
    if out.exists() && !args.force {
        return Err(Error::input(format!("{} 已存在。为免覆盖已有的归档包，未生成；确需覆盖请加 --force", out.display())));
    }
    write_atomic(&out, &archive.zip)?;
    let pages: usize = archive.items.iter().map(|it| it.pages).sum();
    out!(
        "已生成归档包 {}：{} 件、{} 页（归档文件目录 {} 页），{} 字节，用时 {:.1} 秒",
        out.display(),
        archive.items.len(),
        pages,
        archive.index_pages,
        archive.zip.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn run_verify(file: &Path) -> Result<()> {
    let bytes = std::fs::read(file).map_err(|e| Error::input(format!("无法读取 {}：{e}", file.display())))?;
    let report = juece::archive::verify::verify(&bytes).map_err(|e| Error::input(format!("{}：{}", file.display(), e.message)))?;
    if report.passed() {
        out!("校验通过：{} 中 {} 个文件与清单一致", file.display(), report.ok);
        return Ok(());
    }
    Err(Error::violation(format!(
        "{} 校验未通过（{} 个文件一致）：\n{}",
        file.display(),
        report.ok,
        report.describe()
    )))
}

fn run_doc(raw: Vec<OsString>) -> Result<()> {
    let name = raw.first().and_then(|s| s.to_str()).unwrap_or_default().to_string();
    let Some(kind) = documents::find(&name) else {
        let kinds: Vec<&str> = documents::KINDS.iter().map(|k| k.id).collect();
        return Err(Error::input(format!("没有“{name}”这种文书或命令。可用的文书：{}（gen list 查看中文名称）", kinds.join("、"))));
    };
    let cmd = DocCli::command().name(kind.id).about(format!("生成{}（{}）", kind.name, kind.basis));
    let matches = cmd.try_get_matches_from(raw).unwrap_or_else(|e| e.exit());
    let args = DocCli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit()).args;
    run_kind(kind, &args)
}

/// `gen check`：打印每条违规和提示（严重程度、算出的事实、字段、条文和出处）；有违规时退出码为 3。
fn run_check(args: &CheckArgs) -> Result<()> {
    let cf = load_case(&args.case)?;
    let cal = checks::load_calendar(args.calendar.as_deref())?;
    let review = checks::review(&cf.case, &cal);
    let violations = review.findings.iter().filter(|f| f.is_violation()).count();
    let notices = review.findings.len() - violations;
    match args.format {
        Format::Json => {
            out!("{}", serde_json::to_string_pretty(&checks::report_json(&cf.case, &review)).expect("json"));
        }
        Format::Text => {
            out_raw!(checks::describe_findings(&review.findings));
            out!(
                "{}：核对无误 {} 项，违规 {violations} 项，提示 {notices} 项（规则体系：{}）",
                cf.path.display(),
                review.passed.len(),
                cf.case.rules.name()
            );
        }
    }
    if violations > 0 {
        return Err(Error::violation(format!("{}：有 {violations} 项违反法定程序", cf.path.display())));
    }
    Ok(())
}

/// `gen plan`：打印期限表（或 JSON），并生成程序期限表 PDF。
fn run_plan(args: &PlanArgs) -> Result<()> {
    let cf = load_case(&args.doc.case)?;
    let cal = checks::load_calendar(args.doc.calendar.as_deref())?;
    let plan = checks::plan::plan(&cf.case, &cal);
    let json = args.format == Format::Json;
    if json {
        out!("{}", serde_json::to_string_pretty(&plan).expect("json"));
    } else {
        out_raw!(checks::plan::table(&plan));
    }
    let kind = documents::find("plan").expect("程序期限表在文书种类表中");
    let gen = Generator::new(&Options { calendar: Some(cal), ..args.doc.options() })?;
    gen.check_glyphs(&cf)?;
    let mut extra = serde_json::Map::new();
    extra.insert("plan".into(), serde_json::to_value(&plan).expect("plan serializes"));
    let out = args.doc.out_dir();
    for doc in gen.render_with(&cf, kind, extra)? {
        let path = out.join(safe_file_name(&doc.file_name));
        write_atomic(&path, &doc.pdf)?;
        let msg = format!("已生成 {}（{}页）", path.display(), doc.pages);
        if json {
            eprintln!("{msg}");
        } else {
            out!("{msg}");
        }
    }
    Ok(())
}

fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Doc(raw) => run_doc(raw),
        Command::All(args) => run_all(&args),
        Command::Check(args) => run_check(&args),
        Command::Plan(args) => run_plan(&args),
        Command::Archive(args) => run_archive(&args),
        Command::Verify { file } => run_verify(&file),
        Command::List => {
            for k in documents::KINDS {
                let per = if k.per.is_some() { "（每人一份）" } else { "" };
                out!("{:<22}{}{per}　依据：{}", k.id, k.name, k.basis);
            }
            Ok(())
        }
        Command::Schema => {
            let s = serde_json::to_string_pretty(juece::schema::case_schema()).expect("schema");
            out!("{s}");
            Ok(())
        }
        Command::Fonts { font_paths } => {
            let lib = juece::fonts::FontLibrary::load(&font_paths)?;
            for f in lib.families() {
                out!("{f}");
            }
            Ok(())
        }
        Command::Templates { action: TemplateAction::Export { dir, force } } => {
            for name in juece::templates::export(&dir, force)? {
                out!("已导出 {}", dir.join(name).display());
            }
            Ok(())
        }
    }
}

fn main() -> ExitCode {
    let kinds: Vec<String> = documents::KINDS.iter().map(|k| format!("  {:<22}{}", k.id, k.name)).collect();
    let cmd = Cli::command().after_help(format!("文书种类（gen <种类> 案卷.yaml）：\n{}", kinds.join("\n")));
    let cli = Cli::from_arg_matches(&cmd.get_matches()).unwrap_or_else(|e| e.exit());
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("错误：{e}");
            ExitCode::from(e.exit_code() as u8)
        }
    }
}
