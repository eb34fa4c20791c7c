# Small axes have room for fewer ticks (matplotlib's nbins='auto').
import matplotlib.pyplot as plt

fig, axs = plt.subplots(2, 3, figsize=(5, 3))
for i, ax in enumerate(axs.flat):
    ax.plot([0, 10 ** i], [0, 7 * i + 1])
