-- Headless Neovim (0.7+) driving the OnRecord server as a real LSP client.
-- Started by test/nvim/run.sh:  nvim --headless -u NONE -i NONE -n -c 'luafile test/nvim/check.lua'
-- Inputs (environment): ONRECORD_ROOT (project root), ONRECORD_WS (workspace copy), ONRECORD_DRAFT
-- (file inside it), ONRECORD_OUT (JSON result path). It records what the server answered; the
-- assertions live in test/nvim/assert.js so a failure report can show the whole picture.

local ROOT = assert(os.getenv('ONRECORD_ROOT'), 'ONRECORD_ROOT missing')
local WS = assert(os.getenv('ONRECORD_WS'), 'ONRECORD_WS missing')
local DRAFT = assert(os.getenv('ONRECORD_DRAFT'), 'ONRECORD_DRAFT missing')
local OUT = assert(os.getenv('ONRECORD_OUT'), 'ONRECORD_OUT missing')
local WAIT_MS = 10000
local REQ_MS = 8000

local result = { steps = {}, publishes = {}, errors = {} }

local function save()
  local f = assert(io.open(OUT, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
end

local function step(name) table.insert(result.steps, name); save() end

-- every publishDiagnostics for our file, in arrival order
local publishes = {}
local server_exit = nil

local function run()
  local draft_uri = vim.uri_from_fname(DRAFT)
  result.uri = draft_uri

  local client_id = vim.lsp.start_client({
    name = 'onrecord-test',
    cmd = { 'node', ROOT .. '/dist/server.js', '--stdio' },
    cmd_cwd = WS,
    root_dir = WS,
    workspace_folders = { { uri = vim.uri_from_fname(WS), name = 'ws' } },
    init_options = { debounceMs = 20 },
    flags = { allow_incremental_sync = true, debounce_text_changes = 10 },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(_, params)
        if params and params.uri == draft_uri then
          table.insert(publishes, { version = params.version, diagnostics = params.diagnostics or {} })
        end
      end,
    },
    on_exit = function(code, signal) server_exit = { code = code, signal = signal } end,
  })
  assert(client_id, 'vim.lsp.start_client returned nil')
  local client = vim.lsp.get_client_by_id(client_id)

  vim.cmd('edit ' .. vim.fn.fnameescape(DRAFT))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'markdown'

  assert(vim.wait(WAIT_MS, function() return client.initialized or server_exit ~= nil end, 10), 'initialize timed out')
  assert(client.initialized, 'server exited during initialize')
  result.serverCapabilities = {
    hover = client.server_capabilities.hoverProvider and true or false,
    codeAction = client.server_capabilities.codeActionProvider and true or false,
    workspaceSymbol = client.server_capabilities.workspaceSymbolProvider and true or false,
  }
  step('initialized')

  vim.lsp.buf_attach_client(bufnr, client_id) -- didOpen
  assert(vim.wait(WAIT_MS, function() return #publishes > 0 end, 10), 'no publishDiagnostics after didOpen')
  local first = publishes[#publishes]
  result.firstDiagnostics = first
  step('diagnostics')

  -- positions from the buffer text (ASCII fixture: byte column == UTF-16 column)
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local function find(needle)
    for i, l in ipairs(lines) do
      local c = l:find(needle, 1, true)
      if c then return { line = i - 1, character = c - 1 } end
    end
    error('fixture has no ' .. needle)
  end
  local td = { uri = draft_uri }

  local function request(method, params)
    local resp, err = client.request_sync(method, params, REQ_MS, bufnr)
    if not resp then error(method .. ' failed: ' .. tostring(err)) end
    if resp.err then error(method .. ' error: ' .. vim.inspect(resp.err)) end
    return resp.result
  end

  -- hover on the attributed quote
  local rebuild = find('We will rebuild')
  local hover = request('textDocument/hover', { textDocument = td, position = { line = rebuild.line, character = rebuild.character + 3 } })
  result.hover = hover and { kind = hover.contents.kind, value = hover.contents.value, range = hover.range } or vim.NIL
  step('hover')

  -- code actions on the unattributed quote, with its diagnostic as context
  local quote_diag
  for _, d in ipairs(first.diagnostics) do if d.code == 'unattributed-quote' then quote_diag = d end end
  assert(quote_diag, 'no unattributed-quote diagnostic to ask code actions for')
  local actions = request('textDocument/codeAction', {
    textDocument = td, range = quote_diag.range, context = { diagnostics = { quote_diag } },
  }) or {}
  result.bufferVersionBeforeFix = vim.lsp.util.buf_versions[bufnr]
  result.codeActions = {}
  local fix
  for _, a in ipairs(actions) do
    table.insert(result.codeActions, { title = a.title, kind = a.kind, edit = a.edit })
    if not fix and a.edit and (a.title:find('^Insert attribution') or a.title:find('^Attribute to ')) then fix = a end
  end
  step('codeAction')

  -- apply the quick fix the way a user would: Neovim edits the buffer and sends an incremental didChange
  if fix then
    local before = #publishes
    vim.lsp.util.apply_workspace_edit(fix.edit, client.offset_encoding or 'utf-16')
    result.lineAfterFix = vim.api.nvim_buf_get_lines(bufnr, quote_diag.range.start.line, quote_diag.range.start.line + 1, false)[1]
    result.bufferVersionAfterFix = vim.lsp.util.buf_versions[bufnr]
    local want = result.bufferVersionAfterFix
    local got = vim.wait(WAIT_MS, function()
      return #publishes > before and publishes[#publishes].version == want
    end, 10)
    result.diagnosticsAfterFix = got and publishes[#publishes] or vim.NIL
    step('applyFix')
  end

  result.documentSymbols = request('textDocument/documentSymbol', { textDocument = td }) or {}
  result.workspaceSymbols = request('workspace/symbol', { query = 'Venn' }) or {}
  step('symbols')

  result.claims = request('onrecord/claims', { uri = draft_uri })
  step('claims')

  -- polite shutdown: shutdown request + exit notification
  client.stop()
  vim.wait(WAIT_MS, function() return server_exit ~= nil end, 10)
  result.serverExit = server_exit or vim.NIL
  step('stopped')
end

-- a second server with the test-only fault injection ONRECORD_TEST_THROW: the unattributed-quote rule throws
-- whenever it would report. A draft with an unattributed quote (under an awkward file name) must get one
-- internal-error diagnostic, a request on it an LSP error, and the next edit must retry.
local function run_failure()
  local path = WS .. '/drafts/broken 50% #1 é.md'
  local f = assert(io.open(path, 'w'))
  f:write('"Nobody knew."\n\nMore than 300 people came.\n')
  f:close()
  local uri = vim.uri_from_fname(path)
  local pubs, exited = {}, nil
  local id = vim.lsp.start_client({
    name = 'onrecord-throw',
    cmd = { 'node', ROOT .. '/dist/server.js', '--stdio' },
    cmd_cwd = WS,
    cmd_env = { ONRECORD_TEST_THROW = 'unattributed-quote' },
    root_dir = WS,
    workspace_folders = { { uri = vim.uri_from_fname(WS), name = 'ws' } },
    init_options = { debounceMs = 20 },
    flags = { allow_incremental_sync = true, debounce_text_changes = 10 },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(_, params)
        if params and params.uri == uri then
          table.insert(pubs, { version = params.version, diagnostics = params.diagnostics or {} })
        end
      end,
    },
    on_exit = function(code, signal) exited = { code = code, signal = signal } end,
  })
  assert(id, 'vim.lsp.start_client returned nil for the fault-injected server')
  local client = vim.lsp.get_client_by_id(id)
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'markdown'
  assert(vim.wait(WAIT_MS, function() return client.initialized or exited ~= nil end, 10), 'initialize timed out (fault)')
  vim.lsp.buf_attach_client(bufnr, id)
  assert(vim.wait(WAIT_MS, function() return #pubs > 0 end, 10), 'no publishDiagnostics for the failing draft')
  result.failure = { uri = uri, first = pubs[#pubs] }
  local resp = client.request_sync('textDocument/hover', { textDocument = { uri = uri }, position = { line = 0, character = 3 } }, REQ_MS, bufnr)
  result.failure.hoverError = (resp and resp.err) or vim.NIL
  -- the next edit retries: without quote marks the draft has no unattributed quote
  local before = #pubs
  vim.api.nvim_buf_set_lines(bufnr, 0, 1, false, { 'Nobody knew.' })
  local want = vim.lsp.util.buf_versions[bufnr]
  vim.wait(WAIT_MS, function() return #pubs > before and pubs[#pubs].version == want end, 10)
  result.failure.afterEdit = pubs[#pubs]
  result.failure.editVersion = want
  result.failure.aliveAfter = exited == nil
  client.stop()
  vim.wait(WAIT_MS, function() return exited ~= nil end, 10)
  result.failure.exit = exited or vim.NIL
  step('failure')
end

local ok, err = pcall(run)
if not ok then table.insert(result.errors, tostring(err)) end
if ok then
  local fok, ferr = pcall(run_failure)
  if not fok then table.insert(result.errors, 'failure scenario: ' .. tostring(ferr)) end
end
result.publishes = publishes
if server_exit == nil then
  -- never leave a server behind
  for _, c in pairs(vim.lsp.get_active_clients()) do c.stop(true) end
end
local wrote, werr = pcall(save)
if not wrote then io.stderr:write('check.lua: cannot write ' .. OUT .. ': ' .. tostring(werr) .. '\n') end
vim.cmd(ok and 'qa!' or 'cquit 1')
