import matplotlib.pyplot as plt

plt.plot([1, 2, 3], [1, 2, 3])
plt.plot([1, 2, 3], [3, 2, 1])
plt.bar([1, 2, 3], [0.5, 0.5, 0.5])
plt.legend(["rising", "falling"], loc=4)
