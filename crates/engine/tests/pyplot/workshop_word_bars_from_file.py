# Word counts read from text, as in the workshop: bar(x, counts, width=0.5) and xticks.
from matplotlib import pyplot

text = """the cat sat on the mat the end
a cat and a dog and the bird"""
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
words = sorted(counts, key=counts.get, reverse=True)[:6]
positions = range(len(words))
pyplot.bar(positions, [counts[w] for w in words], width=0.5)
pyplot.xticks(positions, words)
pyplot.title("Most common words")
