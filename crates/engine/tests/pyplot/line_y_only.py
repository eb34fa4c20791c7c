from matplotlib import pyplot

pyplot.plot([1, 4, 9, 16, 25])
