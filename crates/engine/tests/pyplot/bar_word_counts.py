# The workshop's bar chart of word counts.
from matplotlib import pyplot

counts = [120, 45, 88, 12, 67]
pyplot.bar(range(len(counts)), counts, width=0.5)
pyplot.xticks(range(len(counts)), ["the", "a", "and", "of", "to"])
pyplot.ylabel("count")
