-- claimlint's language server in Neovim. Put this in your init.lua (or a file under plugin/).
-- Needs Neovim 0.8 or later (vim.lsp.start and vim.fs.find came in 0.8; Debian 12 ships 0.7:
-- install a newer Neovim from its releases or backports). On older versions it says so and stops.

if vim.fn.has('nvim-0.8') == 0 then
  vim.notify('claimlint: this set-up needs Neovim 0.8 or later', vim.log.levels.WARN)
  return
end

local cmd = { 'claimlint-language-server', '--stdio' }
local filetypes = { 'markdown', 'html', 'text' }
local root_markers = { '.claimlintrc', '.claimlintrc.json', '.claimlintrc.yml', '.claimlintrc.yaml', 'package.json', '.git' }

if vim.lsp.config then
  -- Neovim 0.11 and later.
  vim.lsp.config('claimlint', {
    cmd = cmd,
    filetypes = filetypes,
    root_markers = root_markers,
    settings = { claimlint = { requireConfig = false } },
  })
  vim.lsp.enable('claimlint')
else
  -- Neovim 0.8 to 0.10.
  vim.api.nvim_create_autocmd('FileType', {
    pattern = filetypes,
    callback = function(args)
      local found = vim.fs.find(root_markers, { upward = true, path = vim.fs.dirname(vim.api.nvim_buf_get_name(args.buf)) })[1]
      vim.lsp.start({
        name = 'claimlint',
        cmd = cmd,
        root_dir = found and vim.fs.dirname(found) or vim.fn.getcwd(),
        settings = { claimlint = { requireConfig = false } },
      })
    end,
  })
end

-- Show the note (it follows the reason on its own line) and the source of each diagnostic.
vim.diagnostic.config({ float = { source = true } })
