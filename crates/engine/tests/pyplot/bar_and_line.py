import matplotlib.pyplot as plt

x = [1, 2, 3, 4]
plt.bar(x, [4, -2, 3, 1], label="change")
plt.plot(x, [4, 2, 5, 6], "k-o", label="total")
plt.axhline(0, color="black", linewidth=0.8)
plt.legend()
