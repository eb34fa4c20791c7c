import matplotlib.pyplot as plt

plt.subplot(2, 1, 1)
plt.plot([0, 1, 2, 3], [10, 11, 9, 12], "b")
plt.ylabel("top")
plt.subplot(212)
plt.plot([0, 1, 2, 3], [0.1, 0.4, 0.2, 0.3], "g")
plt.ylabel("bottom")
plt.subplot(2, 1, 1)
plt.title("two plots")
