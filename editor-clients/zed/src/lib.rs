// Starts `java … -jar unspin.jar lsp` from the user's `lsp.unspin` settings. UNTESTED, never compiled.
use zed_extension_api::{self as zed, serde_json, settings::LspSettings, LanguageServerId, Result};

struct Unspin;

impl zed::Extension for Unspin {
    fn new() -> Self {
        Unspin
    }

    fn language_server_command(&mut self, _id: &LanguageServerId, worktree: &zed::Worktree) -> Result<zed::Command> {
        let binary = LspSettings::for_worktree("unspin", worktree).ok().and_then(|s| s.binary);
        let command = binary.as_ref().and_then(|b| b.path.clone()).or_else(|| worktree.which("java"))
            .ok_or("unspin: no java found; set lsp.unspin.binary.path to a Java 17+")?;
        let args = binary.and_then(|b| b.arguments)
            .ok_or("unspin: set lsp.unspin.binary.arguments to [\"-jar\", \"/path/to/unspin.jar\", \"lsp\"]")?;
        Ok(zed::Command { command, args, env: Default::default() })
    }

    fn language_server_initialization_options(&mut self, _id: &LanguageServerId, worktree: &zed::Worktree)
        -> Result<Option<serde_json::Value>> {
        Ok(LspSettings::for_worktree("unspin", worktree).ok().and_then(|s| s.initialization_options))
    }

    fn language_server_workspace_configuration(&mut self, _id: &LanguageServerId, worktree: &zed::Worktree)
        -> Result<Option<serde_json::Value>> {
        let settings = LspSettings::for_worktree("unspin", worktree).ok().and_then(|s| s.settings);
        Ok(settings.map(|s| serde_json::json!({ "unspin": s })))
    }
}

zed::register_extension!(Unspin);
