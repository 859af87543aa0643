/// The themes shipped in `themes/`, built into the program so that `--theme light` and
/// `:theme high-contrast` work from a copy of the binary anywhere. A test keeps them equal
/// to the files; files in the search directories still come first and may override them.
enum ShippedThemes {
    /// TOML text by theme name.
    static let texts: [String: String] = [
        "default": #"""
# Jiedao default theme: for dark terminal backgrounds.
#
# Each role takes fg / bg (a name such as "red" or "bright-white", "default",
# a palette index 0-255, or "#rrggbb") and the flags bold, underline, reverse.
# Roles not listed fall back to their parent ("tab.active" -> "tab") and then
# to "normal". The same styles are built into the program.
name = "default"

[roles]
normal = {}
header = { fg = "bright-white", bg = 24, bold = true }
title = { fg = "bright-cyan", bold = true }
tab = { fg = 250, bg = 236 }
"tab.active" = { fg = "bright-white", bg = 25, bold = true }
selected = { fg = "bright-white", bg = 31, bold = true }
border = { fg = 240 }
muted = { fg = 245 }
dim = { fg = 240 }
ok = { fg = 114 }
warning = { fg = 214 }
overdue = { fg = 203, bold = true }
error = { fg = "bright-red", bold = true }
chart = { fg = 75 }
input = { fg = 252, bg = 236 }
"input.focused" = { fg = "bright-white", bg = 238 }
cursor = { reverse = true }
key = { fg = 221, bold = true }
label = { fg = 250 }
status = { fg = 252, bg = 237 }
dialog = { fg = 252, bg = 236 }
button = { fg = 252, bg = 238 }
"button.focused" = { fg = "bright-white", bg = 25, bold = true }
"""#,
        "high-contrast": #"""
# Jiedao high-contrast theme: pure black and white with the 16 basic colours,
# which every colour terminal shows as configured.
name = "high-contrast"

[roles]
normal = { fg = "bright-white", bg = "black" }
header = { fg = "black", bg = "bright-white", bold = true }
title = { fg = "bright-yellow", bg = "black", bold = true }
tab = { fg = "bright-white", bg = "black" }
"tab.active" = { fg = "black", bg = "bright-yellow", bold = true }
selected = { fg = "black", bg = "bright-cyan", bold = true }
border = { fg = "bright-white", bg = "black" }
muted = { fg = "white", bg = "black" }
dim = { fg = "white", bg = "black" }
ok = { fg = "bright-green", bg = "black", bold = true }
warning = { fg = "bright-yellow", bg = "black", bold = true }
overdue = { fg = "bright-red", bg = "black", bold = true, underline = true }
error = { fg = "bright-red", bg = "black", bold = true }
chart = { fg = "bright-cyan", bg = "black" }
input = { fg = "bright-white", bg = "black", underline = true }
"input.focused" = { fg = "bright-white", bg = "blue", underline = true }
cursor = { reverse = true }
key = { fg = "bright-yellow", bg = "black", bold = true }
label = { fg = "bright-white", bg = "black" }
status = { fg = "black", bg = "bright-white" }
dialog = { fg = "bright-white", bg = "black" }
button = { fg = "bright-white", bg = "black", bold = true }
"button.focused" = { fg = "black", bg = "bright-yellow", bold = true }
"""#,
        "light": #"""
# Jiedao light theme: for light terminal backgrounds.
name = "light"

[roles]
normal = {}
header = { fg = "#ffffff", bg = "#1f4e79", bold = true }
title = { fg = 25, bold = true }
tab = { fg = 238, bg = 253 }
"tab.active" = { fg = "#ffffff", bg = 25, bold = true }
selected = { fg = "black", bg = 153 }
border = { fg = 246 }
muted = { fg = 243 }
dim = { fg = 248 }
ok = { fg = 28 }
warning = { fg = 130 }
overdue = { fg = 160, bold = true }
error = { fg = "red", bold = true }
chart = { fg = 25 }
input = { fg = "black", bg = 255 }
"input.focused" = { fg = "black", bg = 230, underline = true }
cursor = { reverse = true }
key = { fg = 90, bold = true }
label = { fg = 240 }
status = { fg = 236, bg = 252 }
dialog = { fg = "black", bg = 255 }
button = { fg = "black", bg = 252 }
"button.focused" = { fg = "#ffffff", bg = 25, bold = true }
"""#,
        "mono": #"""
# Jiedao monochrome theme: no colours at all, only bold, underline and
# reverse (as htop's monochrome scheme). The same styles are built into the
# program. Roles not listed are drawn as plain text.
name = "mono"

[roles]
normal = {}
header = { bold = true, underline = true }
title = { bold = true }
"tab.active" = { bold = true, reverse = true }
selected = { reverse = true }
overdue = { bold = true, underline = true }
warning = { bold = true }
error = { bold = true }
"input.focused" = { underline = true }
cursor = { reverse = true }
key = { bold = true }
status = { reverse = true }
"button.focused" = { reverse = true }
"""#,
    ]
}
