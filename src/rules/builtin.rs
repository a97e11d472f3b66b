//! The bundled rule pack (`claims/*.yaml`, `words.yaml` included), built into the binary so that
//! factlint works in any folder. It is loaded through the normal loader, under file names such
//! as `<built-in>/claims/war-2020.yaml`.

use std::path::Path;

use super::RuleFile;

/// The folder name that stands for the built-in pack, in settings and diagnostics.
pub const DIR: &str = "<built-in>/claims";

/// The pack's files, in name order (as `load_dir` reads a folder).
const FILES: &[(&str, &str)] = &[
    (
        "karabakh-2023.yaml",
        include_str!("../../claims/karabakh-2023.yaml"),
    ),
    (
        "russia-armenia.yaml",
        include_str!("../../claims/russia-armenia.yaml"),
    ),
    ("war-2020.yaml", include_str!("../../claims/war-2020.yaml")),
    ("words.yaml", include_str!("../../claims/words.yaml")),
];

/// Whether `path` stands for the built-in pack.
pub fn is_builtin(path: &Path) -> bool {
    path == Path::new(DIR)
}

/// The pack's files, named under [`DIR`].
pub fn files() -> Vec<RuleFile> {
    FILES
        .iter()
        .map(|(name, text)| RuleFile::new(Path::new(DIR).join(name), *text))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_pack_is_the_claims_folder() {
        let mut on_disk: Vec<String> =
            std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/claims"))
                .unwrap()
                .filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".yaml") || n.ends_with(".yml"))
                .collect();
        on_disk.sort();
        let built_in: Vec<&str> = FILES.iter().map(|(n, _)| *n).collect();
        assert_eq!(built_in, on_disk, "add a new rule file to FILES");
        for (name, text) in FILES {
            let disk = std::fs::read_to_string(
                Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("claims")
                    .join(name),
            )
            .unwrap();
            assert_eq!(*text, disk);
        }
    }
}
