import matplotlib.pyplot as plt

fig, axs = plt.subplots(2, 2)
axs[0, 0].plot([1, 2, 3], [1, 4, 9])
axs[0, 0].set_title("squares")
axs[0, 1].bar([1, 2, 3], [3, 1, 2])
axs[1, 0].scatter([1, 2, 3], [3, 2, 1])
axs[1, 0].set_xlabel("x")
axs[1, 1].hist([1, 2, 2, 3, 3, 3, 4, 4, 5], bins=4)
axs[1, 1].set_ylabel("count")
