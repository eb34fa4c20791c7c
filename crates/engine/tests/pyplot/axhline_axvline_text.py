import matplotlib.pyplot as plt

plt.plot([1, 2, 3], [2, 4, 3])
plt.axhline(3, color="gray", linestyle="--")
plt.axvline(2.5, color="r")
plt.text(1.2, 3.5, "peak", fontsize=12, ha="center")
plt.grid(axis="y")
