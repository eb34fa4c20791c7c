"""The wall for the ColorWall project: a grid of coloured squares ("pixels").

    from wall import Wall

    wall = Wall(width=8, height=8)          # a window with 8 x 8 squares, all black
    wall.set_pixel(0, 0, (0.0, 1.0, 1.0))   # the top-left square: hue, saturation, value
    wall.draw()                             # show the colours on the screen

Colours are HSV tuples (hue, saturation, value), each a number from 0 to 1:
hue goes round the rainbow (0 red, 0.17 yellow, 0.33 green, 0.5 cyan, 0.67 blue,
0.83 magenta, and 1 is red again), saturation 0 is grey and 1 is full colour,
value 0 is black and 1 is full brightness.
"""

import colorsys
import tkinter

BLACK = (0, 0, 0)


class Wall:
    def __init__(self, width=8, height=8, size=30):
        self.width = width
        self.height = height
        self.size = size
        self.window = tkinter.Tk()
        self.window.title("ColorWall")
        self.canvas = tkinter.Canvas(self.window, width=width * size, height=height * size,
                                     background="black", highlightthickness=0)
        self.canvas.pack()
        self.pixels = {}
        self.clear()

    def _check_place(self, x, y):
        if not (isinstance(x, int) and 0 <= x < self.width):
            raise ValueError(f"x must be a whole number from 0 to {self.width - 1}, not {x!r}")
        if not (isinstance(y, int) and 0 <= y < self.height):
            raise ValueError(f"y must be a whole number from 0 to {self.height - 1}, not {y!r}")

    def set_pixel(self, x, y, hsv):
        """Gives the square in column x, row y the colour hsv = (hue, saturation, value).
        (0, 0) is the top-left square. The wall shows it at the next draw()."""
        self._check_place(x, y)
        if not (isinstance(hsv, (tuple, list)) and len(hsv) == 3):
            raise ValueError(f"a colour is three numbers (hue, saturation, value), not {hsv!r}")
        hue, saturation, value = hsv
        self.pixels[(x, y)] = (hue, saturation, value)

    def get_pixel(self, x, y):
        """The colour (hue, saturation, value) of the square in column x, row y."""
        self._check_place(x, y)
        return self.pixels[(x, y)]

    def clear(self):
        """Makes every square black (shown at the next draw())."""
        for x in range(self.width):
            for y in range(self.height):
                self.pixels[(x, y)] = BLACK

    def draw(self):
        """Shows the wall's colours: one frame of an animation."""
        self.canvas.delete(tkinter.ALL)
        size = self.size
        for (x, y), hsv in self.pixels.items():
            self.canvas.create_rectangle(x * size + 1, y * size + 1,
                                         (x + 1) * size - 1, (y + 1) * size - 1,
                                         fill=_hex(hsv), outline="")
        self.window.update()


def _hex(hsv):
    """'#rrggbb' for an (hue, saturation, value) colour. Hue goes round (1.25 is 0.25);
    saturation and value are kept between 0 and 1."""
    hue, saturation, value = hsv
    saturation = min(max(saturation, 0), 1)
    value = min(max(value, 0), 1)
    red, green, blue = colorsys.hsv_to_rgb(hue % 1, saturation, value)
    return "#%02x%02x%02x" % (round(red * 255), round(green * 255), round(blue * 255))
