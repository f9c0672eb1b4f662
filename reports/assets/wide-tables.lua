--[[
Wraps every table in a <div class="table-scroll"> in HTML output, so that a wide table scrolls
sideways inside the page on a phone instead of widening the page. Used by both engines (Quarto
through _quarto.yml `filters`, pandoc through --lua-filter).
]]
function Table(tbl)
  if FORMAT:match("html") then
    return pandoc.Div({ tbl }, pandoc.Attr("", { "table-scroll" }))
  end
end
