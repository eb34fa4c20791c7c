import matplotlib.pyplot as plt

for i in range(12):
    plt.plot([0, 1], [i, i + 0.5])
plt.plot([0, 1], [3, 3], color="tab:orange", linestyle="dotted", marker="s", markersize=3,
         lw=0.5)
