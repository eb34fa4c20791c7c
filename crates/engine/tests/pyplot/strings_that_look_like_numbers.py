# The trap: numbers read from a file and never converted are categories.
import matplotlib.pyplot as plt

lines = ["1990 5", "1995 12", "2000 3", "2005 40"]
years = [line.split()[0] for line in lines]
counts = [line.split()[1] for line in lines]
plt.plot(years, counts, "o-")
