//! The rows every contender of a run holds, and the near misses the lookups are asked.

use crate::Rng;
use std::collections::HashSet;

/// One row: code, wire name (SCREAMING_SNAKE), message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The code.
    pub code: i32,
    /// The wire name.
    pub name: String,
    /// The message.
    pub message: String,
}

impl Row {
    /// The UpperCamelCase variant of [`Row::name`], as `define_codes!` and a person name it.
    pub fn variant(&self) -> String {
        camel(&self.name)
    }
}

/// The words of the names: what the seeds' names are made of.
pub const WORDS: &[&str] = &[
    "INVALID",
    "PARAM",
    "UPLOAD",
    "DOWNLOAD",
    "FILE",
    "BUCKET",
    "OBJECT",
    "ACCESS",
    "TOKEN",
    "SLICE",
    "SIZE",
    "REQUEST",
    "RESPONSE",
    "TIMEOUT",
    "SERVER",
    "CLIENT",
    "QUOTA",
    "EXCEEDED",
    "NOT",
    "FOUND",
    "DENIED",
    "AUTH",
    "SIGNATURE",
    "EXPIRED",
    "REGION",
    "CACHE",
    "PROXY",
    "PLUGIN",
    "STATE",
    "TASK",
    "NODE",
    "WALLET",
    "ADDRESS",
    "CHANNEL",
    "FORMAT",
    "HEADER",
    "BODY",
    "METHOD",
    "LIMIT",
    "RANGE",
    "PART",
    "COPY",
    "DELETE",
    "LIST",
    "READ",
    "WRITE",
    "POLICY",
    "REFERER",
    "DOMAIN",
    "CNAME",
    "KEY",
    "SECRET",
    "VERSION",
    "CONFLICT",
    "BUSY",
    "RETRY",
    "INTERNAL",
    "ERROR",
    "FAILED",
    "MISSING",
    "APPEND",
    "INIT",
    "COMMIT",
    "SESSION",
    "LENGTH",
    "CHECKSUM",
];

/// Short Chinese messages, one or two to a generated row.
pub const MESSAGE_PARTS: &[&str] = &[
    "请求参数错误",
    "内部错误",
    "联系官方处理",
    "文件不存在",
    "上传失败",
    "下载失败",
    "签名校验失败",
    "访问被拒绝",
    "配额已用完",
    "请稍后再试",
    "分片大小不合法",
    "目录已存在",
    "读取数据超时",
    "网络请求失败",
    "服务暂不可用",
    "权限不足",
    "参数格式不正确",
    "操作太频繁",
    "存储桶不存在",
    "密钥已过期",
    "版本冲突",
    "任务已暂停",
    "节点离线",
    "钱包余额不足",
];

/// A unique 24-29-character SCREAMING_SNAKE name: words, then `index` in base 26 as a
/// 4-letter suffix, which keeps it unique, also once turned into UpperCamelCase.
pub fn snake_name(rng: &mut Rng, index: usize) -> String {
    assert!(
        index < 26usize.pow(4),
        "too many rows for a 4-letter suffix"
    );
    let mut suffix = [b'A'; 4];
    let mut n = index;
    for letter in suffix.iter_mut().rev() {
        *letter = b'A' + (n % 26) as u8;
        n /= 26;
    }
    let suffix = std::str::from_utf8(&suffix).expect("ASCII");
    loop {
        let mut core = rng.choice(WORDS).to_string();
        while core.len() + 5 < 24 {
            core.push('_');
            core.push_str(rng.choice(WORDS));
        }
        let name = format!("{core}_{suffix}");
        if (24..=29).contains(&name.len()) {
            return name;
        }
    }
}

/// A message of one or two of [`MESSAGE_PARTS`].
pub fn message(rng: &mut Rng) -> String {
    let mut message = rng.choice(MESSAGE_PARTS).to_string();
    if rng.below(3) == 0 {
        message.push('，');
        message.push_str(rng.choice(MESSAGE_PARTS));
    }
    message
}

/// `SNAKE_NAME` as `SnakeName`.
pub fn camel(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for part in name.split('_').filter(|part| !part.is_empty()) {
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.extend(chars.flat_map(char::to_lowercase));
        }
    }
    out
}

/// Seed 004's rows: its codes and messages (the document, `seeds/fixtures/004_*.txt`, as
/// `text`), the second row of a code given twice dropped (-5965), and a synthesized name each
/// (the document has none).
pub fn seed004(text: &str) -> Vec<Row> {
    let mut seen = HashSet::new();
    let mut rows = Vec::new();
    let mut rng = Rng::new(0x0004_5EED);
    for line in text.lines().map(str::trim) {
        let Some(cells) = line.strip_prefix('|') else {
            continue;
        };
        let cells = cells.strip_suffix('|').unwrap_or(cells);
        let Some((code, message)) = cells.split_once('|') else {
            continue;
        };
        // The header and its rule are no numbers.
        let Ok(code) = code.trim().parse::<i32>() else {
            continue;
        };
        if !seen.insert(code) {
            continue;
        }
        let name = snake_name(&mut rng, rows.len());
        let message = message.trim().to_string();
        rows.push(Row {
            code,
            name,
            message,
        });
    }
    rows
}

/// `count` rows of the seeds' shape: clusters of 20-200 codes at steps of 1-3, at random
/// places in -3 000 000..=3 000 000, in declaration order cluster by cluster.
pub fn generated(count: usize) -> Vec<Row> {
    let mut rng = Rng::new(0x3000_0C0D + count as u64);
    let mut codes = Vec::with_capacity(count);
    let mut used = HashSet::with_capacity(count);
    while codes.len() < count {
        let mut code = rng.between(-3_000_000, 3_000_000);
        let size = rng.between(20, 200);
        for _ in 0..size {
            code += rng.choice(&[1, 1, 1, 2, 3]);
            if !used.insert(code) {
                continue;
            }
            codes.push(code as i32);
            if codes.len() == count {
                break;
            }
        }
    }
    codes
        .into_iter()
        .enumerate()
        .map(|(i, code)| {
            let message = message(&mut rng);
            let name = snake_name(&mut rng, i);
            Row {
                code,
                name,
                message,
            }
        })
        .collect()
}

/// Codes next to real ones and names one letter off real ones (64 of each), none of them in
/// a row.
pub fn near_misses(rows: &[Row]) -> (Vec<i32>, Vec<String>) {
    const COUNT: usize = 64;
    let mut rng = Rng::new(0x04D1_55E5);
    let codes: HashSet<i32> = rows.iter().map(|row| row.code).collect();
    let names: HashSet<&str> = rows.iter().map(|row| row.name.as_str()).collect();
    let mut miss_codes = Vec::with_capacity(COUNT);
    let mut miss_names: Vec<String> = Vec::with_capacity(COUNT);
    while miss_codes.len() < COUNT {
        let code = rows[rng.below(rows.len() as u64) as usize].code;
        for step in [1, -1, 2, -2, 3, -3, 5, -5, 10, -10] {
            let miss = code + step;
            if !codes.contains(&miss) && !miss_codes.contains(&miss) {
                miss_codes.push(miss);
                break;
            }
        }
    }
    while miss_names.len() < COUNT {
        let name = &rows[rng.below(rows.len() as u64) as usize].name;
        let last = name.as_bytes()[name.len() - 1];
        let shift = (u64::from(last - b'A') + 1 + rng.below(25)) % 26;
        let candidate = format!(
            "{}{}",
            &name[..name.len() - 1],
            char::from(b'A' + shift as u8)
        );
        if !names.contains(candidate.as_str()) && !miss_names.contains(&candidate) {
            miss_names.push(candidate);
        }
    }
    (miss_codes, miss_names)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_24_to_29_characters() {
        let rows = generated(3000);
        let names: HashSet<&str> = rows.iter().map(|row| row.name.as_str()).collect();
        let variants: HashSet<String> = rows.iter().map(Row::variant).collect();
        assert_eq!(names.len(), 3000);
        assert_eq!(variants.len(), 3000);
        assert!(rows.iter().all(|row| (24..=29).contains(&row.name.len())));
        let codes: HashSet<i32> = rows.iter().map(|row| row.code).collect();
        assert_eq!(codes.len(), 3000);
    }

    #[test]
    fn near_misses_are_misses() {
        let rows = generated(500);
        let (codes, names) = near_misses(&rows);
        assert_eq!((codes.len(), names.len()), (64, 64));
        for row in &rows {
            assert!(!codes.contains(&row.code));
            assert!(!names.contains(&row.name));
        }
    }

    #[test]
    fn seed004_reads_the_document() {
        let text =
            "| 错误码 | 描述 |\n| --- | --- |\n|-5999|请求参数错误|\n|-5965|a|\n|-5965|b|\n|7|c\n";
        let rows = seed004(text);
        let codes: Vec<(i32, &str)> = rows.iter().map(|r| (r.code, r.message.as_str())).collect();
        assert_eq!(codes, [(-5999, "请求参数错误"), (-5965, "a"), (7, "c")]);
    }

    #[test]
    fn camel_case() {
        assert_eq!(camel("NOT_FOUND_AAAB"), "NotFoundAaab");
    }
}
