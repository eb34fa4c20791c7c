# World population: numbers large enough for scientific notation (1e9 at the axis's end).
import matplotlib.pyplot as plt

years = [1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020]
people = [2.53e9, 3.03e9, 3.70e9, 4.46e9, 5.33e9, 6.14e9, 6.96e9, 7.84e9]
plt.plot(years, people)
plt.title("World population")
