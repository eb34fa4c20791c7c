import matplotlib.pyplot as plt

plt.rcParams["figure.figsize"] = (5, 4)
plt.rcParams["lines.linewidth"] = 3
plt.rcParams["font.size"] = 12
plt.plot([1, 2, 3], [3, 1, 2], label="thick")
plt.plot([1, 2, 3], [1, 2, 3], linestyle=(0, (5, 2)), label="custom dashes")
plt.legend()
plt.xlabel("bigger font")
