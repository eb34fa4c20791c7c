# Several series with a legend, as the workshop's life expectancy plot.
from matplotlib import pyplot

years = [1950, 1960, 1970, 1980, 1990, 2000, 2010]
women = [50.1, 54.2, 60.3, 64.0, 66.9, 69.0, 71.8]
men = [46.2, 50.5, 56.4, 59.8, 62.5, 64.8, 67.5]
pyplot.plot(years, women, "mo-", label="Women")
pyplot.plot(years, men, "m1-", linewidth=2, label="Men")
pyplot.legend(loc="upper left")
pyplot.xlabel("Year")
pyplot.ylabel("Life expectancy (years)")
pyplot.title("Life expectancy at birth")
