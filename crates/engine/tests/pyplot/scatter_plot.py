import matplotlib.pyplot as plt

x = [1.5, 2.0, 2.7, 3.1, 4.8, 5.0, 6.2]
y = [3.0, 4.1, 2.2, 5.5, 4.9, 7.1, 6.0]
plt.scatter(x, y, label="samples")
plt.scatter([2, 4], [6, 2], s=80, c="red", marker="^", label="outliers")
plt.legend()
