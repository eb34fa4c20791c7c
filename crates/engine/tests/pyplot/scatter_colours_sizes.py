import matplotlib.pyplot as plt

x = [1, 2, 3, 4, 5, 6]
y = [2, 3, 1, 5, 4, 6]
plt.scatter(x, y, s=[10, 40, 90, 160, 250, 360], c=["r", "g", "b", "c", "m", "y"],
            alpha=0.5)
plt.scatter([3.5], [3.5], marker="x", color="k")
