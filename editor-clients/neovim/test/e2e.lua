-- End-to-end test of the unspin plugin in a real, headless Neovim against the real server.
-- Run by editor-clients/test-all.sh:
--   nvim --headless --clean -c "luafile test/e2e.lua" </dev/null
-- with these environment variables: PLUGIN (this plugin's folder), UNSPIN_JAR, SPUN (a copy of a spun
-- article), EXPECTED and EXPECTED_CERTAIN (the engine's findings for it, all and the certain ones, from
-- tools/ExpectedFindings.java), FIX_LINE,
-- FIX_SPUN and FIX_TITLE (the one quick fix to apply), and EMOJI, EMOJI_EXPECTED (a document with
-- non-BMP characters before a spun phrasing), and DICT, DICT_EXPECTED, DICT_SPUN, DICT_FIXED,
-- HOVER_LINE, HOVER_TEXT (a dictionary file with one lint finding, see test-all.sh). Saving is
-- checked by test-all.sh, byte for byte. The plugin is on the runtime path from the start
-- (--cmd "set rtp^=..."), so that its ftdetect/ is loaded as it is for a user.
-- Every failure ends Neovim with exit code 1 and a message on stderr.
local function env(name)
  local value = os.getenv(name)
  assert(value and value ~= '', 'environment variable ' .. name .. ' is not set')
  return value
end

local function log(message)
  io.stderr:write('nvim: ' .. message .. '\n')
end

local raw = {} -- uri -> the last publishDiagnostics params, as the server sent them

local function read_expected(path)
  local rows = {}
  for line in io.lines(path) do
    local sl, sc, el, ec, id, spun = line:match('^(%d+)\t(%d+)\t(%d+)\t(%d+)\t([^\t]+)\t(.*)$')
    assert(sl, 'bad line in ' .. path .. ': ' .. line)
    table.insert(rows, { start = { line = tonumber(sl), character = tonumber(sc) },
      ['end'] = { line = tonumber(el), character = tonumber(ec) }, id = id, spun = spun })
  end
  return rows
end

local function same_range(a, b)
  return a.start.line == b.start.line and a.start.character == b.start.character
    and a['end'].line == b['end'].line and a['end'].character == b['end'].character
end

local function range_text(r)
  return ('%d:%d-%d:%d'):format(r.start.line, r.start.character, r['end'].line, r['end'].character)
end

--- Waits until the server has published diagnostics for the buffer's current version; returns them.
local function wait_diagnostics(bufnr, what, predicate)
  local uri = vim.uri_from_bufnr(bufnr)
  local ok = vim.wait(30000, function()
    local p = raw[uri]
    return p ~= nil and p.version == vim.lsp.util.buf_versions[bufnr] and (predicate == nil or predicate(p.diagnostics))
  end, 20)
  local p = raw[uri]
  assert(ok, ('timed out waiting for %s (last publish: version %s, %s diagnostics; buffer version %s)'):format(what,
    p and tostring(p.version) or 'none', p and #p.diagnostics or 'no', tostring(vim.lsp.util.buf_versions[bufnr])))
  return p.diagnostics
end

local function open(path, filetype)
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  local bufnr = vim.api.nvim_get_current_buf()
  filetype = filetype or 'text'
  assert(vim.bo[bufnr].filetype == filetype, 'filetype is ' .. vim.bo[bufnr].filetype .. ', not ' .. filetype)
  assert(vim.wait(30000, function() return unspin.client(bufnr) ~= nil end, 20), 'the unspin client did not attach')
  return bufnr
end

local function check_all(diagnostics, expected, what)
  assert(#diagnostics == #expected, ('%s: %d diagnostics, but the engine finds %d'):format(what, #diagnostics, #expected))
  for i, e in ipairs(expected) do
    local d = diagnostics[i]
    assert(same_range(d.range, e), ('%s: diagnostic %d is at %s, the engine says %s (%s)'):format(what, i,
      range_text(d.range), range_text(e), e.spun))
    assert(d.source == 'unspin' and d.code == e.id, ('%s: diagnostic %d has source %s code %s, expected unspin %s')
      :format(what, i, tostring(d.source), tostring(d.code), e.id))
  end
end

--- The buffer text a diagnostic covers, using Neovim's own (byte) columns from vim.diagnostic.
local function text_under(bufnr, d)
  assert(d.lnum == d.end_lnum, 'a multi-line diagnostic')
  local line = vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, true)[1]
  return line:sub(d.col + 1, d.end_col)
end

--- The one lint finding `unspin dict check` reports for DICT: 1-based line and column, severity, code, message.
local function read_dict_expected(path)
  local rows = {}
  for line in io.lines(path) do
    local l, c, severity, code, message = line:match('^(%d+)\t(%d+)\t(%a+)\t([^\t]+)\t(.+)$')
    assert(l, 'bad line in ' .. path .. ': ' .. line)
    table.insert(rows, { line = tonumber(l), col = tonumber(c), severity = severity, code = code, message = message })
  end
  assert(#rows == 1, path .. ' should hold exactly one finding')
  return rows[1]
end

--- A dictionary file: the lint's diagnostic where `unspin dict check` puts it, the entry hover
--- with its attestation, and the diagnostic gone once the line is fixed.
local function check_dictionary()
  local e = read_dict_expected(env('DICT_EXPECTED'))
  local bufnr = open(env('DICT'), 'unspin')
  local diagnostics = wait_diagnostics(bufnr, 'the dictionary lint')
  assert(#diagnostics == 1, ('the dictionary has %d diagnostics, `unspin dict check` finds 1: %s')
    :format(#diagnostics, vim.inspect(diagnostics)))
  local d = diagnostics[1]
  assert(d.range.start.line == e.line - 1 and d.range.start.character == e.col - 1,
    ('the lint diagnostic starts at %d:%d, `unspin dict check` says line %d column %d')
      :format(d.range.start.line, d.range.start.character, e.line, e.col))
  assert(d.source == 'unspin' and d.code == e.code and d.message == e.message,
    ('diagnostic %s %s "%s", expected unspin %s "%s"'):format(tostring(d.source), tostring(d.code), d.message, e.code, e.message))
  assert(d.severity == (e.severity == 'error' and 1 or 2), 'severity ' .. tostring(d.severity) .. ' for ' .. e.severity)
  local shown = unspin.diagnostics(bufnr)
  assert(#shown == 1 and text_under(bufnr, shown[1]) == env('DICT_SPUN'),
    'Neovim marks "' .. (shown[1] and text_under(bufnr, shown[1]) or '?') .. '", not the spun phrasing ' .. env('DICT_SPUN'))
  log(('dictionary: %s at %s, "%s"'):format(d.code, range_text(d.range), d.message))

  local client = unspin.client(bufnr)
  local hover_line = tonumber(env('HOVER_LINE')) - 1
  local response = client.request_sync('textDocument/hover', { textDocument = vim.lsp.util.make_text_document_params(bufnr),
    position = { line = hover_line, character = 2 } }, 10000, bufnr)
  assert(response and not response.err and response.result, 'no hover on line ' .. (hover_line + 1) .. ': ' .. vim.inspect(response))
  local contents = response.result.contents
  local text = (type(contents) == 'table' and contents.value or tostring(contents)):gsub('[`*]', '')
  assert(text:find(env('HOVER_TEXT'), 1, true), 'the hover does not say "' .. env('HOVER_TEXT') .. '": ' .. text)
  log('hover on line ' .. (hover_line + 1) .. ': ' .. env('HOVER_TEXT'))

  vim.api.nvim_buf_set_lines(bufnr, e.line - 1, e.line, true, { env('DICT_FIXED') })
  wait_diagnostics(bufnr, 'no lint diagnostics after fixing the entry', function(ds) return #ds == 0 end)
  log('fixed line ' .. e.line .. ': no diagnostics left')
end

local function check_lspconfig_settings(near)
  local errors, published = {}, {}
  local cmd = assert(unspin.command())
  local id = vim.lsp.start_client({
    name = 'unspin-lspconfig',
    cmd = cmd,
    root_dir = vim.fn.fnamemodify(near, ':h'),
    settings = { unspin = {} },
    on_init = function(client)
      client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
    end,
    handlers = {
      ['window/showMessage'] = function(_, result)
        if result.type == 1 then
          table.insert(errors, result.message)
        end
      end,
      ['textDocument/publishDiagnostics'] = function(_, result)
        published[#published + 1] = result
      end,
    },
  })
  local path = vim.fn.fnamemodify(near, ':h') .. '/lspconfig.txt'
  vim.fn.writefile({ 'He mentioned a coverage shift.' }, path)
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(bufnr, id)
  local function codes(p)
    local out = {}
    for _, d in ipairs(p.diagnostics) do
      out[d.code] = true
    end
    return out
  end
  assert(vim.wait(30000, function() return #published > 0 and codes(published[#published])['mentioned'] end, 20),
    'no diagnostic for "mentioned" from the lspconfig-style client')
  local client = vim.lsp.get_client_by_id(id)
  client.config.settings = { unspin = { ignoredEntries = { 'mentioned' }, severity = {} } }
  client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
  assert(vim.wait(30000, function() return not codes(published[#published])['mentioned'] end, 20),
    'ignoredEntries pushed by the lspconfig-style client did not apply')
  assert(#errors == 0, 'the server showed errors: ' .. table.concat(errors, ' | '))
  vim.lsp.stop_client(id)
  log('nvim-lspconfig settings { unspin = {} } and severity = {}: no error shown; a pushed change applies')
end

-- "Restore all" past the diagnostics cap: a document with more than 1,500 findings shows 1,000 and a
-- notice; the command restores every one, as `unspin restore` does (test-all.sh compares the saved file).
local function check_restore_all_past_the_cap()
  local bufnr = open(env('LONG'))
  local shown = wait_diagnostics(bufnr, 'the long document\'s diagnostics', function(ds) return #ds == 1001 end)
  assert(shown[1001].code == 'more-findings-not-shown', 'the last diagnostic is not the notice: ' .. vim.inspect(shown[1001]))
  vim.cmd('UnspinRestore')
  local after = wait_diagnostics(bufnr, 'diagnostics after restoring the long document', function(ds) return #ds < 1001 end)
  vim.bo[bufnr].fixendofline = false
  vim.cmd('silent write')
  log(('long document: 1,000 diagnostics and the notice; restored all, %d diagnostics left, saved'):format(#after))
end

local function main()
  local plugin = env('PLUGIN')
  assert(vim.tbl_contains(vim.api.nvim_list_runtime_paths(), plugin), plugin .. ' is not on the runtime path')
  _G.unspin = require('unspin')
  vim.notify = function(message) log('notified: ' .. message) end -- headless Neovim prints it without a line break
  local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
    raw[result.uri] = result
    return publish(err, result, ctx, config)
  end
  -- The dictionary's diagnostics alone (initializationOptions, which later settings leave in place): the
  -- expected findings are the engine's, and the contextual restorer has tests of its own.
  unspin.setup({ jar = env('UNSPIN_JAR'), settings = { contextual = false } })

  -- 1. The spun article: every diagnostic where the engine says, in order.
  local expected = read_expected(env('EXPECTED'))
  assert(#expected > 0, 'the engine finds nothing in ' .. env('SPUN'))
  local bufnr = open(env('SPUN'))
  local diagnostics = wait_diagnostics(bufnr, 'the first diagnostics')
  check_all(diagnostics, expected, 'spun article')
  log(('%d diagnostics, all at the engine\'s ranges'):format(#diagnostics))
  local shown = unspin.diagnostics(bufnr)
  assert(#shown == #expected, ('vim.diagnostic holds %d unspin diagnostics, expected %d'):format(#shown, #expected))

  -- 1b. A settings change: with minConfidence certain, the engine's certain findings; then all again.
  local certain = read_expected(env('EXPECTED_CERTAIN'))
  unspin.update_settings({ minConfidence = 'certain' })
  check_all(wait_diagnostics(bufnr, 'the certain findings after a settings change',
    function(ds) return #ds == #certain end), certain, 'minConfidence certain')
  unspin.config.settings = {}
  vim.cmd('UnspinReload') -- sends the plugin's current settings
  check_all(wait_diagnostics(bufnr, 'every finding after the settings change back',
    function(ds) return #ds == #expected end), expected, 'settings back to the defaults')
  log(('settings: minConfidence certain gives %d diagnostics, the defaults %d again'):format(#certain, #expected))

  -- 1c. checkOn manual: an edit is checked when :UnspinCheck asks; then back to checking on change.
  unspin.update_settings({ checkOn = 'manual' })
  vim.api.nvim_buf_set_lines(bufnr, 0, 0, false, { 'An added line.' })
  vim.cmd('UnspinCheck')
  local shifted = wait_diagnostics(bufnr, 'the check :UnspinCheck asked for', function(ds) return #ds == #expected end)
  assert(shifted[1].range.start.line == expected[1].start.line + 1,
    ('after a line was added the first finding is on line %d, not %d'):format(shifted[1].range.start.line, expected[1].start.line + 1))
  vim.api.nvim_buf_set_lines(bufnr, 0, 1, false, {})
  unspin.update_settings({})
  check_all(wait_diagnostics(bufnr, 'the diagnostics after checkOn change again'), expected, 'checkOn change again')
  log(('checkOn manual: :UnspinCheck published the edited version, %d diagnostics'):format(#shifted))

  -- 2. The known range: FIX_SPUN on line FIX_LINE; Neovim's byte columns cover exactly that text.
  local fix_line, fix_spun = tonumber(env('FIX_LINE')) - 1, env('FIX_SPUN')
  local target
  for i, d in ipairs(diagnostics) do
    if d.range.start.line == fix_line and d.data and d.data.spun == fix_spun then
      target = d
      assert(text_under(bufnr, shown[i]) == fix_spun, 'vim.diagnostic covers "' .. text_under(bufnr, shown[i]) .. '"')
    end
  end
  assert(target, ('no diagnostic for "%s" on line %d'):format(fix_spun, fix_line + 1))
  log(('"%s" is flagged at %s'):format(fix_spun, range_text(target.range)))

  -- 3. One quick fix, chosen by title.
  local actions, err, client = unspin.code_actions(bufnr, target.range, { target }, { 'quickfix' })
  assert(actions, err)
  local chosen
  local titles = {}
  for _, a in ipairs(actions) do
    table.insert(titles, a.title)
    if a.title == env('FIX_TITLE') then
      chosen = a
    end
  end
  assert(chosen, 'no quick fix titled ' .. env('FIX_TITLE') .. ' among: ' .. table.concat(titles, ' | '))
  unspin.apply(chosen, client, bufnr)
  diagnostics = wait_diagnostics(bufnr, 'diagnostics after the quick fix', function(ds) return #ds == #expected - 1 end)
  log('quick fix "' .. chosen.title .. '" applied; ' .. #diagnostics .. ' diagnostics left')

  -- 3b. The code actions at the cursor, asked for as a user does (vim.lsp.buf.code_action(): the cursor and every
  -- diagnostic of its line, with Neovim's byte columns) on the middle one of a line's several phrasings.
  local by_line = {}
  for _, d in ipairs(diagnostics) do
    local line = d.range.start.line
    if line ~= fix_line and d.range['end'].line == line then
      by_line[line] = by_line[line] or {}
      table.insert(by_line[line], d)
    end
  end
  local cursor_line
  for line, ds in pairs(by_line) do
    if #ds >= 3 and (cursor_line == nil or line < cursor_line) then
      cursor_line = line
    end
  end
  assert(cursor_line, 'no line with three phrasings')
  local at = by_line[cursor_line][2]
  local line_text = vim.api.nvim_buf_get_lines(bufnr, cursor_line, cursor_line + 1, true)[1]
  vim.api.nvim_win_set_cursor(0, { cursor_line + 1, vim.str_byteindex(line_text, at.range.start.character + 1, true) })
  local menu
  local select = vim.ui.select
  vim.ui.select = function(items, _, on_choice)
    menu = items
    on_choice(items[1], 1) -- the first entry, as Enter takes it
  end
  vim.lsp.buf.code_action()
  local answered = vim.wait(10000, function() return menu ~= nil end, 20)
  vim.ui.select = select
  assert(answered, 'no code action menu at the cursor')
  local wanted = ('Replace “%s” with “%s”'):format(at.data.spun, at.data.replacements[1])
  local menu_titles = {}
  for i, item in ipairs(menu) do
    menu_titles[i] = item[2].title
    assert(not item[2].title:find('^Replace ') or item[2].title:find('Replace “' .. at.data.spun .. '”', 1, true),
      'the menu at the cursor offers a fix for another phrasing: ' .. item[2].title)
  end
  assert(menu_titles[1] == wanted, ('the first code action at the cursor is "%s", not "%s"; menu: %s')
    :format(menu_titles[1], wanted, table.concat(menu_titles, ' | ')))
  diagnostics = wait_diagnostics(bufnr, 'diagnostics after the fix at the cursor', function(ds) return #ds == #expected - 2 end)
  line_text = vim.api.nvim_buf_get_lines(bufnr, cursor_line, cursor_line + 1, true)[1]
  assert(line_text:find(at.data.replacements[1], 1, true), 'line ' .. (cursor_line + 1) .. ' does not read "'
    .. at.data.replacements[1] .. '": ' .. line_text)
  log(('code actions at %d:%d: %d entries, the first "%s", applied'):format(cursor_line, at.range.start.character, #menu, wanted))

  -- 4. Restore all (the plugin's command, which runs the server's source.fixAll.unspin action), save.
  vim.cmd('UnspinRestore')
  wait_diagnostics(bufnr, 'no diagnostics after restoring all', function(ds) return #ds == 0 end)
  local score = unspin.spin_score(bufnr)
  assert(score.findings == 0 and score.score == 0 and score.words > 500, vim.inspect(score))
  -- The seed has no newline at its end: keep it that way (Neovim would add one by default).
  vim.bo[bufnr].fixendofline = false
  vim.cmd('silent write')
  log('restored all and saved ' .. env('SPUN'))

  -- 5. Non-BMP characters before a spun phrasing: UTF-16 range from the server, right text in Neovim.
  local emoji_expected = read_expected(env('EMOJI_EXPECTED'))
  assert(#emoji_expected == 1, 'the emoji document should have exactly one finding')
  local ebuf = open(env('EMOJI'))
  local ediag = wait_diagnostics(ebuf, 'the emoji document\'s diagnostics')
  check_all(ediag, emoji_expected, 'emoji document')
  local eshown = unspin.diagnostics(ebuf)
  assert(#eshown == 1 and text_under(ebuf, eshown[1]) == emoji_expected[1].spun,
    'Neovim maps the range to "' .. (eshown[1] and text_under(ebuf, eshown[1]) or '?') .. '"')
  vim.cmd('UnspinRestore')
  wait_diagnostics(ebuf, 'no diagnostics in the emoji document', function(ds) return #ds == 0 end)
  vim.cmd('silent write')
  log('emoji document: range ' .. range_text(ediag[1].range) .. ' covers "' .. emoji_expected[1].spun .. '"; restored and saved')

  assert(#vim.split(table.concat(unspin.status(ebuf), '\n'), '\n') >= 3, 'status has too few lines')

  -- 6. A dictionary file (filetype unspin from ftdetect/), linted by the same server.
  check_dictionary()

  -- 7. The README's nvim-lspconfig setup: settings = { unspin = {} }, pushed as it is after start (lspconfig's
  -- on_init does), which Neovim sends as {"unspin": []}. No error may be shown, and a later change still applies.
  check_lspconfig_settings(env('EMOJI'))

  -- 8. Restore all on a document with more findings than the server shows.
  check_restore_all_past_the_cap()
  for _, c in pairs(vim.lsp.get_active_clients()) do
    c.stop()
  end
  vim.wait(5000, function() return #vim.lsp.get_active_clients() == 0 end, 20)
end

local ok, failure = xpcall(main, debug.traceback)
if ok then
  log('all checks passed')
  vim.cmd('qall!')
else
  io.stderr:write('nvim: FAIL: ' .. tostring(failure) .. '\n')
  vim.cmd('cquit 1')
end
