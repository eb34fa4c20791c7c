import matplotlib.pyplot as plt

data = [2.1, 3.4, 3.5, 4.0, 4.1, 4.4, 5.0, 5.2, 5.5, 6.1, 6.3, 7.9, 8.0, 2.5, 4.8]
counts, edges, bars = plt.hist(data)
print([float(c) for c in counts])
print([round(float(e), 6) for e in edges])
