-- unspin for Neovim: starts the unspin language server (`java -jar unspin.jar lsp`) for text,
-- Markdown and HTML buffers, and for dictionary files (filetype `unspin`, see ftdetect/). Works on Neovim 0.7 (vim.lsp.start_client + buf_attach_client) and
-- 0.10+ (vim.lsp.start). See README.md.
local M = {}

M.FIX_ALL_KIND = 'source.fixAll.unspin'
M.MINIMUM_JAVA = 17

local defaults = {
  jar = nil, -- the server jar; default: $UNSPIN_JAR
  java = nil, -- the java executable; default: $JAVA_HOME/bin/java, then java on PATH
  java_args = { '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-Xms32m', '-Xmx256m', '-XX:TrimNativeHeapInterval=2000' }, -- as docs/language-server.md suggests
  cmd = nil, -- the whole server command, instead of java/java_args/jar
  filetypes = { 'text', 'markdown', 'html', 'unspin' }, -- unspin: dictionary files, linted
  root_markers = { '.unspin', '.git' },
  settings = {}, -- the server's configuration (docs/language-server.md), e.g. { minConfidence = 'likely' }
  on_attach = nil,
}

M.config = vim.deepcopy(defaults)
local started = {} -- 0.7: client id per root directory
local java_checked = {} -- executable -> major version

local function notify(message, level)
  vim.notify('unspin: ' .. message, level or vim.log.levels.INFO)
end

--- The major version in `java -version` output (17.0.15 -> 17, 1.8.0_402 -> 8), or nil.
function M.java_major(output)
  local first, second = output:match('version "(%d+)%.?(%d*)')
  if not first then
    return nil
  end
  if first == '1' and second ~= '' then
    return tonumber(second)
  end
  return tonumber(first)
end

local function find_java()
  local candidates = {}
  if M.config.java then
    table.insert(candidates, M.config.java)
  else
    local home = vim.env.JAVA_HOME
    if home and home ~= '' then
      table.insert(candidates, home .. '/bin/java')
    end
    table.insert(candidates, 'java')
  end
  for _, java in ipairs(candidates) do
    if vim.fn.executable(java) == 1 then
      local major = java_checked[java]
      if major == nil then
        major = M.java_major(vim.fn.system({ java, '-version' })) or false
        java_checked[java] = major
      end
      if not major then
        return nil, 'cannot read the version of ' .. java
      elseif major < M.MINIMUM_JAVA then
        return nil, ('needs Java %d or newer, but %s is Java %d: install a JDK %d+ and pass java = "/path/to/bin/java" to setup()')
          :format(M.MINIMUM_JAVA, java, major, M.MINIMUM_JAVA)
      end
      return java
    end
  end
  return nil, ('needs Java %d or newer and found none (tried %s): install one or pass java = "/path/to/bin/java" to setup()')
    :format(M.MINIMUM_JAVA, table.concat(candidates, ', '))
end

--- The server command, or nil and a message for the user.
function M.command()
  if M.config.cmd then
    return M.config.cmd
  end
  local jar = M.config.jar or vim.env.UNSPIN_JAR
  if not jar or jar == '' then
    return nil, 'no server jar: pass jar = "/path/to/unspin.jar" to setup() or set $UNSPIN_JAR'
  end
  jar = vim.fn.fnamemodify(jar, ':p')
  if vim.fn.filereadable(jar) ~= 1 then
    return nil, 'the server jar ' .. jar .. ' does not exist'
  end
  local java, problem = find_java()
  if not java then
    return nil, problem
  end
  local cmd = { java }
  vim.list_extend(cmd, M.config.java_args)
  vim.list_extend(cmd, { '-jar', jar, 'lsp' })
  return cmd
end

local function root_dir(bufnr)
  local name = vim.api.nvim_buf_get_name(bufnr)
  local dir = name ~= '' and vim.fn.fnamemodify(name, ':p:h') or vim.fn.getcwd()
  for _, marker in ipairs(M.config.root_markers) do
    local found = vim.fn.finddir(marker, dir .. ';')
    if found == '' then
      found = vim.fn.findfile(marker, dir .. ';')
    end
    if found ~= '' then
      local marker_path = vim.fn.fnamemodify(found, ':p'):gsub('/$', '')
      return vim.fn.fnamemodify(marker_path, ':h')
    end
  end
  return dir
end

--- The settings section as the server must see it: an empty Lua table is sent as a JSON object, not an array.
local function section()
  local settings = M.config.settings or {}
  return { unspin = next(settings) and settings or vim.empty_dict() }
end

local function client_config(bufnr, cmd)
  local settings = M.config.settings or {}
  local has_settings = next(settings) ~= nil
  return {
    name = 'unspin',
    cmd = cmd,
    root_dir = root_dir(bufnr),
    init_options = has_settings and settings or nil,
    settings = section(),
    on_attach = M.config.on_attach,
  }
end

--- Starts the server for a buffer if needed and attaches it; returns the client id or nil.
function M.attach(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local cmd, problem = M.command()
  if not cmd then
    notify(problem, vim.log.levels.ERROR)
    return nil
  end
  local config = client_config(bufnr, cmd)
  if vim.fn.has('nvim-0.10') == 1 then
    return vim.lsp.start(config, { bufnr = bufnr })
  end
  local id = started[config.root_dir]
  if not id or not vim.lsp.get_client_by_id(id) or vim.lsp.get_client_by_id(id).is_stopped() then
    id = vim.lsp.start_client(config)
    started[config.root_dir] = id
  end
  if id then
    vim.lsp.buf_attach_client(bufnr, id)
  end
  return id
end

--- The unspin client attached to a buffer, or nil.
function M.client(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local clients = vim.fn.has('nvim-0.10') == 1 and vim.lsp.get_clients({ bufnr = bufnr, name = 'unspin' })
    or vim.lsp.buf_get_clients(bufnr)
  for _, client in pairs(clients) do
    if client.name == 'unspin' then
      return client
    end
  end
  return nil
end

--- The unspin client attached to a buffer; nil, after telling the user, when there is none.
local function attached(bufnr)
  local client = M.client(bufnr)
  if not client then
    notify('no unspin server is attached to this buffer', vim.log.levels.ERROR)
  end
  return client
end

local function request_sync(client, method, params, timeout, bufnr)
  if vim.fn.has('nvim-0.11') == 1 then
    return client:request_sync(method, params, timeout, bufnr)
  end
  return client.request_sync(method, params, timeout, bufnr)
end

--- Asks the server for its code actions on a range (0-based LSP positions); returns the list or nil, error.
function M.code_actions(bufnr, range, diagnostics, only)
  local client = M.client(bufnr)
  if not client then
    return nil, 'no unspin server is attached to this buffer'
  end
  local params = {
    textDocument = vim.lsp.util.make_text_document_params(bufnr),
    range = range,
    context = { diagnostics = diagnostics or {}, only = only },
  }
  local response, err = request_sync(client, 'textDocument/codeAction', params, 10000, bufnr)
  if not response then
    return nil, tostring(err)
  end
  if response.err then
    return nil, response.err.message
  end
  return response.result or {}, nil, client
end

--- Applies a code action: its edit, then its command (run by the server).
function M.apply(action, client, bufnr)
  if action.edit then
    vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
  end
  local command = type(action.command) == 'table' and action.command or nil
  if command then
    request_sync(client, 'workspace/executeCommand', { command = command.command, arguments = command.arguments }, 10000, bufnr)
  end
end

--- Restores every spun phrasing in the buffer with the server's fix-all action. Returns true if it did.
function M.restore(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local whole = { start = { line = 0, character = 0 }, ['end'] = { line = vim.api.nvim_buf_line_count(bufnr), character = 0 } }
  local actions, err, client = M.code_actions(bufnr, whole, {}, { M.FIX_ALL_KIND })
  if not actions then
    notify(err, vim.log.levels.ERROR)
    return false
  end
  for _, action in ipairs(actions) do
    if action.kind == M.FIX_ALL_KIND then
      M.apply(action, client, bufnr)
      return true
    end
  end
  notify('no spun phrasings to restore in this buffer')
  return false
end

--- Makes the server reload its settings (M.config.settings) and dictionaries: it does on
--- didChangeConfiguration, which carries the settings; they also answer its workspace/configuration.
function M.reload(bufnr)
  local client = attached(bufnr)
  if not client then
    return
  end
  client.config.settings = section()
  client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
  notify('dictionaries reloaded')
end

--- Checks every document open in the buffer's server now (the server's unspin.check command), for checkOn = 'save' or 'manual'.
function M.check(bufnr)
  local client = attached(bufnr)
  if not client then
    return
  end
  local function done(err)
    if err then
      notify('check failed: ' .. tostring(err.message), vim.log.levels.ERROR)
    end
  end
  -- No buffer: the request first sends the pending changes of every buffer (Neovim debounces
  -- didChange), so the server checks the text as it is now.
  local params = { command = 'unspin.check' }
  if vim.fn.has('nvim-0.11') == 1 then
    client:request('workspace/executeCommand', params, done)
  else
    client.request('workspace/executeCommand', params, done)
  end
end

--- Replaces the server's settings (docs/language-server.md) and sends them to every running unspin server.
function M.update_settings(settings)
  M.config.settings = settings or {}
  local clients = vim.fn.has('nvim-0.10') == 1 and vim.lsp.get_clients({ name = 'unspin' }) or vim.lsp.get_active_clients()
  for _, client in pairs(clients) do
    if client.name == 'unspin' then
      client.config.settings = section()
      client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
    end
  end
end

--- unspin's diagnostics in a buffer (not those of other servers).
function M.diagnostics(bufnr)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.source == 'unspin' and d.code ~= 'dictionary-format' then
      table.insert(out, d)
    end
  end
  return out
end

--- Spun phrasings, words and spin score (phrasings per 1,000 words) of a buffer. The server does not
--- report a score, so it is computed here; words are runs of letters and digits (approximate).
function M.spin_score(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local words = 0
  for _, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    for _ in line:gmatch('[%w\128-\255]+') do
      words = words + 1
    end
  end
  local findings = #M.diagnostics(bufnr)
  return { findings = findings, words = words, score = words == 0 and 0 or findings * 1000 / words }
end

--- For a statusline: "spin 12.3" in prose buffers the server is attached to, else "".
function M.statusline()
  if not M.client(0) or vim.bo.filetype == 'unspin' then
    return ''
  end
  return ('spin %.1f'):format(M.spin_score(0).score)
end

function M.status(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local client = M.client(bufnr)
  local lines = {}
  if client then
    local info = client.server_info or {}
    table.insert(lines, ('server: running (client %d, %s %s), root %s'):format(client.id, info.name or 'unspin',
      info.version or '', client.config.root_dir or '?'))
    table.insert(lines, 'command: ' .. table.concat(client.config.cmd, ' '))
    local s = M.spin_score(bufnr)
    table.insert(lines, ('this buffer: %d spun phrasing(s) in %d words, spin score %.1f per 1,000 words')
      :format(s.findings, s.words, s.score))
  else
    local cmd, problem = M.command()
    table.insert(lines, 'server: not attached to this buffer')
    table.insert(lines, cmd and ('command: ' .. table.concat(cmd, ' ')) or ('problem: ' .. problem))
  end
  return lines
end

function M.setup(opts)
  M.config = vim.tbl_deep_extend('force', vim.deepcopy(defaults), opts or {})
  local group = vim.api.nvim_create_augroup('unspin', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = M.config.filetypes,
    callback = function(args)
      M.attach(args.buf)
    end,
  })
  vim.api.nvim_create_user_command('UnspinRestore', function()
    M.restore(0)
  end, { desc = 'unspin: restore all spun phrasings in this buffer' })
  vim.api.nvim_create_user_command('UnspinReload', function()
    M.reload(0)
  end, { desc = 'unspin: reload settings and dictionaries' })
  vim.api.nvim_create_user_command('UnspinCheck', function()
    M.check(0)
  end, { desc = 'unspin: check the open documents now' })
  vim.api.nvim_create_user_command('UnspinStatus', function()
    print(table.concat(M.status(0), '\n'))
  end, { desc = 'unspin: show the server status and the spin score' })
end

return M
