"""Text widths in DejaVu Sans, matplotlib's default font, for laying out labels and legends
(matplotlib measures text with the font itself; this is its advance-width table).

Widths are in thousandths of the font size, read from matplotlib's DejaVuSans.ttf with
FreeType (ft2font, unhinted advances). Characters not listed count as 0.6 of the size, or a
full size for wide (East Asian) ones.
"""

# Printable ASCII, from " " (32) to "~" (126).
_ASCII = [int(w) for w in """
318 401 460 838 636 950 780 275 390 390 500 838 318 361 318 337 636 636 636 636 636 636 636
636 636 636 337 337 838 838 838 531 1000 684 686 698 770 632 575 775 752 295 295 656 557 863
748 787 603 787 695 635 611 732 684 989 685 611 685 390 337 390 838 500 500 613 635 550 635
615 352 635 634 278 278 579 278 974 634 612 635 635 411 521 392 634 592 818 592 592 525 636
337 636 838
""".split()]
_EXTRA = {'−': 838, '–': 500, '—': 1000, '‘': 318, '’': 318, '“': 518, '”': 518, '…': 1000, '€': 636,
    '°': 500, '²': 401, '³': 401, 'µ': 636, '×': 838, 'é': 615, 'è': 615, 'à': 613, 'ä': 613,
    'ö': 612, 'ü': 634, 'Ä': 684, 'Ö': 787, 'Ü': 732, 'ß': 630, 'ñ': 634, 'ç': 550}

# matplotlib's text box for DejaVu Sans, as fractions of the size: above the baseline (the
# height of "l") and below it (the depth of "p").
ASCENT = 0.760
DESCENT = 0.208


def char_width(c):
    code = ord(c)
    if 32 <= code < 127:
        return _ASCII[code - 32]
    if c in _EXTRA:
        return _EXTRA[c]
    return 1000 if code >= 0x1100 else 600


def text_width(text, size):
    """The width of one line of `text` at `size` (any unit; the width is in the same)."""
    return sum(char_width(c) for c in text) * size / 1000


def text_size(text, size):
    """Width and height of a (possibly multi-line) text at `size`: lines are 1.2 sizes
    apart, as matplotlib spaces them."""
    lines = text.split("\n")
    width = max(text_width(line, size) for line in lines)
    height = (ASCENT + DESCENT) * size + (len(lines) - 1) * 1.2 * size
    return width, height
