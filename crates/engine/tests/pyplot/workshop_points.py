# The Graphing project's first plots: points, then points joined by lines.
from matplotlib import pyplot

pyplot.plot([1, 2, 3, 4], [10, 20, 25, 30], "o")
pyplot.figure()
pyplot.plot([1, 2, 3, 4], [10, 20, 25, 30], "o-")
