--[[
Cross-references and callouts for rendering review.qmd with plain pandoc (the fallback when
Quarto is not installed). Quarto does this itself; this filter gives the same result:

* figures with an id "fig-..." and tables with an id "tbl-..." are numbered in order, their
  captions prefixed "Figure N:" / "Table N:" (in HTML; Typst does this itself);
* a citation of such an id (@fig-gray-zone) becomes a link "Figure N" to it (the remaining
  citations are left for citeproc, which runs after this filter);
* a callout div (::: {.callout-warning}) becomes a framed, labelled block in Typst output.
]]

local numbers = {}
local counters = { fig = 0, tbl = 0 }
local names = { fig = "Figure", tbl = "Table" }

local function kind_of(id)
  return id and id:match("^(fig)%-") or id and id:match("^(tbl)%-")
end

local function prefix_caption(caption, label)
  if FORMAT:match("typst") then
    return caption -- Typst numbers and labels figures and tables itself
  end
  local prefix = pandoc.Inlines({ pandoc.Strong(pandoc.Str(label .. ":")), pandoc.Space() })
  if caption.long and #caption.long > 0 and caption.long[1].content then
    caption.long[1].content = prefix .. caption.long[1].content
  end
  return caption
end

local function number(el)
  local kind = kind_of(el.identifier)
  if kind then
    counters[kind] = counters[kind] + 1
    numbers[el.identifier] = names[kind] .. " " .. counters[kind]
    el.caption = prefix_caption(el.caption, numbers[el.identifier])
  end
  return el
end

local function number_blocks(doc)
  return doc:walk({ Figure = number, Table = number })
end

local function resolve_refs(doc)
  return doc:walk({
    Cite = function(cite)
      local out = pandoc.Inlines({})
      for i, c in ipairs(cite.citations) do
        local label = numbers[c.id]
        if not label then
          return nil -- a bibliographic citation: left for citeproc
        end
        if i > 1 then out:insert(pandoc.Str(", ")) end
        out:insert(pandoc.Link(label, "#" .. c.id))
      end
      return out
    end,
  })
end

local function callouts(doc)
  if not FORMAT:match("typst") then return doc end
  return doc:walk({
    Div = function(div)
      for _, class in ipairs(div.classes) do
        local kind = class:match("^callout%-(%a+)")
        if kind then
          local blocks = pandoc.Blocks({
            pandoc.RawBlock("typst", "#block(width: 100%, inset: 8pt, stroke: (left: 3pt + rgb(\"#B35806\"), rest: 0.5pt + rgb(\"#999999\")))["),
          })
          blocks:extend(div.content)
          blocks:insert(pandoc.RawBlock("typst", "]"))
          return blocks
        end
      end
    end,
  })
end

-- An image's alt text is its fig-alt attribute (written from the figure's data), as Quarto does,
-- not the caption.
local function alt_texts(doc)
  return doc:walk({
    Image = function(img)
      local alt = img.attributes["fig-alt"]
      if alt then
        img.attributes["fig-alt"] = nil
        img.caption = pandoc.Inlines({ pandoc.Str(alt) })
        return img
      end
    end,
  })
end

function Pandoc(doc)
  doc = alt_texts(doc)
  doc = number_blocks(doc)
  doc = resolve_refs(doc)
  doc = callouts(doc)
  return doc
end
